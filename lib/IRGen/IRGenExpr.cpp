//===- IRGenExpr.cpp - Values, conversions, operators, literals -----------===//
//
// expr() yields an expression's value (a Tuple for multi-value calls and
// comma-ok forms); exprTo() also applies the implicit conversion to the
// type the context needs (assignment, argument, return, send, map key,
// literal element), turning untyped constants and nil into typed Consts.
// && and || are control flow: cond() branches on them directly, and as
// values they merge in a phi. String `+` chains are one Concat (gc's
// OADDSTR). Struct and array literals build in an Alloc of kind
// CompositeLit (the literal's storage; `&T{}` allocates at the `&`), slice
// literals slice such an array, map literals are MakeMap and MapUpdates.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

using namespace goscape;
using namespace goscape::irgen;

bool irgen::isNilExpr(const CheckedPackage &CP, const Expr *E) {
  E = unparen(E);
  if (CP.getMode(E) == ExprMode::Nil)
    return true;
  auto *N = llvm::dyn_cast<Name>(E);
  return N && N->getObject() && llvm::isa<Nil>(N->getObject());
}

Value *FuncGen::expr(const Expr *E) {
  E = unparen(E);
  if (!Early.empty())
    if (Value *V = takeEarly(E))
      return V;
  if (ExprDepth == 0) {
    evalEarly(E);
    if (Value *V = takeEarly(E))
      return V;
  }
  DepthGuard G(*this);
  return lowerExpr(E);
}

Value *FuncGen::lowerExpr(const Expr *E) {
  if (isConstExpr(E))
    return constant(E->getConstValue(), E->getType());
  switch (E->getKind()) {
  case NodeKind::ParenExpr:
    return expr(llvm::cast<ParenExpr>(E)->getX());
  case NodeKind::Name: {
    Object *O = llvm::cast<Name>(E)->getObject();
    if (auto *V = llvm::dyn_cast_or_null<Var>(O))
      return readVar(V, E);
    if (auto *Fn = llvm::dyn_cast_or_null<Func>(O))
      return MG.functionFor(Fn);
    if (auto *C = llvm::dyn_cast_or_null<goscape::Const>(O))
      return constant(C->getValue(), E->getType());
    return zero(typeOf(E));
  }
  case NodeKind::CompositeLit:
    return compositeLit(llvm::cast<CompositeLit>(E),
                        Provenance::of(E), /*WantAddr=*/false);
  case NodeKind::FuncLit:
    return funcLit(llvm::cast<FuncLit>(E));
  case NodeKind::SelectorExpr:
    return selector(llvm::cast<SelectorExpr>(E), /*WantAddr=*/false);
  case NodeKind::IndexExpr:
    return index(llvm::cast<IndexExpr>(E));
  case NodeKind::SliceExpr:
    return sliceExpr(llvm::cast<SliceExpr>(E));
  case NodeKind::AssertExpr: {
    auto *A = llvm::cast<AssertExpr>(E);
    return B.createTypeAssert(Provenance::of(E), expr(A->getX()),
                              A->getTypeExpr()->getType(),
                              MG.CP.isCommaOk(E));
  }
  case NodeKind::Operation: {
    auto *O = llvm::cast<Operation>(E);
    return O->isUnary() ? unary(O) : binary(O);
  }
  case NodeKind::CallExpr:
    return call(llvm::cast<CallExpr>(E));
  default:
    return zero(typeOf(E));
  }
}

Value *FuncGen::exprTo(const Expr *E, const Type *T, SourceLoc ConvLoc) {
  if (!T)
    return expr(E);
  const Expr *U = unparen(E);
  if (isNilExpr(MG.CP, U))
    return zero(T);
  Provenance P = ConvLoc.isValid() ? Provenance::at(ConvLoc, U)
                                   : Provenance::of(U);
  if (const Constant *C = U->getConstValue()) {
    if (!isInterface(T))
      return B.getConst(C, T);
    return convert(constant(C, U->getType()), T, P);
  }
  return convert(expr(U), T, P);
}

