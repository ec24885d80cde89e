//===- Call.cpp - Calls, go/defer and closure captures --------------------===//
//
// A call of a function in the same batch wires arguments into the callee's
// parameter locations and its result locations into the call's results; a
// call of an already analysed (or modelled) function applies its
// parameter tags; any other callee (func values, interface methods) leaks
// its arguments to the heap. `go` and a `defer` inside a loop also send
// the arguments and the func value to the heap, as gc's wrapper closure
// does. Closure captures are decided after the walk, with gc's rule.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/ExprString.h"
#include "goscape/Sema/Lookup.h"

using namespace goscape;
using namespace goscape::escape;
using namespace goscape::ir;

/// True when the call's syntax calls a function literal directly.
static bool callsLiteral(const CallInstr *C) {
  const Node *N = C->getNode();
  if (auto *CS = llvm::dyn_cast_or_null<CallStmt>(N))
    N = CS->getCall();
  auto *CE = llvm::dyn_cast_or_null<CallExpr>(N);
  if (!CE)
    return false;
  const Expr *Fun = CE->getFun();
  while (auto *P = llvm::dyn_cast<ParenExpr>(Fun))
    Fun = P->getX();
  return llvm::isa<FuncLit>(Fun);
}

/// The type of a function's I-th parameter, counting the receiver first.
static const Type *paramType(const Signature *S, unsigned I) {
  if (const Var *R = S->getRecv()) {
    if (I == 0)
      return R->getType();
    --I;
  }
  return S->getParams()->getVars()[I]->getType();
}

bool escape::isVarargsSlice(const Value *V) {
  auto *S = llvm::dyn_cast<ir::Slice>(V);
  auto *A = S ? llvm::dyn_cast<Alloc>(S->getX()) : nullptr;
  return A && A->getAllocKind() == AllocKind::Varargs;
}

/// True when the address Addr (of a variable, or a field or element of
/// it) is used other than to load or store through it: gc's `addrtaken`.
static bool addressEscapes(const Value *Addr) {
  for (Use *U : Addr->uses()) {
    Instr *User = U->getUser();
    if (auto *L = llvm::dyn_cast<UnOp>(User); L && L->getOp() == Operator::Mul)
      continue;
    if (llvm::isa<Store>(User) && U->getOperandNo() == 0)
      continue;
    if (llvm::isa<MakeClosure>(User) || llvm::isa<DebugRef>(User))
      continue;
    bool ArrayElem =
        llvm::isa<IndexAddr>(User) &&
        llvm::isa<Pointer>(User->getOperand(0)->getType()->getUnderlying());
    if (llvm::isa<FieldAddr>(User) || ArrayElem) {
      if (addressEscapes(User))
        return true;
      continue;
    }
    return true;
  }
  return false;
}

bool Batch::addrTaken(const Location *VL) const {
  if (VL->I && addressEscapes(VL->I))
    return true;
  auto It = FreeVarsOf.find(VL->Obj);
  if (It != FreeVarsOf.end())
    for (const FreeVar *FV : It->second)
      if (addressEscapes(FV))
        return true;
  return false;
}

const Expr *escape::firstPackedArg(const Node *N) {
  auto *CE = llvm::dyn_cast_or_null<CallExpr>(N);
  if (!CE || CE->hasDots() || !CE->getFun()->getType())
    return nullptr;
  auto *Sig =
      llvm::dyn_cast<Signature>(CE->getFun()->getType()->getUnderlying());
  if (!Sig || !Sig->isVariadic() || !Sig->getParams())
    return nullptr;
  size_t Fixed = Sig->getParams()->size() - 1;
  return Fixed < CE->getArgs().size() ? CE->getArgs()[Fixed] : nullptr;
}

void Batch::flowSrcs(Location *Dst, int Shift, const Srcs &Ss,
                     const FlowCtx &Ctx) {
  if (!Dst)
    return;
  // gc makes a call argument's flows as it visits the argument, after
  // those of the arguments to its left.
  const Node *Saved = CurNode;
  if (Ctx.Why && llvm::StringRef(Ctx.Why) == "call parameter") {
    if (Ctx.Rhs)
      CurNode = Ctx.Rhs;
    else if (const Expr *First = firstPackedArg(Ctx.Where)) {
      CurNode = First; // the implicit `...` slice
      PackedSlice = true;
    }
  }
  for (Src S : Ss)
    flowSrc(Dst, {S.L, S.Derefs + Shift},
            explaining() ? notesFor(S.L, Ctx) : 0);
  CurNode = Saved;
  PackedSlice = false;
}

