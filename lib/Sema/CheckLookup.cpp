//===- CheckLookup.cpp - Field and method lookup --------------------------===//
//
// types2's lookupFieldOrMethod and missingMethod, in the checker so that
// methods met on the way get their signatures checked on demand (a method
// may be looked up before its declaration was reached).
//
// Lookup is breadth-first over embedding depth: at each depth every
// embedded type is searched for a method (if it is a defined type), a
// field (if it is a struct) or an interface method; two hits at the same
// depth, or one hit through a type embedded twice at that depth, is an
// ambiguity. A method with a pointer receiver found on a non-addressable,
// non-pointer value is reported as "needs a pointer" (Indirect without an
// object).
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

using namespace goscape;
using namespace goscape::sema;

namespace {
struct Embedded {
  const Type *T;
  llvm::SmallVector<unsigned, 4> Index;
  bool Indirect;
  bool Multiples;
};
} // namespace

static const Type *derefType(const Type *T, bool &IsPtr) {
  if (auto *P = llvm::dyn_cast<Pointer>(T)) {
    IsPtr = true;
    return P->getElem();
  }
  IsPtr = false;
  return T;
}

Object *Checker::lookupFieldOrMethod(const Type *T, bool Addressable,
                                     llvm::StringRef Name,
                                     llvm::SmallVectorImpl<unsigned> &Path,
                                     bool &Indirect, bool &Ambiguous) {
  Path.clear();
  Indirect = false;
  Ambiguous = false;
  if (Name == "_" || !T)
    return nullptr;
  bool IsPtr;
  const Type *Typ = derefType(T, IsPtr);
  if (IsPtr && llvm::isa_and_nonnull<Interface>(Typ->getUnderlying()))
    return nullptr;
  std::vector<Embedded> Current;
  Current.push_back({Typ, {}, IsPtr, false});
  llvm::SmallPtrSet<const Named *, 8> Seen;
  Object *Obj = nullptr;
  while (!Current.empty()) {
    std::vector<Embedded> Next;
    for (Embedded &E : Current) {
      const Type *Ty = E.T;
      if (auto *N = llvm::dyn_cast<Named>(Ty)) {
        if (!Seen.insert(N).second)
          continue;
        llvm::ArrayRef<Func *> Ms = N->getMethods();
        bool Hit = false;
        for (unsigned I = 0; I != Ms.size(); ++I) {
          if (Ms[I]->getName() != Name)
            continue;
          Path.assign(E.Index.begin(), E.Index.end());
          Path.push_back(I);
          if (Obj || E.Multiples) {
            Ambiguous = true;
            return nullptr;
          }
          Obj = Ms[I];
          Indirect = E.Indirect;
          Hit = true;
          break;
        }
        if (Hit)
          continue;
      }
      const Type *U = Ty->getUnderlying();
      if (!U)
        continue;
      if (auto *S = llvm::dyn_cast<Struct>(U)) {
        llvm::ArrayRef<Var *> Fs = S->getFields();
        for (unsigned I = 0; I != Fs.size(); ++I) {
          Var *F = Fs[I];
          if (F->getName() == Name) {
            Path.assign(E.Index.begin(), E.Index.end());
            Path.push_back(I);
            if (Obj || E.Multiples) {
              Ambiguous = true;
              return nullptr;
            }
            Obj = F;
            Indirect = E.Indirect;
            continue;
          }
          if (!Obj && F->isEmbedded() && F->getType()) {
            bool P;
            const Type *FT = derefType(F->getType(), P);
            Embedded N{FT, E.Index, E.Indirect || P, E.Multiples};
            N.Index.push_back(I);
            Next.push_back(std::move(N));
          }
        }
      } else if (auto *IT = llvm::dyn_cast<Interface>(U)) {
        computeInterfaceMethods(IT, SourceLoc());
        llvm::ArrayRef<Func *> Ms = IT->getAllMethods();
        for (unsigned I = 0; I != Ms.size(); ++I) {
          if (Ms[I]->getName() != Name)
            continue;
          Path.assign(E.Index.begin(), E.Index.end());
          Path.push_back(I);
          if (Obj || E.Multiples) {
            Ambiguous = true;
            return nullptr;
          }
          Obj = Ms[I];
          Indirect = E.Indirect;
          break;
        }
      }
    }
    if (Obj) {
      if (auto *F = llvm::dyn_cast<Func>(Obj)) {
        bool PtrRecvM = false;
        if (auto It = PtrRecv.find(F); It != PtrRecv.end())
          PtrRecvM = It->second;
        else if (const Signature *S = F->getSignature(); S && S->getRecv())
          PtrRecvM = llvm::isa<Pointer>(S->getRecv()->getType());
        if (PtrRecvM && !Indirect && !Addressable) {
          Path.clear();
          Indirect = true;
          return nullptr;
        }
      }
      return Obj;
    }
    // Consolidate: a type reached several times at one depth is ambiguous
    // for anything found through it.
    std::vector<Embedded> Merged;
    for (Embedded &E : Next) {
      bool Dup = false;
      for (Embedded &M : Merged)
        if (identical(M.T, E.T)) {
          M.Multiples = true;
          Dup = true;
          break;
        }
      if (!Dup)
        Merged.push_back(std::move(E));
    }
    Current = std::move(Merged);
  }
  return nullptr;
}

Func *Checker::missingMethod(const Type *V, const Type *T, bool Static,
                             Func *&Alt) {
  Alt = nullptr;
  auto *TI = llvm::dyn_cast_or_null<Interface>(T->getUnderlying());
  if (!TI)
    return nullptr;
  computeInterfaceMethods(TI, SourceLoc());
  if (TI->getAllMethods().empty())
    return nullptr;
  if (auto *VI = llvm::dyn_cast_or_null<Interface>(V->getUnderlying())) {
    computeInterfaceMethods(VI, SourceLoc());
    for (Func *M : TI->getAllMethods()) {
      Func *F = nullptr;
      for (Func *C : VI->getAllMethods())
        if (C->getName() == M->getName())
          F = C;
      if (!F) {
        if (!Static)
          continue;
        return M;
      }
      if (!identical(F->getType(), M->getType())) {
        Alt = F;
        return M;
      }
    }
    return nullptr;
  }
  for (Func *M : TI->getAllMethods()) {
    llvm::SmallVector<unsigned, 4> Path;
    bool Ind, Amb;
    Object *O = lookupFieldOrMethod(V, false, M->getName(), Path, Ind, Amb);
    bool Found = O != nullptr;
    if (!Found) {
      O = lookupFieldOrMethod(Types.getPointer(V), false, M->getName(), Path,
                              Ind, Amb);
      if (!O) {
        // Case-folded lookup for a better message.
        std::string Folded = M->getName().str();
        // Try the other case of the first letter only when it matches
        // case-insensitively; gc folds the whole name.
        if (auto *N = llvm::dyn_cast<Named>(V)) {
          for (Func *C : N->getMethods())
            if (C->getName().equals_insensitive(M->getName()))
              O = C;
        }
      }
    }
    auto *F = llvm::dyn_cast_or_null<Func>(O);
    if (!F)
      return M;
    if (!F->getType())
      objDecl(F, nullptr);
    if (!Found || !identical(F->getType(), M->getType())) {
      Alt = F;
      return M;
    }
  }
  return nullptr;
}
