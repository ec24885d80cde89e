//===- CodeGen.cpp - Module-level lowering: functions, globals, main ------===//
//
// Every IR function becomes an LLVM function named as gc names it
// (main.f, main.T.M, main.(*T).M, main.f.func1, main.init, main.init.0);
// package variables become zero-initialised globals main.x; the C main
// starts the runtime, fills the map type descriptors, runs main.init and
// main.main, and exits through gs_exit.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

#include "goscape/AST/Object.h"
#include "goscape/CodeGen/CodeGen.h"

#include "llvm/IR/IntrinsicInst.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"

using namespace goscape;
using namespace goscape::codegen;

ModuleCodeGen::ModuleCodeGen(llvm::LLVMContext &Ctx, const ir::Module &M,
                             const SourceManager &SM, llvm::raw_ostream &Err)
    : Ctx(Ctx), M(M), SM(SM), Err(Err),
      LM(std::make_unique<llvm::Module>("main", Ctx)) {
  LM->setTargetTriple(llvm::sys::getDefaultTargetTriple());
  std::string Error;
  if (std::unique_ptr<llvm::TargetMachine> TM = createHostTargetMachine(2, Error))
    LM->setDataLayout(TM->createDataLayout());
  RT = std::make_unique<RuntimeABI>(*LM);
  PtrTy = llvm::PointerType::get(Ctx, 0);
  IntTy = llvm::Type::getInt64Ty(Ctx);
  StringTy = llvm::StructType::get(Ctx, {PtrTy, IntTy});
  SliceTy = llvm::StructType::get(Ctx, {PtrTy, IntTy, IntTy});
  IfaceTy = llvm::StructType::get(Ctx, {PtrTy, PtrTy});
  llvm::Type *I8 = llvm::Type::getInt8Ty(Ctx);
  llvm::Type *I32 = llvm::Type::getInt32Ty(Ctx);
  // gs::Type, field for field (runtime/include/goscape-rt/Type.h).
  DescTy = llvm::StructType::create(
      Ctx,
      {IntTy, IntTy, I8, I8, I8, I8, PtrTy, PtrTy, PtrTy, PtrTy, PtrTy, IntTy,
       PtrTy, PtrTy, PtrTy, PtrTy, PtrTy, I32, I8, PtrTy, I32, PtrTy},
      "gs.Type");
}

void ModuleCodeGen::error(SourceLoc Loc, const llvm::Twine &Msg) {
  Errors.push_back({Loc, SM.formatLoc(Loc) + ": " + Msg.str()});
  HadError = true;
}

void ModuleCodeGen::flushErrors() {
  // gc reports by position, not in the order functions are compiled.
  llvm::stable_sort(Errors, [](const auto &A, const auto &B) {
    return A.first < B.first;
  });
  for (const auto &E : Errors)
    Err << E.second << '\n';
  Errors.clear();
}

llvm::CallInst *ModuleCodeGen::rtCall(llvm::IRBuilderBase &B,
                                      llvm::StringRef Name,
                                      llvm::ArrayRef<llvm::Value *> Args) {
  llvm::FunctionCallee C = RT->get(Name);
  auto *Call = B.CreateCall(C, Args);
  if (auto *Fn = llvm::dyn_cast<llvm::Function>(C.getCallee()))
    Call->setAttributes(Fn->getAttributes());
  return Call;
}

std::string ModuleCodeGen::symbolName(const ir::Function *F) {
  llvm::StringRef Name = F->getName();
  if (F->isExternal())
    return Name.str();
  std::string S = "main.";
  // init#N is gc's init.N-1; f$1$2 is f.func1.2, init#1$1 init.0.func1.
  size_t Dollar = Name.find('$');
  llvm::StringRef Head = Name.take_front(Dollar);
  if (Head.consume_front("init#")) {
    unsigned N = 0;
    Head.getAsInteger(10, N);
    S += "init." + std::to_string(N - 1);
  } else {
    S += Head.str();
  }
  if (Dollar == llvm::StringRef::npos)
    return S;
  llvm::StringRef Rest = Name.drop_front(Dollar + 1);
  if (Rest == "thunk" || Rest.ends_with("$thunk"))
    return S + "-fm";
  S += ".func";
  for (char C : Rest)
    S += C == '$' ? '.' : C;
  return S;
}

