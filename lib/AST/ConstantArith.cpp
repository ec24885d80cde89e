//===- ConstantArith.cpp - Wide integers and floats for constants -------===//
//
// The arithmetic under goscape::Constant (see ConstantRep.h): signed
// APInts of any width, go/constant's 512-bit big.Float, and correct
// rounding of rationals and wide floats to float32/float64.
//
//===----------------------------------------------------------------------===//

#include "ConstantRep.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Error.h"

#include <algorithm>

namespace goscape::constrep {

//===----------------------------------------------------------------------===//
// APInt helpers: signed values of any width.
//===----------------------------------------------------------------------===//

APInt shrink(const APInt &V) {
  unsigned W = std::max(1u, V.getSignificantBits());
  return W == V.getBitWidth() ? V : V.trunc(W);
}
APInt ext(const APInt &V, unsigned W) {
  return V.getBitWidth() >= W ? V : V.sext(W);
}
unsigned widthOf(const APInt &A, const APInt &B) {
  return std::max(A.getBitWidth(), B.getBitWidth());
}
/// Bit length of |V| (go/constant's BitLen).
unsigned bitLen(const APInt &V) {
  if (!V.isNegative())
    return V.getActiveBits();
  return ext(V, V.getBitWidth() + 1).abs().getActiveBits();
}
APInt absVal(const APInt &V) { return ext(V, V.getBitWidth() + 1).abs(); }
int cmpInt(const APInt &A, const APInt &B) {
  unsigned W = widthOf(A, B);
  APInt X = ext(A, W), Y = ext(B, W);
  return X.slt(Y) ? -1 : X == Y ? 0 : 1;
}
APInt addInt(const APInt &A, const APInt &B) {
  unsigned W = widthOf(A, B) + 1;
  return shrink(ext(A, W) + ext(B, W));
}
APInt subInt(const APInt &A, const APInt &B) {
  unsigned W = widthOf(A, B) + 1;
  return shrink(ext(A, W) - ext(B, W));
}
APInt mulInt(const APInt &A, const APInt &B) {
  unsigned W = A.getBitWidth() + B.getBitWidth();
  return shrink(ext(A, W) * ext(B, W));
}
APInt negInt(const APInt &A) { return shrink(-ext(A, A.getBitWidth() + 1)); }
/// Greatest common divisor of |A| and |B| (B != 0).
APInt gcdInt(const APInt &A, const APInt &B) {
  unsigned W = widthOf(A, B) + 1;
  APInt X = ext(A, W).abs(), Y = ext(B, W).abs();
  return llvm::APIntOps::GreatestCommonDivisor(X, Y);
}

/// (-1)^Neg * (Mag + Sticky * epsilon) * 2^E2 rounded to nearest even with
/// Prec bits (Mag unsigned; Sticky requires Mag to have more than Prec
/// bits). CheckRange applies big.Float's int32 exponent range.
WFloat roundW(bool Neg, APInt Mag, int64_t E2, bool Sticky, unsigned Prec,
              bool CheckRange) {
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
WFloat ratToW(const APInt &Num, const APInt &Den, int64_t Scale, unsigned Prec,
              bool CheckRange) {
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
  return roundW(Num.isNegative(), Q, Scale - K, !R.isZero(), Prec, CheckRange);
}

WFloat mulW(const WFloat &A, const WFloat &B, unsigned Prec, bool CheckRange) {
  unsigned W = A.M.getBitWidth() + B.M.getBitWidth();
  if (A.isZero() || B.isZero())
    return roundW(false, APInt(1, 0), 0, false, Prec);
  return roundW(A.Neg != B.Neg, A.M.zext(W) * B.M.zext(W), A.E + B.E, false,
                Prec, CheckRange);
}

/// A / B for nonzero B.
WFloat quoW(const WFloat &A, const WFloat &B, unsigned Prec, bool CheckRange) {
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
WFloat addW(WFloat A, WFloat B, bool SubB) {
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
  unsigned W = std::max(A.M.getBitWidth() + unsigned(D), B.M.getBitWidth()) + 2;
  APInt X = A.M.zext(W).shl(unsigned(D)), Y = B.M.zextOrTrunc(W);
  if (A.Neg == B.Neg)
    return roundW(A.Neg, X + Y, B.E, false);
  if (X.uge(Y))
    return roundW(A.Neg, X - Y, B.E, false);
  return roundW(B.Neg, Y - X, B.E, false);
}

int cmpW(const WFloat &A, const WFloat &B) {
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
APFloat wToSem(const WFloat &A, const llvm::fltSemantics &Sem) {
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
WFloat pow10W(uint64_t N, unsigned Prec) {
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
APInt powIntFast(unsigned Base, uint64_t N) {
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
std::optional<APInt> wToInt(const WFloat &A) {
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
APFloat roundRat(const APInt &Num, const APInt &Den, int64_t Scale,
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

APFloat toSem(const FloatConst *F, const llvm::fltSemantics &Sem) {
  if (F->IsRat)
    return roundRat(F->Num, F->Den, 0, Sem);
  return wToSem(F->Big, Sem);
}

/// The exact rational value of a finite binary float.
void exactRat(const APFloat &F, APInt &Num, APInt &Den) {
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

} // namespace goscape::constrep
