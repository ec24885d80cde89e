//===- Maps.cpp - Maps and range iteration over maps and strings ----------===//
//
// Maps call the runtime of runtime/include/goscape-rt/Map.h, choosing the
// entry points gc chooses: _fast32/_fast64/_fast64ptr/_faststr for those
// key kinds, else the generic ones with the key passed by address (and
// _fat lookups with a per-map-type zero value for elements over 1 KiB). A map that escape analysis
// keeps on the stack gets its header and first bucket as allocas, as gc's
// makemap receives them.
//
// Range/Next: a map iterator is a zeroed Hiter on the stack, initialised
// at Range; each Next advances it (except the first) and reads Key/Elem.
// A string iterator is the byte offset; ASCII is decoded inline.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

using namespace goscape;
using namespace goscape::codegen;

/// Bytes of gs::Hmap and gs::Hiter.
static constexpr unsigned HmapWords = 6, HiterWords = 12;

llvm::Value *FunctionCodeGen::mapZero(const Type *MapT) {
  auto *MT = llvm::cast<goscape::Map>(MapT->getUnderlying());
  uint64_t Size = std::max<int64_t>(1, Sizes::sizeOf(MT->getElem()));
  auto *Ty = llvm::ArrayType::get(B.getInt8Ty(), Size);
  auto *GV = new llvm::GlobalVariable(*MG.LM, Ty, true,
                                      llvm::GlobalValue::PrivateLinkage,
                                      llvm::Constant::getNullValue(Ty),
                                      "mapzero");
  GV->setAlignment(llvm::Align(8));
  return GV;
}

llvm::Value *FunctionCodeGen::lowerMakeMap(const ir::MakeMap *I) {
  llvm::Value *T = MG.mapTypeInfo(I->getType());
  llvm::Value *Hint = B.getInt64(0);
  if (const ir::Value *R = I->getReserve()) {
    Hint = get(R);
    Hint = isUnsigned(R->getType()) ? B.CreateZExtOrTrunc(Hint, B.getInt64Ty())
                                    : B.CreateSExtOrTrunc(Hint, B.getInt64Ty());
  }
  llvm::Value *Null = llvm::ConstantPointerNull::get(MG.PtrTy);
  if (I->getDecision() != ir::AllocDecision::Stack)
    return MG.RT->call_gs_makemap(B, T, Hint, Null, Null);
  auto *MT = llvm::cast<goscape::Map>(I->getType()->getUnderlying());
  auto SlotSize = [](const Type *X) -> uint64_t {
    int64_t S = Sizes::sizeOf(X);
    return S > 128 ? 8 : S;
  };
  uint64_t BucketSize =
      8 + 8 * SlotSize(MT->getKey()) + 8 * SlotSize(MT->getElem()) + 8;
  // The bucket is preceded by its tophash index word (one word of zeros),
  // as the runtime's bucket arrays are.
  auto *HTy = llvm::ArrayType::get(MG.IntTy, HmapWords);
  auto *BTy = llvm::ArrayType::get(MG.IntTy, 1 + (BucketSize + 7) / 8);
  llvm::Value *H = temp(HTy), *Storage = temp(BTy);
  zeroMemory(H, HTy);
  zeroMemory(Storage, BTy);
  llvm::Value *Bucket = B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), Storage, 8);
  return MG.RT->call_gs_makemap(B, T, Hint, H, Bucket);
}

/// Which specialised entry points gc uses for a map's key type.
enum class KeyPath { Generic, Fast32, Fast64, Fast64Ptr, FastStr };

static KeyPath keyPath(const Type *MapT) {
  auto *MT = llvm::cast<goscape::Map>(MapT->getUnderlying());
  // As gc: elements stored indirectly (over 128 bytes) take the generic
  // entry points.
  if (Sizes::sizeOf(MT->getElem()) > 128)
    return KeyPath::Generic;
  const Type *K = MT->getKey()->getUnderlying();
  if (llvm::isa<Pointer>(K))
    return KeyPath::Fast64Ptr;
  auto *BT = llvm::dyn_cast<Basic>(K);
  if (!BT)
    return KeyPath::Generic;
  if (BT->getInfo() & IsString)
    return KeyPath::FastStr;
  if (!(BT->getInfo() & IsInteger))
    return KeyPath::Generic;
  int64_t Size = Sizes::sizeOf(BT);
  return Size == 8 ? KeyPath::Fast64
         : Size == 4 ? KeyPath::Fast32
                     : KeyPath::Generic;
}

