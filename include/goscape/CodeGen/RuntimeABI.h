//===- RuntimeABI.h - Runtime entry points as LLVM sees them --*- C++ -*-===//
//
// Code generation never declares a runtime function by hand. The runtime's
// headers (runtime/include/goscape-rt/*.h, every GS_RUNTIME declaration)
// are the single source of truth; at build time tools/abigen reads them
// with Clang and generates the part of this class included below:
//
//   call_gs_NAME(IRB, Param...)  one typed wrapper per entry point, taking
//                                exactly its parameters (named as in the
//                                header), so code generation that calls a
//                                runtime function whose signature changed
//                                no longer compiles;
//   global_gs_NAME()             one accessor per runtime variable (the
//                                predeclared type descriptors, ...).
//
// Declarations are created lazily in the module: LLVM types and the
// zeroext/signext attributes as clang lowers the C++ declaration for the
// target (bool is `zeroext i1`), plus noreturn ([[noreturn]]),
// returns_twice and nounwind (the runtime is built without exceptions).
// The ABI allows only scalars and pointers as parameters and results
// (abigen rejects anything else), so nothing else needs to match.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_CODEGEN_RUNTIMEABI_H
#define GOSCAPE_CODEGEN_RUNTIMEABI_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/IR/DerivedTypes.h"

#include <vector>

namespace llvm {
class CallInst;
class Function;
class GlobalVariable;
class IRBuilderBase;
class Module;
class Value;
} // namespace llvm

namespace goscape::codegen {

/// The runtime's entry points and variables, declared on demand in one
/// LLVM module. Cheap to construct; holds only a reference to the module.
class RuntimeABI {
public:
  explicit RuntimeABI(llvm::Module &M) : M(M) {}

  /// Declares (once) and returns the entry point Name, e.g. "gs_alloc".
  /// A name that is not a GS_RUNTIME function is a compiler bug: fatal.
  llvm::FunctionCallee get(llvm::StringRef Name);

  /// Declares (once) and returns the runtime variable Name, e.g.
  /// "gs_type_int": an external global of the variable's size and
  /// alignment, constant if the C++ variable is const. Unknown: fatal.
  llvm::GlobalVariable *getGlobal(llvm::StringRef Name);

  /// True if Name is a GS_RUNTIME function.
  static bool isEntryPoint(llvm::StringRef Name);
  /// True if Name is a GS_RUNTIME variable.
  static bool isGlobal(llvm::StringRef Name);
  /// Every GS_RUNTIME function name, sorted.
  static std::vector<llvm::StringRef> entryPointNames();
  /// Every GS_RUNTIME variable name, sorted.
  static std::vector<llvm::StringRef> globalNames();

#include "goscape/CodeGen/RuntimeABIDecls.inc"

private:
  llvm::Module &M;

  /// Declares the function at Index of the generated table.
  llvm::Function *function(unsigned Index);
  /// Declares the variable at Index of the generated table.
  llvm::GlobalVariable *global(unsigned Index);
  /// Calls the function at Index with Args (then VarArgs), giving the call
  /// the declaration's attributes as clang does.
  llvm::CallInst *emitCall(llvm::IRBuilderBase &IRB, unsigned Index,
                           llvm::ArrayRef<llvm::Value *> Args,
                           llvm::ArrayRef<llvm::Value *> VarArgs = {});
};

} // namespace goscape::codegen

#endif // GOSCAPE_CODEGEN_RUNTIMEABI_H
