//===- DivisionPairing.cpp - Two scalar divisions as one packed one -------===//
//
// x86-64's packed division (`divpd`, `divps`) divides two lanes in the
// time its scalar form divides one: the divider is not pipelined, and its
// latency and reciprocal throughput (4-5 cycles for double on current
// Intel and AMD cores) do not depend on the number of lanes. A loop whose
// iterations each divide once, outside the loop's floating-point
// recurrences, is bound by that throughput rather than by the recurrence
// (`s += 1/float64(d(i, j)) * x`: one `addsd` of 2-4 cycles per element,
// one `divsd` every 4-5 cycles). LLVM's loop vectorizer does not help on
// x86: the sum must stay in source order (Go does not reassociate), and
// ordered reductions are vectorized only where the target asks for them.
//
// Two passes halve the divider's work in such loops:
//
//  * MarkDivisionLoopsPass, before the vectorizer: an innermost loop of
//    one block with a trip count known on entry (but not short enough to
//    unroll completely) that carries a
//    floating-point value between iterations, which keeps the vectorizer
//    away, and divides off its floating-point recurrences gets
//    `llvm.loop.unroll.count 2`, so the pipeline's unroller puts two
//    iterations into one block (with a remainder iteration when the count
//    is odd);
//  * PairDivisionsPass, at the end of the pipeline: two independent scalar
//    divisions of one type in one block become one two-lane division
//    (placed at the second; the first's users in between, which may
//    neither touch memory nor feed the second, move below it). The
//    second's operands must be quick to compute after the first (no
//    division or call among them): the first quotient now waits for them.
//
// Each lane of a packed division is the correctly rounded quotient, as the
// scalar instruction's is, so results are bit-identical. A division that
// depends on a floating-point phi of its loop is left alone by both
// passes: it is on a recurrence, where waiting for a partner would
// lengthen the chain.
//
//===----------------------------------------------------------------------===//

#include "DivisionPairing.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Transforms/Utils/LoopUtils.h"

using namespace llvm;
using namespace goscape::codegen;

namespace {

/// Loops with more instructions than this are not unrolled for pairing:
/// their division is a small part of the iteration.
constexpr unsigned MaxLoopBodySize = 48;

/// Loops of a constant trip count whose fully unrolled body would have
/// at most this many instructions are left to the full unroller (the hint
/// would take precedence over it).
constexpr unsigned MaxFullUnrollSize = 400;

/// How far apart (in instructions) two divisions of one block may be.
constexpr unsigned MaxPairDistance = 64;

/// How many instructions between the two divisions the second one's
/// operands may take to compute.
constexpr unsigned MaxLateOperands = 16;

/// True if I is a scalar float or double division.
bool isScalarDivision(const Instruction &I) {
  return I.getOpcode() == Instruction::FDiv &&
         (I.getType()->isDoubleTy() || I.getType()->isFloatTy());
}

/// True if I depends, through instructions of L, on a floating-point phi
/// of L: I is on one of L's floating-point recurrences (or reads one).
bool dependsOnFloatPhi(const Instruction &I, const Loop *L) {
  if (!L)
    return false;
  SmallVector<const Instruction *, 16> Work{&I};
  SmallPtrSet<const Instruction *, 16> Seen{&I};
  while (!Work.empty()) {
    const Instruction *Cur = Work.pop_back_val();
    if (isa<PHINode>(Cur)) {
      if (Cur->getType()->isFPOrFPVectorTy())
        return true;
      continue;
    }
    for (const Value *Op : Cur->operands())
      if (const auto *OpI = dyn_cast<Instruction>(Op))
        if (L->contains(OpI) && Seen.insert(OpI).second)
          Work.push_back(OpI);
  }
  return false;
}

/// True if the operands of B that are computed after A (in A's block) are
/// few and quick: pairing makes A's quotient wait for them, which must
/// not put another division, a call or a long computation on A's path.
bool lateOperandsQuick(const Instruction *B, const Instruction *A) {
  SmallVector<const Instruction *, 16> Work{B};
  SmallPtrSet<const Instruction *, 16> Seen;
  while (!Work.empty()) {
    const Instruction *Cur = Work.pop_back_val();
    for (const Value *Op : Cur->operands()) {
      const auto *OpI = dyn_cast<Instruction>(Op);
      if (!OpI || OpI->getParent() != A->getParent() ||
          !A->comesBefore(OpI) || !Seen.insert(OpI).second)
        continue;
      if (Seen.size() > MaxLateOperands || isa<CallBase>(OpI) ||
          OpI->getOpcode() == Instruction::FDiv ||
          OpI->getOpcode() == Instruction::FRem)
        return false;
      Work.push_back(OpI);
    }
  }
  return true;
}

/// True if the loop already carries unrolling or vectorization hints.
bool hasTransformHints(const Loop *L) {
  MDNode *ID = L->getLoopID();
  if (!ID)
    return false;
  for (const MDOperand &Op : drop_begin(ID->operands()))
    if (const auto *Node = dyn_cast<MDNode>(Op))
      if (Node->getNumOperands() > 0)
        if (const auto *Name = dyn_cast<MDString>(Node->getOperand(0)))
          if (Name->getString().starts_with("llvm.loop.unroll.") ||
              Name->getString().starts_with("llvm.loop.vectorize.") ||
              Name->getString().starts_with("llvm.loop.isvectorized"))
            return true;
  return false;
}

/// Pairs A with the first later division B of its block it can share a
/// packed division with; returns true if it did.
bool pairWithLater(Instruction *A, const Loop *L) {
  SmallPtrSet<Instruction *, 16> UsersOfA; // A's users (transitively) so far
  SmallVector<Instruction *, 16> ToSink;   // the same, in block order
  unsigned Distance = 0;
  for (Instruction *Cur = A->getNextNode(); Cur && !Cur->isTerminator();
       Cur = Cur->getNextNode()) {
    if (++Distance > MaxPairDistance)
      return false;
    bool UsesA = any_of(Cur->operands(), [&](Value *Op) {
      auto *OpI = dyn_cast<Instruction>(Op);
      return OpI && (OpI == A || UsersOfA.contains(OpI));
    });
    if (!UsesA && isScalarDivision(*Cur) && Cur->getType() == A->getType() &&
        !dependsOnFloatPhi(*Cur, L) && lateOperandsQuick(Cur, A)) {
      Instruction *B = Cur;
      IRBuilder<> IRB(B);
      auto *VecTy = FixedVectorType::get(A->getType(), 2);
      auto Pack = [&](unsigned Op) {
        Value *V = IRB.CreateInsertElement(PoisonValue::get(VecTy),
                                           A->getOperand(Op), uint64_t(0));
        return IRB.CreateInsertElement(V, B->getOperand(Op), uint64_t(1));
      };
      Value *Num = Pack(0);
      Value *Den = Pack(1);
      auto *Div = cast<Instruction>(IRB.CreateFDiv(Num, Den, "div.pair"));
      Div->copyIRFlags(A);
      Div->andIRFlags(B);
      Value *QA = IRB.CreateExtractElement(Div, uint64_t(0));
      Value *QB = IRB.CreateExtractElement(Div, uint64_t(1));
      // A's users between A and B now follow the packed division.
      Instruction *InsertAfter = cast<Instruction>(QB);
      for (Instruction *I : ToSink) {
        I->moveAfter(InsertAfter);
        InsertAfter = I;
      }
      A->replaceAllUsesWith(QA);
      B->replaceAllUsesWith(QB);
      QA->takeName(A);
      QB->takeName(B);
      A->eraseFromParent();
      B->eraseFromParent();
      return true;
    }
    if (!UsesA)
      continue;
    // Cur must move below the partner: it may not touch memory.
    if (isa<PHINode>(Cur) || Cur->mayReadOrWriteMemory() ||
        Cur->mayHaveSideEffects())
      return false;
    UsersOfA.insert(Cur);
    ToSink.push_back(Cur);
  }
  return false;
}

} // namespace

