//===- NextIteration.h - An outer loop's quotient one iteration early -*- C++ -*-===//
//
// The pass of NextIteration.cpp: an outer loop computes the division
// expressions of its counter one iteration ahead, so that they are ready
// when a mispredicted inner-loop exit restarts the processor's fetching
// (the file's essay says why and when).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_CODEGEN_NEXTITERATION_H
#define GOSCAPE_LIB_CODEGEN_NEXTITERATION_H

#include "llvm/IR/PassManager.h"

namespace goscape {
namespace codegen {

/// In each loop that contains another loop, replaces a division
/// expression of the loop's counter, computed in the loop header from
/// the counter and loop invariants, by a phi of the same expression
/// computed one iteration earlier (in the preheader for the first
/// iteration). Runs at the end of the pipeline: instcombine would fold
/// the phi of two divisions back into a division of a phi.
class PrecomputeNextIterationPass
    : public llvm::PassInfoMixin<PrecomputeNextIterationPass> {
public:
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);
};

} // namespace codegen
} // namespace goscape

#endif
