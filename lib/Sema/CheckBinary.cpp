//===- CheckBinary.cpp - Binary operations, shifts, comparisons -----------===//
//
// types2's binary, shift and comparison (Go 1.19): untyped operands are
// first converted towards each other when the operand kinds can mix, then
// the operand types must be identical and the operator defined on them.
// Constant operands fold exactly (ConstantContext), with division by zero
// and overflow reported as gc does. A shift of an untyped constant by a
// non-constant count stays untyped until its context gives it a type,
// which must then be an integer type ("(shift of type float64)").
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

using namespace goscape;
using namespace goscape::sema;

bool Checker::isComparison(Operator Op) const {
  switch (Op) {
  case Operator::Eql:
  case Operator::Neq:
  case Operator::Lss:
  case Operator::Leq:
  case Operator::Gtr:
  case Operator::Geq:
    return true;
  default:
    return false;
  }
}

static bool isShiftOp(Operator Op) {
  return Op == Operator::Shl || Op == Operator::Shr;
}

static std::string kindString(Checker &C, const Type *T) {
  const Type *U = T->getUnderlying();
  switch (U ? U->getKind() : TypeKind::Basic) {
  case TypeKind::Array:
    return "array";
  case TypeKind::Slice:
    return "slice";
  case TypeKind::Struct:
    return "struct";
  case TypeKind::Pointer:
    return "pointer";
  case TypeKind::Signature:
    return "func";
  case TypeKind::Interface:
    return "interface";
  case TypeKind::Map:
    return "map";
  case TypeKind::Chan:
    return "chan";
  default:
    return C.typeString(T);
  }
}

std::string Checker::incomparableCause(const Type *T) {
  const Type *U = T->getUnderlying();
  if (llvm::isa<Slice>(U) || llvm::isa<Signature>(U) || llvm::isa<Map>(U))
    return kindString(*this, T) + " can only be compared to nil";
  if (auto *S = llvm::dyn_cast<Struct>(U)) {
    for (Var *F : S->getFields())
      if (!isComparable(F->getType()))
        return "struct containing " + typeString(F->getType()) +
               " cannot be compared";
  }
  if (auto *A = llvm::dyn_cast<Array>(U))
    if (!isComparable(A->getElem()))
      return typeString(T) + " cannot be compared";
  return "";
}

static bool isNilOperand(const Operand &X) {
  return X.Mode == ExprMode::Nil;
}

void Checker::binary(Operand &X, Expr *E, Expr *Lhs, Expr *Rhs, Operator Op,
                     SourceLoc OpPos, bool OpAssign) {
  Operand Y;
  expr(X, Lhs);
  expr(Y, Rhs);
  if (X.isInvalid())
    return;
  if (Y.isInvalid()) {
    X.setInvalid();
    X.E = Y.E;
    return;
  }
  if (isShiftOp(Op)) {
    shift(X, Y, E, Op);
    return;
  }
  auto CanMix = [&](const Operand &A, const Operand &B) {
    if (isInterface(A.Ty) || isInterface(B.Ty))
      return true;
    if (isBoolean(A.Ty) != isBoolean(B.Ty))
      return false;
    if (isString(A.Ty) != isString(B.Ty))
      return false;
    if (isNilOperand(A) && !hasNil(B.Ty))
      return false;
    if (isNilOperand(B) && !hasNil(A.Ty))
      return false;
    return true;
  };
  if (CanMix(X, Y)) {
    convertUntyped(X, Y.Ty);
    if (X.isInvalid())
      return;
    convertUntyped(Y, X.Ty);
    if (Y.isInvalid()) {
      X.setInvalid();
      return;
    }
  }
  if (isComparison(Op)) {
    comparison(X, Y, Op, false, E);
    return;
  }
  if (!identical(X.Ty, Y.Ty)) {
    if (X.Ty != Invalid && Y.Ty != Invalid) {
      if (!OpAssign)
        error(posOf(X), DiagId::MismatchedTypes, exprString(E),
              typeString(X.Ty), typeString(Y.Ty));
      else
        error(posOf(X), DiagId::MismatchedTypesOpAssign, exprString(Lhs),
              getOperatorSpelling(Op), exprString(Rhs), typeString(X.Ty),
              typeString(Y.Ty));
    }
    X.setInvalid();
    return;
  }
  if (!opPredicate(X, Op, true)) {
    X.setInvalid();
    return;
  }
  if (Op == Operator::Div || Op == Operator::Rem) {
    if ((X.Mode == ExprMode::Constant || isInteger(X.Ty)) &&
        Y.Mode == ExprMode::Constant && !Y.Val->isUnknown()) {
      const Constant *Zero = Consts.getInt64(0);
      bool IsZero = false;
      if (Y.Val->getKind() == ConstKind::Int ||
          Y.Val->getKind() == ConstKind::Float)
        IsZero = Consts.compare(Y.Val, Operator::Eql, Zero);
      if (IsZero) {
        error(posOf(Y), DiagId::DivisionByZero);
        X.setInvalid();
        return;
      }
    }
  }
  if (X.Mode == ExprMode::Constant && Y.Mode == ExprMode::Constant) {
    if (X.Val->isUnknown() || Y.Val->isUnknown()) {
      X.Val = Consts.getUnknown();
      return;
    }
    bool IntDiv = Op == Operator::Div && isInteger(X.Ty);
    X.Val = Consts.binaryOp(X.Val, Op, Y.Val, IntDiv);
    X.E = E;
    overflow(X, OpPos);
    return;
  }
  X.Mode = ExprMode::Value;
}

