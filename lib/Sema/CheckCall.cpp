//===- CheckCall.cpp - Calls, selectors, conversions ----------------------===//
//
// types2's call.go and conversions.go: a call expression is a conversion
// when its function denotes a type, a builtin call when it denotes a
// builtin, and otherwise a call of a function value, whose arguments are
// counted (variadic and `...` rules, gc's have/want summary on mismatch)
// and assigned to the parameters. Selectors resolve qualified identifiers
// of imported packages, fields and methods (with promotion through
// embedded fields), method values and method expressions, and record the
// Selection later layers lower.
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

#include "goscape/Sema/StdLib.h"

using namespace goscape;
using namespace goscape::sema;

void Checker::argList(llvm::ArrayRef<Expr *> Es,
                      llvm::SmallVectorImpl<Operand> &Out,
                      bool AllowCommaOk) {
  if (Es.empty())
    return;
  if (Es.size() == 1) {
    Operand X;
    multiExpr(X, Es[0]);
    if (auto *T = llvm::dyn_cast_or_null<Tuple>(X.Ty);
        T && !X.isInvalid()) {
      for (Var *V : T->getVars()) {
        Operand O;
        O.Mode = ExprMode::Value;
        O.E = Es[0];
        O.Ty = V->getType();
        Out.push_back(O);
      }
      return;
    }
    Out.push_back(X);
    (void)AllowCommaOk;
    return;
  }
  for (Expr *E : Es) {
    Operand X;
    expr(X, E);
    Out.push_back(X);
  }
}

ExprMode Checker::callExpr(Operand &X, CallExpr *Call) {
  if (auto *IE = llvm::dyn_cast<IndexExpr>(Call->getFun())) {
    // Could be a generic instantiation f[T](...) or an ordinary call of an
    // indexed function value.
    exprOrType(X, IE);
  } else {
    exprOrType(X, Call->getFun());
  }
  switch (X.Mode) {
  case ExprMode::Invalid:
    useExprs(Call->getArgs());
    X.E = Call;
    record(X);
    LastKind = ExprKind::Statement;
    return ExprMode::Invalid;
  case ExprMode::TypeExpr: {
    const Type *T = X.Ty;
    X.setInvalid();
    Result.setCallKind(Call, CallKind::Conversion);
    llvm::ArrayRef<Expr *> Args = Call->getArgs();
    if (Args.empty()) {
      error(Call->getStartLoc(), DiagId::MissingConversionArg, typeString(T));
    } else if (Args.size() == 1) {
      expr(X, Args[0]);
      if (!X.isInvalid()) {
        if (Call->hasDots())
          error(Args[0]->getStartLoc(), DiagId::DotsInConversion,
                typeString(T));
        else
          conversion(X, T, Call);
        if (Call->hasDots())
          X.setInvalid();
      }
    } else {
      useExprs(Args);
      error(Args.back()->getStartLoc(), DiagId::TooManyConversionArgs,
            typeString(T));
    }
    X.E = Call;
    record(X);
    LastKind = ExprKind::Conversion;
    return X.Mode;
  }
  case ExprMode::Builtin: {
    BuiltinId Id = X.Id;
    Result.setCallKind(Call, CallKind::Builtin);
    Result.setBuiltin(Call, Id);
    if (!builtin(X, Call, Id))
      X.setInvalid();
    X.E = Call;
    record(X);
    switch (Id) {
    case BuiltinId::Close:
    case BuiltinId::Copy:
    case BuiltinId::Delete:
    case BuiltinId::Panic:
    case BuiltinId::Print:
    case BuiltinId::Println:
    case BuiltinId::Recover:
      LastKind = ExprKind::Statement;
      break;
    default:
      LastKind = ExprKind::Expression;
    }
    return X.Mode;
  }
  default:
    break;
  }
  Result.setCallKind(Call, CallKind::Call);
  auto *Sig = llvm::dyn_cast_or_null<Signature>(X.Ty->getUnderlying());
  if (!Sig) {
    // types2 leaves the arguments unchecked: what they use stays unused.
    error(posOf(X), DiagId::CannotCallNonFunction, operandString(X));
    X.setInvalid();
    X.E = Call;
    record(X);
    LastKind = ExprKind::Statement;
    return ExprMode::Invalid;
  }
  llvm::SmallVector<Operand, 4> Args;
  argList(Call->getArgs(), Args, false);
  arguments(Call, Sig, Args, Call->hasDots(), Call->getFun());
  const Tuple *Res = Sig->getResults();
  if (Res->size() == 0) {
    X.Mode = ExprMode::NoValue;
    X.Ty = Res;
  } else if (Res->size() == 1) {
    X.Mode = ExprMode::Value;
    X.Ty = Res->getVars()[0]->getType();
  } else {
    X.Mode = ExprMode::Value;
    X.Ty = Res;
  }
  X.Val = nullptr;
  X.E = Call;
  record(X);
  HasCallOrRecv = true;
  LastKind = ExprKind::Statement;
  return X.Mode;
}

