//===- Build.cpp - goscape build, run and llvm ----------------------------===//
//
// The compiling subcommands. They share one pipeline: front end, lowering
// in memory form, escape analysis (whose -m diagnostics are printed after
// go build's "# command-line-arguments" header, in gc's order), then code
// generation. A package other than main is only analysed, as go build
// compiles and discards it.
//
//===----------------------------------------------------------------------===//

#include "DriverImpl.h"

#include "goscape/CodeGen/CodeGen.h"
#include "goscape/Driver/Driver.h"
#include "goscape/Driver/Frontend.h"
#include "goscape/Escape/Escape.h"
#include "goscape/Escape/ExprString.h"
#include "goscape/IR/Verifier.h"
#include "goscape/IRGen/IRGen.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <cstring>
#include <optional>

using namespace goscape;

/// gc's -json=VERSION,DEST: VERSION must be 0, DEST an absolute directory
/// or a file:// URI, of which gc takes the host and the path (so
/// file://d/x is the relative directory d/x). Sets Dir to the cleaned
/// directory.
static bool parseJSONFlag(llvm::StringRef Value, std::string &Dir,
                          std::string &Error) {
  auto [Version, Dest] = Value.split(',');
  unsigned N;
  if (!Value.contains(',') || Version.getAsInteger(10, N)) {
    Error = "-json option should be '<version>,<destination>' where "
            "<version> is a number";
    return false;
  }
  if (N != 0) {
    Error = "-json version must be 0";
    return false;
  }
  llvm::SmallString<256> Path;
  llvm::StringRef URI = Dest;
  if (llvm::sys::path::is_absolute(Dest)) {
    Path = Dest;
  } else if (Dest.consume_front("file://")) {
    // net/url: the query and fragment end the path; %XX are decoded.
    Dest = Dest.take_until([](char C) { return C == '?' || C == '#'; });
    for (size_t I = 0; I != Dest.size(); ++I) {
      if (Dest[I] != '%') {
        Path += Dest[I];
        continue;
      }
      if (I + 2 >= Dest.size() || !llvm::isHexDigit(Dest[I + 1]) ||
          !llvm::isHexDigit(Dest[I + 2])) {
        // (gc means this text; its own formatting garbles it.)
        Error = "optimizer logging destination looked like file:// URI "
                "but failed to parse: err=parse \"" +
                URI.str() + "\": invalid URL escape \"" +
                Dest.substr(I, 3).str() + "\"";
        return false;
      }
      Path += char(llvm::hexFromNibbles(Dest[I + 1], Dest[I + 2]));
      I += 2;
    }
  } else {
    Error = "optimizer logging destination " + Dest.str() +
            " was neither /-prefixed directory nor file://-prefixed file URI";
    return false;
  }
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  Dir = std::string(Path);
  return true;
}

/// A boolean flag's value as Go's flag package reads it: Rest is empty
/// (the bare flag, true) or `=` and one of strconv.ParseBool's spellings.
static bool parseGoBool(llvm::StringRef Rest, bool &Value) {
  if (Rest.empty()) {
    Value = true;
    return true;
  }
  if (!Rest.consume_front("="))
    return false;
  static constexpr llvm::StringLiteral True[] = {"1", "t", "T", "TRUE",
                                                 "true", "True"};
  static constexpr llvm::StringLiteral False[] = {"0", "f", "F", "FALSE",
                                                  "false", "False"};
  if (llvm::is_contained(True, Rest)) {
    Value = true;
    return true;
  }
  if (llvm::is_contained(False, Rest)) {
    Value = false;
    return true;
  }
  return false;
}

bool goscape::parseGcflags(llvm::StringRef Value, BuildOptions &Opts,
                           std::string &Error) {
  // go build accepts `pattern=flags`; every pattern covers our one package.
  if (!Value.starts_with("-")) {
    size_t Eq = Value.find('=');
    if (Eq != llvm::StringRef::npos)
      Value = Value.drop_front(Eq + 1);
  }
  llvm::SmallVector<llvm::StringRef, 8> Tokens;
  llvm::SplitString(Value, Tokens, " \t'\"");
  for (llvm::StringRef T : Tokens) {
    if (T == "-m") {
      ++Opts.DiagLevel;
    } else if (T.consume_front("-m=")) {
      unsigned N;
      if (T.getAsInteger(10, N)) {
        Error = "invalid -m value in -gcflags: " + T.str();
        return false;
      }
      Opts.DiagLevel += N;
    } else if (T == "-l") {
      Opts.NoInline = true;
    } else if (T == "-N") {
      // gc's "disable optimizations": its escape analysis runs unchanged,
      // and code generation does not optimize.
      Opts.OptLevel = 0;
    } else if (T == "-complete" || T.starts_with("-complete=")) {
      if (!parseGoBool(T.drop_front(strlen("-complete")), Opts.Complete)) {
        Error = "invalid boolean value in -gcflags: " + T.str();
        return false;
      }
    } else if (T.consume_front("-json=")) {
      if (!parseJSONFlag(T, Opts.JSONDir, Error))
        return false;
    } else {
      Error = "unsupported flag in -gcflags: " + T.str();
      return false;
    }
  }
  return true;
}

