//===- CheckStmt.cpp - Statements -----------------------------------------===//
//
// types2's stmt.go and return.go: every statement kind, the scopes they
// open (if, for, switch, case clauses, blocks), expression and type
// switches (duplicate cases, the type switch variable declared once per
// clause with the clause's type), range loops over every rangeable type,
// select, go/defer, send, and the terminating-statement analysis behind
// "missing return". Branch statements are checked separately
// (CheckLabels.cpp), as gc's parser does.
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

#include "llvm/ADT/ScopeExit.h"

using namespace goscape;
using namespace goscape::sema;

void Checker::openScope(llvm::StringRef Comment) {
  CurScope = Types.createScope(CurScope, Comment);
}

void Checker::closeScope() { CurScope = CurScope->getParent(); }

void Checker::stmtList(llvm::ArrayRef<Stmt *> List) {
  for (Stmt *S : List)
    stmt(S);
}

void Checker::simpleStmt(Stmt *S) {
  if (S)
    stmt(S);
}

static void multipleDefaults(Checker &C, llvm::ArrayRef<CaseClause *> Body) {
  CaseClause *First = nullptr;
  for (CaseClause *CC : Body) {
    if (!CC->isDefault())
      continue;
    if (First) {
      C.error(CC->getStartLoc(), DiagId::MultipleDefaults,
              C.fmtLoc(First->getLoc()));
      continue;
    }
    First = CC;
  }
}

