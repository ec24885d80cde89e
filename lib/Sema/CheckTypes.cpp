//===- CheckTypes.cpp - Type expressions ----------------------------------===//
//
// Type expressions to Types (types2's typexpr.go, struct.go, interface.go,
// signature.go and validtype.go). A type expression is checked like any
// expression first when it is a name or selector (it may turn out not to
// denote a type: "x is not a type"); composite type syntax builds the
// corresponding Type directly. Struct field and interface method lists
// are checked for duplicates; the method set of an interface (own plus
// embedded) is completed lazily, because embedded interfaces may still be
// under construction when the embedding one is declared.
//
// validType runs after a defined type's declaration (as a delayed action)
// and reports types that contain themselves by value, directly or through
// arrays and struct fields: `invalid recursive type T`.
//
// checkSizes stands for gc's size computation, which runs after type
// checking: an array whose size reaches amd64's MaxWidth (1 << 50 bytes)
// is `larger than address space`, reported once per type at the first
// variable or defined type (in source order) holding it by value.
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

#include "llvm/ADT/SmallSet.h"

#include <algorithm>

using namespace goscape;
using namespace goscape::sema;

const Type *Checker::typExpr(Expr *E) { return definedType(E, nullptr); }

const Type *Checker::varType(Expr *E) { return definedType(E, nullptr); }

const Type *Checker::definedType(Expr *E, const Named *Def) {
  const Type *T = typInternal(E, Def);
  E->setType(T);
  Result.setMode(E, ExprMode::TypeExpr);
  return T;
}

const Type *Checker::typInternal(Expr *E, const Named *Def) {
  switch (E->getKind()) {
  case NodeKind::BadExpr:
    return Invalid;
  case NodeKind::Name:
  case NodeKind::SelectorExpr: {
    Operand X;
    if (auto *N = llvm::dyn_cast<Name>(E))
      ident(X, N, Def, true);
    else
      selector(X, llvm::cast<SelectorExpr>(E), Def, true);
    switch (X.Mode) {
    case ExprMode::TypeExpr:
      return X.Ty;
    case ExprMode::Invalid:
      return Invalid;
    case ExprMode::NoValue:
      error(posOf(X), DiagId::UsedAsType, operandString(X));
      return Invalid;
    default:
      error(posOf(X), DiagId::NotAType, operandString(X));
      return Invalid;
    }
  }
  case NodeKind::IndexExpr:
    genericError(E->getStartLoc());
    return Invalid;
  case NodeKind::ParenExpr:
    return definedType(llvm::cast<ParenExpr>(E)->getX(), Def);
  case NodeKind::ArrayType: {
    auto *A = llvm::cast<ArrayType>(E);
    if (!A->getLen()) {
      error(E->getStartLoc(), DiagId::InvalidDotsArray);
      varType(A->getElem());
      return Invalid;
    }
    int64_t Len = arrayLength(A->getLen());
    const Type *Elem = varType(A->getElem());
    // types2: an array type with an invalid length is invalid (its uses
    // report nothing more).
    if (Len < 0)
      return Invalid;
    return Types.getArray(Elem, Len);
  }
  case NodeKind::SliceType:
    return Types.getSlice(varType(llvm::cast<SliceType>(E)->getElem()));
  case NodeKind::DotsType:
    error(E->getStartLoc(), DiagId::InvalidUseOfDots);
    return Invalid;
  case NodeKind::StructType:
    return structType(llvm::cast<StructType>(E));
  case NodeKind::Operation: {
    auto *Op = llvm::cast<Operation>(E);
    if (Op->isUnary() && Op->getOp() == Operator::Mul)
      return Types.getPointer(varType(Op->getX()));
    break;
  }
  case NodeKind::FuncType: {
    Scope *S = nullptr;
    return funcType(llvm::cast<FuncType>(E), nullptr, S, false);
  }
  case NodeKind::InterfaceType:
    return interfaceType(llvm::cast<InterfaceType>(E), Def);
  case NodeKind::MapType: {
    auto *M = llvm::cast<MapType>(E);
    const Type *K = varType(M->getKey());
    const Type *V = varType(M->getValue());
    const Map *MT = Types.getMap(K, V);
    Expr *KeyE = M->getKey();
    Later.push_back([this, K, KeyE] {
      if (K != Invalid && K->getUnderlying() != Invalid && !isComparable(K))
        error(KeyE->getStartLoc(), DiagId::InvalidMapKey, typeString(K));
    });
    return MT;
  }
  case NodeKind::ChanType: {
    auto *C = llvm::cast<ChanType>(E);
    ChanDirection D = C->getDir() == ChanDir::Both ? ChanDirection::SendRecv
                      : C->getDir() == ChanDir::SendOnly
                          ? ChanDirection::SendOnly
                          : ChanDirection::RecvOnly;
    return Types.getChan(D, varType(C->getElem()));
  }
  default:
    break;
  }
  error(E->getStartLoc(), DiagId::NotAType, exprString(E));
  return Invalid;
}

