//===- Constant.cpp - Exact Go constant values ----------------------------===//
//
// go/constant's model, in C++:
//
//  - Int: an llvm::APInt read as signed, kept at its minimal width and
//    widened before every operation, so arithmetic never wraps. Results of
//    operations wider than 512 bits (the magnitude's bit length, types2's
//    limit for untyped integers) become Unknown: the checker reports
//    "constant overflow". Literals are not limited.
//  - Float: an exact rational Num/Den (Den > 0, reduced) while both parts
//    stay below 4096 bits (go/constant's maxExp), otherwise a wide binary
//    float like go/constant's big.Float: a 512-bit APInt mantissa and an
//    int64 exponent, rounded to nearest even. As in big.Float, exponents
//    beyond the int32 range overflow to infinity (Unknown) or underflow to
//    zero.
//
// Rounding a rational to float32/float64 is done once and correctly (round
// to nearest even, overflow to infinity): the quotient is computed with
// far more bits than the target keeps plus a sticky bit and handed to
// APFloat's hexadecimal parser, which rounds exactly.
//
// Printing is go/constant's String(): integers in full, floats with six
// significant digits (`%.6g`, or an approximate mantissa and decimal
// exponent outside float64's range), strings quoted and cut after 72
// characters.
//
//===----------------------------------------------------------------------===//

#include "goscape/AST/Constant.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Format.h"

#include <cmath>
#include <cstdio>

using namespace goscape;
using llvm::APFloat;
using llvm::APInt;

static constexpr unsigned MaxIntBits = 512;
static constexpr unsigned MaxRatBits = 4096;

//===----------------------------------------------------------------------===//
// Wide binary floats: go/constant's big.Float with 512-bit precision
//===----------------------------------------------------------------------===//

namespace {
/// A finite binary float (-1)^Neg * M * 2^E with M either zero or exactly
/// WPrec bits wide with its top bit set (big.Float with prec 512, rounding
/// to nearest even). The exponent is an int64; like big.Float, results
/// whose mantissa exponent (MantExp, |M * 2^E| = m * 2^MantExp with m in
/// [0.5, 1)) leaves the int32 range overflow to infinity or underflow to 0.
struct WFloat {
  bool Neg = false;
  bool Inf = false;
  APInt M{1, 0};
  int64_t E = 0;
  bool isZero() const { return !Inf && M.isZero(); }
  /// big.Float's MantExp exponent (0 for zero).
  int64_t mantExp() const {
    return isZero() ? 0 : E + int64_t(M.getBitWidth());
  }
};
} // namespace

namespace {
struct BoolConst : Constant {
  explicit BoolConst(bool V) : Constant(ConstKind::Bool), V(V) {}
  bool V;
};
struct StringConst : Constant {
  explicit StringConst(llvm::StringRef V) : Constant(ConstKind::String), V(V) {}
  llvm::StringRef V;
};
struct IntConst : Constant {
  explicit IntConst(APInt V) : Constant(ConstKind::Int), V(std::move(V)) {}
  APInt V; // Signed.
};
struct FloatConst : Constant {
  FloatConst(APInt N, APInt D)
      : Constant(ConstKind::Float), IsRat(true), Num(std::move(N)),
        Den(std::move(D)) {}
  explicit FloatConst(WFloat F)
      : Constant(ConstKind::Float), IsRat(false), Big(std::move(F)) {}
  bool IsRat;
  APInt Num, Den; // When IsRat: signed Num, positive Den, reduced.
  WFloat Big;     // Otherwise: finite, nonzero.
};
struct UnknownConst : Constant {
  UnknownConst() : Constant(ConstKind::Unknown) {}
};
} // namespace

//===----------------------------------------------------------------------===//
// APInt helpers: signed values of any width.
//===----------------------------------------------------------------------===//

static APInt shrink(const APInt &V) {
  unsigned W = std::max(1u, V.getSignificantBits());
  return W == V.getBitWidth() ? V : V.trunc(W);
}
static APInt ext(const APInt &V, unsigned W) {
  return V.getBitWidth() >= W ? V : V.sext(W);
}
static unsigned widthOf(const APInt &A, const APInt &B) {
  return std::max(A.getBitWidth(), B.getBitWidth());
}
/// Bit length of |V| (go/constant's BitLen).
static unsigned bitLen(const APInt &V) {
  if (!V.isNegative())
    return V.getActiveBits();
  return ext(V, V.getBitWidth() + 1).abs().getActiveBits();
}
static APInt absVal(const APInt &V) {
  return ext(V, V.getBitWidth() + 1).abs();
}
static int cmpInt(const APInt &A, const APInt &B) {
  unsigned W = widthOf(A, B);
  APInt X = ext(A, W), Y = ext(B, W);
  return X.slt(Y) ? -1 : X == Y ? 0 : 1;
}
static APInt addInt(const APInt &A, const APInt &B) {
  unsigned W = widthOf(A, B) + 1;
  return shrink(ext(A, W) + ext(B, W));
}
static APInt subInt(const APInt &A, const APInt &B) {
  unsigned W = widthOf(A, B) + 1;
  return shrink(ext(A, W) - ext(B, W));
}
static APInt mulInt(const APInt &A, const APInt &B) {
  unsigned W = A.getBitWidth() + B.getBitWidth();
  return shrink(ext(A, W) * ext(B, W));
}
static APInt negInt(const APInt &A) {
  return shrink(-ext(A, A.getBitWidth() + 1));
}
/// Greatest common divisor of |A| and |B| (B != 0).
static APInt gcdInt(const APInt &A, const APInt &B) {
  unsigned W = widthOf(A, B) + 1;
  APInt X = ext(A, W).abs(), Y = ext(B, W).abs();
  return llvm::APIntOps::GreatestCommonDivisor(X, Y);
}

static constexpr unsigned WPrec = 512;

/// (-1)^Neg * (Mag + Sticky * epsilon) * 2^E2 rounded to nearest even with
/// Prec bits (Mag unsigned; Sticky requires Mag to have more than Prec
/// bits). CheckRange applies big.Float's int32 exponent range.
static WFloat roundW(bool Neg, APInt Mag, int64_t E2, bool Sticky,
                     unsigned Prec = WPrec, bool CheckRange = true) {
  WFloat R;
  R.Neg = Neg;
  unsigned N = Mag.getActiveBits();
  if (N == 0) {
    R.Neg = false;
    R.M = APInt(Prec, 0);
    return R;
  }
  if (N > Prec) {
    unsigned Shift = N - Prec;
    bool Half = Mag[Shift - 1];
    bool Rest = Sticky || (Shift > 1 && Mag.countr_zero() < Shift - 1);
    APInt Q = Mag.lshr(Shift).trunc(Prec + 1);
    E2 += Shift;
    if (Half && (Rest || Q[0]))
      Q += 1;
    if (Q[Prec]) {
      Q.lshrInPlace(1);
      ++E2;
    }
    R.M = Q.trunc(Prec);
  } else {
    R.M = Mag.zextOrTrunc(Prec).shl(Prec - N);
    E2 -= int64_t(Prec - N);
  }
  R.E = E2;
  if (CheckRange) {
    int64_t ME = R.mantExp();
    if (ME > int64_t(INT32_MAX)) {
      R.Inf = true;
    } else if (ME < int64_t(INT32_MIN)) {
      R.Neg = false;
      R.M = APInt(Prec, 0);
      R.E = 0;
    }
  }
  return R;
}

