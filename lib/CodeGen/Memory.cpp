//===- Memory.cpp - Typed loads and stores of Go values -------------------===//
//
// Go memory is typed: without package unsafe (outside the subset) a
// location holding a value of some type is only read and written as that
// type, or as a type with the same underlying type. So the scalar
// accesses of Go values (ir::Load and ir::Store, boxes, map slots) carry
// type-based alias analysis tags, and LLVM knows that storing a `bool`
// element cannot change the length of a slice, nor storing an `int` the
// data pointer of one: slice headers and struct fields then stay in
// registers across such stores, and loops keep their bounds checks
// against a length loaded once.
//
// The tags are coarse, one class per access size (1, 2, 4 and 8 bytes)
// and one for pointers (Go pointers, maps, funcs, chans, interface words,
// string and slice data): an integer and a float of the same size share a
// class, so that nothing depends on how the runtime or generated
// algorithms read a number. Accesses without a tag (memcpy, runtime
// calls, the runtime's inline map code with its own C++ tags, every other
// load and store of code generation) may alias anything, so only the
// accesses made here must agree with each other, and they always use the
// location's own Go type.
//
// A small aggregate (a string, slice or interface header, or an array or
// struct of at most MaxLeaves scalars) is loaded and stored one scalar at
// a time, so that each word gets its tag; a slice's length and capacity
// and a string's length also get `!range [0, 2^63)`: they are never
// negative, which lets LLVM prove `0 <= i < len` from `i < len` and drop
// bounds checks. Larger aggregates are accessed whole, untagged. The
// same fact holds for the lengths of slices built in registers (make,
// slicing) and of slice and string parameters: an `llvm.assume` says so,
// as it says after a successful index of a slice that its array pointer is
// not nil (a slice with elements has an array; the runtime's zero-size
// allocations are gs_zerobase), which removes the nil checks of element
// addresses kept in variables (`b := &s[i]; b.x`).
// The runtime's allocation functions return fresh memory, which the call
// sites say with `noalias` (as for malloc): stores into one new object do
// not disturb what LLVM knows about another.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

#include "llvm/IR/MDBuilder.h"

using namespace goscape;
using namespace goscape::codegen;

namespace {

/// The most scalars a value may have to be loaded and stored one by one.
constexpr unsigned MaxLeaves = 8;

/// One scalar word of a value in memory.
struct Leaf {
  /// Indices of the word inside the value's LLVM aggregate (empty for a
  /// scalar value).
  llvm::SmallVector<unsigned, 4> Path;
  llvm::Type *Ty;
  /// A slice's length or capacity, or a string's length: never negative.
  bool IsLength;
};

/// Appends the scalar words of a value of Go type T (LLVM type Ty) at
/// position Path to Out; false once there are more than MaxLeaves.
bool collectLeaves(ModuleCodeGen &MG, const Type *T,
                   llvm::SmallVectorImpl<unsigned> &Path,
                   llvm::SmallVectorImpl<Leaf> &Out) {
  llvm::Type *Ty = MG.llvmType(T);
  auto Word = [&](unsigned Idx, llvm::Type *WTy, bool IsLength) {
    Leaf L{{Path.begin(), Path.end()}, WTy, IsLength};
    L.Path.push_back(Idx);
    Out.push_back(std::move(L));
    return Out.size() <= MaxLeaves;
  };
  auto Component = [&](unsigned Idx, const Type *CT) {
    Path.push_back(Idx);
    bool Ok = collectLeaves(MG, CT, Path, Out);
    Path.pop_back();
    return Ok;
  };
  const Type *U = T->getUnderlying();
  if (llvm::isa<goscape::Slice>(U))
    return Word(0, MG.PtrTy, false) && Word(1, MG.IntTy, true) &&
           Word(2, MG.IntTy, true);
  if (Ty == MG.StringTy && isString(U))
    return Word(0, MG.PtrTy, false) && Word(1, MG.IntTy, true);
  if (llvm::isa<Interface>(U))
    return Word(0, MG.PtrTy, false) && Word(1, MG.PtrTy, false);
  if (auto *A = llvm::dyn_cast<Array>(U)) {
    if (uint64_t(A->getLen()) > MaxLeaves)
      return false;
    for (int64_t K = 0; K < A->getLen(); ++K)
      if (!Component(K, A->getElem()))
        return false;
    return true;
  }
  if (auto *S = llvm::dyn_cast<Struct>(U)) {
    for (auto [K, V] : llvm::enumerate(S->getFields()))
      if (!Component(K, V->getType()))
        return false;
    return true;
  }
  if (auto *TT = llvm::dyn_cast<Tuple>(U)) {
    for (auto [K, V] : llvm::enumerate(TT->getVars()))
      if (!Component(K, V->getType()))
        return false;
    return true;
  }
  if (Ty->isAggregateType())
    return false;
  Out.push_back({{Path.begin(), Path.end()}, Ty, false});
  return Out.size() <= MaxLeaves;
}

/// The scalar words of a value of type T, or none if it has no words or
/// too many to access one by one.
llvm::SmallVector<Leaf, 4> leavesOf(ModuleCodeGen &MG, const Type *T) {
  llvm::SmallVector<Leaf, 4> Leaves;
  llvm::SmallVector<unsigned, 4> Path;
  if (!collectLeaves(MG, T, Path, Leaves))
    Leaves.clear();
  return Leaves;
}

} // namespace

