//===- CheckExpr.cpp - Operands, identifiers, untyped values --------------===//
//
// The expression dispatcher (types2's exprInternal / rawExpr) and the
// machinery of untyped values: an untyped constant or untyped boolean
// keeps its untyped type until its context decides (assignment, binary
// operation with a typed operand, conversion); convertUntyped checks that
// the value fits (representability, with gc's `overflows` / `truncated`
// wording) and updateExprType pushes the final type down into the tree.
//
// Each checked expression's type, value and mode are written into the
// AST and the CheckedPackage by record().
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

using namespace goscape;
using namespace goscape::sema;

Object *Checker::lookupParent(llvm::StringRef N, Scope *&Found) const {
  return lookupParent(N, hashName(N), Found);
}

Object *Checker::lookupParent(llvm::StringRef N, uint32_t Hash,
                              Scope *&Found) const {
  for (Scope *S = CurScope; S; S = S->getParent())
    if (Object *O = S->lookup(N, Hash)) {
      Found = S;
      return O;
    }
  Found = nullptr;
  return nullptr;
}

Object *Checker::lookup(llvm::StringRef N) const {
  Scope *S;
  return lookupParent(N, S);
}

const Type *Checker::defaultType(const Type *T) const {
  return Types.getDefaultType(T);
}

void Checker::record(Operand &X) {
  if (!X.E)
    return;
  const Type *T = X.Ty;
  if (X.Mode == ExprMode::Invalid)
    T = Invalid;
  else if (X.Mode == ExprMode::Builtin)
    T = nullptr;
  X.E->setType(T);
  X.E->setConstValue(X.Mode == ExprMode::Constant ? X.Val : nullptr);
  Result.setMode(X.E, X.Mode);
}

void Checker::rawExpr(Operand &X, Expr *E, const Type *Hint, bool) {
  exprInternal(X, E, Hint);
  record(X);
}

static void exclude(Checker &C, Operand &X, bool AllowTypes) {
  switch (X.Mode) {
  case ExprMode::NoValue:
    C.error(C.posOf(X),
            AllowTypes ? DiagId::UsedAsValueOrType : DiagId::UsedAsValue,
            C.operandString(X));
    X.setInvalid();
    return;
  case ExprMode::Builtin:
    C.error(C.posOf(X), DiagId::MustBeCalled, C.operandString(X));
    X.setInvalid();
    return;
  case ExprMode::TypeExpr:
    if (AllowTypes)
      return;
    C.error(C.posOf(X), DiagId::NotAnExpression, C.operandString(X));
    X.setInvalid();
    return;
  default:
    return;
  }
}

void Checker::singleValue(Operand &X) {
  if (X.Mode != ExprMode::Value)
    return;
  if (auto *T = llvm::dyn_cast_or_null<Tuple>(X.Ty)) {
    if (T->size() != 1) {
      error(posOf(X), DiagId::MultiValueInSingleContext, operandString(X));
      X.setInvalid();
    }
  }
}

void Checker::expr(Operand &X, Expr *E) {
  rawExpr(X, E, nullptr, false);
  exclude(*this, X, false);
  singleValue(X);
}

void Checker::exprWithHint(Operand &X, Expr *E, const Type *Hint) {
  rawExpr(X, E, Hint, false);
  exclude(*this, X, false);
  singleValue(X);
}

void Checker::exprOrType(Operand &X, Expr *E) {
  rawExpr(X, E, nullptr, false);
  if (X.Mode == ExprMode::NoValue) {
    exclude(*this, X, true);
    return;
  }
  singleValue(X);
}

void Checker::multiExpr(Operand &X, Expr *E) {
  rawExpr(X, E, nullptr, false);
  exclude(*this, X, false);
}

//===----------------------------------------------------------------------===//
// Identifiers and literals
//===----------------------------------------------------------------------===//