Value *FuncGen::convert(Value *V, const Type *To, Provenance P) {
  const Type *From = V->getType();
  if (!To || !From || From == To || identical(From, To))
    return V;
  if (llvm::isa<Tuple>(From))
    return V;
  if (isInterface(To)) {
    if (isInterface(From))
      return B.createChangeInterface(P, To, V);
    return B.createMakeInterface(P, To, V);
  }
  if (auto *C = llvm::dyn_cast<ir::Const>(V))
    if (!llvm::isa<Named>(To) || isConstType(To))
      return B.getConst(C->getValue(), To);
  const Type *UF = under(From), *UT = under(To);
  if (identicalIgnoreTags(UF, UT) ||
      (llvm::isa<Pointer>(UF) && llvm::isa<Pointer>(UT)) ||
      (llvm::isa<Chan>(UF) && llvm::isa<Chan>(UT)))
    return B.createChangeType(P, To, V);
  return B.createConvert(P, To, V);
}

static bool isElem(const Type *T, BasicKind K) {
  auto *S = llvm::dyn_cast_or_null<goscape::Slice>(under(T));
  auto *BT = S ? llvm::dyn_cast<Basic>(under(S->getElem())) : nullptr;
  return BT && BT->getBasicKind() == K;
}

Value *FuncGen::conversion(const CallExpr *E) {
  const Type *To = E->getType();
  const Expr *X = E->getArgs()[0];
  Provenance P = Provenance::of(E);
  if (isNilExpr(MG.CP, X))
    return zero(To);
  Value *V = expr(X);
  const Type *From = V->getType();
  const Type *UF = under(From), *UT = under(To);
  if (isInterface(To))
    return convert(V, To, P);
  if (isString(UT) && !isString(UF)) {
    if (isInteger(UF))
      return B.createStringConvert(P, ir::StringConvKind::RuneToString, To, V);
    if (isElem(UF, BasicKind::Uint8))
      return B.createStringConvert(P, ir::StringConvKind::BytesToString, To,
                                   V);
    return B.createStringConvert(P, ir::StringConvKind::RunesToString, To, V);
  }
  if (isString(UF) && llvm::isa<goscape::Slice>(UT))
    return B.createStringConvert(P,
                                 isElem(UT, BasicKind::Uint8)
                                     ? ir::StringConvKind::StringToBytes
                                     : ir::StringConvKind::StringToRunes,
                                 To, V);
  if (identical(From, To))
    return V;
  if (llvm::isa<goscape::Slice>(UF) && llvm::isa<Pointer>(UT))
    return B.createSliceToArrayPointer(P, To, V);
  auto *FP = llvm::dyn_cast<Pointer>(UF), *TP = llvm::dyn_cast<Pointer>(UT);
  if (identicalIgnoreTags(UF, UT) ||
      (FP && TP &&
       identicalIgnoreTags(under(FP->getElem()), under(TP->getElem()))) ||
      (llvm::isa<Chan>(UF) && llvm::isa<Chan>(UT)))
    return B.createChangeType(P, To, V);
  return B.createConvert(P, To, V);
}

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

void FuncGen::cond(const Expr *E, BasicBlock *T, BasicBlock *Fl,
                   const IfStmt *If) {
  E = unparen(E);
  if (auto *O = llvm::dyn_cast<Operation>(E); O && !E->getConstValue()) {
    if (O->getOp() == Operator::AndAnd && !O->isUnary()) {
      BasicBlock *Mid = newBlock("cond.true");
      cond(O->getX(), Mid, Fl, If);
      sealBlock(Mid);
      setBlock(Mid);
      cond(O->getY(), T, Fl);
      return;
    }
    if (O->getOp() == Operator::OrOr && !O->isUnary()) {
      BasicBlock *Mid = newBlock("cond.false");
      cond(O->getX(), T, Mid, If);
      sealBlock(Mid);
      setBlock(Mid);
      cond(O->getY(), T, Fl);
      return;
    }
    if (O->getOp() == Operator::Not && O->isUnary()) {
      cond(O->getX(), Fl, T);
      return;
    }
  }
  evalEarly(E);
  branch(expr(E), T, Fl,
         If && E->getConstValue() ? Provenance::at(E->getLoc(), If)
                                  : Provenance::of(E));
}

