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
//    stay below 4096 bits (go/constant's maxExp), otherwise an IEEE quad
//    (llvm::APFloat) as the wide binary float; quad overflow is Unknown, as
//    is an infinite big.Float in go/constant.
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
        Den(std::move(D)), Big(APFloat::IEEEquad()) {}
  explicit FloatConst(APFloat F)
      : Constant(ConstKind::Float), IsRat(false), Big(std::move(F)) {}
  bool IsRat;
  APInt Num, Den; // When IsRat: signed Num, positive Den, reduced.
  APFloat Big;    // Otherwise.
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
static APInt fromU64(uint64_t V) {
  return shrink(APInt(65, V, /*isSigned=*/false));
}
static APInt powInt(unsigned Base, unsigned Exp) {
  APInt R(2, 1), B = fromU64(Base);
  for (unsigned I = 0; I < Exp; ++I)
    R = mulInt(R, B);
  return R;
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
  APFloat R = F->Big;
  bool LosesInfo;
  R.convert(Sem, APFloat::rmNearestTiesToEven, &LosesInfo);
  return R;
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
  if (!F->Big.isInteger())
    return std::nullopt;
  llvm::APSInt I(16400, /*isUnsigned=*/false);
  bool Exact;
  F->Big.convertToInteger(I, APFloat::rmTowardZero, &Exact);
  return shrink(I);
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
  bool IsZero = F->IsRat ? F->Num.isZero() : F->Big.isZero();
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
    int E;
    APFloat Mant = llvm::frexp(F->Big, E, APFloat::rmNearestTiesToEven);
    bool LosesInfo;
    Mant.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven,
                 &LosesInfo);
    M = Mant.convertToDouble();
    Exp = E;
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
    return F->Big.isZero() ? 0 : F->Big.isNegative() ? -1 : 1;
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
  const Constant *makeBig(APFloat F) {
    if (F.isInfinity() || F.isNaN())
      return &Unknown;
    if (F.isZero())
      F = APFloat::getZero(APFloat::IEEEquad());
    return new (Floats.Allocate()) FloatConst(std::move(F));
  }
  /// go/constant's makeRat: reduce, stay rational while small.
  const Constant *makeRat(APInt N, APInt D) {
    assert(!D.isZero() && "zero denominator");
    if (D.isNegative()) {
      N = negInt(N);
      D = negInt(D);
    }
    if (N.isZero())
      return new (Floats.Allocate()) FloatConst(APInt(1, 0), APInt(2, 1));
    APInt G = gcdInt(N, D);
    if (!G.isOne()) {
      unsigned W = widthOf(N, D) + 1;
      APInt GW = G.zextOrTrunc(W);
      N = ext(N, W).sdiv(GW);
      D = ext(D, W).sdiv(GW);
    }
    N = shrink(N);
    D = shrink(D);
    if (bitLen(N) < MaxRatBits && D.getActiveBits() < MaxRatBits)
      return new (Floats.Allocate()) FloatConst(std::move(N), std::move(D));
    return makeBig(roundRat(N, D, 0, APFloat::IEEEquad()));
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
        if (Exp > 1000000000)
          Exp = 1000000000;
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
    if (Hex) {
      int64_t E2 = Exp - 4 * FracDigits;
      int64_t Mag = int64_t(M->getActiveBits()) + E2;
      if (E2 >= 0 && Mag < int64_t(MaxRatBits))
        return P->makeRat(shrink(M->zext(unsigned(Mag) + 2).shl(unsigned(E2))),
                          APInt(2, 1));
      if (E2 < 0 && -E2 < int64_t(MaxRatBits))
        return P->makeRat(*M, APInt(unsigned(-E2) + 2, 1).shl(unsigned(-E2)));
      if (std::llabs(E2) > 100000)
        return E2 > 0 ? &P->Unknown
                      : P->makeRat(APInt(1, 0), APInt(2, 1));
      return P->makeBig(roundRat(*M, APInt(2, 1), E2, APFloat::IEEEquad()));
    }
    int64_t E10 = Exp - FracDigits;
    // Decimal magnitude; 10^1233 is about 2^4096 (go/constant's maxExp).
    int64_t Mag = int64_t(Digits.size()) + E10;
    if (Mag < 1233 && E10 > -1233) {
      if (E10 >= 0)
        return P->makeRat(mulInt(*M, powInt(10, unsigned(E10))), APInt(2, 1));
      return P->makeRat(*M, powInt(10, unsigned(-E10)));
    }
    if (Mag > 5000)
      return &P->Unknown; // Beyond the quad range: an infinite float.
    if (Mag < -5000)
      return P->makeRat(APInt(1, 0), APInt(2, 1));
    APFloat F(APFloat::IEEEquad());
    auto R = F.convertFromString(Clean, APFloat::rmNearestTiesToEven);
    if (!R) {
      llvm::consumeError(R.takeError());
      return &P->Unknown;
    }
    return P->makeBig(F);
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
  APFloat F{APFloat::IEEEquad()};
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
    A.F = roundRat(A.N, A.D, 0, APFloat::IEEEquad());
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
  APFloat R = A.F;
  auto RM = APFloat::rmNearestTiesToEven;
  switch (Op) {
  case Operator::Add:
    R.add(B.F, RM);
    break;
  case Operator::Sub:
    R.subtract(B.F, RM);
    break;
  case Operator::Mul:
    R.multiply(B.F, RM);
    break;
  case Operator::Div:
    if (B.F.isZero())
      return &P->Unknown;
    R.divide(B.F, RM);
    break;
  default:
    return &P->Unknown;
  }
  return P->makeBig(R);
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
    APFloat R = F->Big;
    R.changeSign();
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
    switch (A.F.compare(B.F)) {
    case APFloat::cmpLessThan:
      return -1;
    case APFloat::cmpEqual:
    case APFloat::cmpUnordered:
      return 0;
    case APFloat::cmpGreaterThan:
      return 1;
    }
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