void Checker::arguments(CallExpr *Call, const Signature *Sig,
                        llvm::ArrayRef<Operand> ArgsIn, bool Ddd, Expr *Fun) {
  llvm::SmallVector<Operand, 4> Args(ArgsIn.begin(), ArgsIn.end());
  for (Operand &A : Args) {
    if (A.Mode == ExprMode::TypeExpr) {
      error(posOf(A), DiagId::UsedAsValue, operandString(A));
      return;
    }
    if (A.isInvalid())
      return;
  }
  size_t NArgs = Args.size();
  llvm::ArrayRef<Var *> Params = Sig->getParams()->getVars();
  size_t NPars = Params.size();
  llvm::SmallVector<const Type *, 8> ParTypes;
  for (Var *V : Params)
    ParTypes.push_back(V->getType());
  if (Sig->isVariadic()) {
    if (Ddd) {
      if (Call->getArgs().size() == 1 && NArgs > 1) {
        error(Call->getStartLoc(), DiagId::DotsWithMultiValue, NArgs,
              exprString(Call->getArgs()[0]));
        return;
      }
    } else if (NArgs + 1 >= NPars) {
      const Type *Last = ParTypes.back();
      ParTypes.pop_back();
      const Type *Elem = llvm::cast<Slice>(Last)->getElem();
      while (ParTypes.size() < NArgs)
        ParTypes.push_back(Elem);
      NPars = NArgs;
    } else {
      --NPars;
    }
  } else if (Ddd) {
    error(Call->getStartLoc(), DiagId::DotsNonVariadic, exprString(Fun));
    return;
  }
  if (NArgs != NPars) {
    SourceLoc At = Call->getStartLoc();
    const char *Qual = "not enough";
    if (NArgs > NPars) {
      At = Args[NPars].E->getStartLoc();
      Qual = "too many";
    } else if (NArgs > 0) {
      At = Args[NArgs - 1].E->getStartLoc();
    }
    llvm::SmallVector<const Type *, 8> Have, Want;
    for (Operand &A : Args)
      Have.push_back(A.Ty);
    for (Var *V : Params)
      Want.push_back(V->getType());
    report(At, std::string(Qual) + " arguments in call to " +
                   exprString(Fun) + "\n\thave " + tupleString(Have, false) +
                   "\n\twant " + tupleString(Want, Sig->isVariadic()));
    return;
  }
  // The context ("argument to f") is spelled only if a message needs it.
  CurArgFun = Fun;
  for (size_t I = 0; I != Args.size(); ++I)
    assignment(Args[I], ParTypes[I], AssignContext::Argument);
  CurArgFun = nullptr;
}

