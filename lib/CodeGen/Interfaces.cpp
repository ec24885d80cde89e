//===- Interfaces.cpp - Boxing, type assertions, interface conversion -----===//
//
// An interface value is {type or itab, data}. Pointer-shaped values are
// their own data word; constants live in read-only data, escaping one-byte
// values and integers below 256 in a shared table of the 256 byte values
// (as gc); others are boxed
// (the MakeInterface allocation site: an alloca when escape analysis keeps
// it on the stack). Assertions
// to a concrete type compare descriptors (the dynamic type of a non-empty
// interface comes from its itab); assertions and conversions to non-empty
// interfaces ask the runtime for the itab.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

using namespace goscape;
using namespace goscape::codegen;

static bool isEmptyIface(const Type *T) {
  return llvm::cast<Interface>(T->getUnderlying())->isEmpty();
}

/// gc's isdirectiface: pointer-shaped, or a struct of one field or an
/// array of one element that is. goscape boxes the aggregates among them,
/// but escape analysis (like gc) sees no allocation there, so its Stack
/// decision cannot bound the box's lifetime.
static bool gcDirectIface(const Type *T) {
  if (ModuleCodeGen::isPointerShaped(T))
    return true;
  const Type *U = T->getUnderlying();
  if (auto *ST = llvm::dyn_cast<Struct>(U))
    return ST->getFields().size() == 1 &&
           gcDirectIface(ST->getFields()[0]->getType());
  if (auto *AT = llvm::dyn_cast<Array>(U))
    return AT->getLen() == 1 && gcDirectIface(AT->getElem());
  return false;
}

/// How gc's convT boxes an escaping value of type T from its table of the
/// 256 byte values: always (bool, int8, uint8 and named types over them),
/// when the value is below 256 as unsigned (wider integers), or never.
enum class TableBox { Never, Always, IfSmall };

static TableBox tableBox(const Type *T) {
  auto *BT = llvm::dyn_cast<Basic>(T->getUnderlying());
  if (!BT)
    return TableBox::Never;
  switch (BT->getBasicKind()) {
  case BasicKind::Bool:
  case BasicKind::Int8:
  case BasicKind::Uint8:
    return TableBox::Always;
  case BasicKind::Int:
  case BasicKind::Int16:
  case BasicKind::Int32:
  case BasicKind::Int64:
  case BasicKind::Uint:
  case BasicKind::Uint16:
  case BasicKind::Uint32:
  case BasicKind::Uint64:
  case BasicKind::Uintptr:
    return TableBox::IfSmall;
  default:
    return TableBox::Never;
  }
}

llvm::GlobalVariable *ModuleCodeGen::smallValueBoxes() {
  if (SmallValueBoxes)
    return SmallValueBoxes;
  // 256 little-endian words holding 0..255: entry v's first byte is v.
  llvm::SmallVector<llvm::Constant *, 256> Words;
  for (uint64_t V = 0; V != 256; ++V)
    Words.push_back(llvm::ConstantInt::get(llvm::Type::getInt64Ty(Ctx), V));
  auto *AT = llvm::ArrayType::get(llvm::Type::getInt64Ty(Ctx), 256);
  SmallValueBoxes = new llvm::GlobalVariable(
      *LM, AT, /*isConstant=*/true, llvm::GlobalValue::PrivateLinkage,
      llvm::ConstantArray::get(AT, Words), "smallvalueboxes");
  SmallValueBoxes->setAlignment(llvm::Align(8));
  return SmallValueBoxes;
}

llvm::Value *FunctionCodeGen::lowerMakeInterface(const ir::MakeInterface *I) {
  const Type *T = I->getX()->getType();
  llvm::Value *Word = isEmptyIface(I->getType())
                          ? MG.typeDescriptor(T)
                          : MG.itab(T, I->getType());
  llvm::Value *Data;
  llvm::Value *X = get(I->getX());
  if (ModuleCodeGen::isLarge(T)) {
    // A large constant (zero) is boxed by its read-only memory.
    if (llvm::isa<ir::Const>(I->getX())) {
      Data = X;
    } else {
      Data = allocate(T, I->getDecision() == ir::AllocDecision::Stack);
      store(T, X, Data);
    }
  } else if (ModuleCodeGen::isPointerShaped(T)) {
    Data = X;
  } else if (auto *C = llvm::dyn_cast<llvm::Constant>(X)) {
    // A constant is boxed in read-only data, as gc does: no allocation.
    auto *GV = new llvm::GlobalVariable(*MG.LM, C->getType(), true,
                                        llvm::GlobalValue::PrivateLinkage, C,
                                        "constbox");
    GV->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    GV->setAlignment(llvm::Align(8));
    Data = GV;
  } else if (I->getDecision() != ir::AllocDecision::Stack &&
             tableBox(T) == TableBox::Always) {
    // As gc's convT: a one-byte value's box is its entry in a shared
    // read-only table, never an allocation.
    Data = B.CreateInBoundsGEP(B.getInt64Ty(), MG.smallValueBoxes(),
                               B.CreateZExt(X, B.getInt64Ty()));
  } else if (I->getDecision() != ir::AllocDecision::Stack &&
             tableBox(T) == TableBox::IfSmall) {
    // As gc's convT16/32/64: a value below 256 (as unsigned) is boxed by
    // its table entry, which reads as the same value at any width on
    // little-endian x86-64; any other value gets a heap box.
    llvm::Value *V = B.CreateZExt(X, B.getInt64Ty());
    llvm::BasicBlock *Small = llvm::BasicBlock::Create(MG.Ctx, "box.small", Fn);
    llvm::BasicBlock *Heap = llvm::BasicBlock::Create(MG.Ctx, "box.heap", Fn);
    llvm::BasicBlock *Done = llvm::BasicBlock::Create(MG.Ctx, "box.done", Fn);
    B.CreateCondBr(B.CreateICmpULT(V, B.getInt64(256)), Small, Heap);
    B.SetInsertPoint(Small);
    llvm::Value *Entry =
        B.CreateInBoundsGEP(B.getInt64Ty(), MG.smallValueBoxes(), V);
    B.CreateBr(Done);
    B.SetInsertPoint(Heap);
    llvm::Value *Box = allocate(T, false);
    store(T, X, Box);
    llvm::BasicBlock *HeapEnd = B.GetInsertBlock();
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
    llvm::PHINode *P = B.CreatePHI(MG.PtrTy, 2);
    P->addIncoming(Entry, Small);
    P->addIncoming(Box, HeapEnd);
    Data = P;
  } else {
    Data = allocate(T, I->getDecision() == ir::AllocDecision::Stack &&
                           !gcDirectIface(T));
    store(T, X, Data);
  }
  llvm::Value *R = llvm::UndefValue::get(MG.IfaceTy);
  R = B.CreateInsertValue(R, Word, 0);
  return B.CreateInsertValue(R, Data, 1);
}