int64_t Checker::arrayLength(Expr *E) {
  if (auto *N = llvm::dyn_cast<Name>(E)) {
    Scope *S;
    Object *O = lookupParent(N->getValue(), S);
    if (!O) {
      error(N->getStartLoc(), DiagId::UndeclaredArrayLen, N->getValue());
      return -1;
    }
    if (!llvm::isa<Const>(O)) {
      error(N->getStartLoc(), DiagId::InvalidArrayLenName, N->getValue());
      return -1;
    }
  }
  Operand X;
  expr(X, E);
  if (X.Mode != ExprMode::Constant) {
    if (X.Mode != ExprMode::Invalid)
      error(posOf(X), DiagId::ArrayLenNotConstant, operandString(X));
    return -1;
  }
  if (isUntyped(X.Ty) || isInteger(X.Ty)) {
    const Constant *V = Consts.toInt(X.Val);
    if (V->getKind() == ConstKind::Int) {
      if (Consts.representable(V, Types.getBasic(BasicKind::Int), nullptr)) {
        if (auto N = V->getInt64(); N && *N >= 0)
          return *N;
        error(posOf(X), DiagId::InvalidArrayLen, operandString(X));
        return -1;
      }
    }
  }
  error(posOf(X), DiagId::ArrayLenNotInteger, operandString(X));
  return -1;
}

/// The name an embedded field gets from its type expression.
static Name *embeddedFieldName(Expr *E) {
  E = unparen(E);
  if (auto *Op = llvm::dyn_cast<Operation>(E);
      Op && Op->isUnary() && Op->getOp() == Operator::Mul)
    E = unparen(Op->getX());
  if (auto *N = llvm::dyn_cast<Name>(E))
    return N;
  if (auto *S = llvm::dyn_cast<SelectorExpr>(E))
    return S->getSel();
  if (auto *I = llvm::dyn_cast<IndexExpr>(E))
    return embeddedFieldName(I->getX());
  return nullptr;
}

