//===- Build.cpp - The location graph of a batch, from the IR -------------===//
//
// Every alloc.var is its variable's location (parameters and results use
// the function's Param/Result locations, so that a named result and its
// alloc are one location as in gc), every allocation site that gc treats
// as an allocation is a Site location, and every call result a Temp.
//
// walkFunc/instr visit a function's instructions in block order and add
// the edges each one makes (the values' sources are in Sources.cpp, the
// edges and their contexts in Flow.cpp, calls in Call.cpp).
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/ExprString.h"
#include "goscape/Sema/GcPosition.h"

#include "llvm/ADT/SmallPtrSet.h"

using namespace goscape;
using namespace goscape::escape;

std::vector<ir::BasicBlock *> escape::blocksInSourceOrder(const ir::Function &F) {
  std::vector<ir::BasicBlock *> Bs(F.blocks().begin(), F.blocks().end());
  // (A block IRGen never filled keeps its place after the others.)
  llvm::stable_sort(Bs, [](const ir::BasicBlock *A, const ir::BasicBlock *B) {
    unsigned RA = A->getFillRank(), RB = B->getFillRank();
    return RA && (!RB || RA < RB);
  });
  return Bs;
}
using namespace goscape::ir;

Location *Batch::newLoc(Location::KindTy K, const ir::Function *F, int Depth) {
  Location &L = Locs.emplace_back();
  L.Kind = K;
  L.Fn = F;
  L.LoopDepth = Depth;
  Order.push_back(&L);
  return &L;
}

const ir::CallInstr *Batch::goDeferOfLit(const ir::Alloc *VA) {
  auto [It, New] = LitGoDefers.try_emplace(VA, nullptr);
  if (New)
    It->second = goDeferOfSliceLit(VA);
  return It->second;
}

Location *Batch::paramLoc(const ir::Function *F, unsigned I) {
  auto It = ParamLocs.find(F);
  if (It == ParamLocs.end() || I >= It->second.size())
    return nullptr;
  return It->second[I];
}

Location *Batch::resultLoc(const ir::Function *F, unsigned I) {
  auto It = ResultLocs.find(F);
  if (It == ResultLocs.end() || I >= It->second.size())
    return nullptr;
  return It->second[I];
}

