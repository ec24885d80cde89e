//===- StrconvTest.cpp - package strconv against Go 1.19 -----------------===//
//
// Expected values and error texts are what Go 1.19 printed for
//   v, err := strconv.Atoi(s); fmt.Printf("%q %d %v %T\n", s, v, err, err)
//
//===----------------------------------------------------------------------===//

#include "FmtTestUtil.h"

#include "goscape-rt/Strconv.h"

#include <climits>
#include <cmath>
#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

namespace {
struct AtoiCase {
  const char *In;
  intptr_t Value;
  const char *Err; ///< "" for nil
};
} // namespace

TEST(Strconv, Atoi) {
  const AtoiCase Cases[] = {
      {"42", 42, ""},
      {"-17", -17, ""},
      {"+5", 5, ""},
      {"", 0, "strconv.Atoi: parsing \"\": invalid syntax"},
      {"x", 0, "strconv.Atoi: parsing \"x\": invalid syntax"},
      {"1a", 0, "strconv.Atoi: parsing \"1a\": invalid syntax"},
      {"-", 0, "strconv.Atoi: parsing \"-\": invalid syntax"},
      {"+", 0, "strconv.Atoi: parsing \"+\": invalid syntax"},
      {"9223372036854775807", INT64_MAX, ""},
      {"9223372036854775808", INT64_MAX,
       "strconv.Atoi: parsing \"9223372036854775808\": value out of range"},
      {"-9223372036854775808", INT64_MIN, ""},
      {"-9223372036854775809", INT64_MIN,
       "strconv.Atoi: parsing \"-9223372036854775809\": value out of range"},
      {"99999999999999999999x", INT64_MAX,
       "strconv.Atoi: parsing \"99999999999999999999x\": value out of range"},
      {"12_3", 0, "strconv.Atoi: parsing \"12_3\": invalid syntax"},
      {" 1", 0, "strconv.Atoi: parsing \" 1\": invalid syntax"},
      {"\xef\xbc\x90", 0,
       "strconv.Atoi: parsing \"\xef\xbc\x90\": invalid syntax"},
      {"\xff", 0, "strconv.Atoi: parsing \"\\xff\": invalid syntax"},
  };
  for (const AtoiCase &C : Cases) {
    SCOPED_TRACE(C.In);
    IntError R;
    String In = str(C.In);
    gs_strconv_Atoi(&R, In.Ptr, In.Len);
    EXPECT_EQ(R.N, C.Value);
    if (!*C.Err) {
      EXPECT_EQ(R.Err.Tab, nullptr);
      continue;
    }
    ASSERT_NE(R.Err.Tab, nullptr);
    EXPECT_EQ(R.Err.Tab->Inter, &gs_type_error);
    EXPECT_EQ(R.Err.Tab->Tp, &gs_type_strconv_NumError_ptr);
    EXPECT_EQ(errorText(R.Err), C.Err);
    Eface AsAny{R.Err.Tab->Tp, R.Err.Data};
    EXPECT_EQ(sprintf("%v %T", {AsAny, AsAny}),
              std::string(C.Err) + " *strconv.NumError");
  }
}

TEST(Strconv, Itoa) {
  // fmt.Println(strconv.Itoa(0), strconv.Itoa(-45), ..., strconv.Itoa(99))
  const std::pair<intptr_t, const char *> Cases[] = {
      {0, "0"},
      {-45, "-45"},
      {7, "7"},
      {99, "99"},
      {100, "100"},
      {INT64_MAX, "9223372036854775807"},
      {INT64_MIN, "-9223372036854775808"}};
  for (const auto &[V, Want] : Cases) {
    String Out;
    gs_strconv_Itoa(&Out, V);
    EXPECT_EQ(toStd(Out), Want);
  }
}

namespace {
struct ParseIntCase {
  const char *In;
  intptr_t Base, BitSize;
  int64_t Value;
  const char *Err; ///< "" for nil
};
} // namespace