const Struct *Checker::structType(StructType *E) {
  llvm::SmallVector<Var *, 8> Fields;
  llvm::SmallVector<llvm::StringRef, 8> Tags;
  bool HasTags = false;
  llvm::StringMap<Var *> Seen;
  const Type *PrevT = nullptr;
  Expr *PrevTE = nullptr;
  llvm::ArrayRef<Field *> Fs = E->getFields();
  for (unsigned I = 0; I != Fs.size(); ++I) {
    Field *F = Fs[I];
    const Type *T;
    if (F->getTypeExpr() == PrevTE && PrevTE) {
      T = PrevT;
    } else {
      T = varType(F->getTypeExpr());
      PrevT = T;
      PrevTE = F->getTypeExpr();
    }
    llvm::StringRef Tag;
    if (BasicLit *TL = E->getTag(I)) {
      const Constant *C = Consts.fromLiteral(LitKind::String, TL->getValue());
      if (C && C->getKind() == ConstKind::String)
        Tag = Types.copyString(C->getString());
      HasTags = true;
    }
    Var *V;
    if (Name *N = F->getName()) {
      V = Types.createObject<Var>(N->getLoc(), Pkg, N->getValue(), T,
                                  VarRole::Field);
      N->setObject(V);
    } else {
      Name *EN = embeddedFieldName(F->getTypeExpr());
      if (!EN) {
        error(F->getTypeExpr()->getStartLoc(), DiagId::InvalidEmbeddedField,
              exprString(F->getTypeExpr()));
        continue;
      }
      V = Types.createObject<Var>(EN->getLoc(), Pkg, EN->getValue(), T,
                                  VarRole::Field, /*Embedded=*/true);
      SourceLoc EmbPos = F->getTypeExpr()->getStartLoc();
      Expr *TE = F->getTypeExpr();
      Later.push_back([this, T, EmbPos, TE] {
        const Type *U = T;
        bool IsPtr = false;
        if (auto *P = llvm::dyn_cast<Pointer>(U)) {
          U = P->getElem();
          IsPtr = true;
        }
        const Type *UU = U->getUnderlying();
        if (!UU || UU == Invalid)
          return;
        if (auto *B = llvm::dyn_cast<Basic>(UU);
            B && B->getBasicKind() == BasicKind::UnsafePointer) {
          error(EmbPos, DiagId::EmbeddedUnsafePointer);
          return;
        }
        if (llvm::isa<Pointer>(UU)) {
          error(EmbPos, DiagId::EmbeddedPointer);
          return;
        }
        if (IsPtr && llvm::isa<Interface>(UU))
          error(EmbPos, DiagId::EmbeddedPointerToInterface);
        (void)TE;
      });
    }
    if (V->getName() != "_") {
      auto [It, New] = Seen.try_emplace(V->getName(), V);
      if (!New) {
        report(V->getLoc(), V->getName().str() + " redeclared\n\t" +
                                fmtLoc(It->second->getLoc()) +
                                ": other declaration of " +
                                V->getName().str());
        continue; // types2 drops the duplicate, so selectors stay unique
      }
    }
    Fields.push_back(V);
    Tags.push_back(Tag);
  }
  if (!HasTags)
    Tags.clear();
  return Types.getStruct(Types.copyArray<Var *>(Fields),
                         Types.copyArray<llvm::StringRef>(Tags));
}

const Interface *Checker::interfaceType(InterfaceType *E, const Named *Def) {
  llvm::SmallVector<Func *, 8> Methods;
  llvm::SmallVector<const Type *, 4> Embeddeds;
  llvm::SmallVector<SourceLoc, 4> EmbeddedPos;
  for (Field *F : E->getMethods()) {
    if (!F->getName()) {
      // A union or ~T term makes a constraint interface: generics.
      if (auto *Op = llvm::dyn_cast<Operation>(F->getTypeExpr());
          Op && (Op->getOp() == Operator::Tilde ||
                 (Op->getOp() == Operator::Or && Op->getY()))) {
        genericError(Op->getStartLoc());
        continue;
      }
      const Type *T = typExpr(F->getTypeExpr());
      if (T == Invalid)
        continue;
      Embeddeds.push_back(T);
      EmbeddedPos.push_back(F->getTypeExpr()->getStartLoc());
      continue;
    }
    Name *N = F->getName();
    if (N->getValue() == "_") {
      error(N->getStartLoc(), DiagId::BlankMethodName);
      continue;
    }
    auto *FT = llvm::dyn_cast<FuncType>(F->getTypeExpr());
    if (!FT)
      continue;
    Scope *S = nullptr;
    const Signature *Sig = funcType(FT, nullptr, S, false);
    // Interface methods get the interface (or the defined type) as
    // receiver type, as in types2.
    auto *M = Types.createObject<Func>(N->getLoc(), Pkg, N->getValue(), Sig,
                                       nullptr);
    N->setObject(M);
    Methods.push_back(M);
  }
  const Interface *I = Types.getInterface(Types.copyArray<Func *>(Methods),
                                          Types.copyArray<const Type *>(
                                              Embeddeds));
  // Give the methods their receiver.
  const Type *RecvT = Def ? static_cast<const Type *>(Def) : I;
  for (Func *M : Methods) {
    const Signature *S = M->getSignature();
    auto *Recv = Types.createObject<Var>(M->getLoc(), Pkg, "", RecvT,
                                         VarRole::Recv);
    M->setType(Types.getSignature(Recv, S->getParams(), S->getResults(),
                                  S->isVariadic()));
  }
  SourceLoc Pos = E->getStartLoc();
  llvm::SmallVector<SourceLoc, 4> EP(EmbeddedPos);
  Later.push_back([this, I, Pos, EP] {
    // Embedded elements must be interfaces.
    llvm::ArrayRef<const Type *> Es = I->getEmbeddeds();
    for (size_t K = 0; K != Es.size(); ++K) {
      const Type *U = Es[K]->getUnderlying();
      // Embedding a non-interface type makes a constraint interface.
      if (U && U != Invalid && !llvm::isa<Interface>(U))
        genericError(EP[K]);
    }
    computeInterfaceMethods(I, Pos);
  });
  return I;
}

