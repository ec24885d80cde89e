//===- FrontendBench.cpp - Parse and type-check throughput ----------------===//
//
// Usage: goscape-frontend-bench [-repeat N] FILE.go...
// Runs the front end over one package N times and reports, for the best
// run, the time spent parsing alone, parsing plus type checking, lowering
// the checked package to SSA (without the verifier), and escape analysis
// (over the package lowered in memory form, without diagnostics), in
// seconds and source lines per second, and the CPU time of parse+check
// and of escape analysis (steadier than the elapsed time on a busy
// machine). bench/frontend/run.py drives it on generated
// programs and compares with gc's own type checker.
//
//===----------------------------------------------------------------------===//

#include "goscape/Driver/Frontend.h"
#include "goscape/Escape/Escape.h"
#include "goscape/IR/Function.h"
#include "goscape/IRGen/IRGen.h"
#include "goscape/Parse/Parser.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <ctime>

using namespace goscape;

static llvm::cl::list<std::string> Files(llvm::cl::Positional,
                                         llvm::cl::OneOrMore,
                                         llvm::cl::desc("<file.go>..."));
static llvm::cl::opt<unsigned> Repeat("repeat", llvm::cl::init(5),
                                      llvm::cl::desc("Runs per phase"));

static double seconds(std::chrono::steady_clock::duration D) {
  return std::chrono::duration<double>(D).count();
}

/// The process's CPU time in seconds: unlike the elapsed time, it does not
/// count the time other processes of a busy machine take.
static double cpuSeconds() {
  timespec T;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &T);
  return double(T.tv_sec) + double(T.tv_nsec) * 1e-9;
}

int main(int Argc, char **Argv) {
  llvm::cl::ParseCommandLineOptions(Argc, Argv, "goscape front-end benchmark\n");
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> Sources;
  size_t Lines = 0;
  for (const std::string &F : Files) {
    auto Buf = llvm::MemoryBuffer::getFile(F);
    if (!Buf) {
      llvm::errs() << "cannot read " << F << "\n";
      return 1;
    }
    Lines += std::count((*Buf)->getBufferStart(), (*Buf)->getBufferEnd(), '\n');
    Sources.push_back(std::move(*Buf));
  }

  double BestParse = 1e30, BestCheck = 1e30, BestLower = 1e30,
         BestEscape = 1e30, BestCheckCPU = 1e30, BestEscapeCPU = 1e30;
  for (unsigned I = 0; I != Repeat; ++I) {
    {
      SourceManager SM;
      DiagnosticEngine Diags(SM);
      ASTContext Ctx;
      auto Start = std::chrono::steady_clock::now();
      for (size_t F = 0; F != Sources.size(); ++F)
        Ctx.addFile(parseFile(Ctx, SM, Diags,
                              SM.addBuffer(Files[F], Sources[F]->getBuffer())));
      BestParse = std::min(BestParse,
                           seconds(std::chrono::steady_clock::now() - Start));
      if (Diags.hasErrors()) {
        llvm::errs() << "syntax errors in the input\n";
        return 1;
      }
    }
    FrontendOptions Opts;
    Frontend FE(Opts);
    for (size_t F = 0; F != Sources.size(); ++F)
      FE.addBuffer(Files[F], Sources[F]->getBuffer());
    auto Start = std::chrono::steady_clock::now();
    double StartCPU = cpuSeconds();
    bool Ok = FE.run(llvm::errs());
    BestCheck =
        std::min(BestCheck, seconds(std::chrono::steady_clock::now() - Start));
    BestCheckCPU = std::min(BestCheckCPU, cpuSeconds() - StartCPU);
    if (!Ok)
      return 1;
    Start = std::chrono::steady_clock::now();
    std::unique_ptr<ir::Module> M =
        lowerPackage(*FE.getCheckedPackage(), FE.getASTContext());
    BestLower =
        std::min(BestLower, seconds(std::chrono::steady_clock::now() - Start));

    IRGenOptions MemoryForm;
    MemoryForm.LocalsInMemory = true;
    std::unique_ptr<ir::Module> MM =
        lowerPackage(*FE.getCheckedPackage(), FE.getASTContext(), MemoryForm);
    Start = std::chrono::steady_clock::now();
    StartCPU = cpuSeconds();
    escape::analyzeModule(*MM, *FE.getCheckedPackage(), FE.getSourceManager(),
                          escape::EscapeOptions());
    BestEscape =
        std::min(BestEscape, seconds(std::chrono::steady_clock::now() - Start));
    BestEscapeCPU = std::min(BestEscapeCPU, cpuSeconds() - StartCPU);
  }
  llvm::outs() << llvm::format("lines %zu\n", Lines)
               << llvm::format("parse_seconds %.4f\n", BestParse)
               << llvm::format("parse_lines_per_second %.0f\n",
                               Lines / BestParse)
               << llvm::format("check_seconds %.4f\n", BestCheck)
               << llvm::format("check_lines_per_second %.0f\n",
                               Lines / BestCheck)
               << llvm::format("lower_seconds %.4f\n", BestLower)
               << llvm::format("escape_seconds %.4f\n", BestEscape)
               << llvm::format("check_cpu_seconds %.4f\n", BestCheckCPU)
               << llvm::format("escape_cpu_seconds %.4f\n", BestEscapeCPU);
  return 0;
}
