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
// to gc and get no depth (their blocks are skipped).
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

/// The successors control can reach from BB: an `if` on a constant takes
/// one branch only (gc removes the dead one before escape analysis).
static llvm::SmallVector<const BasicBlock *, 2> liveSuccs(const BasicBlock *BB) {
  llvm::SmallVector<const BasicBlock *, 2> Out;
  if (auto *I = llvm::dyn_cast_or_null<If>(BB->getTerminator()))
    if (auto *C = llvm::dyn_cast<ir::Const>(I->getCond())) {
      bool V = C->getValue() && C->getValue()->getBool();
      Out.push_back(BB->succs()[V ? 0 : 1]);
      return Out;
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

/// Loop depth of every live block, as gc counts it syntactically: one,
/// plus one for each `for`/`range` loop whose condition, post statement or
/// body contains it (the blocks its header dominates, except those after
/// its exit), plus one for each label a later `goto` jumps back to whose
/// block dominates it (gc deepens the rest of the label's block).
void escape::computeLoopDepths(const ir::Function &F,
                              llvm::DenseMap<const BasicBlock *, int> &Out) {
  // Live blocks, without the branches of constant conditions.
  llvm::DenseSet<const BasicBlock *> Live;
  if (F.getEntryBlock()) {
    std::vector<const BasicBlock *> Work{F.getEntryBlock()};
    Live.insert(F.getEntryBlock());
    while (!Work.empty()) {
      const BasicBlock *B = Work.back();
      Work.pop_back();
      for (const BasicBlock *S : liveSuccs(B))
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
  DominatorTree DT(F);
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
