//===- CheckLiteral.cpp - Literals, index and slice expressions -----------===//
//
// Composite literals (struct, array, slice, map, with elided element types
// and `[...]T` lengths), function literals, index and slice expressions and
// type assertions (types2's expr.go literal cases and index.go).
// Constant indices are checked against known lengths ("index 5 out of
// bounds [0:3]"), map literal keys and array literal indices for
// duplicates.
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

#include <map>

using namespace goscape;
using namespace goscape::sema;

void Checker::funcLit(Operand &X, FuncLit *E) {
  Scope *SigScope = nullptr;
  const Signature *Sig =
      funcType(E->getFuncType(), nullptr, SigScope, /*DeclareParams=*/true);
  Result.setSignature(E, Sig);
  if (E->getBody()) {
    SourceLoc SavedInh = InheritedPos;
    funcBody(CurDecl, Sig, SigScope, E->getBody(), Iota);
    InheritedPos = SavedInh;
  }
  X.Mode = ExprMode::Value;
  X.Ty = Sig;
}

static const Type *derefPtr(const Type *T) {
  if (auto *P = llvm::dyn_cast_or_null<Pointer>(T))
    return P->getElem();
  return T;
}

void Checker::compositeLit(Operand &X, CompositeLit *E, const Type *Hint) {
  const Type *Typ = nullptr, *Base = nullptr;
  if (Expr *TE = E->getTypeExpr()) {
    auto *AT = llvm::dyn_cast<ArrayType>(TE);
    if (AT && !AT->getLen()) {
      Typ = Types.getArray(varType(AT->getElem()), -1);
      Base = Typ;
    } else {
      Typ = typExpr(TE);
      Base = Typ;
    }
  } else if (Hint) {
    Typ = Hint;
    const Type *U = Hint->getUnderlying();
    Base = U ? derefPtr(U) : nullptr;
    if (!Base) {
      X.setInvalid();
      return;
    }
  } else {
    error(E->getStartLoc(), DiagId::MissingCompositeType);
    X.setInvalid();
    return;
  }
  const Type *U = Base->getUnderlying();
  if (!U || llvm::isa<Named>(U)) {
    // An unresolved defined type. types2 gives a defined type an array,
    // slice, struct or map underlying type before resolving its parts; a
    // literal of the type among them finds that type incomplete.
    auto *N = llvm::dyn_cast<Named>(U ? U : Base);
    auto It = N ? PendingDefs.find(N) : PendingDefs.end();
    if (It != PendingDefs.end() &&
        llvm::isa<ArrayType, SliceType, StructType, MapType>(
            unparen(const_cast<Expr *>(It->second)))) {
      error(E->getStartLoc(), DiagId::IllegalCycleInTypeDecl);
      X.setInvalid();
      return;
    }
    if (!U)
      U = Invalid;
  }
  switch (U->getKind()) {
  case TypeKind::Struct: {
    auto *ST = llvm::cast<Struct>(U);
    llvm::ArrayRef<Expr *> Elems = E->getElems();
    if (Elems.empty())
      break;
    llvm::ArrayRef<Var *> Fields = ST->getFields();
    if (llvm::isa<KeyValueExpr>(Elems[0])) {
      llvm::SmallVector<bool, 8> Visited(Fields.size(), false);
      for (Expr *El : Elems) {
        auto *KV = llvm::dyn_cast<KeyValueExpr>(El);
        if (!KV) {
          error(El->getStartLoc(), DiagId::MixedStructLit);
          continue;
        }
        auto *Key = llvm::dyn_cast<Name>(KV->getKey());
        Operand V;
        expr(V, KV->getValue());
        if (!Key) {
          error(KV->getStartLoc(), DiagId::InvalidFieldName,
                exprString(KV->getKey()));
          continue;
        }
        int Idx = -1;
        // types2's fieldIndex: a blank key names no field, and an
        // unexported one only fields of this package.
        for (size_t I = 0; I != Fields.size() && Key->getValue() != "_"; ++I)
          if (sameId(Fields[I], Pkg, Key->getValue())) {
            Idx = I;
            break;
          }
        if (Idx < 0) {
          error(Key->getStartLoc(), DiagId::UnknownField, Key->getValue(),
                typeString(Base));
          continue;
        }
        Var *F = Fields[Idx];
        Key->setObject(F);
        Key->setType(F->getType());
        assignment(V, F->getType(), AssignContext::StructLit);
        if (Visited[Idx]) {
          error(KV->getStartLoc(), DiagId::DuplicateField, Key->getValue());
          continue;
        }
        Visited[Idx] = true;
      }
    } else {
      for (size_t I = 0; I != Elems.size(); ++I) {
        if (auto *KV = llvm::dyn_cast<KeyValueExpr>(Elems[I])) {
          error(KV->getStartLoc(), DiagId::MixedStructLit);
          continue;
        }
        Operand V;
        expr(V, Elems[I]);
        if (I >= Fields.size()) {
          error(posOf(V), DiagId::TooManyValuesInLit, typeString(Base));
          break;
        }
        Var *F = Fields[I];
        if (!F->isExported() && F->getPackage() != Pkg) {
          error(posOf(V), DiagId::ImplicitUnexported, F->getName(),
                typeString(Typ));
          continue;
        }
        assignment(V, F->getType(), AssignContext::StructLit);
      }
      if (Elems.size() < Fields.size())
        error(E->getRbrace(), DiagId::TooFewValuesInLit, typeString(Base));
    }
    break;
  }
  case TypeKind::Array: {
    auto *AT = llvm::cast<Array>(U);
    int64_t N = indexedElts(E->getElems(), AT->getElem(), AT->getLen());
    if (AT->getLen() < 0 && Typ == Base && llvm::isa<Array>(Typ)) {
      Typ = Types.getArray(AT->getElem(), N);
      Base = Typ;
      if (E->getTypeExpr())
        E->getTypeExpr()->setType(Typ);
    }
    break;
  }
  case TypeKind::Slice:
    indexedElts(E->getElems(), llvm::cast<Slice>(U)->getElem(), -1);
    break;
  case TypeKind::Map: {
    auto *MT = llvm::cast<Map>(U);
    bool KeyIsInterface = isInterface(MT->getKey());
    std::vector<std::pair<const Constant *, const Type *>> Seen;
    for (Expr *El : E->getElems()) {
      auto *KV = llvm::dyn_cast<KeyValueExpr>(El);
      if (!KV) {
        error(El->getStartLoc(), DiagId::MissingMapKey);
        continue;
      }
      Operand K;
      exprWithHint(K, KV->getKey(), MT->getKey());
      assignment(K, MT->getKey(), AssignContext::MapLit);
      if (K.isInvalid())
        continue;
      if (K.Mode == ExprMode::Constant && !K.Val->isUnknown()) {
        bool Dup = false;
        for (auto &P : Seen) {
          if (P.first->getKind() != K.Val->getKind() &&
              !((P.first->getKind() == ConstKind::Int ||
                 P.first->getKind() == ConstKind::Float) &&
                (K.Val->getKind() == ConstKind::Int ||
                 K.Val->getKind() == ConstKind::Float)))
            continue;
          if (!Consts.compare(P.first, Operator::Eql, K.Val))
            continue;
          if (KeyIsInterface && !identical(P.second, K.Ty))
            continue;
          Dup = true;
          break;
        }
        Seen.push_back({K.Val, K.Ty});
        if (Dup) {
          error(posOf(K), DiagId::DuplicateMapKey, constString(K.Val));
          continue;
        }
      }
      Operand V;
      exprWithHint(V, KV->getValue(), MT->getElem());
      assignment(V, MT->getElem(), AssignContext::MapLit);
    }
    break;
  }
  default: {
    for (Expr *El : E->getElems()) {
      if (auto *KV = llvm::dyn_cast<KeyValueExpr>(El))
        El = KV->getValue();
      use(El);
    }
    if (U != Invalid) {
      error(E->getStartLoc(), DiagId::InvalidCompositeType, typeString(Typ));
      X.setInvalid();
      return;
    }
    break;
  }
  }
  X.Mode = ExprMode::Value;
  X.Ty = Typ;
}