llvm::Value *FunctionCodeGen::lowerLookup(const ir::Lookup *I) {
  llvm::Value *X = get(I->getX());
  if (isString(I->getX()->getType())) {
    llvm::Value *Idx = get(I->getIndex());
    Idx = isUnsigned(I->getIndex()->getType())
              ? B.CreateZExtOrTrunc(Idx, B.getInt64Ty())
              : B.CreateSExtOrTrunc(Idx, B.getInt64Ty());
    boundsCheck(Idx, B.CreateExtractValue(X, 1),
                !isUnsigned(I->getIndex()->getType()));
    return B.CreateLoad(B.getInt8Ty(),
                        B.CreateGEP(B.getInt8Ty(), B.CreateExtractValue(X, 0),
                                    Idx));
  }
  const Type *MapT = I->getX()->getType();
  auto *MT = llvm::cast<goscape::Map>(MapT->getUnderlying());
  llvm::Value *Key = get(I->getIndex());
  if (const ir::MapUpdate *U = AssigningLookups.lookup(I)) {
    // gc's single mapassign for `m[k] op= v`: a missing key's slot is
    // zeroed, so it reads as the zero value the lookup would give.
    llvm::Value *P = mapAssign(MapT, X, Key);
    AssignedSlots[U] = P;
    return load(MT->getElem(), P);
  }
  llvm::Value *T = MG.mapTypeInfo(MapT);
  llvm::Value *Present =
      I->isCommaOk() ? (llvm::Value *)temp(B.getInt8Ty()) : nullptr;
  llvm::Value *P;
  switch (keyPath(MapT)) {
  case KeyPath::Fast32:
    P = Present ? MG.RT->call_gs_mapaccess2_fast32(B, Present, T, X, Key)
                : MG.RT->call_gs_mapaccess1_fast32(B, T, X, Key);
    break;
  case KeyPath::Fast64:
    P = Present ? MG.RT->call_gs_mapaccess2_fast64(B, Present, T, X, Key)
                : MG.RT->call_gs_mapaccess1_fast64(B, T, X, Key);
    break;
  case KeyPath::FastStr: {
    llvm::Value *KP = B.CreateExtractValue(Key, 0);
    llvm::Value *KL = B.CreateExtractValue(Key, 1);
    P = Present ? MG.RT->call_gs_mapaccess2_faststr(B, Present, T, X, KP, KL)
                : MG.RT->call_gs_mapaccess1_faststr(B, T, X, KP, KL);
    break;
  }
  default: {
    llvm::Value *Zero = mapZero(MapT);
    llvm::Value *KA = spill(MT->getKey(), Key);
    P = Present ? MG.RT->call_gs_mapaccess2_fat(B, Present, T, X, KA, Zero)
                : MG.RT->call_gs_mapaccess1_fat(B, T, X, KA, Zero);
    break;
  }
  }
  if (!Present) {
    // mapaccess1 reads the map and writes nothing (it may panic or exit on
    // a bad key or a concurrent write): two lookups of one key with no
    // store between them become one, as in a comparator that reads m[a]
    // and m[b] twice.
    llvm::cast<llvm::CallInst>(P)->setOnlyReadsMemory();
  }
  llvm::Value *V = load(MT->getElem(), P);
  if (!I->isCommaOk())
    return V;
  llvm::Value *Ok = B.CreateICmpNE(B.CreateLoad(B.getInt8Ty(), Present),
                                   B.getInt8(0));
  return makeTuple(llvm::cast<Tuple>(I->getType()), {V, Ok});
}

/// How an instruction between a lookup of m[k] and an update of m[k]
/// relates to gc's single mapassign.
enum class MapGap {
  /// Leaves the map alone and cannot panic: arithmetic that cannot fail,
  /// string concatenation, loads of variables, append (gc's
  /// `m[k] = append(m[k], ...)` grows the slice after its mapassign).
  Transparent,
  /// A shift by a signed count, which panics when negative: gc calls
  /// mapassign before it in `m[k] <<= s` (and only there).
  ShiftPanics,
  /// Anything else, such as division (gc looks the key up first in
  /// `m[k] /= d`, so a division by zero inserts nothing).
  Opaque,
};

/// Whether V is the address of a variable: a package variable or a local
/// one of the memory form (never nil).
static bool isVariable(const ir::Value *V) {
  return llvm::isa<ir::Global, ir::Alloc>(V);
}