Value *FuncGen::compare(Operator Op, Value *X, Value *Y, Provenance P) {
  const Type *XT = X->getType(), *YT = Y->getType();
  if (!identical(XT, YT)) {
    if (isInterface(XT) && !isInterface(YT))
      Y = convert(Y, XT, P);
    else if (isInterface(YT) && !isInterface(XT))
      X = convert(X, YT, P);
    else if (isInterface(XT) && isInterface(YT))
      Y = B.createChangeInterface(P, XT, Y);
    else
      Y = convert(Y, XT, P);
  }
  return B.createBinOp(P, Op, X, Y);
}

static bool isComparison(Operator Op) {
  return Op == Operator::Eql || Op == Operator::Neq || Op == Operator::Lss ||
         Op == Operator::Leq || Op == Operator::Gtr || Op == Operator::Geq;
}

/// Collects the operands of a chain of non-constant string `+`.
static void concatParts(const Expr *E, llvm::SmallVectorImpl<const Expr *> &Out) {
  const Expr *U = unparen(E);
  auto *O = llvm::dyn_cast<Operation>(U);
  if (O && !O->isUnary() && O->getOp() == Operator::Add &&
      !U->getConstValue() && isString(U->getType())) {
    concatParts(O->getX(), Out);
    concatParts(O->getY(), Out);
    return;
  }
  Out.push_back(E);
}

Value *FuncGen::binary(const Operation *E) {
  Provenance P = Provenance::of(E);
  const Type *Ty = typeOf(E);
  Operator Op = E->getOp();
  if (Op == Operator::AndAnd || Op == Operator::OrOr) {
    BasicBlock *Rhs = newBlock("binop.rhs");
    BasicBlock *Done = newBlock("binop.done");
    bool IsAnd = Op == Operator::AndAnd;
    if (IsAnd)
      cond(E->getX(), Rhs, Done);
    else
      cond(E->getX(), Done, Rhs);
    sealBlock(Rhs);
    setBlock(Rhs);
    evalEarly(E->getY());
    Value *Y = exprTo(E->getY(), Ty);
    BasicBlock *RhsEnd = cur();
    jump(Done, Provenance::synthetic(P.Loc, E));
    ir::Phi *Phi = newPhi(Done, Ty, Done->preds().size(), nullptr);
    for (unsigned I = 0; I != Done->preds().size(); ++I)
      Phi->setOperand(I, Done->preds()[I] == RhsEnd &&
                                 I + 1 == Done->preds().size()
                             ? Y
                             : B.getConst(MG.Consts.getBool(!IsAnd), Ty));
    sealBlock(Done);
    setBlock(Done);
    return Phi;
  }
  if (Op == Operator::Add && isString(Ty)) {
    llvm::SmallVector<const Expr *, 4> Parts;
    concatParts(E, Parts);
    llvm::SmallVector<Value *, 4> Vs;
    for (const Expr *X : Parts)
      Vs.push_back(exprTo(X, Ty));
    return B.createConcat(P, Vs);
  }
  if (isComparison(Op)) {
    // nil or a constant takes the other operand's type; two typed operands
    // keep theirs, and compare() converts the one that is not an interface.
    const Expr *X = E->getX(), *Y = E->getY();
    auto TakesOtherType = [&](const Expr *Op) {
      return isNilExpr(MG.CP, Op) || Op->getConstValue();
    };
    // A constant compared with an interface keeps its own type here:
    // compare() converts it as the comparison's operand.
    auto Operand = [&](const Expr *Op, const Type *Other) {
      if (isInterface(Other) && !isNilExpr(MG.CP, Op))
        return expr(Op);
      return exprTo(Op, Other);
    };
    Value *VX, *VY;
    if (TakesOtherType(X) && !TakesOtherType(Y)) {
      VY = expr(Y);
      VX = Operand(X, VY->getType());
    } else {
      VX = expr(X);
      VY = TakesOtherType(Y) ? Operand(Y, VX->getType()) : expr(Y);
    }
    Value *R = compare(Op, VX, VY, P);
    return convert(R, Ty, P);
  }
  if (Op == Operator::Shl || Op == Operator::Shr) {
    Value *X = exprTo(E->getX(), Ty);
    Value *Y = expr(E->getY());
    return B.createBinOp(P, Op, X, Y);
  }
  Value *X = exprTo(E->getX(), Ty);
  Value *Y = exprTo(E->getY(), Ty);
  return B.createBinOp(P, Op, X, Y);
}