ir::Function *Batch::devirtualize(CallInstr *C, Srcs &RecvSrcs,
                                  bool &Partial, const Func *&Method) {
  Partial = false;
  Method = nullptr;
  Value *Recv = C->getCalleeValue();
  auto *MI = llvm::dyn_cast<MakeInterface>(staticValue(Recv));
  if (!MI || isIfaceType(MI->getX()->getType()))
    return nullptr;
  const Type *T = MI->getX()->getType();
  Func *M = C->getMethod();
  LookupResult R =
      lookupFieldOrMethod(T, false, M->getPackage(), M->getName());
  auto *Meth = R.found() ? llvm::dyn_cast<Func>(R.Obj) : nullptr;
  if (!Meth)
    return nullptr;
  const Signature *MS2 = Meth->getSignature();
  Partial = MS2 && MS2->getRecv() && isIfaceType(MS2->getRecv()->getType());
  std::string Sel = "<call>";
  const Node *N = C->getNode();
  // gc reports a deferred call at its `(`, not at `defer`.
  SourceLoc Loc = C->getLoc();
  if (auto *CS = llvm::dyn_cast_or_null<CallStmt>(N)) {
    N = CS->getCall();
    Loc = N->getLoc();
  }
  if (auto *CE = llvm::dyn_cast_or_null<CallExpr>(N)) {
    Sel = MS.exprText(CE->getFun());
    // From here on the call prints as gc rewrote it.
    DevirtualizedCall &D = MS.Devirts[CE];
    D.Concrete = T;
    D.Method = Meth;
    D.Embedded.assign(R.getEmbeddedPath().begin(), R.getEmbeddedPath().end());
    D.Partial = Partial;
  }
  if (MS.Opts.DiagLevel)
    MS.Devirtualized.push_back(
        {Loc, std::string(Partial ? "partially devirtualizing "
                                          : "devirtualizing ") +
                          Sel + " to " + gcTypeString(T)});
  // The receiver is now the asserted concrete value x.(T), then the
  // embedded fields to the method's receiver (a field of a pointer is a
  // dereference) and the implicit `&`/`*` the method's receiver needs.
  int Derefs = isDirectIface(T) ? 0 : 1;
  const Type *Cur = T;
  for (unsigned Idx : R.getEmbeddedPath()) {
    bool Ptr;
    if (!embeddedFieldStep(Cur, Idx, Ptr))
      break;
    Derefs += Ptr;
  }
  if (!Partial && MS2 && MS2->getRecv() &&
      isPtrType(MS2->getRecv()->getType()) != isPtrType(Cur))
    Derefs += isPtrType(Cur) ? 1 : -1;
  RecvSrcs.clear();
  for (Src S : sources(Recv))
    RecvSrcs.push_back({S.L, std::max(S.Derefs + Derefs, -1)});
  if (Partial)
    return nullptr;
  Method = Meth;
  return C->getFunction()->getModule().getFunction(Meth);
}

std::vector<Note> Batch::devirtualizedReceiverNotes(const CallInstr *C) {
  std::vector<Note> Ns;
  const Node *N = C->getNode();
  if (auto *CS = llvm::dyn_cast_or_null<CallStmt>(N))
    N = CS->getCall();
  auto *CE = llvm::dyn_cast_or_null<CallExpr>(N);
  auto It = CE ? MS.Devirts.find(CE) : MS.Devirts.end();
  const Expr *Fun = CE ? CE->getFun() : nullptr;
  while (auto *P = llvm::dyn_cast_or_null<ParenExpr>(Fun))
    Fun = P->getX();
  auto *S = llvm::dyn_cast_or_null<SelectorExpr>(Fun);
  if (It == MS.Devirts.end() || !S)
    return Ns;
  const DevirtualizedCall &D = It->second;
  // The type assertion, then the embedded fields down to the method's
  // receiver, then the implicit `&`/`*` of a concrete method's receiver.
  std::string Text =
      MS.exprText(S->getX()) + ".(" + gcTypeString(D.Concrete) + ")";
  NoteTexts.push_back(Text);
  Ns.push_back({S, "dot", S->getLoc(), NoteTexts.back()});
  const Signature *MSig = D.Method->getSignature();
  std::optional<bool> WantPtr;
  if (!D.Partial && MSig && MSig->getRecv())
    WantPtr = isPtrType(MSig->getRecv()->getType());
  if (!fieldPathNotes(S, std::move(Text), D.Concrete, D.Embedded, WantPtr, Ns))
    return {};
  return Ns;
}

