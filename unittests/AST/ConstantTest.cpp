//===- ConstantTest.cpp - Exact constant arithmetic -----------------------===//
//
// Expected printed values are what gc 1.19 shows in messages such as
// `cannot use big (untyped int constant 1267650600228229401496703205376)`,
// `(untyped float constant 0.333333)`, `(untyped float constant 1e+2000)`,
// `(untyped float constant 3.40282e+38) as float32 value ... (overflows)`.
//
//===----------------------------------------------------------------------===//

#include "goscape/AST/Constant.h"

#include "gtest/gtest.h"

#include <cmath>

using namespace goscape;

namespace {
class ConstantTest : public ::testing::Test {
protected:
  const Constant *lit(LitKind K, llvm::StringRef S) {
    return C.fromLiteral(K, S);
  }
  /// An integer literal; a leading '-' negates it.
  const Constant *i(llvm::StringRef S) {
    if (S.consume_front("-"))
      return C.unaryOp(Operator::Sub, lit(LitKind::Int, S), 0);
    return lit(LitKind::Int, S);
  }
  const Constant *f(llvm::StringRef S) { return lit(LitKind::Float, S); }
  const Constant *bin(const Constant *X, Operator Op, const Constant *Y,
                      bool IntDiv = false) {
    return C.binaryOp(X, Op, Y, IntDiv);
  }
  std::string str(const Constant *X) { return X->toString(); }

  TypeContext Types;
  ConstantContext C;
};
} // namespace

TEST_F(ConstantTest, IntLiterals) {
  EXPECT_EQ(str(i("300")), "300");
  EXPECT_EQ(str(i("0x_1F")), "31");
  EXPECT_EQ(str(i("0XfF")), "255");
  EXPECT_EQ(str(i("0b1010")), "10");
  EXPECT_EQ(str(i("0o17")), "15");
  EXPECT_EQ(str(i("017")), "15");
  EXPECT_EQ(str(i("0")), "0");
  EXPECT_EQ(str(i("1_000_000")), "1000000");
  EXPECT_EQ(str(i("123456789012345678901234567890")),
            "123456789012345678901234567890");
  EXPECT_TRUE(i("09")->isUnknown());
  EXPECT_EQ(i("0x7fffffffffffffff")->getInt64(), INT64_MAX);
  EXPECT_FALSE(i("0x8000000000000000")->getInt64());
  EXPECT_EQ(i("0xffffffffffffffff")->getUint64(), UINT64_MAX);
}

TEST_F(ConstantTest, FloatLiterals) {
  EXPECT_EQ(str(f("1.5")), "1.5");
  EXPECT_EQ(str(f("0.1")), "0.1");
  EXPECT_EQ(str(f("1e100")), "1e+100");
  EXPECT_EQ(str(f("1e1000")), "1e+1000");
  EXPECT_EQ(str(f("1e39")), "1e+39");
  EXPECT_EQ(str(f(".5")), "0.5");
  EXPECT_EQ(str(f("1_0.2_5")), "10.25");
  EXPECT_EQ(str(f("0x1p-2")), "0.25");
  EXPECT_EQ(str(f("0x1.8p1")), "3");
  EXPECT_EQ(str(f("1e-400")), "1e-400");
  EXPECT_EQ(f("1.0")->getKind(), ConstKind::Float);
  EXPECT_EQ(f("1e3")->getInt64(), 1000);
  EXPECT_DOUBLE_EQ(f("0.1")->getDouble(), 0.1);
  EXPECT_TRUE(lit(LitKind::Imag, "1i")->isUnknown());
}