void Checker::ident(Operand &X, Name *E, const Named *Def, bool WantType) {
  X.setInvalid();
  X.E = E;
  X.Ty = Invalid;
  Scope *Found;
  Object *Obj = lookupParent(E->getValue(), E->getHash(), Found);
  if (!Obj) {
    if (E->getValue() == "_")
      error(E->getStartLoc(), DiagId::BlankAsValue);
    else if (E->getValue() == "complex64" || E->getValue() == "complex128")
      // Go's predeclared complex types (the universe leaves them out).
      error(E->getStartLoc(), DiagId::ComplexUnsupported);
    else if (E->getValue() == "comparable")
      genericError(E->getStartLoc()); // Go's predeclared constraint
    else
      error(E->getStartLoc(), DiagId::Undefined, E->getValue());
    return;
  }
  E->setObject(Obj);
  const Type *T = Obj->getType();
  bool IsTypeName = llvm::isa<TypeName>(Obj);
  if ((!T && !llvm::isa<PkgName>(Obj) && !llvm::isa<Builtin>(Obj) &&
       !llvm::isa<Label>(Obj)) ||
      (IsTypeName && WantType))
    objDecl(Obj, Def);
  T = Obj->getType();
  if (auto It = DotImportMap.find(Obj); It != DotImportMap.end())
    It->second->setUsed();

  switch (Obj->getKind()) {
  case ObjectKind::PkgName:
    error(E->getStartLoc(), DiagId::PackageNotInSelector, Obj->getName());
    return;
  case ObjectKind::Const: {
    auto *C = llvm::cast<Const>(Obj);
    addDeclDep(Obj);
    if (T == Invalid || !T)
      return;
    if (Found == Universe && C->getName() == "iota") {
      if (!Iota) {
        error(E->getStartLoc(), DiagId::IotaOutsideConst);
        return;
      }
      X.Val = Iota;
    } else {
      X.Val = C->getValue() ? C->getValue() : Consts.getUnknown();
    }
    X.Mode = ExprMode::Constant;
    break;
  }
  case ObjectKind::TypeName:
    X.Mode = ExprMode::TypeExpr;
    break;
  case ObjectKind::Var: {
    auto *V = llvm::cast<Var>(Obj);
    if (V->getPackage() == Pkg)
      V->setUsed();
    addDeclDep(Obj);
    if (T == Invalid || !T)
      return;
    X.Mode = ExprMode::Variable;
    break;
  }
  case ObjectKind::Func:
    addDeclDep(Obj);
    X.Mode = ExprMode::Value;
    break;
  case ObjectKind::Builtin:
    X.Id = llvm::cast<Builtin>(Obj)->getId();
    X.Mode = ExprMode::Builtin;
    break;
  case ObjectKind::Nil:
    X.Mode = ExprMode::Nil;
    break;
  case ObjectKind::Label:
    error(E->getStartLoc(), DiagId::Undefined, E->getValue());
    return;
  }
  X.Ty = T ? T : Invalid;
}

void Checker::basicLit(Operand &X, BasicLit *E) {
  X.E = E;
  if (E->isBad()) {
    X.setInvalid();
    return;
  }
  BasicKind K;
  switch (E->getLitKind()) {
  case LitKind::Int:
    K = BasicKind::UntypedInt;
    break;
  case LitKind::Float:
    K = BasicKind::UntypedFloat;
    break;
  case LitKind::Rune:
    K = BasicKind::UntypedRune;
    break;
  case LitKind::String:
    K = BasicKind::UntypedString;
    break;
  case LitKind::Imag:
    error(E->getStartLoc(), DiagId::ComplexUnsupported);
    X.setInvalid();
    return;
  }
  if (E->getLitKind() != LitKind::String && E->getLitKind() != LitKind::Rune &&
      E->getValue().size() > 10000) {
    error(E->getStartLoc(), DiagId::LongConstant, E->getValue().take_front(10),
          E->getValue().size());
    X.setInvalid();
    return;
  }
  const Constant *V = Consts.fromLiteral(E->getLitKind(), E->getValue());
  if (!V || V->isUnknown()) {
    error(E->getStartLoc(), DiagId::MalformedConstant, E->getValue());
    X.setInvalid();
    return;
  }
  X.Mode = ExprMode::Constant;
  X.Ty = Types.getBasic(K);
  X.Val = V;
  overflow(X, SourceLoc());
}

//===----------------------------------------------------------------------===//
// Representability and untyped conversion
//===----------------------------------------------------------------------===//

