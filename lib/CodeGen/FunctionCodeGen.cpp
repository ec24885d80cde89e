//===- FunctionCodeGen.cpp - Lowering one function: blocks, memory --------===//
//
// Blocks are lowered in reverse post-order (so every operand but a phi
// edge is lowered before its use); phis are completed at the end from the
// LLVM block each predecessor ended in (bounds and nil checks split
// blocks); a large value's phi is a temporary that each incoming edge
// copies into (README.md, "Large values"). The LLVM entry block holds the
// allocas of stack allocation sites and temporaries; a stack site is
// zeroed where the IR allocates it, so a variable declared in a loop
// starts from zero in each iteration.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

#include "goscape/AST/Constant.h"

#include "llvm/ADT/PostOrderIterator.h"

using namespace goscape;
using namespace goscape::codegen;

FunctionCodeGen::FunctionCodeGen(ModuleCodeGen &MG, const ir::Function &F)
    : MG(MG), F(F), Fn(MG.function(&F)), B(MG.Ctx) {}

llvm::Value *FunctionCodeGen::zeroValue(const Type *T) {
  if (ModuleCodeGen::isLarge(T))
    return MG.zeroGlobal(MG.llvmType(T));
  return llvm::Constant::getNullValue(MG.llvmType(T));
}

llvm::Value *FunctionCodeGen::constant(const ir::Const *C) {
  const Type *T = C->getType();
  if (ModuleCodeGen::isLarge(T))
    return zeroValue(T);
  llvm::Type *Ty = MG.llvmType(T);
  const Constant *V = C->getValue();
  if (!V || V->isUnknown())
    return llvm::Constant::getNullValue(Ty);
  if (Ty->isIntegerTy(1))
    return B.getInt1(V->getBool());
  if (Ty->isIntegerTy()) {
    if (std::optional<llvm::APInt> AI = V->getAPInt())
      return llvm::ConstantInt::get(Ty, AI->sextOrTrunc(Ty->getIntegerBitWidth()));
    return llvm::ConstantInt::get(Ty, (uint64_t)V->getDouble());
  }
  if (Ty->isFloatingPointTy())
    return llvm::ConstantFP::get(Ty, V->getDouble());
  if (Ty == MG.StringTy)
    return MG.stringConstant(V->getString());
  return llvm::Constant::getNullValue(Ty);
}

llvm::Value *FunctionCodeGen::get(const ir::Value *V) {
  if (auto *C = llvm::dyn_cast<ir::Const>(V))
    return constant(C);
  if (auto *G = llvm::dyn_cast<ir::Global>(V))
    return MG.global(G);
  if (auto *Fun = llvm::dyn_cast<ir::Function>(V))
    return MG.staticClosure(Fun);
  llvm::Value *R = Values.lookup(V);
  assert(R && "operand used before it was lowered");
  return R;
}

llvm::AllocaInst *FunctionCodeGen::temp(llvm::Type *Ty) {
  llvm::IRBuilder<> EB(AllocaPoint);
  auto *A = EB.CreateAlloca(Ty);
  A->setAlignment(llvm::Align(8));
  return A;
}

llvm::Value *FunctionCodeGen::spill(const Type *T, llvm::Value *V) {
  if (ModuleCodeGen::isLarge(T))
    return V;
  llvm::AllocaInst *A = temp(V->getType());
  B.CreateStore(V, A);
  return A;
}

llvm::Value *FunctionCodeGen::arrayInMemory(const ir::Value *V,
                                            llvm::Value *X) {
  if (llvm::Value *Mem = Spills.lookup(V))
    return Mem;
  llvm::Value *Mem;
  if (auto *C = llvm::dyn_cast<llvm::Constant>(X)) {
    auto *GV = new llvm::GlobalVariable(*MG.LM, C->getType(), true,
                                        llvm::GlobalValue::PrivateLinkage, C,
                                        "array");
    GV->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    Mem = GV;
  } else {
    // Stored once, where the value is defined: an index in a loop then
    // reads memory instead of storing the whole array each time.
    llvm::IRBuilder<> DB(MG.Ctx);
    if (auto *Def = llvm::dyn_cast<llvm::Instruction>(X))
      DB.SetInsertPoint(Def->getParent(),
                        llvm::isa<llvm::PHINode>(Def)
                            ? Def->getParent()->getFirstInsertionPt()
                            : std::next(Def->getIterator()));
    else
      DB.SetInsertPoint(AllocaPoint->getParent(),
                        std::next(AllocaPoint->getIterator()));
    llvm::AllocaInst *A = temp(X->getType());
    DB.CreateStore(X, A);
    Mem = A;
  }
  Spills[V] = Mem;
  return Mem;
}

