//===- CheckAssign.cpp - Assignability and assignments --------------------===//
//
// types2's operand.assignableTo, implements/missingMethodReason and
// assignments.go: a value may be assigned to a type when the types are
// identical, when they have identical underlying types and one is not a
// defined type, when the target is an interface the value implements,
// for bidirectional channels, and for untyped values representable in the
// target. Assignments, initializations, `:=` declarations and returns are
// checked here with gc's messages ("assignment mismatch: 2 variables but
// f() returns 1 value", "not enough return values\n\thave ()\n\twant
// (int)", "no new variables on left side of :=").
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

using namespace goscape;
using namespace goscape::sema;

static const char *contextName(AssignContext C) {
  switch (C) {
  case AssignContext::Assignment:
    return "assignment";
  case AssignContext::VarDecl:
    return "variable declaration";
  case AssignContext::ConstDecl:
    return "constant declaration";
  case AssignContext::Argument:
    return "argument";
  case AssignContext::Return:
    return "return statement";
  case AssignContext::MapIndex:
    return "map index";
  case AssignContext::ArrayOrSliceLit:
    return "array or slice literal";
  case AssignContext::MapLit:
    return "map literal";
  case AssignContext::StructLit:
    return "struct literal";
  case AssignContext::Send:
    return "send";
  case AssignContext::Range:
    return "range clause";
  case AssignContext::Blank:
    return "assignment to _ identifier";
  case AssignContext::SwitchExpr:
    return "switch expression";
  }
  return "assignment";
}

static bool hasName(const Type *T) {
  return llvm::isa<Basic>(T) || llvm::isa<Named>(T);
}

bool goscape::assignableValue(const Type *V, const Type *T) {
  if (identical(V, T))
    return true;
  const Type *Vu = V->getUnderlying(), *Tu = T->getUnderlying();
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)))
    return true;
  if (llvm::isa<Interface>(Tu))
    return implements(V, T, nullptr);
  auto *VC = llvm::dyn_cast<Chan>(Vu);
  auto *TC = llvm::dyn_cast<Chan>(Tu);
  return VC && TC && VC->getDir() == ChanDirection::SendRecv &&
         identical(VC->getElem(), TC->getElem()) &&
         (!hasName(V) || !hasName(T));
}

std::string Checker::missingMethodCause(const Type *V, const Type *T,
                                        Func *M, Func *Alt) {
  std::string MName = M->getName().str() + " method";
  if (Alt) {
    if (Alt->getName() != M->getName())
      return "(missing " + MName + ")\n\t\thave " + funcString(Alt) +
             "\n\t\twant " + funcString(M);
    if (identical(M->getType(), Alt->getType()))
      return "(" + MName + " has pointer receiver)";
    return "(wrong type for " + MName + ")\n\t\thave " + funcString(Alt) +
           "\n\t\twant " + funcString(M);
  }
  auto IsIfacePtr = [](const Type *X) {
    auto *P = llvm::dyn_cast_or_null<Pointer>(X->getUnderlying());
    return P && llvm::isa_and_nonnull<Interface>(P->getElem()->getUnderlying());
  };
  if (IsIfacePtr(V))
    return "(type " + typeString(V) + " is pointer to interface, not interface)";
  if (IsIfacePtr(T))
    return "(type " + typeString(T) + " is pointer to interface, not interface)";
  return "(missing " + MName + ")";
}

bool Checker::implements(const Type *V, const Type *T, std::string *Cause) {
  const Type *Vu = V->getUnderlying(), *Tu = T->getUnderlying();
  if (Vu == Invalid || Tu == Invalid || !Vu || !Tu)
    return true;
  if (auto *P = llvm::dyn_cast<Pointer>(Vu);
      P && P->getElem()->getUnderlying() == Invalid)
    return true;
  auto *TI = llvm::dyn_cast<Interface>(Tu);
  if (!TI) {
    if (Cause)
      *Cause = typeString(V) + " does not implement " + typeString(T) + " (" +
               typeString(T) + " is not an interface)";
    return false;
  }
  computeInterfaceMethods(TI, SourceLoc());
  if (TI->getAllMethods().empty())
    return true;
  Func *Alt = nullptr;
  if (Func *M = missingMethod(V, TI, true, Alt)) {
    if (Cause)
      *Cause = typeString(V) + " does not implement " + typeString(T) + " " +
               missingMethodCause(V, T, M, Alt);
    return false;
  }
  return true;
}

