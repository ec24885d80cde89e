//===- IRGenCall.cpp - Calls, builtins, method values ---------------------===//
//
// Calls take one of go/ssa's modes: Static (declared functions, concrete
// methods with the receiver as argument 0, function literals without free
// variables, modelled library functions as external Functions), Closure
// (any other func value), Invoke (interface methods). Arguments are
// evaluated left to right and converted to the parameter types; a
// variadic call without `...` packs its extra arguments into an Alloc of
// kind Varargs (gc's `... argument`) sliced to the `...` parameter's type.
// Builtins are their own instructions (BuiltinCall for the ones without a
// flow of their own). Method values are BoundMethod; method expressions
// call a synthetic thunk taking the receiver as first parameter.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

#include "goscape/Sema/GcPosition.h"

using namespace goscape;
using namespace goscape::irgen;

Value *FuncGen::panicArg(const CallExpr *E) {
  // gc converts the argument where building it left its position.
  const Expr *A = E->getArgs()[0];
  SourceLoc At = gcLastEnteredLoc(A, MG.CP);
  return exprTo(A, MG.Types.getEmptyInterface(),
                At.isValid() ? At : E->getLoc());
}

Value *FuncGen::call(const CallExpr *E) {
  switch (MG.CP.getCallKind(E)) {
  case CallKind::Conversion:
    return conversion(E);
  case CallKind::Builtin:
    return builtin(E);
  case CallKind::Call:
    break;
  }
  if (const InlinePlan *IP = MG.Opts.Inline; IP && MG.Opts.LocalsInMemory)
    if (const Node *Callee = IP->shouldInline(E, Syntax, InlineStack)) {
      bool Done = false;
      Value *V = inlineCall(E, Callee, Done);
      if (Done)
        return V;
    }
  ir::CallCommon CC;
  llvm::SmallVector<Value *, 8> Storage;
  callCommon(E, CC, Storage);
  ir::Call *C = B.createCall(Provenance::of(E), CC);
  if (const InlinePlan *IP = MG.Opts.Inline;
      IP && MG.Opts.LocalsInMemory && IP->gcInlines(E, Syntax, InlineStack))
    C->setGcInlined();
  return C;
}

void FuncGen::args(const CallExpr *E, const Signature *S,
                   llvm::SmallVectorImpl<Value *> &Out) {
  llvm::ArrayRef<Var *> Params = S->getParams()->getVars();
  llvm::ArrayRef<Expr *> As = E->getArgs();
  // The actual arguments: expressions, or the values of one multi-value
  // call.
  llvm::SmallVector<Value *, 8> Pre;
  bool FromTuple = As.size() == 1 && As[0]->getType() &&
                   llvm::isa<Tuple>(As[0]->getType()) &&
                   llvm::cast<Tuple>(As[0]->getType())->size() > 1;
  unsigned N = As.size();
  if (FromTuple) {
    Value *T = expr(As[0]);
    N = llvm::cast<Tuple>(T->getType())->size();
    for (unsigned I = 0; I != N; ++I)
      Pre.push_back(extract(T, I, Provenance::synthetic(E->getLoc(), E)));
  }
  auto Actual = [&](unsigned I, const Type *To) -> Value * {
    // gc converts the type checker's temporaries of `f(g())` at f's `(`.
    if (FromTuple)
      return convert(Pre[I], To, Provenance::at(E->getLoc(), As[0]));
    // gc positions the conversion of a variable argument where its type
    // checker last was: the closest preceding argument that is not a
    // variable (constants and nil are not), or the call's `(`.
    auto IsVariable = [&](const Expr *X) {
      return llvm::isa<Name>(X) && !X->getConstValue() &&
             MG.CP.getMode(X) != ExprMode::Nil;
    };
    const Expr *A = unparen(As[I]);
    if (!IsVariable(A))
      return exprTo(As[I], To);
    SourceLoc At = E->getLoc();
    for (unsigned K = I; K-- > 0;) {
      const Expr *Prev = unparen(As[K]);
      if (!IsVariable(Prev)) {
        At = Prev->getLoc();
        break;
      }
    }
    return exprTo(As[I], To, At);
  };
  bool Pack = S->isVariadic() && !E->hasDots();
  unsigned Fixed = Pack ? Params.size() - 1 : Params.size();
  for (unsigned I = 0; I != Fixed && I != N; ++I)
    Out.push_back(Actual(I, Params[I]->getType()));
  if (!Pack)
    return;
  const Type *SliceTy = Params.back()->getType();
  const Type *ElemTy = llvm::cast<goscape::Slice>(under(SliceTy))->getElem();
  if (N <= Fixed) {
    Out.push_back(zero(SliceTy));
    return;
  }
  llvm::SmallVector<Value *, 8> Vals;
  for (unsigned I = Fixed; I != N; ++I)
    Vals.push_back(Actual(I, ElemTy));
  Provenance P = Provenance::of(E);
  Value *Arr = B.createAlloc(P, ir::AllocKind::Varargs,
                             MG.Types.getArray(ElemTy, Vals.size()));
  const Type *IntTy = MG.Types.getBasic(BasicKind::Int);
  for (unsigned I = 0; I != Vals.size(); ++I) {
    const Expr *AE = FromTuple ? As[0] : As[Fixed + I];
    Value *IA = B.createIndexAddr(Provenance::synthetic(AE->getLoc(), AE), Arr,
                                  B.getConst(MG.Consts.getInt64(I), IntTy));
    B.createStore(Provenance::synthetic(AE->getLoc(), AE), IA, Vals[I]);
  }
  Value *S2 = B.createSlice(Provenance::synthetic(P.Loc, E), Arr, nullptr,
                            nullptr, nullptr);
  Out.push_back(convert(S2, SliceTy, P));
}

