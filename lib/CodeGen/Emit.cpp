//===- Emit.cpp - Optimization, object emission, linking ------------------===//
//
// The host TargetMachine fixes the data layout before lowering (Go's
// amd64 layouts rely on x86-64's alignments); the new pass manager runs
// the default O0/O1/O2 pipeline; the object is linked by clang++-19 with
// lld against the runtime library of the build tree (GOSCAPE_RUNTIME_LIB,
// overridable with the GOSCAPE_RUNTIME environment variable), libgc and
// libxxhash, with -rdynamic so panics can name Go functions. A sanitized
// build also links the sanitizer runtimes its runtime library needs.
// Before optimizing at -O1/-O2, the runtime's inline map lookups
// (goscape-rt/MapInline.h, compiled to GOSCAPE_RUNTIME_BITCODE, overridable
// with the GOSCAPE_RUNTIME_BITCODE environment variable) are linked into the
// module so the inliner can expand the lookups it calls.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"
#include "ConstantStores.h"
#include "DecreasingIndexChecks.h"
#include "DivisionPairing.h"
#include "NextIteration.h"

#include "goscape/CodeGen/CodeGen.h"

#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Linker/Linker.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"

using namespace goscape;
using namespace goscape::codegen;

std::unique_ptr<llvm::TargetMachine>
codegen::createHostTargetMachine(unsigned OptLevel, std::string &Error) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  std::string Triple = llvm::sys::getDefaultTargetTriple();
  const llvm::Target *T = llvm::TargetRegistry::lookupTarget(Triple, Error);
  if (!T)
    return nullptr;
  llvm::TargetOptions Opts;
  auto Level = OptLevel == 0   ? llvm::CodeGenOptLevel::None
               : OptLevel == 1 ? llvm::CodeGenOptLevel::Less
                               : llvm::CodeGenOptLevel::Default;
  // Baseline x86-64 (gc's GOAMD64=v1), tuned for "generic" (LLVM's choice
  // for "x86-64"), without the scheduler's macro-fusion pairing: gluing
  // a loop's exit compare to its branch moves the compare below the
  // induction variable's increment when the compare reads the old value,
  // so both values are live at once and the loop gains a register copy
  // (fannkuch's flip loop: `lea 1(%rcx),%rsi; cmp; mov %rsi,%rcx; jl`,
  // 8% slower than `cmp; lea 1(%rcx),%rcx; jl`; bench/programs/README.md).
  // Processors still fuse whatever compare ends up next to its branch.
  return std::unique_ptr<llvm::TargetMachine>(
      T->createTargetMachine(Triple, "x86-64", "-macrofusion", Opts,
                             llvm::Reloc::PIC_, std::nullopt, Level));
}

/// Links the definitions M calls from the runtime's inline-lookup bitcode
/// into M. They are available_externally: inlined where the inliner
/// chooses, never emitted (calls that stay calls reach the runtime).
static bool linkInlineRuntime(llvm::Module &M, llvm::raw_ostream &Err) {
  std::string Path = GOSCAPE_RUNTIME_BITCODE;
  if (std::optional<std::string> Env =
          llvm::sys::Process::GetEnv("GOSCAPE_RUNTIME_BITCODE"))
    Path = *Env;
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buf =
      llvm::MemoryBuffer::getFile(Path);
  if (!Buf) {
    Err << "goscape: cannot read " << Path << ": "
        << Buf.getError().message() << '\n';
    return false;
  }
  llvm::Expected<std::unique_ptr<llvm::Module>> Inl =
      llvm::parseBitcodeFile(**Buf, M.getContext());
  if (!Inl) {
    Err << "goscape: " << Path << ": " << llvm::toString(Inl.takeError())
        << '\n';
    return false;
  }
  (*Inl)->setDataLayout(M.getDataLayout());
  (*Inl)->setTargetTriple(M.getTargetTriple());
  if (llvm::Linker::linkModules(M, std::move(*Inl),
                                llvm::Linker::LinkOnlyNeeded)) {
    Err << "goscape: internal error: cannot link " << Path << '\n';
    return false;
  }
  return true;
}

