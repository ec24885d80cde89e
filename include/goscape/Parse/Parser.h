//===- Parser.h - Go source to syntax trees ---------------------*- C++ -*-===//
//
// The parser turns one file into a File node, reporting syntax errors with
// gc's wording and positions ("syntax error: unexpected newline, expecting
// comma or }"). It recovers so that several errors can be reported in one
// run and always returns a File (possibly with BadExpr nodes).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_PARSE_PARSER_H
#define GOSCAPE_PARSE_PARSER_H

#include "goscape/AST/ASTContext.h"
#include "goscape/Basic/Diagnostic.h"

#include <vector>

namespace goscape {

/// Parses the file Id of SM into Ctx, reporting errors to Diags and
/// recording the file's line directives in SM. If CleanBodies is given, the
/// body of each function (declaration or literal) parsed without a syntax
/// error is appended to it: gc's parser checks those bodies' labels and
/// branches even when other parts of the file have syntax errors.
File *parseFile(ASTContext &Ctx, SourceManager &SM, DiagnosticEngine &Diags,
                FileId Id, std::vector<BlockStmt *> *CleanBodies = nullptr);

} // namespace goscape

#endif
