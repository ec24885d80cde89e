//===- abigen.cpp - Generates the compiler's view of the runtime ABI ------===//
//
// goscape-abigen reads the runtime's headers (runtime/include/goscape-rt)
// with Clang and writes the two include files behind
// goscape::codegen::RuntimeABI (include/goscape/CodeGen/RuntimeABI.h):
//
//   --decls FILE  the class-body part: one typed wrapper per entry point,
//                 `llvm::CallInst *call_gs_NAME(llvm::IRBuilderBase &IRB,
//                 llvm::Value *Param...)` with the entry point's arity and
//                 parameter names, and `global_gs_NAME()` per variable;
//   --impl FILE   the tables RuntimeABI.cpp declares functions from (LLVM
//                 types, extension and function attributes) and the
//                 wrappers' definitions.
//
// An entry point is a function or variable declared with GS_RUNTIME
// (`extern "C"`) whose name starts with gs_. The tool enforces the ABI
// contract of the team plan and fails with `file:line:col: error:` for
//   - a parameter or result that is a struct, class, union or reference,
//     or any other type that is not an integer, bool, float, double, enum
//     or pointer (the ABI passes only scalars and pointers, so C++ and
//     LLVM agree on it trivially);
//   - an extern "C" gs_ declaration not spelled with GS_RUNTIME, and a
//     GS_RUNTIME declaration without the gs_ prefix.
//
// LLVM types and the zeroext/signext attributes are not mapped by hand:
// they come from Clang's own ABI lowering for the target (clang's
// CodeGen::arrangeFreeFunctionType), so a `bool` is `zeroext i1` and an
// int8_t `signext i8` exactly as clang++-19 compiles the runtime. Function
// attributes: noreturn ([[noreturn]]), returns_twice, and nounwind (the
// runtime is built with -fno-exceptions; panics unwind with longjmp).
//
// Usage:
//   goscape-abigen --decls D.inc --impl I.inc -I runtime/include H.h...
//     [--extra-arg=ARG]...
// Outputs are rewritten only when their text changes, so editing a comment
// in a header that is not copied into the output rebuilds nothing.
//
//===----------------------------------------------------------------------===//

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RawCommentList.h"
#include "clang/Basic/SourceManager.h"
#include "clang/CodeGen/CGFunctionInfo.h"
#include "clang/CodeGen/CodeGenABITypes.h"
#include "clang/CodeGen/ModuleBuilder.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/Tooling.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>
#include <vector>

using namespace clang;
using clang::CodeGen::ABIArgInfo;
using clang::CodeGen::CGFunctionInfo;
using clang::CodeGen::CGFunctionInfoArgInfo;