Value *FuncGen::unary(const Operation *E) {
  Provenance P = Provenance::of(E);
  switch (E->getOp()) {
  case Operator::And: {
    const Expr *X = unparen(E->getX());
    if (auto *L = llvm::dyn_cast<CompositeLit>(X))
      return compositeLit(L, P, /*WantAddr=*/true);
    // &*p still dereferences p, which gc nil-checks: an unused load stands
    // for the check (code generation emits only the check).
    if (auto *D = llvm::dyn_cast<Operation>(X);
        D && D->isUnary() && D->getOp() == Operator::Mul) {
      Value *Ptr = expr(D->getX());
      B.createLoad(Provenance::synthetic(E->getLoc(), E), Ptr);
      return Ptr;
    }
    return addr(X);
  }
  case Operator::Mul:
    return B.createLoad(P, expr(E->getX()));
  case Operator::Recv:
    return B.createUnOp(P, Operator::Recv, expr(E->getX()),
                        MG.CP.isCommaOk(E));
  case Operator::Add:
    return exprTo(E->getX(), typeOf(E));
  default:
    return B.createUnOp(P, E->getOp(), exprTo(E->getX(), typeOf(E)));
  }
}

//===----------------------------------------------------------------------===//
// Composite literals
//===----------------------------------------------------------------------===//

/// gc positions the conversions of an element written `k: v` (of the key
/// and of the value) at the colon, others at their own position.
static SourceLoc elemConvLoc(const Expr *El) {
  auto *KV = llvm::dyn_cast<KeyValueExpr>(El);
  return KV ? KV->getLoc() : SourceLoc();
}

Value *FuncGen::litElemValue(const Expr *Elem, const Type *ElemTy,
                             SourceLoc ConvLoc) {
  const Expr *U = unparen(Elem);
  if (auto *L = llvm::dyn_cast<CompositeLit>(U))
    if (llvm::isa<Pointer>(under(ElemTy)) &&
        !llvm::isa<Pointer>(under(L->getType())))
      return convert(compositeLit(L, Provenance::of(L), /*WantAddr=*/true),
                     ElemTy, Provenance::of(L));
  return exprTo(Elem, ElemTy, ConvLoc);
}

static int64_t constIndex(const Expr *E, int64_t Dflt) {
  if (const Constant *C = E->getConstValue())
    if (auto V = C->getInt64())
      return *V;
  return Dflt;
}