llvm::Value *FunctionCodeGen::load(const Type *T, llvm::Value *Ptr) {
  if (!ModuleCodeGen::isLarge(T))
    return loadTyped(T, Ptr);
  llvm::AllocaInst *Copy = temp(MG.llvmType(T));
  copyValue(T, Copy, Ptr);
  return Copy;
}

void FunctionCodeGen::store(const Type *T, llvm::Value *V, llvm::Value *Ptr) {
  if (ModuleCodeGen::isLarge(T))
    copyValue(T, Ptr, V);
  else
    storeTyped(T, V, Ptr);
}

void FunctionCodeGen::copyValue(const Type *T, llvm::Value *Dst,
                                llvm::Value *Src) {
  if (Src == Dst)
    return;
  llvm::Type *Ty = MG.llvmType(T);
  if (auto *GV = llvm::dyn_cast<llvm::GlobalVariable>(Src);
      GV && GV->isConstant() && GV->hasInitializer() &&
      GV->getInitializer()->isNullValue()) {
    zeroMemory(Dst, Ty);
    return;
  }
  const llvm::DataLayout &DL = MG.LM->getDataLayout();
  B.CreateMemCpy(Dst, DL.getABITypeAlign(Ty), Src, DL.getABITypeAlign(Ty),
                 DL.getTypeAllocSize(Ty));
}

llvm::Value *FunctionCodeGen::element(const Type *AggT, llvm::Value *V,
                                      unsigned Idx, const Type *ElemT) {
  if (!ModuleCodeGen::isLarge(AggT))
    return B.CreateExtractValue(V, Idx);
  llvm::Type *Ty = MG.llvmType(AggT);
  llvm::Value *Addr =
      Ty->isArrayTy()
          ? B.CreateConstInBoundsGEP2_64(Ty, V, 0, Idx)
          : B.CreateStructGEP(Ty, V, Idx);
  // The aggregate's memory does not change while it is live: a large
  // component is addressed in place.
  if (ModuleCodeGen::isLarge(ElemT))
    return Addr;
  return B.CreateLoad(MG.llvmType(ElemT), Addr);
}

llvm::Value *FunctionCodeGen::makeTuple(const Tuple *TT,
                                        llvm::ArrayRef<llvm::Value *> Elems) {
  llvm::Type *Ty = MG.llvmType(TT);
  if (!ModuleCodeGen::isLarge(TT)) {
    llvm::Value *R = llvm::UndefValue::get(Ty);
    for (auto [K, E] : llvm::enumerate(Elems))
      R = B.CreateInsertValue(R, E, K);
    return R;
  }
  llvm::AllocaInst *Mem = temp(Ty);
  for (auto [K, E] : llvm::enumerate(Elems))
    store(TT->getVars()[K]->getType(), E, B.CreateStructGEP(Ty, Mem, K));
  return Mem;
}

void FunctionCodeGen::zeroMemory(llvm::Value *Ptr, llvm::Type *Ty) {
  // A memset, not a store of a zero aggregate: LLVM handles first-class
  // aggregates of huge arrays badly.
  uint64_t Size = MG.LM->getDataLayout().getTypeAllocSize(Ty);
  B.CreateMemSet(Ptr, B.getInt8(0), Size, llvm::MaybeAlign(8));
}

llvm::Value *FunctionCodeGen::allocate(const Type *T, bool OnStack) {
  llvm::Type *Ty = MG.llvmType(T);
  if (OnStack) {
    llvm::AllocaInst *A = temp(Ty);
    zeroMemory(A, Ty);
    return A;
  }
  return freshMemory(MG.RT->call_gs_newobject(B, MG.typeDescriptor(T)));
}