int64_t Checker::indexedElts(llvm::ArrayRef<Expr *> Elts, const Type *Elem,
                             int64_t Length) {
  // Without keys the indices only grow and cannot repeat, so the set is
  // filled only from the first key on (with the indices used so far).
  llvm::DenseSet<int64_t> Visited;
  bool Keyed = false;
  int64_t Index = 0, Max = 0;
  for (Expr *E : Elts) {
    bool ValidIndex = false;
    Expr *Eval = E;
    if (auto *KV = llvm::dyn_cast<KeyValueExpr>(E)) {
      if (!Keyed) {
        Keyed = true;
        int64_t Used = Length >= 0 ? std::min(Index, Length) : Index;
        for (int64_t J = 0; J < Used; ++J)
          Visited.insert(J);
      }
      int64_t I = -1;
      if (index(KV->getKey(), Length, &I)) {
        if (I >= 0) {
          Index = I;
          ValidIndex = true;
        } else {
          error(E->getStartLoc(), DiagId::IndexMustBeConst,
                exprString(KV->getKey()));
        }
      }
      Eval = KV->getValue();
    } else if (Length >= 0 && Index >= Length) {
      error(E->getStartLoc(), DiagId::IndexOutOfBoundsLit, Index, Length);
    } else {
      ValidIndex = true;
    }
    if (ValidIndex && Keyed) {
      if (!Visited.insert(Index).second)
        error(E->getStartLoc(), DiagId::DuplicateIndex, Index);
    }
    ++Index;
    if (Index > Max)
      Max = Index;
    Operand X;
    exprWithHint(X, Eval, Elem);
    assignment(X, Elem, AssignContext::ArrayOrSliceLit);
  }
  return Max;
}

