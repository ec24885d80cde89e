//===- InlineLibrary.cpp - Inline forms of small library operations -------===//
//
// gc inlines a few small operations of the standard library and the
// runtime into the calling code; goscape emits their common case inline
// too and calls the runtime for the rest:
//
// * (*strings.Builder).WriteString and WriteByte: when the builder is in
//   use at its own address (its copy check passes) and the bytes fit in
//   its capacity, they are copied in place; otherwise the runtime entry
//   point checks, grows and copies. Both return (len, nil) / nil either
//   way.
// * Comparisons of a string with a constant (`s == "abc"`) and
//   strings.HasPrefix with a constant prefix: a length test and a memcmp
//   of constant size, which the backend turns into a few loads.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

using namespace goscape;
using namespace goscape::codegen;

/// Offsets in gs::StringsBuilder (runtime goscape-rt/Strings.h):
/// {Addr, Buf.Ptr, Buf.Len, Buf.Cap}.
static constexpr uint64_t BuilderAddr = 0, BuilderBufPtr = 8,
                          BuilderBufLen = 16, BuilderBufCap = 24;

/// The libc memcmp, which LLVM knows as a library function.
static llvm::FunctionCallee memcmpFunction(llvm::Module &M) {
  llvm::LLVMContext &Ctx = M.getContext();
  auto *PtrTy = llvm::PointerType::getUnqual(Ctx);
  return M.getOrInsertFunction(
      "memcmp", llvm::FunctionType::get(llvm::Type::getInt32Ty(Ctx),
                                        {PtrTy, PtrTy, llvm::Type::getInt64Ty(Ctx)},
                                        false));
}

/// The length of string value S if it is a constant.
static std::optional<uint64_t> constantLength(llvm::Value *S) {
  auto *C = llvm::dyn_cast<llvm::Constant>(S);
  if (!C)
    return std::nullopt;
  auto *Len =
      llvm::dyn_cast_or_null<llvm::ConstantInt>(C->getAggregateElement(1));
  if (!Len)
    return std::nullopt;
  return Len->getZExtValue();
}

llvm::Value *FunctionCodeGen::bytesEqualIf(llvm::Value *Cond, llvm::Value *X,
                                           llvm::Value *Y, uint64_t N) {
  if (N == 0)
    return Cond;
  // The bytes are read only when Cond holds.
  llvm::BasicBlock *From = B.GetInsertBlock();
  auto *Cmp = llvm::BasicBlock::Create(MG.Ctx, "bytes.cmp", Fn);
  auto *Done = llvm::BasicBlock::Create(MG.Ctx, "bytes.done", Fn);
  B.CreateCondBr(Cond, Cmp, Done);
  B.SetInsertPoint(Cmp);
  llvm::Value *C =
      B.CreateCall(memcmpFunction(*MG.LM), {X, Y, B.getInt64(N)});
  llvm::Value *Same = B.CreateICmpEQ(C, B.getInt32(0));
  B.CreateBr(Done);
  B.SetInsertPoint(Done);
  llvm::PHINode *R = B.CreatePHI(B.getInt1Ty(), 2);
  R->addIncoming(B.getFalse(), From);
  R->addIncoming(Same, Cmp);
  return R;
}

llvm::Value *FunctionCodeGen::stringEqualsConstant(llvm::Value *X,
                                                   llvm::Value *Y) {
  if (!constantLength(Y))
    std::swap(X, Y);
  std::optional<uint64_t> N = constantLength(Y);
  if (!N)
    return nullptr;
  return bytesEqualIf(
      B.CreateICmpEQ(B.CreateExtractValue(X, 1), B.getInt64(*N)),
      B.CreateExtractValue(X, 0), B.CreateExtractValue(Y, 0), *N);
}

llvm::Value *FunctionCodeGen::inlineLibraryCall(
    llvm::StringRef Name, llvm::ArrayRef<llvm::Value *> Args,
    llvm::Type *ResTy, llvm::Value *Out) {
  if (Name == "gs_strings_HasPrefix") {
    std::optional<uint64_t> N = constantLength(Args[1]);
    if (!N)
      return nullptr;
    return bytesEqualIf(
        B.CreateICmpUGE(B.CreateExtractValue(Args[0], 1), B.getInt64(*N)),
        B.CreateExtractValue(Args[0], 0), B.CreateExtractValue(Args[1], 0),
        *N);
  }
  bool IsByte = Name == "gs_strings_Builder_WriteByte";
  if (!IsByte && Name != "gs_strings_Builder_WriteString")
    return nullptr;
  llvm::Value *Recv = Args[0];
  llvm::Value *N =
      IsByte ? B.getInt64(1) : B.CreateExtractValue(Args[1], 1);
  auto Field = [&](uint64_t Off) {
    return B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), Recv, Off);
  };
  llvm::Value *Self = B.CreateLoad(MG.PtrTy, Field(BuilderAddr));
  llvm::Value *Buf = B.CreateLoad(MG.PtrTy, Field(BuilderBufPtr));
  llvm::Value *Len = B.CreateLoad(MG.IntTy, Field(BuilderBufLen));
  llvm::Value *Cap = B.CreateLoad(MG.IntTy, Field(BuilderBufCap));
  llvm::Value *NewLen = B.CreateAdd(Len, N);
  llvm::Value *Fits = B.CreateAnd(B.CreateICmpEQ(Self, Recv),
                                  B.CreateICmpULE(NewLen, Cap));
  auto *Fast = llvm::BasicBlock::Create(MG.Ctx, "builder.fits", Fn);
  auto *Slow = llvm::BasicBlock::Create(MG.Ctx, "builder.grow", Fn);
  auto *Done = llvm::BasicBlock::Create(MG.Ctx, "builder.done", Fn);
  B.CreateCondBr(Fits, Fast, Slow);
  B.SetInsertPoint(Fast);
  llvm::Value *Dst = B.CreateInBoundsGEP(B.getInt8Ty(), Buf, Len);
  if (IsByte)
    B.CreateStore(Args[1], Dst);
  else
    B.CreateMemCpy(Dst, llvm::MaybeAlign(1), B.CreateExtractValue(Args[1], 0),
                   llvm::MaybeAlign(1), N);
  B.CreateStore(NewLen, Field(BuilderBufLen));
  B.CreateBr(Done);
  B.SetInsertPoint(Slow);
  MG.callLibrary(B, Name, ResTy, Out, Args);
  B.CreateBr(Done);
  B.SetInsertPoint(Done);
  // The runtime returns the same: (len, nil) or nil.
  llvm::Value *R = llvm::Constant::getNullValue(ResTy);
  return IsByte ? R : B.CreateInsertValue(R, N, 0);
}