std::vector<Note> Batch::receiverNotes(const SelectorExpr *S,
                                       const Selection &Sel) {
  std::vector<Note> Ns;
  if (Sel.Path.empty())
    return Ns;
  // An interface's method takes the embedded interface as it is.
  std::optional<bool> WantPtr;
  if (!Sel.InterfaceMethod)
    WantPtr = Sel.PtrRecv;
  if (!fieldPathNotes(S, MS.exprText(S->getX()), S->getX()->getType(),
                      Sel.Path.drop_back(), WantPtr, Ns))
    return {};
  return Ns;
}

std::vector<FlowCtx> Batch::argContexts(const CallInstr *C, unsigned N) {
  std::vector<FlowCtx> Out(N);
  if (!explaining())
    return Out; // the contexts only explain
  const Node *Nd = C->getNode();
  if (auto *CS = llvm::dyn_cast_or_null<CallStmt>(Nd))
    Nd = CS->getCall();
  auto *CE = llvm::dyn_cast_or_null<CallExpr>(Nd);
  if (!CE)
    return Out;
  // The argument expressions in IR order: a method call's receiver first.
  std::vector<const Expr *> As;
  const char *RecvImplicit = nullptr;
  SourceLoc RecvImplicitLoc;
  std::vector<Note> RecvPath;
  const Expr *Fun = CE->getFun();
  while (auto *P = llvm::dyn_cast<ParenExpr>(Fun))
    Fun = P->getX();
  if (auto *S = llvm::dyn_cast<SelectorExpr>(Fun))
    if (const Selection *Sel = MS.CP.getSelection(S);
        Sel && Sel->Kind == SelectionKind::MethodVal) {
      As.push_back(S->getX());
      // A value method on a pointer, or a pointer method on a variable.
      bool XPtr = S->getX()->getType() &&
                  llvm::isa<Pointer>(S->getX()->getType()->getUnderlying());
      RecvImplicitLoc = S->getLoc();
      // A promoted method's receiver: its embedded fields, then the
      // implicit `&`/`*`.
      if (Sel->Path.size() > 1)
        RecvPath = receiverNotes(S, *Sel);
      else if (!Sel->InterfaceMethod) {
        if (!Sel->PtrRecv && XPtr)
          RecvImplicit = "indirection";
        else if (Sel->PtrRecv && !XPtr)
          RecvImplicit = "address-of";
      }
    }
  for (const Expr *A : CE->getArgs())
    As.push_back(A);
  // A packed `...` slice has no expression (its notes say so).
  // Without variadic arguments the slice is nil, which has no expression
  // either.
  bool Packed =
      (!C->getArgs().empty() && isVarargsSlice(C->getArgs().back().get())) ||
      (!CE->hasDots() && C->getSignature() && C->getSignature()->isVariadic() &&
       As.size() + 1 == N);
  unsigned Mapped = Packed ? N - 1 : N;
  // gc's type checker rewrote `f(g())` before the `...` slice was made:
  // the call prints as written, g() as escape analysis rewrote it.
  llvm::StringRef CallText;
  if (CE->getArgs().size() == 1 && CE->getArgs()[0]->getType())
    if (auto *TT = llvm::dyn_cast<Tuple>(CE->getArgs()[0]->getType());
        TT && TT->size() > 1)
      CallText = NoteTexts.emplace_back(MS.exprText(CE));
  for (unsigned I = 0; I != N; ++I) {
    Out[I] = {CE, "call parameter", nullptr};
    Out[I].Text = CallText;
    if (I < Mapped && (As.size() == N || (Packed && As.size() >= Mapped)))
      Out[I].Rhs = As[I];
    if (I == 0 && RecvImplicit && Out[I].Rhs) {
      Out[I].Implicit = RecvImplicit;
      Out[I].ImplicitLoc = RecvImplicitLoc;
    }
    if (I == 0 && Out[I].Rhs)
      Out[I].Implicits = RecvPath;
  }
  return Out;
}

