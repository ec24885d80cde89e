//===- IRGenAddr.cpp - Addresses, selectors, indexing, assignment ---------===//
//
// An expression is lowered through its address when it denotes memory:
// a location variable, `*p`, an element of a slice or of an addressable
// array, a field reached through a pointer or of an addressable struct.
// Selections walk their index path from the operand, stepping through
// embedded fields implicitly (FieldAddr/Field marked synthetic for the
// implicit steps, gc's position `.` on the last) and dereferencing
// embedded pointers on the way. Assignment targets are LValues: an
// address, an SSA variable, a map element (MapUpdate) or the blank.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

#include "goscape/Sema/GcPosition.h"

using namespace goscape;
using namespace goscape::irgen;

bool FuncGen::isAddressable(const Expr *E) const {
  E = unparen(E);
  switch (E->getKind()) {
  case NodeKind::Name: {
    auto *V = llvm::dyn_cast_or_null<Var>(llvm::cast<Name>(E)->getObject());
    if (!V)
      return false;
    return !isLocal(V) || isMemVar(V) || (!Own.count(V) && Parent);
  }
  case NodeKind::Operation: {
    auto *O = llvm::cast<Operation>(E);
    return O->isUnary() && O->getOp() == Operator::Mul;
  }
  case NodeKind::IndexExpr: {
    auto *I = llvm::cast<IndexExpr>(E);
    const Type *T = under(I->getX()->getType());
    if (llvm::isa<goscape::Slice>(T) || llvm::isa<Pointer>(T))
      return true;
    if (llvm::isa<Array>(T))
      return isAddressable(I->getX());
    return false;
  }
  case NodeKind::SelectorExpr: {
    auto *S = llvm::cast<SelectorExpr>(E);
    const Selection *Sel = MG.CP.getSelection(S);
    if (!Sel) {
      auto *V = llvm::dyn_cast_or_null<Var>(S->getSel()->getObject());
      return V != nullptr;
    }
    if (Sel->Kind != SelectionKind::FieldVal)
      return false;
    return Sel->Indirect || isAddressable(S->getX());
  }
  default:
    return false;
  }
}

Value *FuncGen::addr(const Expr *E) {
  E = unparen(E);
  switch (E->getKind()) {
  case NodeKind::Name:
    if (auto *V = llvm::dyn_cast_or_null<Var>(llvm::cast<Name>(E)->getObject()))
      if (isAddressable(E))
        return lookupAddr(V);
    break;
  case NodeKind::Operation: {
    auto *O = llvm::cast<Operation>(E);
    if (O->isUnary() && O->getOp() == Operator::Mul)
      return expr(O->getX());
    break;
  }
  case NodeKind::IndexExpr: {
    auto *I = llvm::cast<IndexExpr>(E);
    const Type *T = under(I->getX()->getType());
    Value *X = nullptr;
    if (llvm::isa<goscape::Slice>(T) || llvm::isa<Pointer>(T))
      X = expr(I->getX());
    else if (llvm::isa<Array>(T) && isAddressable(I->getX()))
      X = addr(I->getX());
    if (X)
      return B.createIndexAddr(Provenance::of(E), X, expr(I->getIndex()));
    break;
  }
  case NodeKind::SelectorExpr:
    if (isAddressable(E))
      return selector(llvm::cast<SelectorExpr>(E), /*WantAddr=*/true);
    break;
  case NodeKind::CompositeLit:
    return compositeLit(llvm::cast<CompositeLit>(E), Provenance::of(E),
                        /*WantAddr=*/true);
  default:
    break;
  }
  // Not addressable in the source: an addressable temporary copy.
  Value *V = expr(E);
  Value *A = B.createAlloc(Provenance::synthetic(E->getLoc(), E),
                           ir::AllocKind::Temp, V->getType());
  B.createStore(Provenance::synthetic(E->getLoc(), E), A, V);
  return A;
}

