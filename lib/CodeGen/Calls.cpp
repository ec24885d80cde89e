//===- Calls.cpp - Calls, closures, method values, defer, return ----------===//
//
// Calling convention (runtime/include/goscape-rt/Type.h): the closure
// context is the hidden first parameter, then the Go parameters as LLVM
// first-class values; results come back as void, one value or a struct.
// A large parameter (ModuleCodeGen::isLarge) is the address of a copy
// the caller owns and the callee only reads; large results are written
// through an extra last parameter to caller-owned memory.
// A closure object is {code, slot...}: a slot holds the captured
// variable's address, or the variable itself when escape analysis chose
// capture by value. Interface calls load the code from the itab (after
// Inter and Tp) and pass the data word as receiver.
//
// Defer follows runtime/include/goscape-rt/Panic.h: the function opens a
// frame (gs_defer_begin + _setjmp) in its entry block; each defer pushes a
// thunk closure holding the callee and the evaluated arguments. recover()
// identifies its caller by the return-address slot; the frame discipline
// it relies on (unwind tables, no tail calls, no inlining of recover's
// callers or of thunks' callees) is set here and in CodeGen.cpp.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

#include "goscape/AST/Object.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Intrinsics.h"

using namespace goscape;
using namespace goscape::codegen;

llvm::StructType *FunctionCodeGen::closureType(const ir::Function *Body) {
  std::vector<llvm::Type *> Slots{MG.PtrTy};
  for (const ir::FreeVar *FV : Body->freeVars())
    Slots.push_back(
        FV->getCaptureMode() == ir::CaptureMode::ByValue
            ? MG.llvmType(
                  llvm::cast<Pointer>(FV->getType()->getUnderlying())->getElem())
            : MG.PtrTy);
  return llvm::StructType::get(MG.Ctx, Slots);
}

llvm::Value *FunctionCodeGen::callGo(llvm::FunctionType *FTy,
                                     llvm::Value *Callee, llvm::Value *CtxArg,
                                     llvm::ArrayRef<llvm::Value *> Args,
                                     const Signature *Sig) {
  std::vector<llvm::Value *> All{CtxArg};
  All.insert(All.end(), Args.begin(), Args.end());
  llvm::Value *Out = nullptr;
  if (ModuleCodeGen::returnsInMemory(Sig)) {
    const Tuple *Res = Sig->getResults();
    Out = temp(MG.llvmType(Res->size() == 1 ? Res->getVars()[0]->getType()
                                            : Res));
    All.push_back(Out);
  }
  llvm::CallInst *C = B.CreateCall(FTy, Callee, All);
  if (Out)
    return Out;
  return FTy->getReturnType()->isVoidTy() ? nullptr : C;
}

/// The conversion that made interface value V when gc can see it (its
/// staticValue): V itself, or the one value stored to a local variable
/// that is only stored once and loaded.
static const ir::MakeInterface *staticInterface(const ir::Value *V) {
  if (auto *MI = llvm::dyn_cast<ir::MakeInterface>(V))
    return MI;
  auto *Load = llvm::dyn_cast<ir::UnOp>(V);
  if (!Load || Load->getOp() != Operator::Mul)
    return nullptr;
  auto *A = llvm::dyn_cast<ir::Alloc>(Load->getX());
  if (!A)
    return nullptr;
  const ir::Value *Stored = nullptr;
  for (ir::Use *U : A->uses()) {
    const ir::Instr *User = U->getUser();
    if (auto *UO = llvm::dyn_cast<ir::UnOp>(User);
        UO && UO->getOp() == Operator::Mul)
      continue;
    auto *S = llvm::dyn_cast<ir::Store>(User);
    if (!S || S->getAddr() != A || Stored)
      return nullptr;
    Stored = S->getVal();
  }
  return Stored ? llvm::dyn_cast<ir::MakeInterface>(Stored) : nullptr;
}