/// Num/Den (Den > 0) rounded correctly to Prec bits.
static WFloat ratToW(const APInt &Num, const APInt &Den, int64_t Scale = 0,
                     unsigned Prec = WPrec, bool CheckRange = true) {
  if (Num.isZero())
    return roundW(false, APInt(1, 0), 0, false, Prec);
  APInt A = absVal(Num);
  APInt D = ext(Den, Den.getBitWidth() + 1);
  int64_t K = int64_t(Prec) + 2 + int64_t(D.getActiveBits()) -
              int64_t(A.getActiveBits());
  if (K < 0)
    K = 0;
  unsigned W = std::max(A.getActiveBits() + unsigned(K), D.getActiveBits()) + 1;
  APInt Q(W, 0), R(W, 0);
  APInt::udivrem(A.zextOrTrunc(W).shl(unsigned(K)), D.zextOrTrunc(W), Q, R);
  return roundW(Num.isNegative(), Q, Scale - K, !R.isZero(), Prec,
                CheckRange);
}

static WFloat mulW(const WFloat &A, const WFloat &B, unsigned Prec = WPrec,
                   bool CheckRange = true) {
  unsigned W = A.M.getBitWidth() + B.M.getBitWidth();
  if (A.isZero() || B.isZero())
    return roundW(false, APInt(1, 0), 0, false, Prec);
  return roundW(A.Neg != B.Neg, A.M.zext(W) * B.M.zext(W), A.E + B.E, false,
                Prec, CheckRange);
}

/// A / B for nonzero B.
static WFloat quoW(const WFloat &A, const WFloat &B, unsigned Prec = WPrec,
                   bool CheckRange = true) {
  if (A.isZero())
    return roundW(false, APInt(1, 0), 0, false, Prec);
  unsigned K = B.M.getBitWidth() + Prec + 2;
  unsigned W = A.M.getBitWidth() + K + 1;
  APInt Q(W, 0), R(W, 0);
  APInt::udivrem(A.M.zext(W).shl(K), B.M.zext(W), Q, R);
  return roundW(A.Neg != B.Neg, Q, A.E - B.E - int64_t(K), !R.isZero(), Prec,
                CheckRange);
}

/// A + B, or A - B when SubB.
static WFloat addW(WFloat A, WFloat B, bool SubB) {
  if (SubB)
    B.Neg = !B.Neg;
  if (B.isZero())
    return A;
  if (A.isZero())
    return B;
  if (A.E < B.E)
    std::swap(A, B);
  // Far below half an ulp of A, B only decides the rounding direction: any
  // smaller nonzero value of its sign rounds the same way.
  int64_t D = A.E - B.E;
  unsigned Gap = A.M.getBitWidth() + 8;
  if (D > int64_t(Gap)) {
    B.M = APInt(1, 1);
    B.E = A.E - Gap;
    D = Gap;
  }
  unsigned W = std::max(A.M.getBitWidth() + unsigned(D),
                        B.M.getBitWidth()) + 2;
  APInt X = A.M.zext(W).shl(unsigned(D)), Y = B.M.zextOrTrunc(W);
  if (A.Neg == B.Neg)
    return roundW(A.Neg, X + Y, B.E, false);
  if (X.uge(Y))
    return roundW(A.Neg, X - Y, B.E, false);
  return roundW(B.Neg, Y - X, B.E, false);
}

static int cmpW(const WFloat &A, const WFloat &B) {
  int SA = A.isZero() ? 0 : A.Neg ? -1 : 1;
  int SB = B.isZero() ? 0 : B.Neg ? -1 : 1;
  if (SA != SB || SA == 0)
    return SA < SB ? -1 : SA > SB ? 1 : 0;
  int Mag;
  if (A.mantExp() != B.mantExp()) {
    Mag = A.mantExp() < B.mantExp() ? -1 : 1;
  } else {
    unsigned W = std::max(A.M.getBitWidth(), B.M.getBitWidth());
    APInt X = A.M.zext(W).shl(W - A.M.getBitWidth());
    APInt Y = B.M.zext(W).shl(W - B.M.getBitWidth());
    Mag = X.ult(Y) ? -1 : X == Y ? 0 : 1;
  }
  return SA * Mag;
}

/// A rounded (once, to nearest even) to an IEEE format, with overflow to
/// infinity and underflow to zero.
static APFloat wToSem(const WFloat &A, const llvm::fltSemantics &Sem) {
  if (A.isZero())
    return APFloat::getZero(Sem);
  if (A.Inf || A.mantExp() > 100000)
    return APFloat::getInf(Sem, A.Neg);
  if (A.mantExp() < -100000)
    return APFloat::getZero(Sem, A.Neg);
  llvm::SmallString<160> S;
  if (A.Neg)
    S += '-';
  S += "0x";
  A.M.toString(S, 16, /*Signed=*/false, /*formatAsCLiteral=*/false);
  S += 'p';
  S += std::to_string(A.E);
  APFloat F(Sem);
  auto Res = F.convertFromString(S, APFloat::rmNearestTiesToEven);
  if (!Res)
    llvm::consumeError(Res.takeError()); // Cannot happen: well-formed hex.
  return F;
}

/// 10^N with Prec bits, by repeated squaring (like big.Float's pow5: not
/// always correctly rounded, but with extra bits to spare).
static WFloat pow10W(uint64_t N, unsigned Prec) {
  WFloat R = roundW(false, APInt(2, 1), 0, false, Prec, false);
  WFloat B = roundW(false, APInt(8, 10), 0, false, Prec, false);
  while (N) {
    if (N & 1)
      R = mulW(R, B, Prec, false);
    N >>= 1;
    if (N)
      B = mulW(B, B, Prec, false);
  }
  return R;
}

/// B^N exactly, by repeated squaring.
static APInt powIntFast(unsigned Base, uint64_t N) {
  APInt R(2, 1), B = shrink(APInt(33, Base));
  while (N) {
    if (N & 1)
      R = mulInt(R, B);
    N >>= 1;
    if (N)
      B = mulInt(B, B);
  }
  return R;
}