/// Walks Path from Cur (an address when IsAddr, else a value), leaving the
/// result in the same form.
static void walkPath(FuncGen &G, Value *&Cur, bool &IsAddr,
                     llvm::ArrayRef<unsigned> Path, const Expr *E,
                     bool LastIsReal) {
  for (unsigned K = 0; K != Path.size(); ++K) {
    bool Last = K + 1 == Path.size() && LastIsReal;
    Provenance P = Last ? Provenance::of(E)
                        : Provenance::synthetic(E->getLoc(), E);
    if (IsAddr) {
      const Type *Elem = llvm::cast<Pointer>(under(Cur->getType()))->getElem();
      if (llvm::isa<Pointer>(under(Elem)))
        Cur = G.B.createLoad(Provenance::synthetic(E->getLoc(), E), Cur);
      Cur = G.B.createFieldAddr(P, Cur, Path[K]);
      continue;
    }
    if (llvm::isa<Pointer>(under(Cur->getType()))) {
      Cur = G.B.createFieldAddr(P, Cur, Path[K]);
      IsAddr = true;
      continue;
    }
    Cur = G.B.createField(P, Cur, Path[K]);
  }
}

Value *FuncGen::walkFields(Value *Cur, bool IsAddr,
                           llvm::ArrayRef<unsigned> Path, const Expr *E,
                           bool WantAddr) {
  walkPath(*this, Cur, IsAddr, Path, E, /*LastIsReal=*/true);
  if (WantAddr) {
    if (IsAddr)
      return Cur;
    Value *A = B.createAlloc(Provenance::synthetic(E->getLoc(), E),
                             ir::AllocKind::Temp, Cur->getType());
    B.createStore(Provenance::synthetic(E->getLoc(), E), A, Cur);
    return A;
  }
  return IsAddr ? B.createLoad(Provenance::synthetic(E->getLoc(), E), Cur)
                : Cur;
}

/// The operand of a selector as an address (when addressable) or value.
static Value *selectorBase(FuncGen &G, const SelectorExpr *E, bool &IsAddr) {
  const Expr *X = E->getX();
  IsAddr = false;
  if (llvm::isa<Pointer>(under(X->getType())))
    return G.expr(X);
  if (G.isAddressable(X)) {
    IsAddr = true;
    return G.addr(X);
  }
  return G.expr(X);
}

Value *FuncGen::selector(const SelectorExpr *E, bool WantAddr) {
  const Selection *Sel = MG.CP.getSelection(E);
  if (!Sel) {
    Object *O = E->getSel()->getObject();
    if (auto *V = llvm::dyn_cast_or_null<Var>(O)) {
      Value *G = MG.globalFor(V);
      return WantAddr ? G
                      : B.createLoad(Provenance::synthetic(E->getLoc(), E), G);
    }
    if (auto *Fn = llvm::dyn_cast_or_null<Func>(O))
      return MG.functionFor(Fn);
    if (auto *C = llvm::dyn_cast_or_null<goscape::Const>(O))
      return constant(C->getValue(), E->getType());
    return zero(typeOf(E));
  }
  switch (Sel->Kind) {
  case SelectionKind::FieldVal: {
    bool IsAddr;
    Value *Cur = selectorBase(*this, E, IsAddr);
    return walkFields(Cur, IsAddr, Sel->Path, E, WantAddr);
  }
  case SelectionKind::MethodVal:
    return methodValue(E, *Sel);
  case SelectionKind::MethodExpr:
    return MG.methodExprThunk(E, *Sel);
  }
  llvm_unreachable("covered switch");
}

/// Adapts Cur (address or value) to the receiver type RT of a method.
Value *irgen::adaptRecv(FuncGen &G, Value *Cur, bool IsAddr, const Type *RT,
                        const Expr *E) {
  Provenance P = Provenance::synthetic(E->getLoc(), E);
  bool WantPtr = RT && llvm::isa<Pointer>(under(RT));
  if (IsAddr) {
    const Type *Elem = llvm::cast<Pointer>(under(Cur->getType()))->getElem();
    if (WantPtr && !llvm::isa<Pointer>(under(Elem)))
      return Cur;
    Cur = G.B.createLoad(P, Cur);
  }
  if (WantPtr) {
    if (llvm::isa<Pointer>(under(Cur->getType())))
      return Cur;
    Value *A = G.B.createAlloc(P, ir::AllocKind::Temp, Cur->getType());
    G.B.createStore(P, A, Cur);
    return A;
  }
  if (RT && llvm::isa<Pointer>(under(Cur->getType())))
    Cur = G.B.createLoad(P, Cur);
  return Cur;
}

