//===- ParseExpr.cpp - Expressions ----------------------------------------===//
//
// gc's expression productions. `{` after an operand starts a composite
// literal only where XNest allows it (not directly in an if/for/switch
// header), as gc decides. Types are in ParseType.cpp.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

using namespace goscape;

Expr *ParserImpl::binaryExpr(Expr *X, unsigned Prec) {
  DepthScope D(*this);
  if (!D.Ok)
    return X ? X : badExpr();
  if (!X)
    X = unaryExpr();
  while ((T.Kind == Tok::Operator || T.Kind == Tok::Star) &&
         T.Precedence > Prec) {
    SourceLoc Pos = T.Loc;
    Operator Op = T.Op;
    unsigned TPrec = T.Precedence;
    next();
    Expr *Y = binaryExpr(nullptr, TPrec);
    X = Ctx.create<Operation>(Pos, Op, X, Y);
  }
  return X;
}

Expr *ParserImpl::unaryExpr() {
  DepthScope D(*this);
  if (!D.Ok)
    return badExpr();
  switch (T.Kind) {
  case Tok::Operator:
  case Tok::Star:
    switch (T.Op) {
    case Operator::Mul:
    case Operator::Add:
    case Operator::Sub:
    case Operator::Not:
    case Operator::Xor:
    case Operator::Tilde: {
      SourceLoc Pos = T.Loc;
      Operator Op = T.Op;
      next();
      return Ctx.create<Operation>(Pos, Op, unaryExpr(), nullptr);
    }
    case Operator::And: {
      SourceLoc Pos = T.Loc;
      next();
      // &(T{}) is &T{}: drop the parentheses operand() kept.
      return Ctx.create<Operation>(Pos, Operator::And, unparen(unaryExpr()),
                                   nullptr);
    }
    default:
      break;
    }
    break;
  case Tok::Arrow: {
    // A receive (<-x) or a receive-only channel type (<-chan E).
    SourceLoc Pos = T.Loc;
    next();
    Expr *X = unaryExpr();
    if (auto *C = llvm::dyn_cast<ChanType>(X)) {
      // <-(chan E) is (<-chan E); <-(chan<- E) is (<-chan (<-E)): push the
      // arrow down through send-only channel types.
      ChanDir Dir = ChanDir::SendOnly;
      Expr *Cur = C;
      Expr *Result = nullptr;
      // Rebuild the chain of channel types with the directions shifted.
      llvm::SmallVector<ChanType *, 4> Chain;
      while (Dir == ChanDir::SendOnly) {
        auto *CT = llvm::dyn_cast<ChanType>(Cur);
        if (!CT)
          break;
        Dir = CT->getDir();
        if (Dir == ChanDir::RecvOnly)
          syntaxError("unexpected <-, expecting chan");
        Chain.push_back(CT);
        Cur = CT->getElem();
      }
      if (Dir == ChanDir::SendOnly)
        syntaxError(("unexpected " + exprString(Cur) + ", expecting chan"));
      Result = Cur;
      for (auto It = Chain.rbegin(); It != Chain.rend(); ++It)
        Result = Ctx.create<ChanType>((*It)->getLoc(), ChanDir::RecvOnly,
                                      Result);
      return Result;
    }
    return Ctx.create<Operation>(Pos, Operator::Recv, X, nullptr);
  }
  default:
    break;
  }
  return pexpr(nullptr, true);
}

Stmt *ParserImpl::callStmt() {
  SourceLoc Pos = T.Loc;
  bool IsDefer = T.Kind == Tok::Defer;
  const char *What = IsDefer ? "defer" : "go";
  next();
  Expr *X = pexpr(nullptr, T.Kind == Tok::Lparen);
  if (Expr *U = unparen(X); U != X) {
    errorAt(X->getLoc(), DiagId::GoDeferParenthesized, What);
    X = U;
  }
  auto *Call = llvm::dyn_cast<CallExpr>(X);
  if (!Call) {
    errorAt(X->getLoc(), DiagId::GoDeferNotCall, What);
    Call = Ctx.create<CallExpr>(X->getLoc(), X, llvm::ArrayRef<Expr *>(),
                                false, X->getLoc());
  }
  return Ctx.create<CallStmt>(Pos, IsDefer, Call);
}

