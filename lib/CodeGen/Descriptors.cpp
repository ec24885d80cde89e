//===- Descriptors.cpp - Type descriptors, itabs, method wrappers ---------===//
//
// One constant gs::Type (runtime/include/goscape-rt/Type.h) per Go type the
// program needs at run time, found by type identity; the predeclared types
// and `error` come from the runtime. Struct and array types get generated
// hash and equality functions built from their elements' algorithms.
// Method tables and itabs point at wrappers taking the interface's data
// word as receiver (the pointer itself for pointer-shaped types, else a
// pointer to the boxed value), which follow promotion paths through
// embedded fields before calling the method.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

#include "goscape/AST/Object.h"

#include <algorithm>
#include <utility>

using namespace goscape;
using namespace goscape::codegen;

namespace {
/// reflect.Kind numbers (gs::Kind).
enum GoKind : uint8_t {
  KBool = 1,
  KArray = 17,
  KChan,
  KFunc,
  KInterface,
  KMap,
  KPointer,
  KSlice,
  KString,
  KStruct,
  KUnsafePointer,
};
enum : uint8_t {
  FlagDirectIface = 1,
  FlagNonReflexive = 2,
  FlagNeedKeyUpdate = 4,
  FlagHashMightPanic = 8,
};
} // namespace

static uint8_t goKind(const Type *U) {
  switch (U->getKind()) {
  case TypeKind::Basic: {
    BasicKind K = llvm::cast<Basic>(U)->getBasicKind();
    if (K == BasicKind::String)
      return KString;
    if (K == BasicKind::UnsafePointer)
      return KUnsafePointer;
    return uint8_t(K); // Bool..Float64 match reflect.Kind
  }
  case TypeKind::Pointer:
    return KPointer;
  case TypeKind::Array:
    return KArray;
  case TypeKind::Slice:
    return KSlice;
  case TypeKind::Map:
    return KMap;
  case TypeKind::Chan:
    return KChan;
  case TypeKind::Struct:
    return KStruct;
  case TypeKind::Signature:
    return KFunc;
  case TypeKind::Interface:
    return KInterface;
  default:
    return 0;
  }
}

/// Flags computed by walking T.
static uint8_t typeFlags(const Type *T) {
  const Type *U = T->getUnderlying();
  switch (U->getKind()) {
  case TypeKind::Basic: {
    BasicKind K = llvm::cast<Basic>(U)->getBasicKind();
    if (K == BasicKind::Float32 || K == BasicKind::Float64)
      return FlagNonReflexive | FlagNeedKeyUpdate;
    if (K == BasicKind::String)
      return FlagNeedKeyUpdate;
    return 0;
  }
  case TypeKind::Interface:
    return FlagNonReflexive | FlagNeedKeyUpdate | FlagHashMightPanic;
  case TypeKind::Array:
    return typeFlags(llvm::cast<Array>(U)->getElem()) & ~FlagDirectIface;
  case TypeKind::Struct: {
    uint8_t F = 0;
    for (Var *V : llvm::cast<Struct>(U)->getFields())
      F |= typeFlags(V->getType());
    return F & ~FlagDirectIface;
  }
  default:
    return 0;
  }
}

/// The runtime's algorithm for a type of plain memory, by size.
static const char *memAlg(int64_t Size, bool Hash) {
  switch (Size) {
  case 1:
    return Hash ? "gs_memhash8" : "gs_memequal8";
  case 2:
    return Hash ? "gs_memhash16" : "gs_memequal16";
  case 4:
    return Hash ? "gs_memhash32" : "gs_memequal32";
  case 8:
    return Hash ? "gs_memhash64" : "gs_memequal64";
  default:
    return nullptr;
  }
}