void Checker::stmt(Stmt *S) {
  // types2 runs the checks a statement queued (map keys, local type
  // cycles, embedded fields...) when the statement ends, so their errors
  // come before those of the next statement.
  size_t Top = Later.size();
  auto Delayed = llvm::make_scope_exit([this, Top] { processDelayed(Top); });
  switch (S->getKind()) {
  case NodeKind::EmptyStmt:
    return;
  case NodeKind::DeclStmt:
    declStmt(llvm::cast<DeclStmt>(S));
    return;
  case NodeKind::LabeledStmt:
    stmt(llvm::cast<LabeledStmt>(S)->getBody());
    return;
  case NodeKind::ExprStmt: {
    Operand X;
    LastKind = ExprKind::Expression;
    rawExpr(X, llvm::cast<ExprStmt>(S)->getX(), nullptr, false);
    ExprKind Kind = LastKind;
    DiagId Id;
    switch (X.Mode) {
    case ExprMode::Builtin:
      Id = DiagId::MustBeCalled;
      break;
    case ExprMode::TypeExpr:
      Id = DiagId::NotAnExpression;
      break;
    default:
      if (Kind == ExprKind::Statement)
        return;
      Id = DiagId::IsNotUsed;
      break;
    }
    error(posOf(X), Id, operandString(X));
    return;
  }
  case NodeKind::SendStmt: {
    auto *SS = llvm::cast<SendStmt>(S);
    Operand Ch, Val;
    expr(Ch, SS->getChan());
    expr(Val, SS->getValue());
    if (Ch.isInvalid() || Val.isInvalid())
      return;
    auto *CT = llvm::dyn_cast_or_null<Chan>(Ch.Ty->getUnderlying());
    if (!CT) {
      error(S->getStartLoc(), DiagId::SendToNonChan, operandString(Ch));
      return;
    }
    if (CT->getDir() == ChanDirection::RecvOnly) {
      error(S->getStartLoc(), DiagId::SendToRecvOnly, operandString(Ch));
      return;
    }
    assignment(Val, CT->getElem(), AssignContext::Send);
    return;
  }
  case NodeKind::AssignStmt: {
    auto *AS = llvm::cast<AssignStmt>(S);
    llvm::ArrayRef<Expr *> Lhs = AS->getLhs();
    if (AS->isIncDec()) {
      Operand X;
      expr(X, Lhs[0]);
      if (X.isInvalid())
        return;
      if (!isNumeric(X.Ty)) {
        llvm::StringRef Op = getOperatorSpelling(AS->getOp());
        error(Lhs[0]->getStartLoc(), DiagId::NonNumericIncDec,
              exprString(Lhs[0]), (Op + Op).str(), typeString(X.Ty));
        return;
      }
      assignVar(Lhs[0], X);
      return;
    }
    if (AS->getOp() == Operator::None) {
      assignVars(Lhs, AS->getRhs());
      return;
    }
    if (AS->isDefine()) {
      shortVarDecl(AS);
      return;
    }
    if (Lhs.size() != 1 || AS->getRhs().size() != 1) {
      error(S->getStartLoc(), DiagId::AssignOpSingleValue,
            getOperatorSpelling(AS->getOp()));
      return;
    }
    Operand X;
    binary(X, nullptr, Lhs[0], AS->getRhs()[0], AS->getOp(), AS->getLoc(),
           true);
    assignVar(Lhs[0], X);
    return;
  }
  case NodeKind::CallStmt: {
    auto *CS = llvm::cast<CallStmt>(S);
    if (CS->isDefer() && CurFunc)
      CurFunc->HasDefer = true;
    Operand X;
    LastKind = ExprKind::Expression;
    rawExpr(X, CS->getCall(), nullptr, false);
    const char *Msg = nullptr;
    if (LastKind == ExprKind::Conversion)
      Msg = "requires function call, not conversion";
    else if (LastKind == ExprKind::Expression)
      Msg = "discards result of";
    if (Msg)
      error(posOf(X), DiagId::SuspendedCall, CS->isDefer() ? "defer" : "go",
            Msg, operandString(X));
    return;
  }
  case NodeKind::ReturnStmt:
    returnStmt(llvm::cast<ReturnStmt>(S));
    return;
  case NodeKind::BranchStmt:
    return;
  case NodeKind::BlockStmt:
    openScope("block");
    stmtList(llvm::cast<BlockStmt>(S)->getList());
    closeScope();
    return;
  case NodeKind::IfStmt: {
    auto *If = llvm::cast<IfStmt>(S);
    openScope("if");
    simpleStmt(If->getInit());
    Operand X;
    expr(X, If->getCond());
    if (!X.isInvalid() && !isBoolean(X.Ty))
      error(If->getCond()->getStartLoc(), DiagId::NonBooleanIf);
    stmt(If->getThen());
    if (Stmt *Else = If->getElse())
      stmt(Else);
    closeScope();
    return;
  }
  case NodeKind::SwitchStmt: {
    auto *Sw = llvm::cast<SwitchStmt>(S);
    openScope("switch");
    simpleStmt(Sw->getInit());
    if (Sw->isTypeSwitch())
      typeSwitchStmt(Sw);
    else
      switchStmt(Sw);
    closeScope();
    return;
  }
  case NodeKind::SelectStmt:
    selectStmt(llvm::cast<SelectStmt>(S));
    return;
  case NodeKind::ForStmt: {
    auto *For = llvm::cast<ForStmt>(S);
    if (auto *RC = llvm::dyn_cast_or_null<RangeClause>(For->getInit())) {
      rangeStmt(For, RC);
      return;
    }
    openScope("for");
    simpleStmt(For->getInit());
    if (For->getCond()) {
      Operand X;
      expr(X, For->getCond());
      if (!X.isInvalid() && !isBoolean(X.Ty))
        error(For->getCond()->getStartLoc(), DiagId::NonBooleanFor);
    }
    simpleStmt(For->getPost());
    if (auto *P = llvm::dyn_cast_or_null<AssignStmt>(For->getPost());
        P && P->isDefine())
      useExprs(P->getLhs());
    stmt(For->getBody());
    closeScope();
    return;
  }
  case NodeKind::RangeClause:
    return;
  default:
    error(S->getStartLoc(), DiagId::InvalidStatement);
    return;
  }
}

