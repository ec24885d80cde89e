//===- Build.cpp - The location graph of a batch, from the IR -------------===//
//
// Every alloc.var is its variable's location (parameters and results use
// the function's Param/Result locations, so that a named result and its
// alloc are one location as in gc), every allocation site that gc treats
// as an allocation is a Site location, and every call result a Temp.
//
// Instead of gc's holes (evaluation contexts pushed down an expression
// tree) the IR gives values: sources() says, for any SSA value, which
// locations it is made of and with how many dereferences (-1: the
// location's address). A load adds one dereference; field and index
// addresses keep the base's sources; a store writes into the location its
// address names (the heap for stores through loaded pointers, slices and
// globals), as gc's addr() does.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/ExprString.h"
#include "goscape/Sema/GcPosition.h"

using namespace goscape;
using namespace goscape::escape;
using namespace goscape::ir;

Location *Batch::newLoc(Location::KindTy K, const ir::Function *F, int Depth) {
  Location &L = Locs.emplace_back();
  L.Kind = K;
  L.Fn = F;
  L.LoopDepth = Depth;
  Order.push_back(&L);
  return &L;
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

/// An operand of `iface == x` converted for the comparison (gc compares
/// without converting). The comparison's own result converted to an
/// interface, as in fmt.Println(a == b), is an ordinary conversion; so is
/// a constant comparison's (no operand of it is an interface).
static bool isComparisonOperand(const MakeInterface *MI) {
  // A switch case value compared with an interface tag (IRGen names the
  // case clause).
  if (llvm::isa_and_nonnull<CaseClause>(MI->getNode()))
    return true;
  auto *O = llvm::dyn_cast_or_null<Operation>(MI->getNode());
  if (!O || O->isUnary() || O->getConstValue() ||
      (O->getOp() != Operator::Eql && O->getOp() != Operator::Neq))
    return false;
  // A constant comparison's result is the value converted, not an operand.
  if (llvm::isa<ir::Const>(MI->getX()) && O->getConstValue())
    return false;
  auto *Result = llvm::dyn_cast<Instr>(MI->getX());
  return !Result || Result->getNode() != O;
}

/// The value result of a comma-ok type assertion, map lookup or receive.
static bool isCommaOkValue(const Value *V) {
  auto *E = llvm::dyn_cast<Extract>(V);
  if (!E || E->getIndex() != 0)
    return false;
  const Value *T = E->getTuple();
  if (auto *TA = llvm::dyn_cast<TypeAssert>(T))
    return TA->isCommaOk();
  if (auto *L = llvm::dyn_cast<Lookup>(T))
    return L->isCommaOk();
  if (auto *U = llvm::dyn_cast<UnOp>(T))
    return U->isCommaOk();
  return false;
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
  computeLoopDepths(*F, BlockDepth);
  // The temporaries of multi-value calls (MultiValue.cpp) are declared
  // before the function's body is walked too.
  for (BasicBlock *BB : F->blocks())
    for (Instr *I : BB->instrs())
      if (auto *E = llvm::dyn_cast<Extract>(I); E && hasPointers(E->getType()))
        if (auto *C = llvm::dyn_cast<Call>(E->getTuple())) {
          std::string Name;
          SourceLoc Loc;
          if (!BlockDepth.count(BB) || MVTmpLocs.count({C, E->getIndex()}) ||
              !multiValueTemp(mvTemps(F), E, Name, Loc))
            continue;
          Location *L = newLoc(Location::Var, F, BlockDepth.lookup(BB));
          L->TmpName = NoteTexts.emplace_back(std::move(Name));
          L->TmpLoc = Loc;
          MVTmpLocs[{C, E->getIndex()}] = L;
        }
  // As gc's declarations, the function's variables get their locations
  // before any allocation site of the batch (their reports come first).
  for (BasicBlock *BB : F->blocks()) {
    auto It = BlockDepth.find(BB);
    if (It == BlockDepth.end())
      continue; // dead code
    for (Instr *I : BB->instrs()) {
      auto *A = llvm::dyn_cast<Alloc>(I);
      if (!A || A->getAllocKind() != AllocKind::Var || !A->getVar() ||
          (!A->isInlined() && VarLocs.count(A->getVar())))
        continue;
      Location *L = newLoc(Location::Var, F, It->second);
      L->I = A;
      L->Obj = A->getVar();
      SiteLocs[A] = L;
      // The variables of inlined bodies are known by their Alloc only (a
      // callee inlined twice has two copies of each).
      if (!A->isInlined())
        VarLocs[A->getVar()] = L;
    }
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
  if (!L)
    L = newLoc(Location::Temp, C->getFunction(),
               BlockDepth.lookup(C->getParent()));
  return L;
}

const Srcs &Batch::sources(Value *V) {
  auto It = SrcCache.find(V);
  if (It != SrcCache.end())
    return It->second;
  Srcs Out;
  // Only phis can be reached again while their sources are computed (any
  // other instruction's operands dominate it).
  if (!llvm::isa<Phi>(V)) {
    computeSources(V, Out);
  } else if (InProgress.insert(V).second) {
    computeSources(V, Out);
    InProgress.erase(V);
  }
  return SrcCache[V] = std::move(Out);
}

static void append(Srcs &Out, const Srcs &In, int Shift) {
  for (Src S : In)
    Out.push_back({S.L, S.Derefs + Shift});
}

void Batch::computeSources(Value *V, Srcs &Out) {
  if (auto *FV = llvm::dyn_cast<FreeVar>(V)) {
    // The captured variable of the enclosing function (one location).
    if (Location *L = freeVarLoc(FV))
      Out.push_back({L, -1});
    return;
  }
  if (auto *F = llvm::dyn_cast<ir::Function>(V)) {
    if (Location *L = LitLocs.lookup(F))
      Out.push_back({L, -1});
    return;
  }
  auto *I = llvm::dyn_cast<Instr>(V);
  if (!I)
    return;
  switch (I->getKind()) {
  case ValueKind::Alloc:
    if (Location *L = locOfAlloc(llvm::cast<Alloc>(I)))
      Out.push_back({L, -1});
    return;
  case ValueKind::Concat:
    // `s += x` is an assignment of x in gc, not an allocation site.
    if (llvm::isa_and_nonnull<AssignStmt>(I->getNode())) {
      append(Out, sources(I->getOperand(I->getNumOperands() - 1)), 0);
      return;
    }
    [[fallthrough]];
  case ValueKind::MakeSlice:
  case ValueKind::MakeMap:
  case ValueKind::MakeClosure:
  case ValueKind::BoundMethod:
  case ValueKind::StringConvert:
    if (Location *L = SiteLocs.lookup(I))
      Out.push_back({L, -1});
    return;
  case ValueKind::MakeInterface: {
    auto *MI = llvm::cast<MakeInterface>(I);
    if (isCommaOkValue(MI->getX()) || isComparisonOperand(MI)) {
      append(Out, sources(MI->getX()), 0);
      return;
    }
    if (Location *L = SiteLocs.lookup(I))
      Out.push_back({L, -1});
    else
      append(Out, sources(MI->getX()), 0);
    return;
  }
  case ValueKind::UnOp: {
    auto *U = llvm::cast<UnOp>(I);
    if (U->getOp() == Operator::Mul && hasPointers(U->getType()))
      append(Out, sources(U->getX()), 1);
    return;
  }
  case ValueKind::Convert: {
    const Type *XT = I->getOperand(0)->getType();
    if (isUnsafePointer(I->getType()) && !hasPointers(XT)) {
      unsafeSources(I->getOperand(0), Out);
      return;
    }
    [[fallthrough]];
  }
  case ValueKind::ChangeType:
  case ValueKind::ChangeInterface:
  case ValueKind::SliceToArrayPointer:
  case ValueKind::Slice:
  case ValueKind::FieldAddr:
  case ValueKind::Field:
  case ValueKind::IndexAddr:
  case ValueKind::Index:
    if (hasPointers(I->getType()) && hasPointers(I->getOperand(0)->getType()))
      append(Out, sources(I->getOperand(0)), 0);
    return;
  case ValueKind::Phi:
    for (const Use &U : I->operands())
      append(Out, sources(U.get()), 0);
    return;
  case ValueKind::Call:
    if (I->getType() && !llvm::isa<Tuple>(I->getType()) &&
        hasPointers(I->getType()))
      Out.push_back({callResult(llvm::cast<CallInstr>(I), 0), 0});
    return;
  case ValueKind::TypeAssert: {
    auto *TA = llvm::cast<TypeAssert>(I);
    const Type *To = TA->isCommaOk()
                         ? llvm::cast<Tuple>(TA->getType())->getVars()[0]
                               ->getType()
                         : TA->getType();
    if (hasPointers(To))
      append(Out, sources(TA->getX()),
             (!isIfaceType(To) && !isDirectIface(To)) ? 1 : 0);
    return;
  }
  case ValueKind::Extract: {
    auto *E = llvm::cast<Extract>(I);
    if (!hasPointers(E->getType()))
      return;
    Value *T = E->getTuple();
    if (auto *C = llvm::dyn_cast<Call>(T)) {
      // A result gc's type checker assigns to a temporary first.
      if (Location *Tmp = MVTmpLocs.lookup({C, E->getIndex()})) {
        if (Tmp->Edges.empty())
          flowSrc(Tmp, {callResult(C, E->getIndex()), 0});
        Out.push_back({Tmp, 0});
        return;
      }
      Out.push_back({callResult(C, E->getIndex()), 0});
    } else if (E->getIndex() == 0 && llvm::isa<TypeAssert>(T)) {
      append(Out, sources(T), 0);
    } else if (auto *N = llvm::dyn_cast<Next>(T)) {
      // Range over a map: gc lets only the value flow from the contents.
      if (auto *R = llvm::dyn_cast<Range>(N->getIter()); R && E->getIndex() == 2)
        append(Out, sources(R->getX()), 1);
    }
    return;
  }
  case ValueKind::Append:
    if (Location *T = appendTmp(llvm::cast<Append>(I)))
      Out.push_back({T, 0});
    else
      append(Out, sources(llvm::cast<Append>(I)->getSlice()), 0);
    return;
  default:
    return;
  }
}

bool escape::isUnsafePointer(const Type *T) {
  auto *B = T ? llvm::dyn_cast<Basic>(T->getUnderlying()) : nullptr;
  return B && B->getBasicKind() == BasicKind::UnsafePointer;
}

/// True for the address of the Data field of a reflect.SliceHeader or
/// reflect.StringHeader reached through a pointer (gc's
/// IsReflectHeaderDataField).
static bool isReflectHeaderData(const Value *V) {
  auto *FA = llvm::dyn_cast<FieldAddr>(V);
  // Through a pointer value, not in a variable of the header type.
  if (!FA || llvm::isa<Alloc>(FA->getX()) || llvm::isa<FreeVar>(FA->getX()) ||
      llvm::isa<Global>(FA->getX()) || llvm::isa<FieldAddr>(FA->getX()) ||
      llvm::isa<IndexAddr>(FA->getX()))
    return false;
  auto *P = llvm::dyn_cast<Pointer>(FA->getX()->getType()->getUnderlying());
  auto *N = P ? llvm::dyn_cast<Named>(P->getElem()) : nullptr;
  if (!N || !N->getObject() || !N->getObject()->getPackage() ||
      N->getObject()->getPackage()->getPath() != "reflect")
    return false;
  llvm::StringRef TN = N->getObject()->getName();
  if (TN != "SliceHeader" && TN != "StringHeader")
    return false;
  auto *ST = llvm::cast<Struct>(N->getUnderlying());
  return FA->getFieldIndex() < ST->getFields().size() &&
         ST->getFields()[FA->getFieldIndex()]->getName() == "Data";
}

void Batch::unsafeSources(Value *V, Srcs &Out) {
  if (auto *C = llvm::dyn_cast<Convert>(V)) {
    if (isUnsafePointer(C->getX()->getType()))
      append(Out, sources(C->getX()), 0);
    return;
  }
  if (auto *C = llvm::dyn_cast<ChangeType>(V)) {
    unsafeSources(C->getX(), Out);
    return;
  }
  if (auto *U = llvm::dyn_cast<UnOp>(V)) {
    if (U->getOp() == Operator::Mul) {
      // hdr.Data of a *reflect.SliceHeader or *reflect.StringHeader holds
      // the pointer the header describes.
      if (isReflectHeaderData(U->getX()))
        append(Out, sources(llvm::cast<FieldAddr>(U->getX())->getX()), 1);
      return;
    }
    if (U->getOp() == Operator::Sub || U->getOp() == Operator::Xor ||
        U->getOp() == Operator::Add)
      unsafeSources(U->getX(), Out);
    return;
  }
  auto *B = llvm::dyn_cast<BinOp>(V);
  if (!B)
    return;
  switch (B->getOp()) {
  case Operator::Add:
  case Operator::Sub:
  case Operator::Or:
  case Operator::Xor:
  case Operator::Mul:
  case Operator::Div:
  case Operator::Rem:
  case Operator::And:
  case Operator::AndNot:
    unsafeSources(B->getX(), Out);
    unsafeSources(B->getY(), Out);
    return;
  case Operator::Shl:
  case Operator::Shr:
    unsafeSources(B->getX(), Out);
    return;
  default:
    return;
  }
}

Location *Batch::appendTmp(Append *A) {
  const auto *ST = llvm::dyn_cast<goscape::Slice>(A->getType()->getUnderlying());
  if (!ST || !hasPointers(ST->getElem()))
    return nullptr;
  Location *&T = AppendTmps[A];
  if (T)
    return T;
  // As gc: the appendee goes to a temporary that feeds both the result and
  // (its contents) the heap.
  T = newLoc(Location::Later, A->getFunction(),
             BlockDepth.lookup(A->getParent()));
  auto *CE = llvm::dyn_cast_or_null<CallExpr>(A->getNode());
  const Expr *Arg0 = CE && !CE->getArgs().empty() ? CE->getArgs()[0] : nullptr;
  flowSrcs(T, 0, sources(A->getSlice()), {CE, "call parameter", Arg0});
  flowSrc(&HeapLoc, {T, 1},
          explaining() ? notesFor(T, {CE, "appendee slice", nullptr}) : 0);
  return T;
}

void Batch::boundMethod(BoundMethod *BM, Location *L) {
  // As gc: the receiver goes to a temporary feeding both the method value's
  // storage and the method's receiver parameter.
  Location *T = newLoc(Location::Later, BM->getFunction(),
                       BlockDepth.lookup(BM->getParent()));
  FlowCtx Ctx;
  if (explaining())
    if (auto *S = llvm::dyn_cast_or_null<SelectorExpr>(BM->getNode()))
      if (const Selection *Sel = MS.CP.getSelection(S);
          Sel && Sel->Path.size() > 1)
        Ctx.Implicits = implicitSelections(S, *Sel);
  flow(T, 0, BM->getRecv(), Ctx);
  flowSrc(L, {T, 0});
  ir::Function *MF = nullptr;
  if (!BM->isInterface())
    MF = BM->getFunction()->getModule().getFunction(BM->getMethod());
  if (MF && inBatch(MF)) {
    flowSrc(paramLoc(MF, 0), {T, 0});
    return;
  }
  const FuncTags *Tags = MF ? MS.tagsOf(MF) : nullptr;
  if (!Tags || Tags->Params.empty()) {
    flowSrc(&HeapLoc, {T, 0});
    return;
  }
  // The method value's results are unknown: result leaks go to the heap.
  const Leaks &R = Tags->Params[0];
  if (R.heap() >= 0)
    flowSrc(&HeapLoc, {T, R.heap()});
  for (unsigned J = 0; J != NumEscResults; ++J)
    if (R.result(J) >= 0)
      flowSrc(&HeapLoc, {T, R.result(J)});
}

Location *Batch::destOf(Value *Addr) {
  for (;;) {
    if (auto *A = llvm::dyn_cast<Alloc>(Addr)) {
      Location *L = locOfAlloc(A);
      return L ? L : &HeapLoc;
    }
    if (auto *FV = llvm::dyn_cast<FreeVar>(Addr)) {
      Location *L = freeVarLoc(FV);
      return L ? L : &HeapLoc;
    }
    if (auto *FA = llvm::dyn_cast<FieldAddr>(Addr)) {
      Addr = FA->getX();
      continue;
    }
    if (auto *IA = llvm::dyn_cast<IndexAddr>(Addr)) {
      // &a[i] of an array variable stays in it; of a slice it is the heap.
      if (llvm::isa<Pointer>(IA->getX()->getType()->getUnderlying())) {
        Addr = IA->getX();
        continue;
      }
    }
    return &HeapLoc;
  }
}

void Batch::escapeAtBuild(Location *Dst, Src S, uint32_t Notes) {
  // gc explains each such flow, also of a location that escaped already.
  if (explaining() && S.L->Kind != Location::Temp && !isSilent(S.L)) {
    std::vector<ExplainLine> Lines;
    explainFlow(Lines, Dst, S.L, S.Derefs, NoteLists[Notes]);
    MS.explain(locPos(S.L), "escapes", locText(S.L) + " escapes to heap",
               std::move(Lines));
    placeBuildExplanation();
  }
  if (std::exchange(S.L->Escapes, true))
    return;
  // gc walks a statement from the outside in: an allocation's operands
  // flow into it after it escaped, while we added those flows first.
  if (S.L->Kind == Location::Site || S.L->Kind == Location::Temp)
    for (size_t I = 0; I != S.L->Edges.size(); ++I) {
      Edge E = S.L->Edges[I];
      if (E.Derefs < 0)
        escapeAtBuild(S.L, {E.Src, E.Derefs}, E.Notes);
      else if (E.Src->Kind == Location::Temp)
        relayToEscaping(S.L, {E.Src, E.Derefs}, E.Notes);
    }
}

void Batch::relayToEscaping(Location *Dst, Src S, uint32_t Notes) {
  if (S.L->Queued)
    return; // a cycle of relays
  S.L->Queued = true;
  for (size_t I = 0; I != S.L->Edges.size(); ++I) {
    Edge E = S.L->Edges[I];
    int D = S.Derefs + E.Derefs;
    if (D >= 0 && E.Src->Kind != Location::Temp)
      continue;
    // The notes of the merged flow, the relay's first.
    uint32_t N = 0;
    if (explaining()) {
      std::vector<Note> Ns = NoteLists[E.Notes];
      Ns.insert(Ns.end(), NoteLists[Notes].begin(), NoteLists[Notes].end());
      NoteLists.push_back(std::move(Ns));
      N = NoteLists.size() - 1;
    }
    if (D < 0)
      escapeAtBuild(Dst, {E.Src, -1}, N);
    else
      relayToEscaping(Dst, {E.Src, D}, N);
  }
  S.L->Queued = false;
}

void Batch::flowSrc(Location *Dst, Src S, uint32_t Notes) {
  if (Dst == S.L && S.Derefs >= 0)
    return;
  if (Dst->Escapes && S.Derefs < 0) {
    escapeAtBuild(Dst, S, Notes);
    return;
  }
  // gc has no location for a relay: what flows through it into an
  // escaping location flows there directly.
  if (Dst->Escapes && S.L->Kind == Location::Temp)
    relayToEscaping(Dst, S, Notes);
  // gc adds an expression's edges before those of its operands, which
  // the IR evaluates first: the edge goes before the last edges made by
  // instructions gc visits after CurNode.
  auto &Es = Dst->Edges;
  unsigned At = Es.size();
  while (At > 0 && flowsLater(Es[At - 1].By, Es[At - 1].ByFn))
    --At;
  Es.insert(Es.begin() + At, {S.L, S.Derefs, Notes, CurNode, CurFn});
}

void Batch::flow(Location *Dst, int Shift, Value *V, const FlowCtx &Ctx) {
  if (!Dst || !hasPointers(V->getType()))
    return;
  flowSrcs(Dst, Shift, sources(V), Ctx);
}

/// True when Store S is the defining assignment of the variable it writes
/// (a `:=`, a `var` declaration, or a parameter's entry spill).
static bool isDefiningStore(const Store *S, const Var *V) {
  if (S->isSynthetic())
    return true;
  const Node *N = S->getNode();
  if (!N)
    return false;
  if (llvm::isa<VarDecl>(N))
    return true;
  if (auto *AS = llvm::dyn_cast<AssignStmt>(N)) {
    if (!AS->isDefine())
      return false;
    for (const Expr *L : AS->getLhs())
      if (auto *Nm = llvm::dyn_cast<Name>(L))
        if (Nm->getObject() == V && Nm->getLoc() == V->getLoc())
          return true;
  }
  return false;
}

const Value *Batch::implicitConv(const Value *V) const {
  if (llvm::isa<ChangeInterface>(V))
    return V;
  auto *MI = llvm::dyn_cast<MakeInterface>(V);
  if (!MI || SiteLocs.count(MI) || isCommaOkValue(MI->getX()))
    return nullptr;
  return MI;
}

FlowCtx Batch::storeContext(const Store *St, const Location *D) {
  const Node *N = St->getNode();
  auto *VA = llvm::dyn_cast_or_null<Alloc>(D->I);
  bool Varargs = VA && VA->getAllocKind() == AllocKind::Varargs;
  // A type switch clause's variable takes the switched value.
  if (auto *CC = llvm::dyn_cast_or_null<CaseClause>(N))
    return {CC, "switch case", nullptr};
  if (!N || (St->isSynthetic() && !Varargs))
    return {};
  const Value *Conv = implicitConv(St->getVal());
  // An element of the implicit slice of a variadic call.
  if (Varargs) {
    const Expr *El = llvm::dyn_cast<Expr>(N);
    if (El == VA->getNode())
      El = nullptr;
    FlowCtx Ctx{VA->getNode(), "slice-literal-element", El, Conv};
    Ctx.Varargs = true;
    return Ctx;
  }
  // An element of a composite literal stored into the literal's storage.
  if (D->I && (D->Kind == Location::Temp || D->Kind == Location::Site)) {
    const Node *LN = D->I->getNode();
    if (auto *O = llvm::dyn_cast_or_null<Operation>(LN))
      LN = O->getX();
    if (auto *CL = llvm::dyn_cast_or_null<CompositeLit>(LN)) {
      const Expr *El = llvm::dyn_cast<Expr>(N);
      if (auto *KV = llvm::dyn_cast_or_null<KeyValueExpr>(El))
        El = KV->getValue();
      // `&[]T{...}`, `&map[K]V{...}`: the literal's own value stored into
      // the cell of the `&` is no element of it.
      if (El == CL)
        return {nullptr, nullptr, El, Conv};
      const Type *T = CL->getType()->getUnderlying();
      // An elided `&T{...}` (typed *T): gc's note names the inner `T{...}`.
      auto *Elided = llvm::dyn_cast<Pointer>(T);
      if (Elided)
        T = Elided->getElem()->getUnderlying();
      const char *Why = llvm::isa<Struct>(T)           ? "struct literal element"
                        : llvm::isa<goscape::Slice>(T) ? "slice-literal-element"
                                                       : "array literal element";
      FlowCtx Ctx{CL, Why, El, Conv};
      Ctx.Text = innerLitText(CL);
      return Ctx;
    }
  }
  if (auto *AS = llvm::dyn_cast<AssignStmt>(N)) {
    bool Pair = AS->getLhs().size() > 1 &&
                AS->getLhs().size() == AS->getRhs().size();
    if (AS->getLhs().size() == 2 && AS->getRhs().size() == 1) {
      // `v, ok = x.(T)`, `v, ok = m[k]`, `v, ok = <-c`, `a, b = f()`.
      const Expr *R = AS->getRhs()[0];
      while (auto *P = llvm::dyn_cast<ParenExpr>(R))
        R = P->getX();
      const char *Why = "assign-pair";
      if (llvm::isa<AssertExpr>(R))
        Why = "assign-pair-dot-type";
      else if (llvm::isa<IndexExpr>(R))
        Why = "assign-pair-mapr";
      else if (auto *O = llvm::dyn_cast<Operation>(R);
               O && O->isUnary() && O->getOp() == Operator::Recv)
        Why = "assign-pair-receive";
      // gc's assignment from the temporaries of a rewritten call.
      if (std::string Names; multiValueNames(St->getVal(), Names)) {
        std::string Lhs;
        for (const Expr *L : AS->getLhs())
          Lhs += (Lhs.empty() ? "" : ", ") + MS.exprText(L);
        FlowCtx Ctx{AS, "assign-pair", nullptr, Conv};
        Ctx.Text = NoteTexts.emplace_back(Lhs + " = " + Names);
        return Ctx;
      }
      // gc walks a call's results into the assigned places: no note.
      if (llvm::isa<CallExpr>(R))
        return {};
      return {AS, Why, R, nullptr};
    }
    FlowCtx Ctx{AS, Pair ? "assign-pair" : "assign", nullptr, Conv};
    if (AS->getLhs().size() == 1 && AS->getRhs().size() == 1)
      Ctx.Rhs = AS->getRhs()[0]; // also `x op= y`
    else if (int K = lhsIndex(St); K >= 0)
      Ctx.Rhs = AS->getRhs()[K];
    return Ctx;
  }
  if (auto *VD = llvm::dyn_cast<VarDecl>(N)) {
    // gc assigns each variable of `var a, b = x, y` on its own.
    FlowCtx Ctx{VD, "assign", nullptr, Conv};
    llvm::ArrayRef<Name *> Names = VD->getNames();
    llvm::ArrayRef<Expr *> Values = VD->getValues();
    const Var *Dst = D->Obj;
    if (auto *G = llvm::dyn_cast<Global>(St->getAddr()))
      Dst = G->getVar();
    for (unsigned K = 0; K != Names.size() && Names.size() == Values.size();
         ++K) {
      if (Names[K]->getObject() != Dst)
        continue;
      Ctx.Rhs = Values[K];
      if (Names.size() > 1 && explaining())
        Ctx.Text = NoteTexts.emplace_back(Names[K]->getValue().str() + " = " +
                                          MS.exprText(Values[K]));
    }
    return Ctx;
  }
  return {};
}

/// The value a type switch clause's variable is asserted from: the
/// switched interface value.
static Value *typeSwitchOperand(Value *V) {
  if (auto *E = llvm::dyn_cast<Extract>(V))
    V = E->getTuple();
  if (auto *TA = llvm::dyn_cast<TypeAssert>(V))
    return TA->getX();
  return V;
}

Location *Batch::typeSwitchTmp(const Store *St) {
  Value *X = typeSwitchOperand(St->getVal());
  auto [It, New] = TypeSwitchTmps.try_emplace(X, nullptr);
  if (!New)
    return It->second;
  // gc's tee: the switched value goes into a temporary first when more
  // than one clause variable can hold pointers.
  unsigned Vars = 0;
  for (const BasicBlock *BB : St->getFunction()->blocks())
    for (const Instr *I : BB->instrs())
      if (auto *S = llvm::dyn_cast<Store>(I);
          S && llvm::isa_and_nonnull<CaseClause>(S->getNode()) &&
          hasPointers(S->getVal()->getType()) &&
          typeSwitchOperand(S->getVal()) == X)
        ++Vars;
  if (Vars < 2 || !hasPointers(X->getType()))
    return nullptr;
  auto DIt = BlockDepth.find(St->getParent());
  Location *Tmp = newLoc(Location::Later, St->getFunction(),
                         DIt == BlockDepth.end() ? 1 : DIt->second);
  flowSrcs(Tmp, 0, sources(X));
  return It->second = Tmp;
}

int Batch::lhsIndex(const Store *St) {
  auto *AS = llvm::dyn_cast_or_null<AssignStmt>(St->getNode());
  if (!AS || St->isSynthetic() ||
      (AS->getOp() != Operator::None && !AS->isDefine()) ||
      AS->getLhs().size() != AS->getRhs().size())
    return -1;
  auto [It, New] = LhsIndex.try_emplace(St, -1);
  if (!New)
    return It->second;
  // The stores of `a, b = x, y` come in the order of the assigned places
  // that are neither blank nor map elements.
  unsigned Idx = StoreIndex[AS]++;
  for (unsigned K = 0; K != AS->getLhs().size(); ++K) {
    const Expr *L = AS->getLhs()[K];
    while (auto *P = llvm::dyn_cast<ParenExpr>(L))
      L = P->getX();
    if (auto *N = llvm::dyn_cast<Name>(L); N && N->getValue() == "_")
      continue;
    if (auto *IE = llvm::dyn_cast<IndexExpr>(L))
      if (IE->getX()->getType() &&
          llvm::isa<Map>(IE->getX()->getType()->getUnderlying()))
        continue;
    if (Idx-- == 0)
      return It->second = K;
  }
  return -1;
}

llvm::StringRef Batch::innerLitText(const CompositeLit *CL) {
  if (!explaining() || !llvm::isa_and_nonnull<Pointer>(CL->getType()))
    return {};
  return NoteTexts.emplace_back(MS.exprText(CL).substr(1));
}

bool Batch::isSelfAssignStore(const Store *St) {
  int K = lhsIndex(St);
  auto *AS = llvm::dyn_cast<AssignStmt>(St->getNode());
  if (K < 0 || AS->isDefine())
    return false;
  return isSelfAssign(AS->getLhs()[K], AS->getRhs()[K], MS.CP);
}

void Batch::walkFunc(ir::Function *F) {
  Walked.insert(F);
  for (BasicBlock *BB : F->blocks()) {
    auto It = BlockDepth.find(BB);
    if (It == BlockDepth.end())
      continue; // dead code
    int Depth = It->second;
    for (Instr *I : BB->instrs()) {
      // A function literal that captures nothing is its Function, an
      // operand: its site, then its body, as gc evaluates the literal.
      for (const Use &U : I->operands())
        if (auto *C = llvm::dyn_cast_or_null<ir::Function>(U.get());
            C && C->getParentFunction() == F && inBatch(C) &&
            C->freeVars().empty() &&
            llvm::isa_and_nonnull<FuncLit>(C->getSyntax()) &&
            !Walked.count(C)) {
          Location *L = newLoc(Location::Site, F, Depth);
          L->Lit = C;
          L->Transient = true;
          LitLocs[C] = L;
          placeBeforeOperands(L, C->getSyntax());
          walkFunc(C);
        }
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
      if (isCommaOkValue(MI->getX())) {
        // gc converts `v, ok = x.(T)` results after escape analysis, with
        // a heap box and no diagnostic.
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
    if (N && !(VA && goDeferOfSliceLit(VA)))
      placeBeforeOperands(L, N);
    if (auto *MI = llvm::dyn_cast<MakeInterface>(I)) {
      FlowCtx Ctx{MI->getNode(), "interface-converted",
                  llvm::dyn_cast_or_null<Expr>(MI->getNode())};
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
        VA && goDeferOfSliceLit(VA))
      return;
    if (llvm::isa_and_nonnull<RangeClause>(St->getNode())) {
      // gc flows a range's element into its variable whatever its type
      // (so that a moved-to-heap int variable leaks the slice's content).
      // As gc, the ranged value goes into a temporary first.
      Value *V = St->getVal(), *X = nullptr;
      if (auto *U = llvm::dyn_cast<UnOp>(V); U && U->getOp() == Operator::Mul)
        X = U->getX();
      else if (auto *Ix = llvm::dyn_cast<Index>(V))
        X = Ix->getX(); // an element of an array value
      else if (auto *E = llvm::dyn_cast<Extract>(V)) {
        auto *N = llvm::dyn_cast<Next>(E->getTuple());
        auto *R = N ? llvm::dyn_cast<Range>(N->getIter()) : nullptr;
        if (R && E->getIndex() == 2)
          X = R->getX();
      }
      if (!X) {
        flow(D, 0, V);
        return;
      }
      if (auto *IA = llvm::dyn_cast<IndexAddr>(X))
        X = IA->getX();
      auto *RC = llvm::cast<RangeClause>(St->getNode());
      // Ranging over an array copies it: the temporary holds its value.
      const Type *RT = RC->getX()->getType();
      bool IsArray = RT && llvm::isa<Array>(RT->getUnderlying());
      Location *&Tmp = RangeTmps[RC];
      if (!Tmp) {
        Tmp = newLoc(Location::Later, St->getFunction(), std::max(1, Depth - 1));
        bool ArrayAddr =
            IsArray && llvm::isa<Pointer>(X->getType()->getUnderlying());
        // The notes descend the ranged expression (`dot of pointer` of
        // inv.items, the spill of a literal).
        flowSrcs(Tmp, ArrayAddr ? 1 : 0, sources(X),
                 FlowCtx{nullptr, nullptr, RC->getX()});
      }
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
             gcFuncName(F) +
                                           " ignoring self-assignment in " +
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
    flow(D, 0, St->getVal(),
         explaining() ? storeContext(St, D) : FlowCtx());
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
                      AS->isIncDec())) {
      // The updates of `m[a], x, m[b] = ...` come in the order of the
      // map elements among the assigned places.
      size_t K = 0;
      if (AS->getLhs().size() > 1)
        for (unsigned Idx = MapPutIndex[AS]++; K != AS->getLhs().size(); ++K)
          if (auto *IE = llvm::dyn_cast<IndexExpr>(unparenGc(AS->getLhs()[K]));
              IE && IE->getX()->getType() &&
              llvm::isa<Map>(IE->getX()->getType()->getUnderlying()) &&
              Idx-- == 0)
            break;
      if (K != AS->getLhs().size()) {
        if (auto *IE = llvm::dyn_cast<IndexExpr>(unparenGc(AS->getLhs()[K])))
          KCtx = {IE, "key of map put", IE->getIndex()};
        if (!AS->isIncDec())
          VCtx = {AS, AS->getLhs().size() > 1 ? "assign-pair" : "assign",
                  AS->getRhs()[K]};
      }
    }
    flow(&HeapLoc, 0, MU->getKey(), KCtx);
    flow(&HeapLoc, 0, MU->getVal(), VCtx);
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
        Ctx = {Sends[K], "send", Sends[K]->getValue()};
      flow(&HeapLoc, 0, Sel->getSendValue(K), Ctx);
    }
    return;
  }
  case ValueKind::Send: {
    FlowCtx Ctx;
    if (auto *SS = llvm::dyn_cast_or_null<SendStmt>(I->getNode()))
      Ctx = {SS, "send", SS->getValue()};
    flow(&HeapLoc, 0, llvm::cast<Send>(I)->getX(), Ctx);
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
        flow(&HeapLoc, 0, U, {CE, "call parameter", Arg(K + 1)});
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

Value *Batch::staticValue(Value *V) {
  for (unsigned Guard = 0; Guard != 16; ++Guard) {
    auto *U = llvm::dyn_cast<UnOp>(V);
    if (!U || U->getOp() != Operator::Mul)
      return V;
    auto *A = llvm::dyn_cast<Alloc>(U->getX());
    if (!A || A->getAllocKind() != AllocKind::Var)
      return V;
    // The variable must be assigned exactly once and only ever loaded.
    Value *Stored = nullptr;
    for (Use *Us : A->uses()) {
      Instr *User = Us->getUser();
      if (auto *S = llvm::dyn_cast<Store>(User)) {
        if (Us->getOperandNo() != 0 || Stored)
          return V;
        Stored = S->getVal();
        continue;
      }
      auto *L = llvm::dyn_cast<UnOp>(User);
      if (!L || L->getOp() != Operator::Mul)
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
