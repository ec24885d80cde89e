//===- Solve.cpp - The solver, the decisions and the reports --------------===//
//
// walkAll() walks from every location (gc's shortest-path walk over the
// reversed edges, dereferences clamped at zero once an address is
// dereferenced): a location whose address reaches a root that outlives it
// escapes, a parameter reaching a root that outlives it leaks to it. Every
// location that starts escaping (or stops being transient) is walked
// again. finish() then decides the allocation sites, records the
// parameter tags and reports gc's -m lines.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/ExprString.h"

using namespace goscape;
using namespace goscape::escape;
using namespace goscape::ir;

bool Batch::containsClosure(const ir::Function *F,
                            const ir::Function *C) const {
  if (F == C)
    return false;
  for (const ir::Function *P = C->getParentFunction(); P;
       P = P->getParentFunction())
    if (P == F)
      return true;
  return false;
}

bool Batch::outlives(const Location *L, const Location *Other) const {
  if (L->Escapes)
    return true;
  if (L->Kind == Location::Result) {
    // A directly called closure's results flow back into its caller.
    if (containsClosure(Other->Fn, L->Fn) && ClosureCalled.count(L->Fn))
      return false;
    return true;
  }
  if (L->Fn == Other->Fn && L->LoopDepth < Other->LoopDepth)
    return true;
  return containsClosure(L->Fn, Other->Fn);
}

void Batch::leakTo(Location *L, Location *Sink, int Derefs) {
  if (!Sink->Escapes && Sink->Kind == Location::Result && Sink->Fn == L->Fn &&
      Sink->ResultIndex - 1 < NumEscResults) {
    L->ParamEsc.addResult(Sink->ResultIndex - 1, Derefs);
    return;
  }
  L->ParamEsc.addHeap(Derefs);
}

void Batch::walkOne(Location *Root, uint32_t Gen,
                    std::vector<Location *> &Todo) {
  auto Enqueue = [&](Location *L) {
    if (!L->Queued) {
      L->Queued = true;
      Todo.push_back(L);
    }
  };
  Root->WalkGen = Gen;
  Root->Derefs = 0;
  Root->Dst = nullptr;
  // One stack for all walks: a batch walks from every location.
  std::vector<Location *> &Work = WalkStack;
  Work.assign(1, Root);
  // A relay (Temp) stands for flows gc makes straight into the relay's
  // destination: it is visited as soon as it is reached, so that its
  // sources are pushed where gc has them among the destination's edges.
  auto Visit = [&](auto &Self, Location *L) -> void {
    int Derefs = L->Derefs;
    bool AddressOf = Derefs < 0;
    if (AddressOf) {
      Derefs = 0;
      if (!Root->Transient && L->Transient) {
        L->Transient = false;
        Enqueue(L);
      }
    }
    if (outlives(Root, L)) {
      if (L->Kind == Location::Param) {
        if (explaining() && !L->Escapes && !isSilent(L))
          MS.explain(locPos(L), "leak",
                     "parameter " + locText(L) + " leaks to " +
                         locName(Root) + " with derefs=" +
                         std::to_string(Derefs),
                     explainPath(Root, L));
        leakTo(L, Root, Derefs);
      }
      if (AddressOf && !L->Escapes) {
        if (explaining() && L->Kind != Location::Temp && !isSilent(L))
          MS.explain(locPos(L), "escape", locText(L) + " escapes to heap",
                     explainPath(Root, L));
        L->Escapes = true;
        Enqueue(L);
        return;
      }
    }
    for (unsigned I = 0; I != L->Edges.size(); ++I) {
      const Edge &E = L->Edges[I];
      if (E.Src->Escapes)
        continue;
      int D = Derefs + E.Derefs;
      if (E.Src->WalkGen != Gen || E.Src->Derefs > D) {
        E.Src->WalkGen = Gen;
        E.Src->Derefs = D;
        E.Src->Dst = L;
        E.Src->DstEdge = I;
        if (E.Src->Kind == Location::Temp)
          Self(Self, E.Src);
        else
          Work.push_back(E.Src);
      }
    }
  };
  while (!Work.empty()) {
    Location *L = Work.back();
    Work.pop_back();
    Visit(Visit, L);
  }
}

