//===- ConstantStores.cpp - Runs of constant stores as one copy -----------===//
//
// A composite literal whose elements are constants (`[]int{1, 2, ...}`,
// `[...]uint8{...}` tables, `[]string{"a", ...}`) is lowered element by
// element: one address computation and one store per element (a string
// element is two stores). For literals of thousands of elements that
// block is what dominates compilation: LLVM's machine instruction
// scheduler is superlinear in the size of a block, so a 20,000-element
// literal took half a minute at -O2. gc lays such literals out as static
// data and copies them.
//
// This pass does the same on the LLVM IR, before optimization, and thus
// independently of where the literal's storage lives (a stack slot, a
// heap cell, a package variable's backing array): it finds, in one block,
// the stores of constants whose addresses are one base pointer plus a
// constant offset, between which nothing reads or writes memory (only
// address arithmetic), and replaces each stretch of them covering
// adjacent bytes with a memcpy from a private constant global holding the
// same values in the same layout. Nothing in between observes memory, so
// doing all the stores at once at the last one's place is equivalent;
// stores that overlap an earlier one of the run end the run, so the
// values copied are the ones last written. Only types whose store size is
// their bit size (no i1 or i24) take part, so the global's bytes are
// exactly the bytes the stores would write.
//
//===----------------------------------------------------------------------===//

#include "ConstantStores.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/Local.h"

#include <algorithm>
#include <iterator>
#include <map>

using namespace llvm;
using namespace goscape::codegen;

namespace {

/// Shorter stretches are left as stores: the optimizer folds their loads
/// and the scheduler handles them quickly.
constexpr size_t MinStores = 64;

/// One store of a run: its byte offset from the run's base.
struct ConstStore {
  int64_t Offset;
  uint64_t Size;
  StoreInst *SI;
};

/// Merges runs of constant stores in one function.
class Merger {
public:
  explicit Merger(Function &F) : F(F), DL(F.getParent()->getDataLayout()) {}

  bool run() {
    for (BasicBlock &BB : F) {
      for (Instruction &I : BB)
        visit(I);
      flush();
    }
    for (Value *V : Dead)
      if (V)
        RecursivelyDeleteTriviallyDeadInstructions(V);
    return Changed;
  }

private:
  Function &F;
  const DataLayout &DL;
  Value *Base = nullptr;
  SmallVector<ConstStore, 64> Run;
  /// The bytes the run's stores write: offset to size.
  std::map<int64_t, uint64_t> Covered;
  /// The replaced stores of the run being flushed.
  SmallVector<StoreInst *, 64> Erase;
  /// Address computations of removed stores, deleted at the end.
  SmallVector<WeakTrackingVH, 64> Dead;
  bool Changed = false;

  /// The store's base and offset if it stores a constant of a byte-sized
  /// type at a constant offset, else a null base.
  std::pair<Value *, int64_t> decompose(StoreInst *SI) const {
    if (!SI->isSimple() || !isa<Constant>(SI->getValueOperand()))
      return {nullptr, 0};
    Type *Ty = SI->getValueOperand()->getType();
    if (!DL.typeSizeEqualsStoreSize(Ty) || DL.getTypeStoreSize(Ty).isScalable())
      return {nullptr, 0};
    APInt Off(DL.getIndexTypeSizeInBits(SI->getPointerOperandType()), 0);
    Value *B = SI->getPointerOperand()->stripAndAccumulateConstantOffsets(
        DL, Off, /*AllowNonInbounds=*/true);
    return {B, Off.getSExtValue()};
  }

  /// True if [Off, Off+Size) meets the bytes of a store of the run.
  bool overlaps(int64_t Off, uint64_t Size) const {
    auto Next = Covered.lower_bound(Off);
    if (Next != Covered.end() && Next->first < Off + int64_t(Size))
      return true;
    if (Next == Covered.begin())
      return false;
    auto Prev = std::prev(Next);
    return Off < Prev->first + int64_t(Prev->second);
  }

  void visit(Instruction &I) {
    if (auto *SI = dyn_cast<StoreInst>(&I)) {
      auto [B, Off] = decompose(SI);
      if (!B) {
        flush();
        return;
      }
      uint64_t Size =
          DL.getTypeStoreSize(SI->getValueOperand()->getType()).getFixedValue();
      if (B != Base || overlaps(Off, Size)) {
        flush();
        Base = B;
      }
      Run.push_back({Off, Size, SI});
      Covered.emplace(Off, Size);
      return;
    }
    if (I.mayReadOrWriteMemory() || I.isTerminator())
      flush();
  }

  /// Replaces the stretches of adjacent stores of the current run.
  void flush() {
    if (Run.size() >= MinStores) {
      StoreInst *Last = Run.back().SI;
      llvm::sort(Run, [](const ConstStore &A, const ConstStore &B) {
        return A.Offset < B.Offset;
      });
      size_t Begin = 0;
      for (size_t I = 1; I <= Run.size(); ++I)
        if (I == Run.size() ||
            Run[I].Offset != Run[I - 1].Offset + int64_t(Run[I - 1].Size)) {
          if (I - Begin >= MinStores)
            replace(ArrayRef(Run).slice(Begin, I - Begin), Last);
          Begin = I;
        }
      for (StoreInst *SI : Erase)
        SI->eraseFromParent();
      Erase.clear();
    }
    Run.clear();
    Covered.clear();
    Base = nullptr;
  }

  /// One memcpy before Last (the run's last store) for the adjacent
  /// stores Stores, which are queued for erasure.
  void replace(ArrayRef<ConstStore> Stores, StoreInst *Last) {
    SmallVector<Constant *, 64> Vals;
    SmallVector<Type *, 64> Tys;
    Align A = Stores.front().SI->getAlign();
    for (const ConstStore &C : Stores) {
      Vals.push_back(cast<Constant>(C.SI->getValueOperand()));
      Tys.push_back(Vals.back()->getType());
      A = std::min(A, C.SI->getAlign());
    }
    Constant *Init;
    if (llvm::all_equal(Tys) &&
        DL.getTypeAllocSize(Tys[0]) == DL.getTypeStoreSize(Tys[0]))
      Init = ConstantArray::get(ArrayType::get(Tys[0], Tys.size()), Vals);
    else
      Init = ConstantStruct::get(
          StructType::get(F.getContext(), Tys, /*isPacked=*/true), Vals);
    auto *GV = new GlobalVariable(*F.getParent(), Init->getType(),
                                  /*isConstant=*/true,
                                  GlobalValue::PrivateLinkage, Init,
                                  F.getName() + ".lit");
    GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
    GV->setAlignment(A);
    IRBuilder<> B(Last);
    Value *Dst = B.CreateConstGEP1_64(B.getInt8Ty(), Base,
                                      Stores.front().Offset);
    uint64_t Bytes = uint64_t(Stores.back().Offset - Stores.front().Offset) +
                     Stores.back().Size;
    B.CreateMemCpy(Dst, A, GV, A, Bytes);
    for (const ConstStore &C : Stores) {
      Dead.push_back(C.SI->getPointerOperand());
      Erase.push_back(C.SI);
    }
    Changed = true;
  }
};

} // namespace

PreservedAnalyses MergeConstantStoresPass::run(Function &F,
                                               FunctionAnalysisManager &) {
  if (!Merger(F).run())
    return PreservedAnalyses::all();
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  return PA;
}