PreservedAnalyses MarkDivisionLoopsPass::run(Function &F,
                                             FunctionAnalysisManager &FAM) {
  LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
  if (LI.empty())
    return PreservedAnalyses::all();
  ScalarEvolution &SE = FAM.getResult<ScalarEvolutionAnalysis>(F);
  bool Changed = false;
  for (Loop *L : LI.getLoopsInPreorder()) {
    if (!L->isInnermost() || L->getNumBlocks() != 1 ||
        L->getHeader()->size() > MaxLoopBodySize || hasTransformHints(L))
      continue;
    // The trip count must be computable on entry (else the copies would
    // keep their exits and sit in two blocks), and a short loop of
    // constant trip count is left to full unrolling.
    if (isa<SCEVCouldNotCompute>(SE.getBackedgeTakenCount(L)))
      continue;
    unsigned TripCount = SE.getSmallConstantTripCount(L);
    if (TripCount != 0 &&
        TripCount * L->getHeader()->size() <= MaxFullUnrollSize)
      continue;
    // Only loops that carry a floating-point value from one iteration to
    // the next (a sum in source order), which the vectorizer leaves
    // scalar; it vectorizes the others' divisions itself.
    BasicBlock *Body = L->getHeader();
    if (none_of(Body->phis(), [](const PHINode &P) {
          return P.getType()->isFPOrFPVectorTy();
        }) ||
        none_of(*Body, [&](const Instruction &I) {
          return isScalarDivision(I) && !dependsOnFloatPhi(I, L);
        }))
      continue;
    addStringMetadataToLoop(L, "llvm.loop.unroll.count", 2);
    Changed = true;
  }
  if (!Changed)
    return PreservedAnalyses::all();
  // Only metadata changed.
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  PA.preserve<LoopAnalysis>();
  PA.preserve<ScalarEvolutionAnalysis>();
  return PA;
}

PreservedAnalyses PairDivisionsPass::run(Function &F,
                                         FunctionAnalysisManager &FAM) {
  LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
  bool Changed = false;
  for (BasicBlock &BB : F) {
    const Loop *L = LI.getLoopFor(&BB);
    // Pairing erases divisions (a WeakVH of an erased one is null) and
    // moves users of the first, so the candidates are collected first.
    SmallVector<WeakVH, 8> Divisions;
    for (Instruction &I : BB)
      if (isScalarDivision(I))
        Divisions.emplace_back(&I);
    if (Divisions.size() < 2)
      continue;
    for (WeakVH &V : Divisions)
      if (auto *I = cast_or_null<Instruction>(V))
        if (!dependsOnFloatPhi(*I, L))
          Changed |= pairWithLater(I, L);
  }
  if (!Changed)
    return PreservedAnalyses::all();
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  return PA;
}
