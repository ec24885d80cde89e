//===- Driver.h - The goscape pipeline --------------------------*- C++ -*-===//
//
// The driver runs the pipeline behind each goscape subcommand: load the
// files of one package, parse them, type-check them, and (in later stages)
// lower, analyse and compile them. Errors go to Err in gc's format after
// go build's "# command-line-arguments" header; the return value is the
// process exit status (0 success, 1 compile errors).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_DRIVER_DRIVER_H
#define GOSCAPE_DRIVER_DRIVER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace goscape {

/// Options shared by the subcommands that read a package.
struct FrontendOptions {
  std::vector<std::string> Files;
  /// Report every error instead of stopping after ten (gc's -e).
  bool AllErrors = false;
};

/// `goscape check`: parse and type-check; print errors.
int runCheck(const FrontendOptions &Opts, llvm::raw_ostream &Out,
             llvm::raw_ostream &Err);

/// `goscape ast`: parse and type-check, then print the typed syntax trees.
int runAst(const FrontendOptions &Opts, llvm::raw_ostream &Out,
           llvm::raw_ostream &Err);

/// Options of `goscape ssa`.
struct SsaOptions {
  /// Lower and verify but print nothing (for timing).
  bool NoPrint = false;
  /// Print the time spent in the front end and in lowering to Err.
  bool Time = false;
  /// Lower in memory form and run escape analysis first, so allocation
  /// sites print their decisions (the IR `goscape build` compiles).
  bool Escape = false;
};

/// `goscape ssa`: parse, type-check, lower to SSA, run escape analysis
/// (so allocation sites show their decisions), verify and print the
/// IR. A verifier failure is an internal error: its explanation goes to
/// Err and the exit status is 3.
int runSsa(const FrontendOptions &Opts, const SsaOptions &SOpts,
           llvm::raw_ostream &Out, llvm::raw_ostream &Err);

/// What `goscape build`, `run` and `llvm` do after type checking.
enum class BuildAction { Build, Run, PrintLLVM };

/// Options of `goscape build`, `run` and `llvm`.
struct BuildOptions {
  BuildAction Action = BuildAction::Build;
  /// How many -m flags were given (in -gcflags or bare).
  unsigned DiagLevel = 0;
  /// -gcflags=-l: no inlining (escape analysis runs without it anyway).
  bool NoInline = false;
  /// The directory of -gcflags=-json=0,file://DIR.
  std::string JSONDir;
  /// -o: the executable (default: the first file's base name).
  std::string Output;
  /// -O0, -O1 or -O2.
  unsigned OptLevel = 2;
  /// `goscape run`: the program's arguments.
  std::vector<std::string> ProgramArgs;
  /// gc's -complete, which go build sets for a package of Go files only:
  /// a function declared without a body is an error right after type
  /// checking, so nothing is analysed. -gcflags=-complete=false accepts
  /// such declarations for escape analysis, as gc's compiler does by
  /// default (Go's escape tests declare some); the build still fails, at
  /// code generation, since there is no code to link them to.
  bool Complete = true;
};

/// Applies the flags of one -gcflags value (space-separated tokens: -m,
/// -m=N, -l, -N, -complete[=BOOL], -json=0,file://DIR, and go build's
/// `all=`/pattern prefix) to
/// Opts. Returns false and sets Error on an unknown flag.
bool parseGcflags(llvm::StringRef Value, BuildOptions &Opts,
                  std::string &Error);

/// Parses the arguments after `build`, `run` or `llvm` (go build's flag
/// syntax: -o out, -gcflags=..., -gcflags ..., -m, -m=N, -O0/-O1/-O2,
/// files, then for run the program's arguments, optionally after `--`).
/// Returns false and sets Error on a malformed command line.
bool parseBuildArgs(llvm::ArrayRef<std::string> Args, FrontendOptions &FOpts,
                    BuildOptions &BOpts, std::string &Error);

/// `goscape build`, `goscape run` and `goscape llvm`: type-check, lower
/// in memory form, run escape analysis (printing its -m diagnostics after
/// go build's header), then compile. `run` executes the program and
/// returns its exit status.
int runBuild(const FrontendOptions &Opts, const BuildOptions &BOpts,
             llvm::raw_ostream &Out, llvm::raw_ostream &Err);

} // namespace goscape

#endif
