//===- IRGenVars.cpp - Address analysis and SSA construction --------------===//
//
// Two halves of the variable story told in IRGen.cpp:
//
//  * analyzeDecl/analyzeInitializers: a syntactic walk over one
//    declaration (just before it is lowered) marking the locals that must
//    be locations (address taken, assigned in part, captured by a closure)
//    and the function bodies that defer.
//  * readSSA/sealBlock: Braun et al.'s on-the-fly SSA construction for
//    all other locals. Phis have a fixed number of edges in the IR, so an
//    incomplete phi (in an unsealed block) is created without edges and
//    replaced, when the block is sealed, by a phi with one edge per
//    predecessor; Forward maps replaced and removed phis to their
//    replacements for the per-block definition table.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

using namespace goscape;
using namespace goscape::irgen;

//===----------------------------------------------------------------------===//
// Address analysis
//===----------------------------------------------------------------------===//

namespace {
class AddressWalker {
public:
  AddressWalker(const CheckedPackage &CP, AddressInfo &Info)
      : CP(CP), Info(Info) {}

  void funcBody(const Node *Fn, const Signature *Sig, const Node *Body) {
    const Node *Saved = CurFn;
    CurFn = Fn;
    if (Sig) {
      if (Var *R = Sig->getRecv())
        Owner[R] = Fn;
      for (Var *V : Sig->getParams()->getVars())
        Owner[V] = Fn;
      for (Var *V : Sig->getResults()->getVars())
        Owner[V] = Fn;
    }
    if (Body)
      walk(Body);
    CurFn = Saved;
  }

  void walk(const Node *N);

private:
  void markAddr(const Expr *E);
  void markPartial(const Expr *E);
  void useVar(Var *V) {
    if (V->getRole() == VarRole::Package || V->isField())
      return;
    auto [It, New] = Owner.insert({V, CurFn});
    if (!New && It->second != CurFn)
      Info.InMemory.insert(V);
  }

  const CheckedPackage &CP;
  AddressInfo &Info;
  const Node *CurFn = nullptr;
  llvm::DenseMap<const Var *, const Node *> Owner;
};
} // namespace

void AddressWalker::markAddr(const Expr *E) {
  E = unparen(E);
  if (auto *N = llvm::dyn_cast<Name>(E)) {
    if (auto *V = llvm::dyn_cast_or_null<Var>(N->getObject()))
      if (V->getRole() != VarRole::Package)
        Info.InMemory.insert(V);
    return;
  }
  markPartial(E);
}

/// E is (part of) a place being written or addressed: the variable it is
/// part of must be in memory unless a pointer intervenes.
void AddressWalker::markPartial(const Expr *E) {
  E = unparen(E);
  if (auto *S = llvm::dyn_cast<SelectorExpr>(E)) {
    const Selection *Sel = CP.getSelection(S);
    if (Sel && Sel->Kind == SelectionKind::FieldVal && !Sel->Indirect)
      markAddr(S->getX());
    return;
  }
  if (auto *I = llvm::dyn_cast<IndexExpr>(E)) {
    const Type *T = under(I->getX()->getType());
    if (T && llvm::isa<Array>(T))
      markAddr(I->getX());
  }
}