bool Checker::opPredicate(Operand &X, Operator Op, bool) {
  bool OK;
  switch (Op) {
  case Operator::Add:
    OK = isNumeric(X.Ty) || isString(X.Ty);
    break;
  case Operator::Sub:
  case Operator::Mul:
  case Operator::Div:
    OK = isNumeric(X.Ty);
    break;
  case Operator::Rem:
  case Operator::And:
  case Operator::Or:
  case Operator::Xor:
  case Operator::AndNot:
    OK = isInteger(X.Ty);
    break;
  case Operator::AndAnd:
  case Operator::OrOr:
    OK = isBoolean(X.Ty);
    break;
  default:
    OK = false;
  }
  if (!OK)
    error(posOf(X), DiagId::OperatorNotDefined, getOperatorSpelling(Op),
          operandString(X));
  return OK;
}

void Checker::shift(Operand &X, Operand &Y, Expr *E, Operator Op) {
  const Constant *XVal = nullptr;
  if (X.Mode == ExprMode::Constant)
    XVal = Consts.toInt(X.Val);
  if (!(isInteger(X.Ty) || (isUntyped(X.Ty) && XVal &&
                            XVal->getKind() == ConstKind::Int))) {
    error(posOf(X), DiagId::ShiftedOperandNotInteger, operandString(X));
    X.setInvalid();
    return;
  }
  if (Y.Mode == ExprMode::Constant) {
    const Constant *YVal = Consts.toInt(Y.Val);
    if (YVal->getKind() == ConstKind::Int &&
        Consts.compare(YVal, Operator::Lss, Consts.getInt64(0))) {
      error(posOf(Y), DiagId::NegativeShiftCount, operandString(Y));
      X.setInvalid();
      return;
    }
    if (isUntyped(Y.Ty)) {
      representable(Y, Types.getBasic(BasicKind::Uint), true);
      if (Y.isInvalid()) {
        X.setInvalid();
        return;
      }
      // A count such as 2.0 is an integer: give it type uint, so that
      // code generation never shifts by a float.
      if (!isInteger(Y.Ty))
        convertUntyped(Y, Types.getBasic(BasicKind::Uint));
    }
  } else {
    if (isInteger(Y.Ty)) {
      // Signed shift counts are fine since Go 1.13.
    } else if (isUntyped(Y.Ty)) {
      convertUntyped(Y, Types.getBasic(BasicKind::Uint));
      if (Y.isInvalid()) {
        X.setInvalid();
        return;
      }
    } else {
      error(posOf(Y), DiagId::ShiftCountNotInteger, operandString(Y));
      X.setInvalid();
      return;
    }
  }
  if (X.Mode == ExprMode::Constant) {
    if (Y.Mode == ExprMode::Constant) {
      if (X.Val->isUnknown() || Y.Val->isUnknown()) {
        X.Val = Consts.getUnknown();
        if (!isInteger(X.Ty))
          X.Ty = Types.getBasic(BasicKind::UntypedInt);
        return;
      }
      auto S = Y.Val->getUint64();
      if (!S || *S > 1023 - 1 + 52) {
        error(posOf(Y), DiagId::InvalidShiftCount, operandString(Y));
        X.setInvalid();
        return;
      }
      if (!isInteger(X.Ty))
        X.Ty = Types.getBasic(BasicKind::UntypedInt);
      X.Val = Consts.shift(XVal, Op, *S);
      X.E = E;
      if (X.Val->isUnknown()) {
        error(E->getLoc(), DiagId::ConstOverflow, "shift");
        return;
      }
      overflow(X, E->getLoc());
      return;
    }
    if (isUntyped(X.Ty)) {
      // The lhs of a non-constant shift: its type comes from context.
      if (X.E) {
        UntypedShiftLhs.insert(X.E);
        UntypedShiftParent[X.E] = E;
      }
      X.Mode = ExprMode::Value;
      return;
    }
  }
  if (!isInteger(X.Ty)) {
    error(posOf(X), DiagId::ShiftedOperandNotInteger, operandString(X));
    X.setInvalid();
    return;
  }
  X.Mode = ExprMode::Value;
}