/// The dynamic type of interface value V of static type T.
static llvm::Value *dynType(FunctionCodeGen &G, const Type *T, llvm::Value *V) {
  llvm::Value *W = G.B.CreateExtractValue(V, 0);
  return isEmptyIface(T) ? W : G.MG.ifaceDynType(G.B, W);
}

llvm::Value *FunctionCodeGen::convertInterface(llvm::Value *V,
                                               const Type *From,
                                               const Type *To) {
  llvm::Value *Have = dynType(*this, From, V);
  llvm::Value *Word = Have;
  if (!isEmptyIface(To)) {
    // Statically checked: only a nil interface has no itab.
    llvm::Value *IsNil = B.CreateIsNull(Have);
    llvm::BasicBlock *Head = B.GetInsertBlock();
    auto *Get = llvm::BasicBlock::Create(MG.Ctx, "getitab", Fn);
    auto *Done = llvm::BasicBlock::Create(MG.Ctx, "getitab.done", Fn);
    B.CreateCondBr(IsNil, Done, Get);
    B.SetInsertPoint(Get);
    llvm::Value *Tab =
        MG.RT->call_gs_getitab(B, MG.typeDescriptor(To), Have, B.getFalse());
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
    llvm::PHINode *P = B.CreatePHI(MG.PtrTy, 2);
    P->addIncoming(llvm::ConstantPointerNull::get(MG.PtrTy), Head);
    P->addIncoming(Tab, Get);
    Word = P;
  }
  return B.CreateInsertValue(V, Word, 0);
}

llvm::Value *FunctionCodeGen::lowerTypeAssert(const ir::TypeAssert *I) {
  const Type *XT = I->getX()->getType();
  const Type *A = I->getAssertedType();
  llvm::Value *X = get(I->getX());
  llvm::Value *Have = dynType(*this, XT, X);
  llvm::Value *Data = B.CreateExtractValue(X, 1);
  llvm::Value *Ok, *V;
  if (llvm::isa<Interface>(A->getUnderlying())) {
    llvm::Value *Word = Have;
    if (isEmptyIface(A)) {
      Ok = B.CreateIsNotNull(Have);
      if (!I->isCommaOk())
        panicIf(B.CreateNot(Ok), "gs_panicdottype",
                {Have, MG.typeDescriptor(A), MG.typeDescriptor(XT)});
    } else if (I->isCommaOk()) {
      Word = MG.RT->call_gs_assertE2I2(B, MG.typeDescriptor(A), Have);
      Ok = B.CreateIsNotNull(Word);
    } else {
      Word = MG.RT->call_gs_assertE2I(B, MG.typeDescriptor(A), Have);
      Ok = B.getTrue();
    }
    V = llvm::UndefValue::get(MG.IfaceTy);
    V = B.CreateInsertValue(V, B.CreateSelect(Ok, Word,
                                              llvm::ConstantPointerNull::get(MG.PtrTy)),
                            0);
    V = B.CreateInsertValue(V, B.CreateSelect(Ok, Data,
                                              llvm::ConstantPointerNull::get(MG.PtrTy)),
                            1);
  } else {
    llvm::Value *Want = MG.typeDescriptor(A);
    Ok = B.CreateICmpEQ(Have, Want);
    if (!I->isCommaOk())
      panicIf(B.CreateNot(Ok), "gs_panicdottype",
              {Have, Want, MG.typeDescriptor(XT)});
    if (ModuleCodeGen::isPointerShaped(A)) {
      V = B.CreateSelect(Ok, Data, llvm::ConstantPointerNull::get(MG.PtrTy));
    } else {
      // Read the box only when the assertion holds.
      llvm::BasicBlock *Head = B.GetInsertBlock();
      auto *Load = llvm::BasicBlock::Create(MG.Ctx, "assert.load", Fn);
      auto *Done = llvm::BasicBlock::Create(MG.Ctx, "assert.done", Fn);
      B.CreateCondBr(Ok, Load, Done);
      B.SetInsertPoint(Load);
      llvm::Value *Loaded = load(A, Data);
      B.CreateBr(Done);
      B.SetInsertPoint(Done);
      // A large value's copy (load) or the zero value's memory.
      llvm::PHINode *P = B.CreatePHI(MG.valueType(A), 2);
      P->addIncoming(zeroValue(A), Head);
      P->addIncoming(Loaded, Load);
      V = P;
    }
  }
  if (!I->isCommaOk())
    return V;
  return makeTuple(llvm::cast<Tuple>(I->getType()), {V, Ok});
}
