//===- Driver.cpp - The goscape subcommands -------------------------------===//

#include "goscape/Driver/Driver.h"

#include "goscape/AST/ASTPrinter.h"
#include "goscape/Driver/Frontend.h"

using namespace goscape;

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
