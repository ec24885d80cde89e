//===- NextIteration.cpp - An outer loop's quotient one iteration early ---===//
//
// An outer loop that computes, at the top of each iteration, a quotient
// of its counter (`cr := 2*float64(x)/size - 1.5`) and then runs an inner
// loop whose exit is data-dependent pays the quotient's latency once per
// outer iteration: the inner loop's exit branch is mispredicted, the
// processor restarts fetching after it, and the next inner loop's first
// iterations wait 20-30 cycles for the conversion, the division and the
// additions before their chain can start.
//
// PrecomputeNextIterationPass computes such a value one iteration ahead:
// the value for counter x + step is computed at the top of iteration x
// (in the shadow of the inner loop, which does not need it) and carried
// into the next iteration by a phi; the preheader computes the first one.
// The expression must be a tree of pure operations on the counter and
// loop-invariant values that cannot trap (floating-point arithmetic,
// conversions, integer arithmetic other than division) and contain a
// division: the value is computed once more than before, on the last
// iteration, and then unused. The result is the same value computed by
// the same operations, so it is bit-identical.
//
//===----------------------------------------------------------------------===//

#include "NextIteration.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Analysis/ConstantFolding.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

#include <functional>

using namespace llvm;
using namespace goscape::codegen;

namespace {

/// Expressions of more instructions than this are left alone.
constexpr unsigned MaxTreeSize = 12;

/// True if I may be computed speculatively, once more than the source
/// does: pure, no memory, cannot trap.
bool isSpeculatableArithmetic(const Instruction &I) {
  switch (I.getOpcode()) {
  case Instruction::FAdd:
  case Instruction::FSub:
  case Instruction::FMul:
  case Instruction::FDiv:
  case Instruction::FNeg:
  case Instruction::SIToFP:
  case Instruction::UIToFP:
  case Instruction::FPExt:
  case Instruction::FPTrunc:
  case Instruction::Add:
  case Instruction::Sub:
  case Instruction::Mul:
  case Instruction::Shl:
  case Instruction::And:
  case Instruction::Or:
  case Instruction::Xor:
  case Instruction::SExt:
  case Instruction::ZExt:
  case Instruction::Trunc:
    return true;
  default:
    return false;
  }
}

/// The loop's counter: a header phi whose value from the latch is the phi
/// plus a constant (null if there is none). Step is set to that constant.
PHINode *findCounter(const Loop *L, ConstantInt *&Step) {
  BasicBlock *Latch = L->getLoopLatch();
  for (PHINode &P : L->getHeader()->phis()) {
    if (!P.getType()->isIntegerTy() || P.getNumIncomingValues() != 2)
      continue;
    auto *Inc = dyn_cast<BinaryOperator>(P.getIncomingValueForBlock(Latch));
    if (Inc && Inc->getOpcode() == Instruction::Add &&
        Inc->getOperand(0) == &P &&
        (Step = dyn_cast<ConstantInt>(Inc->getOperand(1))))
      return &P;
  }
  return nullptr;
}

/// Collects into Tree (operands before users) the instructions of Root's
/// expression inside L; false unless they are all speculatable arithmetic
/// of the header whose leaves are Counter, constants and values defined
/// outside L.
bool collectTree(Instruction *Root, const Loop *L, const PHINode *Counter,
                 SmallVectorImpl<Instruction *> &Tree) {
  SmallPtrSet<Instruction *, 16> Seen;
  bool UsesCounter = false;
  std::function<bool(Instruction *)> Visit = [&](Instruction *I) -> bool {
    if (!Seen.insert(I).second)
      return true;
    if (I->getParent() != L->getHeader() || !isSpeculatableArithmetic(*I) ||
        Seen.size() > MaxTreeSize)
      return false;
    for (Value *Op : I->operands()) {
      if (Op == Counter) {
        UsesCounter = true;
        continue;
      }
      auto *OpI = dyn_cast<Instruction>(Op);
      if (OpI && L->contains(OpI) && !Visit(OpI))
        return false;
    }
    Tree.push_back(I);
    return true;
  };
  return Visit(Root) && UsesCounter;
}

/// Clones Tree at IP with Counter replaced by NewCounter (folding what
/// becomes constant); returns Root's clone.
Value *cloneTree(ArrayRef<Instruction *> Tree, PHINode *Counter,
                 Value *NewCounter, Instruction *IP) {
  const DataLayout &DL = IP->getDataLayout();
  ValueToValueMapTy Map;
  Map[Counter] = NewCounter;
  Value *Last = nullptr;
  for (Instruction *I : Tree) {
    Instruction *Clone = I->clone();
    Clone->insertBefore(IP);
    RemapInstruction(Clone, Map,
                     RF_NoModuleLevelChanges | RF_IgnoreMissingLocals);
    // Flags such as nneg held for every counter value the original saw;
    // the clone sees the next one, which the original sees too whenever
    // the loop goes on (on the last iteration the value is unused).
    Last = Clone;
    if (Constant *C = ConstantFoldInstruction(Clone, DL)) {
      Clone->eraseFromParent();
      Last = C;
    }
    Map[I] = Last;
  }
  return Last;
}

/// Moves the division expressions of L's counter one iteration ahead;
/// returns true if it changed something.
bool precompute(Loop *L) {
  BasicBlock *Preheader = L->getLoopPreheader();
  BasicBlock *Header = L->getHeader();
  ConstantInt *Step = nullptr;
  PHINode *Counter =
      Preheader && L->getLoopLatch() ? findCounter(L, Step) : nullptr;
  if (!Counter)
    return false;
  bool Changed = false;
  SmallVector<Instruction *, 4> Divisions;
  for (Instruction &I : *Header)
    if (I.getOpcode() == Instruction::FDiv)
      Divisions.push_back(&I);
  for (Instruction *Div : Divisions) {
    // The largest expression above the division: follow single users.
    Instruction *Root = Div;
    while (Root->hasOneUse()) {
      auto *User = cast<Instruction>(*Root->user_begin());
      SmallVector<Instruction *, 16> Probe;
      if (!collectTree(User, L, Counter, Probe))
        break;
      Root = User;
    }
    SmallVector<Instruction *, 16> Tree;
    if (!collectTree(Root, L, Counter, Tree))
      continue;
    Instruction *Top = &*Header->getFirstInsertionPt();
    IRBuilder<> IRB(Top);
    Value *Next = IRB.CreateAdd(Counter, Step, "next.iter");
    Value *NextValue = cloneTree(Tree, Counter, Next, Top);
    Value *FirstValue =
        cloneTree(Tree, Counter, Counter->getIncomingValueForBlock(Preheader),
                  Preheader->getTerminator());
    PHINode *Carried = PHINode::Create(Root->getType(), 2, "precomputed");
    Carried->insertBefore(Header->getFirstNonPHIIt());
    Carried->addIncoming(FirstValue, Preheader);
    Carried->addIncoming(NextValue, L->getLoopLatch());
    Root->replaceAllUsesWith(Carried);
    RecursivelyDeleteTriviallyDeadInstructions(Root);
    Changed = true;
  }
  return Changed;
}

} // namespace

PreservedAnalyses
PrecomputeNextIterationPass::run(Function &F, FunctionAnalysisManager &FAM) {
  LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
  bool Changed = false;
  for (Loop *L : LI.getLoopsInPreorder())
    if (!L->isInnermost())
      Changed |= precompute(L);
  if (!Changed)
    return PreservedAnalyses::all();
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  PA.preserve<LoopAnalysis>();
  return PA;
}