void Checker::returnStmt(ReturnStmt *S) {
  if (!CurFunc)
    return;
  const Tuple *Res = CurFunc->Sig->getResults();
  llvm::ArrayRef<Expr *> Results = S->getResults();
  if (Results.empty() && Res->size() > 0 &&
      !Res->getVars()[0]->getName().empty()) {
    for (Var *V : Res->getVars()) {
      Object *Alt = lookup(V->getName());
      if (Alt && Alt != V) {
        report(S->getStartLoc(),
               "result parameter " + V->getName().str() +
                   " not in scope at return\n\t" + fmtLoc(Alt->getLoc()) +
                   ": inner declaration of var " + V->getName().str() + " " +
                   typeString(V->getType()));
      }
    }
    return;
  }
  if (!Results.empty() || Res->size() > 0)
    initVars(Res->getVars(), Results, S->getStartLoc());
}

void Checker::caseValues(Operand &X, llvm::ArrayRef<Expr *> Values,
                         std::vector<std::pair<Operand, Expr *>> &Seen) {
  for (Expr *E : Values) {
    Operand V;
    expr(V, E);
    if (X.isInvalid() || V.isInvalid())
      continue;
    convertUntyped(V, X.Ty);
    if (V.isInvalid())
      continue;
    Operand Res = V;
    Operand XC = X;
    comparison(Res, XC, Operator::Eql, true, nullptr);
    if (Res.isInvalid())
      continue;
    if (V.Mode != ExprMode::Constant || V.Val->isUnknown() ||
        V.Val->getKind() == ConstKind::Bool)
      continue;
    bool Dup = false;
    for (auto &[Prev, PE] : Seen) {
      if (Prev.Val->getKind() != V.Val->getKind())
        continue;
      if (!Consts.compare(Prev.Val, Operator::Eql, V.Val))
        continue;
      if (!identical(Prev.Ty, V.Ty))
        continue;
      report(posOf(V), "duplicate case " + operandString(V) +
                           " in expression switch\n\t" +
                           fmtLoc(PE->getStartLoc()) + ": previous case");
      Dup = true;
      break;
    }
    if (!Dup)
      Seen.push_back({V, E});
  }
}

void Checker::switchStmt(SwitchStmt *S) {
  Operand X;
  Name *TrueName = nullptr;
  if (S->getTag()) {
    expr(X, S->getTag());
    assignment(X, nullptr, AssignContext::SwitchExpr);
    if (!X.isInvalid() && !isComparable(X.Ty) && !hasNil(X.Ty)) {
      error(posOf(X), DiagId::CannotSwitchOn, operandString(X),
            typeString(X.Ty));
      X.setInvalid();
    }
  } else {
    SourceLoc Pos = S->getRbrace();
    if (!S->getBody().empty())
      Pos = S->getBody()[0]->getLoc();
    TrueName = Ctx.create<Name>(Pos, "true");
    X.Mode = ExprMode::Constant;
    X.Ty = Types.getBasic(BasicKind::Bool);
    X.Val = Consts.getBool(true);
    X.E = TrueName;
  }
  multipleDefaults(*this, S->getBody());
  std::vector<std::pair<Operand, Expr *>> Seen;
  for (CaseClause *CC : S->getBody()) {
    caseValues(X, CC->getCases(), Seen);
    openScope("case");
    stmtList(CC->getBody());
    closeScope();
  }
}