static MapGap classifyGap(const ir::Instr *I) {
  switch (I->getKind()) {
  case ir::ValueKind::DebugRef:
  case ir::ValueKind::Concat:
  case ir::ValueKind::Append:
    return MapGap::Transparent;
  case ir::ValueKind::UnOp: {
    auto *U = llvm::cast<ir::UnOp>(I);
    switch (U->getOp()) {
    case Operator::Sub:
    case Operator::Not:
    case Operator::Xor:
      return MapGap::Transparent;
    case Operator::Mul: // a load, which cannot fail from a variable
      return isVariable(U->getX()) ? MapGap::Transparent : MapGap::Opaque;
    default:
      return MapGap::Opaque;
    }
  }
  case ir::ValueKind::BinOp: {
    auto *O = llvm::cast<ir::BinOp>(I);
    switch (O->getOp()) {
    case Operator::Add:
    case Operator::Sub:
    case Operator::Mul:
    case Operator::And:
    case Operator::Or:
    case Operator::Xor:
    case Operator::AndNot:
      return MapGap::Transparent;
    case Operator::Shl:
    case Operator::Shr:
      return llvm::isa<ir::Const>(O->getY()) || isUnsigned(O->getY()->getType())
                 ? MapGap::Transparent
                 : MapGap::ShiftPanics;
    default: // division, comparisons (of possibly uncomparable values)
      return MapGap::Opaque;
    }
  }
  default:
    return MapGap::Opaque;
  }
}

bool FunctionCodeGen::sameOperand(const ir::Value *A, const ir::Value *B) {
  if (A == B)
    return true;
  if (llvm::isa<ir::Const>(A) && llvm::isa<ir::Const>(B))
    return A->getType() == B->getType() && !ModuleCodeGen::isLarge(A->getType()) &&
           get(A) == get(B);
  // Two loads of one variable, the same value: the instructions between
  // them store to no variable (an append's elements are never a map or key
  // variable's memory, except through an element slice aliasing an array
  // key, where gc's single mapassign also uses the key before the append).
  auto *LA = llvm::dyn_cast<ir::UnOp>(A), *LB = llvm::dyn_cast<ir::UnOp>(B);
  return LA && LB && LA->getOp() == Operator::Mul &&
         LB->getOp() == Operator::Mul && !LA->isCommaOk() && !LB->isCommaOk() &&
         isVariable(LA->getX()) && LA->getX() == LB->getX();
}

const ir::MapUpdate *
FunctionCodeGen::updateAfterLookup(llvm::ArrayRef<ir::Instr *> Instrs,
                                   unsigned Idx) {
  auto *L = llvm::cast<ir::Lookup>(Instrs[Idx]);
  if (L->isCommaOk() || !llvm::isa<goscape::Map>(L->getX()->getType()->getUnderlying()))
    return nullptr;
  // A few instructions at most: `m[k] op= v` has one between, an append
  // the loads of its arguments and of the map and key variables again.
  constexpr unsigned Window = 8;
  bool ShiftPanics = false;
  for (unsigned K = Idx + 1; K < Instrs.size() && K <= Idx + Window; ++K) {
    if (auto *U = llvm::dyn_cast<ir::MapUpdate>(Instrs[K])) {
      if (!sameOperand(L->getX(), U->getMap()) ||
          !sameOperand(L->getIndex(), U->getKey()))
        return nullptr;
      auto *AS = llvm::dyn_cast_or_null<AssignStmt>(U->getNode());
      bool OpAssign = AS && AS->getOp() != Operator::None && !AS->isDefine();
      return !ShiftPanics || OpAssign ? U : nullptr;
    }
    MapGap G = classifyGap(Instrs[K]);
    if (G == MapGap::Opaque)
      return nullptr;
    ShiftPanics |= G == MapGap::ShiftPanics;
  }
  return nullptr;
}

llvm::Value *FunctionCodeGen::mapAssign(const Type *MapT, llvm::Value *H,
                                        llvm::Value *Key) {
  llvm::Value *T = MG.mapTypeInfo(MapT);
  switch (keyPath(MapT)) {
  case KeyPath::Fast32:
    return MG.RT->call_gs_mapassign_fast32(B, T, H, Key);
  case KeyPath::Fast64:
    return MG.RT->call_gs_mapassign_fast64(B, T, H, Key);
  case KeyPath::Fast64Ptr:
    return MG.RT->call_gs_mapassign_fast64ptr(B, T, H, Key);
  case KeyPath::FastStr:
    return MG.RT->call_gs_mapassign_faststr(B, T, H,
                                            B.CreateExtractValue(Key, 0),
                                            B.CreateExtractValue(Key, 1));
  default:
    return MG.RT->call_gs_mapassign(
        B, T, H,
        spill(llvm::cast<goscape::Map>(MapT->getUnderlying())->getKey(), Key));
  }
}

