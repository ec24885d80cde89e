//===- DecreasingIndexChecks.h - Bounds checks of a falling index -*- C++ -*-===//
//
// The pass of DecreasingIndexChecks.cpp: a loop's bounds check of an
// index that only falls, and stays non-negative, is made once before the
// loop (the file's essay says why it is exact).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_CODEGEN_DECREASINGINDEXCHECKS_H
#define GOSCAPE_LIB_CODEGEN_DECREASINGINDEXCHECKS_H

#include "llvm/IR/PassManager.h"

namespace goscape {
namespace codegen {

/// For each loop whose header ends in a check `index <u length` that
/// leads to a panic block, where the index is a header phi that falls
/// without signed overflow, stays non-negative on every iteration after
/// the first, and the length is loop-invariant: checks the index's
/// initial value once on the loop's entry edge (panicking there with the
/// same arguments) and drops the check from the loop.
class HoistDecreasingIndexChecksPass
    : public llvm::PassInfoMixin<HoistDecreasingIndexChecksPass> {
public:
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);
};

} // namespace codegen
} // namespace goscape

#endif