bool Checker::isValidIndex(Operand &X, const char *What, bool AllowNeg) {
  if (X.isInvalid())
    return false;
  convertUntyped(X, Types.getBasic(BasicKind::Int));
  if (X.isInvalid())
    return false;
  if (!isInteger(X.Ty)) {
    error(posOf(X), DiagId::IndexNotInteger, What, operandString(X));
    return false;
  }
  if (X.Mode == ExprMode::Constant) {
    if (!AllowNeg && !X.Val->isUnknown() &&
        Consts.compare(X.Val, Operator::Lss, Consts.getInt64(0))) {
      error(posOf(X), DiagId::IndexNegative, What, operandString(X));
      return false;
    }
    const Constant *V = nullptr;
    if (!X.Val->isUnknown() &&
        !Consts.representable(X.Val, Types.getBasic(BasicKind::Int), &V)) {
      error(posOf(X), DiagId::IndexOverflowsInt, What, operandString(X));
      return false;
    }
  }
  return true;
}

bool Checker::index(Expr *IndexE, int64_t Max, int64_t *Out) {
  *Out = -1;
  Operand X;
  expr(X, IndexE);
  if (!isValidIndex(X, "index", false))
    return false;
  if (X.Mode != ExprMode::Constant)
    return true;
  if (X.Val->isUnknown())
    return false;
  auto V = X.Val->getInt64();
  if (!V)
    return false;
  if (Max >= 0 && *V >= Max) {
    error(posOf(X), DiagId::IndexOutOfBounds, constString(X.Val), Max);
    return false;
  }
  *Out = *V;
  return true;
}

bool Checker::indexExpr(Operand &X, IndexExpr *E) {
  exprOrType(X, E->getX());
  switch (X.Mode) {
  case ExprMode::Invalid:
    use(E->getIndex());
    return false;
  case ExprMode::TypeExpr:
    genericError(E->getStartLoc());
    X.setInvalid();
    return false;
  default:
    break;
  }
  bool Valid = false;
  int64_t Length = -1;
  const Type *U = X.Ty->getUnderlying();
  if (!U)
    U = Invalid;
  if (isString(U)) {
    Valid = true;
    if (X.Mode == ExprMode::Constant && !X.Val->isUnknown())
      Length = X.Val->getString().size();
    X.Mode = ExprMode::Value;
    X.Ty = Types.getByte();
  } else if (auto *A = llvm::dyn_cast<Array>(U)) {
    Valid = true;
    Length = A->getLen();
    if (X.Mode != ExprMode::Variable)
      X.Mode = ExprMode::Value;
    X.Ty = A->getElem();
  } else if (auto *P = llvm::dyn_cast<Pointer>(U)) {
    if (auto *A = llvm::dyn_cast_or_null<Array>(P->getElem()->getUnderlying())) {
      Valid = true;
      Length = A->getLen();
      X.Mode = ExprMode::Variable;
      X.Ty = A->getElem();
    }
  } else if (auto *S = llvm::dyn_cast<Slice>(U)) {
    Valid = true;
    X.Mode = ExprMode::Variable;
    X.Ty = S->getElem();
  } else if (auto *M = llvm::dyn_cast<Map>(U)) {
    if (llvm::isa<ListExpr>(E->getIndex())) {
      error(E->getIndex()->getStartLoc(), DiagId::MoreThanOneIndex);
      X.setInvalid();
      return false;
    }
    Operand K;
    expr(K, E->getIndex());
    assignment(K, M->getKey(), AssignContext::MapIndex);
    X.Mode = ExprMode::MapIndex;
    X.Ty = M->getElem();
    X.Val = nullptr;
    X.E = E;
    return true;
  }
  if (!Valid) {
    error(E->getLoc(), DiagId::CannotIndex, operandString(X));
    use(E->getIndex());
    X.setInvalid();
    return false;
  }
  X.Val = nullptr;
  if (llvm::isa<ListExpr>(E->getIndex())) {
    error(E->getIndex()->getStartLoc(), DiagId::MoreThanOneIndex);
    X.setInvalid();
    return false;
  }
  int64_t Dummy;
  index(E->getIndex(), Length, &Dummy);
  return true;
}

