//===- RuntimeABI.cpp - Declaring and calling runtime entry points --------===//
//
// The tables come from RuntimeABIImpl.inc, which tools/abigen generates
// from the runtime headers (see RuntimeABI.h). This file turns a table
// row into an LLVM declaration and a call.
//
//===----------------------------------------------------------------------===//

#include "goscape/CodeGen/RuntimeABI.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/IR/Attributes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/ErrorHandling.h"

#include <array>
#include <cstdint>

using namespace goscape::codegen;

namespace {

/// The LLVM type of a parameter or result (the ABI has only these).
enum class ABIType : uint8_t {
  Void,
  I1,
  I8,
  I16,
  I32,
  I64,
  Float,
  Double,
  Ptr
};

/// How clang extends a narrow integer for the target's calling convention.
enum class ABIExt : uint8_t { None, ZExt, SExt };

/// One parameter or result.
struct ABIValue {
  ABIType Ty;
  ABIExt Ext;
};

/// One GS_RUNTIME function; its parameters are
/// ABIParamTable[FirstParam, FirstParam + NumParams).
struct ABIFunction {
  const char *Name;
  ABIValue Ret;
  unsigned FirstParam;
  unsigned NumParams;
  bool VarArg;
  bool NoReturn;
  bool ReturnsTwice;
  bool NoUnwind;
};

/// One GS_RUNTIME variable: size and alignment of its C++ type.
struct ABIGlobal {
  const char *Name;
  uint64_t Size;
  uint64_t Align;
  bool Constant;
};

} // namespace

namespace goscape::codegen {
#include "goscape/CodeGen/RuntimeABIImpl.inc"
} // namespace goscape::codegen

/// Index of Name in a table sorted by name, or -1.
template <typename Table>
static int find(const Table &T, llvm::StringRef Name) {
  auto It = llvm::partition_point(
      T, [&](const auto &Row) { return llvm::StringRef(Row.Name) < Name; });
  if (It == T.end() || llvm::StringRef(It->Name) != Name)
    return -1;
  return It - T.begin();
}

static llvm::Type *llvmType(llvm::LLVMContext &C, ABIType T) {
  switch (T) {
  case ABIType::Void:
    return llvm::Type::getVoidTy(C);
  case ABIType::I1:
    return llvm::Type::getInt1Ty(C);
  case ABIType::I8:
    return llvm::Type::getInt8Ty(C);
  case ABIType::I16:
    return llvm::Type::getInt16Ty(C);
  case ABIType::I32:
    return llvm::Type::getInt32Ty(C);
  case ABIType::I64:
    return llvm::Type::getInt64Ty(C);
  case ABIType::Float:
    return llvm::Type::getFloatTy(C);
  case ABIType::Double:
    return llvm::Type::getDoubleTy(C);
  case ABIType::Ptr:
    return llvm::PointerType::get(C, 0);
  }
  llvm_unreachable("covered switch");
}

static llvm::AttributeSet extAttrs(llvm::LLVMContext &C, ABIExt E) {
  switch (E) {
  case ABIExt::None:
    return {};
  case ABIExt::ZExt:
    return llvm::AttributeSet::get(
        C, {llvm::Attribute::get(C, llvm::Attribute::ZExt)});
  case ABIExt::SExt:
    return llvm::AttributeSet::get(
        C, {llvm::Attribute::get(C, llvm::Attribute::SExt)});
  }
  llvm_unreachable("covered switch");
}

llvm::Function *RuntimeABI::function(unsigned Index) {
  const ABIFunction &F = ABIFunctionTable[Index];
  llvm::LLVMContext &C = M.getContext();
  llvm::SmallVector<llvm::Type *, 8> Params;
  llvm::SmallVector<llvm::AttributeSet, 8> ParamAttrs;
  for (unsigned I = 0; I != F.NumParams; ++I) {
    const ABIValue &P = ABIParamTable[F.FirstParam + I];
    Params.push_back(llvmType(C, P.Ty));
    ParamAttrs.push_back(extAttrs(C, P.Ext));
  }
  auto *FTy = llvm::FunctionType::get(llvmType(C, F.Ret.Ty), Params, F.VarArg);
  if (llvm::Function *Existing = M.getFunction(F.Name)) {
    if (Existing->getFunctionType() != FTy)
      llvm::report_fatal_error(llvm::Twine("runtime entry point ") + F.Name +
                               " is already declared with another type");
    return Existing;
  }
  llvm::AttrBuilder FnAttrs(C);
  if (F.NoReturn)
    FnAttrs.addAttribute(llvm::Attribute::NoReturn);
  if (F.ReturnsTwice)
    FnAttrs.addAttribute(llvm::Attribute::ReturnsTwice);
  if (F.NoUnwind)
    FnAttrs.addAttribute(llvm::Attribute::NoUnwind);
  auto *Fn = llvm::Function::Create(FTy, llvm::GlobalValue::ExternalLinkage,
                                    F.Name, M);
  Fn->setAttributes(
      llvm::AttributeList::get(C, llvm::AttributeSet::get(C, FnAttrs),
                               extAttrs(C, F.Ret.Ext), ParamAttrs));
  return Fn;
}

llvm::GlobalVariable *RuntimeABI::global(unsigned Index) {
  const ABIGlobal &G = ABIGlobalTable[Index];
  if (llvm::GlobalVariable *Existing = M.getNamedGlobal(G.Name))
    return Existing;
  auto *Ty =
      llvm::ArrayType::get(llvm::Type::getInt8Ty(M.getContext()), G.Size);
  auto *GV = new llvm::GlobalVariable(M, Ty, G.Constant,
                                      llvm::GlobalValue::ExternalLinkage,
                                      /*Initializer=*/nullptr, G.Name);
  GV->setAlignment(llvm::Align(G.Align));
  return GV;
}

llvm::CallInst *RuntimeABI::emitCall(llvm::IRBuilderBase &IRB, unsigned Index,
                                     llvm::ArrayRef<llvm::Value *> Args,
                                     llvm::ArrayRef<llvm::Value *> VarArgs) {
  llvm::Function *F = function(Index);
  llvm::SmallVector<llvm::Value *, 8> All(Args);
  llvm::append_range(All, VarArgs);
  llvm::CallInst *Call = IRB.CreateCall(F, All);
  Call->setAttributes(F->getAttributes());
  return Call;
}

llvm::FunctionCallee RuntimeABI::get(llvm::StringRef Name) {
  int Index = find(ABIFunctionTable, Name);
  if (Index < 0)
    llvm::report_fatal_error("not a runtime entry point: " + Name);
  return function(Index);
}

llvm::GlobalVariable *RuntimeABI::getGlobal(llvm::StringRef Name) {
  int Index = find(ABIGlobalTable, Name);
  if (Index < 0)
    llvm::report_fatal_error("not a runtime variable: " + Name);
  return global(Index);
}

bool RuntimeABI::isEntryPoint(llvm::StringRef Name) {
  return find(ABIFunctionTable, Name) >= 0;
}

bool RuntimeABI::isGlobal(llvm::StringRef Name) {
  return find(ABIGlobalTable, Name) >= 0;
}

std::vector<llvm::StringRef> RuntimeABI::entryPointNames() {
  std::vector<llvm::StringRef> Names;
  for (const ABIFunction &F : ABIFunctionTable)
    Names.push_back(F.Name);
  return Names;
}

std::vector<llvm::StringRef> RuntimeABI::globalNames() {
  std::vector<llvm::StringRef> Names;
  for (const ABIGlobal &G : ABIGlobalTable)
    Names.push_back(G.Name);
  return Names;
}
