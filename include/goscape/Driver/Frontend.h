//===- Frontend.h - Loading, parsing and checking a package -----*- C++ -*-===//
//
// A Frontend takes one package from source files (or in-memory buffers) to
// type-checked syntax trees, reporting errors the way gc does. Every
// subcommand starts with one; the fuzzer and the benchmarks use it directly.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_DRIVER_FRONTEND_H
#define GOSCAPE_DRIVER_FRONTEND_H

#include "goscape/AST/ASTContext.h"
#include "goscape/AST/Constant.h"
#include "goscape/AST/Type.h"
#include "goscape/Basic/Diagnostic.h"
#include "goscape/Driver/Driver.h"
#include "goscape/Sema/Sema.h"

#include <memory>

namespace goscape {

/// The state of one package going through the front end.
class Frontend {
public:
  explicit Frontend(const FrontendOptions &Opts);

  /// Adds an in-memory file shown as Name (used instead of, or besides,
  /// Opts.Files).
  void addBuffer(llvm::StringRef Name, llvm::StringRef Contents);

  /// Loads, parses and type-checks the package, printing errors to Err
  /// after go build's "# command-line-arguments" header. Returns false if
  /// any error was reported.
  bool run(llvm::raw_ostream &Err);

  const SourceManager &getSourceManager() const { return SM; }
  const ASTContext &getASTContext() const { return Ctx; }
  /// The type checker's result (null until run() type-checked).
  const CheckedPackage *getCheckedPackage() const { return Checked.get(); }

private:
  void flushErrors(llvm::raw_ostream &Err);

  const FrontendOptions &Opts;
  SourceManager SM;
  DiagnosticEngine Diags;
  ASTContext Ctx;
  TypeContext Types;
  ConstantContext Consts;
  std::vector<FileId> Buffers;
  std::unique_ptr<CheckedPackage> Checked;
};

} // namespace goscape

#endif