void Checker::selector(Operand &X, SelectorExpr *E, const Named *Def,
                       bool) {
  llvm::StringRef Sel = E->getSel()->getValue();
  if (auto *Id = llvm::dyn_cast<Name>(E->getX())) {
    Object *O = lookup(Id->getValue());
    if (auto *PN = llvm::dyn_cast_or_null<PkgName>(O)) {
      Id->setObject(PN);
      PN->setUsed();
      Package *P = PN->getImported();
      Object *Exp = P->getScope()->lookup(Sel);
      if (!Exp) {
        // A name Go's package exports that goscape does not model is an
        // unsupported feature, not an undefined name.
        if (!FakePackages.count(P))
          error(E->getSel()->getStartLoc(),
                isGoStdExport(P->getPath(), Sel) ? DiagId::StdNameUnsupported
                                                 : DiagId::UndefinedQualified,
                P->getName(), Sel);
        goto Error;
      }
      if (!Exp->isExported())
        error(E->getSel()->getStartLoc(), DiagId::NotExported, Sel,
              P->getName());
      E->getSel()->setObject(Exp);
      switch (Exp->getKind()) {
      case ObjectKind::Const:
        X.Mode = ExprMode::Constant;
        X.Ty = Exp->getType();
        X.Val = llvm::cast<Const>(Exp)->getValue();
        break;
      case ObjectKind::TypeName:
        X.Mode = ExprMode::TypeExpr;
        X.Ty = Exp->getType();
        break;
      case ObjectKind::Var:
        X.Mode = ExprMode::Variable;
        X.Ty = Exp->getType();
        break;
      case ObjectKind::Func:
        X.Mode = ExprMode::Value;
        X.Ty = Exp->getType();
        break;
      case ObjectKind::Builtin:
        X.Mode = ExprMode::Builtin;
        X.Ty = Invalid;
        X.Id = llvm::cast<Builtin>(Exp)->getId();
        break;
      default:
        goto Error;
      }
      X.E = E;
      return;
    }
  }
  exprOrType(X, E->getX());
  switch (X.Mode) {
  case ExprMode::TypeExpr:
    if (Def && X.Ty == Def) {
      llvm::SmallVector<Object *, 1> C{Def->getObject()};
      cycleError(C);
      goto Error;
    }
    break;
  case ExprMode::Builtin:
    error(E->getLoc(), DiagId::CannotSelectOn, operandString(X));
    goto Error;
  case ExprMode::Invalid:
    goto Error;
  default:
    break;
  }
  {
    LookupResult R =
        lookupFieldOrMethod(X.Ty, X.Mode == ExprMode::Variable, Sel);
    Object *Obj = R.Obj;
    if (!Obj) {
      if (X.Ty->getUnderlying() == Invalid)
        goto Error;
      if (R.Status == LookupResult::Ambiguous) {
        error(E->getSel()->getStartLoc(), DiagId::AmbiguousSelector,
              exprString(X.E), Sel);
        goto Error;
      }
      if (R.Status == LookupResult::NeedsAddressable) {
        error(E->getSel()->getStartLoc(), DiagId::PointerMethodOnValue, Sel,
              typeString(X.Ty));
        goto Error;
      }
      std::string Why;
      auto *P = llvm::dyn_cast<Pointer>(X.Ty->getUnderlying());
      if (P && llvm::isa_and_nonnull<Interface>(P->getElem()->getUnderlying())) {
        Why = "type " + typeString(X.Ty) +
              " is pointer to interface, not interface";
      } else {
        Why = "type " + typeString(X.Ty) + " has no field or method " +
              Sel.str();
        if (!Sel.empty()) {
          std::string Changed = Sel.str();
          char C0 = Changed[0];
          if (C0 >= 'A' && C0 <= 'Z')
            Changed[0] = C0 - 'A' + 'a';
          else if (C0 >= 'a' && C0 <= 'z')
            Changed[0] = C0 - 'a' + 'A';
          if (Changed != Sel &&
              lookupFieldOrMethod(X.Ty, X.Mode == ExprMode::Variable, Changed)
                  .Obj)
            Why += ", but does have " + Changed;
        }
      }
      error(E->getSel()->getStartLoc(), DiagId::SelectorUndefined,
            exprString(X.E), Sel, Why);
      goto Error;
    }
    E->getSel()->setObject(Obj);
    auto *M = llvm::dyn_cast<Func>(Obj);
    if (M && !M->getType())
      objDecl(M, nullptr);
    Selection S;
    S.Obj = Obj;
    S.Recv = X.Ty;
    S.Path = Types.copyArray<unsigned>(R.Index);
    S.Indirect = R.Indirect;
    if (M) {
      const Signature *MS = M->getSignature();
      S.PtrRecv = MS && MS->getRecv() &&
                  llvm::isa<Pointer>(MS->getRecv()->getType());
      if (MS && MS->getRecv())
        S.InterfaceMethod = llvm::isa_and_nonnull<Interface>(
            MS->getRecv()->getType()->getUnderlying());
      else
        S.InterfaceMethod = true;
    }
    if (X.Mode == ExprMode::TypeExpr) {
      if (!M) {
        error(E->getSel()->getStartLoc(), DiagId::MethodExprUndefined,
              exprString(X.E), Sel, typeString(X.Ty), Sel);
        goto Error;
      }
      const Signature *MS = M->getSignature();
      llvm::SmallVector<Var *, 4> Params;
      Var *R = MS->getRecv();
      llvm::StringRef RName = "";
      if (!MS->getParams()->getVars().empty() &&
          !MS->getParams()->getVars()[0]->getName().empty())
        RName = R && !R->getName().empty() ? R->getName() : "_";
      Params.push_back(Types.createObject<Var>(
          R ? R->getLoc() : SourceLoc(), Pkg, RName, X.Ty, VarRole::Param));
      for (Var *V : MS->getParams()->getVars())
        Params.push_back(V);
      const Signature *FT = Types.getSignature(
          nullptr, Types.getTuple(Types.copyArray<Var *>(Params)),
          MS->getResults(), MS->isVariadic());
      S.Kind = SelectionKind::MethodExpr;
      S.Ty = FT;
      Result.setSelection(E, S);
      X.Mode = ExprMode::Value;
      X.Ty = FT;
      addDeclDep(M);
    } else if (auto *F = llvm::dyn_cast<Var>(Obj)) {
      S.Kind = SelectionKind::FieldVal;
      S.Ty = F->getType();
      Result.setSelection(E, S);
      X.Mode = (X.Mode == ExprMode::Variable || R.Indirect)
                   ? ExprMode::Variable
                   : ExprMode::Value;
      X.Ty = F->getType();
    } else {
      const Signature *MS = M->getSignature();
      const Signature *VT = Types.getSignature(nullptr, MS->getParams(),
                                               MS->getResults(),
                                               MS->isVariadic());
      S.Kind = SelectionKind::MethodVal;
      S.Ty = VT;
      Result.setSelection(E, S);
      X.Mode = ExprMode::Value;
      X.Ty = VT;
      addDeclDep(M);
    }
    X.Val = nullptr;
    X.E = E;
    return;
  }
Error:
  X.setInvalid();
  X.E = E;
}

