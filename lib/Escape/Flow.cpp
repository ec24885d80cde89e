//===- Flow.cpp - Edges of the location graph and their contexts ----------===//
//
// A store writes into the location its address names (the heap for stores
// through loaded pointers, slices and globals), as gc's addr() does; the
// edge carries the statement's context (FlowCtx) for -m -m. Also the
// temporaries gc puts between a value and its uses (append's appendee, a
// method value's receiver, a type switch's clause variables).
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/ExprString.h"
#include "goscape/Sema/GcPosition.h"

using namespace goscape;
using namespace goscape::escape;
using namespace goscape::ir;

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
      if (const Selection *Sel = MS.CP.getSelection(S)) {
        // The receiver expression's own notes (`&T{} (spill)`) come first.
        Ctx.Rhs = S->getX();
        if (Sel->Path.size() > 1) {
          Ctx.Implicits = implicitSelections(S, *Sel);
        } else if (Sel->Kind == SelectionKind::MethodVal &&
                   !Sel->InterfaceMethod) {
          // The implicit `&x` / `*p` gc puts on the receiver at the
          // selector, as for a method call.
          bool XPtr = S->getX()->getType() &&
                      llvm::isa<Pointer>(S->getX()->getType()->getUnderlying());
          Ctx.ImplicitLoc = S->getLoc();
          if (Sel->PtrRecv && !XPtr)
            Ctx.Implicit = "address-of";
          else if (!Sel->PtrRecv && XPtr)
            Ctx.Implicit = "indirection";
        }
      }
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
    // gc explains the flow before it visits the source expression (the
    // `...` slice of a call is made while visiting the call).
    auto *A = llvm::dyn_cast_or_null<Alloc>(S.L->I);
    bool Varargs = A && A->getAllocKind() == AllocKind::Varargs;
    MS.Unvisited = S.L->I && !Varargs ? S.L->I->getNode() : nullptr;
    std::vector<ExplainLine> Lines;
    explainFlow(Lines, Dst, S.L, S.Derefs, NoteLists[Notes]);
    MS.explain(locPos(S.L), "escapes", locText(S.L) + " escapes to heap",
               std::move(Lines));
    MS.Unvisited = nullptr;
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
bool escape::isDefiningStore(const Store *S, const Var *V) {
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
  // An explicit conversion `I(x)` is explained by its expression's own
  // notes (findNotes), not as an implicit one.
  if (auto *VI = llvm::dyn_cast<Instr>(V))
    if (auto *C = llvm::dyn_cast_or_null<CallExpr>(VI->getNode());
        C && MS.CP.getCallKind(C) == CallKind::Conversion && C->getType() &&
        isInterface(C->getType()) && identical(C->getType(), V->getType()))
      return nullptr;
  // From an empty interface (to another, `interface{}` to a defined
  // `any`-like type) gc converts with no code and no note.
  if (auto *CI = llvm::dyn_cast<ChangeInterface>(V)) {
    auto *From = llvm::dyn_cast<Interface>(CI->getX()->getType()->getUnderlying());
    return From && From->isEmpty() ? nullptr : V;
  }
  auto *MI = llvm::dyn_cast<MakeInterface>(V);
  if (!MI || SiteLocs.count(MI) || isConvertedAfterAnalysis(MI->getX()))
    return nullptr;
  return MI;
}

/// The expression of a type switch's switched value, if it has one.
static const Expr *switchedExpr(const Value *X) {
  auto *XI = llvm::dyn_cast<Instr>(X);
  return XI ? llvm::dyn_cast_or_null<Expr>(XI->getNode()) : nullptr;
}

static Value *typeSwitchOperand(Value *V) {
  if (auto *E = llvm::dyn_cast<Extract>(V))
    V = E->getTuple();
  if (auto *TA = llvm::dyn_cast<TypeAssert>(V))
    return TA->getX();
  return V;
}