void Batch::call(CallInstr *C, int Depth) {
  llvm::ArrayRef<Use> Args = C->getArgs();
  auto *Res = llvm::dyn_cast<Call>(C);
  // gc devirtualizes interface calls before escape analysis: the receiver
  // is then `x.(T)`.
  Srcs RecvSrcs;
  bool Partial = false;
  // A library method the module does not declare (nothing calls it
  // statically) that a devirtualized call resolves to: its tags are the
  // modelled library's.
  const Func *DevirtMethod = nullptr;
  ir::Function *DevirtCallee = nullptr;
  if (C->getMode() == CallMode::Invoke)
    DevirtCallee = devirtualize(C, RecvSrcs, Partial, DevirtMethod);
  bool Devirt = DevirtCallee || Partial || DevirtMethod;
  Location *CalleeTmp = nullptr;
  std::vector<Location *> ArgTmps(Args.size());
  auto *CE = llvm::dyn_cast_or_null<CallExpr>(C->getNode());
  if (auto *CS = llvm::dyn_cast_or_null<CallStmt>(C->getNode()))
    CE = CS->getCall();
  if (CE && C->getMode() != CallMode::Builtin)
    calleeTemp(C, CE, Depth, CalleeTmp, ArgTmps);
  // A go/defer call happens in gc's wrapper closure, on copies.
  llvm::StringRef CallText;
  Location *Wrapper =
      llvm::isa<Go, Defer>(C)
          ? goDeferWrapper(C, Depth, CalleeTmp, ArgTmps, CallText,
                           Devirt ? &RecvSrcs : nullptr)
          : nullptr;
  if (C->getMode() == CallMode::Builtin) {
    // Of the builtins a go/defer can call, only panic keeps its argument.
    if (Wrapper && C->getBuiltin() == BuiltinId::Panic && !Args.empty()) {
      FlowCtx Ctx{CE, "call parameter", nullptr};
      Ctx.Text = CallText;
      if (ArgTmps[0])
        flowSrc(&HeapLoc, {ArgTmps[0], 0},
                explaining() ? notesFor(ArgTmps[0], Ctx) : 0);
      else
        flow(&HeapLoc, 0, Args[0].get(), Ctx);
    }
    return;
  }
  // gc inlines errors.New: its &errorString{text} is an allocation of the
  // caller, at the call.
  if (Res && C->isGcInlined() && C->getMode() == CallMode::Static &&
      Args.size() == 1)
    if (ir::Function *Fn = C->getStaticCallee();
        Fn && Fn->getObject() && Fn->getObject()->getFullName() == "errors.New") {
      Location *S = newLoc(Location::Site, C->getFunction(), Depth);
      S->I = C;
      SiteLocs[C] = S;
      flowSrcs(S, 0, sources(Args[0].get()));
      flowSrc(callResult(C, 0), {S, -1});
      return;
    }
  // The arguments, the receiver first for a devirtualized interface call
  // (in a wrapper, its copy).
  std::vector<Srcs> ArgSrcs;
  bool MethodExpr = false;
  ir::Function *Callee = staticCallee(C);
  if (Callee)
    Callee = methodExprTarget(Callee, MethodExpr);
  if (C->getMode() == CallMode::Invoke)
    Callee = DevirtCallee;
  if (Devirt)
    ArgSrcs.push_back(CalleeTmp ? Srcs{{CalleeTmp, 0}} : RecvSrcs);
  for (unsigned I = 0; I != Args.size(); ++I) {
    ArgSrcs.emplace_back();
    if (ArgTmps[I])
      ArgSrcs.back().push_back({ArgTmps[I], 0});
    else if (hasPointers(Args[I].get()->getType()))
      ArgSrcs.back() = sources(Args[I].get());
  }
  // An interface call's receiver is not among ArgSrcs unless devirtualized.
  bool RecvApart = C->getMode() == CallMode::Invoke && !Devirt;
  std::vector<FlowCtx> Ctxs =
      argContexts(C, ArgSrcs.size() + (RecvApart ? 1 : 0));
  FlowCtx RecvCtx;
  if (RecvApart) {
    RecvCtx = Ctxs.front();
    Ctxs.erase(Ctxs.begin());
  }
  if (Devirt && explaining() && !Ctxs.empty() && !CalleeTmp)
    Ctxs.front().Implicits = devirtualizedReceiverNotes(C);
  // Implicit conversions of the arguments to interface parameters; in a
  // wrapper, the call reads the copies.
  unsigned Off = ArgSrcs.size() - Args.size();
  for (unsigned I = 0; I != Args.size(); ++I) {
    Ctxs[Off + I].Conv = ArgTmps[I] ? nullptr : implicitConv(Args[I].get());
    if (Wrapper) {
      Ctxs[Off + I].Text = CallText;
      if (ArgTmps[I]) {
        Ctxs[Off + I].Rhs = nullptr;
        Ctxs[Off + I].Implicits.clear();
      }
    }
  }
  if (Wrapper) {
    RecvCtx.Text = CallText;
    if (CalleeTmp) {
      RecvCtx.Rhs = nullptr;
      RecvCtx.Implicits.clear();
    }
    if (Devirt && !Ctxs.empty()) {
      Ctxs.front().Text = CallText;
      if (CalleeTmp)
        Ctxs.front().Rhs = nullptr;
    }
  }
  const Tuple *Results = C->getSignature()->getResults();
  if (Callee && inBatch(Callee)) {
    if (Callee->getParentFunction() && callsLiteral(C))
      ClosureCalled.insert(Callee);
    for (unsigned I = 0; I != ArgSrcs.size(); ++I)
      flowSrcs(paramLoc(Callee, I), 0, ArgSrcs[I], Ctxs[I]);
    if (Res)
      for (unsigned J = 0; J != Results->getVars().size(); ++J)
        if (Location *RL = resultLoc(Callee, J))
          flowSrc(callResult(C, J), {RL, 0});
  } else if (const FuncTags *T =
                 Callee         ? MS.tagsOf(Callee)
                 : DevirtMethod ? MS.tagsOfFunc(DevirtMethod,
                                                C->getFunction()->getModule())
                                : nullptr) {
    for (unsigned I = 0; I != ArgSrcs.size() && I < T->Params.size(); ++I) {
      const Leaks &L = T->Params[I];
      // gc tags no parameter without pointers; through a method
      // expression such a parameter can receive a pointer (`(*T).M(&t)`
      // for a value method), which the missing tag sends to the heap.
      if (MethodExpr && !hasPointers(paramType(Callee->getSignature(), I))) {
        flowSrcs(&HeapLoc, 0, ArgSrcs[I], Ctxs[I]);
        continue;
      }
      // The holes the argument flows into: the heap and the results
      // (those of a call whose value is used). gc's teeHole puts a
      // temporary before two or more.
      llvm::SmallVector<std::pair<Location *, int>, 2> Holes;
      if (L.heap() >= 0)
        Holes.push_back({&HeapLoc, L.heap()});
      if (Res && !C->uses().empty())
        for (unsigned J = 0; J != NumEscResults; ++J)
          if (L.result(J) >= 0 && J < Results->getVars().size())
            Holes.push_back({callResult(C, J), L.result(J)});
      if (Holes.size() == 1) {
        flowSrcs(Holes[0].first, Holes[0].second, ArgSrcs[I], Ctxs[I]);
      } else if (!Holes.empty()) {
        Location *Tee = newLoc(Location::Later, C->getFunction(), Depth);
        for (auto [H, D] : Holes)
          flowSrc(H, {Tee, D});
        flowSrcs(Tee, 0, ArgSrcs[I], Ctxs[I]);
      }
    }
  } else {
    if (RecvApart) {
      if (CalleeTmp)
        flowSrc(&HeapLoc, {CalleeTmp, 0},
                explaining() ? notesFor(CalleeTmp, RecvCtx) : 0);
      else
        flow(&HeapLoc, 0, C->getCalleeValue(), RecvCtx);
    }
    for (unsigned I = 0; I != ArgSrcs.size(); ++I)
      flowSrcs(&HeapLoc, 0, ArgSrcs[I], Ctxs[I]);
  }
  bool ToHeap = llvm::isa<Go>(C) || (llvm::isa<Defer>(C) && Depth > 1);
  if (llvm::isa<Go, Defer>(C) && !Wrapper) {
    // A function value called as it is goes to the heap itself, or, for a
    // defer outside loops, to a temporary that lives until the function
    // returns (gc's `later` hole), which outlives what the function's
    // closures allocate.
    Location *Dst = &HeapLoc;
    if (!ToHeap) {
      // gc makes it before it visits the deferred call.
      Dst = newLoc(Location::Later, C->getFunction(), Depth);
      if (C->getNode())
        placeBeforeOperands(Dst, C->getNode());
    }
    if (CalleeTmp)
      flowSrc(Dst, {CalleeTmp, 0});
    else
      flow(Dst, 0, C->getCalleeValue(),
           {nullptr, nullptr, CE ? CE->getFun() : nullptr});
  }
}

