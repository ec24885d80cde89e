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
};

/// `goscape ssa`: parse, type-check, lower to SSA, verify and print the
/// IR. A verifier failure is an internal error: its explanation goes to
/// Err and the exit status is 3.
int runSsa(const FrontendOptions &Opts, const SsaOptions &SOpts,
           llvm::raw_ostream &Out, llvm::raw_ostream &Err);

} // namespace goscape

#endif