llvm::Value *FunctionCodeGen::allocateBytes(llvm::Value *Size, bool Scan,
                                            bool OnStack) {
  if (Scan)
    return freshMemory(MG.RT->call_gs_alloc(B, Size));
  return freshMemory(MG.RT->call_gs_alloc_noscan(B, Size));
}

llvm::CallInst *FunctionCodeGen::rt(llvm::StringRef Name,
                                    llvm::ArrayRef<llvm::Value *> Args) {
  return MG.rtCall(B, Name, Args);
}

void FunctionCodeGen::panicIf(llvm::Value *Cond, llvm::StringRef Name,
                              llvm::ArrayRef<llvm::Value *> Args) {
  auto *Fail = llvm::BasicBlock::Create(MG.Ctx, "panic", Fn);
  auto *Cont = llvm::BasicBlock::Create(MG.Ctx, "ok", Fn);
  B.CreateCondBr(Cond, Fail, Cont);
  B.SetInsertPoint(Fail);
  rt(Name, Args);
  B.CreateUnreachable();
  B.SetInsertPoint(Cont);
}

void FunctionCodeGen::nilCheck(llvm::Value *Ptr) {
  if (llvm::isa<llvm::AllocaInst, llvm::GlobalValue>(Ptr))
    return;
  panicIf(B.CreateIsNull(Ptr), "gs_panic_nil", {});
}

void FunctionCodeGen::boundsCheck(llvm::Value *Idx, llvm::Value *Len,
                                  bool Signed) {
  if (Signed) {
    panicIf(B.CreateICmpUGE(Idx, Len), "gs_panic_index", {Idx, Len});
    return;
  }
  // An unsigned index prints as unsigned (code 0: BoundsIndex).
  panicIf(B.CreateICmpUGE(Idx, Len), "gs_panic_bounds",
          {B.getInt8(0), Idx, B.getFalse(), Len});
}

/// Addresses IR code may use without a nil check: they come from an
/// allocation, a global, or an earlier checked address computation.
static bool isKnownNonNil(const ir::Value *V) {
  return llvm::isa<ir::Alloc, ir::Global, ir::FieldAddr, ir::IndexAddr,
                   ir::FreeVar>(V);
}

/// Converts an index of any integer type to int.
static llvm::Value *toInt(llvm::IRBuilder<> &B, llvm::Value *V,
                          const Type *T, llvm::Type *IntTy) {
  if (V->getType() == IntTy)
    return V;
  return isUnsigned(T) ? B.CreateZExtOrTrunc(V, IntTy)
                       : B.CreateSExtOrTrunc(V, IntTy);
}

void FunctionCodeGen::unsupported(const ir::Instr *I, llvm::StringRef What) {
  MG.error(I->getLoc(),
           What + " are not supported by goscape code generation yet");
  // Keep lowering to report every unsupported construct; the module is
  // discarded.
  if (I->definesValue() && I->getType())
    Values[I] = llvm::UndefValue::get(MG.valueType(I->getType()));
}

