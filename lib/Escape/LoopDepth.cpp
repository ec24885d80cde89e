//===- LoopDepth.cpp - gc's loop depth of every block ---------------------===//
//
// gc counts loop depth on the syntax: a `for` or `range` statement's
// condition, post statement and body are one level deeper than its init,
// and a label that a later `goto` jumps back to deepens the rest of its
// block. Over the IR the same count comes from IRGen's block structure:
// a loop is the blocks its `X.loop` header dominates, except those after
// its `X.done` exit (a loop left only by `break` has no back edge, yet gc
// counts it); a looping label is a `label.L` block that a `goto` block it
// dominates jumps back to. Branches of constant conditions are dead code
// to gc and get no depth (their blocks are skipped), and so are the
// clauses of a switch on a constant that gc's deadcode pass removes. Code
// after a terminating statement (a return, a loop never left), which gc
// keeps, is live where that statement is, at its depth: IRGen links its
// block to the statement's (BasicBlock::getSyntacticPred), and the
// dominators count those links as edges.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/IR/Dominators.h"

using namespace goscape;
using namespace goscape::escape;
using namespace goscape::ir;

/// True for the jump of a `goto` statement.
static bool isGoto(const BasicBlock *BB) {
  const Terminator *T = BB->getTerminator();
  auto *BS = T ? llvm::dyn_cast_or_null<BranchStmt>(T->getNode()) : nullptr;
  return BS && BS->getBranchKind() == BranchKind::Goto;
}

/// The clause's last statement is a `fallthrough`.
static bool fallsThrough(const CaseClause *CC) {
  llvm::ArrayRef<Stmt *> Body = CC->getBody();
  auto *BS = Body.empty() ? nullptr : llvm::dyn_cast<BranchStmt>(Body.back());
  return BS && BS->getBranchKind() == BranchKind::Fallthrough;
}

/// How a case value's comparison goes in gc's dead code elimination.
enum class CaseFold : int8_t { Live, Taken, NotTaken };

/// Records how each case value's comparison of S goes. gc's deadcode pass
/// folds a switch with a constant tag (or none) and only constant case
/// values: it keeps the first matching clause, else the default clause,
/// else nothing, and gives up when the clause it keeps ends in
/// `fallthrough`. Otherwise both ways are live, even for a constant case
/// value of a switch without a tag.
static void foldConstSwitch(const SwitchStmt *S, ConstantContext &Consts,
                            llvm::DenseMap<const Node *, CaseFold> &Fold) {
  if (S->isTypeSwitch())
    return;
  for (const CaseClause *CC : S->getBody())
    for (const Expr *X : CC->getCases())
      Fold[X] = CaseFold::Live;
  const Constant *Tag =
      S->getTag() ? S->getTag()->getConstValue() : Consts.getBool(true);
  if (!Tag || Tag->isUnknown())
    return;
  const CaseClause *Kept = nullptr, *Default = nullptr;
  const Expr *Match = nullptr;
  for (const CaseClause *CC : S->getBody()) {
    if (CC->isDefault()) {
      Default = CC;
      continue;
    }
    for (const Expr *X : CC->getCases()) {
      const Constant *C = X->getConstValue();
      if (!C || C->isUnknown())
        return;
      if (!Match && Consts.compare(Tag, Operator::Eql, C)) {
        Match = X;
        Kept = CC;
      }
    }
  }
  if (!Kept)
    Kept = Default;
  if (Kept && fallsThrough(Kept))
    return;
  for (const CaseClause *CC : S->getBody())
    for (const Expr *X : CC->getCases())
      Fold[X] = X == Match ? CaseFold::Taken : CaseFold::NotTaken;
}

/// The successors control can reach from BB: an `if` statement on a
/// constant (IRGen names the IfStmt, see FuncGen::cond) takes one branch
/// only, and so does a case comparison of a switch gc folds (gc removes
/// the dead code before escape analysis).
static llvm::SmallVector<const BasicBlock *, 2>
liveSuccs(const BasicBlock *BB,
          const llvm::DenseMap<const Node *, CaseFold> &Fold) {
  llvm::SmallVector<const BasicBlock *, 2> Out;
  if (auto *I = llvm::dyn_cast_or_null<If>(BB->getTerminator())) {
    auto It = I->getNode() ? Fold.find(I->getNode()) : Fold.end();
    if (It != Fold.end() && It->second != CaseFold::Live) {
      Out.push_back(It->second == CaseFold::Taken ? I->getThen()
                                                  : I->getElse());
      return Out;
    }
    // (Only an `if` statement's constants: gc keeps `v := false && x`.)
    if (auto *C = llvm::dyn_cast<ir::Const>(I->getCond());
        C && It == Fold.end() && llvm::isa_and_nonnull<IfStmt>(I->getNode())) {
      bool V = C->getValue() && C->getValue()->getBool();
      Out.push_back(BB->succs()[V ? 0 : 1]);
      return Out;
    }
  }
  for (const BasicBlock *S : BB->succs())
    Out.push_back(S);
  return Out;
}

/// The loop header kinds IRGen creates (`for.loop`, `rangeindex.loop`,
/// ...): the prefix of the loop's blocks, or "" for other blocks.
static llvm::StringRef loopPrefix(const BasicBlock *BB) {
  llvm::StringRef C = BB->getComment();
  // (A label named `loop` is the block `label.loop`, not a loop header.)
  if (C.starts_with("label.") || !C.consume_back(".loop"))
    return "";
  return C;
}