namespace {

llvm::cl::OptionCategory Category("goscape-abigen options");
llvm::cl::opt<std::string>
    DeclsFile("decls", llvm::cl::Required,
              llvm::cl::desc("Output: wrapper declarations"),
              llvm::cl::value_desc("file"), llvm::cl::cat(Category));
llvm::cl::opt<std::string>
    ImplFile("impl", llvm::cl::Required,
             llvm::cl::desc("Output: tables and wrappers"),
             llvm::cl::value_desc("file"), llvm::cl::cat(Category));
llvm::cl::list<std::string>
    IncludeDirs("I", llvm::cl::Prefix,
                llvm::cl::desc("Include directory (also shortens the header "
                               "names cited in the output)"),
                llvm::cl::value_desc("dir"), llvm::cl::cat(Category));
llvm::cl::list<std::string>
    ExtraArgs("extra-arg", llvm::cl::desc("Extra argument for the compiler"),
              llvm::cl::cat(Category));
llvm::cl::list<std::string> Headers(llvm::cl::Positional, llvm::cl::OneOrMore,
                                    llvm::cl::desc("<header>..."),
                                    llvm::cl::cat(Category));

/// One LLVM value of the ABI: a scalar or pointer type and its extension.
struct ABIValue {
  std::string Ty;  ///< ABIType enumerator: Void, I1, ..., Ptr
  std::string Ext; ///< ABIExt enumerator: None, ZExt, SExt
};

/// A parameter of an entry point.
struct ABIParam {
  std::string Name; ///< from the header; ArgN when unnamed
  ABIValue Val;
};

/// A GS_RUNTIME function.
struct EntryPoint {
  std::string Name;
  std::string Where;     ///< goscape-rt/File.h:Line
  std::string Prototype; ///< the C++ declaration, one line
  std::vector<std::string> Doc;
  ABIValue Ret;
  std::vector<ABIParam> Params;
  bool VarArg = false;
  bool NoReturn = false;
  bool ReturnsTwice = false;
  bool NoUnwind = false;
};

/// A GS_RUNTIME variable (a runtime-provided type descriptor, ...).
struct Global {
  std::string Name;
  std::string Where;
  std::string Prototype;
  std::vector<std::string> Doc;
  uint64_t Size = 0;
  uint64_t Align = 1;
  bool Constant = false;
};

/// Everything the headers declare, sorted by name.
struct ABI {
  std::vector<EntryPoint> Functions;
  std::vector<Global> Globals;
};

/// The header name to cite: relative to the first -I directory holding it.
std::string citeName(StringRef Path) {
  for (const std::string &Dir : IncludeDirs) {
    llvm::SmallString<256> Abs(Dir);
    llvm::sys::fs::make_absolute(Abs);
    llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
    llvm::SmallString<256> P(Path);
    llvm::sys::fs::make_absolute(P);
    llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
    StringRef Rel(P);
    if (Rel.consume_front(Abs) && llvm::sys::path::is_separator(Rel.front()))
      return Rel.drop_front().str();
  }
  return llvm::sys::path::filename(Path).str();
}

/// Walks the translation unit, checks every entry point against the ABI
/// contract and lowers its signature with Clang's CodeGen.
class ABIConsumer : public ASTConsumer {
public:
  ABIConsumer(CompilerInstance &CI, ABI &Out) : CI(CI), Out(Out) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (CI.getDiagnostics().hasErrorOccurred())
      return;
    Gen.reset(CreateLLVMCodeGen(
        CI.getDiagnostics(), "goscape-abigen",
        CI.getFileManager().getVirtualFileSystemPtr(), CI.getHeaderSearchOpts(),
        CI.getPreprocessorOpts(), CI.getCodeGenOpts(), LLVMCtx));
    Gen->Initialize(Ctx);
    this->Ctx = &Ctx;
    visit(Ctx.getTranslationUnitDecl());
    auto ByName = [](const auto &A, const auto &B) { return A.Name < B.Name; };
    llvm::sort(Out.Functions, ByName);
    llvm::sort(Out.Globals, ByName);
  }

private:
  CompilerInstance &CI;
  ABI &Out;
  ASTContext *Ctx = nullptr;
  llvm::LLVMContext LLVMCtx;
  std::unique_ptr<CodeGenerator> Gen;

  void error(SourceLocation Loc, StringRef Msg) {
    DiagnosticsEngine &D = CI.getDiagnostics();
    D.Report(Loc, D.getCustomDiagID(DiagnosticsEngine::Error, "%0")) << Msg;
  }

  void visit(const DeclContext *DC) {
    for (const Decl *D : DC->decls()) {
      if (isa<NamespaceDecl, LinkageSpecDecl>(D))
        visit(cast<DeclContext>(D));
      else if (const auto *ND = dyn_cast<DeclaratorDecl>(D))
        if (isa<FunctionDecl, VarDecl>(ND) && isEntryPoint(ND))
          collect(ND);
    }
  }

