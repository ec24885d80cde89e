//===- TypeIdentity.cpp - Identity of Go types ----------------------------===//
//
// Type identity as the spec defines it: named types are identical only to
// themselves, composite types structurally; parameter names are ignored,
// struct field names and unexported method names must also come from the
// same package. Interfaces compare by method set, which is completed here
// when the checker has not done it yet, and a pair of interfaces met again
// while being compared (through their methods' signatures) is assumed
// identical, as types2 does.
//
//===----------------------------------------------------------------------===//

#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/ErrorHandling.h"

using namespace goscape;
using llvm::cast;
/// types2's sameId: equal names, and for unexported names the same package.
static bool sameId(const Object *A, const Object *B) {
  if (A->getName() != B->getName())
    return false;
  if (A->isExported())
    return true;
  const Package *PA = A->getPackage(), *PB = B->getPackage();
  if (PA == PB)
    return true;
  // Packages are unique objects, but compare paths in case a caller built
  // a second Package for the same path.
  return PA && PB && PA->getPath() == PB->getPath();
}

namespace {
/// Interfaces being compared further up the recursion. Interfaces can
/// refer to themselves through their methods (`interface{ F() interface{I} }`
/// embedded in I); a pair met again is assumed identical, as types2 does.
struct IfacePair {
  const Interface *X, *Y;
  const IfacePair *Prev;
};
} // namespace

static bool identicalImpl(const Type *A, const Type *B, bool CmpTags,
                          const IfacePair *Seen);

static bool identicalTuples(const Tuple *A, const Tuple *B, bool CmpTags,
                            const IfacePair *Seen) {
  size_t NA = A ? A->size() : 0, NB = B ? B->size() : 0;
  if (NA != NB)
    return false;
  for (size_t I = 0; I != NA; ++I)
    if (!identicalImpl(A->getVars()[I]->getType(), B->getVars()[I]->getType(),
                       CmpTags, Seen))
      return false;
  return true;
}

/// Adds I's methods to Out: the explicit ones and those of the embedded
/// interfaces (whose underlying types are known), each name once. Visiting
/// guards against embedding cycles, which the checker reports.
static void collectMethods(const Interface *I, llvm::SmallVectorImpl<Func *> &Out,
                           llvm::SmallPtrSetImpl<const Interface *> &Visiting) {
  if (!Visiting.insert(I).second)
    return;
  auto Add = [&](Func *M) {
    if (llvm::none_of(Out, [&](const Func *F) { return sameId(F, M); }))
      Out.push_back(M);
  };
  if (I->isComplete()) {
    llvm::for_each(I->getAllMethods(), Add);
    return;
  }
  llvm::for_each(I->getExplicitMethods(), Add);
  for (const Type *E : I->getEmbeddeds())
    if (auto *EI = llvm::dyn_cast_or_null<Interface>(E ? E->getUnderlying()
                                                         : nullptr))
      collectMethods(EI, Out, Visiting);
}

/// The method set used for identity. The checker completes an interface
/// literal after the statement or declaration that contains it, but may
/// compare it before (an interface type in a parameter of a method of an
/// interface being assigned), so an incomplete one is completed here, as
/// types2 computes type sets on demand.
static llvm::ArrayRef<Func *>
methodsForIdentity(const Interface *I, llvm::SmallVectorImpl<Func *> &Buf) {
  if (I->isComplete())
    return I->getAllMethods();
  llvm::SmallPtrSet<const Interface *, 4> Visiting;
  collectMethods(I, Buf, Visiting);
  return Buf;
}

