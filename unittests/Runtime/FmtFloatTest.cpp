//===- FmtFloatTest.cpp - Float formatting against Go 1.19 ----------------===//
//
// 400 random float64 values (random bit patterns, normal values over 40
// decades, eighths, values exact in float32) in ten formats, compared with
// Go 1.19's output (FmtFloatsGC.inc): shortest forms (%v, %g, float32 %v),
// fixed precisions (%e %.3g %.17g %.2f %.0e), the # flag and hex floats.
//
//===----------------------------------------------------------------------===//

#include "FmtTestUtil.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

namespace {
/// One generated row: the value's bits and Go's output.
struct FloatRow {
  uint64_t Bits;
  const char *Want;
};

const FloatRow Rows[] = {
#include "FmtFloatsGC.inc"
};
} // namespace

TEST(FmtFloat, RandomValuesMatchGo) {
  for (const FloatRow &R : Rows) {
    double F;
    std::memcpy(&F, &R.Bits, sizeof(F));
    Eface V = F64(F);
    EXPECT_EQ(sprintf("%v|%e|%.3g|%.17g|%.2f|%v|%g|%.0e|%#g|%x",
                      {V, V, V, V, V, F32(float(F)), V, V, V, V}),
              R.Want)
        << "bits " << std::hex << R.Bits;
  }
}