void Batch::initFunc(ir::Function *F) {
  const Signature *S = F->getSignature();
  std::vector<Location *> &Ps = ParamLocs[F];
  auto AddParam = [&](const Var *V) {
    Location *L = newLoc(Location::Param, F, 1);
    L->Obj = V;
    L->ParamIndex = Ps.size();
    Ps.push_back(L);
    if (V)
      VarLocs[V] = L;
  };
  if (S->getRecv())
    AddParam(S->getRecv());
  for (const Var *V : S->getParams()->getVars())
    AddParam(V);
  std::vector<Location *> &Rs = ResultLocs[F];
  for (const Var *V : S->getResults()->getVars()) {
    Location *L = newLoc(Location::Result, F, 1);
    L->Obj = V;
    L->ResultIndex = Rs.size() + 1;
    Rs.push_back(L);
    if (V && !V->getName().empty())
      VarLocs[V] = L;
  }
  for (const FreeVar *FV : F->freeVars())
    FreeVarsOf[FV->getVar()].push_back(FV);
  computeLoopDepths(*F, MS.CP.getConsts(), BlockDepth);
  // The temporaries of multi-value calls (MultiValue.cpp) are declared
  // before the function's body is walked too.
  // So are those of calls of non-names (`f()(x)`, `g().M()`).
  for (BasicBlock *BB : blocksInSourceOrder(*F)) {
    if (!BlockDepth.count(BB))
      continue; // dead code
    int Depth = BlockDepth.lookup(BB);
    for (Instr *I : BB->instrs()) {
      if (auto *E = llvm::dyn_cast<Extract>(I); E && hasPointers(E->getType()))
        if (auto *C = llvm::dyn_cast<Call>(E->getTuple())) {
          std::string Name;
          SourceLoc Loc;
          if (MVTmpLocs.count({C, E->getIndex()}) ||
              !multiValueTemp(mvTemps(F), E, Name, Loc))
            continue;
          Location *L = newLoc(Location::Var, F, Depth);
          L->TmpName = NoteTexts.emplace_back(std::move(Name));
          L->TmpLoc = Loc;
          MVTmpLocs[{C, E->getIndex()}] = L;
        }
      auto *C = llvm::dyn_cast<Call>(I);
      auto *CE = C && C->getMode() != CallMode::Builtin
                     ? llvm::dyn_cast_or_null<CallExpr>(C->getNode())
                     : nullptr;
      auto It = CE ? MS.CalleeTemps.find(CE) : MS.CalleeTemps.end();
      if (It == MS.CalleeTemps.end() || CalleeTmpLocs.count(C))
        continue;
      Location *L = newLoc(Location::Var, F, Depth);
      L->TmpName = NoteTexts.emplace_back(It->second);
      L->TmpLoc = CE->getLoc();
      CalleeTmpLocs[C] = L;
    }
  }
  // As gc's declarations, the function's variables get their locations
  // before any allocation site of the batch (their reports come first),
  // in the order of their declarations: a block after a loop can come
  // before the blocks of the loop's body.
  std::vector<std::pair<Alloc *, int>> Decls;
  llvm::SmallPtrSet<const Var *, 16> Seen;
  for (BasicBlock *BB : blocksInSourceOrder(*F)) {
    auto It = BlockDepth.find(BB);
    if (It == BlockDepth.end())
      continue; // dead code
    for (Instr *I : BB->instrs())
      if (auto *A = llvm::dyn_cast<Alloc>(I);
          A && A->getAllocKind() == AllocKind::Var && A->getVar() &&
          (A->isInlined() || (!VarLocs.count(A->getVar()) &&
                              Seen.insert(A->getVar()).second)))
        Decls.push_back({A, It->second});
  }
  // (The variables of inlined bodies keep their places.)
  std::vector<unsigned> Own;
  for (unsigned I = 0; I != Decls.size(); ++I)
    if (!Decls[I].first->isInlined())
      Own.push_back(I);
  std::vector<std::pair<Alloc *, int>> Sorted;
  for (unsigned I : Own)
    Sorted.push_back(Decls[I]);
  llvm::stable_sort(Sorted, [](const auto &X, const auto &Y) {
    return X.first->getLoc() < Y.first->getLoc();
  });
  for (unsigned K = 0; K != Own.size(); ++K)
    Decls[Own[K]] = Sorted[K];
  for (auto [A, Depth] : Decls) {
    Location *L = newLoc(Location::Var, F, Depth);
    L->I = A;
    L->Obj = A->getVar();
    SiteLocs[A] = L;
    // The variables of inlined bodies are known by their Alloc only (a
    // callee inlined twice has two copies of each).
    if (!A->isInlined())
      VarLocs[A->getVar()] = L;
  }
}

Location *Batch::locOfAlloc(const Alloc *A) {
  // A variable of an inlined body is one location per inlined call.
  if (A->getAllocKind() == AllocKind::Var && A->getVar() && !A->isInlined()) {
    auto It = VarLocs.find(A->getVar());
    if (It != VarLocs.end())
      return It->second;
  }
  auto It = SiteLocs.find(A);
  return It == SiteLocs.end() ? nullptr : It->second;
}

Location *Batch::freeVarLoc(const FreeVar *FV) {
  // A variable of an inlined body is known by the closure's binding.
  for (Use *U : FV->getParent()->uses())
    if (auto *MC = llvm::dyn_cast<MakeClosure>(U->getUser())) {
      if (FV->getIndex() >= MC->getBindings().size())
        break;
      Value *B = MC->getBindings()[FV->getIndex()];
      if (auto *A = llvm::dyn_cast<Alloc>(B); A && A->isInlined())
        return locOfAlloc(A);
      if (auto *Outer = llvm::dyn_cast<FreeVar>(B))
        return freeVarLoc(Outer);
      break;
    }
  return FV->getVar() ? VarLocs.lookup(FV->getVar()) : nullptr;
}