Expr *ParserImpl::operand(bool KeepParens) {
  switch (T.Kind) {
  case Tok::Name:
    return name();
  case Tok::Literal:
    return oliteral();
  case Tok::Lparen: {
    SourceLoc Pos = T.Loc;
    next();
    ++XNest;
    Expr *X = expr();
    --XNest;
    want(Tok::Rparen);
    // Keep the parentheses where an error may need them: before `{` (a
    // parenthesized composite literal type) and when asked.
    if (T.Kind == Tok::Lbrace)
      KeepParens = true;
    if (KeepParens)
      X = Ctx.create<ParenExpr>(Pos, X);
    return X;
  }
  case Tok::Func: {
    SourceLoc Pos = T.Loc;
    next();
    bool HasTParams = false;
    FuncType *Sig = funcType("function type", HasTParams);
    if (T.Kind == Tok::Lbrace) {
      ++XNest;
      BlockStmt *Body = funcBody();
      --XNest;
      return Ctx.create<FuncLit>(Pos, Sig, Body);
    }
    return Sig;
  }
  case Tok::Lbrack:
  case Tok::Chan:
  case Tok::Map:
  case Tok::Struct:
  case Tok::Interface:
    return type();
  default: {
    Expr *X = badExpr();
    syntaxError("expecting expression");
    advance(tokBit(Tok::Rparen) | tokBit(Tok::Rbrack) | tokBit(Tok::Rbrace));
    return X;
  }
  }
}

// Whether x must be a value (not a type), syntactically.
static bool isValue(const Expr *X) {
  switch (X->getKind()) {
  case NodeKind::BasicLit:
  case NodeKind::CompositeLit:
  case NodeKind::FuncLit:
  case NodeKind::SliceExpr:
  case NodeKind::AssertExpr:
  case NodeKind::TypeSwitchGuard:
  case NodeKind::CallExpr:
    return true;
  case NodeKind::Operation: {
    auto *Op = llvm::cast<Operation>(X);
    return Op->getOp() != Operator::Mul || Op->getY();
  }
  case NodeKind::ParenExpr:
    return isValue(llvm::cast<ParenExpr>(X)->getX());
  case NodeKind::IndexExpr: {
    auto *I = llvm::cast<IndexExpr>(X);
    return isValue(I->getX()) || isValue(I->getIndex());
  }
  default:
    return false;
  }
}

Expr *ParserImpl::pexpr(Expr *X, bool KeepParens) {
  if (!X)
    X = operand(KeepParens);
  while (true) {
    SourceLoc Pos = T.Loc;
    switch (T.Kind) {
    case Tok::Dot:
      next();
      if (T.Kind == Tok::Name) {
        X = Ctx.create<SelectorExpr>(Pos, X, name());
        break;
      }
      if (T.Kind == Tok::Lparen) {
        next();
        if (got(Tok::Type))
          X = Ctx.create<TypeSwitchGuard>(Pos, nullptr, X);
        else
          X = Ctx.create<AssertExpr>(Pos, X, type());
        want(Tok::Rparen);
        break;
      }
      syntaxError("expecting name or (");
      advance(tokBit(Tok::Semi) | tokBit(Tok::Rparen));
      break;

    case Tok::Lbrack: {
      next();
      if (T.Kind == Tok::Rbrack) {
        // An empty index: accept but complain.
        syntaxError("expecting operand");
        next();
        break;
      }
      Expr *I = nullptr;
      if (T.Kind != Tok::Colon) {
        bool Comma = false;
        I = typeList(Comma);
        if (Comma || T.Kind == Tok::Rbrack) {
          want(Tok::Rbrack);
          X = Ctx.create<IndexExpr>(Pos, X, I);
          break;
        }
      }
      // x[i:...
      if (!got(Tok::Colon)) {
        syntaxError("expecting comma, : or ]");
        advance(tokBit(Tok::Comma) | tokBit(Tok::Colon) | tokBit(Tok::Rbrack));
      }
      ++XNest;
      Expr *Hi = nullptr, *Max = nullptr;
      bool Full = false;
      if (T.Kind != Tok::Colon && T.Kind != Tok::Rbrack)
        Hi = expr();
      if (T.Kind == Tok::Colon) {
        Full = true;
        if (!Hi) {
          errorAt(T.Loc, DiagId::MiddleIndexRequired);
          Hi = badExpr();
        }
        next();
        if (T.Kind != Tok::Rbrack) {
          Max = expr();
        } else {
          errorAt(T.Loc, DiagId::FinalIndexRequired);
          Max = badExpr();
        }
      }
      --XNest;
      want(Tok::Rbrack);
      X = Ctx.create<SliceExpr>(Pos, X, I, Hi, Max, Full);
      break;
    }

    case Tok::Lparen: {
      next();
      bool HasDots = false;
      SourceLoc Rparen;
      llvm::ArrayRef<Expr *> Args = argList(HasDots, Rparen);
      X = Ctx.create<CallExpr>(Pos, X, Args, HasDots, Rparen);
      break;
    }

    case Tok::Lbrace: {
      // Does `{` open a composite literal or a block?
      Expr *U = unparen(X);
      bool ComplitOk = false;
      switch (U->getKind()) {
      case NodeKind::Name:
      case NodeKind::SelectorExpr:
        ComplitOk = XNest >= 0;
        break;
      case NodeKind::IndexExpr:
        ComplitOk = XNest >= 0 && !isValue(U);
        break;
      case NodeKind::ArrayType:
      case NodeKind::SliceType:
      case NodeKind::StructType:
      case NodeKind::MapType:
        ComplitOk = true;
        break;
      default:
        break;
      }
      if (!ComplitOk)
        return X;
      if (U != X)
        syntaxError("cannot parenthesize type in composite literal");
      X = complitExpr(X);
      break;
    }

    default:
      return X;
    }
  }
}

