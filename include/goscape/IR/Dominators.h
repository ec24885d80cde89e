//===- Dominators.h - Dominator tree of a function's CFG --------*- C++ -*-===//
//
// Immediate dominators by Cooper, Harvey and Kennedy's "A Simple, Fast
// Dominance Algorithm": iterate idom(b) = intersect of processed
// predecessors over the reverse postorder until nothing changes. It
// terminates because each idom only moves up the (finite) tree; for the
// reducible CFGs Go produces it converges in two passes. Blocks are
// addressed by index, so the result is deterministic.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_IR_DOMINATORS_H
#define GOSCAPE_IR_DOMINATORS_H

#include "goscape/IR/Function.h"

#include <vector>

namespace goscape {
namespace ir {

class DominatorTree {
public:
  /// With SyntacticEdges, a block's syntactic predecessor
  /// (BasicBlock::getSyntacticPred) counts as a predecessor too: the tree
  /// of the code gc analyses, dead code after terminating statements
  /// included.
  explicit DominatorTree(const Function &F, bool SyntacticEdges = false);

  bool isReachable(const BasicBlock *BB) const {
    return RPONumber[BB->getIndex()] >= 0;
  }
  /// The immediate dominator; null for the entry and unreachable blocks.
  const BasicBlock *getIDom(const BasicBlock *BB) const;
  /// Whether A dominates B (reflexive). False if either is unreachable.
  bool dominates(const BasicBlock *A, const BasicBlock *B) const;
  /// The reachable blocks in reverse postorder (entry first).
  llvm::ArrayRef<const BasicBlock *> reversePostOrder() const { return RPO; }

private:
  const Function &F;
  std::vector<const BasicBlock *> RPO;
  std::vector<int> RPONumber; // by block index; -1 when unreachable
  std::vector<int> IDom;      // by block index; -1 for entry/unreachable
};

} // namespace ir
} // namespace goscape

#endif