/// The integer value of A if it is one (go/constant's ToInt on a float:
/// only for exponents a rational could hold, and tolerating rounding
/// errors in the last few bits).
static std::optional<APInt> wToInt(const WFloat &A) {
  if (A.isZero())
    return APInt(1, 0);
  int64_t ME = A.mantExp();
  if (ME <= -int64_t(MaxRatBits) || ME >= int64_t(MaxRatBits))
    return std::nullopt;
  auto Exact = [&](APInt M) -> std::optional<APInt> {
    // M is unsigned (WPrec or WPrec + 1 bits); value M * 2^A.E.
    APInt V;
    if (A.E >= 0) {
      V = M.zext(M.getBitWidth() + unsigned(A.E) + 1).shl(unsigned(A.E));
    } else {
      if (int64_t(M.countr_zero()) < -A.E)
        return std::nullopt;
      V = M.zext(M.getBitWidth() + 1).lshr(unsigned(-A.E));
    }
    V = shrink(V.zext(V.getBitWidth() + 1));
    return A.Neg ? negInt(V) : V;
  };
  if (auto V = Exact(A.M))
    return V;
  // Round to WPrec - 4 bits toward zero, then away from zero.
  constexpr unsigned Delta = 4;
  APInt Low = APInt::getLowBitsSet(WPrec, Delta);
  APInt Down = A.M & ~Low;
  if (auto V = Exact(Down))
    return V;
  if ((A.M & Low).isZero())
    return std::nullopt;
  APInt Up = Down.zext(WPrec + 1) + APInt(WPrec + 1, 1u << Delta);
  return Exact(Up);
}

//===----------------------------------------------------------------------===//
// Rounding rationals to binary floats
//===----------------------------------------------------------------------===//

/// Num/Den * 2^Scale rounded to nearest even in semantics Sem (Den > 0).
static APFloat roundRat(const APInt &Num, const APInt &Den, int64_t Scale,
                        const llvm::fltSemantics &Sem) {
  if (Num.isZero())
    return APFloat::getZero(Sem);
  bool Neg = Num.isNegative();
  // Fast path: when both parts are exact in the target's significand, one
  // IEEE division rounds the quotient correctly (and it can neither
  // overflow nor become subnormal).
  if (Scale == 0 && Num.getSignificantBits() <= 54 &&
      Den.getActiveBits() <= 53) {
    int64_t N64 = Num.getSExtValue();
    uint64_t D64 = Den.getZExtValue();
    uint64_t AbsN = Neg ? 0 - uint64_t(N64) : uint64_t(N64);
    if (&Sem == &APFloat::IEEEdouble() && AbsN < (uint64_t(1) << 53))
      return APFloat(double(N64) / double(D64));
    if (&Sem == &APFloat::IEEEsingle() && AbsN < (uint64_t(1) << 24) &&
        D64 < (uint64_t(1) << 24))
      return APFloat(float(N64) / float(D64));
  }
  APInt N = absVal(Num), D = ext(Den, Den.getBitWidth() + 1);
  // Shift N left by K so the quotient has >= 240 bits; keep a sticky bit.
  int64_t K = 240 + int64_t(D.getActiveBits()) - int64_t(N.getActiveBits());
  if (K < 0)
    K = 0;
  unsigned W = std::max(N.getActiveBits() + unsigned(K), D.getActiveBits()) + 2;
  APInt NS = N.zext(W).shl(unsigned(K));
  APInt DS = D.zextOrTrunc(W);
  APInt Q(W, 0), R(W, 0);
  APInt::udivrem(NS, DS, Q, R);
  if (!R.isZero()) {
    Q = Q.zext(W + 1).shl(1);
    Q.setBit(0);
    ++K;
  }
  llvm::SmallString<160> S;
  if (Neg)
    S += '-';
  S += "0x";
  Q.toString(S, 16, /*Signed=*/false, /*formatAsCLiteral=*/false);
  S += 'p';
  int64_t E = Scale - K;
  S += std::to_string(E);
  APFloat F(Sem);
  auto Res = F.convertFromString(S, APFloat::rmNearestTiesToEven);
  if (!Res)
    llvm::consumeError(Res.takeError()); // Cannot happen: well-formed hex.
  return F;
}

static APFloat toSem(const FloatConst *F, const llvm::fltSemantics &Sem) {
  if (F->IsRat)
    return roundRat(F->Num, F->Den, 0, Sem);
  return wToSem(F->Big, Sem);
}

/// The exact rational value of a finite binary float.
static void exactRat(const APFloat &F, APInt &Num, APInt &Den) {
  if (F.isZero()) {
    Num = APInt(1, 0);
    Den = APInt(2, 1);
    return;
  }
  int Exp;
  APFloat M = llvm::frexp(F, Exp, APFloat::rmNearestTiesToEven);
  // M in [0.5, 1): M * 2^P is an integer for P = precision.
  unsigned P = llvm::APFloat::semanticsPrecision(F.getSemantics());
  M = llvm::scalbn(M, int(P), APFloat::rmNearestTiesToEven);
  llvm::APSInt I(P + 2, /*isUnsigned=*/false);
  bool Exact;
  M.convertToInteger(I, APFloat::rmTowardZero, &Exact);
  APInt V = shrink(I);
  int64_t E = int64_t(Exp) - int64_t(P);
  if (E >= 0) {
    Num = shrink(ext(V, V.getBitWidth() + unsigned(E)).shl(unsigned(E)));
    Den = APInt(2, 1);
    return;
  }
  APInt One(unsigned(-E) + 2, 1);
  APInt D = One.shl(unsigned(-E));
  APInt G = gcdInt(V, D);
  unsigned W = std::max(V.getBitWidth(), D.getBitWidth()) + 1;
  Num = shrink(ext(V, W).sdiv(G.zextOrTrunc(W)));
  Den = shrink(ext(D, W).udiv(G.zextOrTrunc(W)));
}

//===----------------------------------------------------------------------===//
// Constant accessors
//===----------------------------------------------------------------------===//

bool Constant::getBool() const {
  assert(Kind == ConstKind::Bool && "not a bool constant");
  return static_cast<const BoolConst *>(this)->V;
}

llvm::StringRef Constant::getString() const {
  assert(Kind == ConstKind::String && "not a string constant");
  return static_cast<const StringConst *>(this)->V;
}

/// The integer value of an Int or integral rational Float.
static std::optional<APInt> integerValue(const Constant *C) {
  if (C->getKind() == ConstKind::Int)
    return static_cast<const IntConst *>(C)->V;
  if (C->getKind() != ConstKind::Float)
    return std::nullopt;
  auto *F = static_cast<const FloatConst *>(C);
  if (F->IsRat)
    return F->Den.isOne() ? std::optional<APInt>(F->Num) : std::nullopt;
  return wToInt(F->Big);
}

std::optional<int64_t> Constant::getInt64() const {
  std::optional<APInt> V = integerValue(this);
  if (!V || V->getSignificantBits() > 64)
    return std::nullopt;
  return V->getSExtValue();
}

