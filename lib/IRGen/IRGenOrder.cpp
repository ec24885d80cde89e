//===- IRGenOrder.cpp - gc's evaluation order within a statement ---------===//
//
// The spec orders only the calls, method calls and receives of an
// expression (and the operands of && and ||); when a plain variable is read
// relative to them is left to the implementation. gc's answer (its "order"
// pass, run before SSA construction) is what programs observe, so goscape
// follows it:
//
//   Within one statement, gc first evaluates, left to right and innermost
//   first, every operand of the following kinds into a temporary: calls
//   with a result (functions, methods, closures, the modelled library),
//   the builtins len, cap, append, copy, make, new and recover,
//   conversions of a string to []byte or []rune, slice expressions, type
//   assertions whose type is not pointer-shaped, receives, whole && and ||
//   operations, and map literals (which become one insertion per entry,
//   each ordered on its own). Only then does it evaluate the rest of the
//   statement: variable reads, indirections, indexing, field selection,
//   arithmetic, other conversions, struct/array/slice literals, and the
//   operands of the assignment targets. An eager operand's own operands
//   are read when it is evaluated, after its eager operands.
//
//   One more operand is copied early: a value converted to an interface
//   that gc's runtime boxes through its address (convT/convTnoptr: every
//   type but those of 2, 4 or 8 bytes without pointers and those whose
//   sole component is a string or slice), when it is not addressable in
//   gc's sense (a variable, a pointer indirection, a slice element or a
//   field or array element of one of those) and not a literal gc builds
//   statically. So `fmt.Println(!b, f())` prints b as it was before f,
//   but `fmt.Println(b, f())` as f left it.
//
// So with a package variable y and f() setting y to 10, `y = y + f()`
// stores 11, `g(y, f())` passes 10, and `a[i] = f()` indexes with the i
// that f left. Locals that live in SSA registers cannot change during an
// expression, so for them only the position of panics is observable.
//
// Implementation: evalEarly() walks an expression the way gc's pass does
// and lowers each eager operand as it is reached, recording its value in
// Early; expr() hands that value out (once) when the ordinary lowering of
// the statement reaches the operand. The outermost expr() of a statement
// orders its expression itself; statements whose targets or several
// expressions must be ordered together (assignments, declarations,
// returns) call evalEarly() on all of them first. && and || order each
// operand in its own block, and a map literal each entry. go and defer
// are different: gc copies their function value and arguments into
// temporaries one after another, so each argument is ordered on its own.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

using namespace goscape;
using namespace goscape::irgen;

/// Whether an interface holds a value of type T in its data word itself
/// (gc's IsDirectIface): such type assertions are not copied early.
static bool isDirectIface(const Type *T) {
  const Type *U = under(T);
  if (llvm::isa_and_nonnull<Pointer>(U) || llvm::isa_and_nonnull<Map>(U) ||
      llvm::isa_and_nonnull<Chan>(U) || llvm::isa_and_nonnull<Signature>(U))
    return true;
  if (auto *B = llvm::dyn_cast_or_null<Basic>(U))
    return B->getBasicKind() == BasicKind::UnsafePointer;
  if (auto *A = llvm::dyn_cast_or_null<Array>(U))
    return A->getLen() == 1 && isDirectIface(A->getElem());
  if (auto *S = llvm::dyn_cast_or_null<Struct>(U))
    return S->getFields().size() == 1 &&
           isDirectIface(S->getFields()[0]->getType());
  return false;
}

/// gc's HasPointers.
static bool hasPointers(const Type *T) {
  const Type *U = under(T);
  if (auto *B = llvm::dyn_cast_or_null<Basic>(U))
    return B->getBasicKind() == BasicKind::String ||
           B->getBasicKind() == BasicKind::UnsafePointer;
  if (auto *A = llvm::dyn_cast_or_null<Array>(U))
    return A->getLen() > 0 && hasPointers(A->getElem());
  if (auto *S = llvm::dyn_cast_or_null<Struct>(U))
    return llvm::any_of(S->getFields(),
                        [](const Var *F) { return hasPointers(F->getType()); });
  return U != nullptr;
}