void FuncGen::callCommon(const CallExpr *E, ir::CallCommon &CC,
                         llvm::SmallVectorImpl<Value *> &Storage) {
  const Expr *Fun = unparen(E->getFun());
  if (auto *S = llvm::dyn_cast<SelectorExpr>(Fun)) {
    const Selection *Sel = MG.CP.getSelection(S);
    if (Sel && Sel->Kind == SelectionKind::MethodVal) {
      auto *M = llvm::cast<Func>(Sel->Obj);
      Value *Recv = receiver(S, *Sel, M);
      if (Sel->InterfaceMethod) {
        args(E, M->getSignature(), Storage);
        CC = ir::CallCommon::invoke(Recv, M, Storage);
        return;
      }
      ir::Function *Fn = MG.functionFor(M);
      Storage.push_back(Recv);
      args(E, M->getSignature(), Storage);
      CC = ir::CallCommon::staticCall(Fn, Storage);
      return;
    }
    if (!Sel)
      if (auto *Fn = llvm::dyn_cast_or_null<Func>(S->getSel()->getObject())) {
        args(E, Fn->getSignature(), Storage);
        CC = ir::CallCommon::staticCall(MG.functionFor(Fn), Storage);
        return;
      }
  }
  if (auto *N = llvm::dyn_cast<Name>(Fun))
    if (auto *Fn = llvm::dyn_cast_or_null<Func>(N->getObject())) {
      args(E, Fn->getSignature(), Storage);
      CC = ir::CallCommon::staticCall(MG.functionFor(Fn), Storage);
      return;
    }
  Value *Callee = expr(Fun);
  auto *Sig = llvm::cast<Signature>(under(Callee->getType()));
  args(E, Sig, Storage);
  if (auto *Fn = llvm::dyn_cast<ir::Function>(Callee);
      Fn && !Fn->getSignature()->getRecv()) {
    CC = ir::CallCommon::staticCall(Fn, Storage);
    return;
  }
  CC = ir::CallCommon::closureCall(Callee, Storage);
}

Value *FuncGen::methodValue(const SelectorExpr *E, const Selection &S) {
  auto *M = llvm::cast<Func>(S.Obj);
  Value *Recv = receiver(E, S, M);
  auto *Ty = llvm::cast<Signature>(under(S.Ty ? S.Ty : E->getType()));
  return B.createBoundMethod(Provenance::of(E), M, Recv, Ty,
                             S.InterfaceMethod);
}

