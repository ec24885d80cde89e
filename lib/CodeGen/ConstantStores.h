//===- ConstantStores.h - Runs of constant stores as one copy ---*- C++ -*-===//
//
// The pass of ConstantStores.cpp: a long run of stores of constants that
// fill adjacent bytes of one object becomes one memcpy from a private
// constant global.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_CODEGEN_CONSTANTSTORES_H
#define GOSCAPE_LIB_CODEGEN_CONSTANTSTORES_H

#include "llvm/IR/PassManager.h"

namespace goscape {
namespace codegen {

/// In each block, collects the stores of constants to constant offsets
/// of one base pointer that are separated only by instructions that
/// neither read nor write memory; each stretch of at least 64 of them
/// that covers adjacent bytes is replaced by one memcpy from a private
/// constant global holding those bytes. Runs before the optimization
/// pipeline at every level: a composite literal of N constants would
/// otherwise reach instruction selection and scheduling as N stores.
class MergeConstantStoresPass
    : public llvm::PassInfoMixin<MergeConstantStoresPass> {
public:
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);
};

} // namespace codegen
} // namespace goscape

#endif