std::optional<uint64_t> Constant::getUint64() const {
  std::optional<APInt> V = integerValue(this);
  if (!V || V->isNegative() || V->getActiveBits() > 64)
    return std::nullopt;
  return V->getZExtValue();
}

double Constant::getDouble() const {
  switch (Kind) {
  case ConstKind::Int: {
    const APInt &V = static_cast<const IntConst *>(this)->V;
    return roundRat(V, APInt(2, 1), 0, APFloat::IEEEdouble()).convertToDouble();
  }
  case ConstKind::Float:
    return toSem(static_cast<const FloatConst *>(this), APFloat::IEEEdouble())
        .convertToDouble();
  case ConstKind::Unknown:
  case ConstKind::Bool:
  case ConstKind::String:
    return 0;
  }
  llvm_unreachable("covered switch over constant kinds");
}

/// go/constant's float String(): `%.6g` inside float64's range, else an
/// approximate `%.6ge%+d` from the binary mantissa and exponent.
static void printFloat(llvm::raw_ostream &OS, const FloatConst *F) {
  APFloat D = toSem(F, APFloat::IEEEdouble());
  bool IsZero = F->IsRat && F->Num.isZero();
  if (D.isZero() == IsZero && !D.isInfinity()) {
    char Buf[64];
    snprintf(Buf, sizeof(Buf), "%.6g", D.convertToDouble());
    OS << Buf;
    return;
  }
  // Out of float64's range: x = M * 2^Exp with 0.5 <= |M| < 1.
  double M;
  int64_t Exp;
  if (F->IsRat) {
    Exp = int64_t(bitLen(F->Num)) - int64_t(F->Den.getActiveBits());
    // |x| / 2^Exp is in [0.5, 2); normalise to [0.5, 1).
    M = roundRat(F->Num, F->Den, -Exp, APFloat::IEEEdouble()).convertToDouble();
    if (std::fabs(M) >= 1) {
      ++Exp;
      M = roundRat(F->Num, F->Den, -Exp, APFloat::IEEEdouble())
              .convertToDouble();
    }
  } else {
    // big.Float's MantExp: the mantissa as a float64 in [0.5, 1).
    WFloat Mant = F->Big;
    Mant.E = -int64_t(Mant.M.getBitWidth());
    M = wToSem(Mant, APFloat::IEEEdouble()).convertToDouble();
    Exp = F->Big.mantExp();
  }
  double Dec = double(Exp) * (M_LN2 / M_LN10);
  int64_t E10 = int64_t(Dec);
  M *= std::pow(10.0, Dec - double(E10));
  double AM = std::fabs(M);
  if (AM < 1 - 0.5e-6) {
    M *= 10;
    --E10;
  } else if (AM >= 10) {
    M /= 10;
    ++E10;
  }
  char Buf[64];
  snprintf(Buf, sizeof(Buf), "%.6ge%+lld", M, (long long)E10);
  OS << Buf;
}

void Constant::print(llvm::raw_ostream &OS) const {
  switch (Kind) {
  case ConstKind::Unknown:
    OS << "unknown";
    return;
  case ConstKind::Bool:
    OS << (getBool() ? "true" : "false");
    return;
  case ConstKind::String: {
    std::string Q;
    llvm::raw_string_ostream QS(Q);
    writeGoQuoted(QS, getString());
    QS.flush();
    // Cut after 69 runes and add "..." when longer than 72 runes.
    constexpr unsigned MaxLen = 72;
    unsigned Runes = 0;
    for (char C : Q)
      Runes += (C & 0xC0) != 0x80;
    if (Runes > MaxLen) {
      size_t I = 0;
      for (unsigned N = 0; N < MaxLen - 3; ++N) {
        ++I;
        while (I < Q.size() && (Q[I] & 0xC0) == 0x80)
          ++I;
      }
      Q.resize(I);
      Q += "...";
    }
    OS << Q;
    return;
  }
  case ConstKind::Int: {
    llvm::SmallString<40> S;
    static_cast<const IntConst *>(this)->V.toString(S, 10, /*Signed=*/true);
    OS << S;
    return;
  }
  case ConstKind::Float:
    printFloat(OS, static_cast<const FloatConst *>(this));
    return;
  }
  llvm_unreachable("covered switch over constant kinds");
}

std::string Constant::toString() const {
  std::string S;
  llvm::raw_string_ostream OS(S);
  print(OS);
  return S;
}

int Constant::sign() const {
  switch (Kind) {
  case ConstKind::Int: {
    const APInt &V = static_cast<const IntConst *>(this)->V;
    return V.isNegative() ? -1 : V.isZero() ? 0 : 1;
  }
  case ConstKind::Float: {
    auto *F = static_cast<const FloatConst *>(this);
    if (F->IsRat)
      return F->Num.isNegative() ? -1 : F->Num.isZero() ? 0 : 1;
    return F->Big.isZero() ? 0 : F->Big.Neg ? -1 : 1;
  }
  case ConstKind::Unknown:
  case ConstKind::Bool:
  case ConstKind::String:
    return 1;
  }
  llvm_unreachable("covered switch over constant kinds");
}

std::optional<llvm::APInt> Constant::getAPInt() const {
  return integerValue(this);
}

unsigned Constant::getBitLen() const {
  if (Kind != ConstKind::Int)
    return 0;
  return bitLen(static_cast<const IntConst *>(this)->V);
}

//===----------------------------------------------------------------------===//
// ConstantContext
//===----------------------------------------------------------------------===//

struct ConstantContext::Impl {
  llvm::BumpPtrAllocator Arena;
  llvm::SpecificBumpPtrAllocator<IntConst> Ints;
  llvm::SpecificBumpPtrAllocator<FloatConst> Floats;
  UnknownConst Unknown;
  BoolConst True{true}, False{false};