void FunctionCodeGen::lowerMapUpdate(const ir::MapUpdate *I) {
  llvm::Value *P = AssignedSlots.lookup(I);
  if (!P)
    P = mapAssign(I->getMap()->getType(), get(I->getMap()), get(I->getKey()));
  store(I->getVal()->getType(), get(I->getVal()), P);
}

void FunctionCodeGen::lowerMapDelete(const ir::MapDelete *I) {
  mapDelete(I->getMap()->getType(), get(I->getMap()), get(I->getKey()));
}

void FunctionCodeGen::mapDelete(const Type *MapT, llvm::Value *H,
                                llvm::Value *Key) {
  llvm::Value *T = MG.mapTypeInfo(MapT);
  switch (keyPath(MapT)) {
  case KeyPath::Fast32:
    MG.RT->call_gs_mapdelete_fast32(B, T, H, Key);
    return;
  case KeyPath::Fast64:
    MG.RT->call_gs_mapdelete_fast64(B, T, H, Key);
    return;
  case KeyPath::FastStr:
    MG.RT->call_gs_mapdelete_faststr(B, T, H, B.CreateExtractValue(Key, 0),
                                     B.CreateExtractValue(Key, 1));
    return;
  default:
    MG.RT->call_gs_mapdelete(
        B, T, H,
        spill(llvm::cast<goscape::Map>(MapT->getUnderlying())->getKey(), Key));
    return;
  }
}

llvm::Value *FunctionCodeGen::lowerRange(const ir::Range *I) {
  const ir::Value *X = I->getX();
  if (isString(X->getType())) {
    llvm::Value *Off = temp(B.getInt64Ty());
    B.CreateStore(B.getInt64(0), Off);
    Iters[I] = get(X);
    return Off;
  }
  auto *HTy = llvm::ArrayType::get(MG.IntTy, HiterWords);
  llvm::Value *It = temp(HTy);
  zeroMemory(It, HTy);
  MG.RT->call_gs_mapiterinit(B, MG.mapTypeInfo(X->getType()), get(X), It);
  // The first Next reads the entry mapiterinit moved to.
  llvm::Value *First = temp(B.getInt1Ty());
  B.CreateStore(B.getTrue(), First);
  Iters[I] = First;
  return It;
}