bool codegen::callsRecover(const ir::Function &F) {
  for (const ir::BasicBlock *BB : F.blocks())
    for (const ir::Instr *I : BB->instrs()) {
      if (auto *BC = llvm::dyn_cast<ir::BuiltinCall>(I);
          BC && BC->getBuiltin() == BuiltinId::Recover)
        return true;
      if (auto *D = llvm::dyn_cast<ir::Defer>(I);
          D && D->getMode() == ir::CallMode::Builtin &&
          D->getBuiltin() == BuiltinId::Recover)
        return true;
    }
  return false;
}

bool codegen::callsGoCode(const ir::Function &F) {
  for (const ir::BasicBlock *BB : F.blocks())
    for (const ir::Instr *I : BB->instrs()) {
      auto *C = llvm::dyn_cast<ir::CallInstr>(I);
      if (!C || C->getMode() == ir::CallMode::Builtin)
        continue;
      if (llvm::isa<ir::Defer>(C) || C->getMode() != ir::CallMode::Static ||
          !C->getStaticCallee()->isExternal())
        return true;
    }
  return false;
}

bool codegen::isMethodExprThunk(const ir::Function &F) {
  return !F.getObject() && !F.getParentFunction() &&
         F.getName().ends_with("$thunk");
}

void ModuleCodeGen::setFrameAttributes(llvm::Function *Fn, bool Wrapper) {
  Fn->setUWTableKind(llvm::UWTableKind::Async);
  Fn->addFnAttr("disable-tail-calls", "true");
  if (Wrapper)
    Fn->setSection("gs_wrappers");
}

void ModuleCodeGen::keepCalleeFrames(llvm::Function *Fn) {
  for (llvm::BasicBlock &BB : *Fn)
    for (llvm::Instruction &I : BB)
      if (auto *C = llvm::dyn_cast<llvm::CallInst>(&I);
          C && !llvm::isa<llvm::IntrinsicInst>(C)) {
        C->setIsNoInline();
        C->setTailCallKind(llvm::CallInst::TCK_NoTail);
      }
}

llvm::Function *ModuleCodeGen::function(const ir::Function *F) {
  if (llvm::Function *Fn = Functions.lookup(F))
    return Fn;
  // External linkage: the runtime names Go frames in panic traces with
  // dladdr (the executable is linked with -rdynamic).
  auto *Fn = llvm::Function::Create(funcType(F->getSignature()),
                                    llvm::GlobalValue::ExternalLinkage,
                                    symbolName(F), *LM);
  Functions[F] = Fn;
  setFrameAttributes(Fn, isMethodExprThunk(*F));
  addLargeValueAttributes(Fn, F->getSignature());
  if (callsRecover(*F))
    Fn->addFnAttr(llvm::Attribute::NoInline);
  if (const Func *Obj = F->getObject())
    Methods[Obj] = Fn;
  if (F->isExternal()) {
    // A library function used as a value: a Go-convention body calling
    // the runtime.
    Fn->setLinkage(llvm::GlobalValue::InternalLinkage);
    Fn->setName(F->getName() + "·stdlib");
    FunctionCodeGen(*this, *F).emitStdlibWrapper();
  }
  return Fn;
}

llvm::Function *ModuleCodeGen::methodFunction(Func *Method) {
  if (llvm::Function *Fn = Methods.lookup(Method))
    return Fn;
  if (ir::Function *F = M.getFunction(Method))
    return function(F);
  llvm::Function *Fn = libraryMethod(Method);
  if (Fn)
    Methods[Method] = Fn;
  return Fn;
}

llvm::Constant *ModuleCodeGen::staticClosure(const ir::Function *F) {
  if (llvm::Constant *C = StaticClosures.lookup(F))
    return C;
  auto *Ty = llvm::StructType::get(Ctx, llvm::ArrayRef<llvm::Type *>{PtrTy});
  auto *GV = new llvm::GlobalVariable(
      *LM, Ty, true, llvm::GlobalValue::PrivateLinkage,
      llvm::ConstantStruct::get(Ty, {function(F)}), symbolName(F) + "·f");
  StaticClosures[F] = GV;
  return GV;
}