void Checker::typeSwitchStmt(SwitchStmt *S) {
  auto *G = llvm::cast<TypeSwitchGuard>(S->getTag());
  Name *Lhs = G->getLhs();
  if (Lhs && Lhs->getValue() == "_") {
    error(Lhs->getStartLoc(), DiagId::NoNewVariable);
    Lhs = nullptr;
  }
  Operand X;
  expr(X, G->getX());
  G->setType(X.Ty);
  Result.setMode(G, X.Mode);
  if (X.isInvalid())
    return;
  Operand *SX = nullptr;
  if (llvm::isa_and_nonnull<Interface>(X.Ty->getUnderlying()))
    SX = &X;
  else
    error(posOf(X), DiagId::NotAnInterface, operandString(X));
  multipleDefaults(*this, S->getBody());
  std::vector<Var *> LhsVars;
  std::vector<std::pair<const Type *, Expr *>> Seen;
  bool SeenNil = false;
  Expr *NilExpr = nullptr;
  for (CaseClause *CC : S->getBody()) {
    llvm::ArrayRef<Expr *> Cases = CC->getCases();
    const Type *T = nullptr;
    for (Expr *E : Cases) {
      bool IsNil = false;
      if (auto *N = llvm::dyn_cast<Name>(unparen(E)))
        IsNil = llvm::isa_and_nonnull<Nil>(lookup(N->getValue()));
      if (IsNil) {
        T = nullptr;
        Operand Dummy;
        expr(Dummy, E);
        if (SeenNil) {
          report(E->getStartLoc(), "duplicate case nil in type switch\n\t" +
                                       fmtLoc(NilExpr->getStartLoc()) +
                                       ": previous case");
          continue;
        }
        SeenNil = true;
        NilExpr = E;
        continue;
      }
      T = varType(E);
      if (T == Invalid)
        continue;
      bool Dup = false;
      for (auto &[PT, PE] : Seen) {
        if (identical(PT, T)) {
          report(E->getStartLoc(), "duplicate case " + typeString(T) +
                                       " in type switch\n\t" +
                                       fmtLoc(PE->getStartLoc()) +
                                       ": previous case");
          Dup = true;
          break;
        }
      }
      if (Dup)
        continue;
      Seen.push_back({T, E});
      if (SX)
        typeAssertion(E, *SX, T, true);
    }
    openScope("case");
    if (Lhs) {
      if (Cases.size() != 1 || !T)
        T = X.Ty;
      auto *Obj = Types.createObject<Var>(Lhs->getLoc(), Pkg,
                                          Lhs->getValue(), T, VarRole::Local);
      Obj->setDeclNode(CC);
      declare(CurScope, nullptr, Obj);
      CC->setImplicitObject(Obj);
      LhsVars.push_back(Obj);
    }
    stmtList(CC->getBody());
    closeScope();
  }
  if (Lhs) {
    bool Used = false;
    for (Var *V : LhsVars) {
      Used |= V->isUsed();
      V->setUsed();
    }
    if (!Used)
      error(Lhs->getStartLoc(), DiagId::DeclaredNotUsed, Lhs->getValue());
  }
}