/// Error codes of implicitTypeAndValue (types2's errorCode subset).
enum ConvCode { ConvOK = 0, ConvInvalid, ConvTruncated, ConvOverflow,
                ConvInvalidConst };

static const char *opName(const Expr *E) {
  auto *O = llvm::dyn_cast_or_null<Operation>(E);
  if (!O)
    return "";
  if (O->isUnary())
    return O->getOp() == Operator::Xor ? "bitwise complement" : "";
  switch (O->getOp()) {
  case Operator::Add:
    return "addition";
  case Operator::Sub:
    return "subtraction";
  case Operator::Xor:
    return "bitwise XOR";
  case Operator::Mul:
    return "multiplication";
  case Operator::Shl:
    return "shift";
  default:
    return "";
  }
}

static SourceLoc opPos(const Expr *E) {
  if (!E)
    return SourceLoc();
  if (llvm::isa<Operation>(E))
    return E->getLoc();
  return E->getStartLoc();
}

void Checker::overflow(Operand &X, SourceLoc) {
  if (X.Val->isUnknown()) {
    // An untyped integer operation only yields Unknown beyond 512 bits: the
    // constant library drops what types2 keeps until its BitLen check.
    if (isUntyped(X.Ty) && isInteger(X.Ty) && *opName(X.E)) {
      error(opPos(X.E), DiagId::ConstOverflow, opName(X.E));
      return;
    }
    error(opPos(X.E), DiagId::ConstNotRepresentable);
    return;
  }
  if (!isUntyped(X.Ty)) {
    if (auto *B = llvm::dyn_cast<Basic>(X.Ty->getUnderlying()))
      representable(X, B, true);
    return;
  }
  if (X.Val->getKind() == ConstKind::Int) {
    // gc's 512-bit precision limit for untyped integer constants.
    if (!X.Val->getInt64() && !X.Val->getUint64()) {
      std::string S = X.Val->toString();
      // A cheap bit-length estimate: 512 bits is about 155 decimal digits.
      size_t Digits = S.size() - (S[0] == '-' ? 1 : 0);
      if (Digits > 154) {
        const Constant *Lim = Consts.shift(Consts.getInt64(1), Operator::Shl,
                                           512);
        const Constant *Abs = X.Val;
        if (S[0] == '-')
          Abs = Consts.unaryOp(Operator::Sub, X.Val, 0);
        if (Consts.compare(Abs, Operator::Geq, Lim)) {
          error(opPos(X.E), DiagId::ConstOverflow, opName(X.E));
          X.Val = Consts.getUnknown();
        }
      }
    }
  }
}

static ConvCode representation(Checker &C, Operand &X, const Basic *T,
                               const Constant **Out) {
  const Constant *V = X.Val;
  if (!C.Consts.representable(X.Val, T, &V)) {
    if (isNumeric(X.Ty) && isNumeric(T)) {
      if (!isInteger(X.Ty) && isInteger(T))
        return ConvTruncated;
      return ConvOverflow;
    }
    return ConvInvalidConst;
  }
  *Out = V;
  return ConvOK;
}

bool Checker::representable(Operand &X, const Basic *T, bool) {
  const Constant *V = nullptr;
  ConvCode Code = representation(*this, X, T, &V);
  if (Code != ConvOK) {
    invalidConversion(X, T, Code);
    X.setInvalid();
    return false;
  }
  X.Val = V;
  return true;
}

void Checker::invalidConversion(Operand &X, const Type *Target, int Code) {
  DiagId Id = DiagId::CannotConvert;
  if (Code == ConvTruncated)
    Id = DiagId::TruncatedTo;
  else if (Code == ConvOverflow)
    Id = DiagId::OverflowsType;
  error(posOf(X), Id, operandString(X), typeString(Target));
}