void Checker::computeInterfaceMethods(const Interface *I, SourceLoc Pos) {
  if (I->isComplete())
    return;
  // Guard against embedding cycles (reported by validType).
  I->setAllMethods({});
  llvm::SmallVector<Func *, 8> All(I->getExplicitMethods().begin(),
                                   I->getExplicitMethods().end());
  llvm::StringMap<Func *> Seen;
  for (Func *M : All) {
    auto [It, New] = Seen.try_emplace(M->getName(), M);
    if (!New && Pos.isValid())
      report(M->getLoc(), "duplicate method " + M->getName().str() + "\n\t" +
                              fmtLoc(It->second->getLoc()) +
                              ": other declaration of " + M->getName().str());
  }
  for (const Type *E : I->getEmbeddeds()) {
    auto *EI = llvm::dyn_cast_or_null<Interface>(E->getUnderlying());
    if (!EI)
      continue;
    computeInterfaceMethods(EI, SourceLoc());
    for (Func *M : EI->getAllMethods()) {
      auto [It, New] = Seen.try_emplace(M->getName(), M);
      if (!New) {
        if (!identical(It->second->getType(), M->getType()) &&
            Pos.isValid())
          error(Pos, DiagId::DuplicateMethod, M->getName());
        continue;
      }
      All.push_back(M);
    }
  }
  std::stable_sort(All.begin(), All.end(), [](Func *A, Func *B) {
    bool EA = A->isExported(), EB = B->isExported();
    if (EA != EB)
      return EA; // exported names sort first in types2's Id order
    return A->getName() < B->getName();
  });
  I->setAllMethods(Types.copyArray<Func *>(All));
}