/// The runtime algorithm of a non-aggregate type, or null when it has none
/// (slices, maps, funcs) or is an aggregate.
static const char *runtimeAlg(const Type *T, bool Hash) {
  const Type *U = T->getUnderlying();
  switch (U->getKind()) {
  case TypeKind::Basic: {
    BasicKind K = llvm::cast<Basic>(U)->getBasicKind();
    if (K == BasicKind::String)
      return Hash ? "gs_strhash" : "gs_strequal";
    if (K == BasicKind::Float32)
      return Hash ? "gs_f32hash" : "gs_f32equal";
    if (K == BasicKind::Float64)
      return Hash ? "gs_f64hash" : "gs_f64equal";
    return memAlg(Sizes::sizeOf(U), Hash);
  }
  case TypeKind::Pointer:
  case TypeKind::Chan:
    return memAlg(8, Hash);
  case TypeKind::Interface:
    if (llvm::cast<Interface>(U)->isEmpty())
      return Hash ? "gs_nilinterhash" : "gs_nilinterequal";
    return nullptr;
  default:
    return nullptr;
  }
}

llvm::Constant *ModuleCodeGen::typeDescriptor(const Type *T) {
  // Predeclared types (and error) come from the runtime.
  if (auto *BT = llvm::dyn_cast<Basic>(T)) {
    std::string Name = "gs_type_";
    if (BT->getBasicKind() == BasicKind::UnsafePointer)
      Name += "unsafe_pointer";
    else if (BT->getBasicKind() == BasicKind::Uint8)
      Name += "uint8";
    else if (BT->getBasicKind() == BasicKind::Int32)
      Name += "int32";
    else
      Name += BT->getName().str();
    return LM->getOrInsertGlobal(Name, DescTy);
  }
  if (auto *IT = llvm::dyn_cast<Interface>(T); IT && IT->isEmpty())
    return LM->getOrInsertGlobal("gs_type_empty_interface", DescTy);
  if (auto *NT = llvm::dyn_cast<Named>(T);
      NT && !NT->getObject()->getPackage() &&
      NT->getObject()->getName() == "error")
    return LM->getOrInsertGlobal("gs_type_error", DescTy);

  std::string Key = descriptorKey(T);
  for (unsigned Idx : DescIndex[Key])
    if (identical(Descs[Idx].first, T))
      return Descs[Idx].second;
  auto *GV = new llvm::GlobalVariable(*LM, DescTy, /*isConstant=*/true,
                                      llvm::GlobalValue::InternalLinkage,
                                      nullptr, "type:" + Key);
  DescIndex[Key].push_back(Descs.size());
  Descs.push_back({T, GV});
  GV->setInitializer(buildDescriptor(T, GV));
  return GV;
}

/// A constant array global of Elems (or null for none).
static llvm::Constant *constArray(llvm::Module &M, llvm::Type *ElemTy,
                                  llvm::ArrayRef<llvm::Constant *> Elems,
                                  const llvm::Twine &Name) {
  auto *PtrTy = llvm::PointerType::get(M.getContext(), 0);
  if (Elems.empty())
    return llvm::ConstantPointerNull::get(PtrTy);
  auto *AT = llvm::ArrayType::get(ElemTy, Elems.size());
  return new llvm::GlobalVariable(M, AT, true,
                                  llvm::GlobalValue::PrivateLinkage,
                                  llvm::ConstantArray::get(AT, Elems), Name);
}

