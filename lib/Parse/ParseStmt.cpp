//===- ParseStmt.cpp - Statements -----------------------------------------===//
//
// gc's statement productions, including its special messages for common
// mistakes (`missing { after if clause`, `cannot use x := 0 as value`,
// `var declaration not allowed in for initializer`, ...).
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

using namespace goscape;

Stmt *ParserImpl::simpleStmt(llvm::ArrayRef<Expr *> Lhs, Tok Keyword) {
  if (Keyword == Tok::For && T.Kind == Tok::Range)
    return newRangeClause({}, false);

  if (Lhs.empty())
    Lhs = exprList();

  if (Lhs.size() == 1 && T.Kind != Tok::Assign && T.Kind != Tok::Define) {
    SourceLoc Pos = T.Loc;
    switch (T.Kind) {
    case Tok::AssignOp: {
      Operator Op = T.Op;
      next();
      return Ctx.create<AssignStmt>(Pos, Op, Lhs, one(expr()), false);
    }
    case Tok::IncOp: {
      Operator Op = T.Op;
      next();
      return Ctx.create<AssignStmt>(Pos, Op, Lhs, llvm::ArrayRef<Expr *>(),
                                    true);
    }
    case Tok::Arrow: {
      next();
      return Ctx.create<SendStmt>(Pos, Lhs[0], expr());
    }
    default:
      return Ctx.create<ExprStmt>(Lhs[0]->getLoc(), Lhs[0]);
    }
  }

  switch (T.Kind) {
  case Tok::Assign:
  case Tok::Define: {
    SourceLoc Pos = T.Loc;
    Operator Op = T.Kind == Tok::Define ? Operator::Def : Operator::None;
    next();
    if (Keyword == Tok::For && T.Kind == Tok::Range)
      return newRangeClause(Lhs, Op == Operator::Def);
    llvm::ArrayRef<Expr *> Rhs = exprList();
    if (Keyword == Tok::Switch && Op == Operator::Def && Rhs.size() == 1 &&
        Lhs.size() == 1) {
      auto *G = llvm::dyn_cast<TypeSwitchGuard>(Rhs[0]);
      auto *N = llvm::dyn_cast<Name>(Lhs[0]);
      if (G && N) {
        // switch ... lhs := x.(type)
        G->setLhs(N);
        return Ctx.create<ExprStmt>(G->getLoc(), G);
      }
    }
    return Ctx.create<AssignStmt>(Pos, Op, Lhs, Rhs, false);
  }
  default: {
    syntaxError("expecting := or = or comma");
    advance(tokBit(Tok::Semi) | tokBit(Tok::Rbrace));
    return Ctx.create<ExprStmt>(Lhs[0]->getLoc(), Lhs[0]);
  }
  }
}

RangeClause *ParserImpl::newRangeClause(llvm::ArrayRef<Expr *> Lhs,
                                        bool Define) {
  SourceLoc Pos = T.Loc;
  next(); // range
  return Ctx.create<RangeClause>(Pos, Lhs, Define, expr());
}

Stmt *ParserImpl::labeledStmtOrNull(Name *Label) {
  SourceLoc Pos = T.Loc;
  want(Tok::Colon);
  if (T.Kind == Tok::Rbrace) {
    // The statement before `}` may be empty.
    return Ctx.create<LabeledStmt>(Pos, Label,
                                   Ctx.create<EmptyStmt>(T.Loc));
  }
  if (Stmt *S = stmtOrNull())
    return Ctx.create<LabeledStmt>(Pos, Label, S);
  syntaxErrorAt(Pos, "missing statement after label");
  return nullptr;
}

BlockStmt *ParserImpl::blockStmt(llvm::StringRef Context) {
  SourceLoc Pos = T.Loc;
  if (!got(Tok::Lbrace)) {
    syntaxError(("expecting { after " + Context).str());
    advance(tokBit(Tok::Name) | tokBit(Tok::Rbrace));
    SourceLoc Rbrace = T.Loc;
    if (got(Tok::Rbrace))
      return Ctx.create<BlockStmt>(Pos, llvm::ArrayRef<Stmt *>(), Rbrace);
  }
  llvm::ArrayRef<Stmt *> List = stmtList();
  SourceLoc Rbrace = T.Loc;
  want(Tok::Rbrace);
  return Ctx.create<BlockStmt>(Pos, List, Rbrace);
}