//===----------------------------------------------------------------------===//
// Conversions
//===----------------------------------------------------------------------===//

static bool isBytesOrRunes(const Type *T) {
  auto *S = llvm::dyn_cast_or_null<Slice>(T->getUnderlying());
  if (!S)
    return false;
  auto *B = llvm::dyn_cast_or_null<Basic>(S->getElem()->getUnderlying());
  return B && (B->getBasicKind() == BasicKind::Uint8 ||
               B->getBasicKind() == BasicKind::Int32);
}

static bool isUnsafePtr(const Type *T) {
  auto *B = llvm::dyn_cast_or_null<Basic>(T->getUnderlying());
  return B && B->getBasicKind() == BasicKind::UnsafePointer;
}

static bool isUintptr(const Type *T) {
  auto *B = llvm::dyn_cast_or_null<Basic>(T->getUnderlying());
  return B && B->getBasicKind() == BasicKind::Uintptr;
}

bool Checker::convertibleTo(Operand &X, const Type *T, std::string *Cause) {
  if (assignableTo(X, T, Cause))
    return true;
  const Type *V = X.Ty;
  const Type *Vu = V->getUnderlying(), *Tu = T->getUnderlying();
  if (!Vu || !Tu)
    return false;
  if (identicalIgnoreTags(Vu, Tu))
    return true;
  if (auto *VP = llvm::dyn_cast<Pointer>(V))
    if (auto *TP = llvm::dyn_cast<Pointer>(T))
      if (identicalIgnoreTags(VP->getElem()->getUnderlying(),
                              TP->getElem()->getUnderlying()))
        return true;
  if ((isInteger(Vu) || isFloat(Vu)) && (isInteger(Tu) || isFloat(Tu)))
    return true;
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu))
    return true;
  if (isString(Vu) && isBytesOrRunes(Tu))
    return true;
  if ((llvm::isa<Pointer>(Vu) || isUintptr(Vu)) && isUnsafePtr(Tu))
    return true;
  if (isUnsafePtr(Vu) && (llvm::isa<Pointer>(Tu) || isUintptr(Tu)))
    return true;
  if (auto *S = llvm::dyn_cast<Slice>(Vu))
    if (auto *P = llvm::dyn_cast<Pointer>(Tu))
      if (auto *A = llvm::dyn_cast_or_null<Array>(
              P->getElem()->getUnderlying()))
        if (identical(S->getElem(), A->getElem()))
          return true;
  return false;
}