Value *FuncGen::receiver(const SelectorExpr *E, const Selection &S, Func *M) {
  bool IsAddr;
  Value *Cur = selectorBase(*this, E, IsAddr);
  walkPath(*this, Cur, IsAddr, S.Path.drop_back(), E, /*LastIsReal=*/false);
  const Type *RT = nullptr;
  if (!S.InterfaceMethod && M->getSignature() && M->getSignature()->getRecv())
    RT = M->getSignature()->getRecv()->getType();
  return adaptRecv(*this, Cur, IsAddr, RT, E);
}

Value *FuncGen::index(const IndexExpr *E) {
  Provenance P = Provenance::of(E);
  const Type *XT = under(E->getX()->getType());
  if (auto *M = llvm::dyn_cast<Map>(XT)) {
    Value *X = expr(E->getX());
    Value *K = exprTo(E->getIndex(), M->getKey(),
                      gcImplicitConvLoc(E, E->getIndex(), MG.CP));
    return B.createLookup(P, X, K, MG.CP.isCommaOk(E));
  }
  if (isString(XT)) {
    Value *X = expr(E->getX());
    return B.createLookup(P, X, expr(E->getIndex()), false);
  }
  if (llvm::isa<Array>(XT) && !isAddressable(E->getX())) {
    Value *X = expr(E->getX());
    return B.createIndex(P, X, expr(E->getIndex()));
  }
  return B.createLoad(Provenance::synthetic(P.Loc, E), addr(E));
}

Value *FuncGen::sliceExpr(const SliceExpr *E) {
  const Type *XT = under(E->getX()->getType());
  Value *X = llvm::isa<Array>(XT) ? addr(E->getX()) : expr(E->getX());
  Value *Lo = E->getLow() ? expr(E->getLow()) : nullptr;
  Value *Hi = E->getHigh() ? expr(E->getHigh()) : nullptr;
  Value *Max = E->getMax() ? expr(E->getMax()) : nullptr;
  Value *S = B.createSlice(Provenance::of(E), X, Lo, Hi, Max);
  return convert(S, typeOf(E), Provenance::of(E));
}

//===----------------------------------------------------------------------===//
// Assignment targets
//===----------------------------------------------------------------------===//

LValue FuncGen::lvalue(const Expr *E) {
  E = unparen(E);
  LValue L;
  L.E = E;
  if (auto *N = llvm::dyn_cast<Name>(E)) {
    auto *V = llvm::dyn_cast_or_null<Var>(N->getObject());
    if (!V || N->isBlank())
      return L;
    L.Ty = V->getType();
    if (isAddressable(E)) {
      L.Kind = LValue::Address;
      L.Addr = lookupAddr(V);
      return L;
    }
    L.Kind = LValue::SSAVar;
    L.V = V;
    return L;
  }
  L.Ty = E->getType();
  if (auto *I = llvm::dyn_cast<IndexExpr>(E))
    if (auto *M = llvm::dyn_cast<Map>(under(I->getX()->getType()))) {
      L.Kind = LValue::MapElem;
      L.Addr = expr(I->getX());
      L.Key = exprTo(I->getIndex(), M->getKey(),
                     gcImplicitConvLoc(I, I->getIndex(), MG.CP));
      L.Ty = M->getElem();
      return L;
    }
  L.Kind = LValue::Address;
  L.Addr = targetBase(E, L.Steps);
  if (L.Steps.empty())
    L.Ty = llvm::cast<Pointer>(under(L.Addr->getType()))->getElem();
  return L;
}