void Batch::walkAll() {
  std::vector<Location *> Todo;
  auto Enqueue = [&](Location *L) {
    if (!L->Queued) {
      L->Queued = true;
      Todo.push_back(L);
    }
  };
  // Call results and literal temporaries only relay flows (gc has no
  // location for them), so they are never roots.
  for (Location *L : Order)
    if (L->Kind != Location::Temp)
      Enqueue(L);
  Enqueue(&HeapLoc);
  uint32_t Gen = 0;
  while (!Todo.empty()) {
    Location *Root = Todo.back();
    Todo.pop_back();
    Root->Queued = false;
    walkOne(Root, ++Gen, Todo);
  }
}

void Batch::report(SourceLoc Loc, std::string Text) {
  MS.report(Loc, std::move(Text));
}

std::string Batch::siteString(const Location *L) const {
  if (L->Lit || L->GoDeferWrapper)
    return "func literal";
  if (!L->TmpName.empty())
    return L->TmpName.str();
  const Instr *I = L->I;
  if (auto *A = llvm::dyn_cast<Alloc>(I))
    if (A->getAllocKind() == AllocKind::Varargs)
      return "... argument";
  if (llvm::isa<MakeClosure>(I))
    return "func literal";
  if (llvm::isa<CallInstr>(I))
    return "&errors.errorString{...}"; // the one library allocation inlined
  // The value of an inlined call is its result variable in gc's IR.
  if (auto *MI = llvm::dyn_cast<MakeInterface>(I)) {
    Value *X = MI->getX();
    unsigned Index = 0;
    if (auto *Ex = llvm::dyn_cast<Extract>(X)) {
      Index = Ex->getIndex();
      X = Ex->getTuple();
    }
    if (auto *C = llvm::dyn_cast<CallInstr>(X); C && C->isGcInlined()) {
      const Signature *S = C->getSignature();
      llvm::ArrayRef<Var *> Rs;
      if (S)
        Rs = S->getResults()->getVars();
      if (Index < Rs.size() && !Rs[Index]->getName().empty() &&
          Rs[Index]->getName() != "_")
        return Rs[Index]->getName().str();
      return "~R" + std::to_string(Index);
    }
  }
  if (auto *MI = llvm::dyn_cast<MakeInterface>(I))
    if (auto *Ld = llvm::dyn_cast<UnOp>(MI->getX());
        Ld && Ld->isInlined() && Ld->getOp() == Operator::Mul)
      if (auto *A = llvm::dyn_cast<Alloc>(Ld->getX());
          A && A->isInlined() &&
          llvm::isa_and_nonnull<CallExpr>(Ld->getNode())) {
        if (A->getAllocKind() == AllocKind::Temp &&
            A->getNode() == Ld->getNode())
          return "~R0";
        if (const Var *V = A->getVar(); V && V->getRole() == VarRole::Result)
          return V->getName().str();
      }
  if (auto *E = llvm::dyn_cast_or_null<Expr>(I->getNode())) {
    std::string S = MS.exprText(E);
    // Of an elided `&T{...}` (typed *T), only the pointed-to variable is
    // gc's `&T{...}`; a slice's backing array or a map is its inner
    // `T{...}`.
    if (auto *P = llvm::dyn_cast_or_null<Pointer>(E->getType());
        P && llvm::isa<CompositeLit>(E)) {
      auto *A = llvm::dyn_cast<Alloc>(I);
      if (!A || A->getAllocatedType() != P->getElem())
        S.erase(0, 1);
    }
    return S;
  }
  return "<expr>";
}

bool Batch::isSilent(const Location *L) const {
  // A method expression's thunk: gc calls the method itself.
  if (L->Fn && llvm::isa_and_nonnull<SelectorExpr>(L->Fn->getSyntax()))
    return true;
  if (L->Fn && inDeadLiteral(L->Fn))
    return true;
  const Node *N = L->Lit ? L->Lit->getSyntax() : L->I ? L->I->getNode() : nullptr;
  return L->Fn && !L->Fn->getSyntax() &&
         (L->Fn->getParentFunction() || !N || MS.StaticInit.Nodes.count(N) ||
          (llvm::isa_and_nonnull<ir::MakeInterface>(L->I) &&
           MS.StaticInit.Boxes.count(N)) ||
          L->Fn->getName() != "init");
}

