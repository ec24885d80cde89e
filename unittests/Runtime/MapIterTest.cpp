//===- MapIterTest.cpp - Map iteration semantics --------------------------===//
//
// Go's range-over-map rules: a random start; every entry present for the
// whole iteration returned exactly once, also when the map grows (or is
// already growing) during the iteration; entries deleted before being
// reached never returned; returned elements current.
//
//===----------------------------------------------------------------------===//

#include "MapTestUtil.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <utility>

using namespace gs;
using namespace gs::test;

namespace {

void put(Hmap *H, int64_t K, int64_t V) {
  *static_cast<int64_t *>(
      gs_mapassign_fast64(&mapTypes().I64, H, uint64_t(K))) = V;
}

TEST(MapIter, EveryEntryOnce) {
  const MapType &T = mapTypes().I64;
  for (int64_t N : {0, 1, 7, 8, 9, 100, 5000}) {
    Hmap *H = gs_makemap_small();
    for (int64_t K = 0; K < N; ++K)
      put(H, K, K * 2);
    std::map<int64_t, int> Seen;
    Hiter It;
    for (gs_mapiterinit(&T, H, &It); It.Key; gs_mapiternext(&It)) {
      int64_t K = loadI64(It.Key);
      EXPECT_EQ(loadI64(It.Elem), K * 2);
      ++Seen[K];
    }
    EXPECT_EQ(int64_t(Seen.size()), N);
    for (auto &[K, C] : Seen)
      EXPECT_EQ(C, 1) << K;
  }
}

TEST(MapIter, RandomStart) {
  const MapType &T = mapTypes().I64;
  Hmap *H = gs_makemap_small();
  for (int64_t K = 0; K < 6; ++K) // one bucket: only the offset varies
    put(H, K, K);
  std::set<int64_t> First;
  for (int I = 0; I < 200; ++I) {
    Hiter It;
    gs_mapiterinit(&T, H, &It);
    First.insert(loadI64(It.Key));
  }
  EXPECT_GE(First.size(), 4u);

  Hmap *Big = gs_makemap_small();
  for (int64_t K = 0; K < 1000; ++K)
    put(Big, K, K);
  std::set<uintptr_t> Starts;
  for (int I = 0; I < 200; ++I) {
    Hiter It;
    gs_mapiterinit(&T, Big, &It);
    Starts.insert(It.StartBucket);
  }
  EXPECT_GE(Starts.size(), 50u);
}

// Iterates while inserting new keys (which grows the map, more than once)
// and checks that every original key is returned exactly once.
void iterateWhileGrowing(bool StartDuringGrowth) {
  const MapType &T = mapTypes().I64;
  Hmap *H = gs_makemap_small();
  int64_t N = 0;
  if (StartDuringGrowth) {
    while (H->B < 7 || !H->Oldbuckets)
      put(H, N, N), ++N;
  } else {
    while (N < 832) // B = 7, one entry below the growth threshold
      put(H, N, N), ++N;
    ASSERT_EQ(H->Oldbuckets, nullptr);
  }
  std::map<int64_t, int> Seen;
  int64_t Next = 1000000;
  uint8_t B0 = H->B;
  Hiter It;
  for (gs_mapiterinit(&T, H, &It); It.Key; gs_mapiternext(&It)) {
    int64_t K = loadI64(It.Key);
    ++Seen[K];
    ASSERT_EQ(loadI64(It.Elem), K < 1000000 ? K : -K);
    for (int J = 0; J < 5; ++J)
      put(H, Next, -Next), ++Next;
    ASSERT_EQ(checkMapInvariants(&T, H), "");
  }
  EXPECT_GE(H->B, B0 + 2) << "the map should grow during the iteration";
  for (int64_t K = 0; K < N; ++K)
    EXPECT_EQ(Seen[K], 1) << K;
  for (auto &[K, C] : Seen)
    EXPECT_EQ(C, 1) << K;
}

TEST(MapIter, MapGrowsDuringIteration) { iterateWhileGrowing(false); }
TEST(MapIter, IterationStartsDuringGrowth) { iterateWhileGrowing(true); }

// Deleting keys not yet reached hides them; the rest are still returned.
TEST(MapIter, DeletedEntriesNeverReturned) {
  const MapType &T = mapTypes().I64;
  for (bool Growing : {false, true}) {
    Hmap *H = gs_makemap_small();
    int64_t N = 0;
    while (N < 2000 || (Growing && !H->Oldbuckets))
      put(H, N, N), ++N;
    std::set<int64_t> Deleted, Seen;
    Hiter It;
    int64_t Cursor = 0;
    for (gs_mapiterinit(&T, H, &It); It.Key; gs_mapiternext(&It)) {
      int64_t K = loadI64(It.Key);
      EXPECT_FALSE(Deleted.count(K)) << K;
      EXPECT_TRUE(Seen.insert(K).second) << K;
      // Delete two keys in a fixed order, whether seen or not, and
      // overwrite one.
      for (int J = 0; J < 2 && Cursor < N; ++J, ++Cursor) {
        gs_mapdelete_fast64(&T, H, uint64_t(Cursor));
        Deleted.insert(Cursor);
      }
      if (Cursor < N)
        put(H, Cursor, Cursor); // same value: elements stay current
      ASSERT_EQ(checkMapInvariants(&T, H), "");
    }
    for (int64_t K = 0; K < N; ++K)
      if (!Deleted.count(K))
        EXPECT_TRUE(Seen.count(K)) << K;
  }
}

TEST(MapIter, ElementsAreCurrent) {
  const MapType &T = mapTypes().I64;
  Hmap *H = gs_makemap_small();
  for (int64_t K = 0; K < 3000; ++K)
    put(H, K, 0);
  Hiter It;
  int64_t Next = 10000;
  bool First = true;
  for (gs_mapiterinit(&T, H, &It); It.Key; gs_mapiternext(&It)) {
    int64_t K = loadI64(It.Key);
    if (!First && K < 3000)
      EXPECT_EQ(loadI64(It.Elem), K % 2 ? 0 : 1) << K;
    // Overwrite all even keys after the first step, and force growth.
    if (std::exchange(First, false))
      for (int64_t J = 0; J < 3000; J += 2)
        put(H, J, 1);
    for (int J = 0; J < 3; ++J)
      put(H, Next++, 0);
  }
}

// Pointerful buckets are cleared after evacuation unless an old iterator
// exists; an iterator must still see everything.
TEST(MapIter, PointerfulMapGrowingDuringIteration) {
  const MapType &T = mapTypes().StrS;
  static std::vector<std::string> Keys;
  Keys.clear();
  Keys.reserve(20000);
  for (int I = 0; I < 20000; ++I)
    Keys.push_back(std::to_string(I));
  Hmap *H = gs_makemap_small();
  for (int I = 0; I < 1600; ++I)
    *static_cast<String *>(assignStr(&T, H, goString(Keys[I]))) =
        goString(Keys[I]);
  std::map<std::string, int> Seen;
  int Next = 1600;
  Hiter It;
  for (gs_mapiterinit(&T, H, &It); It.Key; gs_mapiternext(&It)) {
    String K = *static_cast<String *>(It.Key);
    String V = *static_cast<String *>(It.Elem);
    std::string KS(reinterpret_cast<const char *>(K.Ptr), K.Len);
    EXPECT_EQ(KS, std::string(reinterpret_cast<const char *>(V.Ptr), V.Len));
    ++Seen[KS];
    for (int J = 0; J < 6 && Next < 20000; ++J, ++Next)
      *static_cast<String *>(assignStr(
          &T, H, goString(Keys[Next]))) = goString(Keys[Next]);
  }
  for (int I = 0; I < 1600; ++I)
    EXPECT_EQ(Seen[Keys[I]], 1) << I;
  EXPECT_EQ(checkMapInvariants(&T, H), "");
}

} // namespace