  const Constant *makeInt(APInt V) {
    return new (Ints.Allocate()) IntConst(shrink(V));
  }
  /// An operation's integer result; Unknown beyond 512 bits.
  const Constant *intResult(APInt V) {
    if (bitLen(V) > MaxIntBits)
      return &Unknown;
    return makeInt(std::move(V));
  }
  /// go/constant's makeFloat: infinity is Unknown, zero the rational 0.
  const Constant *makeBig(WFloat F) {
    if (F.Inf)
      return &Unknown;
    if (F.isZero())
      return makeRatExact(APInt(1, 0), APInt(2, 1));
    return new (Floats.Allocate()) FloatConst(std::move(F));
  }
  /// Reduces N/D to lowest terms with a positive denominator.
  static void reduceRat(APInt &N, APInt &D) {
    assert(!D.isZero() && "zero denominator");
    if (D.isNegative()) {
      N = negInt(N);
      D = negInt(D);
    }
    if (N.isZero()) {
      N = APInt(1, 0);
      D = APInt(2, 1);
      return;
    }
    APInt G = gcdInt(N, D);
    if (!G.isOne()) {
      unsigned W = widthOf(N, D) + 1;
      APInt GW = G.zextOrTrunc(W);
      N = ext(N, W).sdiv(GW);
      D = ext(D, W).sdiv(GW);
    }
    N = shrink(N);
    D = shrink(D);
  }
  /// N/D reduced, kept as a rational whatever its size (a literal within
  /// big.Float's small exponent range, as go/constant's Rat.SetString).
  const Constant *makeRatExact(APInt N, APInt D) {
    reduceRat(N, D);
    return new (Floats.Allocate()) FloatConst(std::move(N), std::move(D));
  }
  /// go/constant's makeRat: reduce, stay rational while small.
  const Constant *makeRat(APInt N, APInt D) {
    reduceRat(N, D);
    if (bitLen(N) < MaxRatBits && D.getActiveBits() < MaxRatBits)
      return new (Floats.Allocate()) FloatConst(std::move(N), std::move(D));
    return makeBig(ratToW(N, D));
  }
};

ConstantContext::ConstantContext() : P(new Impl) {}
ConstantContext::~ConstantContext() { delete P; }

const Constant *ConstantContext::getUnknown() { return &P->Unknown; }
const Constant *ConstantContext::getBool(bool V) {
  return V ? &P->True : &P->False;
}
const Constant *ConstantContext::getString(llvm::StringRef V) {
  char *Mem = V.empty() ? nullptr : P->Arena.Allocate<char>(V.size());
  if (Mem)
    std::copy(V.begin(), V.end(), Mem);
  return new (P->Arena.Allocate<StringConst>())
      StringConst(llvm::StringRef(Mem, V.size()));
}
const Constant *ConstantContext::getInt(const llvm::APSInt &V) {
  if (V.isUnsigned())
    return P->makeInt(V.zext(V.getBitWidth() + 1));
  return P->makeInt(V);
}
const Constant *ConstantContext::getInt64(int64_t V) {
  return P->makeInt(APInt(64, uint64_t(V), /*isSigned=*/true));
}
const Constant *ConstantContext::getFloat64(double V) {
  APFloat F(V);
  if (!F.isFinite())
    return &P->Unknown;
  APInt N, D;
  exactRat(F, N, D);
  return P->makeRat(N, D);
}
const Constant *ConstantContext::getRat(const llvm::APInt &Num,
                                        const llvm::APInt &Den) {
  if (Den.isZero())
    return &P->Unknown;
  return P->makeRat(Num, Den);
}

//===----------------------------------------------------------------------===//
// Literals
//===----------------------------------------------------------------------===//

static int digitVal(char C) {
  if (C >= '0' && C <= '9')
    return C - '0';
  if (C >= 'a' && C <= 'f')
    return C - 'a' + 10;
  if (C >= 'A' && C <= 'F')
    return C - 'A' + 10;
  return 16;
}

/// Parses digits of Radix (no separators) into a non-negative APInt.
static std::optional<APInt> parseDigits(llvm::StringRef Digits,
                                        unsigned Radix) {
  if (Digits.empty())
    return std::nullopt;
  for (char C : Digits)
    if (unsigned(digitVal(C)) >= Radix)
      return std::nullopt;
  unsigned Bits = unsigned(Digits.size()) * 4 + 2;
  return shrink(APInt(Bits, Digits, uint8_t(Radix)));
}

/// Appends the UTF-8 encoding of rune R.
static void appendUTF8(std::string &S, uint32_t R) {
  char Buf[4];
  char *P = Buf;
  if (R > 0x10FFFF || (R >= 0xD800 && R <= 0xDFFF))
    R = 0xFFFD;
  llvm::ConvertCodePointToUTF8(R, P);
  S.append(Buf, P);
}

/// Decodes one character or escape of a quoted literal at S[I], appending
/// bytes to Out (strings) or returning the rune value. False if malformed.
static bool decodeChar(llvm::StringRef S, size_t &I, char Quote,
                       std::string *Out, uint32_t &Rune) {
  unsigned char C = S[I];
  if (C != '\\') {
    if (C < 0x80) {
      Rune = C;
      ++I;
    } else {
      unsigned Len = llvm::getNumBytesForUTF8(C);
      llvm::UTF32 CP = 0xFFFD;
      auto *Src = reinterpret_cast<const llvm::UTF8 *>(S.data() + I);
      llvm::UTF32 *Dst = &CP;
      if (I + Len > S.size() ||
          llvm::ConvertUTF8toUTF32(&Src, Src + Len, &Dst, &CP + 1,
                                   llvm::strictConversion) !=
              llvm::conversionOK) {
        Len = 1;
        CP = 0xFFFD;
      }
      Rune = CP;
      if (Out)
        Out->append(S.data() + I, Len);
      I += Len;
      return true;
    }
    if (Out)
      Out->push_back(char(C));
    return true;
  }
  if (++I >= S.size())
    return false;
  char E = S[I++];
  unsigned N = 0, Radix = 16;
  bool IsByte = false;
  switch (E) {
  case 'a': Rune = 7; break;
  case 'b': Rune = 8; break;
  case 'f': Rune = 12; break;
  case 'n': Rune = 10; break;
  case 'r': Rune = 13; break;
  case 't': Rune = 9; break;
  case 'v': Rune = 11; break;
  case '\\': Rune = '\\'; break;
  case '\'':
  case '"':
    if (E != Quote)
      return false;
    Rune = uint32_t(E);
    break;
  case 'x': N = 2; IsByte = true; break;
  case 'u': N = 4; break;
  case 'U': N = 8; break;
  case '0': case '1': case '2': case '3':
  case '4': case '5': case '6': case '7':
    --I;
    N = 3;
    Radix = 8;
    IsByte = true;
    break;
  default:
    return false;
  }
  if (N) {
    uint32_t V = 0;
    for (unsigned K = 0; K < N; ++K) {
      if (I >= S.size())
        return false;
      int D = digitVal(S[I++]);
      if (unsigned(D) >= Radix)
        return false;
      V = V * Radix + uint32_t(D);
    }
    if (IsByte && V > 255)
      return false;
    if (!IsByte && (V > 0x10FFFF || (V >= 0xD800 && V < 0xE000)))
      return false;
    Rune = V;
    if (IsByte) {
      if (Out)
        Out->push_back(char(V));
      return true;
    }
  }
  if (Out) {
    if (Rune < 0x80)
      Out->push_back(char(Rune));
    else
      appendUTF8(*Out, Rune);
  }
  return true;
}