llvm::Constant *ModuleCodeGen::buildDescriptor(const Type *T,
                                               llvm::GlobalVariable *GV) {
  const Type *U = T->getUnderlying();
  llvm::Type *I8 = llvm::Type::getInt8Ty(Ctx);
  llvm::Type *I32 = llvm::Type::getInt32Ty(Ctx);
  llvm::Constant *Null = llvm::ConstantPointerNull::get(PtrTy);
  int64_t Size = Sizes::sizeOf(T);
  uint8_t Flags = typeFlags(T) | (isPointerShaped(T) ? FlagDirectIface : 0);
  auto *NT = llvm::dyn_cast<Named>(T);

  llvm::Constant *Hash = Null, *Equal = Null;
  if (isComparable(T)) {
    if (const char *H = runtimeAlg(T, true))
      Hash = llvm::cast<llvm::Constant>(RT->get(H).getCallee());
    else if (llvm::Function *HF = hashFunction(T))
      Hash = HF;
    if (const char *E = runtimeAlg(T, false))
      Equal = llvm::cast<llvm::Constant>(RT->get(E).getCallee());
    else if (llvm::Function *EF = equalFunction(T))
      Equal = EF;
  }

  llvm::Constant *Elem = Null, *KeyD = Null, *Fields = Null, *IMs = Null,
                 *MapInfo = Null, *Params = Null, *Results = Null;
  uint64_t Len = 0;
  uint32_t NumResults = 0;
  uint8_t Variadic = 0;
  std::string Key = descriptorKey(T);
  switch (U->getKind()) {
  case TypeKind::Pointer:
    Elem = typeDescriptor(llvm::cast<Pointer>(U)->getElem());
    break;
  case TypeKind::Slice:
    Elem = typeDescriptor(llvm::cast<goscape::Slice>(U)->getElem());
    break;
  case TypeKind::Chan:
    Elem = typeDescriptor(llvm::cast<Chan>(U)->getElem());
    break;
  case TypeKind::Array:
    Elem = typeDescriptor(llvm::cast<Array>(U)->getElem());
    Len = llvm::cast<Array>(U)->getLen();
    break;
  case TypeKind::Map: {
    auto *MT = llvm::cast<goscape::Map>(U);
    Elem = typeDescriptor(MT->getElem());
    KeyD = typeDescriptor(MT->getKey());
    MapInfo = mapTypeInfo(T);
    break;
  }
  case TypeKind::Struct: {
    auto *ST = llvm::cast<Struct>(U);
    llvm::SmallVector<int64_t, 8> Offsets;
    Sizes::offsetsOf(ST, Offsets);
    auto *FieldTy = llvm::StructType::get(Ctx, {PtrTy, PtrTy, IntTy, I8});
    std::vector<llvm::Constant *> Fs;
    for (auto [I, V] : llvm::enumerate(ST->getFields()))
      Fs.push_back(llvm::ConstantStruct::get(
          FieldTy, {stringBytes(V->getName()), typeDescriptor(V->getType()),
                    llvm::ConstantInt::get(IntTy, Offsets[I]),
                    llvm::ConstantInt::get(I8, V->isEmbedded())}));
    Len = Fs.size();
    Fields = constArray(*LM, FieldTy, Fs, "fields:" + Key);
    break;
  }
  case TypeKind::Interface: {
    auto *IT = llvm::cast<Interface>(U);
    auto *IMTy = llvm::StructType::get(Ctx, {PtrTy, PtrTy});
    std::vector<Func *> Ms(IT->getAllMethods().begin(),
                           IT->getAllMethods().end());
    llvm::sort(Ms, [](Func *A, Func *B) { return A->getName() < B->getName(); });
    std::vector<llvm::Constant *> Es;
    for (Func *Fn : Ms)
      Es.push_back(llvm::ConstantStruct::get(
          IMTy, {stringBytes(Fn->getName()),
                 typeDescriptor(Fn->getSignature())}));
    Len = Es.size();
    IMs = constArray(*LM, IMTy, Es, "imethods:" + Key);
    break;
  }
  case TypeKind::Signature: {
    auto *Sig = llvm::cast<Signature>(U);
    std::vector<llvm::Constant *> Ps, Rs;
    if (Sig->getParams())
      for (Var *V : Sig->getParams()->getVars())
        Ps.push_back(typeDescriptor(V->getType()));
    if (Sig->getResults())
      for (Var *V : Sig->getResults()->getVars())
        Rs.push_back(typeDescriptor(V->getType()));
    Len = Ps.size();
    NumResults = Rs.size();
    Variadic = Sig->isVariadic();
    Params = constArray(*LM, PtrTy, Ps, "params:" + Key);
    Results = constArray(*LM, PtrTy, Rs, "results:" + Key);
    break;
  }
  default:
    break;
  }

  // The method set: of named types, of struct types promoting methods of
  // embedded fields, and of pointers to both.
  llvm::Constant *MethodsC = Null;
  uint32_t NumMethods = 0;
  const Type *Base = T;
  if (auto *PT = llvm::dyn_cast<Pointer>(T))
    Base = PT->getElem();
  if (llvm::isa<Named>(Base) || llvm::isa<Struct>(Base)) {
    llvm::SmallVector<MethodSetEntry, 8> MS;
    if (!llvm::isa<Interface>(U))
      computeMethodSet(T, MS);
    llvm::sort(MS, [](const MethodSetEntry &A, const MethodSetEntry &B) {
      return A.Method->getName() < B.Method->getName();
    });
    auto *MTy = llvm::StructType::get(Ctx, {PtrTy, PtrTy, PtrTy});
    std::vector<llvm::Constant *> Es;
    for (const MethodSetEntry &E : MS)
      if (llvm::Function *W = methodWrapper(T, E))
        Es.push_back(llvm::ConstantStruct::get(
            MTy, {stringBytes(E.Method->getName()),
                  typeDescriptor(E.Method->getSignature()), W}));
    NumMethods = Es.size();
    MethodsC = constArray(*LM, MTy, Es, "methods:" + Key);
  }
  llvm::Constant *PkgPath = Null;
  if (NT && NT->getObject()->getPackage())
    PkgPath = stringBytes(NT->getObject()->getPackage()->getPath());

  return llvm::ConstantStruct::get(
      DescTy,
      {llvm::ConstantInt::get(IntTy, Size),
       llvm::ConstantInt::get(IntTy, hasPointers(T) ? Size : 0),
       llvm::ConstantInt::get(I8, Sizes::alignOf(T)),
       llvm::ConstantInt::get(I8, goKind(U)), llvm::ConstantInt::get(I8, Flags),
       llvm::ConstantInt::get(I8, NT != nullptr), Hash, Equal,
       stringBytes(typeName(T)), Elem, KeyD, llvm::ConstantInt::get(IntTy, Len), Fields,
       IMs, MapInfo, Params, Results, llvm::ConstantInt::get(I32, NumResults),
       llvm::ConstantInt::get(I8, Variadic), MethodsC,
       llvm::ConstantInt::get(I32, NumMethods), PkgPath});
}

