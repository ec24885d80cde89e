//===- Driver.cpp - The goscape pipeline ----------------------------------===//

#include "goscape/Driver/Driver.h"

#include "goscape/AST/ASTPrinter.h"
#include "goscape/Parse/Parser.h"

using namespace goscape;

namespace {
/// The state of one package going through the front end.
class Frontend {
public:
  explicit Frontend(const FrontendOptions &Opts) : Opts(Opts), Diags(SM) {
    Diags.setUnlimited(Opts.AllErrors);
  }

  /// Loads, parses and type-checks the package. Returns false if any error
  /// was reported.
  bool run(llvm::raw_ostream &Err);

  const SourceManager &getSourceManager() const { return SM; }
  const ASTContext &getASTContext() const { return Ctx; }

private:
  /// Prints pending errors after go build's header.
  void flushErrors(llvm::raw_ostream &Err);

  const FrontendOptions &Opts;
  SourceManager SM;
  DiagnosticEngine Diags;
  ASTContext Ctx;
};
} // namespace

void Frontend::flushErrors(llvm::raw_ostream &Err) {
  Err << "# command-line-arguments\n";
  Diags.flush(Err);
}

bool Frontend::run(llvm::raw_ostream &Err) {
  std::vector<FileId> Ids;
  for (const std::string &Path : Opts.Files) {
    std::string Error;
    FileId Id = SM.loadFile(Path, Error);
    if (!Id.isValid()) {
      Err << Error << '\n';
      return false;
    }
    Ids.push_back(Id);
  }
  // Like gc, parse every file and stop before type checking if any of them
  // has a syntax error.
  for (FileId Id : Ids)
    Ctx.addFile(parseFile(Ctx, SM, Diags, Id));
  if (Diags.hasErrors()) {
    flushErrors(Err);
    return false;
  }
  return true;
}

int goscape::runCheck(const FrontendOptions &Opts, llvm::raw_ostream &Out,
                      llvm::raw_ostream &Err) {
  Frontend FE(Opts);
  return FE.run(Err) ? 0 : 1;
}

int goscape::runAst(const FrontendOptions &Opts, llvm::raw_ostream &Out,
                    llvm::raw_ostream &Err) {
  Frontend FE(Opts);
  if (!FE.run(Err))
    return 1;
  printAST(FE.getASTContext(), FE.getSourceManager(), Out);
  return 0;
}
