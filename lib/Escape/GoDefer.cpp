//===- GoDefer.cpp - gc's wrapper closures for go and defer ---------------===//
//
// gc runs a `go` or `defer` call through a closure of no arguments unless
// the call already is a plain call of a function without parameters and
// results: `defer f(x, y)` becomes `x1, y1 := x, y; defer func() {
// f(x1, y1) }()`. Each operand that is not a constant, nil, a declared
// function or a method expression (the function value, the receiver, the
// arguments; a slice literal argument, the implicit `...` one included,
// stays whole in the call and its elements are the operands) is copied into
// a temporary `.autotmp_N` of the enclosing function, N counting gc's
// declarations of that function so far (named parameters and receiver,
// results, locals, earlier temporaries). The wrapper captures the
// temporaries (by value up to 128 bytes) and goes to the heap for `go`
// and a `defer` in a loop; it is explained at -m -m but gets no -m
// message. The call itself, in the wrapper, reads the temporaries.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/ExprString.h"

using namespace goscape;
using namespace goscape::escape;
using namespace goscape::ir;

/// The size of gc's frame pointer operand of recover() (amd64).
static constexpr int64_t FramePointerSize = 8;

/// True when gc calls C's function as it is: a call of a function value
/// or declared function (not a method, not a builtin) without parameters
/// and results.
static bool callsDirectly(const CallInstr *C, const CallExpr *CE,
                          const CheckedPackage &CP) {
  if (C->getMode() == CallMode::Builtin || C->getMode() == CallMode::Invoke)
    return false;
  const Expr *Fun = unparen(CE->getFun());
  if (auto *S = llvm::dyn_cast<SelectorExpr>(Fun))
    if (const Selection *Sel = CP.getSelection(S);
        Sel && Sel->Kind == SelectionKind::MethodVal)
      return false;
  auto *Sig = Fun->getType()
                  ? llvm::dyn_cast<Signature>(Fun->getType()->getUnderlying())
                  : nullptr;
  return Sig && Sig->getParams()->size() + Sig->getResults()->size() == 0;
}

/// True when gc leaves the operand E in the wrapper's call: a constant,
/// nil, a declared function or a method expression.
static bool stays(const Expr *E, const CheckedPackage &CP) {
  E = unparen(E);
  if (!E || CP.getMode(E) == ExprMode::Nil)
    return true;
  if (E->getConstValue() && CP.getMode(E) != ExprMode::TypeExpr)
    return true;
  const Name *N = llvm::dyn_cast<Name>(E);
  if (auto *S = llvm::dyn_cast<SelectorExpr>(E)) {
    const Selection *Sel = CP.getSelection(S);
    if (Sel)
      return Sel->Kind == SelectionKind::MethodExpr;
    N = S->getSel(); // a qualified identifier
  }
  return N && llvm::isa_and_nonnull<Func>(N->getObject());
}

/// True for the names gc's node for E shares (it has no position of its
/// own): a variable, qualified or not.
static bool isNameNode(const Expr *E, const CheckedPackage &CP) {
  E = unparen(E);
  if (llvm::isa<Name>(E))
    return true;
  auto *S = llvm::dyn_cast<SelectorExpr>(E);
  return S && !CP.getSelection(S);
}

/// gc's count of the declarations of F: its named parameters (receiver
/// included), all its results, every local variable of its body and the
/// MultiValueTmps temporaries its type checker made for the results of
/// multi-value calls (MultiValue.cpp).
static unsigned countDcls(const ir::Function *F, unsigned MultiValueTmps) {
  llvm::DenseSet<const Var *> Named;
  unsigned N = MultiValueTmps;
  for (const BasicBlock *BB : F->blocks())
    for (const Instr *I : BB->instrs())
      if (auto *A = llvm::dyn_cast<Alloc>(I);
          A && A->getAllocKind() == AllocKind::Var && A->getVar() &&
          !A->getVar()->getName().empty() && A->getVar()->getName() != "_")
        Named.insert(A->getVar());
  N += Named.size();
  // Unnamed and blank results are declared too (`~r0`, `~b0`).
  if (const Signature *S = F->getSignature())
    for (const Var *R : S->getResults()->getVars())
      if (R->getName().empty() || R->getName() == "_")
        ++N;
  return N;
}

const CallInstr *escape::goDeferOfSliceLit(const Alloc *VA) {
  if (VA->getAllocKind() != AllocKind::Varargs) {
    auto *CL = llvm::dyn_cast_or_null<CompositeLit>(VA->getNode());
    if (VA->getAllocKind() != AllocKind::CompositeLit || !CL ||
        !CL->getType() ||
        !llvm::isa<goscape::Slice>(CL->getType()->getUnderlying()))
      return nullptr;
  }
  for (const Use *U : VA->uses())
    if (llvm::isa<ir::Slice>(U->getUser()))
      for (const Use *U2 : U->getUser()->uses())
        if (llvm::isa<Go, Defer>(U2->getUser()))
          return llvm::cast<CallInstr>(U2->getUser());
  return nullptr;
}

