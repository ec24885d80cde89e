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
// build, run and llvm take go build's flags (-o, -gcflags, -m, -O0..2),
// which main() parses itself; the SubCommands only list them in --help.
static cl::SubCommand BuildCmd("build",
                               "Compile a package main into an executable: "
                               "[-o out] [-gcflags='-m -l'] [-m] [-O0|-O1|-O2]");
static cl::SubCommand RunCmd("run", "Compile and run a program: [build flags] "
                                    "file.go... [-- args]");
static cl::SubCommand LlvmCmd("llvm", "Print the optimized LLVM IR: "
                                      "[build flags] file.go...");

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
static cl::opt<bool> SsaEscape(
    "escape",
    cl::desc("Lower in memory form and show escape analysis' decisions"),
    cl::sub(SsaCmd), cl::cat(GoscapeCategory));
static cl::opt<bool> SsaTime("time-phases",
                             cl::desc("Print front-end and lowering times"),
                             cl::sub(SsaCmd), cl::Hidden,
                             cl::cat(GoscapeCategory));

/// Runs `goscape build|run|llvm` with go build's flag syntax.
static int buildCommand(goscape::BuildAction Action, int argc, char **argv) {
  goscape::FrontendOptions Opts;
  goscape::BuildOptions BOpts;
  BOpts.Action = Action;
  std::vector<std::string> Args(argv + 2, argv + argc);
  std::string Error;
  if (!goscape::parseBuildArgs(Args, Opts, BOpts, Error)) {
    errs() << "goscape " << argv[1] << ": " << Error << '\n';
    return 2;
  }
  return goscape::runBuild(Opts, BOpts, outs(), errs());
}

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  if (argc >= 2) {
    StringRef Cmd = argv[1];
    if (Cmd == "build")
      return buildCommand(goscape::BuildAction::Build, argc, argv);
    if (Cmd == "run")
      return buildCommand(goscape::BuildAction::Run, argc, argv);
    if (Cmd == "llvm")
      return buildCommand(goscape::BuildAction::PrintLLVM, argc, argv);
  }
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
    SOpts.Escape = SsaEscape;
    return goscape::runSsa(Opts, SOpts, outs(), errs());
  }
  errs() << "usage: goscape <command> [arguments]\n"
            "commands: build, run, llvm, check, ast, ssa (goscape --help for "
            "details)\n";
  return 2;
}
