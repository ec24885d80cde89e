//===- ExprStringTestUtil.h - Checking snippets for ExprString tests -*- C++ -*-===//
//
// Parses and type-checks one Go file from memory and indexes every
// expression, statement and var spec of it by gc's position, so a test can
// ask "which nodes does gc's message at LINE:COL talk about".
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_UNITTESTS_ESCAPE_EXPRSTRINGTESTUTIL_H
#define GOSCAPE_UNITTESTS_ESCAPE_EXPRSTRINGTESTUTIL_H

#include "goscape/AST/AST.h"
#include "goscape/AST/ASTContext.h"
#include "goscape/Basic/Diagnostic.h"
#include "goscape/Basic/SourceManager.h"
#include "goscape/Sema/Sema.h"

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace goscape::testing {

/// One type-checked file and its nodes by (line, column).
class CheckedSnippet {
public:
  /// Parses and checks Source as ./x.go; ok() tells whether it had no
  /// errors (errors() has them in gc's format).
  explicit CheckedSnippet(const std::string &Source);

  bool ok() const { return Checked && Errors.empty(); }
  const std::string &errors() const { return Errors; }
  const CheckedPackage &getPackage() const { return *Checked; }
  const SourceManager &getSourceManager() const { return SM; }

  /// The nodes positioned at Line:Col (expressions by their gc position,
  /// statements and var specs by getLoc()).
  const std::vector<const Node *> &nodesAt(unsigned Line, unsigned Col) const;
  /// Every expression that starts or is positioned on Line.
  const std::vector<const Node *> &nodesOnLine(unsigned Line) const;

private:
  void index(const Node *N);

  SourceManager SM;
  DiagnosticEngine Diags{SM};
  ASTContext Ctx;
  TypeContext Types;
  ConstantContext Consts;
  std::unique_ptr<CheckedPackage> Checked;
  std::string Errors;
  std::map<std::pair<unsigned, unsigned>, std::vector<const Node *>> ByLoc;
  std::map<unsigned, std::vector<const Node *>> ByLine;
};

} // namespace goscape::testing

#endif
