//===- Strings.cpp - Strings, slices, builtins, the modelled stdlib -------===//
//
// Slicing checks its indices as gc does (panicking through the runtime's
// bounds entry points with Go's messages); append grows through
// gs_growslice only when the capacity is exceeded; conversions and
// concatenation call the runtime, passing a 32-byte stack buffer when
// escape analysis keeps the result on the stack (gc's tmpBuf).
//
// Calls to the modelled standard library follow the stdlib mapping rule:
// pkg.Name is gs_pkg_Name, (*pkg.T).M is gs_pkg_T_M; strings, slices and
// interfaces are passed as two, three and two scalars; a result that is
// not a single scalar comes back through an out-pointer first parameter.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

#include "goscape/AST/Constant.h"
#include "goscape/AST/Object.h"
#include "goscape/Escape/ExprString.h"

using namespace goscape;
using namespace goscape::codegen;

/// gc's temporary buffer size for non-escaping string results.
static constexpr unsigned TmpBufSize = 32;
/// gc's ir.MaxImplicitStackVarSize: the largest implicit stack variable.
static constexpr uint64_t MaxStackVarSize = 64 * 1024;

static llvm::Value *toInt(llvm::IRBuilder<> &B, llvm::Value *V, const Type *T) {
  if (V->getType() == B.getInt64Ty())
    return V;
  return isUnsigned(T) ? B.CreateZExtOrTrunc(V, B.getInt64Ty())
                       : B.CreateSExtOrTrunc(V, B.getInt64Ty());
}

llvm::Value *FunctionCodeGen::makeString(llvm::Value *Ptr, llvm::Value *Len) {
  llvm::Value *S = llvm::UndefValue::get(MG.StringTy);
  S = B.CreateInsertValue(S, Ptr, 0);
  return B.CreateInsertValue(S, Len, 1);
}

llvm::Value *FunctionCodeGen::makeSlice(llvm::Value *Ptr, llvm::Value *Len,
                                        llvm::Value *Cap) {
  assumeLength(Len);
  llvm::Value *S = llvm::UndefValue::get(MG.SliceTy);
  S = B.CreateInsertValue(S, Ptr, 0);
  S = B.CreateInsertValue(S, Len, 1);
  return B.CreateInsertValue(S, Cap, 2);
}

llvm::Value *FunctionCodeGen::stackBuf(bool OnStack) {
  if (!OnStack)
    return llvm::ConstantPointerNull::get(MG.PtrTy);
  return temp(llvm::ArrayType::get(B.getInt8Ty(), TmpBufSize));
}

llvm::Value *FunctionCodeGen::lowerMakeSlice(const ir::MakeSlice *I) {
  const Type *Elem =
      llvm::cast<goscape::Slice>(I->getType()->getUnderlying())->getElem();
  llvm::Value *Len = toInt(B, get(I->getLen()), I->getLen()->getType());
  llvm::Value *Cap = toInt(B, get(I->getCap()), I->getCap()->getType());
  auto *CCap = llvm::dyn_cast<llvm::ConstantInt>(Cap);
  if (I->getDecision() == ir::AllocDecision::Stack && CCap) {
    // gc's check for a stack array: a negative length is the length's
    // fault, a longer one the capacity's. Only a signed length can be
    // negative; an unsigned one above 2^63 is compared unsigned.
    if (!isUnsigned(I->getLen()->getType()))
      panicIf(B.CreateICmpSLT(Len, B.getInt64(0)), "gs_panic_runtime_error",
              {MG.stringBytes("makeslice: len out of range")});
    panicIf(B.CreateICmpUGT(Len, Cap), "gs_panic_runtime_error",
            {MG.stringBytes("makeslice: cap out of range")});
    llvm::Type *AT = llvm::ArrayType::get(MG.llvmType(Elem),
                                          CCap->getZExtValue());
    llvm::Value *Arr = temp(AT);
    zeroMemory(Arr, AT);
    return makeSlice(Arr, Len, Cap);
  }
  llvm::Value *P = freshMemory(
      MG.RT->call_gs_makeslice(B, MG.typeDescriptor(Elem), Len, Cap));
  return makeSlice(P, Len, Cap);
}