void FunctionCodeGen::run() {
  EntryBB = llvm::BasicBlock::Create(MG.Ctx, "entry", Fn);
  B.SetInsertPoint(EntryBB);
  AllocaPoint = B.CreateAlloca(B.getInt8Ty(), nullptr, "allocapoint");
  for (const ir::BasicBlock *BB : F.blocks())
    Blocks[BB] = llvm::BasicBlock::Create(
        MG.Ctx, BB->getComment().empty() ? "b" : BB->getComment(), Fn);
  for (const ir::Parameter *P : F.params()) {
    Values[P] = Fn->getArg(P->getIndex() + 1);
    assumeLengths(P->getType(), Values[P]);
  }
  if (!F.freeVars().empty()) {
    llvm::StructType *CT = closureType(&F);
    for (const ir::FreeVar *FV : F.freeVars()) {
      llvm::Value *Slot =
          B.CreateStructGEP(CT, Fn->getArg(0), FV->getIndex() + 1);
      Values[FV] = FV->getCaptureMode() == ir::CaptureMode::ByValue
                       ? Slot
                       : B.CreateLoad(MG.PtrTy, Slot);
    }
  }
  setupDefers();
  B.CreateBr(Blocks[F.getEntryBlock()]);

  // Reverse post-order from the entry, then the blocks kept unreachable
  // (a recover landing pad).
  std::vector<const ir::BasicBlock *> Order;
  {
    llvm::DenseSet<const ir::BasicBlock *> Seen;
    std::vector<std::pair<const ir::BasicBlock *, unsigned>> Stack;
    std::vector<const ir::BasicBlock *> Post;
    for (const ir::BasicBlock *Root : F.blocks()) {
      if (Root != F.getEntryBlock() && !Root->isKeptUnreachable())
        continue;
      if (!Seen.insert(Root).second)
        continue;
      Stack.push_back({Root, 0});
      while (!Stack.empty()) {
        auto &[BB, Next] = Stack.back();
        llvm::ArrayRef<ir::BasicBlock *> Succs = BB->succs();
        if (Next < Succs.size()) {
          const ir::BasicBlock *S = Succs[Next++];
          if (Seen.insert(S).second)
            Stack.push_back({S, 0});
          continue;
        }
        Post.push_back(BB);
        Stack.pop_back();
      }
      Order.insert(Order.end(), Post.rbegin(), Post.rend());
      Post.clear();
    }
  }
  // The phis of each block: an LLVM phi, or for a large value its memory.
  std::vector<std::pair<const ir::BasicBlock *,
                        std::vector<std::pair<const ir::Phi *, llvm::Value *>>>>
      Phis;
  for (const ir::BasicBlock *BB : Order) {
    B.SetInsertPoint(Blocks[BB]);
    llvm::ArrayRef<ir::Instr *> Instrs = BB->instrs();
    for (unsigned K = 0; K < Instrs.size(); ++K) {
      const ir::Instr *I = Instrs[K];
      if (auto *L = llvm::dyn_cast<ir::Lookup>(I))
        if (const ir::MapUpdate *U = updateAfterLookup(Instrs, K))
          AssigningLookups[L] = U;
      if (auto *P = llvm::dyn_cast<ir::Phi>(I)) {
        llvm::Value *PV =
            ModuleCodeGen::isLarge(P->getType())
                ? (llvm::Value *)temp(MG.llvmType(P->getType()))
                : B.CreatePHI(MG.llvmType(P->getType()), P->getNumOperands());
        Values[P] = PV;
        if (Phis.empty() || Phis.back().first != BB)
          Phis.push_back({BB, {}});
        Phis.back().second.push_back({P, PV});
        continue;
      }
      lowerInstr(I);
    }
    EndBlocks[BB] = B.GetInsertBlock();
  }
  for (auto &[BB, BlockPhis] : Phis)
    completePhis(BB, BlockPhis);
  // Blocks never reached keep no instructions; give them a terminator.
  for (llvm::BasicBlock &BB : *Fn)
    if (!BB.getTerminator()) {
      B.SetInsertPoint(&BB);
      B.CreateUnreachable();
    }
  AllocaPoint->eraseFromParent();
  if (isMethodExprThunk(F))
    ModuleCodeGen::keepCalleeFrames(Fn);
}

