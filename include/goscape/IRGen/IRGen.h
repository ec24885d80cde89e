//===- IRGen.h - Lowering the typed AST into SSA IR -------------*- C++ -*-===//
//
// lowerPackage() turns a type-checked package (the AST annotated by Sema
// plus its CheckedPackage) into goscape's SSA IR (lib/IR): one Function per
// declared function and method, one per function literal (with FreeVars),
// synthetic thunks for method expressions, external Functions for the
// modelled standard library, a Global per package variable and a synthetic
// `init` running the package initializers in Go's order, then the user's
// init functions. lib/IRGen/IRGen.cpp explains the lowering.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_IRGEN_IRGEN_H
#define GOSCAPE_IRGEN_IRGEN_H

#include "goscape/AST/ASTContext.h"
#include "goscape/IR/Function.h"
#include "goscape/IRGen/Inline.h"
#include "goscape/Sema/Sema.h"

#include <memory>

namespace goscape {

/// How lowerPackage shapes the IR.
struct IRGenOptions {
  /// Memory form: every named local variable, parameter and named result
  /// lives in an alloc.var (parameters are stored into theirs at entry),
  /// one location per Go variable as gc's escape analysis has them. When
  /// false, only locals that must live in memory (address taken, captured,
  /// partly assigned) are allocs and the others are SSA values.
  bool LocalsInMemory = false;
  /// gc's inlining decisions (memory form only): the calls it inlines
  /// are lowered as the callee's body in place, every instruction of it
  /// at the outermost call's position. Null: no call is inlined.
  const InlinePlan *Inline = nullptr;
};

/// Lowers a package that type-checked without errors. The Module borrows
/// the package's types, objects and AST nodes, which must outlive it.
std::unique_ptr<ir::Module> lowerPackage(const CheckedPackage &CP,
                                         const ASTContext &Ctx,
                                         const IRGenOptions &Opts = {});

} // namespace goscape

#endif