llvm::Value *FunctionCodeGen::lowerSlice(const ir::Slice *I) {
  llvm::Value *X = get(I->getX());
  const Type *XT = I->getX()->getType()->getUnderlying();
  llvm::Value *Base, *Len, *Cap;
  llvm::Type *ElemTy;
  bool IsStr = false, IsArray = false;
  if (isString(XT)) {
    IsStr = true;
    Base = B.CreateExtractValue(X, 0);
    Len = Cap = B.CreateExtractValue(X, 1);
    ElemTy = B.getInt8Ty();
  } else if (auto *ST = llvm::dyn_cast<goscape::Slice>(XT)) {
    Base = B.CreateExtractValue(X, 0);
    Len = B.CreateExtractValue(X, 1);
    Cap = B.CreateExtractValue(X, 2);
    ElemTy = MG.llvmType(ST->getElem());
  } else {
    IsArray = true;
    auto *AT = llvm::cast<Array>(
        llvm::cast<Pointer>(XT)->getElem()->getUnderlying());
    if (!llvm::isa<ir::Alloc, ir::Global, ir::FieldAddr, ir::IndexAddr,
                   ir::FreeVar>(I->getX()))
      nilCheck(X);
    Base = X;
    Len = Cap = B.getInt64(AT->getLen());
    ElemTy = MG.llvmType(AT->getElem());
  }
  auto Idx = [&](const ir::Value *V) {
    return toInt(B, get(V), V->getType());
  };
  llvm::Value *Low = I->getLow() ? Idx(I->getLow()) : B.getInt64(0);
  llvm::Value *High = I->getHigh() ? Idx(I->getHigh()) : Len;
  llvm::Value *Max = I->getMax() ? Idx(I->getMax()) : Cap;
  // Codes of gs_panic_bounds (Panic.h BoundsCode).
  enum { SliceAlen = 1, SliceAcap, SliceB, Slice3Alen, Slice3Acap, Slice3B,
         Slice3C };
  // X of each message is the index named first; it prints as unsigned
  // when its Go type is.
  auto Signed = [](const ir::Value *V) {
    return !V || !isUnsigned(V->getType());
  };
  auto Fail = [&](llvm::Value *Cond, unsigned Code, llvm::Value *A,
                  const ir::Value *AV, llvm::Value *Bn) {
    panicIf(Cond, "gs_panic_bounds",
            {B.getInt8(Code), A, B.getInt1(Signed(AV)), Bn});
  };
  if (I->getMax()) {
    Fail(B.CreateICmpUGT(Max, Cap), IsArray ? Slice3Alen : Slice3Acap, Max,
         I->getMax(), Cap);
    Fail(B.CreateICmpUGT(High, Max), Slice3B, High, I->getHigh(), Max);
    Fail(B.CreateICmpUGT(Low, High), Slice3C, Low, I->getLow(), High);
  } else {
    if (I->getHigh())
      Fail(B.CreateICmpUGT(High, Cap),
           (IsStr || IsArray) ? SliceAlen : SliceAcap, High, I->getHigh(),
           Cap);
    Fail(B.CreateICmpUGT(Low, High), SliceB, Low, I->getLow(), High);
  }
  llvm::Value *NewLen = B.CreateSub(High, Low);
  llvm::Value *NewCap = B.CreateSub(Max, Low);
  // Never point past the end of the array: an empty result keeps Base.
  llvm::Value *Ptr = B.CreateSelect(
      B.CreateICmpEQ(IsStr ? NewLen : NewCap, B.getInt64(0)), Base,
      B.CreateGEP(ElemTy, Base, Low));
  if (IsStr)
    return makeString(Ptr, NewLen);
  return makeSlice(Ptr, NewLen, NewCap);
}

