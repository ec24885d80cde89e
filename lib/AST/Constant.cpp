//===- Constant.cpp - Exact Go constant values ----------------------------===//
//
// goscape::Constant's accessors and printing, ConstantContext, and
// go/constant's operations on constants. The representation and its
// arithmetic are in ConstantRep.h and ConstantArith.cpp; literals are
// decoded in ConstantLiteral.cpp.
//
// Printing is go/constant's String(): integers in full, floats with six
// significant digits (`%.6g`, or an approximate mantissa and decimal
// exponent outside float64's range), strings quoted and cut after 72
// characters.
//
//===----------------------------------------------------------------------===//

#include "ConstantRep.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Format.h"

#include <cmath>
#include <cstdio>

using namespace goscape;
using namespace goscape::constrep;

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

//===----------------------------------------------------------------------===//
// ConstantContext
//===----------------------------------------------------------------------===//


const Constant *ConstantContext::Impl::makeInt(APInt V) {
  return new (Ints.Allocate()) IntConst(shrink(V));
}
const Constant *ConstantContext::Impl::intResult(APInt V) {
  if (bitLen(V) > MaxIntBits)
    return &Unknown;
  return makeInt(std::move(V));
}
const Constant *ConstantContext::Impl::makeBig(WFloat F) {
  if (F.Inf)
    return &Unknown;
  if (F.isZero())
    return makeRatExact(APInt(1, 0), APInt(2, 1));
  return new (Floats.Allocate()) FloatConst(std::move(F));
}
void ConstantContext::Impl::reduceRat(APInt &N, APInt &D) {
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
const Constant *ConstantContext::Impl::makeRatExact(APInt N, APInt D) {
  reduceRat(N, D);
  return new (Floats.Allocate()) FloatConst(std::move(N), std::move(D));
}
const Constant *ConstantContext::Impl::makeRat(APInt N, APInt D) {
  reduceRat(N, D);
  if (bitLen(N) < MaxRatBits && D.getActiveBits() < MaxRatBits)
    return new (Floats.Allocate()) FloatConst(std::move(N), std::move(D));
  return makeBig(ratToW(N, D));
}


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