DeclStmt *ParserImpl::declStmt(DeclKind K) {
  SourceLoc Pos = T.Loc;
  next(); // const, type or var
  size_t Mark = Decls.size();
  appendGroup(K);
  return Ctx.create<DeclStmt>(Pos, take(Decls, Mark));
}

Stmt *ParserImpl::forStmt() {
  SourceLoc Pos = T.Loc;
  Stmt *Init = nullptr, *Post = nullptr;
  Expr *Cond = nullptr;
  header(Tok::For, Init, Cond, Post);
  BlockStmt *Body = blockStmt("for clause");
  return Ctx.create<ForStmt>(Pos, Init, Cond, Post, Body);
}

void ParserImpl::header(Tok Keyword, Stmt *&Init, Expr *&Cond, Stmt *&Post) {
  want(Keyword);
  if (T.Kind == Tok::Lbrace) {
    if (Keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      Cond = badExpr();
    }
    return;
  }

  int Outer = XNest;
  XNest = -1;

  if (T.Kind != Tok::Semi) {
    // Accept a var declaration but complain.
    if (got(Tok::Var))
      syntaxError(("var declaration not allowed in " + tokString(Keyword) +
                   " initializer")
                      .str());
    Init = simpleStmt({}, Keyword);
    if (llvm::isa<RangeClause>(Init)) {
      XNest = Outer;
      return;
    }
  }

  Stmt *CondStmt = nullptr;
  SourceLoc SemiPos;
  llvm::StringRef SemiLit;
  if (T.Kind != Tok::Lbrace) {
    if (T.Kind == Tok::Semi) {
      SemiPos = T.Loc;
      SemiLit = T.Text;
      next();
    } else {
      // Asking for `{` rather than `;` gives the better message.
      want(Tok::Lbrace);
      if (T.Kind != Tok::Lbrace)
        advance(tokBit(Tok::Lbrace) | tokBit(Tok::Rbrace));
    }
    if (Keyword == Tok::For) {
      if (T.Kind != Tok::Semi) {
        if (T.Kind == Tok::Lbrace) {
          syntaxError("expecting for loop condition");
          goto Done;
        }
        CondStmt = simpleStmt({}, Tok::Eof);
      }
      want(Tok::Semi);
      if (T.Kind != Tok::Lbrace) {
        Post = simpleStmt({}, Tok::Eof);
        if (auto *A = llvm::dyn_cast<AssignStmt>(Post); A && A->isDefine())
          syntaxErrorAt(A->getLoc(),
                        "cannot declare in post statement of for loop");
      }
    } else if (T.Kind != Tok::Lbrace) {
      CondStmt = simpleStmt({}, Keyword);
    }
  } else {
    CondStmt = Init;
    Init = nullptr;
  }

Done:
  if (!CondStmt) {
    if (Keyword == Tok::If && SemiPos.isValid()) {
      if (SemiLit != "semicolon")
        syntaxErrorAt(SemiPos, ("unexpected " + SemiLit +
                                ", expecting { after if clause")
                                   .str());
      else
        syntaxErrorAt(SemiPos, "missing condition in if statement");
      Cond = Ctx.create<BadExpr>(SemiPos);
    }
  } else if (auto *E = llvm::dyn_cast<ExprStmt>(CondStmt)) {
    Cond = E->getX();
  } else {
    // A common mistake is `=` for `==`: show both sides.
    std::string Str;
    auto *A = llvm::dyn_cast<AssignStmt>(CondStmt);
    if (A && A->getOp() == Operator::None && !A->isIncDec()) {
      std::string L, R;
      for (size_t I = 0; I != A->getLhs().size(); ++I)
        L += (I ? ", " : "") + exprString(A->getLhs()[I]);
      for (size_t I = 0; I != A->getRhs().size(); ++I)
        R += (I ? ", " : "") + exprString(A->getRhs()[I]);
      Str = "assignment (" + L + ") = (" + R + ")";
    } else {
      Str = stmtString(CondStmt);
    }
    syntaxErrorAt(CondStmt->getLoc(), "cannot use " + Str + " as value");
  }
  XNest = Outer;
}