void FuncGen::fillLit(Value *Addr, const CompositeLit *E, const Type *Ty) {
  const Type *U = under(Ty);
  if (auto *S = llvm::dyn_cast<Struct>(U)) {
    unsigned Pos = 0;
    for (const Expr *El : E->getElems()) {
      unsigned FI = Pos++;
      const Expr *Val = El;
      if (auto *KV = llvm::dyn_cast<KeyValueExpr>(El)) {
        Val = KV->getValue();
        if (auto *K = llvm::dyn_cast<Name>(unparen(KV->getKey())))
          // The last field of that name, as a forward scan would find.
          for (unsigned I = S->getFields().size(); I-- > 0;)
            if (S->getFields()[I]->getName() == K->getValue()) {
              FI = I;
              break;
            }
      }
      Value *V = litElemValue(Val, S->getFields()[FI]->getType(),
                              elemConvLoc(El));
      Value *FA = B.createFieldAddr(Provenance::of(El), Addr, FI);
      B.createStore(Provenance::of(El), FA, V);
    }
    return;
  }
  const Type *ElemTy = nullptr;
  if (auto *A = llvm::dyn_cast<Array>(U))
    ElemTy = A->getElem();
  else if (auto *Sl = llvm::dyn_cast<goscape::Slice>(U))
    ElemTy = Sl->getElem();
  if (!ElemTy)
    return;
  int64_t Idx = 0;
  const Type *IntTy = MG.Types.getBasic(BasicKind::Int);
  for (const Expr *El : E->getElems()) {
    const Expr *Val = El;
    if (auto *KV = llvm::dyn_cast<KeyValueExpr>(El)) {
      Idx = constIndex(KV->getKey(), Idx);
      Val = KV->getValue();
    }
    Value *V = litElemValue(Val, ElemTy, elemConvLoc(El));
    Value *IA = B.createIndexAddr(Provenance::of(El), Addr,
                                  B.getConst(MG.Consts.getInt64(Idx), IntTy));
    B.createStore(Provenance::of(El), IA, V);
    ++Idx;
  }
}

Value *FuncGen::compositeLit(const CompositeLit *E, Provenance AllocP,
                             bool WantAddr) {
  const Type *Ty = E->getType();
  const Type *U = under(Ty);
  Provenance P = Provenance::of(E);
  if (auto *Ptr = llvm::dyn_cast<Pointer>(U)) {
    // An elided `&T` in a literal of pointers: the literal's type is *T.
    Ty = Ptr->getElem();
    U = under(Ty);
    WantAddr = true;
  }
  if (auto *M = llvm::dyn_cast<Map>(U)) {
    Value *Hint = B.getConst(MG.Consts.getInt64(E->getElems().size()),
                             MG.Types.getBasic(BasicKind::Int));
    // `&map[K]V{...}`: gc reports the map at its `{` and the pointer's
    // cell at the `&`.
    Value *MV = B.createMakeMap(P, Ty, Hint);
    for (const Expr *El : E->getElems()) {
      auto *KV = llvm::dyn_cast<KeyValueExpr>(El);
      if (!KV)
        continue;
      // gc inserts entry by entry, each ordered as its own assignment.
      orderElem(KV->getKey(), M->getKey());
      orderElem(KV->getValue(), M->getElem());
      Value *K = litElemValue(KV->getKey(), M->getKey(),
                              elemConvLoc(KV));
      Value *V = litElemValue(KV->getValue(), M->getElem(),
                              elemConvLoc(KV));
      B.createMapUpdate(Provenance::of(El), MV, K, V);
    }
    if (!WantAddr)
      return MV;
    Value *A = B.createAlloc(AllocP, ir::AllocKind::CompositeLit, Ty);
    B.createStore(P, A, MV);
    return A;
  }
  if (auto *S = llvm::dyn_cast<goscape::Slice>(U)) {
    int64_t N = 0, Idx = 0;
    for (const Expr *El : E->getElems()) {
      if (auto *KV = llvm::dyn_cast<KeyValueExpr>(El))
        Idx = constIndex(KV->getKey(), Idx);
      N = std::max(N, ++Idx);
    }
    const Type *ArrTy = MG.Types.getArray(S->getElem(), N);
    Value *Arr = B.createAlloc(WantAddr ? Provenance::synthetic(P.Loc, E) : P,
                               ir::AllocKind::CompositeLit, ArrTy);
    fillLit(Arr, E, Ty);
    Value *SV = convert(B.createSlice(P, Arr, nullptr, nullptr, nullptr), Ty,
                        P);
    if (!WantAddr)
      return SV;
    Value *A = B.createAlloc(AllocP, ir::AllocKind::CompositeLit, Ty);
    B.createStore(P, A, SV);
    return A;
  }
  Value *A = B.createAlloc(AllocP, ir::AllocKind::CompositeLit, Ty);
  fillLit(A, E, Ty);
  if (WantAddr)
    return A;
  return B.createLoad(Provenance::synthetic(P.Loc, E), A);
}
