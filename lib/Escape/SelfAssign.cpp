//===- SelfAssign.cpp - gc's self-assignment filter -----------------------===//
//
// gc ignores assignments that only move pointers within one object, such
// as `b.buf = b.buf[1:]` or `p.x = p.y` (and says so at -m): they cannot
// make anything escape that did not already. The test is syntactic, over
// gc's view of the expressions: `x.f` is a field selection through a
// pointer when x is one, a promoted field `x.f` is `x.E.f` with the
// embedded fields spelled out, `a[i]` of a map is not an index, and
// parentheses do not count.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

using namespace goscape;
using namespace goscape::escape;

static bool isPointerTyped(const Expr *E) {
  return E->getType() && llvm::isa<Pointer>(E->getType()->getUnderlying());
}

/// The field selection `X.f` (null when E is none).
static const SelectorExpr *fieldSel(const Expr *E, const CheckedPackage &CP) {
  auto *S = llvm::dyn_cast_or_null<SelectorExpr>(E);
  if (!S)
    return nullptr;
  const Selection *Sel = CP.getSelection(S);
  return Sel && Sel->Kind == SelectionKind::FieldVal ? S : nullptr;
}

/// A promoted field's selection, which gc spells out as selections of the
/// embedded fields it goes through.
static bool isPromoted(const SelectorExpr *S, const CheckedPackage &CP) {
  return CP.getSelection(S)->Path.size() > 1;
}

/// gc's view of a chain of field selections `X.f.g`: the root X, and in
/// Steps the index of every field selected from it in order, embedded
/// fields included.
static const Expr *fieldChain(const Expr *E, const CheckedPackage &CP,
                              llvm::SmallVectorImpl<unsigned> &Steps) {
  llvm::SmallVector<llvm::ArrayRef<unsigned>, 4> Rev;
  while (auto *S = fieldSel(unparen(E), CP)) {
    Rev.push_back(CP.getSelection(S)->Path);
    E = S->getX();
  }
  for (llvm::ArrayRef<unsigned> P : llvm::reverse(Rev))
    Steps.append(P.begin(), P.end());
  return E;
}

/// `*X` (null when E is none).
static const Operation *deref(const Expr *E) {
  auto *O = llvm::dyn_cast_or_null<Operation>(E);
  return O && O->isUnary() && O->getOp() == Operator::Mul ? O : nullptr;
}

static const Var *nameVar(const Expr *E) {
  auto *N = llvm::dyn_cast_or_null<Name>(unparen(E));
  return N ? llvm::dyn_cast_or_null<Var>(N->getObject()) : nullptr;
}

/// An index of an array, slice or string (not of a map).
static const IndexExpr *arrayIndex(const Expr *E) {
  auto *I = llvm::dyn_cast_or_null<IndexExpr>(E);
  if (!I || !I->getX()->getType())
    return nullptr;
  return llvm::isa<Map>(I->getX()->getType()->getUnderlying()) ? nullptr : I;
}

/// The basic kind gc computes a numeric type with (its SimType): int and
/// int64 are one kind, as are uint, uint64 and uintptr.
static BasicKind simKind(BasicKind K) {
  switch (K) {
  case BasicKind::Int:
    return BasicKind::Int64;
  case BasicKind::Uint:
  case BasicKind::Uintptr:
    return BasicKind::Uint64;
  default:
    return K;
  }
}

/// True when gc's conversion from From to To changes only the type
/// (OCONVNOP), which gc's SameSafeExpr looks through.
static bool isConvNop(const Type *From, const Type *To) {
  if (!From || !To)
    return false;
  auto *BF = llvm::dyn_cast<Basic>(From->getUnderlying());
  auto *BT = llvm::dyn_cast<Basic>(To->getUnderlying());
  // A float conversion rounds, so gc keeps it even between identical kinds.
  if (BF && BT && (BF->getInfo() & IsFloat) &&
      BF->getBasicKind() == BT->getBasicKind())
    return false;
  if (identicalIgnoreTags(From->getUnderlying(), To->getUnderlying()))
    return true;
  auto *PF = llvm::dyn_cast<Pointer>(From);
  auto *PT = llvm::dyn_cast<Pointer>(To);
  if (PF && PT)
    return identicalIgnoreTags(PF->getElem()->getUnderlying(),
                               PT->getElem()->getUnderlying());
  return BF && BT && (BF->getInfo() & IsNumeric) &&
         (BT->getInfo() & IsNumeric) &&
         simKind(BF->getBasicKind()) == simKind(BT->getBasicKind());
}