bool Checker::assignableTo(Operand &X, const Type *T, std::string *Reason) {
  if (X.isInvalid() || T == Invalid || !T)
    return true;
  const Type *V = X.Ty;
  if (!V || V == Invalid)
    return true;
  if (identical(V, T))
    return true;
  const Type *Vu = V->getUnderlying(), *Tu = T->getUnderlying();
  if (!Vu || !Tu)
    return true;
  // types2's Identical(Vu, Tu) computes both type sets, V's first; with
  // embedding cycles, that order decides which methods each one gets.
  if (auto *VI = llvm::dyn_cast<Interface>(Vu))
    if (auto *TI = llvm::dyn_cast<Interface>(Tu)) {
      computeInterfaceMethods(VI, SourceLoc());
      computeInterfaceMethods(TI, SourceLoc());
    }
  if (isUntyped(Vu)) {
    const Constant *Val;
    int Code;
    return implicitTypeAndValue(X, T, &Val, Code) != nullptr;
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)))
    return true;
  if (llvm::isa<Interface>(Tu))
    return implements(V, T, Reason);
  if (auto *P = llvm::dyn_cast<Pointer>(Tu);
      P && llvm::isa_and_nonnull<Interface>(P->getElem()->getUnderlying()))
    return implements(V, T, Reason);
  if (llvm::isa<Interface>(Vu)) {
    if (implements(T, V, nullptr)) {
      if (Reason)
        *Reason = "need type assertion";
      return false;
    }
  }
  if (auto *VC = llvm::dyn_cast<Chan>(Vu);
      VC && VC->getDir() == ChanDirection::SendRecv) {
    if (auto *TC = llvm::dyn_cast<Chan>(Tu);
        TC && identical(VC->getElem(), TC->getElem()))
      return !hasName(V) || !hasName(T);
  }
  return false;
}

std::string Checker::assignContext(AssignContext C) const {
  if (C == AssignContext::Argument && CurArgContext)
    return *CurArgContext;
  if (C == AssignContext::Argument && CurArgFun)
    return "argument to " + exprString(CurArgFun);
  return contextName(C);
}

