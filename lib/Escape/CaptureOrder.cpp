//===- CaptureOrder.cpp - gc's order of a closure's captured variables ----===//
//
// gc's front end gives a function literal its captured variables as it
// meets their names in the body, and its escape analysis decides and
// reports the captures in that order (`capturing by value` lines); the
// order of the edges into the closure also decides which path an
// explanation takes. The front end meets names in source order, except
// that an assignment's right-hand side comes before its left-hand side
// (`x = y + z`: y, z, x) and a range loop's variables before the ranged
// expression; a nested literal's names are met where they are, since an
// enclosing literal captures what its literals capture. IRGen adds a
// closure's free variables in the order it lowers their uses, which is
// not that one (it evaluates a call's arguments before its function).
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

using namespace goscape;
using namespace goscape::escape;

namespace {
/// Walks a function literal's body in gc's front end's order and ranks
/// the variables of Wanted as it meets them.
class MentionOrder {
public:
  MentionOrder(const llvm::DenseSet<const Var *> &Wanted,
               llvm::DenseMap<const Var *, unsigned> &Rank)
      : Wanted(Wanted), Rank(Rank) {}

  void stmts(llvm::ArrayRef<Stmt *> List) {
    for (const Stmt *S : List)
      stmt(S);
  }

  void exprs(llvm::ArrayRef<Expr *> List) {
    for (const Expr *E : List)
      expr(E);
  }

  void stmt(const Stmt *S) {
    if (!S)
      return;
    switch (S->getKind()) {
    case NodeKind::LabeledStmt:
      return stmt(llvm::cast<LabeledStmt>(S)->getBody());
    case NodeKind::BlockStmt:
      return stmts(llvm::cast<BlockStmt>(S)->getList());
    case NodeKind::ExprStmt:
      return expr(llvm::cast<ExprStmt>(S)->getX());
    case NodeKind::SendStmt: {
      auto *Send = llvm::cast<SendStmt>(S);
      expr(Send->getChan());
      return expr(Send->getValue());
    }
    case NodeKind::DeclStmt:
      for (const Decl *D : llvm::cast<DeclStmt>(S)->getDecls())
        if (auto *VD = llvm::dyn_cast<VarDecl>(D))
          exprs(VD->getValues());
      return;
    case NodeKind::AssignStmt: {
      auto *A = llvm::cast<AssignStmt>(S);
      exprs(A->getRhs());
      return exprs(A->getLhs());
    }
    case NodeKind::CallStmt:
      return expr(llvm::cast<CallStmt>(S)->getCall());
    case NodeKind::ReturnStmt:
      return exprs(llvm::cast<ReturnStmt>(S)->getResults());
    case NodeKind::IfStmt: {
      auto *If = llvm::cast<IfStmt>(S);
      stmt(If->getInit());
      expr(If->getCond());
      stmt(If->getThen());
      return stmt(If->getElse());
    }
    case NodeKind::ForStmt: {
      auto *For = llvm::cast<ForStmt>(S);
      stmt(For->getInit());
      expr(For->getCond());
      stmt(For->getPost());
      return stmt(For->getBody());
    }
    case NodeKind::RangeClause: {
      auto *R = llvm::cast<RangeClause>(S);
      exprs(R->getLhs());
      return expr(R->getX());
    }
    case NodeKind::SwitchStmt: {
      auto *Sw = llvm::cast<SwitchStmt>(S);
      stmt(Sw->getInit());
      expr(Sw->getTag());
      for (const CaseClause *C : Sw->getBody()) {
        exprs(C->getCases());
        stmts(C->getBody());
      }
      return;
    }
    case NodeKind::SelectStmt:
      for (const CommClause *C : llvm::cast<SelectStmt>(S)->getBody()) {
        stmt(C->getComm());
        stmts(C->getBody());
      }
      return;
    default:
      return; // empty and branch statements
    }
  }

  void expr(const Expr *E) {
    if (!E)
      return;
    switch (E->getKind()) {
    case NodeKind::Name:
      if (auto *V =
              llvm::dyn_cast_or_null<Var>(llvm::cast<Name>(E)->getObject());
          V && Wanted.count(V))
        Rank.try_emplace(V, Rank.size());
      return;
    case NodeKind::CompositeLit:
      return exprs(llvm::cast<CompositeLit>(E)->getElems());
    case NodeKind::KeyValueExpr: {
      auto *KV = llvm::cast<KeyValueExpr>(E);
      expr(KV->getKey());
      return expr(KV->getValue());
    }
    case NodeKind::FuncLit:
      return stmt(llvm::cast<FuncLit>(E)->getBody());
    case NodeKind::ParenExpr:
      return expr(llvm::cast<ParenExpr>(E)->getX());
    case NodeKind::SelectorExpr:
      return expr(llvm::cast<SelectorExpr>(E)->getX());
    case NodeKind::IndexExpr: {
      auto *I = llvm::cast<IndexExpr>(E);
      expr(I->getX());
      return expr(I->getIndex());
    }
    case NodeKind::SliceExpr: {
      auto *Sl = llvm::cast<SliceExpr>(E);
      expr(Sl->getX());
      expr(Sl->getLow());
      expr(Sl->getHigh());
      return expr(Sl->getMax());
    }
    case NodeKind::AssertExpr:
      return expr(llvm::cast<AssertExpr>(E)->getX());
    case NodeKind::TypeSwitchGuard:
      return expr(llvm::cast<TypeSwitchGuard>(E)->getX());
    case NodeKind::Operation: {
      auto *O = llvm::cast<Operation>(E);
      expr(O->getX());
      return expr(O->getY());
    }
    case NodeKind::CallExpr: {
      auto *C = llvm::cast<CallExpr>(E);
      expr(C->getFun());
      return exprs(C->getArgs());
    }
    case NodeKind::ListExpr:
      return exprs(llvm::cast<ListExpr>(E)->getElems());
    default:
      return; // literals and types mention no variable
    }
  }

private:
  const llvm::DenseSet<const Var *> &Wanted;
  llvm::DenseMap<const Var *, unsigned> &Rank;
};
} // namespace

std::vector<unsigned> escape::captureOrder(const ir::Function &Fn) {
  llvm::ArrayRef<ir::FreeVar *> FVs = Fn.freeVars();
  std::vector<unsigned> Order(FVs.size());
  for (unsigned I = 0; I != Order.size(); ++I)
    Order[I] = I;
  auto *Lit = llvm::dyn_cast_or_null<FuncLit>(Fn.getSyntax());
  if (!Lit)
    return Order;
  llvm::DenseSet<const Var *> Wanted;
  for (const ir::FreeVar *FV : FVs)
    if (FV->getVar())
      Wanted.insert(FV->getVar());
  llvm::DenseMap<const Var *, unsigned> Rank;
  MentionOrder(Wanted, Rank).stmt(Lit->getBody());
  // The variables the walk did not meet keep IRGen's order, after the rest.
  auto RankOf = [&](unsigned I) {
    auto It = FVs[I]->getVar() ? Rank.find(FVs[I]->getVar()) : Rank.end();
    return It == Rank.end() ? Rank.size() : It->second;
  };
  llvm::stable_sort(
      Order, [&](unsigned A, unsigned B) { return RankOf(A) < RankOf(B); });
  return Order;
}
