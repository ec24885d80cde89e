//===- InlineImpl.h - InlinePlan's cost visitor -----------------*- C++ -*-===//
//
// The visitor that computes gc 1.19's inlining cost of one function body
// (InlineCost.cpp), private to lib/IRGen.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_IRGEN_INLINEIMPL_H
#define GOSCAPE_LIB_IRGEN_INLINEIMPL_H

#include "goscape/IRGen/Inline.h"

#include "llvm/ADT/DenseSet.h"

namespace goscape {

/// gc's dead code elimination of a condition (run before inlining):
/// `true && x` is x, `false && x` false, `true || x` true, `false || x`
/// x. Returns the folded condition's constant value (0 or 1), or -1;
/// sets Folded to what remains of E (E itself when nothing folds at the
/// top) and appends the operands dropped to Dropped, if given.
int foldCond(const Expr *E, const CheckedPackage &CP, const Expr *&Folded,
             llvm::SmallVectorImpl<const Expr *> *Dropped = nullptr);
/// gc's dead code elimination of statement lists (deadcode.stmts, run
/// before inlining and escape analysis) on the lists gc's front end makes,
/// where a plain block's statements and a labeled statement's body belong
/// to the enclosing list: an if whose (folded) condition is constant and
/// whose branch taken ends in a return or panic ends its list, unless a
/// label follows. For Body and the lists nested in it (not in function
/// literals), adds such ifs with statements after them to Cuts and those
/// statements to Dropped (either may be null).
void gcDeadStmts(llvm::ArrayRef<Stmt *> Body, const CheckedPackage &CP,
                 llvm::DenseSet<const IfStmt *> *Cuts,
                 llvm::DenseSet<const Stmt *> *Dropped);

/// gc's hairyVisitor over one body: the cost of every statement and
/// expression as gc's typed IR has it, and the first construct that
/// forbids inlining.
class InlineCostVisitor {
public:
  InlineCostVisitor(InlinePlan &P, const Node *Fn);
  /// The cost of a function's body (after gc's dead code elimination).
  int funcBody(const BlockStmt *B);
  /// The cost of a block's statements.
  int body(const BlockStmt *B);
  /// Set by the first construct gc does not inline (Reason says which).
  bool Hairy = false;
  std::string Reason;
  /// The body calls its own function.
  bool Recursive = false;

private:
  void hairy(std::string Why);
  bool isConst(const Expr *E) const;
  int stmt(const Stmt *S);
  int stmts(llvm::ArrayRef<Stmt *> L);
  /// The cost of a condition after gc's folding.
  int cond(const Expr *E);
  int expr(const Expr *E);
  /// E's cost, plus gc's implicit conversion when it is assigned to To.
  int convTo(const Expr *E, const Type *To);
  int declared(const Expr *Lhs, bool Define);
  int assign(const AssignStmt *S);
  int varDecl(const VarDecl *D);
  int returnStmt(const ReturnStmt *R);
  int switchStmt(const SwitchStmt *S);
  int compositeLit(const CompositeLit *E, const Type *Ty);
  int selector(const SelectorExpr *E);
  int receiverCost(const SelectorExpr *S, const Selection &Sel);
  int args(const CallExpr *E, const Signature *Sig);
  int calleeCost(const CallExpr *E);
  int call(const CallExpr *E);
  int builtin(const CallExpr *E);
  int operation(const Operation *E);

  InlinePlan &P;
  const CheckedPackage &CP;
  /// The function whose results a return statement yields.
  const Node *Fn;
  /// The statements gc's dead code elimination drops (gcDeadStmts).
  llvm::DenseSet<const Stmt *> Dropped;
};

} // namespace goscape

#endif