llvm::GlobalVariable *ModuleCodeGen::mapTypeInfo(const Type *T) {
  llvm::Constant *D = typeDescriptor(T);
  if (llvm::GlobalVariable *GV = MapInfos.lookup(D))
    return GV;
  auto *MT = llvm::cast<goscape::Map>(T->getUnderlying());
  // gs::MapType is five words at most; its fields are filled by
  // gs_maptype_init at startup (emitMain).
  auto *Ty = llvm::ArrayType::get(IntTy, 6);
  auto *GV = new llvm::GlobalVariable(*LM, Ty, false,
                                      llvm::GlobalValue::InternalLinkage,
                                      llvm::Constant::getNullValue(Ty),
                                      "maptype:" + typeName(T));
  MapInfos[D] = GV;
  MapTypeInits.emplace_back(GV, typeDescriptor(MT->getKey()),
                            typeDescriptor(MT->getElem()));
  return GV;
}

unsigned ModuleCodeGen::imethodIndex(const Interface *I, llvm::StringRef Name) {
  unsigned Before = 0;
  for (Func *M : I->getAllMethods())
    if (M->getName() < Name)
      ++Before;
  return Before;
}

llvm::Constant *ModuleCodeGen::itab(const Type *T, const Type *I) {
  llvm::Constant *TD = typeDescriptor(T), *ID = typeDescriptor(I);
  auto It = Itabs.find({TD, ID});
  if (It != Itabs.end())
    return It->second;
  auto *IT = llvm::cast<Interface>(I->getUnderlying());
  std::vector<Func *> Ms(IT->getAllMethods().begin(),
                         IT->getAllMethods().end());
  llvm::sort(Ms, [](Func *A, Func *B) { return A->getName() < B->getName(); });
  llvm::SmallVector<MethodSetEntry, 8> MS;
  computeMethodSet(T, MS);
  std::vector<llvm::Constant *> Fun;
  for (Func *M : Ms) {
    llvm::Constant *Wrapper = llvm::ConstantPointerNull::get(PtrTy);
    for (const MethodSetEntry &E : MS)
      if (E.Method->getName() == M->getName())
        if (llvm::Function *W = methodWrapper(T, E))
          Wrapper = W;
    Fun.push_back(Wrapper);
  }
  auto *FunTy = llvm::ArrayType::get(PtrTy, Fun.size());
  auto *Ty = llvm::StructType::get(Ctx, {PtrTy, PtrTy, FunTy});
  auto *GV = new llvm::GlobalVariable(
      *LM, Ty, true, llvm::GlobalValue::InternalLinkage,
      llvm::ConstantStruct::get(Ty,
                                {ID, TD, llvm::ConstantArray::get(FunTy, Fun)}),
      "itab:" + typeName(T) + "," + typeName(I));
  Itabs[{TD, ID}] = GV;
  return GV;
}

