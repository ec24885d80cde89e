//===- MapHashTest.cpp - Spread of the word hash over buckets and tophash -===//
//
// The hash of 4- and 8-byte keys (MapHash.h) must spread structured key
// sets (sequences, strides, keys differing only in their high bits, Gray
// codes) over buckets and tophash values about as evenly as a random
// function: a map probes a bucket chain, so an uneven spread makes chains
// longer, and tophash collisions cost key comparisons. The measure is the
// chi-square statistic per degree of freedom of the bucket counts (the
// hash's low B bits) and of the tophash bytes (its top byte), for tables at
// gc's load factor 6.5. A random function gives 1 on average (standard
// deviation sqrt(2 / df): 0.18 for 64 buckets); a weak mix is far off (one
// 64x64->128 multiply folded once reaches 19-24 on these families).
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/MapHash.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace gs::rt;

namespace {

/// A family of keys: the I-th key of the set.
struct Family {
  const char *Name;
  uint64_t (*Key)(uint64_t I);
};

const Family Families[] = {
    {"sequential", [](uint64_t I) { return I; }},
    {"stride 8", [](uint64_t I) { return I * 8; }},
    {"stride 4096", [](uint64_t I) { return I * 4096; }},
    {"shifted 32", [](uint64_t I) { return I << 32; }},
    {"shifted 40", [](uint64_t I) { return I << 40; }},
    {"high 16 bits", [](uint64_t I) { return (I << 48) | (I >> 16); }},
    {"high 12 bits", [](uint64_t I) { return (I << 52) | (I >> 12); }},
    {"gray code", [](uint64_t I) { return I ^ (I >> 1); }},
};

/// Chi-square per degree of freedom of Counts against a uniform spread.
double chiSquarePerDf(const std::vector<uint64_t> &Counts, uint64_t N) {
  double E = double(N) / double(Counts.size()), X = 0;
  for (uint64_t C : Counts)
    X += (double(C) - E) * (double(C) - E) / E;
  return X / double(Counts.size() - 1);
}

/// The worst bound any family, seed and table size may reach: about 11
/// standard deviations above 1 for 64 buckets, far below a weak mix.
constexpr double MaxChiSquarePerDf = 3.0;

template <class Hash> void checkSpread(const char *What, Hash H) {
  std::mt19937_64 Rng(42);
  for (unsigned B : {6u, 10u, 14u}) {
    uint64_t NB = uint64_t(1) << B, N = NB * 13 / 2;
    for (const Family &F : Families)
      for (int S = 0; S < 4; ++S) {
        uint32_t Seed = uint32_t(Rng());
        std::vector<uint64_t> Buckets(NB), Tops(256);
        for (uint64_t I = 0; I < N; ++I) {
          uint64_t V = H(F.Key(I), Seed);
          ++Buckets[V & (NB - 1)];
          ++Tops[V >> 56];
        }
        std::string Case = std::string(What) + ", " + F.Name + ", B=" +
                           std::to_string(B) + ", seed " + std::to_string(Seed);
        EXPECT_LT(chiSquarePerDf(Buckets, N), MaxChiSquarePerDf)
            << "buckets: " << Case;
        EXPECT_LT(chiSquarePerDf(Tops, N), MaxChiSquarePerDf)
            << "tophash: " << Case;
      }
  }
}

TEST(MapHash, EightByteKeysSpreadEvenly) {
  checkSpread("hashU64", [](uint64_t K, uint64_t Seed) {
    return hashU64(K, Seed);
  });
}

TEST(MapHash, FourByteKeysSpreadEvenly) {
  // The families truncated to 32 bits (the shifted ones keep their low
  // half, so they are not all zero).
  checkSpread("hashU32", [](uint64_t K, uint64_t Seed) {
    return hashU32(uint32_t(K ^ (K >> 32)), Seed);
  });
}

TEST(MapHash, SeedSelectsTheFunction) {
  // Two seeds must not order keys alike: bucket indices of the same keys
  // agree about as often as chance (1 in 2^10) under different seeds.
  unsigned Same = 0;
  for (uint64_t I = 0; I < 100000; ++I)
    Same += (hashU64(I, 1) & 1023) == (hashU64(I, 2) & 1023);
  EXPECT_LT(Same, 300u);
}

} // namespace
