//===- ASTPrinter.h - Syntax trees as text ----------------------*- C++ -*-===//
//
// `goscape ast` prints every file of a package as an indented tree: one node
// per line with its kind, gc position (line:col) and, once the type checker
// has run, its type, constant value and resolved object. The format is
// stable so that lit tests can FileCheck it.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_AST_ASTPRINTER_H
#define GOSCAPE_AST_ASTPRINTER_H

#include "goscape/AST/ASTContext.h"

#include "llvm/Support/raw_ostream.h"

namespace goscape {

/// Prints all files of Ctx.
void printAST(const ASTContext &Ctx, const SourceManager &SM,
              llvm::raw_ostream &OS);

} // namespace goscape

#endif