bool goscape::parseBuildArgs(llvm::ArrayRef<std::string> Args,
                             FrontendOptions &FOpts, BuildOptions &BOpts,
                             std::string &Error) {
  bool InFiles = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef A = Args[I];
    if (BOpts.Action == BuildAction::Run && InFiles &&
        !A.ends_with(".go")) {
      // go run: the first argument that is not a .go file starts the
      // program's arguments; `--` may also separate them.
      size_t From = A == "--" ? I + 1 : I;
      BOpts.ProgramArgs.assign(Args.begin() + From, Args.end());
      break;
    }
    if (!InFiles && A.starts_with("-") && A != "--") {
      // Flags may be spelled with one or two dashes.
      llvm::StringRef F = A.drop_front(A.starts_with("--") ? 2 : 1);
      auto Value = [&](llvm::StringRef Name, std::string &Out) {
        if (F == Name) {
          if (I + 1 >= Args.size()) {
            Error = "flag needs an argument: -" + Name.str();
            return false;
          }
          Out = Args[++I];
          return true;
        }
        Out = F.drop_front(Name.size() + 1).str();
        return true;
      };
      std::string V;
      if (F == "o" || F.starts_with("o=")) {
        if (!Value("o", V))
          return false;
        BOpts.Output = V;
      } else if (F == "gcflags" || F.starts_with("gcflags=")) {
        if (!Value("gcflags", V) || !parseGcflags(V, BOpts, Error))
          return false;
      } else if (F == "m" || F.starts_with("m=")) {
        if (!parseGcflags(A, BOpts, Error))
          return false;
      } else if (F == "O0" || F == "O1" || F == "O2" || F == "O3") {
        BOpts.OptLevel = std::min(2, F[1] - '0');
      } else if (F == "e") {
        FOpts.AllErrors = true;
      } else {
        Error = "unknown flag: " + A.str();
        return false;
      }
      continue;
    }
    if (A == "--") {
      InFiles = true;
      continue;
    }
    InFiles = true;
    FOpts.Files.push_back(A.str());
  }
  if (FOpts.Files.empty()) {
    Error = "no Go files listed";
    return false;
  }
  return true;
}

namespace {

/// Deletes a temporary file when the pipeline is done with it.
struct TempFile {
  llvm::SmallString<128> Path;
  ~TempFile() {
    if (!Path.empty())
      llvm::sys::fs::remove(Path);
  }
};

} // namespace

static bool makeTemp(llvm::StringRef Suffix, TempFile &T,
                     llvm::raw_ostream &Err) {
  if (std::error_code EC =
          llvm::sys::fs::createTemporaryFile("goscape", Suffix, T.Path)) {
    Err << "goscape: cannot create a temporary file: " << EC.message() << '\n';
    return false;
  }
  return true;
}

/// The executable go build writes for files: the first file's base name.
static std::string defaultOutput(const FrontendOptions &Opts) {
  return llvm::sys::path::stem(Opts.Files.front()).str();
}

/// Reports gc's `missing function body` for every function and method
/// declared without a body, in source order, skipping those named by
/// a //go:linkname when SkipLinknamed (gc lets the linker find their code).
/// Returns true if any was reported.
static bool reportMissingBodies(const Frontend &FE, bool SkipLinknamed,
                                bool &HeaderPrinted, llvm::raw_ostream &Err) {
  bool Any = false;
  for (const File *F : FE.getASTContext().getFiles())
    for (const Decl *D : F->getDecls()) {
      auto *FD = llvm::dyn_cast<FuncDecl>(D);
      if (!FD || FD->getBody() ||
          (SkipLinknamed && (FD->getPragmas() & PragmaLinkname)))
        continue;
      if (!HeaderPrinted)
        Err << "# command-line-arguments\n";
      HeaderPrinted = Any = true;
      // gc's position: the token after `func` (receiver `(` or name).
      Err << FE.getSourceManager().formatLoc(FD->getLoc())
          << ": missing function body\n";
    }
  return Any;
}