void Checker::assignment(Operand &X, const Type *T, AssignContext C) {
  singleValue(X);
  switch (X.Mode) {
  case ExprMode::Invalid:
    return;
  case ExprMode::Constant:
  case ExprMode::Variable:
  case ExprMode::MapIndex:
  case ExprMode::Value:
  case ExprMode::Nil:
  case ExprMode::CommaOk:
    break;
  default:
    error(posOf(X), DiagId::CannotAssignIn, operandString(X),
          T ? typeString(T) : std::string("<nil>"), assignContext(C));
    X.setInvalid();
    return;
  }
  if (isUntyped(X.Ty)) {
    const Type *Target = T;
    if (X.Mode == ExprMode::Nil) {
      if (!T) {
        error(posOf(X), DiagId::UntypedNilUse, assignContext(C));
        X.setInvalid();
        return;
      }
    } else if (!T || isInterface(T)) {
      Target = defaultType(X.Ty);
    }
    const Constant *Val;
    int Code;
    const Type *NT = implicitTypeAndValue(X, Target, &Val, Code);
    if (!NT) {
      std::string Msg = "cannot use " + operandString(X) + " as " +
                        typeString(Target) + " value in " + assignContext(C);
      if (Code == 2)
        Msg += " (truncated)";
      else if (Code == 3)
        Msg += " (overflows)";
      report(posOf(X), Msg);
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
  if (!T)
    return;
  std::string Reason;
  if (!assignableTo(X, T, &Reason)) {
    if (!Reason.empty())
      report(posOf(X), "cannot use " + operandString(X) + " as type " +
                           typeString(T) + " in " + assignContext(C) + ":\n\t" +
                           Reason);
    else
      report(posOf(X), "cannot use " + operandString(X) + " as type " +
                           typeString(T) + " in " + assignContext(C));
    X.setInvalid();
  }
}

void Checker::initVar(Var *Lhs, Operand &X, AssignContext C) {
  if (X.isInvalid() || X.Ty == Invalid || Lhs->getType() == Invalid) {
    if (!Lhs->getType())
      Lhs->setType(Invalid);
    Lhs->setUsed();
    return;
  }
  if (!Lhs->getType()) {
    const Type *T = X.Ty;
    if (isUntyped(T)) {
      if (X.Mode == ExprMode::Nil) {
        error(posOf(X), DiagId::UntypedNilUse, contextName(C));
        Lhs->setType(Invalid);
        return;
      }
      T = defaultType(T);
    }
    Lhs->setType(T);
  }
  assignment(X, Lhs->getType(), C);
  if (X.isInvalid())
    Lhs->setUsed();
}

static std::string measure(size_t N, const char *Unit) {
  std::string S = std::to_string(N) + " " + Unit;
  if (N != 1)
    S += "s";
  return S;
}

void Checker::assignError(llvm::ArrayRef<Expr *> Rhs, size_t NVars,
                          size_t NVals) {
  std::string Vars = measure(NVars, "variable");
  std::string Vals = measure(NVals, "value");
  Expr *R0 = Rhs[0];
  if (Rhs.size() == 1)
    if (auto *Call = llvm::dyn_cast<CallExpr>(unparen(R0))) {
      error(R0->getStartLoc(), DiagId::AssignMismatchCall, Vars,
            exprString(Call->getFun()), Vals);
      return;
    }
  error(R0->getStartLoc(), DiagId::AssignMismatch, Vars, Vals);
}

/// exprList with the comma-ok rule of types2.
static bool exprListOk(Checker &C, llvm::ArrayRef<Expr *> Es,
                       llvm::SmallVectorImpl<Operand> &Out,
                       bool AllowCommaOk) {
  if (Es.size() == 1) {
    Operand X;
    C.multiExpr(X, Es[0]);
    if (auto *T = llvm::dyn_cast_or_null<Tuple>(X.Ty); T && !X.isInvalid()) {
      for (Var *V : T->getVars()) {
        Operand O;
        O.Mode = ExprMode::Value;
        O.E = Es[0];
        O.Ty = V->getType();
        Out.push_back(O);
      }
      return false;
    }
    Out.push_back(X);
    if (AllowCommaOk && (X.Mode == ExprMode::MapIndex ||
                         X.Mode == ExprMode::CommaOk)) {
      Out.back().Mode = ExprMode::Value;
      Operand Ok;
      Ok.Mode = ExprMode::Value;
      Ok.E = Es[0];
      Ok.Ty = C.Types.getBasic(BasicKind::UntypedBool);
      Out.push_back(Ok);
      C.Result.setCommaOk(Es[0]);
      if (Expr *Inner = unparen(Es[0]); Inner != Es[0])
        C.Result.setCommaOk(Inner);
      return true;
    }
    return false;
  }
  for (Expr *E : Es) {
    Operand X;
    C.expr(X, E);
    Out.push_back(X);
  }
  return false;
}

void Checker::initVars(llvm::ArrayRef<Var *> Lhs, llvm::ArrayRef<Expr *> Orig,
                       SourceLoc ReturnPos) {
  bool IsReturn = ReturnPos.isValid();
  llvm::SmallVector<Operand, 4> Rhs;
  exprListOk(*this, Orig, Rhs, Lhs.size() == 2 && !IsReturn);
  if (Lhs.size() != Rhs.size()) {
    for (Var *V : Lhs) {
      V->setUsed();
      if (!V->getType())
        V->setType(Invalid);
    }
    for (Operand &X : Rhs)
      if (X.isInvalid())
        return;
    if (IsReturn) {
      returnError(ReturnPos, Lhs, Rhs);
      return;
    }
    assignError(Orig, Lhs.size(), Rhs.size());
    return;
  }
  AssignContext C = IsReturn ? AssignContext::Return
                             : AssignContext::Assignment;
  if (!IsReturn && CurDecl && !CurFunc)
    C = AssignContext::Assignment;
  bool OK = true;
  for (size_t I = 0; I != Lhs.size(); ++I) {
    initVar(Lhs[I], Rhs[I], C);
    if (Rhs[I].isInvalid())
      OK = false;
  }
  if (!OK)
    for (Var *V : Lhs)
      V->setUsed();
}

void Checker::returnError(SourceLoc At, llvm::ArrayRef<Var *> Lhs,
                          llvm::ArrayRef<Operand> Rhs) {
  const char *Qual = "not enough";
  if (Rhs.size() > Lhs.size()) {
    At = Rhs[Lhs.size()].E->getStartLoc();
    Qual = "too many";
  } else if (!Rhs.empty()) {
    At = Rhs.back().E->getStartLoc();
  }
  llvm::SmallVector<const Type *, 4> Have, Want;
  for (const Operand &X : Rhs)
    Have.push_back(X.Ty);
  for (Var *V : Lhs)
    Want.push_back(V->getType());
  report(At, std::string(Qual) + " return values\n\thave " +
                 tupleString(Have, false) + "\n\twant " +
                 tupleString(Want, false));
}

bool Checker::assignVar(Expr *Lhs, Operand &X) {
  if (X.isInvalid() || X.Ty == Invalid) {
    useExprs(Lhs);
    return false;
  }
  auto *Id = llvm::dyn_cast<Name>(unparen(Lhs));
  if (Id && Id->getValue() == "_") {
    Id->setObject(nullptr);
    Result.setMode(Id, ExprMode::Variable);
    assignment(X, nullptr, AssignContext::Blank);
    if (X.isInvalid())
      return false;
    Id->setType(X.Ty);
    return true;
  }
  Var *V = nullptr;
  bool VUsed = false;
  if (Id) {
    if (auto *W = llvm::dyn_cast_or_null<Var>(lookup(Id->getValue()));
        W && W->getPackage() == Pkg) {
      V = W;
      VUsed = W->isUsed();
    }
  }
  Operand Z;
  expr(Z, Lhs);
  if (V && !VUsed)
    V->setUnused();
  if (Z.isInvalid() || Z.Ty == Invalid)
    return false;
  switch (Z.Mode) {
  case ExprMode::Variable:
  case ExprMode::MapIndex:
    break;
  default:
    if (auto *Sel = llvm::dyn_cast<SelectorExpr>(unparen(Z.E))) {
      Operand Op;
      expr(Op, Sel->getX());
      if (Op.Mode == ExprMode::MapIndex) {
        error(posOf(Z), DiagId::AssignStructFieldInMap, exprString(Z.E));
        return false;
      }
    }
    error(posOf(Z), DiagId::CannotAssignTo, operandString(Z));
    return false;
  }
  assignment(X, Z.Ty, AssignContext::Assignment);
  return !X.isInvalid();
}

void Checker::assignVars(llvm::ArrayRef<Expr *> Lhs,
                         llvm::ArrayRef<Expr *> Orig) {
  llvm::SmallVector<Operand, 4> Rhs;
  bool CommaOk = exprListOk(*this, Orig, Rhs, Lhs.size() == 2);
  if (Lhs.size() != Rhs.size()) {
    useExprs(Lhs);
    for (Operand &X : Rhs)
      if (X.isInvalid())
        return;
    assignError(Orig, Lhs.size(), Rhs.size());
    return;
  }
  bool OK = true;
  for (size_t I = 0; I != Lhs.size(); ++I)
    OK &= assignVar(Lhs[I], Rhs[I]);
  // As types2: when an assignment of a list (not a comma-ok form) failed,
  // its variables count as used, avoiding follow-on "declared but not
  // used" errors.
  if (!OK && !CommaOk) {
    for (Expr *L : Lhs)
      if (auto *N = llvm::dyn_cast<Name>(unparen(L)))
        if (auto *V = llvm::dyn_cast_or_null<Var>(lookup(N->getValue())))
          if (V->getPackage() == Pkg)
            V->setUsed();
  }
}

void Checker::shortVarDecl(AssignStmt *S) {
  Scope *Sc = CurScope;
  llvm::ArrayRef<Expr *> Lhs = S->getLhs();
  // Names already on the left; a linear scan (the usual list is short),
  // and a set once it is not.
  llvm::SmallVector<Name *, 8> Seen;
  llvm::StringSet<> SeenSet;
  auto FirstTime = [&](Name *Id) {
    if (Seen.size() < 32) {
      for (Name *Prev : Seen)
        if (Prev->getHash() == Id->getHash() &&
            Prev->getValue() == Id->getValue())
          return false;
      Seen.push_back(Id);
      if (Seen.size() == 32)
        for (Name *Prev : Seen)
          SeenSet.insert(Prev->getValue());
      return true;
    }
    return SeenSet.insert(Id->getValue()).second;
  };
  llvm::SmallVector<Var *, 4> LhsVars(Lhs.size(), nullptr);
  llvm::SmallVector<std::pair<Var *, Name *>, 4> NewVars;
  bool HasErr = false;
  for (size_t I = 0; I != Lhs.size(); ++I) {
    auto *Id = llvm::dyn_cast<Name>(Lhs[I]);
    if (!Id) {
      use(Lhs[I]);
      error(Lhs[I]->getStartLoc(), DiagId::NonNameOnLeft,
            exprString(Lhs[I]));
      HasErr = true;
      continue;
    }
    llvm::StringRef N = Id->getValue();
    if (N != "_") {
      if (!FirstTime(Id)) {
        error(Lhs[I]->getStartLoc(), DiagId::RepeatedOnLeft, N);
        HasErr = true;
        continue;
      }
    }
    if (Object *Alt = Sc->lookup(N)) {
      Id->setObject(Alt);
      if (auto *V = llvm::dyn_cast<Var>(Alt))
        LhsVars[I] = V;
      else {
        error(Lhs[I]->getStartLoc(), DiagId::CannotAssignToName, N);
        HasErr = true;
      }
      continue;
    }
    auto *V = Types.createObject<Var>(Id->getLoc(), Pkg, N, nullptr,
                                      VarRole::Local);
    V->setDeclNode(Id);
    LhsVars[I] = V;
    Id->setObject(V);
    ShortDeclVars.insert(V);
    if (N != "_")
      NewVars.push_back({V, Id});
  }
  for (size_t I = 0; I != LhsVars.size(); ++I)
    if (!LhsVars[I])
      LhsVars[I] = Types.createObject<Var>(Lhs[I]->getLoc(), Pkg, "_",
                                           nullptr, VarRole::Local);
  initVars(LhsVars, S->getRhs(), SourceLoc());
  for (size_t I = 0; I != Lhs.size(); ++I)
    if (auto *Id = llvm::dyn_cast<Name>(Lhs[I]))
      if (auto *V = llvm::dyn_cast_or_null<Var>(Id->getObject())) {
        Id->setType(V->getType());
        Result.setMode(Id, ExprMode::Variable);
      }
  if (NewVars.empty() && !HasErr) {
    error(S->getLoc(), DiagId::NoNewVariables);
    return;
  }
  for (auto &[V, Id] : NewVars)
    if (declare(Sc, nullptr, V) && CurFunc)
      CurFunc->Locals.push_back(V);
}