const Signature *Checker::funcType(FuncType *E, Field *RecvField,
                                   Scope *&SigScope, bool DeclareParams) {
  SigScope = Types.createScope(CurScope, "function");
  Var *Recv = nullptr;
  if (RecvField) {
    const Type *RT = varType(RecvField->getTypeExpr());
    Name *RN = RecvField->getName();
    SourceLoc RPos = RN ? RN->getLoc() : RecvField->getTypeExpr()->getLoc();
    Recv = Types.createObject<Var>(RPos, Pkg, RN ? RN->getValue() : "", RT,
                                   VarRole::Recv);
    Recv->setUsed();
    if (RN) {
      RN->setObject(Recv);
      if (DeclareParams)
        declare(SigScope, nullptr, Recv);
    }
    Later.push_back([this, Recv] {
      const Type *T = Recv->getType();
      if (auto *P = llvm::dyn_cast<Pointer>(T))
        T = P->getElem();
      if (T == Invalid)
        return;
      if (auto *N = llvm::dyn_cast<Named>(T)) {
        if (N->getObject()->getPackage() != Pkg) {
          error(Recv->getLoc(), DiagId::NonLocalMethod, typeString(T));
          return;
        }
        const Type *U = N->getUnderlying();
        if (auto *B = llvm::dyn_cast_or_null<Basic>(U);
            B && B->getBasicKind() == BasicKind::UnsafePointer)
          error(Recv->getLoc(), DiagId::InvalidReceiverCause, typeString(T),
                "unsafe.Pointer");
        else if (U && (llvm::isa<Pointer>(U) || llvm::isa<Interface>(U)))
          error(Recv->getLoc(), DiagId::InvalidReceiverCause, typeString(T),
                "pointer or interface type");
        return;
      }
      if (llvm::isa<Basic>(T)) {
        error(Recv->getLoc(), DiagId::NonLocalMethod, typeString(T));
        return;
      }
      error(Recv->getLoc(), DiagId::InvalidReceiver,
            typeString(Recv->getType()));
    });
  }
  // A signature that only spells a type declares its parameters in a scope
  // of its own in types2 too; without one, find duplicates here.
  llvm::SmallDenseMap<llvm::StringRef, Var *, 8> TypeOnlyNames;
  auto Collect = [&](llvm::ArrayRef<Field *> List, VarRole Role,
                     bool &Variadic) {
    llvm::SmallVector<Var *, 8> Vars;
    const Type *PrevT = nullptr;
    Expr *PrevTE = nullptr;
    for (size_t I = 0; I != List.size(); ++I) {
      Field *F = List[I];
      Expr *TE = F->getTypeExpr();
      const Type *T;
      if (TE == PrevTE && PrevTE) {
        T = PrevT;
      } else {
        Expr *Inner = unparen(TE);
        if (auto *D = llvm::dyn_cast<DotsType>(Inner)) {
          const Type *Elem = varType(D->getElem());
          T = Types.getSlice(Elem);
          D->setType(T);
          Result.setMode(D, ExprMode::TypeExpr);
          if (Role == VarRole::Param && I + 1 == List.size())
            Variadic = true;
          else
            error(D->getStartLoc(), DiagId::DotsNotFinal);
        } else {
          T = varType(TE);
        }
        PrevT = T;
        PrevTE = TE;
      }
      Name *N = F->getName();
      // (An unnamed parameter is at the start of its declaration, as in
      // gc: `func` of a func type, the package of a qualified type.)
      SourceLoc Pos = N ? N->getLoc() : F->getLoc();
      auto *V = Types.createObject<Var>(Pos, Pkg, N ? N->getValue() : "", T,
                                        Role);
      V->setUsed();
      V->setDeclNode(F);
      if (N) {
        N->setObject(V);
        if (DeclareParams)
          declare(SigScope, nullptr, V);
        else if (V->getName() != "_")
          if (Var *Alt =
                  TypeOnlyNames.try_emplace(V->getName(), V).first->second;
              Alt != V)
            report(V->getLoc(),
                   V->getName().str() + " redeclared in this block\n\t" +
                       fmtLoc(Alt->getLoc()) + ": other declaration of " +
                       V->getName().str());
      }
      Vars.push_back(V);
    }
    return Vars;
  };
  bool Variadic = false, Dummy = false;
  auto Params = Collect(E->getParams(), VarRole::Param, Variadic);
  auto Results = Collect(E->getResults(), VarRole::Result, Dummy);
  const Tuple *PT = Params.empty() ? Types.getEmptyTuple()
                                   : Types.getTuple(
                                         Types.copyArray<Var *>(Params));
  const Tuple *RT = Results.empty() ? Types.getEmptyTuple()
                                    : Types.getTuple(
                                          Types.copyArray<Var *>(Results));
  const Signature *Sig = Types.getSignature(Recv, PT, RT, Variadic);
  E->setType(Sig);
  Result.setMode(E, ExprMode::TypeExpr);
  return Sig;
}