IfStmt *ParserImpl::ifStmt() {
  SourceLoc Pos = T.Loc;
  Stmt *Init = nullptr, *Post = nullptr;
  Expr *Cond = nullptr;
  header(Tok::If, Init, Cond, Post);
  BlockStmt *Then = blockStmt("if clause");
  Stmt *Else = nullptr;
  if (got(Tok::Else)) {
    switch (T.Kind) {
    case Tok::If:
      Else = ifStmt();
      break;
    case Tok::Lbrace:
      Else = blockStmt("");
      break;
    default:
      syntaxError("else must be followed by if or statement block");
      advance(tokBit(Tok::Name) | tokBit(Tok::Rbrace));
      break;
    }
  }
  return Ctx.create<IfStmt>(Pos, Init, Cond, Then, Else);
}

SwitchStmt *ParserImpl::switchStmt() {
  SourceLoc Pos = T.Loc;
  Stmt *Init = nullptr, *Post = nullptr;
  Expr *Tag = nullptr;
  header(Tok::Switch, Init, Tag, Post);
  if (!got(Tok::Lbrace)) {
    syntaxError("missing { after switch clause");
    advance(tokBit(Tok::Case) | tokBit(Tok::Default) | tokBit(Tok::Rbrace));
  }
  size_t Mark = Cases.size();
  while (T.Kind != Tok::Eof && T.Kind != Tok::Rbrace) {
    CaseClause *C = caseClause();
    Cases.push_back(C);
  }
  SourceLoc Rbrace = T.Loc;
  want(Tok::Rbrace);
  return Ctx.create<SwitchStmt>(Pos, Init, Tag, take(Cases, Mark), Rbrace);
}

SelectStmt *ParserImpl::selectStmt() {
  SourceLoc Pos = T.Loc;
  want(Tok::Select);
  if (!got(Tok::Lbrace)) {
    syntaxError("missing { after select clause");
    advance(tokBit(Tok::Case) | tokBit(Tok::Default) | tokBit(Tok::Rbrace));
  }
  size_t Mark = Comms.size();
  while (T.Kind != Tok::Eof && T.Kind != Tok::Rbrace) {
    CommClause *C = commClause();
    Comms.push_back(C);
  }
  SourceLoc Rbrace = T.Loc;
  want(Tok::Rbrace);
  return Ctx.create<SelectStmt>(Pos, take(Comms, Mark), Rbrace);
}

CaseClause *ParserImpl::caseClause() {
  SourceLoc Pos = T.Loc;
  llvm::ArrayRef<Expr *> List;
  bool IsDefault = false;
  switch (T.Kind) {
  case Tok::Case:
    next();
    List = exprList();
    break;
  case Tok::Default:
    next();
    IsDefault = true;
    break;
  default:
    syntaxError("expecting case or default or }");
    advance(tokBit(Tok::Colon) | tokBit(Tok::Case) | tokBit(Tok::Default) |
            tokBit(Tok::Rbrace));
    break;
  }
  SourceLoc Colon = T.Loc;
  want(Tok::Colon);
  llvm::ArrayRef<Stmt *> Body = stmtList();
  return Ctx.create<CaseClause>(Pos, List, IsDefault, Body, Colon);
}

CommClause *ParserImpl::commClause() {
  SourceLoc Pos = T.Loc;
  Stmt *Comm = nullptr;
  switch (T.Kind) {
  case Tok::Case:
    next();
    Comm = simpleStmt({}, Tok::Eof);
    break;
  case Tok::Default:
    next();
    break;
  default:
    syntaxError("expecting case or default or }");
    advance(tokBit(Tok::Colon) | tokBit(Tok::Case) | tokBit(Tok::Default) |
            tokBit(Tok::Rbrace));
    break;
  }
  SourceLoc Colon = T.Loc;
  want(Tok::Colon);
  llvm::ArrayRef<Stmt *> Body = stmtList();
  return Ctx.create<CommClause>(Pos, Comm, Body, Colon);
}