/// The callee-specific part of a call (static, closure, invoke), with the
/// arguments already lowered.
llvm::Value *FunctionCodeGen::emitCall(const ir::CallInstr *I,
                                       llvm::Value *CalleeV,
                                       llvm::ArrayRef<llvm::Value *> Args) {
  llvm::Value *Null = llvm::ConstantPointerNull::get(MG.PtrTy);
  switch (I->getMode()) {
  case ir::CallMode::Static: {
    const ir::Function *Callee = I->getStaticCallee();
    if (Callee->isExternal()) {
      std::vector<const Type *> ArgTys;
      for (const ir::Use &U : I->getArgs())
        ArgTys.push_back(U.get()->getType());
      const Tuple *Res = Callee->getSignature()->getResults();
      return callStdlib(Callee, Res, Args, ArgTys, I->getLoc());
    }
    llvm::Function *LF = MG.function(Callee);
    return callGo(LF->getFunctionType(), LF, Null, Args,
                  Callee->getSignature());
  }
  case ir::CallMode::Closure: {
    nilCheck(CalleeV);
    llvm::Value *Code = B.CreateLoad(MG.PtrTy, CalleeV);
    return callGo(MG.funcType(I->getSignature(), false), Code, CalleeV, Args,
                  I->getSignature());
  }
  case ir::CallMode::Invoke: {
    llvm::Value *Tab = B.CreateExtractValue(CalleeV, 0);
    nilCheck(Tab);
    // gc devirtualizes a call on an interface made from a known *T in the
    // same function, and then dereferences a nil *T itself for a method
    // of T: the nil-dereference error instead of the wrapper's panicwrap.
    if (const ir::MakeInterface *MI = staticInterface(I->getCalleeValue()))
      if (llvm::isa<Pointer>(MI->getX()->getType()->getUnderlying())) {
        llvm::SmallVector<MethodSetEntry, 8> MS;
        computeMethodSet(MI->getX()->getType(), MS);
        for (const MethodSetEntry &E : MS)
          if (E.Method->getName() == I->getMethod()->getName() &&
              !E.Method->hasPtrRecv() && E.Index.size() == 1)
            nilCheck(B.CreateExtractValue(CalleeV, 1));
      }
    auto *IT = llvm::cast<Interface>(
        I->getCalleeValue()->getType()->getUnderlying());
    unsigned Idx = MG.imethodIndex(IT, I->getMethod()->getName());
    llvm::Value *Code = B.CreateLoad(
        MG.PtrTy, B.CreateConstInBoundsGEP1_64(MG.PtrTy, Tab, 2 + Idx));
    llvm::FunctionType *Inner = MG.funcType(I->getSignature(), false);
    std::vector<llvm::Type *> Ps{MG.PtrTy, MG.PtrTy};
    Ps.insert(Ps.end(), Inner->param_begin() + 1, Inner->param_end());
    auto *FTy = llvm::FunctionType::get(Inner->getReturnType(), Ps, false);
    std::vector<llvm::Value *> All{B.CreateExtractValue(CalleeV, 1)};
    All.insert(All.end(), Args.begin(), Args.end());
    return callGo(FTy, Code, Null, All, I->getSignature());
  }
  case ir::CallMode::Builtin:
    break;
  }
  MG.error(I->getLoc(), "internal error: unexpected call mode");
  return nullptr;
}

llvm::Value *FunctionCodeGen::lowerCall(const ir::CallInstr *I) {
  std::vector<llvm::Value *> Args;
  for (const ir::Use &U : I->getArgs())
    Args.push_back(get(U.get()));
  llvm::Value *CalleeV = I->getMode() == ir::CallMode::Static
                             ? nullptr
                             : get(I->getCalleeValue());
  return emitCall(I, CalleeV, Args);
}

void FunctionCodeGen::saveResults(const ir::Return *I) {
  const Tuple *Res = F.getSignature()->getResults();
  llvm::Type *Ty = MG.llvmType(Res);
  for (unsigned K = 0; K < I->getNumOperands(); ++K)
    store(Res->getVars()[K]->getType(), get(I->getOperand(K)),
          B.CreateStructGEP(Ty, ResultSlot, K));
}