void Checker::validType(const Named *T) {
  // A forward to a type that was under declaration (definedUnderlying)
  // resolves now that every declaration is complete.
  if (llvm::isa_and_nonnull<Named>(T->getUnderlyingType()))
    T->setUnderlying(T->getUnderlying());
  llvm::SmallVector<const Named *, 8> Path;
  validType0(T, Path);
}

bool Checker::validType0(const Type *T,
                         llvm::SmallVectorImpl<const Named *> &Path) {
  if (!T)
    return true;
  switch (T->getKind()) {
  case TypeKind::Array:
    return validType0(llvm::cast<Array>(T)->getElem(), Path);
  case TypeKind::Struct:
    for (Var *F : llvm::cast<Struct>(T)->getFields())
      if (!validType0(F->getType(), Path))
        return false;
    return true;
  case TypeKind::Interface:
    for (const Type *E : llvm::cast<Interface>(T)->getEmbeddeds())
      if (!validType0(E, Path))
        return false;
    return true;
  case TypeKind::Named: {
    auto *N = llvm::cast<Named>(T);
    if (ValidTypes.count(N))
      return true;
    if (N->getUnderlying() == Invalid || !N->getUnderlyingType())
      return false;
    if (N->getObject()->getPackage() != Pkg)
      return true;
    for (size_t I = 0; I != Path.size(); ++I) {
      if (Path[I] != N)
        continue;
      N->setUnderlying(Invalid);
      llvm::SmallVector<Object *, 8> Cycle;
      for (size_t K = I; K != Path.size(); ++K)
        Cycle.push_back(Path[K]->getObject());
      cycleError(Cycle);
      return false;
    }
    Path.push_back(N);
    const Type *RHS = FromRHS.lookup(N);
    bool OK = validType0(RHS ? RHS : N->getUnderlyingType(), Path);
    Path.pop_back();
    if (OK)
      ValidTypes.insert(N);
    return OK;
  }
  default:
    return true;
  }
}

/// gc's MaxWidth on amd64: no value may be this large.
static constexpr uint64_t MaxWidth = uint64_t(1) << 50;

/// The first array type that T holds (by value, or through pointers,
/// slices, maps and channels, as gc sizes them; elements before the array)
/// whose size reaches MaxWidth, or null. Owner becomes the innermost
/// defined type whose underlying type holds that array (null for an array
/// written in place): gc sizes each defined type once, and each array type
/// written in a declaration on its own.
static const Array *tooLargeArray(const Type *T, const Named *&Owner,
                                  llvm::SmallPtrSetImpl<const Type *> &Seen) {
  if (!Seen.insert(T).second)
    return nullptr;
  const Named *Saved = Owner;
  if (auto *N = llvm::dyn_cast<Named>(T))
    Owner = N;
  const Type *U = T->getUnderlying();
  auto Inner = [&](const Type *E) { return tooLargeArray(E, Owner, Seen); };
  const Array *Found = nullptr;
  if (auto *A = llvm::dyn_cast<Array>(U)) {
    if ((Found = Inner(A->getElem())))
      return Found;
    uint64_t ElemSize = uint64_t(Sizes::sizeOf(A->getElem()));
    if (ElemSize && uint64_t(A->getLen()) > (MaxWidth - 1) / ElemSize)
      return A;
  } else if (auto *S = llvm::dyn_cast<Struct>(U)) {
    for (const Var *F : S->getFields())
      if ((Found = Inner(F->getType())))
        break;
  } else if (auto *P = llvm::dyn_cast<Pointer>(U)) {
    Found = Inner(P->getElem());
  } else if (auto *Sl = llvm::dyn_cast<Slice>(U)) {
    Found = Inner(Sl->getElem());
  } else if (auto *C = llvm::dyn_cast<Chan>(U)) {
    Found = Inner(C->getElem());
  } else if (auto *M = llvm::dyn_cast<Map>(U)) {
    if (!(Found = Inner(M->getKey())))
      Found = Inner(M->getElem());
  }
  if (!Found)
    Owner = Saved;
  return Found;
}