const Type *Checker::implicitTypeAndValue(Operand &X, const Type *Target,
                                          const Constant **Val, int &Code) {
  Code = ConvOK;
  *Val = nullptr;
  if (X.isInvalid() || !isUntyped(X.Ty) || Target == Invalid)
    return X.Ty;
  if (isUntyped(Target)) {
    auto XK = llvm::cast<Basic>(X.Ty)->getBasicKind();
    auto TK = llvm::cast<Basic>(Target)->getBasicKind();
    if (isNumeric(X.Ty) && isNumeric(Target)) {
      if (XK < TK)
        return Target;
    } else if (XK != TK) {
      Code = ConvInvalid;
      return nullptr;
    }
    return X.Ty;
  }
  if (X.Mode == ExprMode::Nil) {
    if (hasNil(Target))
      return Target;
    Code = ConvInvalid;
    return nullptr;
  }
  const Type *U = Target->getUnderlying();
  if (auto *B = llvm::dyn_cast_or_null<Basic>(U)) {
    if (X.Mode == ExprMode::Constant) {
      const Constant *V = nullptr;
      ConvCode C = representation(*this, X, B, &V);
      if (C != ConvOK) {
        Code = C;
        return nullptr;
      }
      *Val = V;
      return Target;
    }
    switch (llvm::cast<Basic>(X.Ty)->getBasicKind()) {
    case BasicKind::UntypedBool:
      if (!isBoolean(Target)) {
        Code = ConvInvalid;
        return nullptr;
      }
      break;
    case BasicKind::UntypedInt:
    case BasicKind::UntypedRune:
    case BasicKind::UntypedFloat:
      if (!isNumeric(Target)) {
        Code = ConvInvalid;
        return nullptr;
      }
      break;
    case BasicKind::UntypedString:
      if (!isString(Target)) {
        Code = ConvInvalid;
        return nullptr;
      }
      break;
    default:
      Code = ConvInvalid;
      return nullptr;
    }
    return Target;
  }
  if (auto *I = llvm::dyn_cast_or_null<Interface>(U)) {
    computeInterfaceMethods(I, SourceLoc());
    if (!I->getAllMethods().empty()) {
      Code = ConvInvalid;
      return nullptr;
    }
    return defaultType(X.Ty);
  }
  Code = ConvInvalid;
  return nullptr;
}

void Checker::convertUntyped(Operand &X, const Type *Target) {
  const Constant *Val;
  int Code;
  const Type *NT = implicitTypeAndValue(X, Target, &Val, Code);
  if (Code != ConvOK) {
    const Type *T = Target->getUnderlying() ? Target->getUnderlying() : Target;
    invalidConversion(X, T, Code);
    X.setInvalid();
    return;
  }
  if (Val) {
    X.Val = Val;
    if (X.E)
      X.E->setConstValue(Val);
  }
  if (NT != X.Ty) {
    X.Ty = NT;
    updateExprType(X.E, NT, false);
  }
}

void Checker::updateExprType(Expr *E, const Type *T, bool Final) {
  if (!E || !E->getType() || !isUntyped(E->getType()))
    return;
  switch (E->getKind()) {
  case NodeKind::ParenExpr:
    updateExprType(llvm::cast<ParenExpr>(E)->getX(), T, Final);
    break;
  case NodeKind::Operation: {
    auto *O = llvm::cast<Operation>(E);
    if (E->getConstValue())
      break;
    if (O->isUnary()) {
      if (O->getOp() == Operator::Mul)
        return;
      updateExprType(O->getX(), T, Final);
      break;
    }
    if (isComparison(O->getOp()))
      break;
    if (O->getOp() == Operator::Shl || O->getOp() == Operator::Shr) {
      updateExprType(O->getX(), T, Final);
      break;
    }
    updateExprType(O->getX(), T, Final);
    updateExprType(O->getY(), T, Final);
    break;
  }
  default:
    break;
  }
  if (!Final && isUntyped(T)) {
    E->setType(T->getUnderlying());
    return;
  }
  if (UntypedShiftLhs.count(E)) {
    UntypedShiftLhs.erase(E);
    if (!isInteger(T)) {
      error(E->getStartLoc(), DiagId::ShiftOfType,
            exprString(UntypedShiftParent.lookup(E)), typeString(T));
      return;
    }
  }
  E->setType(T);
  if (E->getConstValue() && llvm::isa<Basic>(T->getUnderlying())) {
    const Constant *V = nullptr;
    if (Consts.representable(E->getConstValue(),
                             llvm::cast<Basic>(T->getUnderlying()), &V) &&
        V)
      E->setConstValue(V);
  }
}

