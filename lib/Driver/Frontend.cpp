//===- Frontend.cpp - Loading, parsing and checking a package -------------===//

#include "goscape/Driver/Frontend.h"

#include "goscape/Parse/Parser.h"

using namespace goscape;

Frontend::Frontend(const FrontendOptions &Opts) : Opts(Opts), Diags(SM) {
  Diags.setUnlimited(Opts.AllErrors);
}

void Frontend::addBuffer(llvm::StringRef Name, llvm::StringRef Contents) {
  Buffers.push_back(SM.addBuffer(Name, Contents));
}

void Frontend::flushErrors(llvm::raw_ostream &Err) {
  Err << "# command-line-arguments\n";
  Diags.flush(Err);
}

bool Frontend::run(llvm::raw_ostream &Err) {
  std::vector<FileId> Ids(Buffers);
  for (const std::string &Path : Opts.Files) {
    std::string Error;
    FileId Id = SM.loadFile(Path, Error);
    if (!Id.isValid()) {
      Err << Error << '\n';
      return false;
    }
    Ids.push_back(Id);
  }
  // Like gc, parse every file, and type-check only if none of them has an
  // error worded as a syntax error (gc goes on after lexical errors such as
  // malformed literals or misplaced directives).
  // gc's parser checks labels and branches in each function body that has
  // no syntax error of its own as it parses the file, before any type
  // checking and before the next file (so these errors count first towards
  // the limit of ten, and their files sort before later files' errors).
  for (FileId Id : Ids) {
    std::vector<BlockStmt *> CleanBodies;
    Ctx.addFile(parseFile(Ctx, SM, Diags, Id, &CleanBodies));
    if (!Diags.hasTooManyErrors())
      checkBranches(Ctx, SM, Types, Consts, Diags, CleanBodies);
  }
  if (Diags.hasSyntaxErrors() || Diags.hasTooManyErrors()) {
    flushErrors(Err);
    return false;
  }
  Checked = checkPackage(Ctx, SM, Types, Consts, Diags,
                         /*BranchesChecked=*/true);
  if (Diags.hasErrors()) {
    flushErrors(Err);
    return false;
  }
  return true;
}