FlowCtx Batch::storeContext(const Store *St, const Location *D) {
  const Node *N = St->getNode();
  auto *VA = llvm::dyn_cast_or_null<Alloc>(D->I);
  bool Varargs = VA && VA->getAllocKind() == AllocKind::Varargs;
  // A type switch clause's variable takes the switched value; the notes
  // descend the switched expression (`I(&T{...})`) before the clause's.
  if (auto *CC = llvm::dyn_cast_or_null<CaseClause>(N))
    return {CC, "switch case", switchedExpr(typeSwitchOperand(St->getVal()))};
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
  // A return that stores its results into the named results (a function
  // with defers) returns as any other.
  if (auto *RS = llvm::dyn_cast<ReturnStmt>(N)) {
    FlowCtx Ctx{RS, "return", nullptr, Conv};
    if (D->Kind == Location::Result &&
        D->ResultIndex - 1 < RS->getResults().size() &&
        RS->getResults().size() == ResultLocs.lookup(D->Fn).size())
      Ctx.Rhs = RS->getResults()[D->ResultIndex - 1];
    return Ctx;
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
  // The notes descend the switched expression.
  flowSrcs(Tmp, 0, sources(X), {nullptr, nullptr, switchedExpr(X)});
  return It->second = Tmp;
}

/// The value IRGen computed for the ranged expression of RC in the block
/// J ends: the operand of the loop's `len` or iterator, or else the last
/// instruction before the range variables' declarations, when it belongs
/// to the expression and has its type (null: a constant, nothing made).
static Value *rangeOperand(const Jump *J, const RangeClause *RC) {
  const Expr *X = RC->getX();
  llvm::ArrayRef<Instr *> Is = J->getParent()->instrs();
  for (size_t K = Is.size() - 1; K-- > 0;) {
    Instr *I = Is[K];
    if (I->getNode() == RC) {
      if (auto *R = llvm::dyn_cast<Range>(I))
        return R->getX();
      if (auto *B = llvm::dyn_cast<BuiltinCall>(I);
          B && B->getBuiltin() == BuiltinId::Len)
        return B->getArgs()[0].get();
      continue;
    }
    if (auto *A = llvm::dyn_cast<Alloc>(I);
        A && A->getAllocKind() == AllocKind::Var)
      continue; // a range variable's declaration
    const Node *N = I->getNode();
    bool InX = N && N->getId() <= X->getId() &&
               !(N->getStartLoc() < X->getStartLoc());
    if (!InX || !I->getType() || !X->getType() ||
        I->getType()->getUnderlying() != X->getType()->getUnderlying())
      return nullptr;
    return I;
  }
  return nullptr;
}

void Batch::rangeTmp(const Jump *J, const RangeClause *RC, int Depth) {
  Location *Tmp = newLoc(Location::Later, J->getFunction(), Depth);
  RangeTmps[RC] = Tmp;
  // gc makes it before it walks the operand.
  placeBeforeOperands(Tmp, RC);
  // The notes descend the ranged expression (`dot of pointer` of
  // inv.items, the spill of a literal).
  if (Value *X = rangeOperand(J, RC))
    flowSrcs(Tmp, 0, sources(X), FlowCtx{nullptr, nullptr, RC->getX()});
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
  auto *AS = llvm::dyn_cast_or_null<AssignStmt>(St->getNode());
  // gc checks `x op= y` as the assignment of y to x.
  if (AS && !St->isSynthetic() && AS->getOp() != Operator::None &&
      !AS->isDefine())
    return AS->getLhs().size() == 1 && AS->getRhs().size() == 1 &&
           isSelfAssign(AS->getLhs()[0], AS->getRhs()[0], MS.CP);
  int K = lhsIndex(St);
  if (K < 0 || AS->isDefine())
    return false;
  return isSelfAssign(AS->getLhs()[K], AS->getRhs()[K], MS.CP);
}