/// The type holding method E of T's method set: T's element type for a
/// pointer, then the types of the embedded fields along E's path (through
/// embedded pointers).
static const Type *methodHolder(const Type *T, const MethodSetEntry &E) {
  const Type *Cur = T;
  if (auto *PT = llvm::dyn_cast<Pointer>(T->getUnderlying()))
    Cur = PT->getElem();
  for (unsigned FieldIdx : llvm::ArrayRef(E.Index).drop_back()) {
    Cur = llvm::cast<Struct>(Cur->getUnderlying())->getFields()[FieldIdx]
              ->getType();
    if (auto *PT = llvm::dyn_cast<Pointer>(Cur->getUnderlying()))
      Cur = PT->getElem();
  }
  return Cur;
}

llvm::Function *ModuleCodeGen::methodWrapper(const Type *T,
                                             const MethodSetEntry &E) {
  Func *M = E.Method;
  // A method promoted from an embedded interface field is called through
  // that field's itab.
  auto *ViaIface =
      llvm::dyn_cast<Interface>(methodHolder(T, E)->getUnderlying());
  // Methods of library types the runtime does not implement (modelled for
  // analysis only) are left out of tables.
  llvm::Function *Target = ViaIface ? nullptr : methodFunction(M);
  if (!Target && !ViaIface)
    return nullptr;
  auto Key = std::make_pair(typeDescriptor(T), M);
  if (llvm::Function *Cached = Wrappers.lookup(Key))
    return Cached;
  const Signature *Sig = M->getSignature();
  std::vector<llvm::Type *> Params{PtrTy, PtrTy};
  llvm::FunctionType *Inner = funcType(Sig, false);
  for (llvm::Type *P : Inner->params().drop_front())
    Params.push_back(P);
  auto *FTy = llvm::FunctionType::get(Inner->getReturnType(), Params, false);
  // A pointer method of *T itself takes the data word as it is: like gc,
  // the table holds the method, and a dynamic call costs no extra frame.
  if (!ViaIface && M->hasPtrRecv() && E.Index.size() == 1 &&
      llvm::isa<Pointer>(T->getUnderlying()) &&
      Target->getFunctionType() == FTy) {
    Wrappers[Key] = Target;
    return Target;
  }
  auto *W = llvm::Function::Create(FTy, llvm::GlobalValue::InternalLinkage,
                                   typeName(T) + "." + M->getName().str() +
                                       "·iface",
                                   *LM);
  Wrappers[Key] = W;
  setFrameAttributes(W, true);
  llvm::IRBuilder<> B(llvm::BasicBlock::Create(Ctx, "entry", W));
  // Addr points at the current value; Cur is its type. Addr may be nil
  // when it comes from a pointer (the receiver or an embedded pointer):
  // reading through it then panics, with an explicit check, as gc's
  // wrappers fault.
  llvm::Value *Addr = W->getArg(1);
  const Type *Cur = T;
  bool MaybeNil = false;
  auto Deref = [&] {
    if (!std::exchange(MaybeNil, false))
      return;
    auto *Fail = llvm::BasicBlock::Create(Ctx, "nil", W);
    auto *Cont = llvm::BasicBlock::Create(Ctx, "ok", W);
    B.CreateCondBr(B.CreateIsNull(Addr), Fail, Cont);
    B.SetInsertPoint(Fail);
    rtCall(B, "gs_panic_nil", {});
    B.CreateUnreachable();
    B.SetInsertPoint(Cont);
  };
  if (auto *PT = llvm::dyn_cast<Pointer>(T->getUnderlying())) {
    Cur = PT->getElem();
    MaybeNil = true;
  } else if (isPointerShaped(T)) {
    // A pointer-shaped named non-pointer type (a map or func type): the
    // data word is the value; give the method an addressable copy.
    llvm::Value *Slot = B.CreateAlloca(PtrTy);
    B.CreateStore(Addr, Slot);
    Addr = Slot;
  }
  for (unsigned FieldIdx : llvm::ArrayRef(E.Index).drop_back()) {
    auto *ST = llvm::cast<Struct>(Cur->getUnderlying());
    Addr = B.CreateStructGEP(llvmType(ST), Addr, FieldIdx);
    Cur = ST->getFields()[FieldIdx]->getType();
    if (auto *PT = llvm::dyn_cast<Pointer>(Cur->getUnderlying())) {
      Deref();
      Addr = B.CreateLoad(PtrTy, Addr);
      Cur = PT->getElem();
      MaybeNil = true;
    }
  }
  std::vector<llvm::Value *> Args{llvm::ConstantPointerNull::get(PtrTy)};
  llvm::FunctionCallee Callee = Target;
  if (ViaIface) {
    // Code from the itab (after Inter and Tp), the data word as receiver.
    Deref();
    llvm::Value *Iface = B.CreateLoad(IfaceTy, Addr);
    MaybeNil = true;
    Addr = B.CreateExtractValue(Iface, 0);
    Deref();
    llvm::Value *Code = B.CreateLoad(
        PtrTy, B.CreateConstInBoundsGEP1_64(
                   PtrTy, Addr, 2 + imethodIndex(ViaIface, M->getName())));
    Args.push_back(B.CreateExtractValue(Iface, 1));
    Callee = llvm::FunctionCallee(FTy, Code);
  } else if (M->hasPtrRecv()) {
    Args.push_back(Addr);
  } else {
    if (MaybeNil && E.Index.size() == 1) {
      // gc's wrapper from *T to a method of T reports a nil receiver by
      // name (runtime.panicwrap).
      MaybeNil = false;
      auto *Fail = llvm::BasicBlock::Create(Ctx, "nil", W);
      auto *Cont = llvm::BasicBlock::Create(Ctx, "ok", W);
      B.CreateCondBr(B.CreateIsNull(Addr), Fail, Cont);
      B.SetInsertPoint(Fail);
      auto *NT = llvm::cast<Named>(Cur);
      std::string Pkg = NT->getObject()->getPackage()
                            ? NT->getObject()->getPackage()->getName().str()
                            : std::string();
      std::string TN = NT->getObject()->getName().str();
      rtCall(B, "gs_panic_plain_error",
             {stringBytes("value method " + Pkg + "." + TN + "." +
                          M->getName().str() + " called using nil *" + TN +
                          " pointer")});
      B.CreateUnreachable();
      B.SetInsertPoint(Cont);
    }
    Deref();
    const Type *RecvT = Sig->getRecv()->getType();
    llvm::Type *RecvTy = llvmType(RecvT);
    if (isLarge(RecvT)) {
      // A copy: the value behind a pointer may change during the call.
      llvm::Value *Copy =
          llvm::IRBuilder<>(&W->getEntryBlock(), W->getEntryBlock().begin())
              .CreateAlloca(RecvTy);
      const llvm::DataLayout &DL = LM->getDataLayout();
      B.CreateMemCpy(Copy, DL.getABITypeAlign(RecvTy), Addr,
                     DL.getABITypeAlign(RecvTy), DL.getTypeAllocSize(RecvTy));
      Args.push_back(Copy);
    } else {
      Args.push_back(B.CreateLoad(RecvTy, Addr));
    }
  }
  for (llvm::Argument &A : llvm::drop_begin(W->args(), 2))
    Args.push_back(&A);
  llvm::CallInst *R = B.CreateCall(Callee, Args);
  // Inlining a method that calls Go code would hide its frame in the
  // wrapper's, which recover() skips (Panic.h).
  if (const ir::Function *IF = this->M.getFunction(E.Method);
      !IF || callsGoCode(*IF))
    keepCalleeFrames(W);
  if (FTy->getReturnType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(R);
  return W;
}
