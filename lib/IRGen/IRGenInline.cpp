//===- IRGenInline.cpp - Calls gc inlines, lowered in place ---------------===//
//
// gc inlines small functions before escape analysis (InlinePlan says
// which calls). Such a call is lowered as gc's inliner rewrites it: the
// arguments are evaluated as for the call and stored into the callee's
// parameters (variables of the caller now), named results are zeroed,
// the body follows, and each return stores the results into their
// variables (a temporary for an unnamed result) and jumps past the body,
// where the call's value is loaded. Every instruction of the body is
// marked inlined at the outermost inlined call's position, where gc
// reports everything escape analysis finds in it. A callee with several
// results is called as usual.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"
#include "InlineImpl.h"

using namespace goscape;
using namespace goscape::irgen;

Value *FuncGen::inlineCall(const CallExpr *E, const Node *Callee, bool &Done) {
  const Signature *CS = MG.CP.getSignature(Callee);
  if (!CS)
    if (auto *D = llvm::dyn_cast<FuncDecl>(Callee))
      if (Func *Obj = MG.CP.getFunc(D))
        CS = Obj->getSignature();
  const BlockStmt *Body = InlinePlan::bodyOf(Callee);
  if (!CS || !Body || CS->getResults()->size() > 1) {
    Done = false;
    return nullptr;
  }
  Done = true;
  // The arguments, evaluated as the call would (receiver first).
  llvm::SmallVector<Value *, 8> Args;
  if (auto *FL = llvm::dyn_cast<FuncLit>(unparen(E->getFun()))) {
    (void)FL;
    args(E, CS, Args);
  } else {
    ir::CallCommon CC;
    callCommon(E, CC, Args);
  }

  SourceLoc SavedLoc = B.getInlineLoc();
  if (!SavedLoc.isValid())
    B.setInlineLoc(E->getLoc());
  const Signature *SavedSig = Sig;
  llvm::SmallVector<Var *, 4> SavedResults = std::move(Results);
  bool SavedNamed = NamedResults, SavedDefer = HasDefer;
  llvm::DenseMap<const LabeledStmt *, BasicBlock *> SavedLabels =
      std::move(Labels);
  Labels.clear();
  Results.clear();
  InlineFrame Frame;
  Frame.Exit = newBlock("inline.done");
  InlineFrame *SavedInl = Inl;
  Inl = &Frame;
  InlineStack.push_back(Callee);
  Sig = CS;
  HasDefer = false;
  NamedResults = false;

  Provenance CallP = Provenance::synthetic(E->getLoc(), E);
  unsigned AI = 0;
  auto Bind = [&](Var *V) {
    Value *A = AI < Args.size() ? Args[AI] : nullptr;
    ++AI;
    if (!A || V->getName().empty() || V->getName() == "_")
      return;
    declareVar(V, V->getDeclNode() ? V->getDeclNode() : Callee);
    B.createStore(CallP, Addrs[V], A);
  };
  if (Var *R = CS->getRecv())
    Bind(R);
  for (Var *V : CS->getParams()->getVars())
    Bind(V);
  for (Var *V : CS->getResults()->getVars()) {
    if (V->getName().empty()) {
      Results.push_back(nullptr);
      Frame.Slots.push_back(
          B.createAlloc(CallP, ir::AllocKind::Temp, V->getType()));
      continue;
    }
    Results.push_back(V);
    NamedResults = true;
    declareVar(V, V->getDeclNode() ? V->getDeclNode() : Callee);
    B.createStore(CallP, Addrs[V], zero(V->getType()));
    Frame.Slots.push_back(Addrs[V]);
  }

  gcDeadStmts(Body->getList(), MG.CP, &CutIfs, nullptr);
  stmts(Body->getList());
  jump(Frame.Exit, CallP);
  sealBlock(Frame.Exit);
  setBlock(Frame.Exit);
  Value *Result = nullptr;
  if (!Frame.Slots.empty())
    Result = B.createLoad(CallP, Frame.Slots.front());

  InlineStack.pop_back();
  Inl = SavedInl;
  Sig = SavedSig;
  Results = std::move(SavedResults);
  NamedResults = SavedNamed;
  HasDefer = SavedDefer;
  Labels = std::move(SavedLabels);
  B.setInlineLoc(SavedLoc);
  return Result;
}

void FuncGen::inlineReturn(const ReturnStmt *S) {
  Provenance P = Provenance::of(S);
  llvm::ArrayRef<Var *> RVars = Sig->getResults()->getVars();
  llvm::ArrayRef<Expr *> Es = S->getResults();
  llvm::SmallVector<Value *, 2> Vals;
  for (unsigned I = 0; I != Es.size() && I != RVars.size(); ++I)
    Vals.push_back(exprTo(Es[I], RVars[I]->getType()));
  for (unsigned I = 0; I != Vals.size(); ++I)
    B.createStore(P, Inl->Slots[I], Vals[I]);
  jump(Inl->Exit, P);
  startUnreachable();
}
