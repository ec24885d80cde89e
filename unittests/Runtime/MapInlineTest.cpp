//===- MapInlineTest.cpp - The inline halves of the int key lookups -------===//
//
// goscape-rt/MapInline.h redefines gs_mapaccess{1,2}_fast{32,64} inline, as
// compiled Go code gets them from goscape-map-inline.bc. This file includes
// it, so its calls to the public names run the inline probes (in optimized
// builds), and checks them against the complete out-of-line lookups
// (rt::mapaccess1Fast64 and friends) in every state a probe can meet: nil
// and empty maps, one-bucket maps, tables with overflow chains, growth in
// progress (doubling and same-size), and the write flag set.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/MapInline.h"

#include "MapTestUtil.h"

#include <gtest/gtest.h>

#include <vector>

using namespace gs;
using namespace gs::test;

namespace {

/// Every lookup entry point of K in H agrees with the out-of-line one.
void expectAgree64(Hmap *H, uint64_t K) {
  const MapType *T = &mapTypes().I64;
  void *Out1 = rt::mapaccess1Fast64(T, H, K);
  EXPECT_EQ(gs_mapaccess1_fast64(T, H, K), Out1) << K;
  bool OutOk = true, InOk = false;
  void *Out2 = rt::mapaccess2Fast64(&OutOk, T, H, K);
  EXPECT_EQ(Out2, Out1) << K;
  EXPECT_EQ(gs_mapaccess2_fast64(&InOk, T, H, K), Out2) << K;
  EXPECT_EQ(InOk, OutOk) << K;
  EXPECT_EQ(OutOk, Out1 != rt::ZeroVal) << K;
}

void expectAgree32(Hmap *H, uint32_t K) {
  const MapType *T = &mapTypes().I32;
  void *Out1 = rt::mapaccess1Fast32(T, H, K);
  EXPECT_EQ(gs_mapaccess1_fast32(T, H, K), Out1) << K;
  bool OutOk = true, InOk = false;
  void *Out2 = rt::mapaccess2Fast32(&OutOk, T, H, K);
  EXPECT_EQ(Out2, Out1) << K;
  EXPECT_EQ(gs_mapaccess2_fast32(&InOk, T, H, K), Out2) << K;
  EXPECT_EQ(InOk, OutOk) << K;
}

void put64(Hmap *H, uint64_t K) {
  *static_cast<int64_t *>(gs_mapassign_fast64(&mapTypes().I64, H, K)) =
      int64_t(K);
}

TEST(MapInline, NilAndEmptyMaps) {
  expectAgree64(nullptr, 1);
  expectAgree32(nullptr, 1);
  Hmap *Small = gs_makemap_small(); // no bucket array yet
  expectAgree64(Small, 1);
  expectAgree32(Small, 1);
  Hmap *Cleared = gs_makemap_small();
  put64(Cleared, 1);
  gs_mapclear(&mapTypes().I64, Cleared); // buckets without entries
  expectAgree64(Cleared, 1);
  // A bucket array but no entries.
  Hmap *Hinted = gs_makemap(&mapTypes().I64, 1000, nullptr, nullptr);
  ASSERT_NE(Hinted->Buckets, nullptr);
  expectAgree64(Hinted, 1);
  bool Ok = true;
  EXPECT_EQ(gs_mapaccess2_fast64(&Ok, &mapTypes().I64, Hinted, 1), rt::ZeroVal);
  EXPECT_FALSE(Ok);
}

TEST(MapInline, OneBucketMap) {
  Hmap *H = gs_makemap_small();
  for (uint64_t K = 0; K < 8; ++K)
    put64(H, K * 3);
  ASSERT_EQ(H->B, 0);
  for (uint64_t K = 0; K < 30; ++K)
    expectAgree64(H, K);
}

// Hits and misses across many sizes (doublings, overflow chains, deletes
// leaving EmptyOne slots and EmptyRest runs), checked after each step of
// every growth: the inline probe must defer to the out-of-line lookup
// whenever old buckets exist.
TEST(MapInline, AgreesThroughGrowthAndDeletes) {
  const MapType &T = mapTypes().I64;
  Hmap *H = gs_makemap_small();
  uint64_t N = 0;
  int Growing = 0;
  for (int Round = 0; Round < 14; ++Round) {
    uint64_t Target = uint64_t(1) << (Round + 3);
    for (; N < Target; ++N) {
      put64(H, N * 0x9E3779B97F4A7C15ull);
      if (H->Oldbuckets && (N % 7 == 0 || Round < 8)) {
        ++Growing;
        for (uint64_t K = 0; K < N + 8; K += 1 + N / 64)
          expectAgree64(H, K * 0x9E3779B97F4A7C15ull);
      }
    }
    for (uint64_t K = 0; K < N + 64; K += 1 + N / 512) {
      expectAgree64(H, K * 0x9E3779B97F4A7C15ull);
      expectAgree64(H, K);
    }
  }
  EXPECT_GT(Growing, 100);
  // Deletes: holes everywhere, then lookups again.
  for (uint64_t K = 0; K < N; K += 3)
    gs_mapdelete_fast64(&T, H, K * 0x9E3779B97F4A7C15ull);
  for (uint64_t K = 0; K < N; K += 1 + N / 4096)
    expectAgree64(H, K * 0x9E3779B97F4A7C15ull);
  EXPECT_EQ(checkMapInvariants(&T, H), "");
}

// A chain of four buckets (keys chosen by the map's seed to share bucket
// 3) in an array of 2^PrefetchMinB buckets: hits and misses in every
// bucket of the chain, with the first bucket's tophash bytes read from the
// bucket and from the tophash index.
TEST(MapInline, LongOverflowChain) {
  const MapType &T = mapTypes().I64;
  Hmap *H = gs_makemap(&T, 5000, nullptr, nullptr);
  ASSERT_EQ(H->B, rt::PrefetchMinB);
  std::vector<uint64_t> Chain, Absent;
  for (uint64_t K = 0; Absent.size() < 30; ++K)
    if ((rt::hashFixed<uint64_t>(K, H->Hash0) & rt::bucketMask(H->B)) == 3)
      (Chain.size() < 30 ? Chain : Absent).push_back(K);
  for (uint64_t K : Chain)
    put64(H, K);
  ASSERT_EQ(H->Oldbuckets, nullptr);
  ASSERT_EQ(H->Noverflow, 3);
  const uint8_t SavedMinB = rt::LookupIndexMinB;
  for (uint8_t IndexMinB : {SavedMinB, uint8_t(0)}) {
    rt::LookupIndexMinB = IndexMinB;
    for (uint64_t K : Chain) {
      EXPECT_EQ(*static_cast<int64_t *>(gs_mapaccess1_fast64(&T, H, K)),
                int64_t(K));
      expectAgree64(H, K);
    }
    for (uint64_t K : Absent) {
      EXPECT_EQ(gs_mapaccess1_fast64(&T, H, K), rt::ZeroVal);
      expectAgree64(H, K);
    }
  }
  rt::LookupIndexMinB = SavedMinB;
}

// Sliding-window churn: many overflow buckets and same-size growths.
TEST(MapInline, AgreesThroughSameSizeGrowth) {
  const MapType &T = mapTypes().I64;
  Hmap *H = gs_makemap_small();
  int SameSize = 0;
  for (uint64_t K = 0; K < 200000; ++K) {
    put64(H, K);
    if (K >= 1500)
      gs_mapdelete_fast64(&T, H, K - 1500);
    if (H->Flags & HmapSameSizeGrow) {
      ++SameSize;
      for (uint64_t Q = K - 1600; Q <= K + 10; Q += 7)
        expectAgree64(H, Q);
    }
  }
  EXPECT_GT(SameSize, 0);
  for (uint64_t Q = 198000; Q < 200100; ++Q)
    expectAgree64(H, Q);
}

// The out-of-line lookups the inline halves fall back to preserve the
// caller's registers (GS_MAP_COLD_CC): a loop keeping many values live in
// registers across inline lookups that take the fallback (growth in
// progress) sees them intact.
TEST(MapInline, FallbackPreservesCallerRegisters) {
  const MapType *T = &mapTypes().I64;
  Hmap *H = gs_makemap_small();
  uint64_t N = 0;
  while (!H->Oldbuckets || N < 100)
    put64(H, ++N);
  // Twelve accumulators, each a different function of one step's results.
  auto Step = [](uint64_t *A, uint64_t K, uint64_t V, uint64_t W, bool Ok) {
    A[0] += V, A[1] ^= V * 3, A[2] += W << 1, A[3] += Ok;
    A[4] += V ^ K, A[5] += W * K, A[6] ^= V + W, A[7] += K;
    A[8] += V > W, A[9] += V * V, A[10] ^= W << 7, A[11] += V | W;
  };
  uint64_t Got[12] = {}, Want[12] = {};
  for (uint64_t K = 1; K <= N + 20; ++K) {
    bool Ok;
    auto *V = static_cast<int64_t *>(gs_mapaccess1_fast64(T, H, K));
    auto *W = static_cast<int64_t *>(gs_mapaccess2_fast64(&Ok, T, H, K + 1));
    Step(Got, K, uint64_t(*V), uint64_t(*W), Ok);
  }
  ASSERT_NE(H->Oldbuckets, nullptr) << "the lookups took the fallback";
  for (uint64_t K = 1; K <= N + 20; ++K)
    Step(Want, K, K <= N ? K : 0, K + 1 <= N ? K + 1 : 0, K + 1 <= N);
  for (int I = 0; I < 12; ++I)
    EXPECT_EQ(Got[I], Want[I]) << I;
}

TEST(MapInline, Fast32) {
  const MapType &T = mapTypes().I32;
  Hmap *H = gs_makemap_small();
  for (uint32_t K = 0; K < 20000; ++K) {
    *static_cast<int64_t *>(gs_mapassign_fast32(&T, H, K * 7)) = K;
    if (K % 97 == 0)
      for (uint32_t Q = 0; Q < 7 * K + 14; Q += 1 + K / 8)
        expectAgree32(H, Q);
  }
  for (uint32_t Q = 0; Q < 140100; Q += 3)
    expectAgree32(H, Q);
}

// A lookup while the map is being written is the same fatal error inline.
TEST(MapInlineDeathTest, ConcurrentReadAndWrite) {
  Hmap *H = gs_makemap_small();
  for (uint64_t K = 0; K < 100; ++K)
    put64(H, K);
  H->Flags |= HmapHashWriting;
  EXPECT_EXIT(gs_mapaccess1_fast64(&mapTypes().I64, H, 5),
              testing::ExitedWithCode(2),
              "fatal error: concurrent map read and map write");
  H->Flags &= ~HmapHashWriting;
}

} // namespace