/// The only component of T (through one-field structs and one-element
/// arrays), or null (gc's SoleComponent).
static const Type *soleComponent(const Type *T) {
  const Type *U = under(T);
  if (auto *S = llvm::dyn_cast_or_null<Struct>(U))
    return S->getFields().size() == 1
               ? soleComponent(S->getFields()[0]->getType())
               : nullptr;
  if (auto *A = llvm::dyn_cast_or_null<Array>(U))
    return A->getLen() == 1 ? soleComponent(A->getElem()) : nullptr;
  return U;
}

/// Whether gc converts a T to an interface through the value's address
/// (its dataWordFuncName's needsaddr).
static bool boxedByAddress(const Type *T) {
  int64_t Size = Sizes::sizeOf(T), Align = Sizes::alignOf(T);
  if ((Size == 2 && Align == 2) ||
      ((Size == 4 || Size == 8) && Align == Size && !hasPointers(T)))
    return false;
  const Type *Sole = soleComponent(T);
  return !(Sole && (isString(Sole) || llvm::isa<goscape::Slice>(Sole)));
}

/// gc's IsAddressable: variables, indirections, slice elements, and
/// fields and array elements of addressable operands.
static bool gcAddressable(const CheckedPackage &CP, const Expr *E) {
  E = unparen(E);
  switch (E->getKind()) {
  case NodeKind::Name:
    return llvm::isa_and_nonnull<Var>(llvm::cast<Name>(E)->getObject());
  case NodeKind::Operation: {
    auto *O = llvm::cast<Operation>(E);
    return O->isUnary() && O->getOp() == Operator::Mul;
  }
  case NodeKind::IndexExpr: {
    const Expr *X = llvm::cast<IndexExpr>(E)->getX();
    const Type *XT = under(X->getType());
    if (llvm::isa_and_nonnull<Array>(XT))
      return gcAddressable(CP, X);
    return llvm::isa_and_nonnull<goscape::Slice>(XT) ||
           llvm::isa_and_nonnull<Pointer>(XT);
  }
  case NodeKind::SelectorExpr: {
    auto *S = llvm::cast<SelectorExpr>(E);
    const Selection *Sel = CP.getSelection(S);
    if (!Sel) // a package-qualified name
      return llvm::isa_and_nonnull<Var>(S->getSel()->getObject());
    if (Sel->Kind != SelectionKind::FieldVal)
      return false;
    return Sel->Indirect || gcAddressable(CP, S->getX());
  }
  default:
    return false;
  }
}

/// Whether gc builds composite literal E statically (constants all the
/// way down, no slice or map literal).
static bool isStaticLit(const Expr *E) {
  E = unparen(E);
  if (E->getConstValue())
    return true;
  auto *L = llvm::dyn_cast<CompositeLit>(E);
  if (!L)
    return false;
  const Type *U = under(L->getType());
  if (!llvm::isa_and_nonnull<Array>(U) && !llvm::isa_and_nonnull<Struct>(U))
    return false;
  return llvm::all_of(L->getElems(), [](const Expr *El) {
    if (auto *KV = llvm::dyn_cast<KeyValueExpr>(El))
      El = KV->getValue();
    return isStaticLit(El);
  });
}

bool FuncGen::isConstExpr(const Expr *E) const {
  const Constant *C = E->getConstValue();
  return C && (MG.CP.getMode(E) == ExprMode::Constant || !C->isUnknown());
}

/// Whether gc evaluates call E into a temporary ahead of its statement.
static bool isEagerCall(const CheckedPackage &CP, const CallExpr *E) {
  switch (CP.getCallKind(E)) {
  case CallKind::Conversion: {
    const Type *To = under(E->getType());
    return llvm::isa_and_nonnull<goscape::Slice>(To) && !E->getArgs().empty() &&
           isString(under(E->getArgs()[0]->getType()));
  }
  case CallKind::Builtin:
    switch (CP.getBuiltin(E)) {
    case BuiltinId::Len:
    case BuiltinId::Cap:
    case BuiltinId::Append:
    case BuiltinId::Copy:
    case BuiltinId::Make:
    case BuiltinId::New:
    case BuiltinId::Recover:
      return true;
    default:
      return false;
    }
  case CallKind::Call:
    return E->getType() && !llvm::isa<Tuple>(E->getType());
  }
  return false;
}