void AddressWalker::walk(const Node *N) {
  if (!N)
    return;
  switch (N->getKind()) {
  case NodeKind::Name:
    if (auto *V = llvm::dyn_cast_or_null<Var>(
            llvm::cast<Name>(N)->getObject()))
      useVar(V);
    return;
  case NodeKind::FuncLit: {
    auto *L = llvm::cast<FuncLit>(N);
    funcBody(L, CP.getSignature(L), L->getBody());
    return;
  }
  case NodeKind::Operation: {
    auto *O = llvm::cast<Operation>(N);
    if (O->isUnary() && O->getOp() == Operator::And)
      markAddr(O->getX());
    walk(O->getX());
    walk(O->getY());
    return;
  }
  case NodeKind::SliceExpr: {
    auto *S = llvm::cast<SliceExpr>(N);
    const Type *T = under(S->getX()->getType());
    if (T && llvm::isa<Array>(T))
      markAddr(S->getX());
    walk(S->getX());
    walk(S->getLow());
    walk(S->getHigh());
    walk(S->getMax());
    return;
  }
  case NodeKind::SelectorExpr: {
    auto *S = llvm::cast<SelectorExpr>(N);
    const Selection *Sel = CP.getSelection(S);
    if (!Sel) // pkg.Name
      return;
    if (Sel->Kind == SelectionKind::MethodVal && Sel->PtrRecv &&
        !Sel->InterfaceMethod && !Sel->Indirect &&
        !llvm::isa<Pointer>(under(S->getX()->getType())))
      markAddr(S->getX());
    walk(S->getX());
    return;
  }
  case NodeKind::AssignStmt: {
    auto *A = llvm::cast<AssignStmt>(N);
    for (const Expr *L : A->getLhs())
      markPartial(L);
    for (const Expr *L : A->getLhs())
      walk(L);
    for (const Expr *R : A->getRhs())
      walk(R);
    return;
  }
  case NodeKind::RangeClause: {
    auto *R = llvm::cast<RangeClause>(N);
    if (!R->isDefine())
      for (const Expr *L : R->getLhs())
        markPartial(L);
    for (const Expr *L : R->getLhs())
      walk(L);
    walk(R->getX());
    return;
  }
  case NodeKind::CallStmt: {
    auto *C = llvm::cast<CallStmt>(N);
    if (C->isDefer())
      Info.HasDefer.insert(CurFn);
    walk(C->getCall());
    return;
  }
  case NodeKind::CaseClause: {
    auto *C = llvm::cast<CaseClause>(N);
    if (auto *V = llvm::dyn_cast_or_null<Var>(C->getImplicitObject()))
      Owner[V] = CurFn;
    for (const Expr *E : C->getCases())
      walk(E);
    for (const Stmt *S : C->getBody())
      walk(S);
    return;
  }
  // Everything else: visit the children.
  case NodeKind::File:
  case NodeKind::ImportDecl:
  case NodeKind::TypeDecl:
  case NodeKind::ConstDecl:
  case NodeKind::BadExpr:
  case NodeKind::BasicLit:
  case NodeKind::ArrayType:
  case NodeKind::SliceType:
  case NodeKind::DotsType:
  case NodeKind::StructType:
  case NodeKind::InterfaceType:
  case NodeKind::FuncType:
  case NodeKind::MapType:
  case NodeKind::ChanType:
  case NodeKind::Field:
  case NodeKind::EmptyStmt:
  case NodeKind::ListExpr:
    return;
  case NodeKind::FuncDecl:
    return;
  case NodeKind::VarDecl: {
    auto *D = llvm::cast<VarDecl>(N);
    for (const Name *Nm : D->getNames())
      walk(Nm);
    for (const Expr *E : D->getValues())
      walk(E);
    return;
  }
  case NodeKind::CompositeLit:
    for (const Expr *E : llvm::cast<CompositeLit>(N)->getElems())
      walk(E);
    return;
  case NodeKind::KeyValueExpr: {
    auto *KV = llvm::cast<KeyValueExpr>(N);
    // Struct literal keys are field names, not variables.
    if (!llvm::isa<Name>(KV->getKey()))
      walk(KV->getKey());
    walk(KV->getValue());
    return;
  }
  case NodeKind::ParenExpr:
    walk(llvm::cast<ParenExpr>(N)->getX());
    return;
  case NodeKind::IndexExpr:
    walk(llvm::cast<IndexExpr>(N)->getX());
    walk(llvm::cast<IndexExpr>(N)->getIndex());
    return;
  case NodeKind::AssertExpr:
    walk(llvm::cast<AssertExpr>(N)->getX());
    return;
  case NodeKind::TypeSwitchGuard:
    walk(llvm::cast<TypeSwitchGuard>(N)->getX());
    return;
  case NodeKind::CallExpr: {
    auto *C = llvm::cast<CallExpr>(N);
    walk(C->getFun());
    for (const Expr *A : C->getArgs())
      walk(A);
    return;
  }
  case NodeKind::LabeledStmt:
    walk(llvm::cast<LabeledStmt>(N)->getBody());
    return;
  case NodeKind::BlockStmt:
    for (const Stmt *S : llvm::cast<BlockStmt>(N)->getList())
      walk(S);
    return;
  case NodeKind::ExprStmt:
    walk(llvm::cast<ExprStmt>(N)->getX());
    return;
  case NodeKind::SendStmt:
    walk(llvm::cast<SendStmt>(N)->getChan());
    walk(llvm::cast<SendStmt>(N)->getValue());
    return;
  case NodeKind::DeclStmt:
    for (const Decl *D : llvm::cast<DeclStmt>(N)->getDecls())
      walk(D);
    return;
  case NodeKind::BranchStmt:
    return;
  case NodeKind::ReturnStmt:
    for (const Expr *E : llvm::cast<ReturnStmt>(N)->getResults())
      walk(E);
    return;
  case NodeKind::IfStmt: {
    auto *S = llvm::cast<IfStmt>(N);
    walk(S->getInit());
    walk(S->getCond());
    walk(S->getThen());
    walk(S->getElse());
    return;
  }
  case NodeKind::ForStmt: {
    auto *S = llvm::cast<ForStmt>(N);
    walk(S->getInit());
    walk(S->getCond());
    walk(S->getPost());
    walk(S->getBody());
    return;
  }
  case NodeKind::SwitchStmt: {
    auto *S = llvm::cast<SwitchStmt>(N);
    walk(S->getInit());
    walk(S->getTag());
    for (const CaseClause *C : S->getBody())
      walk(C);
    return;
  }
  case NodeKind::SelectStmt:
    for (const CommClause *C : llvm::cast<SelectStmt>(N)->getBody())
      walk(C);
    return;
  case NodeKind::CommClause: {
    auto *C = llvm::cast<CommClause>(N);
    walk(C->getComm());
    for (const Stmt *S : C->getBody())
      walk(S);
    return;
  }
  }
}