static bool identicalImpl(const Type *A, const Type *B, bool CmpTags,
                          const IfacePair *Seen) {
  if (A == B)
    return true;
  if (!A || !B || A->getKind() != B->getKind())
    return false;
  switch (A->getKind()) {
  case TypeKind::Basic:
    return cast<Basic>(A)->getBasicKind() == cast<Basic>(B)->getBasicKind();
  case TypeKind::Pointer:
    return identicalImpl(cast<Pointer>(A)->getElem(),
                         cast<Pointer>(B)->getElem(), CmpTags, Seen);
  case TypeKind::Array: {
    auto *X = cast<Array>(A), *Y = cast<Array>(B);
    // An invalid length (-1) is identical to nothing but itself, as in
    // types2 where it is "unknown".
    return X->getLen() == Y->getLen() && X->getLen() >= 0 &&
           identicalImpl(X->getElem(), Y->getElem(), CmpTags, Seen);
  }
  case TypeKind::Slice:
    return identicalImpl(cast<Slice>(A)->getElem(), cast<Slice>(B)->getElem(),
                         CmpTags, Seen);
  case TypeKind::Map: {
    auto *X = cast<Map>(A), *Y = cast<Map>(B);
    return identicalImpl(X->getKey(), Y->getKey(), CmpTags, Seen) &&
           identicalImpl(X->getElem(), Y->getElem(), CmpTags, Seen);
  }
  case TypeKind::Chan: {
    auto *X = cast<Chan>(A), *Y = cast<Chan>(B);
    return X->getDir() == Y->getDir() &&
           identicalImpl(X->getElem(), Y->getElem(), CmpTags, Seen);
  }
  case TypeKind::Struct: {
    auto *X = cast<Struct>(A), *Y = cast<Struct>(B);
    llvm::ArrayRef<Var *> FX = X->getFields(), FY = Y->getFields();
    if (FX.size() != FY.size())
      return false;
    for (unsigned I = 0, E = FX.size(); I != E; ++I) {
      if (FX[I]->isEmbedded() != FY[I]->isEmbedded() ||
          (CmpTags && X->getTag(I) != Y->getTag(I)) ||
          !sameId(FX[I], FY[I]) ||
          !identicalImpl(FX[I]->getType(), FY[I]->getType(), CmpTags, Seen))
        return false;
    }
    return true;
  }
  case TypeKind::Tuple:
    return identicalTuples(cast<Tuple>(A), cast<Tuple>(B), CmpTags, Seen);
  case TypeKind::Signature: {
    auto *X = cast<Signature>(A), *Y = cast<Signature>(B);
    return X->isVariadic() == Y->isVariadic() &&
           identicalTuples(X->getParams(), Y->getParams(), CmpTags, Seen) &&
           identicalTuples(X->getResults(), Y->getResults(), CmpTags, Seen);
  }
  case TypeKind::Interface: {
    auto *IX = cast<Interface>(A), *IY = cast<Interface>(B);
    llvm::SmallVector<Func *, 8> BufX, BufY;
    llvm::ArrayRef<Func *> MX = methodsForIdentity(IX, BufX);
    llvm::ArrayRef<Func *> MY = methodsForIdentity(IY, BufY);
    if (MX.size() != MY.size())
      return false;
    for (const IfacePair *P = Seen; P; P = P->Prev)
      if ((P->X == IX && P->Y == IY) || (P->X == IY && P->Y == IX))
        return true;
    IfacePair Here{IX, IY, Seen};
    // Method sets are sorted by name when complete; match by id otherwise.
    for (const Func *FX : MX) {
      const Func *Match = nullptr;
      for (const Func *FY : MY)
        if (sameId(FX, FY)) {
          Match = FY;
          break;
        }
      if (!Match ||
          !identicalImpl(FX->getType(), Match->getType(), CmpTags, &Here))
        return false;
    }
    return true;
  }
  case TypeKind::Named:
    return false; // Named types are unique objects; A != B.
  }
  llvm_unreachable("covered switch over type kinds");
}

bool goscape::identical(const Type *A, const Type *B) {
  return identicalImpl(A, B, /*CmpTags=*/true, nullptr);
}

bool goscape::identicalIgnoreTags(const Type *A, const Type *B) {
  return identicalImpl(A, B, /*CmpTags=*/false, nullptr);
}