void FuncGen::evalEarly(const Expr *E) {
  if (!E)
    return;
  E = unparen(E);
  if (isConstExpr(E) || Early.count(E))
    return;
  DepthGuard G(*this);
  bool Eager = false;
  switch (E->getKind()) {
  case NodeKind::CompositeLit:
    return orderLit(llvm::cast<CompositeLit>(E), /*AsValue=*/true);
  case NodeKind::SelectorExpr:
    evalEarly(llvm::cast<SelectorExpr>(E)->getX());
    break;
  case NodeKind::IndexExpr: {
    auto *I = llvm::cast<IndexExpr>(E);
    evalEarly(I->getX());
    evalEarly(I->getIndex());
    break;
  }
  case NodeKind::SliceExpr: {
    auto *S = llvm::cast<SliceExpr>(E);
    evalEarly(S->getX());
    evalEarly(S->getLow());
    evalEarly(S->getHigh());
    evalEarly(S->getMax());
    Eager = true;
    break;
  }
  case NodeKind::AssertExpr: {
    auto *A = llvm::cast<AssertExpr>(E);
    evalEarly(A->getX());
    Eager = !MG.CP.isCommaOk(E) && A->getTypeExpr() &&
            !isDirectIface(A->getTypeExpr()->getType());
    break;
  }
  case NodeKind::Operation: {
    auto *O = llvm::cast<Operation>(E);
    if (!O->isUnary()) {
      if (O->getOp() == Operator::AndAnd || O->getOp() == Operator::OrOr) {
        Eager = true; // its lowering orders each operand in its own block
        break;
      }
      // A comparison converts a concrete operand to the other's
      // interface type.
      const Type *XT = O->getX()->getType(), *YT = O->getY()->getType();
      bool XI = XT && isInterface(XT), YI = YT && isInterface(YT);
      evalEarlyConv(O->getX(), !XI && YI ? YT : nullptr);
      evalEarlyConv(O->getY(), XI && !YI ? XT : nullptr);
      break;
    }
    if (O->getOp() == Operator::And)
      if (auto *L = llvm::dyn_cast<CompositeLit>(unparen(O->getX()))) {
        // `&T{...}` is lowered as one allocation; a map literal's entries
        // are ordered by its own lowering.
        if (llvm::isa<Map>(under(L->getType())))
          Eager = true;
        else
          orderLit(L, /*AsValue=*/false);
        break;
      }
    evalEarly(O->getX());
    Eager = O->getOp() == Operator::Recv && !MG.CP.isCommaOk(E);
    break;
  }
  case NodeKind::CallExpr: {
    auto *C = llvm::cast<CallExpr>(E);
    evalEarlyOperands(C);
    Eager = isEagerCall(MG.CP, C);
    break;
  }
  default:
    break;
  }
  if (Eager)
    Early[E] = lowerExpr(E);
}

void FuncGen::evalEarlyConv(const Expr *E, const Type *To) {
  evalEarly(E);
  if (!E || !To || !isInterface(To))
    return;
  E = unparen(E);
  const Type *From = E->getType();
  if (isConstExpr(E) || isNilExpr(MG.CP, E) || Early.count(E) || !From ||
      llvm::isa<Tuple>(From) || isInterface(From))
    return;
  if (!boxedByAddress(typeOf(E)) || gcAddressable(MG.CP, E) || isStaticLit(E))
    return;
  DepthGuard G(*this);
  Early[E] = lowerExpr(E);
}