llvm::Value *FunctionCodeGen::lowerNext(const ir::Next *I) {
  auto *Range = llvm::cast<ir::Range>(I->getIter());
  llvm::Value *State = get(Range);
  auto *TT = llvm::cast<Tuple>(I->getType());
  auto *TupleTy = llvm::cast<llvm::StructType>(MG.llvmType(TT));
  llvm::Value *R = llvm::Constant::getNullValue(TupleTy);
  if (I->isString()) {
    llvm::Value *S = Iters.lookup(Range);
    llvm::Value *Ptr = B.CreateExtractValue(S, 0);
    llvm::Value *Len = B.CreateExtractValue(S, 1);
    llvm::Value *Off = B.CreateLoad(B.getInt64Ty(), State);
    llvm::BasicBlock *Head = B.GetInsertBlock();
    auto *Body = llvm::BasicBlock::Create(MG.Ctx, "strnext", Fn);
    auto *Multi = llvm::BasicBlock::Create(MG.Ctx, "strmulti", Fn);
    auto *Done = llvm::BasicBlock::Create(MG.Ctx, "strnext.done", Fn);
    B.CreateCondBr(B.CreateICmpSLT(Off, Len), Body, Done);
    B.SetInsertPoint(Body);
    llvm::Value *Byte =
        B.CreateLoad(B.getInt8Ty(), B.CreateGEP(B.getInt8Ty(), Ptr, Off));
    llvm::Value *Ascii = B.CreateZExt(Byte, B.getInt32Ty());
    llvm::Value *Next1 = B.CreateAdd(Off, B.getInt64(1));
    B.CreateCondBr(B.CreateICmpULT(Byte, B.getInt8(0x80)), Done, Multi);
    B.SetInsertPoint(Multi);
    auto *DRTy = llvm::StructType::get(MG.Ctx, {B.getInt32Ty(), B.getInt64Ty()});
    llvm::Value *Out = temp(DRTy);
    MG.RT->call_gs_decoderune(B, Out, Ptr, Len, Off);
    llvm::Value *Rune = B.CreateLoad(B.getInt32Ty(), B.CreateStructGEP(DRTy, Out, 0));
    llvm::Value *NextN = B.CreateLoad(B.getInt64Ty(), B.CreateStructGEP(DRTy, Out, 1));
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
    llvm::PHINode *Ok = B.CreatePHI(B.getInt1Ty(), 3);
    Ok->addIncoming(B.getFalse(), Head);
    Ok->addIncoming(B.getTrue(), Body);
    Ok->addIncoming(B.getTrue(), Multi);
    llvm::PHINode *RV = B.CreatePHI(B.getInt32Ty(), 3);
    RV->addIncoming(B.getInt32(0), Head);
    RV->addIncoming(Ascii, Body);
    RV->addIncoming(Rune, Multi);
    llvm::PHINode *NO = B.CreatePHI(B.getInt64Ty(), 3);
    NO->addIncoming(Off, Head);
    NO->addIncoming(Next1, Body);
    NO->addIncoming(NextN, Multi);
    B.CreateStore(NO, State);
    R = B.CreateInsertValue(R, Ok, 0);
    if (TT->size() > 1)
      R = B.CreateInsertValue(R, Off, 1);
    if (TT->size() > 2)
      R = B.CreateInsertValue(R, RV, 2);
    return R;
  }
  llvm::Value *First = Iters.lookup(Range);
  auto *Adv = llvm::BasicBlock::Create(MG.Ctx, "mapnext", Fn);
  auto *Read = llvm::BasicBlock::Create(MG.Ctx, "mapread", Fn);
  B.CreateCondBr(B.CreateLoad(B.getInt1Ty(), First), Read, Adv);
  B.SetInsertPoint(Adv);
  MG.RT->call_gs_mapiternext(B, State);
  B.CreateBr(Read);
  B.SetInsertPoint(Read);
  B.CreateStore(B.getFalse(), First);
  llvm::Value *KeyP = B.CreateLoad(MG.PtrTy, State);
  llvm::Value *ElemP = B.CreateLoad(
      MG.PtrTy, B.CreateConstInBoundsGEP1_64(MG.PtrTy, State, 1));
  llvm::Value *Ok = B.CreateIsNotNull(KeyP);
  if (ModuleCodeGen::isLarge(TT)) {
    // A large key or element: the tuple in memory, zero at the end.
    llvm::Value *Mem = temp(TupleTy);
    zeroMemory(Mem, TupleTy);
    B.CreateStore(Ok, B.CreateStructGEP(TupleTy, Mem, 0));
    auto *Load = llvm::BasicBlock::Create(MG.Ctx, "mapload", Fn);
    auto *Done = llvm::BasicBlock::Create(MG.Ctx, "mapload.done", Fn);
    B.CreateCondBr(Ok, Load, Done);
    B.SetInsertPoint(Load);
    for (unsigned K = 1; K < TT->size(); ++K) {
      const Type *ET = TT->getVars()[K]->getType();
      store(ET, load(ET, K == 1 ? KeyP : ElemP),
            B.CreateStructGEP(TupleTy, Mem, K));
    }
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
    return Mem;
  }
  R = B.CreateInsertValue(R, Ok, 0);
  if (TT->size() > 1) {
    // Read the entry only when there is one.
    llvm::BasicBlock *Head = B.GetInsertBlock();
    auto *Load = llvm::BasicBlock::Create(MG.Ctx, "mapload", Fn);
    auto *Done = llvm::BasicBlock::Create(MG.Ctx, "mapload.done", Fn);
    B.CreateCondBr(Ok, Load, Done);
    B.SetInsertPoint(Load);
    llvm::Value *Full = R;
    Full = B.CreateInsertValue(Full, load(TT->getVars()[1]->getType(), KeyP), 1);
    if (TT->size() > 2)
      Full = B.CreateInsertValue(Full, load(TT->getVars()[2]->getType(), ElemP),
                                 2);
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
    llvm::PHINode *P = B.CreatePHI(TupleTy, 2);
    P->addIncoming(R, Head);
    P->addIncoming(Full, Load);
    R = P;
  }
  return R;
}