void FunctionCodeGen::lowerReturn(const ir::Return *I) {
  const Tuple *Res = F.getSignature()->getResults();
  unsigned N = I->getNumOperands();
  if (N == 0) {
    B.CreateRetVoid();
    return;
  }
  // The results: the operands, or after a recovered panic in a function
  // with unnamed results, those the last return statement saved.
  std::vector<llvm::Value *> Vals;
  llvm::Type *SlotTy = MG.llvmType(Res);
  for (unsigned K = 0; K < N; ++K) {
    const Type *T = Res->getVars()[K]->getType();
    if (ResultSlot && I->getParent() == F.getRecoverBlock())
      Vals.push_back(load(T, B.CreateStructGEP(SlotTy, ResultSlot, K)));
    else
      Vals.push_back(get(I->getOperand(K)));
  }
  if (ModuleCodeGen::returnsInMemory(F.getSignature())) {
    llvm::Value *Out = Fn->getArg(Fn->arg_size() - 1);
    if (N == 1)
      store(Res->getVars()[0]->getType(), Vals[0], Out);
    else
      for (unsigned K = 0; K < N; ++K)
        store(Res->getVars()[K]->getType(), Vals[K],
              B.CreateStructGEP(SlotTy, Out, K));
    B.CreateRetVoid();
    return;
  }
  if (N == 1) {
    B.CreateRet(Vals[0]);
    return;
  }
  llvm::Value *Agg = llvm::UndefValue::get(Fn->getReturnType());
  for (unsigned K = 0; K < N; ++K)
    Agg = B.CreateInsertValue(Agg, Vals[K], K);
  B.CreateRet(Agg);
}

void FunctionCodeGen::callPanic(const Type *XT, llvm::Value *X) {
  llvm::Value *T = B.CreateExtractValue(X, 0);
  if (!llvm::cast<Interface>(XT->getUnderlying())->isEmpty())
    T = MG.ifaceDynType(B, T);
  MG.RT->call_gs_panic(B, T, B.CreateExtractValue(X, 1));
}

void FunctionCodeGen::lowerPanic(const ir::Panic *I) {
  callPanic(I->getX()->getType(), get(I->getX()));
  B.CreateUnreachable();
}

llvm::Value *FunctionCodeGen::newClosure(llvm::StructType *CT, bool OnStack) {
  if (OnStack) {
    llvm::AllocaInst *A = temp(CT);
    zeroMemory(A, CT);
    return A;
  }
  const llvm::DataLayout &DL = MG.LM->getDataLayout();
  return freshMemory(
      MG.RT->call_gs_alloc(B, B.getInt64(DL.getTypeAllocSize(CT))));
}

llvm::Value *FunctionCodeGen::lowerMakeClosure(const ir::MakeClosure *I) {
  const ir::Function *Body = I->getFn();
  llvm::StructType *CT = closureType(Body);
  llvm::Value *Obj =
      newClosure(CT, I->getDecision() == ir::AllocDecision::Stack);
  B.CreateStore(MG.function(Body), B.CreateStructGEP(CT, Obj, 0));
  for (auto [K, U] : llvm::enumerate(I->getBindings())) {
    const ir::FreeVar *FV = Body->freeVars()[K];
    llvm::Value *Addr = get(U.get());
    llvm::Value *Slot = B.CreateStructGEP(CT, Obj, K + 1);
    if (FV->getCaptureMode() == ir::CaptureMode::ByValue) {
      const Type *VT =
          llvm::cast<Pointer>(FV->getType()->getUnderlying())->getElem();
      if (ModuleCodeGen::isLarge(VT))
        copyValue(VT, Slot, Addr);
      else
        B.CreateStore(B.CreateLoad(CT->getElementType(K + 1), Addr), Slot);
    } else
      B.CreateStore(Addr, Slot);
  }
  return Obj;
}