ir::Function *Batch::methodExprTarget(ir::Function *F, bool &IsMethodExpr) {
  auto *S = llvm::dyn_cast_or_null<SelectorExpr>(F->getSyntax());
  const Selection *Sel = S ? MS.CP.getSelection(S) : nullptr;
  if (!Sel || Sel->Kind != SelectionKind::MethodExpr)
    return F;
  IsMethodExpr = true;
  if (Sel->InterfaceMethod)
    return nullptr;
  return F->getModule().getFunction(llvm::cast<Func>(Sel->Obj));
}

void Batch::calleeTemp(CallInstr *C, const CallExpr *CE, int Depth,
                       Location *&CalleeTmp, std::vector<Location *> &ArgTmps) {
  auto It = MS.CalleeTemps.find(CE);
  if (It == MS.CalleeTemps.end())
    return;
  const Expr *X = nonNameCallee(CE, MS.CP);
  // A static method call's receiver is its first argument; otherwise the
  // temporary holds the function value or the interface receiver.
  bool Recv = C->getMode() == CallMode::Static && !C->getArgs().empty() &&
              X != unparen(CE->getFun());
  Location *T = CalleeTmpLocs.lookup(C);
  if (!T) {
    T = newLoc(Location::Var, C->getFunction(), Depth);
    T->TmpName = NoteTexts.emplace_back(It->second);
    T->TmpLoc = CE->getLoc();
  }
  FlowCtx Ctx{CE, "assign", X};
  Ctx.Loc = CE->getLoc();
  if (explaining()) {
    Ctx.Text = NoteTexts.emplace_back(It->second + " := " + MS.exprText(X));
    // A receiver the method takes through an implicit `*p` (`f().M()`,
    // f returning *T and M on T) or promoted fields: gc's notes of the
    // selector come between the receiver's own and the assignment's.
    const Expr *Fun = unparen(CE->getFun());
    if (auto *S = llvm::dyn_cast<SelectorExpr>(Fun); S && Recv)
      if (const Selection *Sel = MS.CP.getSelection(S);
          Sel && Sel->Kind == SelectionKind::MethodVal &&
          !Sel->InterfaceMethod) {
        if (Sel->Path.size() > 1) {
          Ctx.Implicits = implicitSelections(S, *Sel);
        } else {
          bool XPtr =
              S->getX()->getType() &&
              llvm::isa<Pointer>(S->getX()->getType()->getUnderlying());
          Ctx.ImplicitLoc = S->getLoc();
          if (!Sel->PtrRecv && XPtr)
            Ctx.Implicit = "indirection";
          else if (Sel->PtrRecv && !XPtr)
            Ctx.Implicit = "address-of";
        }
      }
  }
  flow(T, 0, Recv ? C->getArgs()[0].get() : C->getCalleeValue(), Ctx);
  (Recv ? ArgTmps[0] : CalleeTmp) = T;
}