void Checker::rangeStmt(ForStmt *S, RangeClause *RC) {
  llvm::ArrayRef<Expr *> L = RC->getLhs();
  Expr *SKey = L.size() > 0 ? L[0] : nullptr;
  Expr *SValue = L.size() > 1 ? L[1] : nullptr;
  Expr *SExtra = L.size() > 2 ? L[2] : nullptr;
  Operand X;
  expr(X, RC->getX());
  const Type *Key = nullptr, *Val = nullptr;
  if (!X.isInvalid()) {
    std::string Cause;
    const Type *U = X.Ty->getUnderlying();
    if (auto *Ch = llvm::dyn_cast_or_null<Chan>(U)) {
      if (SValue)
        error(SValue->getStartLoc(), DiagId::RangeChanOneVar,
              operandString(X));
      if (Ch->getDir() == ChanDirection::SendOnly)
        Cause = "receive from send-only channel";
    } else if (SExtra) {
      error(SExtra->getStartLoc(), DiagId::RangeTooManyVars);
    }
    const Type *RU = U;
    if (auto *P = llvm::dyn_cast_or_null<Pointer>(RU))
      if (auto *A = llvm::dyn_cast_or_null<Array>(P->getElem()->getUnderlying()))
        RU = A;
    if (RU) {
      if (isString(RU)) {
        Key = Types.getBasic(BasicKind::Int);
        Val = Types.getRune();
      } else if (auto *A = llvm::dyn_cast<Array>(RU)) {
        Key = Types.getBasic(BasicKind::Int);
        Val = A->getElem();
      } else if (auto *Sl = llvm::dyn_cast<Slice>(RU)) {
        Key = Types.getBasic(BasicKind::Int);
        Val = Sl->getElem();
      } else if (auto *M = llvm::dyn_cast<Map>(RU)) {
        Key = M->getKey();
        Val = M->getElem();
      } else if (auto *Ch = llvm::dyn_cast<Chan>(RU)) {
        Key = Ch->getElem();
        Val = Invalid;
      }
    }
    if (!Key || !Cause.empty()) {
      if (Cause.empty())
        error(posOf(X), DiagId::CannotRange, operandString(X));
      else
        error(posOf(X), DiagId::CannotRangeCause, operandString(X), Cause);
    }
    if (isUntyped(X.Ty) && isString(X.Ty))
      updateExprType(X.E, Types.getBasic(BasicKind::String), true);
  }
  openScope("range");
  Expr *Lhs[2] = {SKey, SValue};
  const Type *Rhs[2] = {Key, Val};
  if (RC->isDefine()) {
    llvm::SmallVector<Var *, 2> Vars;
    for (int I = 0; I != 2; ++I) {
      if (!Lhs[I])
        continue;
      Var *Obj;
      if (auto *Id = llvm::dyn_cast<Name>(Lhs[I])) {
        Obj = Types.createObject<Var>(Id->getLoc(), Pkg, Id->getValue(),
                                      nullptr, VarRole::Local);
        Obj->setDeclNode(Id);
        Id->setObject(Obj);
        if (Id->getValue() != "_")
          Vars.push_back(Obj);
      } else {
        error(Lhs[I]->getStartLoc(), DiagId::CannotDeclare,
              exprString(Lhs[I]));
        Obj = Types.createObject<Var>(Lhs[I]->getLoc(), Pkg, "_", nullptr,
                                      VarRole::Local);
      }
      if (Rhs[I]) {
        Operand V;
        V.Mode = ExprMode::Value;
        V.E = Lhs[I];
        V.Ty = Rhs[I];
        initVar(Obj, V, AssignContext::Range);
      } else {
        Obj->setType(Invalid);
        Obj->setUsed();
      }
      Lhs[I]->setType(Obj->getType());
      Result.setMode(Lhs[I], ExprMode::Variable);
    }
    if (!Vars.empty()) {
      for (Var *V : Vars)
        if (declare(CurScope, nullptr, V) && CurFunc)
          CurFunc->Locals.push_back(V);
    } else {
      error(S->getStartLoc(), DiagId::NoNewVariables);
    }
  } else {
    for (int I = 0; I != 2; ++I) {
      if (!Lhs[I] || !Rhs[I])
        continue;
      Operand V;
      V.Mode = ExprMode::Value;
      V.E = Lhs[I];
      V.Ty = Rhs[I];
      assignVar(Lhs[I], V);
    }
  }
  stmt(S->getBody());
  closeScope();
}

void Checker::selectStmt(SelectStmt *S) {
  CommClause *First = nullptr;
  for (CommClause *CC : S->getBody()) {
    if (!CC->isDefault())
      continue;
    if (First)
      error(CC->getStartLoc(), DiagId::MultipleDefaultsSelect,
            fmtLoc(First->getLoc()));
    else
      First = CC;
  }
  for (CommClause *CC : S->getBody()) {
    bool Valid = false;
    Expr *Rhs = nullptr;
    Stmt *Comm = CC->getComm();
    if (!Comm || llvm::isa<SendStmt>(Comm))
      Valid = true;
    else if (auto *AS = llvm::dyn_cast<AssignStmt>(Comm)) {
      if (AS->getRhs().size() == 1)
        Rhs = AS->getRhs()[0];
    } else if (auto *ES = llvm::dyn_cast<ExprStmt>(Comm)) {
      Rhs = ES->getX();
    }
    if (Rhs)
      if (auto *O = llvm::dyn_cast<Operation>(unparen(Rhs));
          O && O->isUnary() && O->getOp() == Operator::Recv)
        Valid = true;
    if (!Valid) {
      error(Comm->getStartLoc(), DiagId::SelectCaseInvalid);
      continue;
    }
    openScope("case");
    if (Comm)
      stmt(Comm);
    stmtList(CC->getBody());
    closeScope();
  }
}

//===----------------------------------------------------------------------===//
// Terminating statements
//===----------------------------------------------------------------------===//

bool Checker::isTerminatingList(llvm::ArrayRef<Stmt *> List,
                                llvm::StringRef Label) {
  for (size_t I = List.size(); I-- > 0;)
    if (!llvm::isa<EmptyStmt>(List[I]))
      return isTerminating(List[I], Label);
  return false;
}