/// gc's limit on a channel's element size (its runtime keeps it in 16 bits).
static constexpr uint64_t MaxChanElem = uint64_t(1) << 16;

/// The first channel type that T holds (through fields, elements, keys and
/// pointers, as gc sizes them) whose element is too large, or null. Owner
/// is as for tooLargeArray.
static const Chan *tooLargeChan(const Type *T, const Named *&Owner,
                                llvm::SmallPtrSetImpl<const Type *> &Seen) {
  if (!Seen.insert(T).second)
    return nullptr;
  const Named *Saved = Owner;
  if (auto *N = llvm::dyn_cast<Named>(T))
    Owner = N;
  const Type *U = T->getUnderlying();
  auto Inner = [&](const Type *E) { return tooLargeChan(E, Owner, Seen); };
  const Chan *Found = nullptr;
  if (auto *C = llvm::dyn_cast<Chan>(U)) {
    if (uint64_t(Sizes::sizeOf(C->getElem())) >= MaxChanElem)
      return C;
    Found = Inner(C->getElem());
  } else if (auto *P = llvm::dyn_cast<Pointer>(U)) {
    Found = Inner(P->getElem());
  } else if (auto *A = llvm::dyn_cast<Array>(U)) {
    Found = Inner(A->getElem());
  } else if (auto *Sl = llvm::dyn_cast<Slice>(U)) {
    Found = Inner(Sl->getElem());
  } else if (auto *M = llvm::dyn_cast<Map>(U)) {
    Found = Inner(M->getElem());
    if (!Found)
      Found = Inner(M->getKey());
  } else if (auto *S = llvm::dyn_cast<Struct>(U)) {
    for (const Var *F : S->getFields())
      if ((Found = Inner(F->getType())))
        break;
  }
  if (!Found)
    Owner = Saved;
  return Found;
}

void Checker::checkSizes() {
  if (Diags.hasErrors())
    return;
  llvm::stable_sort(SizedObjects, [](const Object *A, const Object *B) {
    return A->getLoc() < B->getLoc();
  });
  llvm::SmallSet<std::pair<const Type *, const void *>, 4> Reported;
  // Reports the first size error of T at Loc (Key stands for the place
  // that writes T out); Chans says whether channel elements are checked.
  auto Check = [&](SourceLoc Loc, const Type *T, const void *Key,
                   bool Chans) {
    const Named *Owner = nullptr;
    llvm::SmallPtrSet<const Type *, 8> Seen;
    if (const Array *A = tooLargeArray(T, Owner, Seen)) {
      if (Reported.insert({A, Owner ? Owner : Key}).second)
        report(Loc, "type " + typeString(A) + " larger than address space");
      return;
    }
    if (!Chans)
      return;
    Owner = nullptr;
    Seen.clear();
    if (const Chan *C = tooLargeChan(T, Owner, Seen))
      if (Reported.insert({C, Owner ? Owner : Key}).second)
        report(Loc, "channel element type too large (>64kB)");
  };
  // gc sizes a parameter's type without a position (its channel errors are
  // left out here), and a variable declared by := through the type of its
  // value (a make reported below, or a type already sized).
  for (const Object *Obj : SizedObjects) {
    const Type *T = Obj->getType();
    if (!T || T == Invalid)
      continue;
    auto *V = llvm::dyn_cast<Var>(Obj);
    bool Chans = !V || (V->getRole() != VarRole::Param &&
                        V->getRole() != VarRole::Result &&
                        V->getRole() != VarRole::Recv &&
                        !ShortDeclVars.count(V));
    Check(Obj->getLoc(), T, Obj, Chans);
  }
  for (const auto &[Loc, T] : SizedCalls)
    Check(Loc, T, &Loc, /*Chans=*/true);
}