Stmt *ParserImpl::stmtOrNull() {
  DepthScope D(*this);
  if (!D.Ok)
    return nullptr;

  // Most statements start with a name; look for it first.
  if (T.Kind == Tok::Name) {
    clearPragma();
    llvm::ArrayRef<Expr *> Lhs = exprList();
    if (Lhs.size() == 1 && T.Kind == Tok::Colon)
      if (auto *Label = llvm::dyn_cast<Name>(Lhs[0]))
        return labeledStmtOrNull(Label);
    return simpleStmt(Lhs, Tok::Eof);
  }

  switch (T.Kind) {
  case Tok::Var:
    return declStmt(DeclKind::Var);
  case Tok::Const:
    return declStmt(DeclKind::Const);
  case Tok::Type:
    return declStmt(DeclKind::Type);
  default:
    break;
  }

  clearPragma();

  switch (T.Kind) {
  case Tok::Lbrace:
    return blockStmt("");
  case Tok::Operator:
  case Tok::Star:
    switch (T.Op) {
    case Operator::Add:
    case Operator::Sub:
    case Operator::Mul:
    case Operator::And:
    case Operator::Xor:
    case Operator::Not:
      return simpleStmt({}, Tok::Eof);
    default:
      return nullptr;
    }
  case Tok::Literal:
  case Tok::Func:
  case Tok::Lparen:
  case Tok::Lbrack:
  case Tok::Struct:
  case Tok::Map:
  case Tok::Chan:
  case Tok::Interface:
  case Tok::Arrow:
    return simpleStmt({}, Tok::Eof);
  case Tok::For:
    return forStmt();
  case Tok::Switch:
    return switchStmt();
  case Tok::Select:
    return selectStmt();
  case Tok::If:
    return ifStmt();
  case Tok::Fallthrough: {
    SourceLoc Pos = T.Loc;
    next();
    return Ctx.create<BranchStmt>(Pos, BranchKind::Fallthrough, nullptr);
  }
  case Tok::Break:
  case Tok::Continue: {
    SourceLoc Pos = T.Loc;
    BranchKind K =
        T.Kind == Tok::Break ? BranchKind::Break : BranchKind::Continue;
    next();
    Name *Label = nullptr;
    if (T.Kind == Tok::Name)
      Label = name();
    return Ctx.create<BranchStmt>(Pos, K, Label);
  }
  case Tok::Go:
  case Tok::Defer:
    return callStmt();
  case Tok::Goto: {
    SourceLoc Pos = T.Loc;
    next();
    return Ctx.create<BranchStmt>(Pos, BranchKind::Goto, name());
  }
  case Tok::Return: {
    SourceLoc Pos = T.Loc;
    next();
    llvm::ArrayRef<Expr *> Results;
    if (T.Kind != Tok::Semi && T.Kind != Tok::Rbrace)
      Results = exprList();
    return Ctx.create<ReturnStmt>(Pos, Results);
  }
  case Tok::Semi:
    return Ctx.create<EmptyStmt>(T.Loc);
  default:
    return nullptr;
  }
}

llvm::ArrayRef<Stmt *> ParserImpl::stmtList() {
  size_t Mark = Stmts.size();
  while (T.Kind != Tok::Eof && T.Kind != Tok::Rbrace && T.Kind != Tok::Case &&
         T.Kind != Tok::Default) {
    Stmt *S = stmtOrNull();
    clearPragma();
    if (!S)
      break;
    Stmts.push_back(S);
    // `;` is optional before `}`.
    if (!got(Tok::Semi) && T.Kind != Tok::Rbrace) {
      syntaxError("at end of statement");
      advance(tokBit(Tok::Semi) | tokBit(Tok::Rbrace) | tokBit(Tok::Case) |
              tokBit(Tok::Default));
      got(Tok::Semi);
    }
  }
  return take(Stmts, Mark);
}