Value *FuncGen::builtin(const CallExpr *E) {
  BuiltinId Id = MG.CP.getBuiltin(E);
  llvm::ArrayRef<Expr *> As = E->getArgs();
  Provenance P = Provenance::of(E);
  const Type *IntTy = MG.Types.getBasic(BasicKind::Int);
  // `copy(f())`, `delete(g())`, `append(h())`: one multi-value argument.
  llvm::SmallVector<Value *, 4> Spread;
  if (As.size() == 1 && As[0]->getType() &&
      llvm::isa<Tuple>(As[0]->getType())) {
    Value *T = expr(As[0]);
    for (unsigned I = 0; I != llvm::cast<Tuple>(T->getType())->size(); ++I)
      Spread.push_back(extract(T, I, Provenance::synthetic(P.Loc, E)));
  }
  unsigned NArgs = Spread.empty() ? As.size() : Spread.size();
  // A builtin converts its operands where building the call left gc's
  // position (`append(s, i, n)` converts i and n at n).
  auto Arg = [&](unsigned I, const Type *To) -> Value * {
    if (Spread.empty())
      return To ? exprTo(As[I], To, gcImplicitConvLoc(E, As[I], MG.CP))
                : expr(As[I]);
    return To ? convert(Spread[I], To, Provenance::of(As[0])) : Spread[I];
  };
  switch (Id) {
  case BuiltinId::Len:
  case BuiltinId::Cap:
    return B.createBuiltinCall(P, Id, IntTy, {expr(As[0])});
  case BuiltinId::Append: {
    const Type *STy = typeOf(E);
    Value *S = Arg(0, STy);
    if (E->hasDots()) {
      Value *Tail = Arg(1, nullptr);
      return B.createAppend(P, S, {Tail}, true);
    }
    const Type *ElemTy = llvm::cast<goscape::Slice>(under(STy))->getElem();
    llvm::SmallVector<Value *, 4> Elems;
    for (unsigned I = 1; I < NArgs; ++I)
      Elems.push_back(Arg(I, ElemTy));
    return B.createAppend(P, S, Elems, false);
  }
  case BuiltinId::Copy: {
    Value *Dst = Arg(0, nullptr);
    Value *Src = Arg(1, nullptr);
    return B.createCopy(P, Dst, Src);
  }
  case BuiltinId::Delete: {
    Value *M = Arg(0, nullptr);
    const Type *K = llvm::cast<Map>(under(M->getType()))->getKey();
    B.createMapDelete(P, M, Arg(1, K));
    return nullptr;
  }
  case BuiltinId::Make: {
    const Type *T = As[0]->getType();
    const Type *U = under(T);
    if (llvm::isa<goscape::Slice>(U)) {
      Value *Len = As.size() > 1 ? expr(As[1]) : B.getConst(nullptr, IntTy);
      Value *Cap = As.size() > 2 ? expr(As[2]) : Len;
      return B.createMakeSlice(P, T, Len, Cap);
    }
    if (llvm::isa<Map>(U))
      return B.createMakeMap(P, T, As.size() > 1 ? expr(As[1]) : nullptr);
    Value *Size = As.size() > 1 ? expr(As[1]) : B.getConst(nullptr, IntTy);
    return B.createMakeChan(P, T, Size);
  }
  case BuiltinId::New:
    return B.createAlloc(P, ir::AllocKind::New,
                         llvm::cast<Pointer>(under(E->getType()))->getElem());
  case BuiltinId::Panic: {
    Value *V = panicArg(E);
    B.createPanic(P, V);
    startUnreachable();
    return nullptr;
  }
  case BuiltinId::Print:
  case BuiltinId::Println:
  case BuiltinId::Close: {
    llvm::SmallVector<Value *, 4> Vs;
    for (const Expr *A : As)
      Vs.push_back(expr(A));
    return B.createBuiltinCall(P, Id, nullptr, Vs);
  }
  case BuiltinId::Recover:
    return B.createBuiltinCall(P, Id, MG.Types.getEmptyInterface(), {});
  case BuiltinId::Add:
  case BuiltinId::Slice:
  case BuiltinId::Sizeof:
  case BuiltinId::Alignof:
  case BuiltinId::Offsetof: {
    llvm::SmallVector<Value *, 4> Vs;
    for (const Expr *A : As)
      Vs.push_back(expr(A));
    return B.createBuiltinCall(P, Id, typeOf(E), Vs);
  }
  case BuiltinId::Complex:
  case BuiltinId::Real:
  case BuiltinId::Imag:
    return zero(typeOf(E));
  }
  llvm_unreachable("covered switch");
}

