//===- ConstantRep.h - How exact constants are represented -----*- C++ -*-===//
//
// Private to lib/AST. The representation of goscape::Constant and the
// arithmetic on it, shared by Constant.cpp (accessors, printing, the
// context and go/constant's operations), ConstantArith.cpp (integers of
// any width, wide binary floats, rounding) and ConstantLiteral.cpp
// (decoding literals).
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
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_AST_CONSTANTREP_H
#define GOSCAPE_LIB_AST_CONSTANTREP_H

#include "goscape/AST/Constant.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"
#include "llvm/Support/Allocator.h"

#include <cstdint>
#include <optional>

namespace goscape::constrep {

using llvm::APFloat;
using llvm::APInt;

/// Integer results wider than this are Unknown (types2's limit).
constexpr unsigned MaxIntBits = 512;
/// A rational whose parts reach this many bits becomes a wide float.
constexpr unsigned MaxRatBits = 4096;
/// The precision of wide floats (big.Float prec 512).
constexpr unsigned WPrec = 512;

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

// The kinds of Constant.
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

//===----------------------------------------------------------------------===//
// Integers of any width (signed APInts, see ConstantArith.cpp)
//===----------------------------------------------------------------------===//

/// V at its minimal signed width.
APInt shrink(const APInt &V);
/// V sign-extended to at least W bits.
APInt ext(const APInt &V, unsigned W);
/// The width that holds both A and B.
unsigned widthOf(const APInt &A, const APInt &B);
/// The bit length of |V| (big.Int's BitLen).
unsigned bitLen(const APInt &V);
APInt absVal(const APInt &V);
int cmpInt(const APInt &A, const APInt &B);
APInt addInt(const APInt &A, const APInt &B);
APInt subInt(const APInt &A, const APInt &B);
APInt mulInt(const APInt &A, const APInt &B);
APInt negInt(const APInt &A);
/// The (non-negative) greatest common divisor.
APInt gcdInt(const APInt &A, const APInt &B);
/// B^N exactly.
APInt powIntFast(unsigned Base, uint64_t N);

//===----------------------------------------------------------------------===//
// Wide binary floats and rounding (see ConstantArith.cpp)
//===----------------------------------------------------------------------===//

/// (-1)^Neg * (Mag + Sticky * epsilon) * 2^E2 rounded to nearest even with
/// Prec bits; CheckRange applies big.Float's int32 exponent range.
WFloat roundW(bool Neg, APInt Mag, int64_t E2, bool Sticky,
              unsigned Prec = WPrec, bool CheckRange = true);
/// Num/Den * 2^Scale (Den > 0) rounded correctly to Prec bits.
WFloat ratToW(const APInt &Num, const APInt &Den, int64_t Scale = 0,
              unsigned Prec = WPrec, bool CheckRange = true);
WFloat mulW(const WFloat &A, const WFloat &B, unsigned Prec = WPrec,
            bool CheckRange = true);
/// A / B for nonzero B.
WFloat quoW(const WFloat &A, const WFloat &B, unsigned Prec = WPrec,
            bool CheckRange = true);
/// A + B, or A - B when SubB.
WFloat addW(WFloat A, WFloat B, bool SubB);
int cmpW(const WFloat &A, const WFloat &B);
/// A rounded once to an IEEE format.
APFloat wToSem(const WFloat &A, const llvm::fltSemantics &Sem);
/// 10^N with Prec bits.
WFloat pow10W(uint64_t N, unsigned Prec);
/// The integer value of A if it is one.
std::optional<APInt> wToInt(const WFloat &A);
/// Num/Den * 2^Scale (Den > 0) rounded to nearest even in Sem.
APFloat roundRat(const APInt &Num, const APInt &Den, int64_t Scale,
                 const llvm::fltSemantics &Sem);
/// A float constant rounded to Sem.
APFloat toSem(const FloatConst *F, const llvm::fltSemantics &Sem);
/// The exact rational value of a finite binary float.
void exactRat(const APFloat &F, APInt &Num, APInt &Den);

} // namespace goscape::constrep

/// The constants of one ConstantContext: arenas and the shared values.
struct goscape::ConstantContext::Impl {
  llvm::BumpPtrAllocator Arena;
  llvm::SpecificBumpPtrAllocator<constrep::IntConst> Ints;
  llvm::SpecificBumpPtrAllocator<constrep::FloatConst> Floats;
  constrep::UnknownConst Unknown;
  constrep::BoolConst True{true}, False{false};

  const Constant *makeInt(llvm::APInt V);
  /// An operation's integer result; Unknown beyond 512 bits.
  const Constant *intResult(llvm::APInt V);
  /// go/constant's makeFloat: infinity is Unknown, zero the rational 0.
  const Constant *makeBig(constrep::WFloat F);
  /// Reduces N/D to lowest terms with a positive denominator.
  static void reduceRat(llvm::APInt &N, llvm::APInt &D);
  /// N/D reduced, kept as a rational whatever its size (a literal within
  /// big.Float's small exponent range, as go/constant's Rat.SetString).
  const Constant *makeRatExact(llvm::APInt N, llvm::APInt D);
  /// go/constant's makeRat: reduce, stay rational while small.
  const Constant *makeRat(llvm::APInt N, llvm::APInt D);
};

#endif // GOSCAPE_LIB_AST_CONSTANTREP_H
