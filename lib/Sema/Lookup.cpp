//===- Lookup.cpp - Field and method lookup, interface satisfaction -------===//
//
// lookupFieldOrMethod walks the embedding tree of a type one depth at a
// time, as types2 does: at each depth it looks at every type reached (a
// Named's declared methods, then a struct's fields or an interface's
// methods); the first depth with a match decides, and two matches at that
// depth, or one match under an embedded type reached twice, are a
// collision. Named types already visited are skipped, which also ends the
// walk for recursive embeddings (`type T struct{ *T }`).
//
// The walk terminates: each depth only enqueues embedded fields of types
// not seen before, and there are finitely many Named types.
//
//===----------------------------------------------------------------------===//

#include "goscape/Sema/Lookup.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"

#include <algorithm>

using namespace goscape;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

bool goscape::sameId(const Object *Obj, const Package *Pkg,
                     llvm::StringRef Name) {
  if (Obj->getName() != Name)
    return false;
  if (Obj->isExported())
    return true;
  const Package *OP = Obj->getPackage();
  if (OP == Pkg)
    return true;
  return OP && Pkg && OP->getPath() == Pkg->getPath();
}

/// A method matches by sameId; with FoldCase, also a method whose name
/// equals Name up to case (types2's lookupMethod).
static bool methodMatches(const Func *M, const Package *Pkg,
                          llvm::StringRef Name, bool FoldCase) {
  if (FoldCase && M->getName().equals_insensitive(Name))
    return sameId(M, Pkg, M->getName());
  return sameId(M, Pkg, Name);
}

static llvm::ArrayRef<Func *> interfaceMethods(const Interface *I,
                                               LookupHooks *Hooks) {
  if (Hooks)
    Hooks->completeInterface(I);
  return I->isComplete() ? I->getAllMethods() : I->getExplicitMethods();
}

namespace {
/// A type reached through embedding at the current depth.
struct Embedded {
  const Type *Ty;
  llvm::SmallVector<unsigned, 4> Index;
  bool Indirect;
  bool Multiples; // Reached more than once at this depth.
};
} // namespace

/// The lookup proper; IsPtr says T stands for *T (so that missingMethod
/// can look in *V without creating a Pointer type).
static LookupResult lookupImpl(const Type *T, bool IsPtr, bool Addressable,
                               const Package *Pkg, llvm::StringRef Name,
                               bool FoldCase, LookupHooks *Hooks) {
  LookupResult R;
  if (Name == "_" || !T)
    return R;
  if (!IsPtr) {
    if (auto *P = dyn_cast<Pointer>(T)) {
      T = P->getElem();
      IsPtr = true;
    }
  }
  // Pointers to interfaces have no methods.
  if (IsPtr && llvm::isa_and_nonnull<Interface>(T->getUnderlying()))
    return R;

  llvm::SmallVector<Embedded, 4> Current, Next;
  Current.push_back({T, {}, IsPtr, false});
  llvm::SmallPtrSet<const Named *, 8> Seen;

  auto Record = [&](const Embedded &E, unsigned I, Object *O) -> bool {
    R.Index.assign(E.Index.begin(), E.Index.end());
    R.Index.push_back(I);
    if (R.Obj || E.Multiples) {
      R.Status = LookupResult::Ambiguous;
      R.Obj = nullptr;
      R.Indirect = false;
      return false;
    }
    R.Obj = O;
    R.Indirect = E.Indirect;
    return true;
  };

  while (!Current.empty()) {
    Next.clear();
    for (const Embedded &E : Current) {
      const Type *Ty = E.Ty;
      if (auto *N = dyn_cast<Named>(Ty)) {
        if (!Seen.insert(N).second)
          continue;
        llvm::ArrayRef<Func *> Ms = N->getMethods();
        bool Hit = false;
        for (unsigned I = 0, End = Ms.size(); I != End; ++I) {
          if (!methodMatches(Ms[I], Pkg, Name, FoldCase))
            continue;
          if (!Record(E, I, Ms[I]))
            return R;
          Hit = true;
          break;
        }
        if (Hit)
          continue; // No field or interface method can match as well.
      }
      // The underlying type is null while a declaration is being checked.
      const Type *U = Ty->getUnderlying();
      if (auto *S = dyn_cast_or_null<Struct>(U)) {
        llvm::ArrayRef<Var *> Fields = S->getFields();
        for (unsigned I = 0, End = Fields.size(); I != End; ++I) {
          Var *F = Fields[I];
          if (sameId(F, Pkg, Name)) {
            if (!Record(E, I, F))
              return R;
            continue;
          }
          if (!R.Obj && F->isEmbedded() && F->getType()) {
            const Type *FT = F->getType();
            bool Ptr = false;
            if (auto *P = dyn_cast<Pointer>(FT)) {
              FT = P->getElem();
              Ptr = true;
            }
            Embedded NE{FT, E.Index, E.Indirect || Ptr, E.Multiples};
            NE.Index.push_back(I);
            Next.push_back(std::move(NE));
          }
        }
      } else if (auto *IT = dyn_cast_or_null<Interface>(U)) {
        llvm::ArrayRef<Func *> Ms = interfaceMethods(IT, Hooks);
        for (unsigned I = 0, End = Ms.size(); I != End; ++I) {
          if (!methodMatches(Ms[I], Pkg, Name, FoldCase))
            continue;
          if (!Record(E, I, Ms[I]))
            return R;
          break;
        }
      }
    }
    if (R.Obj) {
      if (auto *F = dyn_cast<Func>(R.Obj))
        if (F->hasPtrRecv() && !R.Indirect && !Addressable) {
          R.Obj = nullptr;
          R.Index.clear();
          R.Indirect = true;
          R.Status = LookupResult::NeedsAddressable;
          return R;
        }
      R.Status = LookupResult::Found;
      return R;
    }
    // Consolidate: a type reached several times at one depth is ambiguous
    // for everything found below it.
    Current.clear();
    for (Embedded &E : Next) {
      auto It = llvm::find_if(Current, [&](const Embedded &C) {
        return identical(C.Ty, E.Ty);
      });
      if (It != Current.end()) {
        It->Multiples = true;
        continue;
      }
      Current.push_back(std::move(E));
    }
  }
  return R;
}