  /// True if D is declared with GS_RUNTIME; reports the contract's naming
  /// and spelling rules.
  bool isEntryPoint(const DeclaratorDecl *D) {
    const SourceManager &SM = Ctx->getSourceManager();
    if (SM.isInSystemHeader(D->getLocation()) || !D->isFirstDecl())
      return false;
    const auto *LS = dyn_cast<LinkageSpecDecl>(D->getDeclContext());
    bool ExternC = LS && LS->getLanguage() == LinkageSpecLanguageIDs::C;
    bool Prefixed = D->getName().starts_with("gs_");
    if (!ExternC)
      return false;
    SourceLocation Ext = LS->getExternLoc();
    bool ViaMacro =
        Ext.isMacroID() &&
        Lexer::getImmediateMacroName(Ext, SM, CI.getLangOpts()) == "GS_RUNTIME";
    if (ViaMacro && !Prefixed) {
      error(D->getLocation(), "runtime entry point '" + D->getName().str() +
                                  "' must have the gs_ prefix");
      return false;
    }
    if (!ViaMacro && Prefixed) {
      error(D->getLocation(), "runtime entry point '" + D->getName().str() +
                                  "' must be declared with GS_RUNTIME");
      return false;
    }
    return ViaMacro;
  }

  std::string where(const Decl *D) {
    PresumedLoc P = Ctx->getSourceManager().getPresumedLoc(
        Ctx->getSourceManager().getSpellingLoc(D->getLocation()));
    return citeName(P.getFilename()) + ":" + std::to_string(P.getLine());
  }

  std::vector<std::string> docOf(const Decl *D) {
    std::vector<std::string> Lines;
    const RawComment *RC = Ctx->getRawCommentForDeclNoCache(D);
    if (!RC)
      return Lines;
    StringRef Text = RC->getRawText(Ctx->getSourceManager());
    llvm::SmallVector<StringRef, 8> Split;
    Text.split(Split, '\n');
    for (StringRef L : Split)
      Lines.push_back(L.trim().str());
    return Lines;
  }

  std::string prototype(const DeclaratorDecl *D) {
    std::string S;
    llvm::raw_string_ostream OS(S);
    PrintingPolicy PP(CI.getLangOpts());
    PP.SuppressScope = false;
    D->print(OS, PP);
    // Keep the declaration on one line.
    std::string One;
    for (char C : S) {
      if (C == '\n' || C == '\t')
        C = ' ';
      if (C == ' ' && !One.empty() && One.back() == ' ')
        continue;
      One += C;
    }
    return One;
  }

  /// Checks that T may cross the ABI; reports and returns false otherwise.
  /// IsResult selects the remedy the message suggests.
  bool checkType(QualType T, SourceLocation Loc, const Twine &What,
                 bool IsResult) {
    QualType C = T.getCanonicalType();
    std::string Why;
    if (C->isReferenceType())
      Why = "is a reference";
    else if (C->isRecordType())
      Why = "is a struct, class or union passed by value";
    else if (C->isMemberPointerType())
      Why = "is a member pointer";
    else if (C->isVoidType() || C->isPointerType() || C->isNullPtrType() ||
             C->isEnumeralType() || C->isBooleanType())
      return true;
    else if (const auto *B = C->getAs<BuiltinType>();
             B &&
             (B->isInteger() || B->getKind() == BuiltinType::Float ||
              B->getKind() == BuiltinType::Double) &&
             Ctx->getTypeSize(C) <= 64)
      return true;
    else
      Why = "is not an integer, bool, float, double, enum or pointer";
    StringRef Remedy =
        IsResult ? "write it through an out-pointer first parameter"
                 : "pass its fields as separate parameters, or a pointer";
    error(Loc, (What + " has type '" + T.getAsString() + "', which " + Why +
                "; the runtime ABI passes only scalars and pointers: " + Remedy)
                   .str());
    return false;
  }