/// gc's deadcode.Func: a function body of only `if` statements on
/// constants with nothing left in the branch they take and `for` loops
/// whose condition is constant false runs nothing, and gc empties it (its
/// literals included).
static bool bodyRunsNothing(const ir::Function &F) {
  const BlockStmt *Body = nullptr;
  if (auto *D = llvm::dyn_cast_or_null<FuncDecl>(F.getSyntax()))
    Body = D->getBody();
  else if (auto *L = llvm::dyn_cast_or_null<FuncLit>(F.getSyntax()))
    Body = L->getBody();
  if (!Body || Body->getList().empty())
    return false;
  auto Empty = [](const Stmt *S) {
    auto *B = llvm::dyn_cast_or_null<BlockStmt>(S);
    return !S || (B && B->getList().empty());
  };
  for (const Stmt *S : Body->getList()) {
    const Expr *Cond = nullptr;
    bool Dead = false;
    if (auto *If = llvm::dyn_cast<IfStmt>(S)) {
      Cond = If->getInit() ? nullptr : If->getCond();
      const Constant *C = Cond ? unparen(Cond)->getConstValue() : nullptr;
      Dead = C && (C->getBool() ? Empty(If->getThen()) : Empty(If->getElse()));
    } else if (auto *For = llvm::dyn_cast<ForStmt>(S)) {
      Cond = For->getInit() ? nullptr : For->getCond();
      const Constant *C = Cond ? unparen(Cond)->getConstValue() : nullptr;
      Dead = C && !C->getBool();
    }
    if (!Dead)
      return false;
  }
  return true;
}

/// Loop depth of every live block, as gc counts it syntactically: one,
/// plus one for each `for`/`range` loop whose condition, post statement or
/// body contains it (the blocks its header dominates, except those after
/// its exit), plus one for each label a later `goto` jumps back to whose
/// block dominates it (gc deepens the rest of the label's block).
void escape::computeLoopDepths(const ir::Function &F, ConstantContext &Consts,
                              llvm::DenseMap<const BasicBlock *, int> &Out) {
  // The switches gc folds: IRGen ends each switch's chain of case
  // comparisons with a jump whose node is the switch statement.
  llvm::DenseMap<const Node *, CaseFold> Fold;
  llvm::DenseSet<const SwitchStmt *> Switches;
  for (const BasicBlock *BB : F.blocks())
    if (const Terminator *T = BB->getTerminator())
      if (auto *S = llvm::dyn_cast_or_null<SwitchStmt>(T->getNode());
          S && Switches.insert(S).second)
        foldConstSwitch(S, Consts, Fold);
  // Live blocks, without the branches of constant conditions.
  llvm::DenseSet<const BasicBlock *> Live;
  if (F.getEntryBlock() && bodyRunsNothing(F)) {
    Out[F.getEntryBlock()] = 1;
    return;
  }
  // Code after a terminating statement is live where the statement is
  // (gc keeps it): IRGen names where that statement began.
  llvm::DenseMap<const BasicBlock *, llvm::SmallVector<const BasicBlock *, 1>>
      AfterStmt;
  for (const BasicBlock *BB : F.blocks())
    if (const BasicBlock *P = BB->getSyntacticPred())
      AfterStmt[P].push_back(BB);
  if (F.getEntryBlock()) {
    std::vector<const BasicBlock *> Work{F.getEntryBlock()};
    Live.insert(F.getEntryBlock());
    while (!Work.empty()) {
      const BasicBlock *B = Work.back();
      Work.pop_back();
      llvm::SmallVector<const BasicBlock *, 2> Succs = liveSuccs(B, Fold);
      if (auto It = AfterStmt.find(B); It != AfterStmt.end())
        Succs.append(It->second.begin(), It->second.end());
      for (const BasicBlock *S : Succs)
        if (Live.insert(S).second)
          Work.push_back(S);
    }
  }
  // Live blocks are reachable; without loops or gotos they are all at
  // depth 1 and need no dominator tree.
  std::vector<const BasicBlock *> Blocks;
  bool Loops = false;
  for (const BasicBlock *BB : F.blocks())
    if (Live.count(BB)) {
      Out[BB] = 1;
      Blocks.push_back(BB);
      Loops |= !loopPrefix(BB).empty() || isGoto(BB);
    }
  if (!Loops)
    return;
  DominatorTree DT(F, /*SyntacticEdges=*/!AfterStmt.empty());
  std::vector<const BasicBlock *> Headers;
  for (const BasicBlock *BB : Blocks)
    if (!loopPrefix(BB).empty())
      Headers.push_back(BB);
  for (const BasicBlock *H : Headers) {
    // The loop's exit: its `.done` block that no inner loop owns.
    std::string DoneName = (loopPrefix(H) + ".done").str();
    const BasicBlock *Done = nullptr;
    for (const BasicBlock *D : Blocks) {
      if (D->getComment() != DoneName || !DT.dominates(H, D))
        continue;
      bool Inner = false;
      for (const BasicBlock *H2 : Headers)
        if (H2 != H && DT.dominates(H, H2) && DT.dominates(H2, D) &&
            loopPrefix(H2) == loopPrefix(H))
          Inner = true;
      if (!Inner) {
        Done = D;
        break;
      }
    }
    for (const BasicBlock *B : Blocks)
      if (DT.dominates(H, B) && !(Done && DT.dominates(Done, B)))
        ++Out[B];
  }
  for (const BasicBlock *Latch : Blocks)
    if (isGoto(Latch))
      for (const BasicBlock *L : Latch->succs())
        if (L->getComment().starts_with("label.") && DT.dominates(L, Latch))
          for (const BasicBlock *B : Blocks)
            if (DT.dominates(L, B))
              ++Out[B];
}