LookupResult goscape::lookupFieldOrMethod(const Type *T, bool Addressable,
                                          const Package *Pkg,
                                          llvm::StringRef Name,
                                          bool FoldCase, LookupHooks *Hooks) {
  return lookupImpl(T, /*IsPtr=*/false, Addressable, Pkg, Name, FoldCase,
                    Hooks);
}

//===----------------------------------------------------------------------===//
// Method sets
//===----------------------------------------------------------------------===//

/// Collects the names of all methods reachable from T through embedding.
static void collectMethodNames(const Type *T,
                               llvm::SmallPtrSetImpl<const Named *> &Seen,
                               llvm::SmallVectorImpl<Func *> &Out) {
  if (auto *P = dyn_cast<Pointer>(T))
    T = P->getElem();
  if (auto *N = dyn_cast<Named>(T)) {
    if (!Seen.insert(N).second)
      return;
    Out.append(N->getMethods().begin(), N->getMethods().end());
  }
  const Type *U = T->getUnderlying();
  if (auto *S = dyn_cast<Struct>(U)) {
    for (Var *F : S->getFields())
      if (F->isEmbedded() && F->getType())
        collectMethodNames(F->getType(), Seen, Out);
  } else if (auto *I = dyn_cast<Interface>(U)) {
    llvm::ArrayRef<Func *> Ms = interfaceMethods(I, nullptr);
    Out.append(Ms.begin(), Ms.end());
  }
}

/// types2's Id ordering: exported names sort by name; unexported ones as
/// "path.name".
static std::string methodId(const Func *F) {
  if (F->isExported() || !F->getPackage())
    return F->getName().str();
  return (F->getPackage()->getPath() + "." + F->getName()).str();
}

void goscape::computeMethodSet(const Type *T,
                               llvm::SmallVectorImpl<MethodSetEntry> &Result) {
  Result.clear();
  if (!T)
    return;
  // Pointers to interfaces have empty method sets (lookup returns nothing).
  llvm::SmallPtrSet<const Named *, 8> Seen;
  llvm::SmallVector<Func *, 16> Candidates;
  collectMethodNames(T, Seen, Candidates);
  llvm::SmallVector<std::pair<std::string, MethodSetEntry>, 16> Found;
  llvm::StringSet<> Done;
  for (Func *C : Candidates) {
    std::string Id = methodId(C);
    if (!Done.insert(Id).second)
      continue;
    LookupResult R = lookupFieldOrMethod(T, /*Addressable=*/false,
                                         C->getPackage(), C->getName());
    if (!R.found())
      continue;
    auto *F = dyn_cast<Func>(R.Obj);
    if (!F)
      continue;
    Found.push_back({std::move(Id), MethodSetEntry{F, R.Index, R.Indirect}});
  }
  std::stable_sort(
      Found.begin(), Found.end(),
      [](const auto &A, const auto &B) { return A.first < B.first; });
  for (auto &E : Found)
    Result.push_back(std::move(E.second));
}