const Constant *ConstantContext::fromLiteral(LitKind Kind,
                                             llvm::StringRef Spelling) {
  switch (Kind) {
  case LitKind::Imag:
    return &P->Unknown;
  case LitKind::Int: {
    // Fast path: a short decimal literal without separators (`42`).
    if (!Spelling.empty() && Spelling.size() <= 18 &&
        (Spelling[0] != '0' || Spelling.size() == 1) &&
        llvm::all_of(Spelling, [](char C) { return C >= '0' && C <= '9'; })) {
      uint64_t V = 0;
      for (char C : Spelling)
        V = V * 10 + uint64_t(C - '0');
      return P->makeInt(APInt(64, V));
    }
    std::string Clean;
    Clean.reserve(Spelling.size());
    for (char C : Spelling)
      if (C != '_')
        Clean.push_back(C);
    llvm::StringRef S = Clean;
    unsigned Radix = 10;
    if (S.size() >= 2 && S[0] == '0') {
      char X = S[1] | 0x20;
      if (X == 'x') {
        Radix = 16;
        S = S.drop_front(2);
      } else if (X == 'b') {
        Radix = 2;
        S = S.drop_front(2);
      } else if (X == 'o') {
        Radix = 8;
        S = S.drop_front(2);
      } else {
        Radix = 8;
        S = S.drop_front(1);
      }
    }
    std::optional<APInt> V = parseDigits(S, Radix);
    if (!V)
      return &P->Unknown;
    return P->makeInt(*V);
  }
  case LitKind::Float: {
    std::string Clean;
    for (char C : Spelling)
      if (C != '_')
        Clean.push_back(C);
    llvm::StringRef S = Clean;
    bool Hex = S.size() >= 2 && S[0] == '0' && (S[1] | 0x20) == 'x';
    if (Hex)
      S = S.drop_front(2);
    char ExpChar = Hex ? 'p' : 'e';
    size_t EPos = S.find_insensitive(ExpChar);
    llvm::StringRef Mant = S.substr(0, EPos);
    int64_t Exp = 0;
    if (EPos != llvm::StringRef::npos) {
      llvm::StringRef ES = S.substr(EPos + 1);
      bool Neg = false;
      if (!ES.empty() && (ES[0] == '+' || ES[0] == '-')) {
        Neg = ES[0] == '-';
        ES = ES.drop_front();
      }
      if (ES.empty() || ES.find_first_not_of("0123456789") != ES.npos)
        return &P->Unknown;
      // Saturate absurd exponents; they over- or underflow anyway.
      for (char C : ES) {
        Exp = Exp * 10 + (C - '0');
        if (Exp > 10000000000)
          Exp = 10000000000;
      }
      if (Neg)
        Exp = -Exp;
    } else if (Hex) {
      return &P->Unknown; // Hex floats need a p exponent.
    }
    size_t Dot = Mant.find('.');
    std::string Digits = Mant.substr(0, Dot).str();
    int64_t FracDigits = 0;
    if (Dot != llvm::StringRef::npos) {
      llvm::StringRef Frac = Mant.substr(Dot + 1);
      Digits += Frac.str();
      FracDigits = int64_t(Frac.size());
    }
    if (Digits.empty())
      return &P->Unknown;
    std::optional<APInt> M = parseDigits(Digits, Hex ? 16 : 10);
    if (!M)
      return &P->Unknown;
    if (M->isZero())
      return P->makeRat(APInt(1, 0), APInt(2, 1));
    // As go/constant: parse as a 512-bit big.Float; within the exponent
    // range a rational can hold (-4096, 4096) the value is the exact
    // rational, otherwise the float (infinite: Unknown; underflowed: 0).
    auto InRatRange = [](const WFloat &W) {
      return W.mantExp() > -int64_t(MaxRatBits) &&
             W.mantExp() < int64_t(MaxRatBits);
    };
    if (Hex) {
      int64_t E2 = Exp - 4 * FracDigits;
      WFloat W = roundW(false, *M, E2, false);
      if (W.isZero())
        return P->makeRat(APInt(1, 0), APInt(2, 1));
      if (!InRatRange(W))
        return P->makeBig(W);
      if (E2 >= 0)
        return P->makeRatExact(
            shrink(M->zext(M->getBitWidth() + unsigned(E2) + 1)
                       .shl(unsigned(E2))),
            APInt(2, 1));
      return P->makeRatExact(*M,
                             APInt(unsigned(-E2) + 2, 1).shl(unsigned(-E2)));
    }
    int64_t E10 = Exp - FracDigits;
    auto ExactRat = [&](APInt &N, APInt &D) {
      if (E10 >= 0) {
        N = mulInt(*M, powIntFast(10, uint64_t(E10)));
        D = APInt(2, 1);
      } else {
        N = *M;
        D = powIntFast(10, uint64_t(-E10));
      }
    };
    APInt N, D;
    // Common case: 10^-1200 <= |x| < 10^1200, well inside 2^(+-4095).
    if (E10 > -1200 && int64_t(Digits.size()) + E10 < 1200) {
      ExactRat(N, D);
      return P->makeRatExact(N, D);
    }
    WFloat W;
    if (E10 > -5000 && E10 < 5000) {
      ExactRat(N, D);
      W = ratToW(N, D);
    } else {
      // big.Float's scan: the mantissa times (or over) a power of ten
      // computed with 64 extra bits, rounded once more at the end.
      constexpr unsigned XPrec = WPrec + 64;
      WFloat MW = roundW(false, *M, 0, false, XPrec, false);
      WFloat PW = pow10W(uint64_t(E10 < 0 ? -E10 : E10), XPrec);
      WFloat X = E10 < 0 ? quoW(MW, PW, XPrec, false)
                         : mulW(MW, PW, XPrec, false);
      W = roundW(X.Neg, X.M, X.E, false);
      if (!W.Inf && !W.isZero() && InRatRange(W)) {
        // Only with a huge digit string: compute the rational exactly.
        ExactRat(N, D);
        W = ratToW(N, D);
      }
    }
    if (W.isZero())
      return P->makeRat(APInt(1, 0), APInt(2, 1));
    if (W.Inf || !InRatRange(W))
      return P->makeBig(W);
    return P->makeRatExact(N, D);
  }
  case LitKind::Rune: {
    if (Spelling.size() < 3 || Spelling.front() != '\'' ||
        Spelling.back() != '\'')
      return &P->Unknown;
    llvm::StringRef Body = Spelling.drop_front().drop_back();
    size_t I = 0;
    uint32_t R = 0;
    if (!decodeChar(Body, I, '\'', nullptr, R) || I != Body.size())
      return &P->Unknown;
    return P->makeInt(APInt(33, R));
  }
  case LitKind::String: {
    if (Spelling.size() < 2)
      return &P->Unknown;
    llvm::StringRef Body = Spelling.drop_front().drop_back();
    // Without escapes (or, raw, carriage returns) the value is the body:
    // decodeChar copies every other byte as it is.
    if (Body.find(Spelling.front() == '`' ? '\r' : '\\') ==
        llvm::StringRef::npos)
      return getString(Body);
    std::string Out;
    if (Spelling.front() == '`') {
      for (char C : Spelling.drop_front().drop_back())
        if (C != '\r')
          Out.push_back(C);
      return getString(Out);
    }
    Out.reserve(Body.size());
    size_t I = 0;
    while (I < Body.size()) {
      uint32_t R;
      if (!decodeChar(Body, I, '"', &Out, R))
        return &P->Unknown;
    }
    return getString(Out);
  }
  }
  llvm_unreachable("covered switch over literal kinds");
}