Location *Batch::callResult(const CallInstr *C, unsigned I) {
  Location *&L = CallResults[{C, I}];
  if (!L) {
    L = newLoc(Location::Temp, C->getFunction(),
               BlockDepth.lookup(C->getParent()));
    L->ResultOf = C;
  }
  return L;
}

void Batch::walkFunc(ir::Function *F) {
  Walked.insert(F);
  for (BasicBlock *BB : blocksInSourceOrder(*F)) {
    auto It = BlockDepth.find(BB);
    if (It == BlockDepth.end())
      continue; // dead code
    int Depth = It->second;
    // A function literal that captures nothing is its Function, an
    // operand: its site, then its body, as gc evaluates the literal.
    auto CaptureFree = [F](Value *V) -> ir::Function * {
      auto *C = llvm::dyn_cast_or_null<ir::Function>(V);
      return C && C->getParentFunction() == F && C->freeVars().empty() &&
                     llvm::isa_and_nonnull<FuncLit>(C->getSyntax())
                 ? C
                 : nullptr;
    };
    auto WalkLit = [&](ir::Function *C) {
      Location *L = newLoc(Location::Site, F, Depth);
      L->Lit = C;
      L->Transient = true;
      LitLocs[C] = L;
      placeBeforeOperands(L, C->getSyntax());
      // (A package variable's literal has a batch of its own.)
      if (inBatch(C))
        walkFunc(C);
    };
    // The IR uses such a literal only where the call (or other
    // instruction) it is an operand of is made, after the operands to
    // its right, which gc visits after the literal (`f(func() {...},
    // &T{})`, and a call's implicit `...` slice).
    llvm::SmallVector<std::pair<ir::Function *, const FuncLit *>, 2> Pending;
    for (Instr *I : BB->instrs())
      for (const Use &U : I->operands())
        if (ir::Function *C = CaptureFree(U.get()); C && !LitLocs.count(C))
          Pending.push_back({C, llvm::cast<FuncLit>(C->getSyntax())});
    for (Instr *I : BB->instrs()) {
      if (const Node *N = I->getNode();
          N && !Pending.empty() && !I->isInlined()) {
        if (auto *VA = llvm::dyn_cast<Alloc>(I);
            VA && VA->getAllocKind() == AllocKind::Varargs)
          if (const Expr *Packed = firstPackedArg(N))
            N = Packed;
        for (auto [C, Lit] : Pending)
          if (!LitLocs.count(C) &&
              Lit->getBody()->getRbrace() < N->getStartLoc())
            WalkLit(C);
      }
      for (const Use &U : I->operands())
        if (ir::Function *C = CaptureFree(U.get()); C && !LitLocs.count(C))
          WalkLit(C);
      instr(I, Depth);
      if (auto *MC = llvm::dyn_cast<MakeClosure>(I))
        if (ir::Function *C = MC->getFn(); C && inBatch(C) && !Walked.count(C))
          walkFunc(C);
    }
  }
}