TEST_F(ConstantTest, RuneAndStringLiterals) {
  EXPECT_EQ(lit(LitKind::Rune, "'a'")->getInt64(), 97);
  EXPECT_EQ(lit(LitKind::Rune, "'\\n'")->getInt64(), 10);
  EXPECT_EQ(lit(LitKind::Rune, "'\\''")->getInt64(), 39);
  EXPECT_EQ(lit(LitKind::Rune, "'\\x41'")->getInt64(), 65);
  EXPECT_EQ(lit(LitKind::Rune, "'\\101'")->getInt64(), 65);
  EXPECT_EQ(lit(LitKind::Rune, "'\\u00e9'")->getInt64(), 0xe9);
  EXPECT_EQ(lit(LitKind::Rune, "'\\U0001F600'")->getInt64(), 0x1F600);
  EXPECT_EQ(lit(LitKind::Rune, "'é'")->getInt64(), 0xe9);
  EXPECT_EQ(lit(LitKind::Rune, "'\\a'")->getInt64(), 7);
  EXPECT_EQ(lit(LitKind::Rune, "'\\v'")->getKind(), ConstKind::Int);
  EXPECT_TRUE(lit(LitKind::Rune, "'ab'")->isUnknown());
  EXPECT_EQ(lit(LitKind::String, "\"a\\tb\\\"\"")->getString(), "a\tb\"");
  EXPECT_EQ(lit(LitKind::String, "\"\\xff\\u00e9\\377\"")->getString(),
            "\xff\xc3\xa9\xff");
  EXPECT_EQ(lit(LitKind::String, "`a\\n\r\nb`")->getString(), "a\\n\nb");
  EXPECT_EQ(lit(LitKind::String, "\"\"")->getString(), "");
  EXPECT_EQ(str(C.getString(llvm::StringRef("a\tb\"c\0\xc3\xa9\xe2\x80\xa8",
                                             11))),
            "\"a\\tb\\\"c\\x00\xc3\xa9\\u2028\"");
  std::string Long(100, 'x');
  EXPECT_EQ(str(C.getString(Long)), "\"" + std::string(68, 'x') + "...");
}

TEST_F(ConstantTest, ExactArithmetic) {
  // 1.0/3*3 == 1 exactly.
  const Constant *Third = bin(f("1.0"), Operator::Div, i("3"));
  EXPECT_EQ(str(Third), "0.333333");
  const Constant *One = bin(Third, Operator::Mul, i("3"));
  EXPECT_TRUE(C.compare(One, Operator::Eql, i("1")));
  EXPECT_EQ(One->getKind(), ConstKind::Float);
  // Integer division truncates; untyped int / int without IntDivision is
  // exact.
  EXPECT_EQ(str(bin(i("7"), Operator::Div, i("2"), true)), "3");
  EXPECT_EQ(str(bin(i("-7"), Operator::Div, i("2"), true)), "-3");
  EXPECT_EQ(str(bin(i("-7"), Operator::Rem, i("2"))), "-1");
  EXPECT_EQ(str(bin(i("7"), Operator::Div, i("2"))), "3.5");
  EXPECT_TRUE(bin(i("7"), Operator::Div, i("0"), true)->isUnknown());
  EXPECT_TRUE(bin(f("7"), Operator::Div, f("0"))->isUnknown());
  EXPECT_EQ(str(bin(i("12"), Operator::AndNot, i("10"))), "4");
  EXPECT_EQ(str(bin(i("-1"), Operator::And, i("0xff"))), "255");
  EXPECT_EQ(str(bin(i("5"), Operator::Xor, i("3"))), "6");
  EXPECT_EQ(str(C.shift(i("1"), Operator::Shl, 100)),
            "1267650600228229401496703205376");
  EXPECT_EQ(str(C.shift(i("-8"), Operator::Shr, 1)), "-4");
  EXPECT_EQ(str(C.shift(i("-1"), Operator::Shr, 100)), "-1");
  EXPECT_EQ(str(bin(C.getString("ab"), Operator::Add, C.getString("c"))),
            "\"abc\"");
  EXPECT_TRUE(
      bin(C.getBool(true), Operator::AndAnd, C.getBool(false))->getKind() ==
      ConstKind::Bool);
  EXPECT_EQ(str(C.unaryOp(Operator::Sub, f("1.5"), 0)), "-1.5");
  EXPECT_EQ(str(C.unaryOp(Operator::Xor, i("5"), 0)), "-6");
  EXPECT_EQ(str(C.unaryOp(Operator::Xor, i("5"), 8)), "250");
  EXPECT_EQ(str(C.unaryOp(Operator::Not, C.getBool(true), 0)), "false");
  EXPECT_TRUE(C.compare(f("0.1"), Operator::Lss, f("0.2")));
  EXPECT_TRUE(C.compare(C.getString("a"), Operator::Lss, C.getString("b")));
  EXPECT_EQ(str(bin(f("1e1000"), Operator::Mul, f("1e1000"))), "1e+2000");
  EXPECT_EQ(str(bin(f("0.1"), Operator::Add, f("0.2"))), "0.3");
  EXPECT_TRUE(C.compare(bin(f("0.1"), Operator::Add, f("0.2")),
                        Operator::Eql, f("0.3")));
}