//===----------------------------------------------------------------------===//
// Operations
//===----------------------------------------------------------------------===//

namespace {
/// A numeric operand promoted to a common representation.
struct Num {
  enum { Int, Rat, Big } K;
  APInt N, D; // Int: N. Rat: N/D.
  WFloat F;   // Big.
};
} // namespace

static Num toNum(const Constant *C) {
  Num R;
  if (C->getKind() == ConstKind::Int) {
    R.K = Num::Int;
    R.N = static_cast<const IntConst *>(C)->V;
    return R;
  }
  auto *F = static_cast<const FloatConst *>(C);
  if (F->IsRat) {
    R.K = Num::Rat;
    R.N = F->Num;
    R.D = F->Den;
    return R;
  }
  R.K = Num::Big;
  R.F = F->Big;
  return R;
}

/// Promotes A to at least kind K (Int < Rat < Big).
static void promote(Num &A, decltype(Num::K) K) {
  if (A.K >= K)
    return;
  if (A.K == Num::Int) {
    A.D = APInt(2, 1);
    A.K = Num::Rat;
  }
  if (K == Num::Big && A.K == Num::Rat) {
    A.F = ratToW(A.N, A.D);
    A.K = Num::Big;
  }
}

static bool isNumericKind(const Constant *C) {
  return C->getKind() == ConstKind::Int || C->getKind() == ConstKind::Float;
}

const Constant *ConstantContext::binaryOp(const Constant *X, Operator Op,
                                          const Constant *Y,
                                          bool IntDivision) {
  if (X->isUnknown() || Y->isUnknown())
    return &P->Unknown;
  if (X->getKind() == ConstKind::Bool && Y->getKind() == ConstKind::Bool) {
    if (Op == Operator::AndAnd)
      return getBool(X->getBool() && Y->getBool());
    if (Op == Operator::OrOr)
      return getBool(X->getBool() || Y->getBool());
    return &P->Unknown;
  }
  if (X->getKind() == ConstKind::String && Y->getKind() == ConstKind::String) {
    if (Op != Operator::Add)
      return &P->Unknown;
    std::string S = (X->getString() + Y->getString()).str();
    return getString(S);
  }
  if (!isNumericKind(X) || !isNumericKind(Y))
    return &P->Unknown;
  Num A = toNum(X), B = toNum(Y);
  auto K = std::max(A.K, B.K);
  // Integer division and the integer-only operators need Int operands.
  bool IntOnly = Op == Operator::Rem || Op == Operator::And ||
                 Op == Operator::Or || Op == Operator::Xor ||
                 Op == Operator::AndNot || (Op == Operator::Div && IntDivision);
  if (IntOnly) {
    std::optional<APInt> IA = integerValue(X), IB = integerValue(Y);
    if (!IA || !IB)
      return &P->Unknown;
    unsigned W = widthOf(*IA, *IB) + 1;
    APInt U = ext(*IA, W), V = ext(*IB, W);
    switch (Op) {
    case Operator::Div:
      if (V.isZero())
        return &P->Unknown;
      return P->intResult(U.sdiv(V));
    case Operator::Rem:
      if (V.isZero())
        return &P->Unknown;
      return P->intResult(U.srem(V));
    case Operator::And:
      return P->intResult(U & V);
    case Operator::Or:
      return P->intResult(U | V);
    case Operator::Xor:
      return P->intResult(U ^ V);
    case Operator::AndNot:
      return P->intResult(U & ~V);
    default:
      llvm_unreachable("integer-only operator");
    }
  }
  if (Op == Operator::Div && K == Num::Int)
    K = Num::Rat;
  promote(A, K);
  promote(B, K);
  if (K == Num::Int) {
    switch (Op) {
    case Operator::Add:
      return P->intResult(addInt(A.N, B.N));
    case Operator::Sub:
      return P->intResult(subInt(A.N, B.N));
    case Operator::Mul:
      return P->intResult(mulInt(A.N, B.N));
    default:
      return &P->Unknown;
    }
  }
  if (K == Num::Rat) {
    switch (Op) {
    case Operator::Add:
      return P->makeRat(addInt(mulInt(A.N, B.D), mulInt(B.N, A.D)),
                        mulInt(A.D, B.D));
    case Operator::Sub:
      return P->makeRat(subInt(mulInt(A.N, B.D), mulInt(B.N, A.D)),
                        mulInt(A.D, B.D));
    case Operator::Mul:
      return P->makeRat(mulInt(A.N, B.N), mulInt(A.D, B.D));
    case Operator::Div:
      if (B.N.isZero())
        return &P->Unknown;
      return P->makeRat(mulInt(A.N, B.D), mulInt(A.D, B.N));
    default:
      return &P->Unknown;
    }
  }
  switch (Op) {
  case Operator::Add:
    return P->makeBig(addW(A.F, B.F, /*SubB=*/false));
  case Operator::Sub:
    return P->makeBig(addW(A.F, B.F, /*SubB=*/true));
  case Operator::Mul:
    return P->makeBig(mulW(A.F, B.F));
  case Operator::Div:
    if (B.F.isZero())
      return &P->Unknown;
    return P->makeBig(quoW(A.F, B.F));
  default:
    return &P->Unknown;
  }
}

const Constant *ConstantContext::shift(const Constant *X, Operator Op,
                                       uint64_t S) {
  std::optional<APInt> V = integerValue(X);
  if (!V || X->isUnknown())
    return &P->Unknown;
  if (Op == Operator::Shr) {
    if (S >= V->getBitWidth())
      return P->makeInt(APInt(1, V->isNegative() ? 1 : 0));
    return P->makeInt(V->ashr(unsigned(S)));
  }
  if (Op != Operator::Shl)
    return &P->Unknown;
  if (V->isZero())
    return P->makeInt(*V);
  if (S + bitLen(*V) > MaxIntBits)
    return &P->Unknown;
  return P->intResult(ext(*V, V->getBitWidth() + unsigned(S)).shl(unsigned(S)));
}