//===----------------------------------------------------------------------===//
// Unary expressions
//===----------------------------------------------------------------------===//

static bool allNumeric(const Type *T) { return isNumeric(T); }
static bool allInteger(const Type *T) { return isInteger(T); }
static bool allBoolean(const Type *T) { return isBoolean(T); }

void Checker::unary(Operand &X, Operation *E) {
  expr(X, E->getX());
  if (X.isInvalid())
    return;
  switch (E->getOp()) {
  case Operator::And: {
    Expr *Inner = unparen(E->getX());
    if (!llvm::isa<CompositeLit>(Inner) && X.Mode != ExprMode::Variable) {
      error(posOf(X), DiagId::CannotTakeAddress, operandString(X));
      X.setInvalid();
      return;
    }
    X.Mode = ExprMode::Value;
    X.Ty = Types.getPointer(X.Ty);
    return;
  }
  case Operator::Recv: {
    auto *Ch = llvm::dyn_cast_or_null<Chan>(X.Ty->getUnderlying());
    if (!Ch) {
      error(posOf(X), DiagId::ReceiveFromNonChan, operandString(X));
      X.setInvalid();
      return;
    }
    if (Ch->getDir() == ChanDirection::SendOnly) {
      error(posOf(X), DiagId::ReceiveFromSendOnly, operandString(X));
      X.setInvalid();
      return;
    }
    X.Mode = ExprMode::CommaOk;
    X.Ty = Ch->getElem();
    HasCallOrRecv = true;
    return;
  }
  case Operator::Tilde:
    error(E->getStartLoc(), DiagId::TildeOutsideConstraint);
    X.setInvalid();
    return;
  default:
    break;
  }
  bool OK;
  switch (E->getOp()) {
  case Operator::Add:
  case Operator::Sub:
    OK = allNumeric(X.Ty);
    break;
  case Operator::Xor:
    OK = allInteger(X.Ty);
    break;
  case Operator::Not:
    OK = allBoolean(X.Ty);
    break;
  default:
    OK = false;
  }
  if (!OK) {
    error(posOf(X), DiagId::OperatorNotDefined,
          getOperatorSpelling(E->getOp()), operandString(X));
    X.setInvalid();
    return;
  }
  if (X.Mode == ExprMode::Constant) {
    if (X.Val->isUnknown())
      return;
    unsigned Prec = 0;
    if (isUnsigned(X.Ty))
      Prec = Sizes::sizeOf(X.Ty) * 8;
    X.Val = Consts.unaryOp(E->getOp(), X.Val, Prec);
    X.E = E;
    overflow(X, SourceLoc());
    return;
  }
  X.Mode = ExprMode::Value;
}

//===----------------------------------------------------------------------===//
// The dispatcher
//===----------------------------------------------------------------------===//