void Batch::instr(Instr *I, int Depth) {
  const ir::Function *F = I->getFunction();
  CurNode = I->getNode();
  CurFn = I->getFunction();
  if (auto *S = llvm::dyn_cast<AllocationSite>(I)) {
    Location::KindTy K = Location::Site;
    if (auto *A = llvm::dyn_cast<Alloc>(I)) {
      if (A->getAllocKind() == AllocKind::Var && A->getVar() &&
          A->isInlined())
        return; // initFunc made its location
      if (A->getAllocKind() == AllocKind::Var && A->getVar()) {
        // A parameter's, named result's or variable's alloc (initFunc).
        if (Location *P = VarLocs.lookup(A->getVar()))
          P->I = A;
        return;
      }
      // A value composite literal's storage is not an allocation in gc
      // (an elided `&T{...}` element, of pointer type, is one).
      if (A->getAllocKind() == AllocKind::Temp)
        K = Location::Temp;
      if (A->getAllocKind() == AllocKind::CompositeLit)
        if (auto *CL = llvm::dyn_cast_or_null<CompositeLit>(A->getNode()))
          if (!llvm::isa<goscape::Slice>(CL->getType()->getUnderlying()) &&
              !llvm::isa<Pointer>(CL->getType()->getUnderlying()))
            K = Location::Temp;
    }
    if (llvm::isa<MakeChan>(I)) {
      S->setDecision(AllocDecision::Heap); // gc never stack-allocates these
      return;
    }
    if (llvm::isa<Concat>(I) && llvm::isa_and_nonnull<AssignStmt>(I->getNode())) {
      S->setDecision(AllocDecision::Heap);
      return;
    }
    if (auto *MI = llvm::dyn_cast<MakeInterface>(I)) {
      const Type *XT = MI->getX()->getType();
      if (isIfaceType(XT) || isDirectIface(XT)) {
        S->setDecision(AllocDecision::Stack); // nothing is boxed
        return;
      }
      if (isComparisonOperand(MI)) {
        S->setDecision(AllocDecision::Stack); // compared in place
        return;
      }
      if (isConvertedAfterAnalysis(MI->getX())) {
        // gc converts `v, ok = x.(T)` results (and a select case's received
        // value) after escape analysis, with a heap box and no diagnostic.
        S->setDecision(AllocDecision::Heap);
        return;
      }
    }
    Location *L = newLoc(K, F, Depth);
    L->I = S;
    L->Transient = K == Location::Site;
    SiteLocs[I] = L;
    // (A go/defer's `...` slice is made in gc's wrapper, after the
    // temporaries of its elements. The conversion of a multi-value call's
    // temporary belongs to the call, return or assignment using it.)
    auto *VA = llvm::dyn_cast<Alloc>(I);
    const Node *N = S->getNode();
    if (auto *MI = llvm::dyn_cast<MakeInterface>(I)) {
      std::string Name;
      SourceLoc Loc;
      if (multiValueTemp(mvTemps(F), MI->getX(), Name, Loc)) {
        L->TmpName = NoteTexts.emplace_back(std::move(Name));
        L->TmpLoc = Loc;
        if (const Node *User = llvm::cast<Instr>(MI->getX())->getNode())
          N = User;
      }
    }
    if (N && !(VA && goDeferOfLit(VA)))
      placeBeforeOperands(L, N);
    if (auto *MI = llvm::dyn_cast<MakeInterface>(I)) {
      // A box gc's static initialization makes a static temporary: the
      // value is assigned to it at init.
      if (MS.StaticInit.Boxes.count(MI->getNode()) &&
          isPackageInitializer(MI->getFunction())) {
        auto *XI = llvm::dyn_cast<Instr>(MI->getX());
        const auto *Val = llvm::dyn_cast_or_null<Expr>(
            XI && XI->getNode() ? XI->getNode() : MI->getNode());
        FlowCtx Ctx;
        if (staticInitAssign(unparen(Val), Ctx) ||
            staticInitAssign(llvm::dyn_cast<Expr>(MI->getNode()), Ctx)) {
          flow(&HeapLoc, 0, MI->getX(), Ctx);
          return;
        }
      }
      FlowCtx Ctx{MI->getNode(), "interface-converted",
                  llvm::dyn_cast_or_null<Expr>(MI->getNode())};
      // Of an explicit conversion `I(x)` the note is this one; the notes
      // before it are x's.
      if (auto *C = llvm::dyn_cast_or_null<CallExpr>(MI->getNode());
          C && C->getArgs().size() == 1 &&
          MS.CP.getCallKind(C) == CallKind::Conversion && C->getType() &&
          isInterface(C->getType()))
        Ctx.Rhs = C->getArgs()[0];
      Ctx.Loc = MI->getLoc();
      flow(L, 0, MI->getX(), Ctx);
    }
    else if (auto *MC = llvm::dyn_cast<MakeClosure>(I))
      Closures.push_back({MC, Depth});
    else if (auto *BM = llvm::dyn_cast<BoundMethod>(I))
      boundMethod(BM, L);
    return;
  }
  switch (I->getKind()) {
  case ValueKind::Store: {
    auto *St = llvm::cast<Store>(I);
    Location *D = destOf(St->getAddr());
    if (D->Kind == Location::Var || D->Kind == Location::Param ||
        D->Kind == Location::Result)
      if (!isDefiningStore(St, D->Obj))
        D->Assigns.push_back(St);
    // A parameter's entry spill: the parameter is its location already.
    if (llvm::isa<Parameter>(St->getVal()))
      return;
    // The elements of a go/defer's slice literal argument go through gc's
    // wrapper (GoDefer.cpp).
    if (auto *VA = llvm::dyn_cast_or_null<Alloc>(D->I);
        VA && goDeferOfLit(VA))
      return;
    if (auto *RC = llvm::dyn_cast_or_null<RangeClause>(St->getNode())) {
      // gc flows a range's element into its variable whatever its type
      // (so that a moved-to-heap int variable leaks the slice's content),
      // from the temporary holding the ranged value (rangeTmp); the key
      // holds no part of it.
      Value *V = St->getVal();
      Location *Tmp = RangeTmps.lookup(RC);
      bool IsElem = llvm::isa<Index>(V) ||
                    (llvm::isa<UnOp>(V) &&
                     llvm::cast<UnOp>(V)->getOp() == Operator::Mul);
      if (auto *E = llvm::dyn_cast<Extract>(V))
        IsElem = llvm::isa<Next>(E->getTuple()) && E->getIndex() == 2;
      if (!Tmp || !IsElem) {
        flow(D, 0, V);
        return;
      }
      // Ranging over an array copies it: the temporary holds its value.
      const Type *RT = RC->getX()->getType();
      bool IsArray = RT && llvm::isa<Array>(RT->getUnderlying());
      FlowCtx Ctx{RC, IsArray ? "range" : "range-deref", nullptr};
      uint32_t Notes = explaining() ? notesFor(Tmp, Ctx) : 0;
      flowSrc(D, {Tmp, IsArray ? 0 : 1}, Notes);
      return;
    }
    if (isReflectHeaderData(St->getAddr())) {
      Srcs Ss;
      unsafeSources(St->getVal(), Ss);
      flowSrcs(&HeapLoc, 0, Ss);
      return;
    }
    if (isSelfAssignStore(St)) {
      report(St->isInlined() ? St->getLoc() : St->getNode()->getLoc(),
             gcFuncName(F) + " ignoring self-assignment in " +
                 MS.nodeText(St->getNode()));
      return;
    }
    if (llvm::isa_and_nonnull<CaseClause>(St->getNode()))
      if (Location *Tmp = typeSwitchTmp(St)) {
        const Type *VT = St->getVal()->getType();
        bool Boxed = !isIfaceType(VT) && !isDirectIface(VT);
        uint32_t Notes =
            explaining() ? notesFor(Tmp, storeContext(St, D)) : 0;
        flowSrc(D, {Tmp, Boxed ? 1 : 0}, Notes);
        return;
      }
    // A value gc's static initialization assigns at init into static data
    // (a map literal inside a static one): heap, by that assignment.
    if (D->I && MS.StaticInit.Nodes.count(D->I->getNode()) &&
        isPackageInitializer(St->getFunction())) {
      const auto *El = llvm::dyn_cast_or_null<Expr>(St->getNode());
      if (auto *KV = llvm::dyn_cast_or_null<KeyValueExpr>(El))
        El = KV->getValue();
      if (FlowCtx Ctx; staticInitAssign(unparen(El), Ctx)) {
        flow(&HeapLoc, 0, St->getVal(), Ctx);
        return;
      }
    }
    // gc visits the values of `a, b = x, y` one after the other, each
    // with the place it goes to: a store's flow is made where gc visits
    // its value (after the keys of the map elements among the places).
    const Node *Saved = CurNode;
    if (auto *AS = llvm::dyn_cast_or_null<AssignStmt>(St->getNode());
        AS && AS->getLhs().size() > 1)
      if (int K = lhsIndex(St); K >= 0)
        CurNode = AS->getRhs()[K];
    flow(D, 0, St->getVal(),
         explaining() ? storeContext(St, D) : FlowCtx());
    CurNode = Saved;
    return;
  }
  case ValueKind::Jump: {
    // The entry of a range loop (its header's first predecessor; the
    // back edges and continues jump there later).
    auto *J = llvm::cast<Jump>(I);
    auto *FS = llvm::dyn_cast_or_null<ForStmt>(J->getNode());
    auto *RC = FS ? llvm::dyn_cast_or_null<RangeClause>(FS->getInit()) : nullptr;
    if (RC && J->getTarget()->preds().front() == J->getParent())
      rangeTmp(J, RC, Depth);
    return;
  }
  case ValueKind::Call:
  case ValueKind::Go:
  case ValueKind::Defer:
    call(llvm::cast<CallInstr>(I), Depth);
    return;
  case ValueKind::Return: {
    auto *R = llvm::cast<Return>(I);
    auto *RS = llvm::dyn_cast_or_null<ReturnStmt>(R->getNode());
    for (unsigned K = 0; K != R->getResults().size(); ++K) {
      FlowCtx Ctx;
      if (RS && !R->isSynthetic()) {
        Ctx = {RS, "return", nullptr};
        if (RS->getResults().size() == R->getResults().size())
          Ctx.Rhs = RS->getResults()[K];
        else if (std::string Names;
                 explaining() &&
                 multiValueNames(R->getResults()[K].get(), Names))
          Ctx.Text = NoteTexts.emplace_back("return " + Names);
        Ctx.Conv = implicitConv(R->getResults()[K].get());
      }
      flow(resultLoc(F, K), 0, R->getResults()[K].get(), Ctx);
    }
    return;
  }
  case ValueKind::MapUpdate: {
    auto *MU = llvm::cast<MapUpdate>(I);
    FlowCtx KCtx, VCtx;
    auto *KV = llvm::dyn_cast_or_null<KeyValueExpr>(MU->getNode());
    auto *MM = llvm::dyn_cast<MakeMap>(MU->getMap());
    if (auto *CL = MM ? llvm::dyn_cast_or_null<CompositeLit>(MM->getNode())
                      : nullptr;
        CL && KV) {
      KCtx = {CL, "map literal key", KV->getKey()};
      VCtx = {CL, "map literal value", KV->getValue()};
      KCtx.Text = VCtx.Text = innerLitText(CL);
    } else if (auto *AS = llvm::dyn_cast_or_null<AssignStmt>(MU->getNode());
               AS && (AS->getLhs().size() == AS->getRhs().size() ||
                      AS->getRhs().size() == 1 || AS->isIncDec())) {
      // The updates of `m[a], x, m[b] = ...` come in the order of the
      // map elements among the assigned places.
      size_t K = 0;
      if (AS->getLhs().size() > 1)
        for (unsigned Idx = MapPutIndex[AS]++; K != AS->getLhs().size(); ++K)
          if (auto *IE = llvm::dyn_cast<IndexExpr>(unparen(AS->getLhs()[K]));
              IE && IE->getX()->getType() &&
              llvm::isa<Map>(IE->getX()->getType()->getUnderlying()) &&
              Idx-- == 0)
            break;
      if (K != AS->getLhs().size()) {
        if (auto *IE = llvm::dyn_cast<IndexExpr>(unparen(AS->getLhs()[K])))
          KCtx = {IE, "key of map put", IE->getIndex()};
        if (!AS->isIncDec() && AS->getLhs().size() == AS->getRhs().size())
          VCtx = {AS, AS->getLhs().size() > 1 ? "assign-pair" : "assign",
                  AS->getRhs()[K]};
      }
    }
    // (An implicit conversion without a box is a note of its own.)
    if (KCtx.Where)
      KCtx.Conv = implicitConv(MU->getKey());
    if (VCtx.Where)
      VCtx.Conv = implicitConv(MU->getVal());
    // gc takes the addresses of all the places of an assignment (a map
    // element's key flows then) before it visits the assigned values:
    // each flow is made where gc visits its expression, so that the keys
    // of `m[a], m[b] = x, y` come before x's flow, which the IR made
    // first.
    const Node *Saved = CurNode;
    if (KCtx.Rhs)
      CurNode = KCtx.Rhs;
    flow(&HeapLoc, 0, MU->getKey(), KCtx);
    CurNode = VCtx.Rhs ? VCtx.Rhs : Saved;
    flow(&HeapLoc, 0, MU->getVal(), VCtx);
    CurNode = Saved;
    return;
  }
  case ValueKind::Select: {
    // The states are the clauses other than default, in order.
    auto *Sel = llvm::cast<Select>(I);
    llvm::SmallVector<const SendStmt *, 4> Sends;
    if (auto *SS = llvm::dyn_cast_or_null<SelectStmt>(I->getNode()))
      for (const CommClause *CC : SS->getBody())
        if (CC->getComm())
          Sends.push_back(llvm::dyn_cast<SendStmt>(CC->getComm()));
    llvm::ArrayRef<SelectState> States = Sel->getStates();
    for (unsigned K = 0; K != States.size(); ++K) {
      if (States[K].Dir != ChanDirection::SendOnly)
        continue;
      FlowCtx Ctx;
      if (States.size() == Sends.size() && Sends[K])
        Ctx = {Sends[K], "send", Sends[K]->getValue(),
               implicitConv(Sel->getSendValue(K))};
      flow(&HeapLoc, 0, Sel->getSendValue(K), Ctx);
    }
    return;
  }
  case ValueKind::Send: {
    FlowCtx Ctx;
    Value *X = llvm::cast<Send>(I)->getX();
    if (auto *SS = llvm::dyn_cast_or_null<SendStmt>(I->getNode()))
      Ctx = {SS, "send", SS->getValue(), implicitConv(X)};
    flow(&HeapLoc, 0, X, Ctx);
    return;
  }
  case ValueKind::Panic: {
    // panic's argument, converted to interface{}, is a call parameter.
    Value *X = llvm::cast<Panic>(I)->getX();
    auto *CE = llvm::dyn_cast_or_null<CallExpr>(I->getNode());
    FlowCtx Ctx{CE, "call parameter",
                CE && CE->getArgs().size() == 1 ? CE->getArgs()[0] : nullptr};
    Ctx.Conv = implicitConv(X);
    flow(&HeapLoc, 0, X, Ctx);
    return;
  }
  case ValueKind::Append: {
    auto *A = llvm::cast<Append>(I);
    auto *CE = llvm::dyn_cast_or_null<CallExpr>(A->getNode());
    auto Arg = [&](unsigned K) -> const Expr * {
      return CE && K < CE->getArgs().size() ? CE->getArgs()[K] : nullptr;
    };
    const auto *ST =
        llvm::dyn_cast<goscape::Slice>(A->getType()->getUnderlying());
    bool ElemPtrs = ST && hasPointers(ST->getElem());
    appendTmp(A); // the appendee's flows to the heap
    for (unsigned K = 0; K != A->getElems().size(); ++K) {
      Value *U = A->getElems()[K].get();
      if (A->hasDots()) {
        // The appended slice's contents go to the heap.
        if (ElemPtrs) {
          FlowCtx Ctx{CE, "call parameter", Arg(1)};
          for (Src S : sources(U)) {
            std::vector<Note> Ns;
            if (explaining()) {
              if (Ctx.Rhs)
                findNotes(Ctx.Rhs, S.L, Ns);
              Ns.push_back({CE, "call parameter"});
              Ns.push_back({CE, "appended slice..."});
              NoteLists.push_back(std::move(Ns));
            }
            flowSrc(&HeapLoc, {S.L, S.Derefs + 1},
                    explaining() ? NoteLists.size() - 1 : 0);
          }
        }
      } else {
        FlowCtx Ctx{CE, "call parameter", Arg(K + 1)};
        Ctx.Conv = implicitConv(U);
        flow(&HeapLoc, 0, U, Ctx);
      }
    }
    return;
  }
  case ValueKind::Copy: {
    auto *C = llvm::cast<Copy>(I);
    const auto *ST =
        llvm::dyn_cast<goscape::Slice>(C->getSrc()->getType()->getUnderlying());
    if (!ST || !hasPointers(ST->getElem()))
      return;
    auto *CE = llvm::dyn_cast_or_null<CallExpr>(C->getNode());
    const Expr *Arg = CE && CE->getArgs().size() == 2 ? CE->getArgs()[1] : nullptr;
    for (Src S : sources(C->getSrc())) {
      uint32_t Notes = 0;
      if (explaining() && CE) {
        std::vector<Note> Ns;
        if (Arg)
          findNotes(Arg, S.L, Ns);
        Ns.push_back({CE, "call parameter"});
        Ns.push_back({CE, "copied slice"});
        NoteLists.push_back(std::move(Ns));
        Notes = NoteLists.size() - 1;
      }
      flowSrc(&HeapLoc, {S.L, S.Derefs + 1}, Notes);
    }
    return;
  }
  default:
    return;
  }
}