const Constant *ConstantContext::unaryOp(Operator Op, const Constant *X,
                                         unsigned Prec) {
  if (X->isUnknown())
    return &P->Unknown;
  switch (Op) {
  case Operator::Add:
    return isNumericKind(X) ? X : &P->Unknown;
  case Operator::Sub: {
    if (X->getKind() == ConstKind::Int)
      return P->intResult(negInt(static_cast<const IntConst *>(X)->V));
    if (X->getKind() != ConstKind::Float)
      return &P->Unknown;
    auto *F = static_cast<const FloatConst *>(X);
    if (F->IsRat)
      return P->makeRat(negInt(F->Num), F->Den);
    WFloat R = F->Big;
    R.Neg = !R.Neg;
    return P->makeBig(R);
  }
  case Operator::Xor: {
    if (X->getKind() != ConstKind::Int)
      return &P->Unknown;
    const APInt &V = static_cast<const IntConst *>(X)->V;
    if (Prec == 0)
      return P->intResult(shrink(~V)); // -x-1
    // Unsigned: flip the low Prec bits of the (non-negative) value.
    APInt W = ext(V, std::max(V.getBitWidth(), Prec + 1));
    APInt Mask = APInt::getLowBitsSet(W.getBitWidth(), Prec);
    return P->intResult(W ^ Mask);
  }
  case Operator::Not:
    if (X->getKind() != ConstKind::Bool)
      return &P->Unknown;
    return getBool(!X->getBool());
  default:
    return &P->Unknown;
  }
}

static int cmpNum(const Constant *X, const Constant *Y) {
  Num A = toNum(X), B = toNum(Y);
  auto K = std::max(A.K, B.K);
  promote(A, K);
  promote(B, K);
  switch (K) {
  case Num::Int:
    return cmpInt(A.N, B.N);
  case Num::Rat:
    return cmpInt(mulInt(A.N, B.D), mulInt(B.N, A.D));
  case Num::Big:
    return cmpW(A.F, B.F);
  }
  llvm_unreachable("covered switch");
}

bool ConstantContext::compare(const Constant *X, Operator Op,
                              const Constant *Y) {
  int C;
  if (X->isUnknown() || Y->isUnknown())
    return false;
  if (X->getKind() == ConstKind::Bool && Y->getKind() == ConstKind::Bool) {
    if (Op == Operator::Eql)
      return X->getBool() == Y->getBool();
    if (Op == Operator::Neq)
      return X->getBool() != Y->getBool();
    return false;
  }
  if (X->getKind() == ConstKind::String && Y->getKind() == ConstKind::String)
    C = X->getString().compare(Y->getString());
  else if (isNumericKind(X) && isNumericKind(Y))
    C = cmpNum(X, Y);
  else
    return false;
  switch (Op) {
  case Operator::Eql: return C == 0;
  case Operator::Neq: return C != 0;
  case Operator::Lss: return C < 0;
  case Operator::Leq: return C <= 0;
  case Operator::Gtr: return C > 0;
  case Operator::Geq: return C >= 0;
  default: return false;
  }
}

const Constant *ConstantContext::toInt(const Constant *X) {
  if (X->getKind() == ConstKind::Int)
    return X;
  if (X->getKind() != ConstKind::Float)
    return &P->Unknown;
  std::optional<APInt> V = integerValue(X);
  if (!V)
    return &P->Unknown;
  return P->makeInt(*V);
}

const Constant *ConstantContext::toFloat(const Constant *X) {
  if (X->getKind() == ConstKind::Float)
    return X;
  if (X->getKind() != ConstKind::Int)
    return &P->Unknown;
  return P->makeRat(static_cast<const IntConst *>(X)->V, APInt(2, 1));
}

/// X rounded to Sem as a constant, or null when it rounds to infinity.
static const Constant *roundTo(ConstantContext &Ctx, const Constant *X,
                               const llvm::fltSemantics &Sem) {
  auto *FC = static_cast<const FloatConst *>(X);
  // A dyadic rational with a short numerator (0.75, 2.5) is its own
  // rounding: return it instead of rebuilding the same value.
  unsigned Precision = APFloat::semanticsPrecision(Sem);
  if (FC->IsRat && FC->Den.isPowerOf2() && FC->Den.getActiveBits() <= 64 &&
      FC->Num.getSignificantBits() <= Precision + 1)
    return X;
  APFloat F = toSem(FC, Sem);
  if (F.isInfinity())
    return nullptr;
  bool LosesInfo;
  F.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &LosesInfo);
  return Ctx.getFloat64(F.convertToDouble());
}

bool ConstantContext::representable(const Constant *X, const Basic *T,
                                    const Constant **Rounded) {
  if (X->isUnknown())
    return true; // types2: an unknown value is representable (no follow-on).
  unsigned Info = T->getInfo();
  BasicKind K = T->getBasicKind();
  if (Info & IsInteger || K == BasicKind::UnsafePointer) {
    const Constant *I = isNumericKind(X) ? toInt(X) : &P->Unknown;
    if (I->getKind() != ConstKind::Int)
      return false;
    const APInt &V = static_cast<const IntConst *>(I)->V;
    bool OK;
    switch (K) {
    case BasicKind::Int8: OK = V.getSignificantBits() <= 8; break;
    case BasicKind::Int16: OK = V.getSignificantBits() <= 16; break;
    case BasicKind::Int32: OK = V.getSignificantBits() <= 32; break;
    case BasicKind::Int:
    case BasicKind::Int64: OK = V.getSignificantBits() <= 64; break;
    case BasicKind::Uint8:
      OK = !V.isNegative() && V.getActiveBits() <= 8;
      break;
    case BasicKind::Uint16:
      OK = !V.isNegative() && V.getActiveBits() <= 16;
      break;
    case BasicKind::Uint32:
      OK = !V.isNegative() && V.getActiveBits() <= 32;
      break;
    case BasicKind::Uint:
    case BasicKind::Uint64:
    case BasicKind::Uintptr:
    case BasicKind::UnsafePointer:
      OK = !V.isNegative() && V.getActiveBits() <= 64;
      break;
    default:
      OK = true; // Untyped int and rune.
      break;
    }
    if (OK && Rounded)
      *Rounded = I;
    return OK;
  }
  if (Info & IsFloat) {
    const Constant *F = toFloat(X);
    if (F->getKind() != ConstKind::Float)
      return false;
    const Constant *R = F;
    if (K == BasicKind::Float32)
      R = roundTo(*this, F, APFloat::IEEEsingle());
    else if (K == BasicKind::Float64)
      R = roundTo(*this, F, APFloat::IEEEdouble());
    if (!R)
      return false;
    if (Rounded)
      *Rounded = R;
    return true;
  }
  if (Info & IsBoolean) {
    if (X->getKind() != ConstKind::Bool)
      return false;
  } else if (Info & IsString) {
    if (X->getKind() != ConstKind::String)
      return false;
  } else {
    return false;
  }
  if (Rounded)
    *Rounded = X;
  return true;
}