/// The stores of the elements of the slice literal VA, in source order.
static std::vector<const Store *> sliceLitStores(const Alloc *VA) {
  std::vector<const Store *> Out;
  for (const Use *U : VA->uses())
    if (auto *IA = llvm::dyn_cast<IndexAddr>(U->getUser()))
      for (const Use *U2 : IA->uses())
        if (auto *St = llvm::dyn_cast<Store>(U2->getUser());
            St && U2->getOperandNo() == 0)
          Out.push_back(St);
  // The elements are stored in source order.
  llvm::stable_sort(Out, [](const Store *A, const Store *B) {
    return A->getLoc() < B->getLoc();
  });
  return Out;
}

/// The receiver type a devirtualized call D passes: the concrete method's
/// receiver, or for a method promoted from an embedded interface, that
/// field's interface type.
static const Type *devirtualizedRecvType(const DevirtualizedCall &D) {
  const Signature *MSig = D.Method->getSignature();
  if (!D.Partial)
    return MSig && MSig->getRecv() ? MSig->getRecv()->getType() : nullptr;
  const Type *Cur = D.Concrete;
  for (unsigned Idx : D.Embedded) {
    bool Ptr;
    if (!embeddedFieldStep(Cur, Idx, Ptr))
      return nullptr;
  }
  return Cur;
}