TEST(Strconv, ParseInt) {
  // v, err := strconv.ParseInt(s, base, bitSize) under Go 1.19.
  const ParseIntCase Cases[] = {
      {"0x1F", 0, 64, 31, ""},
      {"0b101", 0, 8, 5, ""},
      {"1_000_000", 0, 64, 1000000, ""},
      {"1__0", 0, 64, 0, "strconv.ParseInt: parsing \"1__0\": invalid syntax"},
      {"128", 10, 8, 127,
       "strconv.ParseInt: parsing \"128\": value out of range"},
      {"-129", 10, 8, -128,
       "strconv.ParseInt: parsing \"-129\": value out of range"},
      {"-ffffffff", 16, 32, -2147483648,
       "strconv.ParseInt: parsing \"-ffffffff\": value out of range"},
      {"", 10, 64, 0, "strconv.ParseInt: parsing \"\": invalid syntax"},
      {"1", 1, 64, 0, "strconv.ParseInt: parsing \"1\": invalid base 1"},
      {"1", 10, 65, 0, "strconv.ParseInt: parsing \"1\": invalid bit size 65"},
  };
  for (const ParseIntCase &C : Cases) {
    SCOPED_TRACE(C.In);
    IntError R;
    String In = str(C.In);
    gs_strconv_ParseInt(&R, In.Ptr, In.Len, C.Base, C.BitSize);
    EXPECT_EQ(R.N, C.Value);
    if (!*C.Err) {
      EXPECT_EQ(R.Err.Tab, nullptr);
      continue;
    }
    ASSERT_NE(R.Err.Tab, nullptr);
    EXPECT_EQ(R.Err.Tab->Tp, &gs_type_strconv_NumError_ptr);
    EXPECT_EQ(errorText(R.Err), C.Err);
  }
}

TEST(Strconv, FormatIntAndBool) {
  String S;
  gs_strconv_FormatInt(&S, -255, 2);
  EXPECT_EQ(toStd(S), "-11111111");
  gs_strconv_FormatInt(&S, int64_t(1) << 40, 36);
  EXPECT_EQ(toStd(S), "e13wu1og");
  gs_strconv_FormatInt(&S, -255, 16);
  EXPECT_EQ(toStd(S), "-ff");
  gs_strconv_FormatBool(&S, false);
  EXPECT_EQ(toStd(S), "false");
}

TEST(Strconv, Quote) {
  // Expected texts from Go 1.19's strconv.Quote.
  struct Case {
    std::string In, Want;
  } Cases[] = {
      {"", R"("")"},
      {"abc", R"("abc")"},
      {"a\"b\\c", R"("a\"b\\c")"},
      {std::string("hi\n\x00\t", 5), R"("hi\n\x00\t")"},
      {"\xc3\xa9\xe2\x80\xa8\xff", R"("é\u2028\xff")"},
      {"\x7f\xf0\x9f\x98\x80", R"("\x7f😀")"},
  };
  for (const Case &C : Cases) {
    String S;
    gs_strconv_Quote(&S, reinterpret_cast<const uint8_t *>(C.In.data()),
                     static_cast<intptr_t>(C.In.size()));
    EXPECT_EQ(toStd(S), C.Want) << C.In;
  }
}

TEST(Strconv, FormatFloat) {
  // Expected texts from Go 1.19's strconv.FormatFloat.
  String S;
  gs_strconv_FormatFloat(&S, 3.14159265358979, 'g', -1, 32);
  EXPECT_EQ(toStd(S), "3.1415927");
  gs_strconv_FormatFloat(&S, 123456789.125, 'f', 0, 32);
  EXPECT_EQ(toStd(S), "123456792");
  gs_strconv_FormatFloat(&S, -2.5, 'z', 3, 64);
  EXPECT_EQ(toStd(S), "%z");
  gs_strconv_FormatFloat(&S, 1e301, 'z', 3, 32); // +Inf as a float32
  EXPECT_EQ(toStd(S), "+Inf");
  gs_strconv_FormatFloat(&S, 0.1, 'x', -1, 64);
  EXPECT_EQ(toStd(S), "0x1.999999999999ap-04");
}

TEST(Strconv, ParseFloat) {
  // Expected values from Go 1.19's strconv.ParseFloat.
  struct Case {
    const char *In;
    int BitSize;
    double Want;
    const char *Err; // "" for nil
  } Cases[] = {
      {"1_000.5", 64, 1000.5, ""},
      {"0x1.8p1", 64, 3, ""},
      {"-infinity", 64, -HUGE_VAL, ""},
      {"1e-400", 64, 0, ""},
      {"3.5e38", 32, HUGE_VAL,
       "strconv.ParseFloat: parsing \"3.5e38\": value out of range"},
      {"0x1", 64, 0, "strconv.ParseFloat: parsing \"0x1\": invalid syntax"},
      {"1__0", 64, 0, "strconv.ParseFloat: parsing \"1__0\": invalid syntax"},
      {"-nan", 64, 0, "strconv.ParseFloat: parsing \"-nan\": invalid syntax"},
  };
  for (const Case &C : Cases) {
    FloatError R;
    String In = str(C.In);
    gs_strconv_ParseFloat(&R, In.Ptr, In.Len, C.BitSize);
    SCOPED_TRACE(C.In);
    EXPECT_EQ(R.F, C.Want);
    EXPECT_EQ(R.Err.Tab ? errorText(R.Err) : std::string(), C.Err);
  }
}