Value *FuncGen::targetBase(const Expr *E,
                           llvm::SmallVectorImpl<AddrStep> &Steps) {
  E = unparen(E);
  if (auto *I = llvm::dyn_cast<IndexExpr>(E)) {
    const Type *T = under(I->getX()->getType());
    Value *X = nullptr;
    if (llvm::isa<goscape::Slice>(T) || llvm::isa<Pointer>(T))
      X = expr(I->getX());
    else if (llvm::isa<Array>(T) && isAddressable(I->getX()))
      X = targetBase(I->getX(), Steps);
    if (X) {
      Steps.push_back({.E = E, .Index = expr(I->getIndex())});
      return X;
    }
  }
  auto *S = llvm::dyn_cast<SelectorExpr>(E);
  const Selection *Sel = S ? MG.CP.getSelection(S) : nullptr;
  if (!Sel || Sel->Kind != SelectionKind::FieldVal || !isAddressable(E))
    return addr(E);
  // Cur addresses a value of type CurTy once Steps are taken.
  const Expr *X = S->getX();
  Value *Cur;
  const Type *CurTy;
  if (auto *PT = llvm::dyn_cast<Pointer>(under(X->getType()))) {
    Cur = expr(X);
    CurTy = PT->getElem();
  } else {
    Cur = targetBase(X, Steps);
    CurTy = X->getType();
  }
  for (auto [K, FieldIdx] : llvm::enumerate(Sel->Path)) {
    if (auto *PT = llvm::dyn_cast<Pointer>(under(CurTy))) {
      // An embedded pointer: loading it is an indirection's operand.
      Cur = B.createLoad(Provenance::synthetic(E->getLoc(), E),
                         takeSteps(Cur, Steps));
      Steps.clear();
      CurTy = PT->getElem();
    }
    Steps.push_back({.E = E,
                     .Field = FieldIdx,
                     .Synthetic = K + 1 != Sel->Path.size()});
    CurTy = llvm::cast<Struct>(under(CurTy))->getFields()[FieldIdx]->getType();
  }
  return Cur;
}

Value *FuncGen::takeSteps(Value *Cur, llvm::ArrayRef<AddrStep> Steps) {
  for (const AddrStep &S : Steps) {
    Provenance P = S.Synthetic ? Provenance::synthetic(S.E->getLoc(), S.E)
                               : Provenance::of(S.E);
    if (S.Index)
      Cur = B.createIndexAddr(P, Cur, S.Index);
    else
      Cur = B.createFieldAddr(P, Cur, S.Field);
  }
  return Cur;
}

Value *FuncGen::targetAddr(LValue &L) {
  L.Addr = takeSteps(L.Addr, L.Steps);
  L.Steps.clear();
  return L.Addr;
}

void FuncGen::discard(Value *V) {
  auto *Fn = llvm::dyn_cast<ir::Function>(V);
  if (MG.Opts.LocalsInMemory && Fn && Fn->getParentFunction() == F &&
      llvm::isa_and_nonnull<FuncLit>(Fn->getSyntax()))
    B.createDebugRef(Provenance::of(Fn->getSyntax()), Fn, /*IsAddr=*/false);
}

void FuncGen::assign(LValue &L, Value *V, Provenance P) {
  switch (L.Kind) {
  case LValue::Blank:
    discard(V);
    return;
  case LValue::Address:
    B.createStore(P, targetAddr(L), convert(V, L.Ty, P));
    return;
  case LValue::SSAVar:
    writeVar(L.V, V, P);
    return;
  case LValue::MapElem:
    B.createMapUpdate(P, L.Addr, L.Key, convert(V, L.Ty, P));
    return;
  }
}

Value *FuncGen::loadLValue(LValue &L, Provenance P) {
  switch (L.Kind) {
  case LValue::Blank:
    return zero(L.Ty);
  case LValue::Address:
    return B.createLoad(Provenance::synthetic(P.Loc, L.E), targetAddr(L));
  case LValue::SSAVar:
    return readVar(L.V, L.E);
  case LValue::MapElem:
    return B.createLookup(Provenance::of(L.E), L.Addr, L.Key, false);
  }
  llvm_unreachable("covered switch");
}
