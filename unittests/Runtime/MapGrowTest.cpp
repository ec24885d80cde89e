//===- MapGrowTest.cpp - Map growth and incremental evacuation ------------===//
//
// When growth starts (load factor 6.5, overflow-bucket count), how it
// proceeds (one touched bucket plus one more per assignment or deletion,
// X/Y split, Nevacuate), when it ends, and that every entry stays reachable
// throughout. checkMapInvariants verifies placement after each step.
//
//===----------------------------------------------------------------------===//

#include "MapTestUtil.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

using namespace gs;
using namespace gs::test;

namespace {

void put(Hmap *H, int64_t K, int64_t V) {
  *static_cast<int64_t *>(
      gs_mapassign_fast64(&mapTypes().I64, H, uint64_t(K))) = V;
}

// A growth starts on the assignment that would make count exceed 6.5 per
// bucket (and more than 8 in all): the 9th, 14th, 27th, 53rd, ... entry.
TEST(MapGrow, DoublingStartsAtLoadFactor) {
  Hmap *H = gs_makemap_small();
  std::vector<int64_t> Starts;
  for (int64_t I = 0; I < 3400; ++I) {
    uint8_t B = H->B;
    put(H, I, I);
    // Small growths also finish within the assignment that starts them.
    if (H->B != B) {
      Starts.push_back(I + 1);
      EXPECT_EQ(H->B, B + 1);
      EXPECT_FALSE(H->Flags & HmapSameSizeGrow);
    }
  }
  std::vector<int64_t> Want = {9, 14, 27, 53, 105, 209, 417, 833, 1665, 3329};
  EXPECT_EQ(Starts, Want);
}

// Each assignment during a growth evacuates at least bucket Nevacuate, so a
// growth over N old buckets ends within N assignments, and the old array
// is dropped exactly when Nevacuate reaches N.
TEST(MapGrow, EvacuationIsIncremental) {
  const MapType &T = mapTypes().I64;
  Hmap *H = gs_makemap_small();
  int64_t Next = 0;
  for (int Round = 0; Round < 8; ++Round) {
    while (!H->Oldbuckets)
      put(H, Next, Next), ++Next;
    uintptr_t NOld = uintptr_t(1) << (H->B - 1);
    void *Old = H->Oldbuckets;
    // The assignment that started the growth already evacuated.
    EXPECT_GE(H->Nevacuate, 1u);
    int Steps = 1;
    while (H->Oldbuckets) {
      uintptr_t Mark = H->Nevacuate;
      put(H, Next, Next), ++Next;
      ++Steps;
      if (H->Oldbuckets) {
        EXPECT_GT(H->Nevacuate, Mark);
        EXPECT_LT(H->Nevacuate, NOld);
        EXPECT_EQ(H->Oldbuckets, Old);
      }
      ASSERT_EQ(checkMapInvariants(&T, H), "") << "step " << Steps;
    }
    EXPECT_LE(uintptr_t(Steps), NOld);
    EXPECT_EQ(H->Nevacuate, NOld);
    for (int64_t K = 0; K < Next; ++K)
      ASSERT_EQ(loadI64(gs_mapaccess1_fast64(&T, H, K)), K);
  }
}

// Entries of old bucket i move to new bucket i (X) or i + 2^(B-1) (Y),
// chosen by the new hash bit; old slots are left marked.
TEST(MapGrow, SplitsIntoXAndYHalves) {
  const MapType &T = mapTypes().I64;
  Hmap *H = gs_makemap_small();
  int64_t Next = 0;
  while (H->B < 5 || !H->Oldbuckets)
    put(H, Next, Next), ++Next;
  // Evacuate by touching keys, then inspect the marks of an old bucket.
  put(H, 0, 0);
  uintptr_t NOld = uintptr_t(1) << (H->B - 1);
  auto *Old = static_cast<uint8_t *>(H->Oldbuckets);
  unsigned X = 0, Y = 0;
  for (uintptr_t I = 0; I < NOld; ++I) {
    uint8_t *B = Old + I * T.BucketSize;
    if (B[0] < EvacuatedX || B[0] > EvacuatedEmpty)
      continue;
    for (unsigned S = 0; S < BucketCnt; ++S) {
      ASSERT_TRUE(B[S] >= EvacuatedX && B[S] <= EvacuatedEmpty);
      X += B[S] == EvacuatedX;
      Y += B[S] == EvacuatedY;
    }
  }
  EXPECT_GT(X, 0u);
  EXPECT_GT(Y, 0u);
  EXPECT_EQ(checkMapInvariants(&T, H), "");
}

// Lookups, overwrites and deletes during a growth see every entry, whether
// its old bucket has been evacuated or not.
TEST(MapGrow, OperationsDuringGrowth) {
  const MapType &T = mapTypes().I64;
  Hmap *H = gs_makemap_small();
  int64_t Next = 0;
  while (H->B < 8 || !H->Oldbuckets)
    put(H, Next, Next), ++Next;
  int64_t N = Next;
  // Deletions also evacuate.
  uintptr_t Mark = H->Nevacuate;
  gs_mapdelete_fast64(&T, H, 0);
  EXPECT_GT(H->Nevacuate, Mark);
  for (int64_t K = 0; K < N; ++K)
    ASSERT_EQ(lookup2Fast64(&T, H, K).Ok, K != 0) << K;
  for (int64_t K = 1; K < N && H->Oldbuckets; K += 2) {
    gs_mapdelete_fast64(&T, H, K);
    put(H, K + 1, -(K + 1));
    ASSERT_EQ(checkMapInvariants(&T, H), "");
  }
  for (int64_t K = 1; K < N; ++K) {
    MapAccess2Result R = lookup2Fast64(&T, H, K);
    if (K % 2 == 1 && K < N) {
      if (R.Ok) // not reached before the growth ended
        EXPECT_EQ(loadI64(R.Elem), K);
    } else {
      ASSERT_TRUE(R.Ok);
    }
  }
}

// Churn at a fixed size accumulates overflow buckets until Noverflow
// reaches 2^B; then a same-size growth repacks the entries.
TEST(MapGrow, SameSizeGrowthAfterChurn) {
  const MapType &T = mapTypes().I64;
  Hmap *H = gs_makemap_small();
  const int64_t Live = 5000; // B = 10, load 4.9
  for (int64_t K = 0; K < Live; ++K)
    put(H, K, K);
  while (H->Oldbuckets)
    put(H, 0, 0);
  uint8_t B = H->B;
  int SameSize = 0;
  for (int64_t K = Live; K < 400 * Live && SameSize < 3; ++K) {
    bool Before = H->Oldbuckets;
    put(H, K, K);
    gs_mapdelete_fast64(&T, H, uint64_t(K - Live));
    if (!Before && H->Oldbuckets) {
      EXPECT_TRUE(H->Flags & HmapSameSizeGrow);
      EXPECT_EQ(H->B, B);
      ++SameSize;
      ASSERT_EQ(checkMapInvariants(&T, H), "");
    }
    if (Before && !H->Oldbuckets) {
      EXPECT_FALSE(H->Flags & HmapSameSizeGrow);
      EXPECT_LT(H->Noverflow, 1u << B);
      ASSERT_EQ(checkMapInvariants(&T, H), "");
    }
  }
  EXPECT_EQ(SameSize, 3);
  EXPECT_EQ(gs_maplen(H), Live);
}

// Large tables count overflow buckets approximately, but still grow.
TEST(MapGrow, LargeTable) {
  const MapType &T = mapTypes().I64;
  Hmap *H = gs_makemap_small();
  for (int64_t K = 0; K < 600000; ++K)
    put(H, K * 0x9E3779B97F4A7C15ll, K);
  EXPECT_EQ(H->B, 17);
  for (int64_t K = 0; K < 600000; K += 7)
    ASSERT_EQ(loadI64(gs_mapaccess1_fast64(&T, H, K * 0x9E3779B97F4A7C15ll)),
              K);
  EXPECT_EQ(checkMapInvariants(&T, H), "");
}

// GOSCAPEDEBUG=mapgrow=1: the test re-runs itself with the variable set and
// checks the trace of MapGrowTrace.Child.
TEST(MapGrowTrace, Child) {
  if (!std::getenv("GOSCAPE_TRACE_CHILD"))
    GTEST_SKIP() << "run by MapGrowTrace.Parent";
  Hmap *H = gs_makemap_small();
  for (int64_t K = 0; K < 60; ++K)
    put(H, K, K);
}

TEST(MapGrowTrace, Parent) {
  std::string Cmd = "GOSCAPE_TRACE_CHILD=1 GOSCAPEDEBUG=gctrace=0,mapgrow=1 "
                    "/proc/self/exe --gtest_filter=MapGrowTrace.Child "
                    "2>&1";
  // popen runs `sh -c`, so /proc/self/exe would be the shell: resolve it.
  char Self[4096];
  ssize_t N = readlink("/proc/self/exe", Self, sizeof(Self) - 1);
  ASSERT_GT(N, 0);
  Self[N] = 0;
  Cmd.replace(Cmd.find("/proc/self/exe"), 14, Self);
  FILE *P = popen(Cmd.c_str(), "r");
  ASSERT_NE(P, nullptr);
  std::vector<std::string> Lines;
  char Buf[512];
  while (fgets(Buf, sizeof(Buf), P))
    if (std::strncmp(Buf, "mapgrow:", 8) == 0) // drop gtest's own output
      Lines.push_back(Buf);
  ASSERT_EQ(pclose(P), 0);
  // 9th entry: B 0 -> 1 with one old bucket, evacuated by the same
  // assignment; 14th: 1 -> 2; 27th: 2 -> 3; 53rd: 3 -> 4.
  ASSERT_GE(Lines.size(), 6u);
  EXPECT_EQ(Lines[0], "mapgrow: start count=8 B=1 noverflow=0 oldbuckets=1 "
                      "nevacuate=0 noldbuckets=1 samesize=0\n");
  EXPECT_EQ(Lines[1], "mapgrow: end count=8 B=1 noverflow=0 oldbuckets=0 "
                      "nevacuate=1 noldbuckets=0 samesize=0\n");
  EXPECT_EQ(Lines[2], "mapgrow: start count=13 B=2 noverflow=0 oldbuckets=1 "
                      "nevacuate=0 noldbuckets=2 samesize=0\n");
  unsigned Starts = 0, Ends = 0;
  for (const std::string &L : Lines) {
    Starts += L.find(" start ") != std::string::npos;
    Ends += L.find(" end ") != std::string::npos;
  }
  EXPECT_EQ(Starts, 4u);
  EXPECT_EQ(Ends, 4u);
}

} // namespace