llvm::Value *FunctionCodeGen::lowerBoundMethod(const ir::BoundMethod *I) {
  const Type *RecvT = I->getRecv()->getType();
  llvm::Type *RecvTy = MG.llvmType(RecvT);
  llvm::Value *Recv = get(I->getRecv());
  if (I->isInterface())
    nilCheck(B.CreateExtractValue(Recv, 0));
  auto *CT = llvm::StructType::get(MG.Ctx, {MG.PtrTy, RecvTy});
  auto *Sig = llvm::cast<Signature>(I->getType()->getUnderlying());
  llvm::FunctionType *FTy = MG.funcType(Sig, false);
  Func *M = I->getMethod();
  std::string Name = MG.typeName(RecvT) + "." + M->getName().str() + "-fm";
  llvm::Function *W = MG.LM->getFunction(Name);
  if (!W) {
    W = llvm::Function::Create(FTy, llvm::GlobalValue::InternalLinkage, Name,
                               *MG.LM);
    MG.setFrameAttributes(W, true);
    llvm::IRBuilder<> WB(llvm::BasicBlock::Create(MG.Ctx, "entry", W));
    // The closure's copy of a large receiver never changes: it is passed
    // in place.
    llvm::Value *R = WB.CreateStructGEP(CT, W->getArg(0), 1);
    if (!ModuleCodeGen::isLarge(RecvT))
      R = WB.CreateLoad(RecvTy, R);
    std::vector<llvm::Value *> Args;
    for (llvm::Argument &A : llvm::drop_begin(W->args()))
      Args.push_back(&A);
    llvm::Value *Null = llvm::ConstantPointerNull::get(MG.PtrTy);
    llvm::CallInst *C;
    if (I->isInterface()) {
      auto *IT = llvm::cast<Interface>(RecvT->getUnderlying());
      unsigned Idx = MG.imethodIndex(IT, M->getName());
      llvm::Value *Code = WB.CreateLoad(
          MG.PtrTy, WB.CreateConstInBoundsGEP1_64(
                        MG.PtrTy, WB.CreateExtractValue(R, 0), 2 + Idx));
      std::vector<llvm::Type *> Ps{MG.PtrTy, MG.PtrTy};
      Ps.insert(Ps.end(), FTy->param_begin() + 1, FTy->param_end());
      Args.insert(Args.begin(), {Null, WB.CreateExtractValue(R, 1)});
      C = WB.CreateCall(
          llvm::FunctionType::get(FTy->getReturnType(), Ps, false), Code, Args);
    } else {
      llvm::Function *Target = MG.methodFunction(M);
      Args.insert(Args.begin(), {Null, R});
      C = WB.CreateCall(Target, Args);
    }
    if (FTy->getReturnType()->isVoidTy())
      WB.CreateRetVoid();
    else
      WB.CreateRet(C);
    if (const ir::Function *IF = MG.M.getFunction(M);
        I->isInterface() || !IF || callsGoCode(*IF))
      ModuleCodeGen::keepCalleeFrames(W);
  }
  llvm::Value *Obj =
      newClosure(CT, I->getDecision() == ir::AllocDecision::Stack);
  B.CreateStore(W, B.CreateStructGEP(CT, Obj, 0));
  store(RecvT, Recv, B.CreateStructGEP(CT, Obj, 1));
  return Obj;
}

llvm::Value *FunctionCodeGen::returnSlot() {
  return B.CreateIntrinsic(llvm::Intrinsic::addressofreturnaddress, {MG.PtrTy},
                           {});
}

llvm::Value *FunctionCodeGen::recoverValue(llvm::Value *Frame) {
  llvm::Value *Out = temp(MG.IfaceTy);
  MG.RT->call_gs_recover(B, Out, Frame);
  return B.CreateLoad(MG.IfaceTy, Out);
}

/// Marks the memory at Addr escaped: an empty asm takes its address, so
/// LLVM keeps it in memory and every call sees its current value.
static void markEscaped(llvm::IRBuilderBase &B, llvm::Value *Addr) {
  auto *Escape = llvm::InlineAsm::get(
      llvm::FunctionType::get(B.getVoidTy(), {Addr->getType()}, false), "",
      "r,~{memory}", /*hasSideEffects=*/true);
  B.CreateCall(Escape, {Addr});
}