/// The runes of S as Go's range over a string yields them: each byte that
/// does not start a valid UTF-8 sequence is U+FFFD.
static std::vector<uint32_t> decodeRunes(llvm::StringRef S) {
  std::vector<uint32_t> Runes;
  for (size_t I = 0; I < S.size();) {
    uint8_t C = S[I];
    if (C < 0x80) {
      Runes.push_back(C);
      ++I;
      continue;
    }
    unsigned N = C >= 0xC2 && C <= 0xDF   ? 2
                 : C >= 0xE0 && C <= 0xEF ? 3
                 : C >= 0xF0 && C <= 0xF4 ? 4
                                          : 0;
    uint32_t CP = C & (N == 2 ? 0x1F : N == 3 ? 0x0F : 0x07);
    bool OK = N && I + N <= S.size();
    for (unsigned K = 1; OK && K < N; ++K) {
      uint8_t Byte = S[I + K];
      // The second byte's range excludes overlong forms, surrogates and
      // code points above U+10FFFF.
      uint8_t Lo = 0x80, Hi = 0xBF;
      if (K == 1) {
        if (C == 0xE0)
          Lo = 0xA0;
        else if (C == 0xED)
          Hi = 0x9F;
        else if (C == 0xF0)
          Lo = 0x90;
        else if (C == 0xF4)
          Hi = 0x8F;
      }
      OK = Byte >= Lo && Byte <= Hi;
      CP = CP << 6 | (Byte & 0x3F);
    }
    Runes.push_back(OK ? CP : 0xFFFD);
    I += OK ? N : 1;
  }
  return Runes;
}

llvm::Value *FunctionCodeGen::lowerStringConvert(const ir::StringConvert *I) {
  llvm::Value *X = get(I->getX());
  bool OnStack = I->getDecision() == ir::AllocDecision::Stack;
  switch (I->getConvKind()) {
  case ir::StringConvKind::BytesToString: {
    llvm::Value *Out = temp(MG.StringTy);
    MG.RT->call_gs_slicebytetostring(B, Out, stackBuf(OnStack),
                                     B.CreateExtractValue(X, 0),
                                     B.CreateExtractValue(X, 1));
    return B.CreateLoad(MG.StringTy, Out);
  }
  case ir::StringConvKind::RunesToString: {
    llvm::Value *Out = temp(MG.StringTy);
    MG.RT->call_gs_slicerunetostring(B, Out, stackBuf(OnStack),
                                     B.CreateExtractValue(X, 0),
                                     B.CreateExtractValue(X, 1));
    return B.CreateLoad(MG.StringTy, Out);
  }
  case ir::StringConvKind::StringToBytes: {
    // A constant converts into an array of exactly its length, as gc
    // does (cap == len): in the frame, or a new object.
    if (auto *C = llvm::dyn_cast<ir::Const>(I->getX());
        C && C->getValue() && !C->getValue()->isUnknown()) {
      llvm::StringRef Text = C->getValue()->getString();
      uint64_t N = Text.size();
      llvm::Value *Arr =
          OnStack && N <= MaxStackVarSize
              ? static_cast<llvm::Value *>(
                    temp(llvm::ArrayType::get(B.getInt8Ty(), N)))
              : freshMemory(MG.RT->call_gs_alloc_noscan(B, B.getInt64(N)));
      if (N)
        B.CreateMemCpy(Arr, llvm::MaybeAlign(1), MG.stringBytes(Text),
                       llvm::MaybeAlign(1), N);
      return makeSlice(Arr, B.getInt64(N), B.getInt64(N));
    }
    llvm::Value *Out = temp(MG.SliceTy);
    MG.RT->call_gs_stringtoslicebyte(B, Out, stackBuf(OnStack),
                                     B.CreateExtractValue(X, 0),
                                     B.CreateExtractValue(X, 1));
    return B.CreateLoad(MG.SliceTy, Out);
  }
  case ir::StringConvKind::StringToRunes: {
    // A constant is a []rune literal for gc: an array of exactly its
    // runes.
    if (auto *C = llvm::dyn_cast<ir::Const>(I->getX());
        C && C->getValue() && !C->getValue()->isUnknown()) {
      std::vector<uint32_t> Runes = decodeRunes(C->getValue()->getString());
      uint64_t N = Runes.size();
      auto *AT = llvm::ArrayType::get(B.getInt32Ty(), N);
      llvm::Value *Arr =
          OnStack && 4 * N <= MaxStackVarSize
              ? static_cast<llvm::Value *>(temp(AT))
              : freshMemory(
                    MG.RT->call_gs_alloc_noscan(B, B.getInt64(4 * N)));
      for (auto [K, R] : llvm::enumerate(Runes))
        B.CreateStore(B.getInt32(R),
                      B.CreateConstInBoundsGEP1_64(B.getInt32Ty(), Arr, K));
      return makeSlice(Arr, B.getInt64(N), B.getInt64(N));
    }
    llvm::Value *Out = temp(MG.SliceTy);
    llvm::Value *Buf = OnStack ? (llvm::Value *)temp(llvm::ArrayType::get(
                                     B.getInt32Ty(), TmpBufSize))
                               : llvm::ConstantPointerNull::get(MG.PtrTy);
    MG.RT->call_gs_stringtoslicerune(B, Out, Buf, B.CreateExtractValue(X, 0),
                                     B.CreateExtractValue(X, 1));
    return B.CreateLoad(MG.SliceTy, Out);
  }
  case ir::StringConvKind::RuneToString: {
    llvm::Value *Out = temp(MG.StringTy);
    MG.RT->call_gs_intstring(B, Out, stackBuf(OnStack),
                             toInt(B, X, I->getX()->getType()));
    return B.CreateLoad(MG.StringTy, Out);
  }
  }
  return nullptr;
}