bool Checker::isTerminating(Stmt *S, llvm::StringRef Label) {
  switch (S->getKind()) {
  case NodeKind::LabeledStmt: {
    auto *LS = llvm::cast<LabeledStmt>(S);
    return isTerminating(LS->getBody(), LS->getLabel()->getValue());
  }
  case NodeKind::ExprStmt: {
    auto *Call = llvm::dyn_cast<CallExpr>(unparen(llvm::cast<ExprStmt>(S)->getX()));
    return Call && PanicCalls.count(Call);
  }
  case NodeKind::ReturnStmt:
    return true;
  case NodeKind::BranchStmt: {
    BranchKind K = llvm::cast<BranchStmt>(S)->getBranchKind();
    return K == BranchKind::Goto || K == BranchKind::Fallthrough;
  }
  case NodeKind::BlockStmt:
    return isTerminatingList(llvm::cast<BlockStmt>(S)->getList(), "");
  case NodeKind::IfStmt: {
    auto *If = llvm::cast<IfStmt>(S);
    return If->getElse() && isTerminating(If->getThen(), "") &&
           isTerminating(If->getElse(), "");
  }
  case NodeKind::SwitchStmt: {
    bool HasDefault = false;
    for (CaseClause *CC : llvm::cast<SwitchStmt>(S)->getBody()) {
      if (CC->isDefault())
        HasDefault = true;
      if (!isTerminatingList(CC->getBody(), "") ||
          hasBreakList(CC->getBody(), Label, true))
        return false;
    }
    return HasDefault;
  }
  case NodeKind::SelectStmt:
    for (CommClause *CC : llvm::cast<SelectStmt>(S)->getBody())
      if (!isTerminatingList(CC->getBody(), "") ||
          hasBreakList(CC->getBody(), Label, true))
        return false;
    return true;
  case NodeKind::ForStmt: {
    auto *F = llvm::cast<ForStmt>(S);
    if (llvm::isa_and_nonnull<RangeClause>(F->getInit()))
      return false;
    return !F->getCond() && !hasBreak(F->getBody(), Label, true);
  }
  default:
    return false;
  }
}

bool Checker::hasBreakList(llvm::ArrayRef<Stmt *> L, llvm::StringRef Label,
                           bool Implicit) {
  for (Stmt *S : L)
    if (hasBreak(S, Label, Implicit))
      return true;
  return false;
}

bool Checker::hasBreak(Stmt *S, llvm::StringRef Label, bool Implicit) {
  switch (S->getKind()) {
  case NodeKind::LabeledStmt:
    return hasBreak(llvm::cast<LabeledStmt>(S)->getBody(), Label, Implicit);
  case NodeKind::BranchStmt: {
    auto *B = llvm::cast<BranchStmt>(S);
    if (B->getBranchKind() != BranchKind::Break)
      return false;
    if (!B->getLabel())
      return Implicit;
    return B->getLabel()->getValue() == Label;
  }
  case NodeKind::BlockStmt:
    return hasBreakList(llvm::cast<BlockStmt>(S)->getList(), Label, Implicit);
  case NodeKind::IfStmt: {
    auto *If = llvm::cast<IfStmt>(S);
    return hasBreak(If->getThen(), Label, Implicit) ||
           (If->getElse() && hasBreak(If->getElse(), Label, Implicit));
  }
  case NodeKind::SwitchStmt:
    if (Label.empty())
      return false;
    for (CaseClause *CC : llvm::cast<SwitchStmt>(S)->getBody())
      if (hasBreakList(CC->getBody(), Label, false))
        return true;
    return false;
  case NodeKind::SelectStmt:
    if (Label.empty())
      return false;
    for (CommClause *CC : llvm::cast<SelectStmt>(S)->getBody())
      if (hasBreakList(CC->getBody(), Label, false))
        return true;
    return false;
  case NodeKind::ForStmt:
    return !Label.empty() &&
           hasBreak(llvm::cast<ForStmt>(S)->getBody(), Label, false);
  default:
    return false;
  }
}