Location *Batch::goDeferWrapper(CallInstr *C, int Depth, Location *&CalleeTmp,
                                std::vector<Location *> &ArgTmps,
                                llvm::StringRef &CallText,
                                const Srcs *DevirtRecv) {
  auto *CS = llvm::dyn_cast_or_null<CallStmt>(C->getNode());
  const CallExpr *CE = CS ? CS->getCall() : nullptr;
  if (!CE || callsDirectly(C, CE, MS.CP))
    return nullptr;
  ir::Function *F = C->getFunction();
  Location *W = newLoc(Location::Site, F, Depth);
  W->I = C;
  W->GoDeferWrapper = true;
  W->Transient = true;
  if (llvm::isa<Go>(C) || Depth > 1) {
    NoteLists.push_back({{CS, "spill", C->getLoc(), "func literal"}});
    flowSrc(&HeapLoc, {W, -1}, NoteLists.size() - 1);
  }

  // The operands in gc's order, each with its expression: the function
  // value or interface receiver, then the arguments (a static method
  // call's receiver first).
  std::vector<std::pair<Value *, const Expr *>> Ops;
  const Expr *Fun = unparen(CE->getFun());
  auto *Sel = llvm::dyn_cast<SelectorExpr>(Fun);
  const Selection *S = Sel ? MS.CP.getSelection(Sel) : nullptr;
  bool Method = S && S->Kind == SelectionKind::MethodVal;
  // A method call's receiver is the operand RecvOp, as the call passes it:
  // gc copies its embedded fields, the implicit `&`/`*` and a devirtualizing
  // assertion `x.(T)` with it, at the selector's `.`.
  int RecvOp = -1;
  bool RecvImplicit = false;
  const DevirtualizedCall *Devirt = nullptr;
  if (Method) {
    bool XPtr = isPtrType(Sel->getX()->getType());
    RecvImplicit =
        S->Path.size() > 1 || (!S->InterfaceMethod && S->PtrRecv != XPtr);
    if (auto It = MS.Devirts.find(CE); DevirtRecv && It != MS.Devirts.end())
      Devirt = &It->second;
    RecvImplicit |= Devirt != nullptr;
  }
  if (C->getMode() == CallMode::Closure)
    Ops.push_back({C->getCalleeValue(), Fun});
  else if (C->getMode() == CallMode::Invoke) {
    RecvOp = Ops.size();
    Ops.push_back({C->getCalleeValue(), Sel->getX()});
  } else if (llvm::isa<FuncLit>(Fun))
    Ops.push_back({C->getCalleeValue(), Fun});
  std::vector<const Expr *> As;
  if (Method && C->getMode() == CallMode::Static) {
    RecvOp = Ops.size();
    As.push_back(Sel->getX());
  }
  for (const Expr *A : CE->getArgs())
    As.push_back(A);
  llvm::ArrayRef<Use> Args = C->getArgs();
  // A packed `...` slice stays whole; its elements are copied.
  bool Packed = !Args.empty() && isVarargsSlice(Args.back().get());
  // Without variadic arguments the slice is nil, which has no expression.
  bool NoVariadic = !Packed && !CE->hasDots() && C->getSignature() &&
                    C->getSignature()->isVariadic() &&
                    As.size() + 1 == Args.size();
  unsigned Mapped = Packed || NoVariadic ? Args.size() - 1 : Args.size();
  bool Maps =
      Packed || NoVariadic ? As.size() >= Mapped : As.size() == Args.size();
  unsigned NumCalleeOps = Ops.size();
  llvm::SmallDenseSet<unsigned, 4> Peeled;
  // ArgOf[K]: the argument operand K is (-1: the callee); SliceOf[K]: for
  // an element of a slice literal argument, that literal.
  std::vector<int> ArgOf(NumCalleeOps, -1);
  std::vector<const Alloc *> SliceOf(NumCalleeOps, nullptr);
  for (unsigned I = 0; I != Args.size(); ++I) {
    Value *A = Args[I].get();
    Ops.push_back({A, Maps && I < Mapped ? As[I] : nullptr});
    ArgOf.push_back(I);
    SliceOf.push_back(nullptr);
    // gc keeps a slice literal argument (the implicit `...` one too) in the
    // call and copies its elements instead, right after it.
    auto *SL = llvm::dyn_cast<ir::Slice>(A);
    auto *Lit = SL ? llvm::dyn_cast<Alloc>(SL->getX()) : nullptr;
    if (!Lit || goDeferOfSliceLit(Lit) != C)
      continue;
    Peeled.insert(Ops.size() - 1);
    for (const Store *St : sliceLitStores(Lit)) {
      const Expr *El = llvm::dyn_cast_or_null<Expr>(St->getNode());
      if (auto *KV = llvm::dyn_cast_or_null<KeyValueExpr>(El))
        El = KV->getValue();
      Ops.push_back({St->getVal(), El});
      ArgOf.push_back(-1);
      SliceOf.push_back(Lit);
    }
  }

  auto [DclIt, New] = DclCount.try_emplace(F, 0);
  if (New)
    DclIt->second = countDcls(F, mvTemps(F).Count);
  llvm::DenseMap<const Expr *, std::string> Names;
  llvm::StringRef RecvTemp;
  for (unsigned K = 0; K != Ops.size(); ++K) {
    auto [V, E] = Ops[K];
    bool Recv = int(K) == RecvOp;
    // The type checker's temporary of a callee or receiver with calls in
    // it, a variable the wrapper copies.
    Location *Checked = SliceOf[K]      ? nullptr
                        : ArgOf[K] < 0  ? CalleeTmp
                        : ArgOf[K] == 0 ? ArgTmps[0]
                                        : nullptr;
    if (Checked) {
      Recv = false;
      E = nullptr;
    }
    // An implicit conversion (of a constant too, of an interface to
    // another) is an operand of its own.
    bool Conv = E && llvm::isa<MakeInterface, ChangeInterface>(V) &&
                E->getType() && !identical(E->getType(), V->getType());
    // Without an expression: a value of a multi-value call `f(g())`.
    if (Peeled.count(K) || (!(Recv && RecvImplicit) && !Checked &&
                            (E ? !Conv && stays(E, MS.CP)
                               : llvm::isa<ir::Const, ir::Function>(V))))
      continue;
    // gc's wrapper takes the operands at the call's `(`, an element at its
    // literal's `{` (the implicit `...` slice's is the call's).
    const Alloc *Lit = SliceOf[K];
    SourceLoc OperandLoc = Lit && Lit->getAllocKind() != AllocKind::Varargs
                               ? Lit->getLoc()
                               : CE->getLoc();
    Location *T = newLoc(Location::Var, F, Depth);
    T->TmpName =
        NoteTexts.emplace_back(".autotmp_" + std::to_string(DclIt->second++));
    // The copy is at its operand's own position, or where the wrapper
    // takes it for a name; an implicit conversion has its own, a receiver
    // with implicit selections its selector's.
    T->TmpLoc = Conv                         ? llvm::cast<Instr>(V)->getLoc()
                : Recv && RecvImplicit       ? Sel->getLoc()
                : !E || isNameNode(E, MS.CP) ? OperandLoc
                                             : gcExprLoc(E);
    if (Recv || (Checked && int(K) == RecvOp))
      RecvTemp = T->TmpName;
    else if (Checked)
      Names[unparen(nonNameCallee(CE, MS.CP))] = T->TmpName.str();
    else if (E)
      Names[unparen(E)] = T->TmpName.str();
    FlowCtx Ctx{CS, "assign", E, Checked ? nullptr : implicitConv(V)};
    Ctx.Loc = T->TmpLoc;
    std::string MVName;
    SourceLoc MVLoc;
    if (Recv && explaining()) {
      // The receiver as the call passes it, the implicit `&`/`*` unprinted.
      Ctx.Implicits =
          Devirt ? devirtualizedReceiverNotes(C) : receiverNotes(Sel, *S);
      std::string Text = !Ctx.Implicits.empty() && RecvImplicit
                             ? Ctx.Implicits.back().Text.str()
                             : MS.exprText(E);
      Ctx.Text = NoteTexts.emplace_back(T->TmpName.str() + " = " + Text);
    } else if (Checked && explaining()) {
      Ctx.Text = NoteTexts.emplace_back(T->TmpName.str() + " = " +
                                        Checked->TmpName.str());
    } else if (E && explaining())
      Ctx.Text = NoteTexts.emplace_back(T->TmpName.str() + " = " +
                                        MS.exprText(E));
    else if (auto *MI = llvm::dyn_cast<MakeInterface>(V);
             explaining() && multiValueTemp(mvTemps(F), MI ? MI->getX() : V,
                                            MVName, MVLoc))
      // A result of `g()` in `defer f(g())`: the type checker's temporary.
      Ctx.Text = NoteTexts.emplace_back(T->TmpName.str() + " = " + MVName);
    int64_t Size = MS.sizeOf(V->getType());
    if (Checked) {
      flowSrc(T, {Checked, 0}, explaining() ? notesFor(Checked, Ctx) : 0);
    } else if (Recv && Devirt) {
      // The asserted receiver, not the interface.
      flowSrcs(T, 0, *DevirtRecv, Ctx);
      if (const Type *RT = devirtualizedRecvType(*Devirt))
        Size = MS.sizeOf(RT);
    } else {
      flow(T, 0, V, Ctx);
    }
    WrapperCaptures.push_back({W, T, Size, OperandLoc});
    if (Lit) {
      // An element of a slice literal, which the wrapper builds.
      FlowCtx ElCtx{Lit->getNode(), "slice-literal-element", nullptr};
      ElCtx.Varargs = Lit->getAllocKind() == AllocKind::Varargs;
      if (Location *VL = SiteLocs.lookup(Lit))
        flowSrc(VL, {T, 0}, explaining() ? notesFor(T, ElCtx) : 0);
    } else if (ArgOf[K] < 0) {
      CalleeTmp = T;
    } else {
      ArgTmps[ArgOf[K]] = T;
    }
  }
  // gc passes recover() the caller's frame pointer (a word, its type
  // `*int32`), an operand like any other, which nothing flows through.
  if (C->getMode() == CallMode::Builtin &&
      C->getBuiltin() == BuiltinId::Recover) {
    Location *T = newLoc(Location::Var, F, Depth);
    T->TmpName =
        NoteTexts.emplace_back(".autotmp_" + std::to_string(DclIt->second++));
    T->TmpLoc = CE->getLoc();
    WrapperCaptures.push_back({W, T, FramePointerSize, CE->getLoc()});
  }
  if (explaining()) {
    GcPrintState St{&MS.Devirts, MS.Unvisited};
    CallText = NoteTexts.emplace_back(
        gcWrappedCallString(CE, MS.CP, Names, &St, RecvTemp));
  }
  return W;
}

