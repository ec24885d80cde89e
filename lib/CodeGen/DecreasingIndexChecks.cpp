//===- DecreasingIndexChecks.cpp - Bounds checks of a falling index -------===//
//
// Two-index loops (`for i, j := 0, k; i < j; i, j = i+1, j-1 { s[i], s[j]
// = s[j], s[i] }`: reversals, partitions, palindromes) check the falling
// index against the length on every iteration. LLVM's induction
// variable simplification cannot drop that check (the loop's exit
// compares two induction variables, so its trip count is unknown), and
// IRCE, which is not in the default pipeline, recognises the check but
// cannot parse such a latch either.
//
// The check is implied by its first execution. Let j be a header phi
// whose value in iteration t is j_t = j_0 + t*step, step < 0, without
// signed overflow (so j_t <=s j_0), and let the loop come back to the
// header only when j_t >=s 0 (SCEV proves it from the latch condition,
// here `i+1 < j-1` with i >= 0). If the header's check `j_0 <u len`
// passed on entry, then 0 <= j_t <= j_0 < len for every later t, so every
// later check passes too. The check therefore moves to the loop's entry
// edge, on j_0, branching to a copy of the panic block that receives the
// same arguments the first iteration's panic would have; the header then
// has nothing observable before its check (only phis and instructions
// that cannot trap or write), so panicking before it is indistinguishable.
//
//===----------------------------------------------------------------------===//

#include "DecreasingIndexChecks.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/ScalarEvolutionExpressions.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

using namespace llvm;
using namespace goscape::codegen;

