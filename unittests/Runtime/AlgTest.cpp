//===- AlgTest.cpp - Hash and equality algorithms, fastrand ---------------===//
//
// The hash contract (equal values hash alike under every seed, seeds
// matter), Go's float and interface semantics, the comparison panic, and
// reproducible fastrand sequences.
//
//===----------------------------------------------------------------------===//

#include "MapTestUtil.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>

using namespace gs;
using namespace gs::test;

namespace {

TEST(Alg, EqualValuesHashAlike) {
  std::string A = "some bytes", B = "some bytes";
  String SA = goString(A), SB = goString(B);
  for (uintptr_t Seed : {0ul, 1ul, 0xdeadbeeful}) {
    EXPECT_EQ(gs_strhash(&SA, Seed), gs_strhash(&SB, Seed));
    double P = 0.0, M = -0.0;
    EXPECT_EQ(gs_f64hash(&P, Seed), gs_f64hash(&M, Seed));
    float PF = 0.0f, MF = -0.0f;
    EXPECT_EQ(gs_f32hash(&PF, Seed), gs_f32hash(&MF, Seed));
    int64_t X = 42, Y = 42;
    EXPECT_EQ(gs_memhash64(&X, Seed), gs_memhash64(&Y, Seed));
    EXPECT_EQ(gs_memhash64(&X, Seed), gs_memhash(&X, Seed, 8));
  }
}

TEST(Alg, SeedChangesHash) {
  int64_t X = 42;
  std::set<uintptr_t> Hashes;
  for (uintptr_t Seed = 0; Seed < 64; ++Seed)
    Hashes.insert(gs_memhash64(&X, Seed));
  EXPECT_EQ(Hashes.size(), 64u);
}

TEST(Alg, NaNHashesRandomlyAndNeverEquals) {
  double N = std::numeric_limits<double>::quiet_NaN();
  std::set<uintptr_t> Hashes;
  for (int I = 0; I < 16; ++I)
    Hashes.insert(gs_f64hash(&N, 7));
  EXPECT_GT(Hashes.size(), 12u);
  EXPECT_FALSE(gs_f64equal(&N, &N));
  double P = 0.0, M = -0.0;
  EXPECT_TRUE(gs_f64equal(&P, &M));
  double C1[2] = {1, N}, C2[2] = {1, N};
  EXPECT_FALSE(gs_c128equal(C1, C2));
}

TEST(Alg, InterfaceEquality) {
  static int64_t A = 5, B = 5;
  static int32_t C = 5;
  Eface X{&gs_type_int64, &A}, Y{&gs_type_int64, &B}, Z{&gs_type_int32, &C};
  EXPECT_TRUE(gs_nilinterequal(&X, &Y));
  EXPECT_FALSE(gs_nilinterequal(&X, &Z));
  EXPECT_EQ(gs_nilinterhash(&X, 3), gs_nilinterhash(&Y, 3));
  Eface Nil1{nullptr, nullptr}, Nil2{nullptr, nullptr};
  EXPECT_TRUE(gs_nilinterequal(&Nil1, &Nil2));
  EXPECT_EQ(gs_nilinterhash(&Nil1, 9), 9u);
  static Slice S{};
  Eface U1{&IntSliceType, &S}, U2{&IntSliceType, &S};
  EXPECT_FALSE(gs_nilinterequal(&U1, &X)) << "different types: no panic";
  EXPECT_EXIT(gs_nilinterequal(&U1, &U2), testing::ExitedWithCode(2),
              "^panic: runtime error: comparing uncomparable type \\[\\]int\n");
}

TEST(Alg, FastrandReplays) {
  gs_fastrand_seed(1234);
  uint64_t A = gs_fastrand64(), B = gs_fastrand64();
  gs_fastrand_seed(1234);
  EXPECT_EQ(gs_fastrand64(), A);
  EXPECT_EQ(gs_fastrand64(), B);
  EXPECT_NE(A, B);
}

} // namespace