llvm::Value *FunctionCodeGen::lowerConcat(const ir::Concat *I) {
  unsigned N = I->getNumOperands();
  auto *AT = llvm::ArrayType::get(MG.StringTy, N);
  llvm::Value *Parts = temp(AT);
  for (unsigned K = 0; K < N; ++K)
    B.CreateStore(get(I->getOperand(K)),
                  B.CreateConstInBoundsGEP2_32(AT, Parts, 0, K));
  llvm::Value *Out = temp(MG.StringTy);
  MG.RT->call_gs_concatstrings(
      B, Out, stackBuf(I->getDecision() == ir::AllocDecision::Stack), Parts,
      B.getInt64(N));
  return B.CreateLoad(MG.StringTy, Out);
}

llvm::Value *FunctionCodeGen::lowerAppend(const ir::Append *I) {
  const Type *Elem =
      llvm::cast<goscape::Slice>(I->getType()->getUnderlying())->getElem();
  llvm::Type *ElemTy = MG.llvmType(Elem);
  uint64_t ES = MG.LM->getDataLayout().getTypeAllocSize(ElemTy);
  llvm::Value *S = get(I->getSlice());
  llvm::Value *Ptr = B.CreateExtractValue(S, 0);
  llvm::Value *Len = B.CreateExtractValue(S, 1);
  llvm::Value *Cap = B.CreateExtractValue(S, 2);
  llvm::Value *SrcPtr = nullptr, *N;
  if (I->hasDots()) {
    llvm::Value *Src = get(I->getElems()[0].get());
    SrcPtr = B.CreateExtractValue(Src, 0);
    N = B.CreateExtractValue(Src, 1);
  } else {
    N = B.getInt64(I->getElems().size());
  }
  llvm::Value *NewLen = B.CreateAdd(Len, N);
  // Grow when the capacity is exceeded.
  llvm::BasicBlock *Before = B.GetInsertBlock();
  auto *Grow = llvm::BasicBlock::Create(MG.Ctx, "grow", Fn);
  auto *Done = llvm::BasicBlock::Create(MG.Ctx, "appended", Fn);
  B.CreateCondBr(B.CreateICmpUGT(NewLen, Cap), Grow, Done);
  B.SetInsertPoint(Grow);
  llvm::Value *Out = temp(MG.SliceTy);
  MG.RT->call_gs_growslice(B, Out, MG.typeDescriptor(Elem), Ptr, Len, Cap,
                           NewLen);
  llvm::Value *GPtr = B.CreateLoad(MG.PtrTy, B.CreateStructGEP(MG.SliceTy, Out, 0));
  llvm::Value *GCap = B.CreateLoad(B.getInt64Ty(), B.CreateStructGEP(MG.SliceTy, Out, 2));
  llvm::BasicBlock *GrowEnd = B.GetInsertBlock();
  B.CreateBr(Done);
  B.SetInsertPoint(Done);
  llvm::PHINode *P = B.CreatePHI(MG.PtrTy, 2);
  P->addIncoming(Ptr, Before);
  P->addIncoming(GPtr, GrowEnd);
  llvm::PHINode *C = B.CreatePHI(B.getInt64Ty(), 2);
  C->addIncoming(Cap, Before);
  C->addIncoming(GCap, GrowEnd);
  llvm::Value *Dst = B.CreateGEP(ElemTy, P, Len);
  if (I->hasDots()) {
    B.CreateMemMove(Dst, llvm::MaybeAlign(1), SrcPtr, llvm::MaybeAlign(1),
                    B.CreateMul(N, B.getInt64(ES)));
  } else {
    for (auto [K, U] : llvm::enumerate(I->getElems()))
      store(Elem, get(U.get()), B.CreateConstGEP1_64(ElemTy, Dst, K));
  }
  return makeSlice(P, NewLen, C);
}