namespace {

/// A header check that can move to the loop's entry edge.
struct Candidate {
  Loop *L;
  BasicBlock *Entry;    ///< the loop's only predecessor outside it
  BranchInst *Check;    ///< the header's terminator
  BasicBlock *Panic;    ///< the failing successor, ending in unreachable
  BasicBlock *Continue; ///< the passing successor
};

/// True if Panic can be copied to the entry edge: no phis, ends in
/// unreachable, and reads from the loop only the header's phis.
bool isCopyablePanic(const BasicBlock &Panic, const Loop &L) {
  if (!isa<UnreachableInst>(Panic.getTerminator()) ||
      isa<PHINode>(Panic.front()))
    return false;
  for (const Instruction &I : Panic)
    for (const Value *Op : I.operands())
      if (const auto *OpI = dyn_cast<Instruction>(Op))
        if (L.contains(OpI) &&
            !(isa<PHINode>(OpI) && OpI->getParent() == L.getHeader()))
          return false;
  return true;
}

/// The candidate of L's header, if it has one.
std::optional<Candidate> findCandidate(Loop &L, ScalarEvolution &SE) {
  BasicBlock *Header = L.getHeader();
  BasicBlock *Entry = L.getLoopPredecessor();
  auto *Check = dyn_cast<BranchInst>(Header->getTerminator());
  if (!Entry || !Check || !Check->isConditional())
    return std::nullopt;
  // One plain edge from Entry, which SplitEdge turns into the guard.
  if (!isa<BranchInst>(Entry->getTerminator()) ||
      llvm::count(successors(Entry), Header) != 1)
    return std::nullopt;
  auto *Cmp = dyn_cast<ICmpInst>(Check->getCondition());
  if (!Cmp || Cmp->getParent() != Header || !Cmp->hasOneUse())
    return std::nullopt;
  // Nothing before the check may be observable.
  for (Instruction &I : *Header)
    if (!isa<PHINode>(I) && &I != Cmp && &I != Check &&
        (I.mayHaveSideEffects() || !isSafeToSpeculativelyExecute(&I)))
      return std::nullopt;
  // Normalise to `Index <u Length` passing to Continue.
  Value *Index = Cmp->getOperand(0), *Length = Cmp->getOperand(1);
  ICmpInst::Predicate Pred = Cmp->getPredicate();
  if (Pred == ICmpInst::ICMP_UGT || Pred == ICmpInst::ICMP_ULE) {
    std::swap(Index, Length);
    Pred = ICmpInst::getSwappedPredicate(Pred);
  }
  unsigned PassIdx;
  if (Pred == ICmpInst::ICMP_ULT)
    PassIdx = 0;
  else if (Pred == ICmpInst::ICMP_UGE)
    PassIdx = 1;
  else
    return std::nullopt;
  BasicBlock *Continue = Check->getSuccessor(PassIdx);
  BasicBlock *Panic = Check->getSuccessor(1 - PassIdx);
  auto *Phi = dyn_cast<PHINode>(Index);
  if (!Phi || Phi->getParent() != Header || !L.isLoopInvariant(Length) ||
      L.contains(Panic) || !isCopyablePanic(*Panic, L))
    return std::nullopt;
  // The index falls without signed overflow and comes back non-negative.
  const auto *AR = dyn_cast<SCEVAddRecExpr>(SE.getSCEV(Phi));
  if (!AR || AR->getLoop() != &L || !AR->isAffine() ||
      !AR->hasNoSignedWrap() ||
      !SE.isKnownNegative(AR->getStepRecurrence(SE)))
    return std::nullopt;
  if (!SE.isLoopBackedgeGuardedByCond(&L, ICmpInst::ICMP_SGE,
                                      AR->getPostIncExpr(SE),
                                      SE.getZero(AR->getType())))
    return std::nullopt;
  return Candidate{&L, Entry, Check, Panic, Continue};
}

/// Moves C's check to the loop's entry edge.
void hoist(const Candidate &C) {
  BasicBlock *Header = C.L->getHeader();
  BasicBlock *Guard = SplitEdge(C.Entry, Header);
  Guard->setName(Header->getName() + ".check");
  // The header's phis take their entry values in the copies.
  ValueToValueMapTy VMap;
  for (PHINode &Phi : Header->phis())
    VMap[&Phi] = Phi.getIncomingValueForBlock(Guard);
  BasicBlock *Panic = CloneBasicBlock(C.Panic, VMap, ".entry",
                                      Header->getParent());
  auto *Cmp = cast<ICmpInst>(C.Check->getCondition());
  Instruction *EntryCmp = Cmp->clone();
  EntryCmp->insertBefore(Guard->getTerminator());
  EntryCmp->setName(Cmp->getName() + ".entry");
  SmallVector<BasicBlock *, 1> Blocks{Panic};
  remapInstructionsInBlocks(Blocks, VMap);
  RemapInstruction(EntryCmp, VMap,
                   RF_NoModuleLevelChanges | RF_IgnoreMissingLocals);
  bool PassOnTrue = C.Check->getSuccessor(0) == C.Continue;
  IRBuilder<> B(Guard->getTerminator());
  B.CreateCondBr(EntryCmp, PassOnTrue ? Header : Panic,
                 PassOnTrue ? Panic : Header);
  Guard->getTerminator()->eraseFromParent();
  // The loop no longer checks.
  C.Panic->removePredecessor(Header);
  BranchInst::Create(C.Continue, C.Check->getIterator());
  C.Check->eraseFromParent();
  RecursivelyDeleteTriviallyDeadInstructions(Cmp);
  if (pred_empty(C.Panic))
    DeleteDeadBlock(C.Panic);
}

} // namespace

PreservedAnalyses
HoistDecreasingIndexChecksPass::run(Function &F, FunctionAnalysisManager &FAM) {
  LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
  ScalarEvolution &SE = FAM.getResult<ScalarEvolutionAnalysis>(F);
  SmallVector<Candidate, 4> Candidates;
  for (Loop *L : LI.getLoopsInPreorder())
    if (std::optional<Candidate> C = findCandidate(*L, SE))
      Candidates.push_back(*C);
  if (Candidates.empty())
    return PreservedAnalyses::all();
  for (const Candidate &C : Candidates)
    hoist(C);
  return PreservedAnalyses::none();
}