/// The operand of a non-constant conversion `T(x)` (null when E is none).
static const Expr *convOperand(const Expr *E, const CheckedPackage &CP) {
  auto *C = llvm::dyn_cast_or_null<CallExpr>(E);
  if (!C || E->getConstValue() ||
      CP.getCallKind(C) != CallKind::Conversion || C->getArgs().size() != 1)
    return nullptr;
  return C->getArgs()[0];
}

/// E without parentheses and without the conversions gc drops (OCONVNOP).
static const Expr *stripConvNop(const Expr *E, const CheckedPackage &CP) {
  E = unparen(E);
  while (const Expr *X = convOperand(E, CP)) {
    if (!isConvNop(X->getType(), E->getType()))
      break;
    E = unparen(X);
  }
  return E;
}

/// gc's SameSafeExpr: L and R denote the same storage or value without side
/// effects. Constants (named or folded) compare by value, as gc's literals.
static bool sameSafe(const Expr *L, const Expr *R, const CheckedPackage &CP) {
  L = stripConvNop(L, CP);
  R = stripConvNop(R, CP);
  if (!L || !R || !L->getType() || !R->getType() ||
      !identical(L->getType(), R->getType()))
    return false;
  const Constant *LC = L->getConstValue(), *RC = R->getConstValue();
  if (LC || RC)
    return LC && RC && CP.getConsts().compare(LC, Operator::Eql, RC);
  if (L->getKind() != R->getKind())
    return false;
  if (const Var *V = nameVar(L))
    return V == nameVar(R);
  if (fieldSel(L, CP)) {
    llvm::SmallVector<unsigned, 4> LSteps, RSteps;
    const Expr *LX = fieldChain(L, CP, LSteps);
    const Expr *RX = fieldChain(R, CP, RSteps);
    return LSteps == RSteps && sameSafe(LX, RX, CP);
  }
  if (auto *LO = llvm::dyn_cast<Operation>(L)) {
    auto *RO = llvm::cast<Operation>(R);
    if (LO->isUnary() != RO->isUnary() || LO->getOp() != RO->getOp())
      return false;
    if (!LO->isUnary()) {
      switch (LO->getOp()) {
      case Operator::Add:
      case Operator::Sub:
      case Operator::Or:
      case Operator::Xor:
      case Operator::Mul:
      case Operator::Shl:
      case Operator::Shr:
      case Operator::And:
      case Operator::AndNot:
      case Operator::Div:
      case Operator::Rem:
        return sameSafe(LO->getX(), RO->getX(), CP) &&
               sameSafe(LO->getY(), RO->getY(), CP);
      default:
        return false;
      }
    }
    switch (LO->getOp()) {
    case Operator::Mul:
    case Operator::Not:
    case Operator::Xor:
    case Operator::Add:
    case Operator::Sub:
      return sameSafe(LO->getX(), RO->getX(), CP);
    default:
      return false;
    }
  }
  if (auto *LI = llvm::dyn_cast<IndexExpr>(L)) {
    auto *RI = llvm::cast<IndexExpr>(R);
    return sameSafe(LI->getX(), RI->getX(), CP) &&
           sameSafe(LI->getIndex(), RI->getIndex(), CP);
  }
  // A conversion gc keeps (OCONV) is safe between simple types only.
  if (const Expr *LX = convOperand(L, CP)) {
    const Expr *RX = convOperand(R, CP);
    auto *B = llvm::dyn_cast<Basic>(L->getType()->getUnderlying());
    return RX && B && (B->getInfo() & (IsBoolean | IsNumeric)) &&
           sameSafe(LX, RX, CP);
  }
  return false;
}

/// True when gc compiles the conversion from From to To as OCONV or
/// OCONVNOP, which only compute; the conversions between strings and byte
/// or rune slices, from an integer to a string and to an interface are
/// operations of their own that allocate.
static bool isPlainConv(const Type *From, const Type *To) {
  if (!From || !To)
    return false;
  auto *BF = llvm::dyn_cast<Basic>(From->getUnderlying());
  auto *BT = llvm::dyn_cast<Basic>(To->getUnderlying());
  auto IsUnsafePtr = [](const Basic *B) {
    return B && B->getBasicKind() == BasicKind::UnsafePointer;
  };
  if (BF && BT && (BF->getInfo() & IsNumeric) && (BT->getInfo() & IsNumeric))
    return true;
  if (IsUnsafePtr(BF) || IsUnsafePtr(BT))
    return true;
  return isConvNop(From, To);
}