bool Batch::inDeadLiteral(const ir::Function *F) const {
  for (; F; F = F->getParentFunction())
    if (DeadLiterals.count(F))
      return true;
  return false;
}

void Batch::finish() {
  // Parameter tags and their diagnostics, function by function.
  for (ir::Function *F : Fns) {
    FuncTags &T = MS.Tags[F];
    T.Params.clear();
    // A method expression's thunk has no diagnostics of its own.
    bool Quiet = llvm::isa_and_nonnull<SelectorExpr>(F->getSyntax()) ||
                 inDeadLiteral(F);
    for (Location *P : ParamLocs[F]) {
      Leaks Esc;
      const Var *V = P->Obj;
      bool Named = V && !V->getName().empty() && V->getName() != "_";
      if (!hasPointers(V ? V->getType() : nullptr) || !Named) {
        T.Params.push_back(Esc);
        continue;
      }
      Esc = P->ParamEsc;
      Esc.optimize();
      T.Params.push_back(Esc);
      if (P->Escapes || Quiet)
        continue;
      if (Esc.empty())
        report(V->getLoc(), V->getName().str() + " does not escape");
      if (int X = Esc.heap(); X >= 0)
        report(V->getLoc(), (X == 0 ? "leaking param: " : "leaking param content: ") +
                                V->getName().str());
      for (unsigned J = 0; J != NumEscResults; ++J) {
        int X = Esc.result(J);
        if (X < 0)
          continue;
        report(V->getLoc(), "leaking param: " + V->getName().str() +
                                " to result " + resultName(F, J) +
                                " level=" + std::to_string(X));
      }
    }
  }
  for (ir::Function *F : Fns) {
    std::vector<std::string> Texts;
    for (const Leaks &L : MS.Tags[F].Params)
      Texts.push_back(L.describe());
    F->setParamTags(std::move(Texts));
  }
  // Decisions and per-location reports, in gc's creation order.
  for (Location *LP : Order) {
    Location &L = *LP;
    // Compiler-made functions (the package initializer, method expression
    // thunks) are decided silently: gc initializes package variables
    // statically and reports its wrappers elsewhere.
    // (The texts are only built when -m prints them.)
    bool Reported = MS.Opts.DiagLevel && !isSilent(&L);
    switch (L.Kind) {
    case Location::Var:
    case Location::Param:
    case Location::Result:
      if (L.I)
        llvm::cast<AllocationSite>(const_cast<Instr *>(L.I))
            ->setDecision(L.Escapes ? AllocDecision::Heap
                                    : AllocDecision::Stack);
      if (Reported && L.Escapes && (L.Obj || !L.TmpName.empty()))
        MS.report(locPos(&L), "moved to heap: " + locText(&L));
      break;
    case Location::Site: {
      // gc does not report its go/defer wrappers.
      if (L.GoDeferWrapper)
        break;
      SourceLoc Loc = locPos(&L);
      // (A library call gc inlines allocates in its caller but is a call
      // here: it has no decision to record.)
      if (auto *AS = llvm::dyn_cast_or_null<AllocationSite>(
              const_cast<Instr *>(L.I)))
        AS->setDecision(L.Escapes ? AllocDecision::Heap
                                  : AllocDecision::Stack);
      if (Reported)
        MS.report(Loc, siteString(&L) + (L.Escapes ? " escapes to heap"
                                                   : " does not escape"));
      break;
    }
    case Location::Temp:
      if (L.I)
        llvm::cast<AllocationSite>(const_cast<Instr *>(L.I))
            ->setDecision(L.Escapes ? AllocDecision::Heap
                                    : AllocDecision::Stack);
      break;
    case Location::Heap:
    case Location::Later:
      break;
    }
  }
}