llvm::MDNode *ModuleCodeGen::tbaaTag(llvm::Type *ScalarTy) {
  unsigned Class = ScalarTy->isPointerTy()
                       ? 0
                       : LM->getDataLayout().getTypeStoreSize(ScalarTy);
  if (llvm::MDNode *Tag = TBAATags.lookup(Class))
    return Tag;
  llvm::MDBuilder MDB(Ctx);
  if (!TBAARoot)
    TBAARoot = MDB.createTBAARoot("goscape typed memory");
  std::string Name =
      Class == 0 ? "pointer" : std::to_string(Class) + "-byte scalar";
  llvm::MDNode *Node = MDB.createTBAAScalarTypeNode(Name, TBAARoot);
  llvm::MDNode *Tag = MDB.createTBAAStructTagNode(Node, Node, 0);
  TBAATags[Class] = Tag;
  return Tag;
}

llvm::Value *FunctionCodeGen::loadTyped(const Type *T, llvm::Value *Ptr) {
  llvm::Type *Ty = MG.llvmType(T);
  llvm::SmallVector<Leaf, 4> Leaves = leavesOf(MG, T);
  if (Leaves.empty())
    return B.CreateLoad(Ty, Ptr);
  llvm::Value *R = llvm::PoisonValue::get(Ty);
  for (const Leaf &L : Leaves) {
    llvm::SmallVector<llvm::Value *, 5> Idx{B.getInt32(0)};
    for (unsigned K : L.Path)
      Idx.push_back(B.getInt32(K));
    llvm::Value *Addr = L.Path.empty() ? Ptr : B.CreateInBoundsGEP(Ty, Ptr, Idx);
    llvm::LoadInst *W = B.CreateLoad(L.Ty, Addr);
    W->setMetadata(llvm::LLVMContext::MD_tbaa, MG.tbaaTag(L.Ty));
    if (L.IsLength) {
      llvm::MDBuilder MDB(MG.Ctx);
      W->setMetadata(llvm::LLVMContext::MD_range,
                     MDB.createRange(llvm::APInt(64, 0),
                                     llvm::APInt::getSignedMinValue(64)));
    }
    if (L.Path.empty())
      return W;
    R = B.CreateInsertValue(R, W, L.Path);
  }
  return R;
}

void FunctionCodeGen::storeTyped(const Type *T, llvm::Value *V,
                                 llvm::Value *Ptr) {
  llvm::Type *Ty = MG.llvmType(T);
  llvm::SmallVector<Leaf, 4> Leaves = leavesOf(MG, T);
  if (Leaves.empty()) {
    B.CreateStore(V, Ptr);
    return;
  }
  for (const Leaf &L : Leaves) {
    llvm::SmallVector<llvm::Value *, 5> Idx{B.getInt32(0)};
    for (unsigned K : L.Path)
      Idx.push_back(B.getInt32(K));
    llvm::Value *Addr = L.Path.empty() ? Ptr : B.CreateInBoundsGEP(Ty, Ptr, Idx);
    llvm::Value *W = L.Path.empty() ? V : B.CreateExtractValue(V, L.Path);
    B.CreateStore(W, Addr)->setMetadata(llvm::LLVMContext::MD_tbaa,
                                        MG.tbaaTag(L.Ty));
  }
}

void FunctionCodeGen::assumeLength(llvm::Value *Len) {
  if (llvm::isa<llvm::Constant>(Len))
    return;
  B.CreateAssumption(B.CreateICmpSGE(Len, B.getInt64(0)));
}

void FunctionCodeGen::assumeLengths(const Type *T, llvm::Value *V) {
  const Type *U = T->getUnderlying();
  if (llvm::isa<goscape::Slice>(U) || (isString(U) && V->getType() == MG.StringTy))
    assumeLength(B.CreateExtractValue(V, 1));
}

llvm::CallInst *FunctionCodeGen::freshMemory(llvm::CallInst *C) {
  C->addRetAttr(llvm::Attribute::NoAlias);
  return C;
}

void FunctionCodeGen::assumeNonNil(llvm::Value *P) {
  if (llvm::isa<llvm::Constant, llvm::AllocaInst>(P))
    return;
  B.CreateAssumption(B.CreateIsNotNull(P));
}
