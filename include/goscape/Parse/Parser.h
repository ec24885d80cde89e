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

namespace goscape {

/// Parses the file Id of SM into Ctx, reporting errors to Diags.
File *parseFile(ASTContext &Ctx, const SourceManager &SM,
                DiagnosticEngine &Diags, FileId Id);

} // namespace goscape

#endif
