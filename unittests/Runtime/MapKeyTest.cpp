//===- MapKeyTest.cpp - Go key semantics: floats, strings, interfaces -----===//
//
// +0 and -0 are one key (the newest spelling is kept); NaN is never equal
// to itself, so every NaN assignment adds an entry that no lookup finds,
// while iteration (also across growth) returns each once; interface keys
// compare by dynamic type and value, and unhashable dynamic types panic.
//
//===----------------------------------------------------------------------===//

#include "MapTestUtil.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>

using namespace gs;
using namespace gs::test;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

int64_t &fput(Hmap *H, double K) {
  return *static_cast<int64_t *>(gs_mapassign(&mapTypes().F64, H, &K));
}

MapAccess2Result fget(Hmap *H, double K) {
  return lookup2(&mapTypes().F64, H, &K);
}

TEST(MapKey, PlusAndMinusZeroAreOneKey) {
  const MapType &T = mapTypes().F64;
  Hmap *H = gs_makemap_small();
  fput(H, 0.0) = 1;
  fput(H, -0.0) = 2;
  EXPECT_EQ(gs_maplen(H), 1);
  EXPECT_EQ(loadI64(fget(H, 0.0).Elem), 2);
  EXPECT_EQ(loadI64(fget(H, -0.0).Elem), 2);
  // Overwriting stores the new key: the map now holds -0.
  std::vector<Entry> All = iterateAll(&T, H);
  ASSERT_EQ(All.size(), 1u);
  double K;
  std::memcpy(&K, All[0].Key.data(), sizeof(K));
  EXPECT_TRUE(std::signbit(K));
  double Zero = 0.0;
  gs_mapdelete(&T, H, &Zero);
  EXPECT_EQ(gs_maplen(H), 0);
}

TEST(MapKey, EveryNaNIsANewKey) {
  const MapType &T = mapTypes().F64;
  Hmap *H = gs_makemap_small();
  for (int I = 0; I < 3; ++I)
    fput(H, NaN) = I + 1;
  fput(H, 1.5) = 10;
  EXPECT_EQ(gs_maplen(H), 4);
  EXPECT_FALSE(fget(H, NaN).Ok);
  EXPECT_EQ(loadI64(gs_mapaccess1(&T, H, &NaN)), 0);
  gs_mapdelete(&T, H, &NaN);
  EXPECT_EQ(gs_maplen(H), 4);
  int64_t Sum = 0, NaNs = 0;
  for (const Entry &E : iterateAll(&T, H)) {
    double K;
    std::memcpy(&K, E.Key.data(), sizeof(K));
    if (std::isnan(K)) {
      ++NaNs;
      Sum += loadI64(E.Elem.data());
    }
  }
  EXPECT_EQ(NaNs, 3);
  EXPECT_EQ(Sum, 6);
  gs_mapclear(&T, H);
  EXPECT_EQ(gs_maplen(H), 0);
  EXPECT_TRUE(iterateAll(&T, H).empty());
}

// NaN keys cannot be rehashed consistently; with an iterator active,
// evacuation routes them by a tophash bit and iteration still returns each
// exactly once, through several doublings.
TEST(MapKey, NaNKeysIteratedAcrossGrowth) {
  const MapType &T = mapTypes().F64;
  Hmap *H = gs_makemap_small();
  const int64_t NaNs = 500;
  for (int64_t I = 0; I < NaNs; ++I) {
    fput(H, NaN) = I;
    fput(H, double(I)) = 1000000 + I;
  }
  while (H->Oldbuckets)
    fput(H, 0.5) = 7;
  std::map<int64_t, int> SeenNaN, SeenNum;
  Hiter It;
  int64_t Next = 0;
  for (gs_mapiterinit(&T, H, &It); It.Key; gs_mapiternext(&It)) {
    double K;
    std::memcpy(&K, It.Key, sizeof(K));
    int64_t V = loadI64(It.Elem);
    if (std::isnan(K))
      ++SeenNaN[V];
    else
      ++SeenNum[V];
    for (int J = 0; J < 4; ++J) {
      fput(H, NaN) = -1 - Next;
      fput(H, 1e9 + double(Next++)) = -1;
    }
    ASSERT_EQ(checkMapInvariants(&T, H), "");
  }
  for (int64_t I = 0; I < NaNs; ++I) {
    EXPECT_EQ(SeenNaN[I], 1) << I;
    EXPECT_EQ(SeenNum[1000000 + I], 1) << I;
  }
  for (auto &[V, C] : SeenNaN)
    EXPECT_EQ(C, 1) << V;
}

