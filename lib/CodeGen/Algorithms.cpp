//===- Algorithms.cpp - Hash and equality of structs and arrays -----------===//
//
// gs::Type::Hash and ::Equal for aggregates: generated functions that walk
// the fields (skipping blank ones, as Go's == does) or elements and call
// each component's algorithm from its descriptor. Interfaces with methods
// are compared and hashed as the empty interface after loading the
// dynamic type from the itab.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

#include "goscape/AST/Object.h"

using namespace goscape;
using namespace goscape::codegen;

/// The algorithm function of component type T (from its descriptor).
static llvm::Value *componentAlg(ModuleCodeGen &MG, llvm::IRBuilder<> &B,
                                 const Type *T, bool Hash) {
  llvm::Constant *D = MG.typeDescriptor(T);
  // gs::Type: Size, PtrData, Align/Kind/Flags/Named, Hash, Equal.
  return B.CreateLoad(MG.PtrTy, B.CreateConstInBoundsGEP2_32(
                                    MG.DescTy, D, 0, Hash ? 6 : 7));
}

/// Calls the component algorithm for the value at offset Off of A (and B).
static llvm::Value *callAlg(ModuleCodeGen &MG, llvm::IRBuilder<> &B,
                            const Type *T, bool Hash, llvm::Value *A,
                            llvm::Value *BP, llvm::Value *Seed) {
  llvm::Value *Fn = componentAlg(MG, B, T, Hash);
  llvm::Type *I1 = B.getInt1Ty();
  if (Hash) {
    auto *FTy = llvm::FunctionType::get(MG.IntTy, {MG.PtrTy, MG.IntTy}, false);
    return B.CreateCall(FTy, Fn, {A, Seed});
  }
  auto *FTy = llvm::FunctionType::get(I1, {MG.PtrTy, MG.PtrTy}, false);
  return B.CreateCall(FTy, Fn, {A, BP});
}

/// Emits the per-component walk of an aggregate: Body is called with the
/// component type and its address in A (and B) for each component.
static void forEachComponent(
    ModuleCodeGen &MG, llvm::IRBuilder<> &B, const Type *T, llvm::Value *A,
    llvm::Value *BP,
    llvm::function_ref<void(const Type *, llvm::Value *, llvm::Value *)> Body) {
  const Type *U = T->getUnderlying();
  if (auto *ST = llvm::dyn_cast<Struct>(U)) {
    for (auto [I, V] : llvm::enumerate(ST->getFields())) {
      if (V->getName() == "_" || Sizes::sizeOf(V->getType()) == 0)
        continue;
      llvm::Type *Ty = MG.llvmType(ST);
      Body(V->getType(), B.CreateStructGEP(Ty, A, I),
           BP ? B.CreateStructGEP(Ty, BP, I) : nullptr);
    }
    return;
  }
  auto *AT = llvm::cast<Array>(U);
  llvm::Type *ElemTy = MG.llvmType(AT->getElem());
  if (AT->getLen() <= 8) {
    for (int64_t I = 0; I < AT->getLen(); ++I)
      Body(AT->getElem(), B.CreateConstInBoundsGEP1_64(ElemTy, A, I),
           BP ? B.CreateConstInBoundsGEP1_64(ElemTy, BP, I) : nullptr);
    return;
  }
  // Longer arrays: a loop over the elements.
  llvm::Function *Fn = B.GetInsertBlock()->getParent();
  llvm::BasicBlock *Pre = B.GetInsertBlock();
  auto *Loop = llvm::BasicBlock::Create(MG.Ctx, "elem", Fn);
  B.CreateBr(Loop);
  B.SetInsertPoint(Loop);
  llvm::PHINode *Idx = B.CreatePHI(MG.IntTy, 2);
  Idx->addIncoming(B.getInt64(0), Pre);
  Body(AT->getElem(), B.CreateInBoundsGEP(ElemTy, A, Idx),
       BP ? B.CreateInBoundsGEP(ElemTy, BP, Idx) : nullptr);
  llvm::Value *Next = B.CreateAdd(Idx, B.getInt64(1));
  Idx->addIncoming(Next, B.GetInsertBlock());
  auto *Done = llvm::BasicBlock::Create(MG.Ctx, "elems.done", Fn);
  B.CreateCondBr(B.CreateICmpULT(Next, B.getInt64(AT->getLen())), Loop, Done);
  B.SetInsertPoint(Done);
}

