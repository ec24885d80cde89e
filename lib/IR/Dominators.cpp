//===- Dominators.cpp - Cooper-Harvey-Kennedy dominators ------------------===//
//
// See Dominators.h. The CFG is read from the terminators' successors (not
// the stored predecessor lists, which the verifier checks against them),
// and on request from the blocks' syntactic predecessors.
//
//===----------------------------------------------------------------------===//

#include "goscape/IR/Dominators.h"

#include <algorithm>
#include <utility>

using namespace goscape;
using namespace goscape::ir;

DominatorTree::DominatorTree(const Function &F, bool SyntacticEdges) : F(F) {
  unsigned N = F.blocks().size();
  RPONumber.assign(N, -1);
  IDom.assign(N, -1);
  if (N == 0)
    return;
  // The blocks each block is the syntactic predecessor of: successors
  // after its terminator's.
  std::vector<std::vector<const BasicBlock *>> SynSuccs(N);
  if (SyntacticEdges)
    for (const BasicBlock *BB : F.blocks())
      if (const BasicBlock *P = BB->getSyntacticPred())
        SynSuccs[P->getIndex()].push_back(BB);
  auto Succ = [&](const BasicBlock *BB, unsigned I) -> const BasicBlock * {
    llvm::ArrayRef<BasicBlock *> Real = BB->succs();
    if (I < Real.size())
      return Real[I];
    return SynSuccs[BB->getIndex()][I - Real.size()];
  };
  auto NumSuccs = [&](const BasicBlock *BB) {
    return BB->succs().size() + SynSuccs[BB->getIndex()].size();
  };

  // Iterative depth-first search for the postorder; each block is pushed
  // once (Visited), so this is O(blocks + edges).
  std::vector<const BasicBlock *> Post;
  std::vector<char> Visited(N, 0);
  std::vector<std::pair<const BasicBlock *, unsigned>> Stack;
  Stack.push_back({F.getEntryBlock(), 0});
  Visited[0] = 1;
  while (!Stack.empty()) {
    auto &[BB, Next] = Stack.back();
    if (Next < NumSuccs(BB)) {
      const BasicBlock *S = Succ(BB, Next++);
      if (S && S->getParent() == &F && !Visited[S->getIndex()]) {
        Visited[S->getIndex()] = 1;
        Stack.push_back({S, 0});
      }
      continue;
    }
    Post.push_back(BB);
    Stack.pop_back();
  }
  RPO.assign(Post.rbegin(), Post.rend());
  for (unsigned I = 0; I != RPO.size(); ++I)
    RPONumber[RPO[I]->getIndex()] = int(I);

  // Predecessors among reachable blocks, from the successor lists.
  std::vector<std::vector<int>> Preds(N);
  for (const BasicBlock *BB : RPO)
    for (unsigned I = 0, E = NumSuccs(BB); I != E; ++I)
      if (const BasicBlock *S = Succ(BB, I); S && S->getParent() == &F)
        Preds[S->getIndex()].push_back(int(BB->getIndex()));

  auto Intersect = [&](int A, int B) {
    while (A != B) {
      while (RPONumber[A] > RPONumber[B])
        A = IDom[A];
      while (RPONumber[B] > RPONumber[A])
        B = IDom[B];
    }
    return A;
  };
  IDom[0] = 0;
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (unsigned I = 1; I < RPO.size(); ++I) {
      int B = int(RPO[I]->getIndex());
      int New = -1;
      for (int P : Preds[B]) {
        if (IDom[P] < 0)
          continue; // not processed yet
        New = New < 0 ? P : Intersect(P, New);
      }
      if (New != IDom[B]) {
        IDom[B] = New;
        Changed = true;
      }
    }
  }
}

const BasicBlock *DominatorTree::getIDom(const BasicBlock *BB) const {
  unsigned I = BB->getIndex();
  if (I == 0 || IDom[I] < 0)
    return nullptr;
  return F.blocks()[IDom[I]];
}

bool DominatorTree::dominates(const BasicBlock *A, const BasicBlock *B) const {
  if (!isReachable(A) || !isReachable(B))
    return false;
  int Target = int(A->getIndex());
  for (int Cur = int(B->getIndex());; Cur = IDom[Cur]) {
    if (Cur == Target)
      return true;
    if (Cur == 0)
      return false;
  }
}
