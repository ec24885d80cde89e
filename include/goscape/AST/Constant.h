//===- Constant.h - Exact Go constant values --------------------*- C++ -*-===//
//
// Values of constant expressions with the precision the Go spec demands
// (gc's go/constant): booleans, strings, integers of arbitrary size
// (llvm::APInt, gc's 512-bit limit reported as overflow) and floats kept
// exact as rationals of APInts while they stay small, falling back to a
// wide binary float (gc's 512-bit mantissa rule) otherwise. Constants are
// immutable and owned by a ConstantContext.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_AST_CONSTANT_H
#define GOSCAPE_AST_CONSTANT_H

#include "goscape/AST/AST.h"
#include "goscape/AST/Type.h"

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>

namespace goscape {

class ConstantContext;

/// The kinds of constant value (go/constant's Kind, without Complex).
enum class ConstKind : uint8_t { Unknown, Bool, String, Int, Float };

/// An exact constant value. Create through ConstantContext.
class Constant {
public:
  ConstKind getKind() const { return Kind; }
  bool isUnknown() const { return Kind == ConstKind::Unknown; }

  bool getBool() const;
  llvm::StringRef getString() const;
  /// The value as a signed integer if it is an Int (or integral Float)
  /// that fits in 64 bits.
  std::optional<int64_t> getInt64() const;
  std::optional<uint64_t> getUint64() const;
  /// The value rounded to the nearest double (for code generation).
  double getDouble() const;

  /// Prints the value as types2 does in messages: `300`, `1.5`, `1e+100`,
  /// `"abc"`, `true`, `'a'` for runes is the caller's business.
  void print(llvm::raw_ostream &OS) const;
  std::string toString() const;

  /// -1, 0 or 1 for numeric values (1 for the other kinds).
  int sign() const;
  /// The exact value of an Int or integral Float (signed, minimal width).
  std::optional<llvm::APInt> getAPInt() const;
  /// Bit length of an Int's magnitude (go/constant's BitLen); 0 otherwise.
  unsigned getBitLen() const;

protected:
  explicit Constant(ConstKind Kind) : Kind(Kind) {}

private:
  ConstKind Kind;
};

/// Creates constants and evaluates operations on them exactly.
class ConstantContext {
public:
  ConstantContext();
  ~ConstantContext();
  ConstantContext(const ConstantContext &) = delete;
  ConstantContext &operator=(const ConstantContext &) = delete;

  const Constant *getUnknown();
  const Constant *getBool(bool V);
  const Constant *getString(llvm::StringRef V);
  const Constant *getInt(const llvm::APSInt &V);
  const Constant *getInt64(int64_t V);
  /// The exact value of V as a Float (go/constant's MakeFloat64); Unknown
  /// for infinities and NaN.
  const Constant *getFloat64(double V);
  /// The Float Num/Den (signed APInts of any width); Unknown if Den is 0.
  const Constant *getRat(const llvm::APInt &Num, const llvm::APInt &Den);
  /// Parses a literal as written (`0x_1F`, `1e3`, `0x1p-2`, `'a'`, `"a\n"`,
  /// raw strings). Returns Unknown for a malformed literal.
  const Constant *fromLiteral(LitKind Kind, llvm::StringRef Spelling);

  /// `X Op Y` for arithmetic, bitwise and logical operators. IntDivision
  /// selects truncated integer division for `/` on integer operands.
  /// Returns Unknown on division by zero (the caller reports it).
  const Constant *binaryOp(const Constant *X, Operator Op, const Constant *Y,
                           bool IntDivision);
  /// `X << S` or `X >> S`.
  const Constant *shift(const Constant *X, Operator Op, uint64_t S);
  /// `Op X` for +, -, ^ and !; Prec is the bit width for ^ on unsigned
  /// typed operands (0 for untyped or signed).
  const Constant *unaryOp(Operator Op, const Constant *X, unsigned Prec);
  /// `X Op Y` for comparison operators.
  bool compare(const Constant *X, Operator Op, const Constant *Y);

  /// Conversions between the numeric kinds (go/constant's ToInt/ToFloat);
  /// toInt returns Unknown when X is not integral.
  const Constant *toInt(const Constant *X);
  const Constant *toFloat(const Constant *X);

  /// Whether X is representable by basic type T (spec "Representability").
  /// When it is, *Rounded (if non-null) receives the value rounded to T
  /// (floats to float32/float64 precision).
  bool representable(const Constant *X, const Basic *T,
                     const Constant **Rounded);

private:
  struct Impl;
  Impl *P;
};

} // namespace goscape

#endif
