//===- Calls.cpp - Calls, closures, method values, defer, return ----------===//
//
// Calling convention (runtime/include/goscape-rt/Type.h): the closure
// context is the hidden first parameter, then the Go parameters as LLVM
// first-class values; results come back as void, one value or a struct.
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
                                     llvm::ArrayRef<llvm::Value *> Args) {
  std::vector<llvm::Value *> All{CtxArg};
  All.insert(All.end(), Args.begin(), Args.end());
  llvm::CallInst *C = B.CreateCall(FTy, Callee, All);
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
    return callGo(LF->getFunctionType(), LF, Null, Args);
  }
  case ir::CallMode::Closure: {
    nilCheck(CalleeV);
    llvm::Value *Code = B.CreateLoad(MG.PtrTy, CalleeV);
    return callGo(MG.funcType(I->getSignature(), false), Code, CalleeV, Args);
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
    return callGo(FTy, Code, Null, All);
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

void FunctionCodeGen::lowerReturn(const ir::Return *I) {
  llvm::Type *RetTy = Fn->getReturnType();
  if (RetTy->isVoidTy()) {
    B.CreateRetVoid();
    return;
  }
  if (I->getNumOperands() == 1) {
    B.CreateRet(get(I->getOperand(0)));
    return;
  }
  llvm::Value *Agg = llvm::UndefValue::get(RetTy);
  for (unsigned K = 0; K < I->getNumOperands(); ++K)
    Agg = B.CreateInsertValue(Agg, get(I->getOperand(K)), K);
  B.CreateRet(Agg);
}

void FunctionCodeGen::lowerPanic(const ir::Panic *I) {
  llvm::Value *X = get(I->getX());
  llvm::Value *T = B.CreateExtractValue(X, 0);
  if (!llvm::cast<Interface>(I->getX()->getType()->getUnderlying())->isEmpty())
    T = MG.ifaceDynType(B, T);
  MG.RT->call_gs_panic(B, T, B.CreateExtractValue(X, 1));
  B.CreateUnreachable();
}

llvm::Value *FunctionCodeGen::newClosure(llvm::StructType *CT, bool OnStack) {
  if (OnStack) {
    llvm::AllocaInst *A = temp(CT);
    zeroMemory(A, CT);
    return A;
  }
  const llvm::DataLayout &DL = MG.LM->getDataLayout();
  return MG.RT->call_gs_alloc(B, B.getInt64(DL.getTypeAllocSize(CT)));
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
    if (FV->getCaptureMode() == ir::CaptureMode::ByValue)
      B.CreateStore(B.CreateLoad(CT->getElementType(K + 1), Addr), Slot);
    else
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
    llvm::Value *R =
        WB.CreateLoad(RecvTy, WB.CreateStructGEP(CT, W->getArg(0), 1));
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
  B.CreateStore(Recv, B.CreateStructGEP(CT, Obj, 1));
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
            auto *Escape = llvm::InlineAsm::get(
                llvm::FunctionType::get(B.getVoidTy(), {MG.PtrTy}, false),
                "", "r,~{memory}", /*hasSideEffects=*/true);
            B.CreateCall(Escape, {Addr});
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

/// The variadic array behind a defer's implicit `...` slice argument, or
/// null. gc builds that slice inside the deferred wrapper, so it may stay
/// on the stack even for a defer in a loop; the thunk copies the array.
static const ir::Alloc *varargsArray(const ir::Value *Arg) {
  auto *S = llvm::dyn_cast<ir::Slice>(Arg);
  if (!S)
    return nullptr;
  auto *A = llvm::dyn_cast<ir::Alloc>(S->getX());
  return A && A->getAllocKind() == ir::AllocKind::Varargs ? A : nullptr;
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
  std::vector<const ir::Alloc *> Arrays;
  std::vector<llvm::Type *> Slots{MG.PtrTy};
  bool HasCallee = I->getMode() == ir::CallMode::Closure ||
                   I->getMode() == ir::CallMode::Invoke;
  if (HasCallee) {
    Vals.push_back(get(I->getCalleeValue()));
    Arrays.push_back(nullptr);
    // `defer x.M()` evaluates the method value x.M now: a nil interface
    // panics at the defer statement, as in gc.
    if (I->getMode() == ir::CallMode::Invoke)
      nilCheck(B.CreateExtractValue(Vals.back(), 0));
  }
  for (const ir::Use &U : I->getArgs()) {
    const ir::Alloc *VA = varargsArray(U.get());
    Arrays.push_back(VA);
    Vals.push_back(VA ? load(VA->getAllocatedType(), get(VA)) : get(U.get()));
  }
  // `defer recover()` recovers for this function (Panic.h): its frame is
  // bound now.
  bool IsRecover = I->getMode() == ir::CallMode::Builtin &&
                   I->getBuiltin() == BuiltinId::Recover;
  if (IsRecover) {
    Vals.push_back(returnSlot());
    Arrays.push_back(nullptr);
  }
  for (llvm::Value *V : Vals)
    Slots.push_back(V->getType());
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
  for (auto [K, V] : llvm::enumerate(Vals))
    B.CreateStore(V, B.CreateStructGEP(CT, Obj, K + 1));
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
    Loaded.push_back(B.CreateLoad(Slots[K + 1], Slot));
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
