//===- goscape.cpp - The goscape command ----------------------------------===//
//
// Subcommands shaped like the go command's (see README.md). main() only
// parses the command line and hands over to the Driver.
//
//===----------------------------------------------------------------------===//

#include "goscape/Driver/Driver.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

static cl::OptionCategory GoscapeCategory("goscape options");

static cl::SubCommand CheckCmd("check", "Parse and type-check a package");
static cl::SubCommand AstCmd("ast", "Print the typed syntax trees");
static cl::SubCommand SsaCmd("ssa", "Print the SSA IR");

static cl::list<std::string> Files(cl::Positional, cl::OneOrMore,
                                   cl::desc("<file.go>..."),
                                   cl::sub(CheckCmd), cl::sub(AstCmd),
                                   cl::sub(SsaCmd), cl::cat(GoscapeCategory));
static cl::opt<bool> AllErrors("e",
                               cl::desc("Report all errors, not just ten"),
                               cl::sub(CheckCmd), cl::sub(AstCmd),
                               cl::sub(SsaCmd), cl::cat(GoscapeCategory));
static cl::opt<bool> SsaNoPrint("no-print",
                                cl::desc("Lower and verify, print nothing"),
                                cl::sub(SsaCmd), cl::Hidden,
                                cl::cat(GoscapeCategory));
static cl::opt<bool> SsaTime("time-phases",
                             cl::desc("Print front-end and lowering times"),
                             cl::sub(SsaCmd), cl::Hidden,
                             cl::cat(GoscapeCategory));

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  // LLVM registers hundreds of its own options; show only ours.
  cl::HideUnrelatedOptions(GoscapeCategory);
  cl::ParseCommandLineOptions(argc, argv,
                              "goscape: a Go compiler with escape analysis\n");
  goscape::FrontendOptions Opts;
  Opts.Files.assign(Files.begin(), Files.end());
  Opts.AllErrors = AllErrors;
  if (CheckCmd)
    return goscape::runCheck(Opts, outs(), errs());
  if (AstCmd)
    return goscape::runAst(Opts, outs(), errs());
  if (SsaCmd) {
    goscape::SsaOptions SOpts;
    SOpts.NoPrint = SsaNoPrint;
    SOpts.Time = SsaTime;
    return goscape::runSsa(Opts, SOpts, outs(), errs());
  }
  errs() << "usage: goscape <command> [arguments]\n"
            "commands: check, ast, ssa (goscape --help for details)\n";
  return 2;
}