Eface box(const Type *T, void *Data) { return {T, Data}; }

TEST(MapKey, InterfaceKeysByDynamicTypeAndValue) {
  const MapType &T = mapTypes().Iface;
  Hmap *H = gs_makemap_small();
  static int64_t I64 = 1;
  static int32_t I32 = 1;
  static int64_t I64b = 1;
  static std::string S1 = "go", S2 = "go";
  static String Str1 = goString(S1), Str2 = goString(S2);
  static int Target;
  auto Put = [&](Eface K, int64_t V) {
    *static_cast<int64_t *>(gs_mapassign(&T, H, &K)) = V;
  };
  auto Get = [&](Eface K) { return lookup2(&T, H, &K); };
  Put(box(&gs_type_int64, &I64), 1);
  Put(box(&gs_type_int32, &I32), 2);
  EXPECT_EQ(gs_maplen(H), 2) << "int64(1) and int32(1) differ";
  Put(box(&gs_type_int64, &I64b), 3);
  EXPECT_EQ(gs_maplen(H), 2) << "same type, same value";
  EXPECT_EQ(loadI64(Get(box(&gs_type_int64, &I64)).Elem), 3);
  Put(box(&gs_type_string, &Str1), 4);
  EXPECT_EQ(loadI64(Get(box(&gs_type_string, &Str2)).Elem), 4);
  Put(box(&PtrType, &Target), 5); // pointer stored in the data word
  EXPECT_EQ(loadI64(Get(box(&PtrType, &Target)).Elem), 5);
  EXPECT_FALSE(Get(box(&PtrType, &I32)).Ok);
  Put(box(nullptr, nullptr), 6); // nil interface
  EXPECT_EQ(loadI64(Get(box(nullptr, nullptr)).Elem), 6);
  static double NaNv = NaN;
  Put(box(&gs_type_float64, &NaNv), 7);
  Put(box(&gs_type_float64, &NaNv), 8);
  EXPECT_EQ(gs_maplen(H), 7);
  EXPECT_FALSE(Get(box(&gs_type_float64, &NaNv)).Ok);
}

TEST(MapKey, UnhashableInterfaceKeyPanics) {
  const MapType &T = mapTypes().Iface;
  static Slice S{};
  Eface K = box(&IntSliceType, &S);
  const char *Msg = "^panic: runtime error: hash of unhashable type \\[\\]int\n"
                    "\ngoroutine 1 \\[running\\]:\n$";
  Hmap *H = gs_makemap_small();
  EXPECT_EXIT(gs_mapassign(&T, H, &K), testing::ExitedWithCode(2), Msg);
  // Also on lookups and deletes, from empty and nil maps.
  EXPECT_EXIT(gs_mapaccess1(&T, H, &K), testing::ExitedWithCode(2), Msg);
  EXPECT_EXIT(lookup2(&T, nullptr, &K), testing::ExitedWithCode(2), Msg);
  EXPECT_EXIT(gs_mapdelete(&T, nullptr, &K), testing::ExitedWithCode(2), Msg);
  static int64_t One = 1;
  Eface Ok = box(&gs_type_int64, &One);
  *static_cast<int64_t *>(gs_mapassign(&T, H, &Ok)) = 1;
  EXPECT_EXIT(gs_mapaccess1(&T, H, &K), testing::ExitedWithCode(2), Msg);
  // A failed assignment leaves the map usable.
  EXPECT_EQ(gs_maplen(H), 1);
}

} // namespace