  /// The ABIType enumerator for an LLVM type, or "" if it has none.
  static std::string typeName(llvm::Type *T) {
    if (T->isVoidTy())
      return "Void";
    if (T->isFloatTy())
      return "Float";
    if (T->isDoubleTy())
      return "Double";
    if (T->isPointerTy() && T->getPointerAddressSpace() == 0)
      return "Ptr";
    if (T->isIntegerTy(1) || T->isIntegerTy(8) || T->isIntegerTy(16) ||
        T->isIntegerTy(32) || T->isIntegerTy(64))
      return "I" + std::to_string(T->getIntegerBitWidth());
    return "";
  }

  /// Lowers one value as Clang does; false if Clang does not pass it
  /// directly as one LLVM value.
  static bool lower(const ABIArgInfo &AI, llvm::Type *T, ABIValue &V) {
    V.Ty = typeName(T);
    V.Ext = "None";
    if (V.Ty.empty())
      return false;
    if (AI.isIgnore())
      return V.Ty == "Void";
    if (AI.isExtend())
      V.Ext = AI.isSignExt() ? "SExt" : "ZExt";
    else if (!AI.isDirect())
      return false;
    return !AI.getInReg() && !AI.getPaddingType();
  }

  void collect(const DeclaratorDecl *D) {
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      Global G;
      G.Name = VD->getName().str();
      G.Where = where(VD);
      G.Prototype = prototype(VD);
      G.Doc = docOf(VD);
      QualType T = VD->getType();
      if (!T->isIncompleteType()) {
        G.Size = Ctx->getTypeSizeInChars(T).getQuantity();
        G.Align = Ctx->getTypeAlignInChars(T).getQuantity();
      }
      G.Constant = T.isConstQualified();
      Out.Globals.push_back(std::move(G));
      return;
    }
    const auto *FD = cast<FunctionDecl>(D);
    const auto *FPT = FD->getType()->getAs<FunctionProtoType>();
    bool OK = checkType(FD->getReturnType(), FD->getLocation(),
                        "the result of '" + FD->getName() + "'",
                        /*IsResult=*/true);
    for (const ParmVarDecl *P : FD->parameters())
      OK &= checkType(P->getType(), P->getLocation(),
                      "parameter '" + P->getName() + "' of '" + FD->getName() +
                          "'",
                      /*IsResult=*/false);
    if (!OK || !FPT)
      return;

    CodeGen::CodeGenModule &CGM = Gen->CGM();
    const CGFunctionInfo &FI = CodeGen::arrangeFreeFunctionType(
        CGM, Ctx->getCanonicalType(FD->getType()).getAs<FunctionProtoType>());
    llvm::FunctionType *FTy = CodeGen::convertFreeFunctionType(CGM, FD);
    EntryPoint E;
    E.Name = FD->getName().str();
    E.Where = where(FD);
    E.Prototype = prototype(FD);
    E.Doc = docOf(FD);
    E.VarArg = FPT->isVariadic();
    E.NoReturn = FD->isNoReturn();
    E.ReturnsTwice = FD->hasAttr<ReturnsTwiceAttr>();
    E.NoUnwind = !CI.getLangOpts().Exceptions || FPT->isNothrow();
    bool Lowered = FTy && FTy->getNumParams() == FD->getNumParams() &&
                   FI.arg_size() == FD->getNumParams() &&
                   lower(FI.getReturnInfo(), FTy->getReturnType(), E.Ret);
    unsigned I = 0;
    for (const CGFunctionInfoArgInfo &AI : FI.arguments()) {
      if (!Lowered)
        break;
      const ParmVarDecl *P = FD->getParamDecl(I);
      ABIParam Param;
      Param.Name = P->getName().str();
      if (Param.Name.empty() || Param.Name == "IRB")
        Param.Name = "Arg" + std::to_string(I);
      Lowered = lower(AI.info, FTy->getParamType(I), Param.Val);
      E.Params.push_back(std::move(Param));
      ++I;
    }
    if (!Lowered) {
      error(FD->getLocation(), "'" + FD->getName().str() +
                                   "' does not lower to one LLVM value per "
                                   "parameter on this target");
      return;
    }
    Out.Functions.push_back(std::move(E));
  }
};

