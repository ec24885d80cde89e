//===- CodeGen.h - Lowering SSA IR to LLVM and native code ------*- C++ -*-===//
//
// Code generation takes a package's SSA IR, after escape analysis decided
// every allocation site, to an LLVM 19 module (lowerModule), optimizes it
// with the new pass manager (optimizeModule), emits a native object for
// the host (emitObjectFile) and links it with the C++ runtime into an
// executable (linkExecutable). lib/CodeGen/README.md explains the value
// representations and the calling convention.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_CODEGEN_CODEGEN_H
#define GOSCAPE_CODEGEN_CODEGEN_H

#include "goscape/Basic/SourceManager.h"
#include "goscape/IR/Function.h"
#include "goscape/Sema/Sema.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>
#include <vector>

namespace goscape {
namespace codegen {

/// Lowers M (a package main whose allocation sites are decided) to LLVM
/// IR, including the C `main`. Constructs code generation does not
/// support (goroutines, channels, select, unsafe) are reported to Err in
/// gc's format (`./x.go:7:2: goroutines are not supported by goscape code
/// generation yet`); the result is then null.
std::unique_ptr<llvm::Module> lowerModule(llvm::LLVMContext &Ctx,
                                          const ir::Module &M,
                                          const SourceManager &SM,
                                          llvm::raw_ostream &Err);

/// Runs the new pass manager's default pipeline at OptLevel (0, 1 or 2);
/// OptLevel 0 still runs the always-inliner. Verifies the module first:
/// returns false (with the verifier's report in Err) if it is broken.
bool optimizeModule(llvm::Module &M, unsigned OptLevel,
                    llvm::raw_ostream &Err);

/// Emits M as a native object file for the host at Path.
bool emitObjectFile(llvm::Module &M, unsigned OptLevel,
                    const std::string &Path, llvm::raw_ostream &Err);

/// Links the object files into the executable Out with clang-19 and lld,
/// against the goscape runtime, libgc and libxxhash.
bool linkExecutable(const std::vector<std::string> &Objects,
                    const std::string &Out, llvm::raw_ostream &Err);

} // namespace codegen
} // namespace goscape

#endif