void Checker::exprInternal(Operand &X, Expr *E, const Type *Hint) {
  X.Mode = ExprMode::Invalid;
  X.Ty = Invalid;
  X.Val = nullptr;
  switch (E->getKind()) {
  case NodeKind::BadExpr:
    goto Error;
  case NodeKind::Name:
    ident(X, llvm::cast<Name>(E), nullptr, false);
    break;
  case NodeKind::DotsType:
    error(E->getStartLoc(), DiagId::InvalidUseOfDots);
    goto Error;
  case NodeKind::BasicLit:
    basicLit(X, llvm::cast<BasicLit>(E));
    if (X.isInvalid())
      goto Error;
    break;
  case NodeKind::FuncLit:
    funcLit(X, llvm::cast<FuncLit>(E));
    if (X.isInvalid())
      goto Error;
    break;
  case NodeKind::CompositeLit:
    compositeLit(X, llvm::cast<CompositeLit>(E), Hint);
    if (X.isInvalid())
      goto Error;
    break;
  case NodeKind::ParenExpr:
    rawExpr(X, llvm::cast<ParenExpr>(E)->getX(), nullptr, false);
    X.E = E;
    return;
  case NodeKind::SelectorExpr:
    selector(X, llvm::cast<SelectorExpr>(E), nullptr, false);
    break;
  case NodeKind::IndexExpr:
    if (!indexExpr(X, llvm::cast<IndexExpr>(E)))
      goto Error;
    if (X.isInvalid())
      goto Error;
    break;
  case NodeKind::SliceExpr:
    sliceExpr(X, llvm::cast<SliceExpr>(E));
    if (X.isInvalid())
      goto Error;
    break;
  case NodeKind::AssertExpr: {
    auto *A = llvm::cast<AssertExpr>(E);
    expr(X, A->getX());
    if (X.isInvalid())
      goto Error;
    if (!llvm::isa_and_nonnull<Interface>(X.Ty->getUnderlying())) {
      error(posOf(X), DiagId::NotAnInterfaceOp, operandString(X));
      goto Error;
    }
    const Type *T = varType(A->getTypeExpr());
    if (T == Invalid)
      goto Error;
    typeAssertion(E, X, T, false);
    X.Mode = ExprMode::CommaOk;
    X.Ty = T;
    break;
  }
  case NodeKind::TypeSwitchGuard:
    error(E->getStartLoc(), DiagId::TypeSwitchOutside);
    goto Error;
  case NodeKind::CallExpr:
    callExpr(X, llvm::cast<CallExpr>(E));
    X.E = E;
    return;
  case NodeKind::ListExpr:
    error(E->getStartLoc(), DiagId::UnexpectedList);
    goto Error;
  case NodeKind::Operation: {
    auto *O = llvm::cast<Operation>(E);
    if (O->isUnary()) {
      if (O->getOp() == Operator::Mul) {
        exprOrType(X, O->getX());
        switch (X.Mode) {
        case ExprMode::Invalid:
          goto Error;
        case ExprMode::TypeExpr:
          X.Ty = Types.getPointer(X.Ty);
          break;
        default: {
          auto *P = llvm::dyn_cast_or_null<Pointer>(X.Ty->getUnderlying());
          if (!P) {
            if (X.Mode == ExprMode::Nil)
              error(posOf(X), DiagId::CannotIndirect, operandString(X));
            else
              error(posOf(X), DiagId::CannotIndirect, operandString(X));
            goto Error;
          }
          X.Mode = ExprMode::Variable;
          X.Ty = P->getElem();
        }
        }
        break;
      }
      unary(X, O);
      if (X.isInvalid())
        goto Error;
      if (O->getOp() == Operator::Recv) {
        X.E = E;
        LastKind = ExprKind::Statement;
        return;
      }
      break;
    }
    binary(X, E, O->getX(), O->getY(), O->getOp(), O->getLoc(), false);
    if (X.isInvalid())
      goto Error;
    break;
  }
  case NodeKind::KeyValueExpr:
    error(E->getStartLoc(), DiagId::NoKeyValueExpected);
    goto Error;
  case NodeKind::ArrayType:
  case NodeKind::SliceType:
  case NodeKind::StructType:
  case NodeKind::FuncType:
  case NodeKind::InterfaceType:
  case NodeKind::MapType:
  case NodeKind::ChanType:
    X.Mode = ExprMode::TypeExpr;
    X.Ty = typExpr(E);
    break;
  default:
    goto Error;
  }
  X.E = E;
  LastKind = ExprKind::Expression;
  return;
Error:
  X.Mode = ExprMode::Invalid;
  X.E = E;
  LastKind = ExprKind::Statement;
}

//===----------------------------------------------------------------------===//
// Uses after errors
//===----------------------------------------------------------------------===//

void Checker::use(Expr *E) {
  if (!E)
    return;
  // Evaluating a blank reports no error (an unparenthesised one only).
  if (auto *N = llvm::dyn_cast<Name>(E); N && N->getValue() == "_")
    return;
  // A list (the indices of an instantiation) is used element by element.
  if (auto *L = llvm::dyn_cast<ListExpr>(E)) {
    useExprs(L->getElems());
    return;
  }
  Operand X;
  rawExpr(X, E, nullptr, false);
}

void Checker::useExprs(llvm::ArrayRef<Expr *> Es) {
  for (Expr *E : Es)
    use(E);
}