llvm::Value *FunctionCodeGen::lowerCopy(const ir::Copy *I) {
  return sliceCopy(I->getDst()->getType(), get(I->getDst()), get(I->getSrc()));
}

llvm::Value *FunctionCodeGen::sliceCopy(const Type *DstT, llvm::Value *Dst,
                                        llvm::Value *Src) {
  const Type *Elem =
      llvm::cast<goscape::Slice>(DstT->getUnderlying())->getElem();
  const llvm::DataLayout &DL = MG.LM->getDataLayout();
  llvm::Type *ElemTy = MG.llvmType(Elem);
  uint64_t ES = DL.getTypeAllocSize(ElemTy);
  // An inline memmove rather than a runtime call: LLVM then knows which
  // memory the copy writes, and expands short copies of known length.
  llvm::Value *N = B.CreateBinaryIntrinsic(llvm::Intrinsic::smin,
                                           B.CreateExtractValue(Dst, 1),
                                           B.CreateExtractValue(Src, 1));
  llvm::Align A = DL.getABITypeAlign(ElemTy);
  B.CreateMemMove(B.CreateExtractValue(Dst, 0), A, B.CreateExtractValue(Src, 0),
                  A, B.CreateMul(N, B.getInt64(ES), "", true, true));
  return N;
}

/// Prints one value for print/println, or reports gc's error for a type
/// print cannot print (arrays and structs) at Loc, the call's `(`.
void FunctionCodeGen::printValue(const Type *T, llvm::Value *V,
                                 SourceLoc Loc) {
  const Type *U = T->getUnderlying();
  switch (U->getKind()) {
  case TypeKind::Basic: {
    auto *BT = llvm::cast<Basic>(U);
    unsigned Info = BT->getInfo();
    if (Info & IsBoolean)
      MG.RT->call_gs_printbool(B, V);
    else if (Info & IsString)
      MG.RT->call_gs_printstring(B, B.CreateExtractValue(V, 0),
                                 B.CreateExtractValue(V, 1));
    else if (Info & IsFloat)
      MG.RT->call_gs_printfloat(B, B.CreateFPExt(V, B.getDoubleTy()));
    else if (Info & IsUnsigned)
      MG.RT->call_gs_printuint(B, B.CreateZExtOrTrunc(V, B.getInt64Ty()));
    else if (Info & IsInteger)
      MG.RT->call_gs_printint(B, B.CreateSExtOrTrunc(V, B.getInt64Ty()));
    else
      MG.RT->call_gs_printpointer(B, V);
    return;
  }
  case TypeKind::Interface:
    if (llvm::cast<Interface>(U)->isEmpty())
      MG.RT->call_gs_printeface(B, B.CreateExtractValue(V, 0),
                                B.CreateExtractValue(V, 1));
    else
      MG.RT->call_gs_printiface(B, B.CreateExtractValue(V, 0),
                                B.CreateExtractValue(V, 1));
    return;
  case TypeKind::Slice:
    MG.RT->call_gs_printslice(B, B.CreateExtractValue(V, 0),
                              B.CreateExtractValue(V, 1),
                              B.CreateExtractValue(V, 2));
    return;
  case TypeKind::Array:
  case TypeKind::Struct:
    MG.error(Loc, "illegal types for operand: print\n\t" +
                      escape::gcTypeString(T));
    return;
  default:
    MG.RT->call_gs_printpointer(B, V);
    return;
  }
}

