//===- Driver.cpp - The goscape subcommands -------------------------------===//

#include "goscape/Driver/Driver.h"

#include "DriverImpl.h"

#include "goscape/AST/ASTPrinter.h"
#include "goscape/Driver/Frontend.h"
#include "goscape/Escape/Escape.h"
#include "goscape/IR/Printer.h"
#include "goscape/IR/Verifier.h"
#include "goscape/IRGen/IRGen.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/thread.h"

#include <chrono>

using namespace goscape;

// Parsing, checking and lowering recurse once per nesting level of the
// program, up to the parser's depth limit. Whether that fits must not depend
// on the main thread's stack limit or on how goscape was built (-O0 and the
// sanitizers use much bigger frames), so every subcommand runs on a thread
// with a large stack; only the pages actually touched are ever committed.
static constexpr unsigned PipelineStackSize = 1u << 30;

int goscape::runOnLargeStack(llvm::function_ref<int()> Pipeline) {
  int Status = 0;
  llvm::thread Thread(std::optional<unsigned>(PipelineStackSize),
                      [&] { Status = Pipeline(); });
  Thread.join();
  return Status;
}

static int check(const FrontendOptions &Opts, llvm::raw_ostream &Err) {
  Frontend FE(Opts);
  return FE.run(Err) ? 0 : 1;
}

int goscape::runCheck(const FrontendOptions &Opts, llvm::raw_ostream &Out,
                      llvm::raw_ostream &Err) {
  return runOnLargeStack([&] { return check(Opts, Err); });
}

static int ast(const FrontendOptions &Opts, llvm::raw_ostream &Out,
               llvm::raw_ostream &Err) {
  Frontend FE(Opts);
  if (!FE.run(Err))
    return 1;
  printAST(FE.getASTContext(), FE.getSourceManager(), Out);
  return 0;
}

int goscape::runAst(const FrontendOptions &Opts, llvm::raw_ostream &Out,
                    llvm::raw_ostream &Err) {
  return runOnLargeStack([&] { return ast(Opts, Out, Err); });
}

static int ssa(const FrontendOptions &Opts, const SsaOptions &SOpts,
               llvm::raw_ostream &Out, llvm::raw_ostream &Err) {
  using Clock = std::chrono::steady_clock;
  auto T0 = Clock::now();
  Frontend FE(Opts);
  if (!FE.run(Err))
    return 1;
  auto T1 = Clock::now();
  IRGenOptions IOpts;
  IOpts.LocalsInMemory = SOpts.Escape;
  std::unique_ptr<ir::Module> M =
      lowerPackage(*FE.getCheckedPackage(), FE.getASTContext(), IOpts);
  if (SOpts.Escape)
    escape::analyzeModule(*M, *FE.getCheckedPackage(), FE.getSourceManager(),
                          {});
  auto T2 = Clock::now();
  if (ir::verifyModule(*M, &Err)) {
    Err << "goscape: internal error: the SSA IR failed verification\n";
    return 3;
  }
  auto T3 = Clock::now();
  if (SOpts.Time) {
    auto Ms = [](Clock::duration D) {
      return std::chrono::duration<double, std::milli>(D).count();
    };
    Err << llvm::format("parse+typecheck: %.1f ms\nlower: %.1f ms\n"
                        "verify: %.1f ms\n",
                        Ms(T1 - T0), Ms(T2 - T1), Ms(T3 - T2));
  }
  if (!SOpts.NoPrint)
    ir::printModule(*M, Out, &FE.getSourceManager());
  return 0;
}

int goscape::runSsa(const FrontendOptions &Opts, const SsaOptions &SOpts,
                    llvm::raw_ostream &Out, llvm::raw_ostream &Err) {
  return runOnLargeStack([&] { return ssa(Opts, SOpts, Out, Err); });
}