bool codegen::optimizeModule(llvm::Module &M, unsigned OptLevel,
                             llvm::raw_ostream &Err) {
  if (llvm::verifyModule(M, &Err)) {
    Err << "goscape: internal error: the generated LLVM IR is invalid\n";
    return false;
  }
  if (OptLevel > 0 && !linkInlineRuntime(M, Err))
    return false;
  std::string Error;
  std::unique_ptr<llvm::TargetMachine> TM =
      createHostTargetMachine(OptLevel, Error);
  llvm::LoopAnalysisManager LAM;
  llvm::FunctionAnalysisManager FAM;
  llvm::CGSCCAnalysisManager CGAM;
  llvm::ModuleAnalysisManager MAM;
  llvm::PassBuilder PB(TM.get());
  PB.registerModuleAnalyses(MAM);
  PB.registerCGSCCAnalyses(CGAM);
  PB.registerFunctionAnalyses(FAM);
  PB.registerLoopAnalyses(LAM);
  PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);
  // Divisions off floating-point recurrences: unroll their loops by two
  // (before the vectorizer, so the pipeline's unroller acts on the hint)
  // and pair them into packed divisions at the end (DivisionPairing.cpp).
  PB.registerVectorizerStartEPCallback(
      [](llvm::FunctionPassManager &FPM, llvm::OptimizationLevel Level) {
        if (Level.getSpeedupLevel() >= 2)
          FPM.addPass(MarkDivisionLoopsPass());
      });
  // Bounds checks of falling indexes move out of their loops
  // (DecreasingIndexChecks.cpp); outer loops compute their counter's
  // quotients an iteration early (NextIteration.cpp).
  PB.registerOptimizerLastEPCallback(
      [](llvm::ModulePassManager &MPM, llvm::OptimizationLevel Level) {
        if (Level.getSpeedupLevel() < 2)
          return;
        llvm::FunctionPassManager FPM;
        FPM.addPass(HoistDecreasingIndexChecksPass());
        FPM.addPass(PrecomputeNextIterationPass());
        FPM.addPass(PairDivisionsPass());
        MPM.addPass(llvm::createModuleToFunctionPassAdaptor(std::move(FPM)));
      });
  // Long runs of constant stores (big constant composite literals) become
  // copies of constant globals first, at every level (ConstantStores.cpp).
  {
    llvm::ModulePassManager Pre;
    Pre.addPass(llvm::createModuleToFunctionPassAdaptor(
        MergeConstantStoresPass()));
    Pre.run(M, MAM);
  }
  llvm::ModulePassManager MPM =
      OptLevel == 0
          ? PB.buildO0DefaultPipeline(llvm::OptimizationLevel::O0)
          : PB.buildPerModuleDefaultPipeline(OptLevel == 1
                                                 ? llvm::OptimizationLevel::O1
                                                 : llvm::OptimizationLevel::O2);
  MPM.run(M, MAM);
  return true;
}

bool codegen::emitObjectFile(llvm::Module &M, unsigned OptLevel,
                             const std::string &Path, llvm::raw_ostream &Err) {
  std::string Error;
  std::unique_ptr<llvm::TargetMachine> TM =
      createHostTargetMachine(OptLevel, Error);
  if (!TM) {
    Err << "goscape: " << Error << '\n';
    return false;
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_None);
  if (EC) {
    Err << "goscape: cannot write " << Path << ": " << EC.message() << '\n';
    return false;
  }
  llvm::legacy::PassManager PM;
  if (TM->addPassesToEmitFile(PM, OS, nullptr,
                              llvm::CodeGenFileType::ObjectFile)) {
    Err << "goscape: the target cannot emit object files\n";
    return false;
  }
  PM.run(M);
  return true;
}

bool codegen::linkExecutable(const std::vector<std::string> &Objects,
                             const std::string &Out, llvm::raw_ostream &Err) {
  llvm::ErrorOr<std::string> Clang = llvm::sys::findProgramByName("clang++-19");
  if (!Clang)
    Clang = llvm::sys::findProgramByName("clang++");
  if (!Clang) {
    Err << "goscape: cannot find clang++-19 to link with\n";
    return false;
  }
  std::string Runtime = GOSCAPE_RUNTIME_LIB;
  if (std::optional<std::string> Env =
          llvm::sys::Process::GetEnv("GOSCAPE_RUNTIME"))
    Runtime = *Env;
  std::vector<std::string> Args{*Clang, "-fuse-ld=lld", "-rdynamic", "-o", Out};
  Args.insert(Args.end(), Objects.begin(), Objects.end());
  Args.insert(Args.end(), {Runtime, "-lgc", "-lxxhash", "-lm"});
#ifdef GOSCAPE_RUNTIME_LINK_FLAG
  Args.push_back(GOSCAPE_RUNTIME_LINK_FLAG);
#endif
  std::vector<llvm::StringRef> Refs(Args.begin(), Args.end());
  std::string Error;
  int Status = llvm::sys::ExecuteAndWait(*Clang, Refs, std::nullopt, {}, 0, 0,
                                         &Error);
  if (Status != 0) {
    Err << "goscape: linking failed" << (Error.empty() ? "" : ": ") << Error
        << '\n';
    return false;
  }
  return true;
}