/// Runs ABIConsumer over the umbrella translation unit.
class ABIAction : public ASTFrontendAction {
public:
  explicit ABIAction(ABI &Out) : Out(Out) {}

protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    return std::make_unique<ABIConsumer>(CI, Out);
  }

private:
  ABI &Out;
};

} // namespace

//===----------------------------------------------------------------------===//
// Output
//===----------------------------------------------------------------------===//

static const char Banner[] =
    "// Generated by goscape-abigen (tools/abigen) from the runtime headers:\n"
    "// do not edit. The runtime's GS_RUNTIME declarations are the source of\n"
    "// truth; change them and this file follows at the next build.\n";

/// Writes the wrapper's doc comment: the C++ declaration, where it is, and
/// the header's own documentation.
static void writeDoc(llvm::raw_ostream &OS, StringRef What, StringRef Prototype,
                     StringRef Where, const std::vector<std::string> &Doc) {
  OS << "  /// " << What << " `" << Prototype << "` (" << Where << ").\n";
  if (!Doc.empty())
    OS << "  ///\n";
  for (const std::string &L : Doc)
    OS << "  " << L << "\n";
}

/// The wrapper's parameter list after the builder.
static std::string paramList(const EntryPoint &E) {
  std::string S;
  for (const ABIParam &P : E.Params)
    S += ", llvm::Value *" + P.Name;
  if (E.VarArg)
    S += ", llvm::ArrayRef<llvm::Value *> VarArgs";
  return S;
}

static std::string declsText(const ABI &A) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << Banner
     << "// Included in the public part of class goscape::codegen::RuntimeABI"
        "\n// (include/goscape/CodeGen/RuntimeABI.h).\n";
  for (const EntryPoint &E : A.Functions) {
    OS << "\n";
    writeDoc(OS, "Emits a call to", E.Prototype, E.Where, E.Doc);
    std::string Params = paramList(E);
    if (E.VarArg)
      Params += " = {}";
    OS << "  llvm::CallInst *call_" << E.Name << "(llvm::IRBuilderBase &IRB"
       << Params << ");\n";
  }
  for (const Global &G : A.Globals) {
    OS << "\n";
    writeDoc(OS, "Returns the declaration of", G.Prototype, G.Where, G.Doc);
    OS << "  llvm::GlobalVariable *global_" << G.Name << "();\n";
  }
  return S;
}

static const char *boolText(bool B) { return B ? "true" : "false"; }

