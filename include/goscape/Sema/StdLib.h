//===- StdLib.h - The modelled standard packages ----------------*- C++ -*-===//
//
// The standard packages of SPEC section 1 (fmt, errors, strconv, strings,
// os, sort) and the few declarations Go's escape tests import (runtime,
// reflect, sync/atomic, runtime/internal/atomic, hash/maphash), declared
// with their real Go 1.19 signatures from one embedded declaration text
// (StdLib.cpp). Each package is built on first import, once per
// TypeContext, and marked Package::isImported().
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_SEMA_STDLIB_H
#define GOSCAPE_SEMA_STDLIB_H

#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"

#include <string>

namespace goscape {

/// Whether import path Path is modelled (including "unsafe").
bool isModelledStdPackage(llvm::StringRef Path);

/// The modelled package Path, created on first use; null when Path is not
/// modelled. "unsafe" yields getUnsafePackage().
Package *lookupStdPackage(TypeContext &Types, llvm::StringRef Path);

class ConstantContext;

/// lookupStdPackage under the name the checker uses; Consts is unused (the
/// modelled packages declare no constants) and kept for future ones.
Package *importStdPackage(TypeContext &Types, ConstantContext &Consts,
                          llvm::StringRef Path);

/// True when Path is a package of Go 1.19's standard library.
bool isGoStdPackage(llvm::StringRef Path);

/// True when Go 1.19's standard package Path exports a package-level
/// Name (whether or not goscape models it).
bool isGoStdExport(llvm::StringRef Path, llvm::StringRef Name);

/// The message for an import path goscape has no package for: for a
/// standard package it does not model, `package math is not supported by
/// goscape`; else gc's (module mode, as `go build` runs) for a path that is
/// not a package: `package foo is not in GOROOT (/usr/lib/go-1.19/src/foo)`.
std::string unknownImportMessage(llvm::StringRef Path);

} // namespace goscape

#endif