void Checker::comparison(Operand &X, Operand &Y, Operator Op, bool Switch,
                         Expr *) {
  if (Switch)
    Op = Operator::Eql;
  Operand *ErrOp = &X;
  std::string Cause;
  bool OK = assignableTo(X, Y.Ty, nullptr);
  if (!OK)
    OK = assignableTo(Y, X.Ty, nullptr);
  if (!OK) {
    ErrOp = &Y;
    Cause = "mismatched types " + typeString(X.Ty) + " and " +
            typeString(Y.Ty);
    goto Error;
  }
  switch (Op) {
  case Operator::Eql:
  case Operator::Neq:
    if (isNilOperand(X) || isNilOperand(Y)) {
      const Type *T = isNilOperand(X) ? Y.Ty : X.Ty;
      if (!hasNil(T)) {
        ErrOp = &Y;
        goto Error;
      }
    } else if (!isComparable(X.Ty)) {
      ErrOp = &X;
      Cause = incomparableCause(X.Ty);
      goto Error;
    } else if (!isComparable(Y.Ty)) {
      ErrOp = &Y;
      Cause = incomparableCause(Y.Ty);
      goto Error;
    }
    break;
  default:
    if (!isOrdered(X.Ty)) {
      ErrOp = &X;
      goto Error;
    }
    if (!isOrdered(Y.Ty)) {
      ErrOp = &Y;
      goto Error;
    }
    break;
  }
  if (X.Mode == ExprMode::Constant && Y.Mode == ExprMode::Constant) {
    if (X.Val->isUnknown() || Y.Val->isUnknown())
      X.Val = Consts.getUnknown();
    else
      X.Val = Consts.getBool(Consts.compare(X.Val, Op, Y.Val));
  } else {
    X.Mode = ExprMode::Value;
    X.Val = nullptr;
    updateExprType(X.E, defaultType(X.Ty), true);
    updateExprType(Y.E, defaultType(Y.Ty), true);
  }
  X.Ty = Types.getBasic(BasicKind::UntypedBool);
  return;
Error:
  if (Cause.empty())
    Cause = "operator " + getOperatorSpelling(Op).str() +
            " not defined on " + kindString(*this, ErrOp->Ty);
  if (Switch)
    error(posOf(X), DiagId::InvalidCase, exprString(X.E), exprString(Y.E),
          Cause);
  else
    error(posOf(*ErrOp), DiagId::InvalidComparison, exprString(X.E),
          getOperatorSpelling(Op), exprString(Y.E), Cause);
  X.setInvalid();
}