static std::string implText(const ABI &A) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << Banner
     << "// Included by lib/CodeGen/RuntimeABI.cpp after the definitions of\n"
        "// ABIType, ABIExt, ABIValue, ABIFunction and ABIGlobal.\n\n"
        "namespace {\n\n";
  unsigned NumParams = 0;
  for (const EntryPoint &E : A.Functions)
    NumParams += E.Params.size();

  OS << "/// The parameters of every entry point, in ABIFunctionTable order.\n"
     << "constexpr std::array<ABIValue, " << NumParams << "> ABIParamTable = {"
     << (NumParams ? "{\n" : "");
  for (const EntryPoint &E : A.Functions)
    for (const ABIParam &P : E.Params)
      OS << "    {ABIType::" << P.Val.Ty << ", ABIExt::" << P.Val.Ext
         << "}, // " << E.Name << " " << P.Name << "\n";
  OS << (NumParams ? "}" : "") << "};\n\n";

  OS << "/// The entry points, sorted by name.\n"
     << "constexpr std::array<ABIFunction, " << A.Functions.size()
     << "> ABIFunctionTable = {" << (A.Functions.empty() ? "" : "{\n");
  unsigned First = 0;
  for (const EntryPoint &E : A.Functions) {
    OS << "    // " << E.Prototype << "\n"
       << "    {\"" << E.Name << "\", {ABIType::" << E.Ret.Ty
       << ", ABIExt::" << E.Ret.Ext << "}, " << First << ", " << E.Params.size()
       << ", /*VarArg=*/" << boolText(E.VarArg) << ", /*NoReturn=*/"
       << boolText(E.NoReturn) << ", /*ReturnsTwice=*/"
       << boolText(E.ReturnsTwice) << ", /*NoUnwind=*/" << boolText(E.NoUnwind)
       << "},\n";
    First += E.Params.size();
  }
  OS << (A.Functions.empty() ? "" : "}") << "};\n\n";

  OS << "/// The variables, sorted by name.\n"
     << "constexpr std::array<ABIGlobal, " << A.Globals.size()
     << "> ABIGlobalTable = {" << (A.Globals.empty() ? "" : "{\n");
  for (const Global &G : A.Globals)
    OS << "    // " << G.Prototype << "\n"
       << "    {\"" << G.Name << "\", /*Size=*/" << G.Size << ", /*Align=*/"
       << G.Align << ", /*Constant=*/" << boolText(G.Constant) << "},\n";
  OS << (A.Globals.empty() ? "" : "}") << "};\n\n} // namespace\n";

  unsigned Index = 0;
  for (const EntryPoint &E : A.Functions) {
    OS << "\nllvm::CallInst *RuntimeABI::call_" << E.Name
       << "(llvm::IRBuilderBase &IRB" << paramList(E) << ") {\n"
       << "  return emitCall(IRB, " << Index++ << ", {";
    llvm::ListSeparator Sep;
    for (const ABIParam &P : E.Params)
      OS << Sep << P.Name;
    OS << "}" << (E.VarArg ? ", VarArgs" : "") << ");\n}\n";
  }
  Index = 0;
  for (const Global &G : A.Globals)
    OS << "\nllvm::GlobalVariable *RuntimeABI::global_" << G.Name
       << "() {\n  return global(" << Index++ << ");\n}\n";
  return S;
}

/// Writes Text to Path unless the file already holds exactly that.
static bool writeIfChanged(StringRef Path, StringRef Text) {
  if (auto Old = llvm::MemoryBuffer::getFile(Path))
    if ((*Old)->getBuffer() == Text)
      return true;
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC) {
    llvm::errs() << "goscape-abigen: cannot write " << Path << ": "
                 << EC.message() << "\n";
    return false;
  }
  OS << Text;
  return true;
}

int main(int Argc, const char **Argv) {
  llvm::cl::HideUnrelatedOptions(Category);
  llvm::cl::ParseCommandLineOptions(
      Argc, Argv,
      "goscape-abigen: generates RuntimeABI's declarations from the "
      "runtime headers\n");

  std::string Umbrella;
  for (const std::string &H : Headers) {
    llvm::SmallString<256> Abs(H);
    llvm::sys::fs::make_absolute(Abs);
    Umbrella += "#include \"" + Abs.str().str() + "\"\n";
  }
  // The runtime's own dialect (runtime/CMakeLists.txt).
  std::vector<std::string> Args = {"-std=c++20", "-fno-exceptions", "-fno-rtti",
                                   "-resource-dir",
                                   GOSCAPE_ABIGEN_RESOURCE_DIR};
  for (const std::string &Dir : IncludeDirs)
    Args.push_back("-I" + Dir);
  llvm::append_range(Args, ExtraArgs);

  ABI Result;
  if (!tooling::runToolOnCodeWithArgs(
          std::make_unique<ABIAction>(Result), Umbrella, Args,
          "goscape-abigen-umbrella.cpp", "goscape-abigen"))
    return 1;
  return writeIfChanged(DeclsFile, declsText(Result)) &&
                 writeIfChanged(ImplFile, implText(Result))
             ? 0
             : 1;
}