TEST_F(ConstantTest, IntOverflowBeyond512Bits) {
  EXPECT_FALSE(C.shift(i("1"), Operator::Shl, 511)->isUnknown());
  EXPECT_TRUE(C.shift(i("1"), Operator::Shl, 512)->isUnknown());
  EXPECT_TRUE(C.shift(i("1"), Operator::Shl, 600)->isUnknown());
  const Constant *Big = C.shift(i("1"), Operator::Shl, 511);
  EXPECT_EQ(Big->getBitLen(), 512u);
  EXPECT_TRUE(bin(Big, Operator::Mul, i("2"))->isUnknown());
  EXPECT_FALSE(bin(Big, Operator::Sub, i("1"))->isUnknown());
  EXPECT_FALSE(C.unaryOp(Operator::Sub, Big, 0)->isUnknown());
}

TEST_F(ConstantTest, Conversions) {
  EXPECT_EQ(C.toInt(f("3.0"))->getKind(), ConstKind::Int);
  EXPECT_TRUE(C.toInt(f("3.5"))->isUnknown());
  EXPECT_EQ(C.toFloat(i("3"))->getKind(), ConstKind::Float);
  EXPECT_EQ(str(C.toFloat(i("3"))), "3");
  EXPECT_EQ(str(C.getFloat64(0.1)), "0.1");
  EXPECT_EQ(C.getFloat64(0.1)->getDouble(), 0.1);
  EXPECT_EQ(str(C.toFloat(C.shift(i("1"), Operator::Shl, 62))),
            "4.61169e+18");
}

TEST_F(ConstantTest, Representability) {
  auto B = [&](BasicKind K) { return Types.getBasic(K); };
  const Constant *R = nullptr;
  EXPECT_FALSE(C.representable(i("300"), Types.getByte(), &R));
  EXPECT_TRUE(C.representable(i("255"), Types.getByte(), &R));
  EXPECT_FALSE(C.representable(i("-1"), B(BasicKind::Uint), &R));
  EXPECT_TRUE(C.representable(i("-128"), B(BasicKind::Int8), &R));
  EXPECT_FALSE(C.representable(i("128"), B(BasicKind::Int8), &R));
  EXPECT_TRUE(C.representable(i("0xffffffffffffffff"), B(BasicKind::Uint64),
                              &R));
  EXPECT_FALSE(C.representable(i("0xffffffffffffffff"), B(BasicKind::Int),
                               &R));
  EXPECT_TRUE(C.representable(f("3.0"), B(BasicKind::Int), &R));
  EXPECT_EQ(R->getKind(), ConstKind::Int);
  EXPECT_FALSE(C.representable(f("1.5"), B(BasicKind::Int), &R));
  EXPECT_FALSE(C.representable(f("1e1000"), B(BasicKind::Float64), &R));
  EXPECT_TRUE(C.representable(f("1e308"), B(BasicKind::Float64), &R));
  EXPECT_FALSE(C.representable(f("1e39"), B(BasicKind::Float32), &R));
  // float32 overflows only when the value rounds to infinity: gc rejects
  // 3.4028235e38 * 1.0000001 but accepts 3.4028235e38 * 1.00000001.
  const Constant *Max32 = f("3.4028235e38");
  EXPECT_FALSE(C.representable(bin(Max32, Operator::Mul, f("1.0000001")),
                               B(BasicKind::Float32), &R));
  EXPECT_EQ(str(bin(Max32, Operator::Mul, f("1.0000001"))), "3.40282e+38");
  EXPECT_TRUE(C.representable(bin(Max32, Operator::Mul, f("1.00000001")),
                              B(BasicKind::Float32), &R));
  // Rounded to float32 precision: 0.1 becomes float32(0.1).
  EXPECT_TRUE(C.representable(f("0.1"), B(BasicKind::Float32), &R));
  EXPECT_EQ(R->getDouble(), double(0.1f));
  EXPECT_TRUE(C.representable(f("1e-50"), B(BasicKind::Float32), &R));
  EXPECT_EQ(R->getDouble(), 0.0);
  EXPECT_TRUE(C.representable(i("1"), B(BasicKind::Float32), &R));
  EXPECT_EQ(R->getKind(), ConstKind::Float);
  EXPECT_TRUE(C.representable(f("1e1000"), B(BasicKind::UntypedFloat), &R));
  EXPECT_TRUE(C.representable(C.getString("x"), B(BasicKind::String), &R));
  EXPECT_FALSE(C.representable(C.getString("x"), B(BasicKind::Int), &R));
  EXPECT_TRUE(C.representable(C.getBool(true), B(BasicKind::Bool), &R));
}