void FuncGen::evalEarlyOperands(const CallExpr *C) {
  DepthGuard G(*this);
  llvm::ArrayRef<Expr *> Args = C->getArgs();
  // The type each argument is converted to, when known.
  auto ParamType = [&](const Signature *Sig, unsigned I) -> const Type * {
    llvm::ArrayRef<Var *> Ps = Sig->getParams()->getVars();
    if (Ps.empty() || (Args.size() == 1 && llvm::isa_and_nonnull<Tuple>(
                                               Args[0]->getType())))
      return nullptr;
    if (!Sig->isVariadic() || I + 1 < Ps.size())
      return I < Ps.size() ? Ps[I]->getType() : nullptr;
    const Type *Last = Ps.back()->getType();
    if (C->hasDots())
      return Last;
    return llvm::cast<goscape::Slice>(under(Last))->getElem();
  };
  const Signature *Sig = nullptr;
  switch (MG.CP.getCallKind(C)) {
  case CallKind::Call: {
    const Expr *Fun = unparen(C->getFun());
    if (auto *S = llvm::dyn_cast<SelectorExpr>(Fun))
      evalEarly(S->getX());
    else if (!llvm::isa<FuncLit>(Fun))
      evalEarly(Fun);
    Sig = llvm::dyn_cast_or_null<Signature>(under(Fun->getType()));
    break;
  }
  case CallKind::Conversion:
    if (Args.size() == 1)
      return evalEarlyConv(Args[0], C->getType());
    break;
  case CallKind::Builtin:
    if (MG.CP.getBuiltin(C) == BuiltinId::Append && !C->hasDots() &&
        Args.size() > 1) {
      const auto *ST =
          llvm::dyn_cast_or_null<goscape::Slice>(under(C->getType()));
      evalEarly(Args[0]);
      for (const Expr *A : Args.drop_front())
        evalEarlyConv(A, ST ? ST->getElem() : nullptr);
      return;
    }
    break;
  }
  for (auto [I, A] : llvm::enumerate(Args))
    // A type argument (make, new) has nothing to evaluate.
    evalEarlyConv(A, Sig ? ParamType(Sig, I) : nullptr);
}

void FuncGen::orderLit(const CompositeLit *L, bool AsValue) {
  const Type *U = under(L->getType());
  if (auto *P = llvm::dyn_cast_or_null<Pointer>(U)) {
    // An elided `&T` element: lowered by the enclosing literal.
    U = under(P->getElem());
    AsValue = false;
  }
  if (llvm::isa_and_nonnull<Map>(U)) {
    // Filled one entry at a time, each ordered on its own by
    // compositeLit(); as a whole it is evaluated early.
    if (AsValue && !L->getElems().empty())
      Early[L] = lowerExpr(L);
    return;
  }
  const Type *ElemTy = nullptr;
  if (auto *A = llvm::dyn_cast_or_null<Array>(U))
    ElemTy = A->getElem();
  else if (auto *S = llvm::dyn_cast_or_null<goscape::Slice>(U))
    ElemTy = S->getElem();
  auto *ST = llvm::dyn_cast_or_null<Struct>(U);
  for (auto [I, El] : llvm::enumerate(L->getElems())) {
    const Expr *Val = El;
    auto *KV = llvm::dyn_cast<KeyValueExpr>(El);
    if (KV)
      Val = KV->getValue();
    if (ST) {
      // A field's type, by position or by name.
      ElemTy = nullptr;
      auto *Key = KV ? llvm::dyn_cast<Name>(unparen(KV->getKey())) : nullptr;
      for (auto [FI, F] : llvm::enumerate(ST->getFields()))
        if (Key ? F->getName() == Key->getValue() : FI == I)
          ElemTy = F->getType();
    }
    orderElem(Val, ElemTy);
  }
}

void FuncGen::orderElem(const Expr *Val, const Type *ElemTy) {
  auto *Inner = llvm::dyn_cast<CompositeLit>(unparen(Val));
  if (Inner && ElemTy && llvm::isa<Pointer>(under(ElemTy)) &&
      !llvm::isa<Pointer>(under(Inner->getType())))
    orderLit(Inner, /*AsValue=*/false); // lowered at its address
  else
    evalEarlyConv(Val, ElemTy);
}

Value *FuncGen::takeEarly(const Expr *E) {
  auto It = Early.find(E);
  if (It == Early.end())
    return nullptr;
  Value *V = It->second;
  Early.erase(It);
  return V;
}