SourceLoc escape::goDeferWrapperEnd(const ir::Instr *C) {
  const Node *N = C->getNode();
  if (auto *CS = llvm::dyn_cast_or_null<CallStmt>(N))
    N = CS->getCall();
  if (auto *CE = llvm::dyn_cast_or_null<CallExpr>(N))
    return CE->getRparen();
  return C->getLoc();
}

void Batch::flowWrapperCaptures(SourceLoc Before) {
  for (; NextWrapperCapture != WrapperCaptures.size(); ++NextWrapperCapture) {
    const WrapperCapture &WC = WrapperCaptures[NextWrapperCapture];
    if (Before.isValid() && !(goDeferWrapperEnd(WC.Wrapper->I) < Before))
      break;
    Location *T = WC.Tmp;
    bool ByVal = WC.Size <= 128;
    if (MS.Opts.DiagLevel > 1)
      report(T->TmpLoc,
             gcFuncName(T->Fn) + " capturing by " + (ByVal ? "value" : "ref") +
                 ": " + T->TmpName.str() + " (addr=false assign=false width=" +
                 std::to_string(WC.Size) + ")");
    uint32_t Notes = 0;
    if (explaining()) {
      const Node *N = WC.Wrapper->I->getNode();
      // The wrapper's variable is at the call's `(`.
      std::vector<Note> Ns{{N, "captured by a closure", WC.Loc, T->TmpName}};
      if (!ByVal)
        Ns.push_back({N, "reference", WC.Loc, T->TmpName});
      NoteLists.push_back(std::move(Ns));
      Notes = NoteLists.size() - 1;
    }
    flowSrc(WC.Wrapper, {T, ByVal ? 0 : -1}, Notes);
  }
}