//===----------------------------------------------------------------------===//
// Interface satisfaction
//===----------------------------------------------------------------------===//

MissingMethod goscape::missingMethod(const Type *V, const Interface *T,
                                     bool Static, LookupHooks *Hooks) {
  MissingMethod Miss;
  llvm::ArrayRef<Func *> Want = interfaceMethods(T, Hooks);
  if (Want.empty())
    return Miss;
  if (auto *VI = dyn_cast_or_null<Interface>(V->getUnderlying())) {
    llvm::ArrayRef<Func *> Have = interfaceMethods(VI, Hooks);
    for (Func *M : Want) {
      Func *F = nullptr;
      for (Func *H : Have)
        if (sameId(H, M->getPackage(), M->getName())) {
          F = H;
          break;
        }
      if (!F) {
        if (!Static)
          continue;
        Miss.Method = M;
        return Miss;
      }
      if (!identical(F->getType(), M->getType())) {
        Miss.Method = M;
        Miss.Alt = F;
        return Miss;
      }
    }
    return Miss;
  }
  for (Func *M : Want) {
    LookupResult R = lookupImpl(V, false, false, M->getPackage(),
                                M->getName(), false, Hooks);
    // Not on V: look on *V (without making the Pointer type), then on V
    // with case folding, for a better message.
    bool Found = R.found();
    if (!Found) {
      R = lookupImpl(V, /*IsPtr=*/true, false, M->getPackage(), M->getName(),
                     false, Hooks);
      if (!R.Obj)
        R = lookupImpl(V, false, false, M->getPackage(), M->getName(),
                       /*FoldCase=*/true, Hooks);
    }
    auto *F = dyn_cast_or_null<Func>(R.Obj);
    if (!F) {
      Miss.Method = M;
      return Miss;
    }
    if (Hooks)
      Hooks->declareMethod(F);
    if (!Found || !identical(F->getType(), M->getType())) {
      Miss.Method = M;
      Miss.Alt = F;
      return Miss;
    }
  }
  return Miss;
}

static bool isInterfacePtr(const Type *T) {
  auto *P = dyn_cast<Pointer>(T->getUnderlying());
  return P && isInterface(P->getElem());
}

static void funcString(llvm::raw_ostream &OS, const Func *F) {
  OS << F->getName();
  const Signature *S = F->getSignature();
  if (!S) {
    OS << "()";
    return;
  }
  // WriteSignature: the type's text after the `func` keyword.
  std::string Text = S->toString();
  OS << llvm::StringRef(Text).drop_front(4);
}

std::string goscape::missingMethodReason(const Type *V, const Type *T,
                                         const MissingMethod &M) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  llvm::StringRef Name = M.Method->getName();
  if (M.Alt) {
    if (M.Alt->getName() != Name) {
      OS << "(missing " << Name << " method)\n\t\thave ";
      funcString(OS, M.Alt);
      OS << "\n\t\twant ";
      funcString(OS, M.Method);
      return S;
    }
    if (identical(M.Method->getType(), M.Alt->getType())) {
      OS << '(' << Name << " method has pointer receiver)";
      return S;
    }
    OS << "(wrong type for " << Name << " method)\n\t\thave ";
    funcString(OS, M.Alt);
    OS << "\n\t\twant ";
    funcString(OS, M.Method);
    return S;
  }
  for (const Type *X : {V, T})
    if (isInterfacePtr(X)) {
      OS << "(type ";
      X->print(OS);
      OS << " is pointer to interface, not interface)";
      return S;
    }
  OS << "(missing " << Name << " method)";
  return S;
}

bool goscape::implements(const Type *V, const Type *T, std::string *Reason) {
  auto *TI = dyn_cast<Interface>(T->getUnderlying());
  if (!TI) {
    if (Reason) {
      *Reason = T->toString() + " is not an interface";
    }
    return false;
  }
  MissingMethod M = missingMethod(V, TI, /*Static=*/true);
  if (!M)
    return true;
  if (Reason)
    *Reason = V->toString() + " does not implement " + T->toString() + " " +
              missingMethodReason(V, T, M);
  return false;
}