void FunctionCodeGen::lowerInstr(const ir::Instr *I) {
  llvm::Value *R = nullptr;
  switch (I->getKind()) {
  case ir::ValueKind::Alloc: {
    auto *A = llvm::cast<ir::Alloc>(I);
    if (Values.count(A))
      return; // allocated before the defer frame opened
    R = allocate(A->getAllocatedType(),
                 A->getDecision() == ir::AllocDecision::Stack);
    break;
  }
  case ir::ValueKind::Store: {
    auto *S = llvm::cast<ir::Store>(I);
    llvm::Value *Addr = get(S->getAddr());
    if (!isKnownNonNil(S->getAddr()))
      nilCheck(Addr);
    const ir::Value *V = S->getVal();
    store(V->getType(), get(V), Addr);
    return;
  }
  case ir::ValueKind::FieldAddr: {
    auto *FA = llvm::cast<ir::FieldAddr>(I);
    llvm::Value *X = get(FA->getX());
    if (!isKnownNonNil(FA->getX()))
      nilCheck(X);
    const Type *ST =
        llvm::cast<Pointer>(FA->getX()->getType()->getUnderlying())->getElem();
    R = B.CreateStructGEP(MG.llvmType(ST), X, FA->getFieldIndex());
    break;
  }
  case ir::ValueKind::Field: {
    auto *FI = llvm::cast<ir::Field>(I);
    R = element(FI->getX()->getType(), get(FI->getX()), FI->getFieldIndex(),
                FI->getType());
    break;
  }
  case ir::ValueKind::IndexAddr: {
    auto *IA = llvm::cast<ir::IndexAddr>(I);
    llvm::Value *X = get(IA->getX());
    llvm::Value *Idx = toInt(B, get(IA->getIndex()), IA->getIndex()->getType(),
                             MG.IntTy);
    const Type *XT = IA->getX()->getType()->getUnderlying();
    if (auto *ST = llvm::dyn_cast<goscape::Slice>(XT)) {
      boundsCheck(Idx, B.CreateExtractValue(X, 1),
                  !isUnsigned(IA->getIndex()->getType()));
      llvm::Value *Data = B.CreateExtractValue(X, 0);
      // A slice with elements has an array: later nil checks of the
      // element's address (a pointer variable reloaded) fold away.
      assumeNonNil(Data);
      R = B.CreateInBoundsGEP(MG.llvmType(ST->getElem()), Data, Idx);
      break;
    }
    auto *AT = llvm::cast<Array>(
        llvm::cast<Pointer>(XT)->getElem()->getUnderlying());
    if (!isKnownNonNil(IA->getX()))
      nilCheck(X);
    if (!llvm::isa<llvm::ConstantInt>(Idx) ||
        llvm::cast<llvm::ConstantInt>(Idx)->getZExtValue() >=
            uint64_t(AT->getLen()))
      boundsCheck(Idx, B.getInt64(AT->getLen()),
                  !isUnsigned(IA->getIndex()->getType()));
    R = B.CreateInBoundsGEP(MG.llvmType(AT->getElem()), X, Idx);
    break;
  }
  case ir::ValueKind::Index: {
    auto *IX = llvm::cast<ir::Index>(I);
    auto *AT = llvm::cast<Array>(IX->getX()->getType()->getUnderlying());
    llvm::Value *Idx = toInt(B, get(IX->getIndex()), IX->getIndex()->getType(),
                             MG.IntTy);
    if (auto *CI = llvm::dyn_cast<llvm::ConstantInt>(Idx);
        CI && CI->getZExtValue() < uint64_t(AT->getLen())) {
      R = element(IX->getX()->getType(), get(IX->getX()), CI->getZExtValue(),
                  IX->getType());
      break;
    }
    boundsCheck(Idx, B.getInt64(AT->getLen()),
                !isUnsigned(IX->getIndex()->getType()));
    llvm::Value *X = get(IX->getX());
    if (ModuleCodeGen::isLarge(AT)) {
      llvm::Value *Addr =
          B.CreateInBoundsGEP(MG.llvmType(AT->getElem()), X, Idx);
      R = ModuleCodeGen::isLarge(AT->getElem())
              ? Addr
              : B.CreateLoad(MG.llvmType(AT->getElem()), Addr);
      break;
    }
    if (auto *C = llvm::dyn_cast<llvm::Constant>(X); C && C->isNullValue()) {
      R = zeroValue(AT->getElem());
      break;
    }
    R = load(AT->getElem(), B.CreateInBoundsGEP(MG.llvmType(AT->getElem()),
                                                arrayInMemory(IX->getX(), X),
                                                Idx));
    break;
  }
  case ir::ValueKind::Extract: {
    auto *E = llvm::cast<ir::Extract>(I);
    R = element(E->getTuple()->getType(), get(E->getTuple()), E->getIndex(),
                E->getType());
    break;
  }
  case ir::ValueKind::ChangeType:
    R = get(llvm::cast<ir::ChangeType>(I)->getX());
    break;
  case ir::ValueKind::SliceToArrayPointer: {
    auto *SA = llvm::cast<ir::SliceToArrayPointer>(I);
    llvm::Value *X = get(SA->getX());
    auto *AT = llvm::cast<Array>(
        llvm::cast<Pointer>(SA->getType()->getUnderlying())->getElem()->getUnderlying());
    llvm::Value *Len = B.CreateExtractValue(X, 1);
    // Code 8: BoundsConvert (Panic.h).
    panicIf(B.CreateICmpSLT(Len, B.getInt64(AT->getLen())), "gs_panic_bounds",
            {B.getInt8(8), B.getInt64(AT->getLen()), B.getTrue(), Len});
    R = B.CreateExtractValue(X, 0);
    break;
  }
  case ir::ValueKind::DebugRef:
    return;
  case ir::ValueKind::Jump:
    B.CreateBr(Blocks[llvm::cast<ir::Jump>(I)->getTarget()]);
    return;
  case ir::ValueKind::If: {
    auto *If = llvm::cast<ir::If>(I);
    B.CreateCondBr(get(If->getCond()), Blocks[If->getThen()],
                   Blocks[If->getElse()]);
    return;
  }
  case ir::ValueKind::Return:
    lowerReturn(llvm::cast<ir::Return>(I));
    return;
  case ir::ValueKind::Panic:
    lowerPanic(llvm::cast<ir::Panic>(I));
    return;
  case ir::ValueKind::RunDefers:
    if (!DeferFrame)
      return;
    if (auto *Ret = llvm::dyn_cast<ir::Return>(I->getParent()->instrs().back());
        Ret && ResultSlot)
      saveResults(Ret);
    MG.RT->call_gs_defer_return(B, DeferFrame);
    return;
  case ir::ValueKind::BinOp:
    R = lowerBinOp(llvm::cast<ir::BinOp>(I));
    break;
  case ir::ValueKind::UnOp:
    if (llvm::cast<ir::UnOp>(I)->getOp() == Operator::Recv)
      return unsupported(I, "channels");
    R = lowerUnOp(llvm::cast<ir::UnOp>(I));
    break;
  case ir::ValueKind::Convert: {
    auto *C = llvm::cast<ir::Convert>(I);
    auto IsUnsafe = [](const Type *T) {
      auto *BT = llvm::dyn_cast<Basic>(T->getUnderlying());
      return BT && BT->getBasicKind() == BasicKind::UnsafePointer;
    };
    if (IsUnsafe(C->getType()) || IsUnsafe(C->getX()->getType()))
      return unsupported(I, "unsafe.Pointer conversions");
    R = lowerConvert(C);
    break;
  }
  case ir::ValueKind::Call:
    R = lowerCall(llvm::cast<ir::Call>(I));
    break;
  case ir::ValueKind::Defer:
    lowerDefer(llvm::cast<ir::Defer>(I));
    return;
  case ir::ValueKind::MakeClosure:
    R = lowerMakeClosure(llvm::cast<ir::MakeClosure>(I));
    break;
  case ir::ValueKind::BoundMethod:
    R = lowerBoundMethod(llvm::cast<ir::BoundMethod>(I));
    break;
  case ir::ValueKind::MakeSlice:
    R = lowerMakeSlice(llvm::cast<ir::MakeSlice>(I));
    break;
  case ir::ValueKind::Slice:
    R = lowerSlice(llvm::cast<ir::Slice>(I));
    break;
  case ir::ValueKind::StringConvert:
    R = lowerStringConvert(llvm::cast<ir::StringConvert>(I));
    break;
  case ir::ValueKind::Concat:
    R = lowerConcat(llvm::cast<ir::Concat>(I));
    break;
  case ir::ValueKind::Append:
    R = lowerAppend(llvm::cast<ir::Append>(I));
    break;
  case ir::ValueKind::Copy:
    R = lowerCopy(llvm::cast<ir::Copy>(I));
    break;
  case ir::ValueKind::BuiltinCall:
    R = lowerBuiltin(llvm::cast<ir::BuiltinCall>(I));
    break;
  case ir::ValueKind::MakeMap:
    R = lowerMakeMap(llvm::cast<ir::MakeMap>(I));
    break;
  case ir::ValueKind::Lookup:
    R = lowerLookup(llvm::cast<ir::Lookup>(I));
    break;
  case ir::ValueKind::MapUpdate:
    lowerMapUpdate(llvm::cast<ir::MapUpdate>(I));
    return;
  case ir::ValueKind::MapDelete:
    lowerMapDelete(llvm::cast<ir::MapDelete>(I));
    return;
  case ir::ValueKind::Range:
    R = lowerRange(llvm::cast<ir::Range>(I));
    break;
  case ir::ValueKind::Next:
    R = lowerNext(llvm::cast<ir::Next>(I));
    break;
  case ir::ValueKind::MakeInterface:
    R = lowerMakeInterface(llvm::cast<ir::MakeInterface>(I));
    break;
  case ir::ValueKind::ChangeInterface: {
    auto *CI = llvm::cast<ir::ChangeInterface>(I);
    R = convertInterface(get(CI->getX()), CI->getX()->getType(),
                         CI->getType());
    break;
  }
  case ir::ValueKind::TypeAssert:
    R = lowerTypeAssert(llvm::cast<ir::TypeAssert>(I));
    break;
  case ir::ValueKind::Go:
    return unsupported(I, "goroutines");
  case ir::ValueKind::MakeChan:
  case ir::ValueKind::Send:
    return unsupported(I, "channels");
  case ir::ValueKind::Select:
    return unsupported(I, "select statements");
  case ir::ValueKind::Phi:
  default:
    MG.error(I->getLoc(), "internal error: cannot generate code for " +
                              ir::getValueKindName(I->getKind()));
    if (I->definesValue() && I->getType())
      Values[I] = llvm::UndefValue::get(MG.valueType(I->getType()));
    return;
  }
  if (R)
    Values[I] = R;
  else if (MG.HadError && I->definesValue() && I->getType())
    Values[I] = llvm::UndefValue::get(MG.valueType(I->getType()));
}