llvm::Value *FunctionCodeGen::lowerBuiltinCall(BuiltinId Id,
                                               llvm::ArrayRef<ir::Use> Args,
                                               llvm::ArrayRef<llvm::Value *> Vs,
                                               SourceLoc Loc) {
  switch (Id) {
  case BuiltinId::Print:
  case BuiltinId::Println: {
    // print(f()) with a multi-value f prints each result.
    std::vector<std::pair<const Type *, llvm::Value *>> Items;
    for (unsigned K = 0; K < Vs.size(); ++K) {
      const Type *T = Args[K].get()->getType();
      auto *Tup = llvm::dyn_cast<Tuple>(T);
      if (!Tup) {
        Items.push_back({T, Vs[K]});
        continue;
      }
      for (auto [J, V] : llvm::enumerate(Tup->getVars()))
        Items.push_back({V->getType(), B.CreateExtractValue(Vs[K], J)});
    }
    for (auto [K, Item] : llvm::enumerate(Items)) {
      if (K && Id == BuiltinId::Println)
        MG.RT->call_gs_printsp(B);
      printValue(Item.first, Item.second, Loc);
    }
    if (Id == BuiltinId::Println)
      MG.RT->call_gs_printnl(B);
    return nullptr;
  }
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    const Type *U = Args[0].get()->getType()->getUnderlying();
    if (auto *PT = llvm::dyn_cast<Pointer>(U))
      U = PT->getElem()->getUnderlying();
    if (auto *AT = llvm::dyn_cast<Array>(U))
      return B.getInt64(AT->getLen());
    if (llvm::isa<goscape::Map>(U))
      return MG.RT->call_gs_maplen(B, Vs[0]);
    if (llvm::isa<Chan>(U))
      break;
    return B.CreateExtractValue(Vs[0], Id == BuiltinId::Len ? 1 : 2);
  }
  case BuiltinId::Close:
    MG.error(Loc, "channels are not supported by goscape code generation yet");
    return nullptr;
  case BuiltinId::Recover:
    return recoverValue(returnSlot());
  // The statement forms lower to their own instructions; these are the
  // deferred calls (`defer delete(m, k)`), run by a thunk.
  case BuiltinId::Delete:
    mapDelete(Args[0].get()->getType(), Vs[0], Vs[1]);
    return nullptr;
  case BuiltinId::Copy:
    return sliceCopy(Args[0].get()->getType(), Vs[0], Vs[1]);
  case BuiltinId::Panic:
    callPanic(Args[0].get()->getType(), Vs[0]);
    return nullptr;
  default:
    break;
  }
  MG.error(Loc, "builtin " + ir::getBuiltinName(Id) +
                    " is not supported by goscape code generation yet");
  return nullptr;
}

llvm::Value *FunctionCodeGen::lowerBuiltin(const ir::BuiltinCall *I) {
  std::vector<llvm::Value *> Vs;
  for (const ir::Use &U : I->getArgs())
    Vs.push_back(get(U.get()));
  return lowerBuiltinCall(I->getBuiltin(), I->getArgs(), Vs, I->getLoc());
}

/// The runtime name of a modelled library function: fmt.Println is
/// gs_fmt_Println, (*strings.Builder).WriteString gs_strings_Builder_WriteString.
static std::string stdlibName(const ir::Function *F) {
  std::string Out = "gs_";
  for (char C : F->getName()) {
    if (C == '(' || C == ')' || C == '*')
      continue;
    Out += C == '.' ? '_' : C;
  }
  return Out;
}