llvm::GlobalVariable *ModuleCodeGen::global(const ir::Global *G) {
  if (llvm::GlobalVariable *GV = Globals.lookup(G))
    return GV;
  // A variable of a modelled library package (os.Args) is the runtime's
  // gs_<pkg>_<Name>.
  Package *P = G->getVar()->getPackage();
  if (P && P != M.getPackage()) {
    std::string Name =
        ("gs_" + P->getName() + "_" + G->getVar()->getName()).str();
    if (RuntimeABI::isGlobal(Name)) {
      llvm::GlobalVariable *GV = RT->getGlobal(Name);
      Globals[G] = GV;
      return GV;
    }
  }
  llvm::Type *Ty = llvmType(G->getVar()->getType());
  auto *GV = new llvm::GlobalVariable(*LM, Ty, false,
                                      llvm::GlobalValue::InternalLinkage,
                                      llvm::Constant::getNullValue(Ty),
                                      "main." + G->getName().str());
  GV->setAlignment(llvm::Align(8));
  Globals[G] = GV;
  return GV;
}

llvm::Constant *ModuleCodeGen::stringBytes(llvm::StringRef S) {
  std::string Key = S.str();
  Key.push_back('\0');
  if (llvm::Constant *C = Strings.lookup(Key))
    return C;
  auto *Data = llvm::ConstantDataArray::getString(Ctx, S, true);
  auto *GV = new llvm::GlobalVariable(*LM, Data->getType(), true,
                                      llvm::GlobalValue::PrivateLinkage, Data,
                                      "str");
  GV->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  GV->setAlignment(llvm::Align(1));
  Strings[Key] = GV;
  return GV;
}

llvm::Constant *ModuleCodeGen::stringConstant(llvm::StringRef S) {
  llvm::Constant *Ptr = llvm::ConstantPointerNull::get(PtrTy);
  if (!S.empty())
    Ptr = stringBytes(S);
  return llvm::ConstantStruct::get(
      StringTy, {Ptr, llvm::ConstantInt::get(IntTy, S.size())});
}

void ModuleCodeGen::emitMain() {
  const ir::Function *Init = nullptr, *Main = nullptr;
  for (const auto &F : M.functions()) {
    if (F->getName() == "init" && !F->getObject() && !F->isExternal())
      Init = F.get();
    if (F->getName() == "main" && F->getObject() && !F->getParentFunction())
      Main = F.get();
  }
  if (!Main) {
    // gc's linker error, which has no position and names the runtime's
    // reference to main.main.
    Errors.push_back({SourceLoc(), "runtime.main_main\u00b7f: function main "
                                   "is undeclared in the main package"});
    HadError = true;
    return;
  }
  llvm::Type *I32 = llvm::Type::getInt32Ty(Ctx);
  auto *FTy = llvm::FunctionType::get(I32, {I32, PtrTy}, false);
  auto *CMain = llvm::Function::Create(FTy, llvm::GlobalValue::ExternalLinkage,
                                       "main", *LM);
  llvm::IRBuilder<> B(llvm::BasicBlock::Create(Ctx, "entry", CMain));
  RT->call_gs_runtime_start(B, CMain->getArg(0), CMain->getArg(1));
  for (auto &[GV, Key, Elem] : MapTypeInits)
    RT->call_gs_maptype_init(B, GV, Key, Elem);
  llvm::Value *Null = llvm::ConstantPointerNull::get(PtrTy);
  if (Init)
    B.CreateCall(function(Init), {Null});
  B.CreateCall(function(Main), {Null});
  RT->call_gs_exit(B, llvm::ConstantInt::get(IntTy, 0));
  B.CreateUnreachable();
}

bool ModuleCodeGen::run() {
  for (const auto &F : M.functions())
    if (!F->isExternal())
      function(F.get());
  for (const auto &F : M.functions()) {
    if (F->isExternal())
      continue;
    FunctionCodeGen(*this, *F).run();
  }
  if (!HadError)
    emitMain();
  flushErrors();
  return !HadError;
}

std::unique_ptr<llvm::Module>
codegen::lowerModule(llvm::LLVMContext &Ctx, const ir::Module &M,
                     const SourceManager &SM, llvm::raw_ostream &Err) {
  ModuleCodeGen MG(Ctx, M, SM, Err);
  if (!MG.run())
    return nullptr;
  return MG.takeModule();
}