TEST_F(ConstantTest, HugeExponents) {
  // Beyond a rational's 4096-bit range literals are 512-bit binary floats
  // with big.Float's int32 exponent; they overflow (Unknown) only past
  // 2^2147483647 and underflow to 0 below 2^-2147483648.
  EXPECT_EQ(str(f("1e646456992")), "1e+646456992");
  EXPECT_EQ(str(f("1e64645")), "1e+64645");
  EXPECT_EQ(str(f("1e-10000")), "1e-10000");
  EXPECT_EQ(str(f("1e-1000000")), "1e-1000000");
  EXPECT_EQ(str(f("1.23456789e-10000")), "1.23457e-10000");
  EXPECT_EQ(str(f("1.23456789e10000000")), "1.23457e+10000000");
  EXPECT_EQ(str(f("0x1p1000000000")), "4.61298e+301029995");
  EXPECT_EQ(str(C.unaryOp(Operator::Sub, f("1e646456992"), 0)),
            "-1e+646456992");
  EXPECT_TRUE(f("1e646456993")->isUnknown());
  EXPECT_TRUE(f("0x1p3000000000")->isUnknown());
  EXPECT_TRUE(f("1e99999999999999")->isUnknown());
  EXPECT_EQ(str(f("1e-646456994")), "0");
  EXPECT_EQ(f("1e-646456994")->sign(), 0);
  EXPECT_EQ(f("1e-99999999999999")->sign(), 0);
  EXPECT_EQ(C.unaryOp(Operator::Sub, f("0x1p-100000"), 0)->sign(), -1);
  // The boundary to rationals is go/constant's (a MantExp below 4096):
  // 2^4094 is rational, 2^4095 is not; both print with the approximate
  // decimal exponent.
  EXPECT_EQ(str(f("0x1p4095")), "5.22194e+1232");
  EXPECT_EQ(str(f("0x1p4096")), "1.04439e+1233");
  EXPECT_TRUE(C.toInt(f("0x1p4094"))->getKind() == ConstKind::Int);
  EXPECT_TRUE(C.toInt(f("0x1p4095"))->isUnknown());
  EXPECT_TRUE(C.toInt(f("1e646456992"))->isUnknown());
  EXPECT_TRUE(C.toInt(f("1e-1000000"))->isUnknown());
  EXPECT_FALSE(f("1e646456992")->getInt64());
  EXPECT_TRUE(std::isinf(f("1e646456992")->getDouble()));
  EXPECT_EQ(f("1e-1000000")->getDouble(), 0.0);
  // Overflowing the exponent is Unknown (types2: "constant result is not
  // representable").
  const Constant *A = f("1e500000000");
  EXPECT_TRUE(bin(A, Operator::Mul, A)->isUnknown());
  EXPECT_EQ(str(bin(A, Operator::Div, A)), "1");
  EXPECT_EQ(str(bin(f("1e100000000"), Operator::Div, i("3"))),
            "3.33333e+99999999");
  EXPECT_TRUE(C.compare(f("1e100000000"), Operator::Gtr, f("1e99999999")));
  EXPECT_TRUE(C.compare(f("1e-5000"), Operator::Lss, f("2e-5000")));
  const Constant *NegBig = C.unaryOp(Operator::Sub, f("1e5000"), 0);
  EXPECT_TRUE(C.compare(NegBig, Operator::Lss,
                        C.unaryOp(Operator::Sub, f("1e4999"), 0)));
  EXPECT_TRUE(C.compare(NegBig, Operator::Lss, f("1e-5000")));
  EXPECT_TRUE(C.compare(NegBig, Operator::Lss, i("-1")));
  EXPECT_TRUE(C.compare(f("1e5000"), Operator::Eql, f("10e4999")));
}