llvm::Value *FunctionCodeGen::callStdlib(const ir::Function *Ext,
                                         const Tuple *Results,
                                         llvm::ArrayRef<llvm::Value *> Args,
                                         llvm::ArrayRef<const Type *> ArgTys,
                                         SourceLoc Loc) {
  std::string Name = stdlibName(Ext);
  if (!RuntimeABI::isEntryPoint(Name)) {
    MG.error(Loc, Ext->getName() +
                      " is not supported by goscape code generation yet");
    return nullptr;
  }
  llvm::Type *ResTy = nullptr;
  if (Results && Results->size())
    ResTy = Results->size() == 1 ? MG.llvmType(Results->getVars()[0]->getType())
                                 : MG.llvmType(Results);
  llvm::Value *Out =
      ResTy && ResTy->isStructTy() ? temp(ResTy) : nullptr;
  if (llvm::Value *R = inlineLibraryCall(Name, Args, ResTy, Out))
    return R;
  return MG.callLibrary(B, Name, ResTy, Out, Args);
}

llvm::Value *ModuleCodeGen::callLibrary(llvm::IRBuilderBase &B,
                                        llvm::StringRef Name,
                                        llvm::Type *ResTy, llvm::Value *Out,
                                        llvm::ArrayRef<llvm::Value *> Args) {
  std::vector<llvm::Value *> Flat;
  if (Out)
    Flat.push_back(Out);
  for (llvm::Value *A : Args) {
    if (auto *ST = llvm::dyn_cast<llvm::StructType>(A->getType())) {
      for (unsigned K = 0; K < ST->getNumElements(); ++K)
        Flat.push_back(B.CreateExtractValue(A, K));
      continue;
    }
    Flat.push_back(A);
  }
  llvm::CallInst *C = rtCall(B, Name, Flat);
  if (Out)
    return B.CreateLoad(ResTy, Out);
  if (ResTy)
    return C;
  return nullptr;
}

llvm::Function *ModuleCodeGen::libraryMethod(Func *Method) {
  // (*pkg.T).M is gs_pkg_T_M (runtime/README.md).
  const Type *Recv = Method->getSignature()->getRecv()->getType();
  if (auto *PT = llvm::dyn_cast<Pointer>(Recv))
    Recv = PT->getElem();
  auto *NT = llvm::dyn_cast<Named>(Recv);
  if (!NT || !NT->getObject()->getPackage())
    return nullptr;
  std::string Name = ("gs_" + NT->getObject()->getPackage()->getName() + "_" +
                      NT->getObject()->getName() + "_" + Method->getName())
                         .str();
  if (!RuntimeABI::isEntryPoint(Name))
    return nullptr;
  llvm::FunctionType *FTy = funcType(Method->getSignature());
  auto *Fn = llvm::Function::Create(
      FTy, llvm::GlobalValue::InternalLinkage,
      typeName(Method->getSignature()->getRecv()->getType()) + "." +
          Method->getName() + "·stdlib",
      *LM);
  setFrameAttributes(Fn, false);
  llvm::IRBuilder<> B(llvm::BasicBlock::Create(Ctx, "entry", Fn));
  llvm::Type *ResTy = FTy->getReturnType();
  if (ResTy->isVoidTy())
    ResTy = nullptr;
  llvm::Value *Out =
      ResTy && ResTy->isStructTy() ? B.CreateAlloca(ResTy) : nullptr;
  std::vector<llvm::Value *> Args;
  for (llvm::Argument &A : llvm::drop_begin(Fn->args()))
    Args.push_back(&A);
  llvm::Value *R = callLibrary(B, Name, ResTy, Out, Args);
  if (R)
    B.CreateRet(R);
  else
    B.CreateRetVoid();
  return Fn;
}

void FunctionCodeGen::emitStdlibWrapper() {
  B.SetInsertPoint(llvm::BasicBlock::Create(MG.Ctx, "entry", Fn));
  AllocaPoint = B.CreateAlloca(B.getInt8Ty());
  std::vector<llvm::Value *> Args;
  std::vector<const Type *> Tys;
  for (llvm::Argument &A : llvm::drop_begin(Fn->args()))
    Args.push_back(&A);
  llvm::Value *R = callStdlib(&F, F.getSignature()->getResults(), Args, Tys,
                              F.getLoc());
  if (Fn->getReturnType()->isVoidTy() || !R)
    B.CreateRetVoid();
  else
    B.CreateRet(R);
  AllocaPoint->eraseFromParent();
}