static int build(const FrontendOptions &Opts, const BuildOptions &BOpts,
                 llvm::raw_ostream &Out, llvm::raw_ostream &Err) {
  // Like gc, create the -json directory before compiling anything.
  if (!BOpts.JSONDir.empty())
    if (std::error_code EC =
            llvm::sys::fs::create_directories(BOpts.JSONDir)) {
      Err << "# command-line-arguments\ngoscape: cannot create the -json "
             "directory "
          << BOpts.JSONDir << ": " << EC.message() << '\n';
      return 1;
    }
  Frontend FE(Opts);
  if (!FE.run(Err))
    return 1;
  const CheckedPackage &CP = *FE.getCheckedPackage();
  bool HeaderPrinted = false;
  if (BOpts.Complete &&
      reportMissingBodies(FE, /*SkipLinknamed=*/true, HeaderPrinted, Err))
    return 1;
  IRGenOptions IOpts;
  IOpts.LocalsInMemory = true;
  // gc inlines (and says so at -m) unless -l. Inlining changes only what
  // escape analysis reports and how much the heap is spared, so a build
  // that reports nothing skips it: its code is the same minus the
  // inlined bodies, and compiles faster.
  std::optional<InlinePlan> Plan;
  if (!BOpts.NoInline && (BOpts.DiagLevel || !BOpts.JSONDir.empty())) {
    Plan.emplace(CP, BOpts.DiagLevel);
    IOpts.Inline = &*Plan;
  }
  std::unique_ptr<ir::Module> M =
      lowerPackage(CP, FE.getASTContext(), IOpts);
  if (ir::verifyModule(*M, &Err)) {
    Err << "goscape: internal error: the SSA IR failed verification\n";
    return 3;
  }
  escape::EscapeOptions EOpts;
  EOpts.DiagLevel = BOpts.DiagLevel;
  EOpts.JSONDir = BOpts.JSONDir;
  std::string JSONError;
  std::vector<std::string> Diags =
      escape::analyzeModule(*M, CP, FE.getSourceManager(), EOpts, &JSONError);
  // gc inlines before escape analysis and prints its decisions first.
  if (Plan && !Plan->getDiags().empty()) {
    Err << "# command-line-arguments\n";
    HeaderPrinted = true;
    const SourceManager &SM = FE.getSourceManager();
    for (const InlinePlan::Diag &D : Plan->getDiags()) {
      Err << SM.formatLoc(D.Loc) << ": " << D.Text;
      if (D.Fn)
        Err << " as: " << escape::gcInlineBodyString(D.Fn, CP);
      Err << '\n';
    }
  }
  if (!Diags.empty()) {
    if (!HeaderPrinted)
      Err << "# command-line-arguments\n";
    HeaderPrinted = true;
    for (const std::string &D : Diags)
      Err << D << '\n';
  }
  if (!JSONError.empty()) {
    if (!HeaderPrinted)
      Err << "# command-line-arguments\n";
    Err << "goscape: cannot write the -json log: " << JSONError << '\n';
    return 1;
  }
  // go build compiles a package other than main and discards the result.
  if (M->getPackage()->getName() != "main" && BOpts.Action == BuildAction::Build)
    return 0;
  // go names a package given as files by its import path, which is
  // command-line-arguments whatever the package clause says.
  if (M->getPackage()->getName() != "main") {
    Err << "package command-line-arguments is not a main package\n";
    return 1;
  }

  // A function declared without a body (accepted for analysis with
  // -complete=false, or named by a //go:linkname) has no code to link.
  if (reportMissingBodies(FE, /*SkipLinknamed=*/false, HeaderPrinted, Err))
    return 1;

  llvm::LLVMContext LCtx;
  std::string CGErrors;
  llvm::raw_string_ostream CGErr(CGErrors);
  std::unique_ptr<llvm::Module> LM =
      codegen::lowerModule(LCtx, *M, FE.getSourceManager(), CGErr);
  if (!LM) {
    if (!HeaderPrinted)
      Err << "# command-line-arguments\n";
    Err << CGErrors;
    return 1;
  }
  if (!codegen::optimizeModule(*LM, BOpts.OptLevel, Err))
    return 3;
  if (BOpts.Action == BuildAction::PrintLLVM) {
    LM->print(Out, nullptr);
    return 0;
  }
  TempFile Obj;
  if (!makeTemp("o", Obj, Err) ||
      !codegen::emitObjectFile(*LM, BOpts.OptLevel, Obj.Path.str().str(), Err))
    return 1;
  if (BOpts.Action == BuildAction::Build) {
    std::string Exe = BOpts.Output.empty() ? defaultOutput(Opts) : BOpts.Output;
    return codegen::linkExecutable({Obj.Path.str().str()}, Exe, Err) ? 0 : 1;
  }
  TempFile Exe;
  if (!makeTemp("", Exe, Err) ||
      !codegen::linkExecutable({Obj.Path.str().str()}, Exe.Path.str().str(),
                               Err))
    return 1;
  Out.flush();
  Err.flush();
  std::vector<llvm::StringRef> Argv{Exe.Path.str()};
  for (const std::string &A : BOpts.ProgramArgs)
    Argv.push_back(A);
  std::string ExecError;
  int Status = llvm::sys::ExecuteAndWait(Exe.Path, Argv, std::nullopt, {}, 0,
                                         0, &ExecError);
  if (Status < 0) {
    Err << "goscape: cannot run the program: " << ExecError << '\n';
    return 1;
  }
  return Status;
}

int goscape::runBuild(const FrontendOptions &Opts, const BuildOptions &BOpts,
                      llvm::raw_ostream &Out, llvm::raw_ostream &Err) {
  return runOnLargeStack([&] { return build(Opts, BOpts, Out, Err); });
}
