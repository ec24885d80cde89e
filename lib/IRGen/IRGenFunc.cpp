//===- IRGenFunc.cpp - Bodies, variables, closures, returns ---------------===//
//
// A function body starts with its parameters (spilled into an Alloc when
// they are locations, see IRGen.cpp) and its named results; a function
// that defers gets a recover block (kept although unreachable) returning
// the current named results, and a RunDefers before every Return.
// Closures are built depth first: the literal's body is lowered first,
// creating a FreeVar for every variable of an enclosing function it uses
// (captured by reference through the variable's Alloc); the MakeClosure
// in the enclosing function then binds the addresses in FreeVar order.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"
#include "InlineImpl.h"

using namespace goscape;
using namespace goscape::irgen;

FuncGen::FuncGen(ModuleGen &MG, ir::Function *F, FuncGen *Parent)
    : MG(MG), F(F), Parent(Parent), B(*F, MG.Types) {}

void FuncGen::jump(BasicBlock *To, Provenance P) {
  if (cur()->getTerminator())
    return;
  B.createJump(P, To);
}

void FuncGen::branch(Value *Cond, BasicBlock *T, BasicBlock *Fl,
                     Provenance P) {
  B.createIf(P, Cond, T, Fl);
}

void FuncGen::startUnreachable() {
  BasicBlock *Prev = cur();
  BasicBlock *BB = newBlock("unreachable");
  markSealed(BB);
  if (MG.Opts.LocalsInMemory)
    BB->setSyntacticPred(Prev);
  setBlock(BB);
}

bool FuncGen::isLocal(const Var *V) const {
  return V->getRole() != VarRole::Package && !V->isField();
}

void FuncGen::buildBody(const Node *Syn, const BlockStmt *Body,
                        const Signature *S, const FuncType *FT,
                        const Field *Recv) {
  Sig = S;
  Syntax = Syn;
  HasDefer = Syn && MG.Addr.HasDefer.count(Syn);
  BasicBlock *Entry = newBlock("entry");
  markSealed(Entry);
  setBlock(Entry);

  auto AddParam = [&](Var *V) {
    ir::Parameter *P = F->addParam(V, V->getType());
    Own.insert(V);
    if (isMemVar(V)) {
      declareVar(V, V->getDeclNode() ? V->getDeclNode() : Syn);
      B.createStore(Provenance::synthetic(V->getLoc(), V->getDeclNode()),
                    Addrs[V], P);
      return;
    }
    writeSSA(V, Entry, P);
  };
  if (Var *R = S->getRecv())
    AddParam(R);
  for (Var *V : S->getParams()->getVars())
    AddParam(V);
  for (Var *V : S->getResults()->getVars()) {
    bool Named = !V->getName().empty();
    Results.push_back(Named ? V : nullptr);
    if (!Named)
      continue;
    NamedResults = true;
    if (HasDefer)
      MG.Addr.InMemory.insert(V);
    declareVar(V, V->getDeclNode() ? V->getDeclNode() : Syn);
    if (!isMemVar(V))
      writeSSA(V, Entry, zero(V->getType()));
  }

  if (!Body)
    return;
  if (MG.Opts.LocalsInMemory)
    gcDeadStmts(Body->getList(), MG.CP, &CutIfs, nullptr);
  stmts(Body->getList());
  if (!cur()->getTerminator()) {
    // A body with results never runs off its end; when its end follows a
    // terminating statement, the return (dead code gc never has) yields
    // zero values, so that escape analysis sees no flow there.
    bool Reached = cur() == Entry || !cur()->preds().empty();
    llvm::SmallVector<Value *, 4> Rs;
    for (unsigned I = 0; I != Results.size(); ++I)
      Rs.push_back(Results[I] && Reached
                       ? readVar(Results[I], nullptr)
                       : zero(S->getResults()->getVars()[I]->getType()));
    emitReturn(Rs, Provenance::synthetic(Body->getRbrace(), Syn));
  }
  // Nothing follows the body's last return.
  cur()->setSyntacticPred(nullptr);
  if (HasDefer) {
    // Where a recovered panic resumes: return the named results' current
    // values (zero values for unnamed results).
    BasicBlock *Rec = newBlock("recover");
    markSealed(Rec);
    Rec->setKeptUnreachable();
    F->setRecoverBlock(Rec);
    setBlock(Rec);
    llvm::SmallVector<Value *, 4> Rs;
    for (unsigned I = 0; I != Results.size(); ++I)
      Rs.push_back(Results[I]
                       ? B.createLoad(Provenance::synthetic(), Addrs[Results[I]])
                       : zero(S->getResults()->getVars()[I]->getType()));
    B.createReturn(Provenance::synthetic(), Rs);
  }
}

void FuncGen::finish() {
  if (!cur()->getTerminator()) {
    // The block after a thunk's or initializer's return: nothing follows.
    if (cur()->preds().empty())
      cur()->setSyntacticPred(nullptr);
    B.createReturn(Provenance::synthetic(), {});
  }
  sealAll();
  // The memory form keeps the code after terminating statements for
  // escape analysis, which removes it (escape::analyzeModule).
  F->removeUnreachableBlocks(/*FollowSyntactic=*/MG.Opts.LocalsInMemory);
  simplifyPhis();
}

//===----------------------------------------------------------------------===//
// Variables
//===----------------------------------------------------------------------===//

