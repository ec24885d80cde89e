// Code generation calling gs_fixture_copy the way version 1 declares it
// (Dst, Src, N). Compiles against RuntimeABI generated from CopyV1.h and
// fails against CopyV2.h, whose declaration gained a parameter.
#include "goscape/CodeGen/RuntimeABI.h"

llvm::CallInst *emitCopy(goscape::codegen::RuntimeABI &ABI,
                         llvm::IRBuilderBase &IRB, llvm::Value *Dst,
                         llvm::Value *Src, llvm::Value *N) {
  return ABI.call_gs_fixture_copy(IRB, Dst, Src, N);
}