void FunctionCodeGen::completePhis(
    const ir::BasicBlock *BB,
    llvm::ArrayRef<std::pair<const ir::Phi *, llvm::Value *>> Phis) {
  unsigned NumLarge = llvm::count_if(Phis, [](const auto &P) {
    return ModuleCodeGen::isLarge(P.first->getType());
  });
  for (auto [K, Pred] : llvm::enumerate(BB->preds())) {
    llvm::BasicBlock *From = EndBlocks.lookup(Pred);
    if (!From)
      continue; // an unreachable predecessor
    // A value from an unvisited block can only flow along a dead edge.
    auto Incoming = [&](const ir::Value *V) -> llvm::Value * {
      if (!llvm::isa<ir::Const, ir::Global, ir::Function>(V) &&
          !Values.count(V))
        return nullptr;
      return get(V);
    };
    if (NumLarge) {
      // The copies into the phis' memory belong to this edge only: a
      // predecessor with several successors gets a block on the edge.
      llvm::Instruction *Term = From->getTerminator();
      if (Term->getNumSuccessors() > 1) {
        auto *Edge = llvm::BasicBlock::Create(MG.Ctx, "phi.copy", Fn);
        Term->replaceSuccessorWith(Blocks[BB], Edge);
        llvm::BranchInst::Create(Blocks[BB], Edge);
        From = Edge;
      }
      B.SetInsertPoint(From->getTerminator());
      // The copies form a parallel assignment: with several large phis,
      // one may read another's memory (or a part of it), so every source
      // is copied aside first.
      std::vector<std::pair<const ir::Phi *, llvm::Value *>> Sources;
      for (auto &[P, PV] : Phis) {
        if (!ModuleCodeGen::isLarge(P->getType()))
          continue;
        llvm::Value *Src = Incoming(P->getOperand(K));
        if (!Src || Src == PV)
          continue;
        if (NumLarge > 1) {
          llvm::Value *Aside = temp(MG.llvmType(P->getType()));
          copyValue(P->getType(), Aside, Src);
          Src = Aside;
        }
        Sources.push_back({P, Src});
      }
      for (auto &[P, Src] : Sources)
        copyValue(P->getType(), Values[P], Src);
    }
    for (auto &[P, PV] : Phis) {
      if (ModuleCodeGen::isLarge(P->getType()))
        continue;
      auto *PN = llvm::cast<llvm::PHINode>(PV);
      llvm::Value *In = Incoming(P->getOperand(K));
      PN->addIncoming(In ? In : llvm::UndefValue::get(PN->getType()), From);
    }
  }
}