Expr *ParserImpl::bareComplitExpr() {
  DepthScope D(*this);
  if (!D.Ok)
    return badExpr();
  if (T.Kind == Tok::Lbrace)
    return complitExpr(nullptr);
  return expr();
}

CompositeLit *ParserImpl::complitExpr(Expr *Type) {
  SourceLoc Pos = T.Loc;
  ++XNest;
  want(Tok::Lbrace);
  size_t Mark = Exprs.size();
  unsigned NumKeys = 0;
  SourceLoc Rbrace;
  list(
      "composite literal", Tok::Comma, Tok::Rbrace,
      [&] {
        Expr *E = bareComplitExpr();
        if (T.Kind == Tok::Colon) {
          SourceLoc Colon = T.Loc;
          next();
          E = Ctx.create<KeyValueExpr>(Colon, E, bareComplitExpr());
          ++NumKeys;
        }
        Exprs.push_back(E);
        return false;
      },
      &Rbrace);
  --XNest;
  return Ctx.create<CompositeLit>(Pos, Type, take(Exprs, Mark), NumKeys,
                                  Rbrace);
}

llvm::ArrayRef<Expr *> ParserImpl::argList(bool &HasDots, SourceLoc &Rparen) {
  ++XNest;
  size_t Mark = Exprs.size();
  list(
      "argument list", Tok::Comma, Tok::Rparen,
      [&] {
        Exprs.push_back(expr());
        HasDots = got(Tok::DotDotDot);
        return HasDots;
      },
      &Rparen);
  --XNest;
  return take(Exprs, Mark);
}

llvm::ArrayRef<Expr *> ParserImpl::exprList() {
  Expr *X = expr();
  if (T.Kind != Tok::Comma)
    return one(X);
  size_t Mark = Exprs.size();
  Exprs.push_back(X);
  while (got(Tok::Comma))
    Exprs.push_back(expr());
  return take(Exprs, Mark);
}

// A non-empty list of expressions (types after the first), optionally
// followed by a comma; more than one becomes a ListExpr.
Expr *ParserImpl::typeList(bool &Comma) {
  ++XNest;
  Expr *X = expr();
  if (got(Tok::Comma)) {
    Comma = true;
    if (Expr *Ty = typeOrNull()) {
      size_t Mark = Exprs.size();
      Exprs.push_back(X);
      Exprs.push_back(Ty);
      while (got(Tok::Comma)) {
        Ty = typeOrNull();
        if (!Ty)
          break;
        Exprs.push_back(Ty);
      }
      SourceLoc Pos = X->getLoc();
      X = Ctx.create<ListExpr>(Pos, take(Exprs, Mark));
    }
  }
  --XNest;
  return X;
}

Expr *ParserImpl::qualifiedName(Name *N) {
  Expr *X;
  if (N) {
    X = N;
  } else if (T.Kind == Tok::Name) {
    X = name();
  } else {
    X = makeName(T.Loc, "_");
    syntaxError("expecting name");
    advance(tokBit(Tok::Dot) | tokBit(Tok::Semi) | tokBit(Tok::Rbrace));
  }
  if (T.Kind == Tok::Dot) {
    SourceLoc Pos = T.Loc;
    next();
    X = Ctx.create<SelectorExpr>(Pos, X, name());
  }
  if (T.Kind == Tok::Lbrack)
    X = typeInstance(X);
  return X;
}