void FuncGen::declareVar(Var *V, const Node *Decl) {
  Own.insert(V);
  if (!isMemVar(V))
    return;
  Provenance P = V->getLoc().isValid()
                     ? Provenance::at(V->getLoc(), Decl)
                     : Provenance::synthetic(SourceLoc(), Decl);
  Addrs[V] = B.createAlloc(P, ir::AllocKind::Var, V->getType(), V);
}

Value *FuncGen::lookupAddr(Var *V) {
  if (!isLocal(V))
    return MG.globalFor(V);
  auto It = Addrs.find(V);
  if (It != Addrs.end())
    return It->second;
  if (!Own.count(V) && Parent) {
    ir::FreeVar *FV =
        F->addFreeVar(V, MG.Types.getPointer(V->getType()));
    Addrs[V] = FV;
    return FV;
  }
  // A location used before its declaration was lowered (not expected):
  // allocate it here so that the IR stays well formed.
  MG.Addr.InMemory.insert(V);
  declareVar(V, V->getDeclNode());
  return Addrs[V];
}

Value *FuncGen::readVar(Var *V, const Expr *Use) {
  Provenance P = Provenance::synthetic(Use ? Use->getLoc() : SourceLoc(), Use);
  if (!isLocal(V) || isMemVar(V) || (!Own.count(V) && Parent))
    return B.createLoad(P, lookupAddr(V));
  return readSSA(V, cur());
}

void FuncGen::writeVar(Var *V, Value *Val, Provenance P) {
  Val = convert(Val, V->getType(), P);
  if (!isLocal(V) || isMemVar(V) || (!Own.count(V) && Parent)) {
    B.createStore(P, lookupAddr(V), Val);
    return;
  }
  Own.insert(V);
  writeSSA(V, cur(), Val);
}

//===----------------------------------------------------------------------===//
// Closures
//===----------------------------------------------------------------------===//

Value *FuncGen::funcLit(const FuncLit *E) {
  std::string Name = (F->getName() + "$" + llvm::Twine(++NumAnon)).str();
  const Signature *S = MG.CP.getSignature(E);
  if (!S)
    S = llvm::cast<Signature>(E->getType()->getUnderlying());
  ir::Function *Fn = MG.M.createFunction(Name, S, nullptr, E, F);
  {
    FuncGen G(MG, Fn, this);
    // A literal of an inlined body is reported where the call is.
    G.B.setInlineLoc(B.getInlineLoc());
    G.buildBody(E, E->getBody(), S, E->getFuncType(), nullptr);
    G.finish();
  }
  if (Fn->freeVars().empty())
    return Fn;
  llvm::SmallVector<Value *, 4> Bindings;
  for (ir::FreeVar *FV : Fn->freeVars())
    Bindings.push_back(lookupAddr(FV->getVar()));
  return B.createMakeClosure(Provenance::of(E), Fn, Bindings);
}

//===----------------------------------------------------------------------===//
// Returns
//===----------------------------------------------------------------------===//

void FuncGen::emitReturn(llvm::ArrayRef<Value *> Rs, Provenance P) {
  if (HasDefer)
    B.createRunDefers(P);
  B.createReturn(P, Rs);
  startUnreachable();
}

void FuncGen::returnStmt(const ReturnStmt *S) {
  if (Inl) {
    inlineReturn(S);
    return;
  }
  Provenance P = Provenance::of(S);
  llvm::ArrayRef<Var *> RVars = Sig->getResults()->getVars();
  llvm::SmallVector<Value *, 4> Rs;
  llvm::ArrayRef<Expr *> Es = S->getResults();
  for (auto [I, E] : llvm::enumerate(Es))
    evalEarlyConv(E, Es.size() == RVars.size() ? RVars[I]->getType() : nullptr);
  if (Es.size() == 1 && RVars.size() > 1) {
    Value *T = expr(Es[0]);
    for (unsigned I = 0; I != RVars.size(); ++I)
      Rs.push_back(convert(extract(T, I, Provenance::synthetic(P.Loc, S)),
                           RVars[I]->getType(), Provenance::of(Es[0])));
  } else {
    for (unsigned I = 0; I != Es.size() && I != RVars.size(); ++I)
      Rs.push_back(exprTo(Es[I], RVars[I]->getType()));
  }
  if (Es.empty()) {
    // A bare return yields what the named results hold after the deferred
    // calls, which may change them.
    if (HasDefer)
      B.createRunDefers(P);
    for (unsigned I = 0; I != Results.size(); ++I)
      Rs.push_back(Results[I] ? readVar(Results[I], nullptr)
                              : zero(RVars[I]->getType()));
    B.createReturn(P, Rs);
    startUnreachable();
    return;
  }
  if (HasDefer && NamedResults) {
    // Deferred calls may read and change the named results: store first,
    // run the defers, and return what the results hold then.
    for (unsigned I = 0; I != Rs.size(); ++I)
      if (Results[I])
        B.createStore(P, Addrs[Results[I]], Rs[I]);
    B.createRunDefers(P);
    for (unsigned I = 0; I != Rs.size(); ++I)
      if (Results[I])
        Rs[I] = B.createLoad(Provenance::synthetic(P.Loc, S),
                             Addrs[Results[I]]);
    B.createReturn(P, Rs);
    startUnreachable();
    return;
  }
  emitReturn(Rs, P);
}