/// The assignment statement whose store the value of I reaches within a
/// few instructions (an address computed for its left-hand side, or a
/// value computed for its right-hand side), or null.
static const AssignStmt *assignReached(const Instr *I) {
  llvm::SmallVector<const Instr *, 8> Work{I};
  for (unsigned Step = 0; Step != Work.size() && Step < 16; ++Step) {
    const Instr *Cur = Work[Step];
    if (auto *AS = llvm::dyn_cast_or_null<AssignStmt>(Cur->getNode()))
      return AS;
    for (Use *U : Cur->uses())
      Work.push_back(U->getUser());
  }
  return nullptr;
}

/// The first mention of V (outside function literals) in E, in source
/// order, or null.
static const Name *firstMention(const Expr *E, const Var *V) {
  if (!E)
    return nullptr;
  auto First = [&](auto Es) -> const Name * {
    for (const Expr *X : Es)
      if (const Name *N = firstMention(X, V))
        return N;
    return nullptr;
  };
  auto Either = [&](const Expr *A, const Expr *B) {
    const Name *N = firstMention(A, V);
    return N ? N : firstMention(B, V);
  };
  switch (E->getKind()) {
  case NodeKind::Name: {
    auto *N = llvm::cast<Name>(E);
    return N->getObject() == V ? N : nullptr;
  }
  case NodeKind::ParenExpr:
    return firstMention(llvm::cast<ParenExpr>(E)->getX(), V);
  case NodeKind::SelectorExpr:
    return firstMention(llvm::cast<SelectorExpr>(E)->getX(), V);
  case NodeKind::IndexExpr: {
    auto *I = llvm::cast<IndexExpr>(E);
    return Either(I->getX(), I->getIndex());
  }
  case NodeKind::SliceExpr: {
    auto *S = llvm::cast<SliceExpr>(E);
    const Name *N = Either(S->getX(), S->getLow());
    return N ? N : Either(S->getHigh(), S->getMax());
  }
  case NodeKind::AssertExpr:
    return firstMention(llvm::cast<AssertExpr>(E)->getX(), V);
  case NodeKind::Operation: {
    auto *O = llvm::cast<Operation>(E);
    return Either(O->getX(), O->getY());
  }
  case NodeKind::CallExpr: {
    auto *C = llvm::cast<CallExpr>(E);
    const Name *N = firstMention(C->getFun(), V);
    return N ? N : First(C->getArgs());
  }
  case NodeKind::CompositeLit:
    return First(llvm::cast<CompositeLit>(E)->getElems());
  case NodeKind::KeyValueExpr: {
    auto *KV = llvm::cast<KeyValueExpr>(E);
    return Either(KV->getKey(), KV->getValue());
  }
  case NodeKind::ListExpr:
    return First(llvm::cast<ListExpr>(E)->getElems());
  default:
    return nullptr;
  }
}

