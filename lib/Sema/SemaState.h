//===- SemaState.h - Lazily built universe and std packages -----*- C++ -*-===//
//
// Private to Universe.cpp and StdLib.cpp: the per-TypeContext state they
// build on first use (TypeContext::getSemaState()).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_SEMA_SEMASTATE_H
#define GOSCAPE_LIB_SEMA_SEMASTATE_H

#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"

#include "llvm/ADT/StringMap.h"

namespace goscape {

struct TypeContext::SemaState {
  Scope *Universe = nullptr;
  Package *Unsafe = nullptr;
  const Named *Error = nullptr;
  Func *ErrorMethod = nullptr;
  /// Modelled standard packages by import path, built on first import.
  llvm::StringMap<Package *> StdPackages;
};

/// The state of Types, created on first use.
TypeContext::SemaState &getSemaState(TypeContext &Types);

} // namespace goscape

#endif