void FunctionCodeGen::setupDefers() {
  bool HasDefer = F.getRecoverBlock() != nullptr;
  for (const ir::BasicBlock *BB : F.blocks())
    for (const ir::Instr *I : BB->instrs())
      HasDefer |= llvm::isa<ir::Defer>(I);
  if (!HasDefer)
    return;
  // The recover block reads the named results: their allocations must
  // happen before the frame opens, so that they dominate it. After a
  // recovered panic the function resumes at _setjmp with the registers of
  // that time, so only memory carries values from the body to the recover
  // block: a named result's memory is marked escaped (an empty asm takes
  // its address), which keeps LLVM from promoting it to registers and
  // makes every call, the panicking ones included, see its current value.
  // Nothing else outlives the longjmp, so the rest of the function is
  // optimized as usual.
  if (const ir::BasicBlock *RB = F.getRecoverBlock())
    for (const ir::Instr *I : F.getEntryBlock()->instrs())
      if (auto *A = llvm::dyn_cast<ir::Alloc>(I))
        for (ir::Use *U : A->uses())
          if (U->getUser()->getParent() == RB && !Values.count(A)) {
            llvm::Value *Addr =
                allocate(A->getAllocatedType(),
                         A->getDecision() == ir::AllocDecision::Stack);
            Values[A] = Addr;
            markEscaped(B, Addr);
          }
  // Unnamed results have no variables: a return statement saves its
  // operands in escaped memory before the deferred calls run, for the
  // recover block to return.
  const Tuple *Res = F.getSignature()->getResults();
  if (F.getRecoverBlock() && Res && Res->size() &&
      Res->getVars()[0]->getName().empty()) {
    llvm::Type *Ty = MG.llvmType(Res);
    ResultSlot = temp(Ty);
    zeroMemory(ResultSlot, Ty);
    markEscaped(B, ResultSlot);
  }
  DeferFrame = MG.RT->call_gs_defer_begin(B);
  // _setjmp is the C library's; it must be called from this frame.
  llvm::FunctionCallee SJ = MG.LM->getOrInsertFunction(
      "_setjmp", llvm::FunctionType::get(B.getInt32Ty(), {MG.PtrTy}, false));
  llvm::cast<llvm::Function>(SJ.getCallee())
      ->addFnAttr(llvm::Attribute::ReturnsTwice);
  llvm::CallInst *R = B.CreateCall(SJ, {DeferFrame});
  R->addFnAttr(llvm::Attribute::ReturnsTwice);
  auto *Recovered = llvm::BasicBlock::Create(MG.Ctx, "recovered", Fn);
  auto *Body = llvm::BasicBlock::Create(MG.Ctx, "body", Fn);
  B.CreateCondBr(B.CreateICmpNE(R, B.getInt32(0)), Recovered, Body);
  B.SetInsertPoint(Recovered);
  MG.RT->call_gs_defer_return(B, DeferFrame);
  if (const ir::BasicBlock *RB = F.getRecoverBlock())
    B.CreateBr(Blocks[RB]);
  else
    B.CreateUnreachable();
  B.SetInsertPoint(Body);
}

/// The array behind a defer's slice literal argument (the implicit `...`
/// slice or a `[]T{...}` written there), or null. gc builds that slice
/// inside the deferred wrapper, so it may stay on the stack even for a
/// defer in a loop; the thunk copies the array.
static const ir::Alloc *varargsArray(const ir::Value *Arg) {
  auto *S = llvm::dyn_cast<ir::Slice>(Arg);
  if (!S)
    return nullptr;
  auto *A = llvm::dyn_cast<ir::Alloc>(S->getX());
  if (!A)
    return nullptr;
  if (A->getAllocKind() == ir::AllocKind::Varargs)
    return A;
  auto *CL = llvm::dyn_cast_or_null<CompositeLit>(A->getNode());
  if (A->getAllocKind() != ir::AllocKind::CompositeLit || !CL ||
      !CL->getType() ||
      !llvm::isa<goscape::Slice>(CL->getType()->getUnderlying()))
    return nullptr;
  // The literal is only filled in and sliced for this argument.
  for (const ir::Use *U : A->uses())
    if (U->getUser() != S && !llvm::isa<ir::IndexAddr>(U->getUser()))
      return nullptr;
  return A;
}

/// True if block BB lies on a cycle of the control-flow graph (a defer
/// there may run many times: for loops, and loops made with goto).
static bool onCycle(const ir::BasicBlock *BB) {
  llvm::SmallPtrSet<const ir::BasicBlock *, 16> Seen;
  llvm::SmallVector<const ir::BasicBlock *, 16> Work(BB->succs().begin(),
                                                     BB->succs().end());
  while (!Work.empty()) {
    const ir::BasicBlock *Cur = Work.pop_back_val();
    if (Cur == BB)
      return true;
    if (Seen.insert(Cur).second)
      Work.append(Cur->succs().begin(), Cur->succs().end());
  }
  return false;
}