TEST_F(ConstantTest, WideFloatArithmetic) {
  // Mixing rationals and wide floats: rationals are rounded to 512 bits.
  EXPECT_EQ(str(bin(f("0.5"), Operator::Mul, f("1e5000"))), "5e+4999");
  EXPECT_EQ(str(bin(f("1.5e-5000"), Operator::Mul, f("3e5000"))), "4.5");
  EXPECT_EQ(str(bin(bin(f("1e5000"), Operator::Div, f("1e4997")),
                    Operator::Add, f("0.5"))),
            "1000.5");
  EXPECT_EQ(str(bin(f("1e-1000000"), Operator::Mul, f("1e1000000"))), "1");
  EXPECT_TRUE(C.compare(bin(f("1e5000"), Operator::Sub, i("1")),
                        Operator::Eql, f("1e5000")));
  EXPECT_EQ(str(bin(bin(f("1e5000"), Operator::Add, i("1")), Operator::Sub,
                    f("1e5000"))),
            "0");
  EXPECT_EQ(bin(f("1e5000"), Operator::Sub, f("1e5000"))->sign(), 0);
  EXPECT_EQ(str(bin(f("1e4000"), Operator::Sub, f("1e5000"))),
            "-1e+5000");
  // A rational whose parts outgrow 4096 bits becomes a wide float.
  const Constant *Tiny = bin(i("1"), Operator::Div, f("0x1p4095"));
  EXPECT_EQ(str(bin(Tiny, Operator::Mul, Tiny)), "3.66721e-2466");
  // Round to nearest even at 512 bits: 2^5000 has an ulp of 2^4489.
  const Constant *P = f("0x1p5000");
  EXPECT_TRUE(C.compare(bin(P, Operator::Add, f("0x1p4488")), Operator::Eql,
                        P));
  EXPECT_TRUE(C.compare(
      bin(bin(P, Operator::Add, f("0x1.000001p4488")), Operator::Sub, P),
      Operator::Eql, f("0x1p4489")));
  EXPECT_TRUE(C.compare(
      bin(bin(P, Operator::Add, f("0x3p4488")), Operator::Sub, P),
      Operator::Eql, f("0x1p4490")));
  // Below 2^5000 the ulp halves: subtracting a tiny value rounds to even.
  EXPECT_TRUE(C.compare(bin(P, Operator::Sub, f("0x1p10")), Operator::Eql,
                        P));
  EXPECT_TRUE(C.compare(bin(P, Operator::Sub, f("0x1p4488")), Operator::Lss,
                        P));
  // ToInt tolerates rounding errors in the last bits (go/constant's
  // delta), within a rational's exponent range.
  const Constant *Q = bin(f("1e5000"), Operator::Div, f("1e4990"));
  ASSERT_EQ(C.toInt(Q)->getKind(), ConstKind::Int);
  EXPECT_EQ(str(C.toInt(Q)), "10000000000");
  EXPECT_EQ(Q->getInt64(), 10000000000);
  EXPECT_TRUE(C.toInt(bin(Q, Operator::Add, f("0.5")))->isUnknown());
  EXPECT_EQ(str(C.shift(Q, Operator::Shl, 1)), "20000000000");
}

TEST_F(ConstantTest, WideFloatRepresentability) {
  auto B = [&](BasicKind K) { return Types.getBasic(K); };
  const Constant *R = nullptr;
  EXPECT_FALSE(C.representable(f("1e646456992"), B(BasicKind::Float64), &R));
  EXPECT_FALSE(C.representable(f("1e646456992"), B(BasicKind::Float32), &R));
  EXPECT_FALSE(C.representable(C.unaryOp(Operator::Sub, f("1e5000"), 0),
                               B(BasicKind::Float64), &R));
  EXPECT_TRUE(C.representable(f("1e646456992"), B(BasicKind::UntypedFloat),
                              &R));
  EXPECT_FALSE(C.representable(f("1e646456992"), B(BasicKind::Int64), &R));
  EXPECT_FALSE(C.representable(f("1e-10000"), B(BasicKind::Int64), &R));
  // Underflow is representable, as zero.
  R = nullptr;
  EXPECT_TRUE(C.representable(f("1e-1000000"), B(BasicKind::Float64), &R));
  ASSERT_TRUE(R);
  EXPECT_EQ(R->getDouble(), 0.0);
  EXPECT_TRUE(C.representable(f("-1e-5000"), B(BasicKind::Float32), &R));
  EXPECT_EQ(R->getDouble(), 0.0);
  // Wide floats brought back into range round like any other value.
  const Constant *Q = bin(f("1e5000"), Operator::Div, f("3e4999"));
  EXPECT_TRUE(C.representable(Q, B(BasicKind::Float64), &R));
  EXPECT_EQ(R->getDouble(), 10.0 / 3);
  EXPECT_TRUE(C.representable(Q, B(BasicKind::Float32), &R));
  EXPECT_EQ(R->getDouble(), double(10.0f / 3));
  const Constant *Max = bin(bin(f("1e5000"), Operator::Div, f("1e5000")),
                            Operator::Mul, f("3.4028235e38"));
  EXPECT_TRUE(C.representable(Max, B(BasicKind::Float32), &R));
  EXPECT_FALSE(C.representable(bin(Max, Operator::Mul, f("1.0000001")),
                               B(BasicKind::Float32), &R));
  EXPECT_TRUE(C.representable(bin(Max, Operator::Mul, f("1e269")),
                              B(BasicKind::Float64), &R));
  EXPECT_FALSE(C.representable(bin(Max, Operator::Mul, f("1e271")),
                               B(BasicKind::Float64), &R));
}