//===----------------------------------------------------------------------===//
// Method expression thunks
//===----------------------------------------------------------------------===//

ir::Function *ModuleGen::methodExprThunk(const SelectorExpr *E,
                                         const Selection &S) {
  auto *M = llvm::cast<Func>(S.Obj);
  std::string Name;
  {
    llvm::raw_string_ostream OS(Name);
    OS << '(';
    S.Recv->print(OS);
    OS << ")." << M->getName() << "$thunk";
  }
  for (const auto &Fn : this->M.functions())
    if (Fn->getName() == Name && Fn->getSyntax() &&
        Fn->getSyntax()->getKind() == NodeKind::SelectorExpr)
      return Fn.get();
  auto *Sig = llvm::cast<Signature>(under(S.Ty ? S.Ty : E->getType()));
  ir::Function *Fn = this->M.createFunction(Name, Sig, nullptr, E);
  // The thunk's parameters after the receiver are the method's own: they
  // are locations if the method's body makes them so.
  if (ir::Function *MF = this->M.getFunction(M))
    if (auto *D = llvm::dyn_cast_or_null<FuncDecl>(MF->getSyntax()))
      analyzeDecl(D);
  FuncGen G(*this, Fn, nullptr);
  G.buildBody(nullptr, nullptr, Sig, nullptr, nullptr);
  Provenance P = Provenance::synthetic(E->getLoc(), E);
  llvm::ArrayRef<ir::Parameter *> Ps = Fn->params();
  Value *Cur = Ps[0];
  bool IsAddr = false;
  for (unsigned Idx : S.Path.drop_back()) {
    if (IsAddr) {
      const Type *Elem = llvm::cast<Pointer>(under(Cur->getType()))->getElem();
      if (llvm::isa<Pointer>(under(Elem)))
        Cur = G.B.createLoad(P, Cur);
      Cur = G.B.createFieldAddr(P, Cur, Idx);
    } else if (llvm::isa<Pointer>(under(Cur->getType()))) {
      Cur = G.B.createFieldAddr(P, Cur, Idx);
      IsAddr = true;
    } else {
      Cur = G.B.createField(P, Cur, Idx);
    }
  }
  llvm::SmallVector<Value *, 8> Args;
  for (ir::Parameter *Prm : Ps.drop_front())
    Args.push_back(Prm);
  ir::Call *C;
  if (S.InterfaceMethod) {
    if (IsAddr)
      Cur = G.B.createLoad(P, Cur);
    C = G.B.createCall(P, ir::CallCommon::invoke(Cur, M, Args));
  } else {
    const Type *RT = M->getSignature()->getRecv()->getType();
    Cur = adaptRecv(G, Cur, IsAddr, RT, E);
    Args.insert(Args.begin(), Cur);
    C = G.B.createCall(P, ir::CallCommon::staticCall(functionFor(M), Args));
  }
  llvm::SmallVector<Value *, 4> Rs;
  unsigned NR = Sig->getResults()->size();
  if (NR == 1)
    Rs.push_back(C);
  for (unsigned I = 0; NR > 1 && I != NR; ++I)
    Rs.push_back(G.extract(C, I, P));
  G.emitReturn(Rs, P);
  G.finish();
  return Fn;
}