/// Whether Us, a use of a variable's address (an Alloc or a closure's
/// FreeVar), only reads the variable: a load, or a capture by a closure
/// that only reads it. gc's `reassigned` looks into function literals the
/// same way: capturing a variable is neither an assignment nor an
/// address-of.
static bool onlyReads(const Use *Us, unsigned Depth = 0) {
  Instr *User = Us->getUser();
  if (auto *L = llvm::dyn_cast<UnOp>(User))
    return L->getOp() == Operator::Mul;
  auto *MC = llvm::dyn_cast<MakeClosure>(User);
  if (!MC || Us->getOperandNo() == 0 || Depth > 32)
    return false;
  llvm::ArrayRef<FreeVar *> FVs = MC->getFn()->freeVars();
  unsigned Idx = Us->getOperandNo() - 1;
  return Idx < FVs.size() &&
         llvm::all_of(FVs[Idx]->uses(),
                      [&](const Use *U) { return onlyReads(U, Depth + 1); });
}

Value *Batch::staticValue(Value *V) {
  for (unsigned Guard = 0; Guard != 16; ++Guard) {
    // A conversion between types of one underlying type (to a named func
    // type) is no conversion for gc's StaticValue.
    if (auto *CT = llvm::dyn_cast<ChangeType>(V)) {
      V = CT->getX();
      continue;
    }
    auto *U = llvm::dyn_cast<UnOp>(V);
    if (!U || U->getOp() != Operator::Mul)
      return V;
    auto *A = llvm::dyn_cast<Alloc>(U->getX());
    if (!A || A->getAllocKind() != AllocKind::Var)
      return V;
    // The variable must be assigned exactly once, where it is defined
    // (gc's Defn: not `var f T` then `f = ...`), and only ever read.
    Value *Stored = nullptr;
    for (Use *Us : A->uses()) {
      Instr *User = Us->getUser();
      if (auto *S = llvm::dyn_cast<Store>(User)) {
        if (Us->getOperandNo() != 0 || Stored ||
            (A->getVar() && !isDefiningStore(S, A->getVar())))
          return V;
        Stored = S->getVal();
        continue;
      }
      if (!onlyReads(Us))
        return V;
    }
    if (!Stored)
      return V;
    V = Stored;
  }
  return V;
}

ir::Function *Batch::staticCallee(CallInstr *C) {
  if (C->getMode() == CallMode::Static)
    return C->getStaticCallee();
  if (C->getMode() != CallMode::Closure)
    return nullptr;
  Value *V = staticValue(C->getCalleeValue());
  if (auto *F = llvm::dyn_cast<ir::Function>(V))
    return F;
  if (auto *MC = llvm::dyn_cast<MakeClosure>(V))
    return MC->getFn();
  return nullptr;
}

bool Batch::staticInitAssign(const Expr *E, FlowCtx &Ctx) {
  auto It = E ? MS.StaticInit.Dynamic.find(E) : MS.StaticInit.Dynamic.end();
  if (It == MS.StaticInit.Dynamic.end())
    return false;
  Ctx = FlowCtx{E, "assign", E};
  Ctx.Loc = It->second.Loc;
  if (explaining())
    Ctx.Text = NoteTexts.emplace_back(It->second.Lhs + MS.exprText(E));
  return true;
}