/// Whether the expression E (outside function literals) names V.
static bool mentions(const Expr *E, const Var *V) {
  return firstMention(E, V) != nullptr;
}

/// True when gc walks the assignment St after the capture MC: the
/// assignment statement starts after the function literal, or holds it
/// (gc marks a variable reassigned once the right-hand side is walked).
static bool assignedAfter(const Store *St, const MakeClosure *MC) {
  const Node *N = St->getNode();
  SourceLoc Start = N ? N->getStartLoc() : St->getLoc();
  // Within one inlined body, the callee's own positions order the two.
  SourceLoc McLoc = MC->getLoc();
  if (MC->isInlined() && St->isInlined() && MC->getNode())
    McLoc = MC->getNode()->getLoc();
  else if (St->isInlined())
    Start = St->getLoc();
  if (McLoc < Start)
    return true;
  const BasicBlock *BB = St->getParent();
  if (MC->getParent() != BB)
    return false;
  for (const Instr *I : BB->instrs()) {
    if (I == MC)
      return true;
    if (I == St)
      return false;
  }
  return false;
}

void Batch::flowClosures() {
  // gc decides the captures in the order it walked the closures, which is
  // their source order (a closure precedes the ones in its body).
  std::stable_sort(Closures.begin(), Closures.end(),
                   [](const auto &A, const auto &B) {
                     return A.first->getLoc() < B.first->getLoc();
                   });
  // The first capture of each variable: gc forgets the assignments it
  // walked before it when it is at the variable's loop depth.
  llvm::DenseMap<const Location *, std::pair<const MakeClosure *, int>> First;
  for (auto [MC, Depth] : Closures)
    for (FreeVar *FV : MC->getFn()->freeVars())
      if (Location *VL = freeVarLoc(FV))
        First.try_emplace(VL, MC, Depth);
  // gc adds a go/defer wrapper to its closures once it walked the call,
  // so its captures come before those of the closures after the call.
  std::stable_sort(WrapperCaptures.begin(), WrapperCaptures.end(),
                   [](const WrapperCapture &A, const WrapperCapture &B) {
                     return goDeferWrapperEnd(A.Wrapper->I) <
                            goDeferWrapperEnd(B.Wrapper->I);
                   });
  for (auto [MC, Depth] : Closures) {
    flowWrapperCaptures(MC->getLoc());
    Location *CL = SiteLocs.lookup(MC);
    ir::Function *Fn = MC->getFn();
    llvm::ArrayRef<Use> Bs = MC->getBindings();
    for (unsigned I : captureOrder(*Fn)) {
      if (I >= Bs.size())
        continue;
      FreeVar *FV = Fn->freeVars()[I];
      const Var *V = FV->getVar();
      Location *VL = V ? freeVarLoc(FV) : nullptr;
      if (!VL || !CL)
        continue;
      auto [FirstMC, FirstDepth] = First.lookup(VL);
      bool Reassigned = false;
      for (const Store *A : VL->Assigns)
        if (FirstDepth != VL->LoopDepth || assignedAfter(A, FirstMC))
          Reassigned = true;
      bool AddrTaken = VL->CapturedByRef || addrTaken(VL);
      bool ByVal = !AddrTaken && !Reassigned &&
                   Sizes::sizeOf(V->getType()) <= 128;
      VL->CapturedByRef |= !ByVal;
      FV->setCaptureMode(ByVal ? CaptureMode::ByValue
                               : CaptureMode::ByReference);
      if (MS.Opts.DiagLevel > 1) {
        std::string Text;
        llvm::raw_string_ostream OS(Text);
        OS << gcFuncName(VL->Fn) << " capturing by " << (ByVal ? "value" : "ref")
           << ": " << V->getName() << " (addr=" << (AddrTaken ? "true" : "false")
           << " assign=" << (Reassigned ? "true" : "false")
           << " width=" << Sizes::sizeOf(V->getType()) << ")";
        report(locPos(VL), Text);
      }
      uint32_t Notes = 0;
      if (explaining()) {
        // gc's closure variable is where the body first mentions it.
        SourceLoc At;
        for (Use *U : FV->uses()) {
          const Instr *User = U->getUser();
          // `n++`, `n += d`, `a[i]`, `s.f`, `a[i:j]`: the variable starts
          // the construct.
          const Node *UN = User->getNode();
          SourceLoc L = llvm::isa_and_nonnull<AssignStmt, IndexExpr,
                                              SelectorExpr, SliceExpr>(UN)
                            ? UN->getStartLoc()
                            : User->getLoc();
          // gc builds an assignment's right-hand side before the operands
          // it assigns (`r.f = g(r)`, `a[i] = a[j]`, `n += n`): a use in
          // an assignment that mentions V on its right is captured there.
          const AssignStmt *AS = llvm::dyn_cast_or_null<AssignStmt>(UN);
          if (!AS)
            AS = assignReached(User);
          // (Only the assignment the use is part of.)
          if (AS && L.isValid() && L < AS->getStartLoc())
            AS = nullptr;
          const Name *RhsMention = nullptr;
          if (AS)
            for (const Expr *R : AS->getRhs())
              if ((RhsMention = firstMention(R, V)))
                break;
          if (RhsMention) {
            if (!At.isValid() || RhsMention->getLoc() < At)
              At = RhsMention->getLoc();
            continue;
          }
          // Of several assigned variables (a range loop's too), the one
          // that mentions it.
          llvm::ArrayRef<Expr *> Assigned;
          if (auto *AS = llvm::dyn_cast_or_null<AssignStmt>(UN))
            Assigned = AS->getLhs();
          else if (auto *RC = llvm::dyn_cast_or_null<RangeClause>(UN))
            Assigned = RC->getLhs();
          for (const Expr *Lhs : Assigned)
            if (mentions(Lhs, V)) {
              L = Lhs->getStartLoc();
              break;
            }
          if (L.isValid() && (!At.isValid() || L < At))
            At = L;
        }
        std::vector<Note> Ns{{MC->getNode(), "captured by a closure", At,
                              V->getName()}};
        if (!ByVal)
          Ns.push_back({MC->getNode(), "reference", At, V->getName()});
        NoteLists.push_back(std::move(Ns));
        Notes = NoteLists.size() - 1;
      }
      flowSrc(CL, {VL, ByVal ? 0 : -1}, Notes);
    }
  }
  flowWrapperCaptures(SourceLoc());
}