llvm::Function *ModuleCodeGen::equalFunction(const Type *T) {
  const Type *U = T->getUnderlying();
  llvm::Type *I1 = llvm::Type::getInt1Ty(Ctx);
  auto *FTy = llvm::FunctionType::get(I1, {PtrTy, PtrTy}, false);
  auto *Fn = llvm::Function::Create(FTy, llvm::GlobalValue::InternalLinkage,
                                    "eq:" + typeName(T), *LM);
  Fn->addRetAttr(llvm::Attribute::ZExt);
  auto *Entry = llvm::BasicBlock::Create(Ctx, "entry", Fn);
  auto *False = llvm::BasicBlock::Create(Ctx, "ne", Fn);
  llvm::IRBuilder<> B(Entry);
  if (auto *IT = llvm::dyn_cast<Interface>(U)) {
    (void)IT;
    // Non-empty interfaces: compare the dynamic types, then as interface{}.
    llvm::Value *TA = ifaceDynType(B, B.CreateLoad(PtrTy, Fn->getArg(0)));
    llvm::Value *TB = ifaceDynType(B, B.CreateLoad(PtrTy, Fn->getArg(1)));
    llvm::Value *EA = B.CreateAlloca(IfaceTy), *EB = B.CreateAlloca(IfaceTy);
    B.CreateStore(TA, B.CreateStructGEP(IfaceTy, EA, 0));
    B.CreateStore(B.CreateLoad(PtrTy, B.CreateStructGEP(IfaceTy, Fn->getArg(0), 1)),
                  B.CreateStructGEP(IfaceTy, EA, 1));
    B.CreateStore(TB, B.CreateStructGEP(IfaceTy, EB, 0));
    B.CreateStore(B.CreateLoad(PtrTy, B.CreateStructGEP(IfaceTy, Fn->getArg(1), 1)),
                  B.CreateStructGEP(IfaceTy, EB, 1));
    B.CreateRet(rtCall(B, "gs_nilinterequal", {EA, EB}));
    False->eraseFromParent();
    return Fn;
  }
  forEachComponent(*this, B, T, Fn->getArg(0), Fn->getArg(1),
                   [&](const Type *CT, llvm::Value *A, llvm::Value *BP) {
                     llvm::Value *Eq = callAlg(*this, B, CT, false, A, BP,
                                               nullptr);
                     auto *Next = llvm::BasicBlock::Create(Ctx, "next", Fn);
                     B.CreateCondBr(Eq, Next, False);
                     B.SetInsertPoint(Next);
                   });
  B.CreateRet(B.getTrue());
  B.SetInsertPoint(False);
  B.CreateRet(B.getFalse());
  return Fn;
}

llvm::Function *ModuleCodeGen::hashFunction(const Type *T) {
  const Type *U = T->getUnderlying();
  auto *FTy = llvm::FunctionType::get(IntTy, {PtrTy, IntTy}, false);
  auto *Fn = llvm::Function::Create(FTy, llvm::GlobalValue::InternalLinkage,
                                    "hash:" + typeName(T), *LM);
  llvm::IRBuilder<> B(llvm::BasicBlock::Create(Ctx, "entry", Fn));
  if (llvm::isa<Interface>(U)) {
    llvm::Value *E = B.CreateAlloca(IfaceTy);
    B.CreateStore(ifaceDynType(B, B.CreateLoad(PtrTy, Fn->getArg(0))),
                  B.CreateStructGEP(IfaceTy, E, 0));
    B.CreateStore(B.CreateLoad(PtrTy, B.CreateStructGEP(IfaceTy, Fn->getArg(0), 1)),
                  B.CreateStructGEP(IfaceTy, E, 1));
    B.CreateRet(rtCall(B, "gs_nilinterhash", {E, Fn->getArg(1)}));
    return Fn;
  }
  // The running hash lives in memory, so that array loops carry it.
  llvm::Value *H = B.CreateAlloca(IntTy);
  B.CreateStore(Fn->getArg(1), H);
  forEachComponent(*this, B, T, Fn->getArg(0), nullptr,
                   [&](const Type *CT, llvm::Value *A, llvm::Value *) {
                     B.CreateStore(callAlg(*this, B, CT, true, A, nullptr,
                                           B.CreateLoad(IntTy, H)),
                                   H);
                   });
  B.CreateRet(B.CreateLoad(IntTy, H));
  return Fn;
}

llvm::Value *ModuleCodeGen::ifaceDynType(llvm::IRBuilderBase &B,
                                         llvm::Value *Tab) {
  // Itab: {Inter, Tp, Fun...}; a nil interface has no itab.
  llvm::Value *IsNil = B.CreateIsNull(Tab);
  llvm::Value *Slot = B.CreateSelect(
      IsNil, llvm::ConstantPointerNull::get(PtrTy),
      B.CreateConstInBoundsGEP1_64(PtrTy, Tab, 1));
  // Load through a safe address: a nil itab reads nothing.
  llvm::Value *SafeSlot = B.CreateSelect(IsNil, nullSlot(), Slot);
  llvm::Value *Tp = B.CreateLoad(PtrTy, SafeSlot);
  return B.CreateSelect(IsNil, llvm::ConstantPointerNull::get(PtrTy), Tp);
}

llvm::Constant *ModuleCodeGen::nullSlot() {
  if (!NullSlot)
    NullSlot = new llvm::GlobalVariable(
        *LM, PtrTy, true, llvm::GlobalValue::PrivateLinkage,
        llvm::ConstantPointerNull::get(PtrTy), "nullslot");
  return NullSlot;
}