void Checker::sliceExpr(Operand &X, SliceExpr *E) {
  Expr *Idx[3] = {E->getLow(), E->getHigh(), E->getMax()};
  expr(X, E->getX());
  if (X.isInvalid()) {
    for (Expr *I : Idx)
      use(I);
    return;
  }
  bool Valid = false;
  int64_t Length = -1;
  const Type *U = X.Ty->getUnderlying();
  if (!U)
    U = Invalid;
  if (isString(U)) {
    if (E->isFull()) {
      error(Idx[2] ? Idx[2]->getStartLoc() : E->getStartLoc(),
            DiagId::ThreeIndexString);
      X.setInvalid();
      return;
    }
    Valid = true;
    if (X.Mode == ExprMode::Constant && !X.Val->isUnknown())
      Length = X.Val->getString().size();
    if (isUntyped(X.Ty)) {
      X.Ty = Types.getBasic(BasicKind::String);
      updateExprType(X.E, X.Ty, true);
    }
  } else if (auto *A = llvm::dyn_cast<Array>(U)) {
    Valid = true;
    Length = A->getLen();
    if (X.Mode != ExprMode::Variable) {
      error(posOf(X), DiagId::SliceUnaddressable, operandString(X));
      X.setInvalid();
      return;
    }
    X.Ty = Types.getSlice(A->getElem());
  } else if (auto *P = llvm::dyn_cast<Pointer>(U)) {
    if (auto *A = llvm::dyn_cast_or_null<Array>(P->getElem()->getUnderlying())) {
      Valid = true;
      Length = A->getLen();
      X.Ty = Types.getSlice(A->getElem());
    }
  } else if (llvm::isa<Slice>(U)) {
    Valid = true;
  }
  if (!Valid) {
    error(posOf(X), DiagId::CannotSlice, operandString(X));
    X.setInvalid();
    return;
  }
  X.Mode = ExprMode::Value;
  X.Val = nullptr;
  int64_t Ind[3];
  for (int I = 0; I != 3; ++I) {
    int64_t V = -1;
    if (Idx[I]) {
      int64_t Max = Length >= 0 ? Length + 1 : -1;
      int64_t Got;
      if (index(Idx[I], Max, &Got) && Got >= 0)
        V = Got;
    } else if (I == 0) {
      V = 0;
    } else if (Length >= 0) {
      V = Length;
    }
    Ind[I] = V;
  }
  for (int I = 0; I != 2; ++I) {
    if (Ind[I] <= 0)
      continue;
    bool Done = false;
    for (int J = I + 1; J != 3; ++J) {
      if (Ind[J] >= 0 && Ind[J] < Ind[I]) {
        error(Idx[J] ? Idx[J]->getStartLoc() : E->getStartLoc(),
              DiagId::InvalidSliceIndices, Ind[J], Ind[I]);
        Done = true;
        break;
      }
    }
    if (Done)
      break;
  }
}

void Checker::typeAssertion(Expr *E, Operand &X, const Type *T,
                            bool TypeSwitch) {
  if (isInterface(T))
    return;
  auto *XI = llvm::dyn_cast_or_null<Interface>(X.Ty->getUnderlying());
  if (!XI)
    return;
  Func *Alt = nullptr;
  Func *M = missingMethod(T, XI, false, Alt);
  if (!M)
    return;
  std::string Cause = missingMethodCause(T, X.Ty, M, Alt);
  if (TypeSwitch) {
    report(E->getStartLoc(), "impossible type switch case: " + exprString(E) +
                                 "\n\t" + operandString(X) +
                                 " cannot have dynamic type " + typeString(T) +
                                 " " + Cause);
    return;
  }
  report(E->getStartLoc(), "impossible type assertion: " + exprString(E) +
                               "\n\t" + typeString(T) + " does not implement " +
                               typeString(X.Ty) + " " + Cause);
}
