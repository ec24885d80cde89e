//===- DivisionPairing.h - Two scalar divisions as one packed one -*- C++ -*-===//
//
// The passes of DivisionPairing.cpp: unrolling by two the loops whose
// divisions are off their floating-point recurrences, and merging two
// independent scalar divisions of a block into one two-lane division,
// which x86-64 computes in the time of one (the file's essay says why).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_CODEGEN_DIVISIONPAIRING_H
#define GOSCAPE_LIB_CODEGEN_DIVISIONPAIRING_H

#include "llvm/IR/PassManager.h"

namespace goscape {
namespace codegen {

/// Gives an innermost one-block loop that carries a floating-point value
/// between iterations and divides off that recurrence the hint
/// `llvm.loop.unroll.count 2` (runs before the vectorizer, so the
/// pipeline's unroller acts on it).
class MarkDivisionLoopsPass
    : public llvm::PassInfoMixin<MarkDivisionLoopsPass> {
public:
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);
};

/// Replaces two independent scalar divisions of one type in one block by
/// one two-lane division at the second (runs last: instcombine would
/// split the packed division again).
class PairDivisionsPass : public llvm::PassInfoMixin<PairDivisionsPass> {
public:
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);
};

} // namespace codegen
} // namespace goscape

#endif