void Checker::conversion(Operand &X, const Type *T, Expr *) {
  bool ConstArg = X.Mode == ExprMode::Constant;
  bool OK = false;
  std::string Cause;
  if (ConstArg && isConstType(T)) {
    auto *B = llvm::dyn_cast<Basic>(T->getUnderlying());
    const Constant *V = nullptr;
    if (B && Consts.representable(X.Val, B, &V)) {
      OK = true;
      if (V)
        X.Val = V;
    } else if (B && isInteger(B) && isNumeric(X.Ty) &&
               (V = Consts.toInt(X.Val))->getKind() == ConstKind::Int) {
      // types2 keeps the integer value of a constant too large for an
      // integer type, and reports it in full: 1e19 as 10000000000000000000.
      X.Val = V;
    } else if (B && isInteger(X.Ty) && isString(B)) {
      // string(rune constant)
      uint32_t CP = 0xFFFD;
      if (auto U = X.Val->getUint64(); U && *U <= 0x10FFFF &&
                                       !(*U >= 0xD800 && *U <= 0xDFFF))
        CP = *U;
      std::string S;
      if (CP < 0x80) {
        S += char(CP);
      } else if (CP < 0x800) {
        S += char(0xC0 | (CP >> 6));
        S += char(0x80 | (CP & 0x3F));
      } else if (CP < 0x10000) {
        S += char(0xE0 | (CP >> 12));
        S += char(0x80 | ((CP >> 6) & 0x3F));
        S += char(0x80 | (CP & 0x3F));
      } else {
        S += char(0xF0 | (CP >> 18));
        S += char(0x80 | ((CP >> 12) & 0x3F));
        S += char(0x80 | ((CP >> 6) & 0x3F));
        S += char(0x80 | (CP & 0x3F));
      }
      X.Val = Consts.getString(S);
      OK = true;
    }
  } else if (convertibleTo(X, T, &Cause)) {
    OK = true;
    X.Mode = ExprMode::Value;
  }
  if (!OK) {
    if (!Cause.empty())
      report(posOf(X), "cannot convert " + operandString(X) + " to type " +
                           typeString(T) + ":\n\t" + Cause);
    else
      error(posOf(X), DiagId::CannotConvertToType, operandString(X),
            typeString(T));
    X.setInvalid();
    return;
  }
  if (isUntyped(X.Ty)) {
    const Type *Final = T;
    auto *B = llvm::cast<Basic>(X.Ty);
    if (B->getBasicKind() == BasicKind::UntypedNil) {
      // nil keeps the target type.
    } else if (isInterface(T) || (ConstArg && !isConstType(T))) {
      Final = defaultType(X.Ty);
    } else if (X.Mode == ExprMode::Constant && isInteger(X.Ty) &&
               isString(T)) {
      Final = X.Ty;
    }
    updateExprType(X.E, Final, true);
  }
  X.Ty = T;
}