void FunctionCodeGen::lowerDefer(const ir::Defer *I) {
  // The thunk closure: {thunk, callee value?, args...}; a variadic
  // argument's array is stored whole.
  std::vector<llvm::Value *> Vals;
  // The Go type of each value (null: a frame address).
  std::vector<const Type *> Tys;
  std::vector<const ir::Alloc *> Arrays;
  std::vector<llvm::Type *> Slots{MG.PtrTy};
  bool HasCallee = I->getMode() == ir::CallMode::Closure ||
                   I->getMode() == ir::CallMode::Invoke;
  if (HasCallee) {
    Vals.push_back(get(I->getCalleeValue()));
    Tys.push_back(I->getCalleeValue()->getType());
    Arrays.push_back(nullptr);
    // `defer x.M()` evaluates the method value x.M now: a nil interface
    // panics at the defer statement, as in gc.
    if (I->getMode() == ir::CallMode::Invoke)
      nilCheck(B.CreateExtractValue(Vals.back(), 0));
  }
  for (const ir::Use &U : I->getArgs()) {
    const ir::Alloc *VA = varargsArray(U.get());
    Arrays.push_back(VA);
    Tys.push_back(VA ? VA->getAllocatedType() : U.get()->getType());
    Vals.push_back(VA ? load(VA->getAllocatedType(), get(VA)) : get(U.get()));
  }
  // `defer recover()` recovers for this function (Panic.h): its frame is
  // bound now.
  bool IsRecover = I->getMode() == ir::CallMode::Builtin &&
                   I->getBuiltin() == BuiltinId::Recover;
  if (IsRecover) {
    Vals.push_back(returnSlot());
    Tys.push_back(nullptr);
    Arrays.push_back(nullptr);
  }
  for (auto [K, V] : llvm::enumerate(Vals))
    Slots.push_back(Tys[K] ? MG.llvmType(Tys[K]) : V->getType());
  auto *CT = llvm::StructType::get(MG.Ctx, Slots);
  auto *Thunk = llvm::Function::Create(
      llvm::FunctionType::get(B.getVoidTy(), {MG.PtrTy}, false),
      llvm::GlobalValue::InternalLinkage, Fn->getName() + ".deferwrap",
      *MG.LM);
  MG.setFrameAttributes(Thunk, false);
  // A defer that runs at most once per call keeps its thunk in the frame
  // (the runtime runs it before the frame is gone, as gc's open-coded
  // defers do); one on a cycle needs a new thunk each time.
  llvm::Value *Obj = newClosure(CT, !I->isInLoop() && !onCycle(I->getParent()));
  B.CreateStore(Thunk, B.CreateStructGEP(CT, Obj, 0));
  for (auto [K, V] : llvm::enumerate(Vals)) {
    llvm::Value *Slot = B.CreateStructGEP(CT, Obj, K + 1);
    if (Tys[K])
      store(Tys[K], V, Slot);
    else
      B.CreateStore(V, Slot);
  }
  MG.RT->call_gs_defer_push(B, DeferFrame, Obj);

  // The thunk's body, lowered with this function's helpers.
  llvm::IRBuilderBase::InsertPoint Saved = B.saveIP();
  llvm::Function *SavedFn = Fn;
  llvm::Instruction *SavedAP = AllocaPoint;
  llvm::Value *SavedFrame = DeferFrame;
  Fn = Thunk;
  DeferFrame = nullptr;
  B.SetInsertPoint(llvm::BasicBlock::Create(MG.Ctx, "entry", Thunk));
  AllocaPoint = B.CreateAlloca(B.getInt8Ty());
  std::vector<llvm::Value *> Loaded;
  for (unsigned K = 0; K < Vals.size(); ++K) {
    llvm::Value *Slot = B.CreateStructGEP(CT, Thunk->getArg(0), K + 1);
    if (const ir::Alloc *VA = Arrays[K]) {
      llvm::Value *N = B.getInt64(
          llvm::cast<Array>(VA->getAllocatedType()->getUnderlying())->getLen());
      Loaded.push_back(makeSlice(Slot, N, N));
      continue;
    }
    // The thunk's copy of a large argument never changes: it is passed
    // in place.
    Loaded.push_back(Tys[K] && ModuleCodeGen::isLarge(Tys[K])
                         ? Slot
                         : B.CreateLoad(Slots[K + 1], Slot));
  }
  if (IsRecover) {
    recoverValue(Loaded.back());
  } else if (I->getMode() == ir::CallMode::Builtin) {
    lowerBuiltinCall(I->getBuiltin(), I->getArgs(), Loaded, I->getLoc());
  } else {
    llvm::Value *CalleeV = HasCallee ? Loaded.front() : nullptr;
    emitCall(I, CalleeV, llvm::ArrayRef(Loaded).drop_front(HasCallee));
  }
  B.CreateRetVoid();
  ModuleCodeGen::keepCalleeFrames(Thunk);
  AllocaPoint->eraseFromParent();
  Fn = SavedFn;
  AllocaPoint = SavedAP;
  DeferFrame = SavedFrame;
  B.restoreIP(Saved);
}