/// gc's mayAffectMemory: evaluating E may write memory.
static bool mayAffectMemory(const Expr *E, const CheckedPackage &CP) {
  E = unparen(E);
  // gc folds a constant expression into a literal.
  if (llvm::isa<Name>(E) || llvm::isa<BasicLit>(E) || E->getConstValue())
    return false;
  if (auto *O = llvm::dyn_cast<Operation>(E)) {
    if (O->isUnary())
      return O->getOp() == Operator::And || O->getOp() == Operator::Recv ||
             mayAffectMemory(O->getX(), CP);
    switch (O->getOp()) {
    case Operator::Add:
    case Operator::Sub:
    case Operator::Or:
    case Operator::Xor:
    case Operator::Mul:
    case Operator::Shl:
    case Operator::Shr:
    case Operator::And:
    case Operator::AndNot:
    case Operator::Div:
    case Operator::Rem:
      return mayAffectMemory(O->getX(), CP) || mayAffectMemory(O->getY(), CP);
    default:
      return true;
    }
  }
  if (auto *I = arrayIndex(E))
    return mayAffectMemory(I->getX(), CP) || mayAffectMemory(I->getIndex(), CP);
  if (auto *S = fieldSel(E, CP))
    return mayAffectMemory(S->getX(), CP);
  if (auto *C = llvm::dyn_cast<CallExpr>(E)) {
    if (C->getArgs().size() != 1)
      return true;
    const Expr *Arg = C->getArgs()[0];
    bool Pure = (CP.getCallKind(C) == CallKind::Conversion &&
                 isPlainConv(Arg->getType(), C->getType())) ||
                (CP.getCallKind(C) == CallKind::Builtin &&
                 (CP.getBuiltin(C) == BuiltinId::Len ||
                  CP.getBuiltin(C) == BuiltinId::Cap));
    return !Pure || mayAffectMemory(Arg, CP);
  }
  return true;
}

/// The pointer X of `*X` or of `X.f` with X a pointer (gc's ODEREF and
/// ODOTPTR); null otherwise.
static const Expr *indirectBase(const Expr *E, const CheckedPackage &CP) {
  E = unparen(E);
  if (auto *D = deref(E))
    return D->getX();
  // A promoted field's base is the selection of an embedded field.
  if (auto *S = fieldSel(E, CP))
    if (!isPromoted(S, CP) && isPointerTyped(S->getX()))
      return S->getX();
  return nullptr;
}

/// `*p = (*p)[i:j]` and `p.f = p.g[i:j]` with the same variable p.
static bool isSliceSelfAssign(const Expr *Dst, const Expr *Src,
                              const CheckedPackage &CP) {
  const Var *DV = nameVar(indirectBase(Dst, CP));
  auto *S = llvm::dyn_cast_or_null<SliceExpr>(unparen(Src));
  if (!DV || !S)
    return false;
  // Slicing an array variable takes its address: not this pattern.
  if (S->getX()->getType() &&
      llvm::isa<Array>(S->getX()->getType()->getUnderlying()))
    return false;
  return DV == nameVar(indirectBase(S->getX(), CP));
}

bool escape::isSelfAssign(const Expr *Dst, const Expr *Src,
                          const CheckedPackage &CP) {
  if (!Dst || !Src)
    return false;
  if (isSliceSelfAssign(Dst, Src, CP))
    return true;
  Dst = unparen(Dst);
  Src = unparen(Src);
  if (fieldSel(Dst, CP) && fieldSel(Src, CP)) {
    // The selections' bases: all but the last field of each chain.
    llvm::SmallVector<unsigned, 4> DSteps, SSteps;
    const Expr *DX = fieldChain(Dst, CP, DSteps);
    const Expr *SX = fieldChain(Src, CP, SSteps);
    DSteps.pop_back();
    SSteps.pop_back();
    if (DSteps.empty() && SSteps.empty())
      return isPointerTyped(DX) == isPointerTyped(SX) && sameSafe(DX, SX, CP);
    return DSteps == SSteps && sameSafe(DX, SX, CP);
  }
  auto *DI = arrayIndex(Dst), *SI = arrayIndex(Src);
  if (DI && SI)
    return !mayAffectMemory(DI->getIndex(), CP) &&
           !mayAffectMemory(SI->getIndex(), CP) &&
           sameSafe(DI->getX(), SI->getX(), CP);
  return false;
}