void ModuleGen::analyzeDecl(const FuncDecl *D) {
  if (!Addr.Analyzed.insert(D).second)
    return;
  const Signature *Sig = CP.getSignature(D);
  if (!Sig)
    if (Func *F = CP.getFunc(D))
      Sig = F->getSignature();
  AddressWalker W(CP, Addr);
  W.funcBody(D, Sig, D->getBody());
}

void ModuleGen::analyzeInitializers() {
  AddressWalker W(CP, Addr);
  for (const Initializer &I : CP.getInitOrder())
    W.funcBody(nullptr, nullptr, I.Init);
}

//===----------------------------------------------------------------------===//
// SSA construction (Braun et al. 2013)
//===----------------------------------------------------------------------===//

ir::Phi *FuncGen::newPhi(BasicBlock *BB, const Type *Ty, unsigned NumEdges,
                         const Var *V) {
  const Node *D = V ? V->getDeclNode() : nullptr;
  auto *P = F->create<ir::Phi>(
      Provenance::synthetic(D ? D->getLoc() : SourceLoc(), D), Ty);
  llvm::SmallVector<Value *, 4> Edges(NumEdges, nullptr);
  P->initOperands(*F, Edges);
  unsigned Pos = 0;
  while (Pos < BB->instrs().size() && llvm::isa<ir::Phi>(BB->instrs()[Pos]))
    ++Pos;
  BB->insert(Pos, P);
  return P;
}

Value *FuncGen::readSSA(const Var *V, BasicBlock *BB) {
  SSABlock &St = ssa(BB);
  Value *Def;
  if (St.Defs.find(V, Def))
    return resolve(Def);
  Value *Val;
  if (!St.Sealed) {
    ir::Phi *P = newPhi(BB, V->getType(), 0, V);
    St.Incomplete.push_back({P, V});
    Val = P;
  } else if (BB->preds().size() == 1) {
    Val = readSSA(V, BB->preds()[0]);
  } else if (BB->preds().empty()) {
    Val = zero(V->getType());
  } else {
    ir::Phi *P = newPhi(BB, V->getType(), BB->preds().size(), V);
    writeSSA(V, BB, P);
    Val = addPhiOperands(V, P);
  }
  writeSSA(V, BB, Val);
  return Val;
}

Value *FuncGen::addPhiOperands(const Var *V, ir::Phi *P) {
  BasicBlock *BB = P->getParent();
  for (unsigned I = 0; I != BB->preds().size(); ++I)
    P->setOperand(I, readSSA(V, BB->preds()[I]));
  return tryRemoveTrivialPhi(P);
}

Value *FuncGen::tryRemoveTrivialPhi(ir::Phi *P) {
  Value *Same = nullptr;
  for (const ir::Use &U : P->operands()) {
    Value *Op = U.get();
    if (!Op)
      return P; // still being filled in
    if (Op == Same || Op == P)
      continue;
    if (Same)
      return P;
    Same = Op;
  }
  if (!Same)
    Same = zero(P->getType());
  llvm::SmallVector<ir::Phi *, 4> Users;
  for (ir::Use *U : P->uses())
    if (auto *UP = llvm::dyn_cast<ir::Phi>(U->getUser()); UP && UP != P)
      Users.push_back(UP);
  P->replaceAllUsesWith(Same);
  P->getParent()->erase(P);
  Forward[P] = Same;
  for (ir::Phi *UP : Users)
    if (UP->getParent() && UP->getNumOperands() != 0)
      tryRemoveTrivialPhi(UP);
  return Same;
}

void FuncGen::sealBlock(BasicBlock *BB) {
  SSABlock &St = ssa(BB);
  if (St.Sealed)
    return;
  St.Sealed = true;
  if (St.Incomplete.empty())
    return;
  auto List = std::move(St.Incomplete);
  St.Incomplete.clear();
  for (auto [Old, V] : List) {
    ir::Phi *P = newPhi(BB, Old->getType(), BB->preds().size(), V);
    Old->replaceAllUsesWith(P);
    BB->erase(Old);
    Forward[Old] = P;
    addPhiOperands(V, P);
  }
}

void FuncGen::sealAll() {
  // Sealing may read variables in other unsealed blocks; repeat until no
  // block is left (each round seals at least one block, so this ends).
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (BasicBlock *BB : F->blocks())
      if (!isSealed(BB)) {
        sealBlock(BB);
        Changed = true;
      }
  }
}

void FuncGen::simplifyPhis() {
  // After unreachable blocks went away some phis may have become trivial.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (BasicBlock *BB : F->blocks()) {
      llvm::SmallVector<ir::Phi *, 8> Phis;
      for (ir::Instr *I : BB->instrs())
        if (auto *P = llvm::dyn_cast<ir::Phi>(I))
          Phis.push_back(P);
      for (ir::Phi *P : Phis)
        if (P->getParent() && tryRemoveTrivialPhi(P) != P)
          Changed = true;
    }
  }
}
