//===- Universe.h - The universe scope and package unsafe -------*- C++ -*-===//
//
// The predeclared identifiers of Go (types2's universe.go): the basic types,
// `byte` and `rune`, `error` (a named interface with `Error() string`),
// `any` (an alias of `interface{}` printing as `any`), the constants
// `true`, `false` and `iota`, `nil`, and the builtin functions (including
// `complex`, `real` and `imag`, which the checker rejects as unsupported).
// The `unsafe` package holds `Pointer` and the builtins Sizeof, Alignof,
// Offsetof, Add and Slice.
//
// Both are created on first use, once per TypeContext, and live as long as
// it does. The universe's constants take their values from the
// ConstantContext passed on that first use, which must outlive the scope.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_SEMA_UNIVERSE_H
#define GOSCAPE_SEMA_UNIVERSE_H

#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"

namespace goscape {

class ConstantContext;

/// The universe scope (the parent of every package scope).
Scope *getUniverse(TypeContext &Types, ConstantContext &Consts);

/// The `unsafe` package (marked Package::isImported()).
Package *getUnsafePackage(TypeContext &Types);

/// The predeclared `error` type and its `Error` method.
const Named *getErrorType(TypeContext &Types);
Func *getErrorMethod(TypeContext &Types);

} // namespace goscape

#endif
