//===- ParseType.cpp - Types, fields and parameters -----------------------===//
//
// gc's type productions: named and qualified types, arrays, slices, maps,
// channels, functions, structs (fields, embedded fields, tags), interfaces
// (methods and embedded elements) and parameter lists. `[` after a name in
// type context may start type arguments, which are parsed and recorded
// (IndexExpr over a ListExpr) for the checker to reject.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

using namespace goscape;

Expr *ParserImpl::type() {
  Expr *Ty = typeOrNull();
  if (!Ty) {
    Ty = badExpr();
    syntaxError("expecting type");
    advance(tokBit(Tok::Comma) | tokBit(Tok::Colon) | tokBit(Tok::Semi) |
            tokBit(Tok::Rparen) | tokBit(Tok::Rbrack) | tokBit(Tok::Rbrace));
  }
  return Ty;
}

Expr *ParserImpl::typeOrNull() {
  DepthScope D(*this);
  if (!D.Ok)
    return badExpr();
  SourceLoc Pos = T.Loc;
  switch (T.Kind) {
  case Tok::Star:
    next();
    return Ctx.create<Operation>(Pos, Operator::Mul, type(), nullptr);
  case Tok::Arrow:
    next();
    want(Tok::Chan);
    return Ctx.create<ChanType>(Pos, ChanDir::RecvOnly, chanElem());
  case Tok::Func: {
    next();
    bool HasTParams = false;
    return funcType("function type", HasTParams);
  }
  case Tok::Lbrack:
    next();
    if (got(Tok::Rbrack))
      return sliceType(Pos);
    return arrayType(Pos, nullptr);
  case Tok::Chan: {
    next();
    ChanDir Dir = ChanDir::Both;
    if (got(Tok::Arrow))
      Dir = ChanDir::SendOnly;
    return Ctx.create<ChanType>(Pos, Dir, chanElem());
  }
  case Tok::Map: {
    next();
    want(Tok::Lbrack);
    Expr *Key = type();
    want(Tok::Rbrack);
    return Ctx.create<MapType>(Pos, Key, type());
  }
  case Tok::Struct:
    return structType();
  case Tok::Interface:
    return interfaceType();
  case Tok::Name:
    return qualifiedName(nullptr);
  case Tok::Lparen: {
    next();
    Expr *Ty = type();
    want(Tok::Rparen);
    return Ty;
  }
  default:
    return nullptr;
  }
}

Expr *ParserImpl::typeInstance(Expr *Ty) {
  SourceLoc Pos = T.Loc;
  want(Tok::Lbrack);
  Expr *Index;
  if (T.Kind == Tok::Rbrack) {
    syntaxError("expecting type");
    Index = badExpr();
  } else {
    bool Comma = false;
    Index = typeList(Comma);
  }
  want(Tok::Rbrack);
  return Ctx.create<IndexExpr>(Pos, Ty, Index);
}

FuncType *ParserImpl::funcType(llvm::StringRef Context, bool &HasTParams) {
  SourceLoc Pos = T.Loc;
  if (got(Tok::Lbrack)) {
    HasTParams = true;
    if (!Context.empty())
      syntaxErrorAt(Pos, (Context + " must have no type parameters").str());
    if (T.Kind == Tok::Rbrack) {
      syntaxError("empty type parameter list");
      next();
    } else {
      (void)paramList(nullptr, nullptr, Tok::Rbrack, true);
    }
  }
  want(Tok::Lparen);
  llvm::ArrayRef<Field *> Params =
      paramList(nullptr, nullptr, Tok::Rparen, false);
  llvm::ArrayRef<Field *> Results = funcResult();
  return Ctx.create<FuncType>(Pos, Params, Results);
}

Expr *ParserImpl::arrayType(SourceLoc Lbrack, Expr *Len) {
  if (!Len && !got(Tok::DotDotDot)) {
    ++XNest;
    Len = expr();
    --XNest;
  }
  if (T.Kind == Tok::Comma) {
    // Accepted in type parameter lists only; complain and go on.
    syntaxError("unexpected comma; expecting ]");
    next();
  }
  want(Tok::Rbrack);
  return Ctx.create<ArrayType>(Lbrack, Len, type());
}

Expr *ParserImpl::sliceType(SourceLoc Lbrack) {
  return Ctx.create<SliceType>(Lbrack, type());
}

Expr *ParserImpl::chanElem() {
  Expr *Ty = typeOrNull();
  if (!Ty) {
    Ty = badExpr();
    syntaxError("missing channel element type");
  }
  return Ty;
}

StructType *ParserImpl::structType() {
  SourceLoc Pos = T.Loc;
  want(Tok::Struct);
  want(Tok::Lbrace);
  size_t FieldMark = Fields.size(), TagMark = Tags.size();
  list("struct type", Tok::Semi, Tok::Rbrace, [&] {
    fieldDecl(FieldMark, TagMark);
    return false;
  });
  llvm::ArrayRef<Field *> FieldList =
      Ctx.copyArray(llvm::ArrayRef<Field *>(Fields).drop_front(FieldMark));
  Fields.resize(FieldMark);
  return Ctx.create<StructType>(Pos, FieldList, take(Tags, TagMark));
}

InterfaceType *ParserImpl::interfaceType() {
  SourceLoc Pos = T.Loc;
  want(Tok::Interface);
  want(Tok::Lbrace);
  size_t Mark = Fields.size();
  list("interface type", Tok::Semi, Tok::Rbrace, [&] {
    Field *F = nullptr;
    if (T.Kind == Tok::Name)
      F = methodDecl();
    if (!F || !F->getName())
      F = embeddedElem(F);
    Fields.push_back(F);
    return false;
  });
  return Ctx.create<InterfaceType>(Pos, take(Fields, Mark));
}

llvm::ArrayRef<Field *> ParserImpl::funcResult() {
  if (got(Tok::Lparen))
    return paramList(nullptr, nullptr, Tok::Rparen, false);
  SourceLoc Pos = T.Loc;
  if (Expr *Ty = typeOrNull()) {
    Field *F = Ctx.create<Field>(Pos, nullptr, Ty);
    return Ctx.copyArray(llvm::ArrayRef<Field *>(F));
  }
  return {};
}

void ParserImpl::addField(size_t FieldBase, size_t TagBase, SourceLoc Loc,
                          Name *N, Expr *Ty, BasicLit *Tag) {
  if (Tag) {
    size_t NumFields = Fields.size() - FieldBase;
    while (Tags.size() - TagBase < NumFields)
      Tags.push_back(nullptr);
    Tags.push_back(Tag);
  }
  Fields.push_back(Ctx.create<Field>(Loc, N, Ty));
}

// The struct being parsed keeps its fields and tags on the scratch stacks
// above FieldBase and TagBase.
void ParserImpl::fieldDecl(size_t FieldBase, size_t TagBase) {
  SourceLoc Pos = T.Loc;
  switch (T.Kind) {
  case Tok::Name: {
    Name *First = name();
    if (T.Kind == Tok::Dot || T.Kind == Tok::Literal || T.Kind == Tok::Semi ||
        T.Kind == Tok::Rbrace) {
      // An embedded type.
      Expr *Ty = qualifiedName(First);
      BasicLit *Tag = oliteral();
      addField(FieldBase, TagBase, Pos, nullptr, Ty, Tag);
      return;
    }
    // name1, name2, ... Type [tag]
    size_t Mark = Names.size();
    Names.push_back(First);
    while (got(Tok::Comma))
      Names.push_back(name());
    Expr *Ty;
    if (Names.size() - Mark == 1 && T.Kind == Tok::Lbrack) {
      // An embedded instance T[P1, P2] or a field of array/slice type.
      ArrayOrTArgs A = arrayOrTArgs();
      if (A.IsIndex) {
        Names.resize(Mark);
        Expr *Inst = Ctx.create<IndexExpr>(A.Lbrack, First, A.Index);
        BasicLit *Tag = oliteral();
        addField(FieldBase, TagBase, Pos, nullptr, Inst, Tag);
        return;
      }
      Ty = A.Type;
    } else {
      Ty = type();
    }
    BasicLit *Tag = oliteral();
    for (size_t I = Mark, E = Names.size(); I != E; ++I)
      addField(FieldBase, TagBase, Names[I]->getLoc(), Names[I], Ty, Tag);
    Names.resize(Mark);
    return;
  }
  case Tok::Star: {
    next();
    Expr *Ty;
    if (T.Kind == Tok::Lparen) {
      syntaxError("cannot parenthesize embedded type");
      next();
      Ty = qualifiedName(nullptr);
      got(Tok::Rparen);
    } else {
      Ty = qualifiedName(nullptr);
    }
    BasicLit *Tag = oliteral();
    addField(FieldBase, TagBase, Pos, nullptr,
             Ctx.create<Operation>(Pos, Operator::Mul, Ty, nullptr), Tag);
    return;
  }
  case Tok::Lparen: {
    syntaxError("cannot parenthesize embedded type");
    next();
    Expr *Ty;
    if (T.Kind == Tok::Star) {
      SourceLoc StarPos = T.Loc;
      next();
      Ty = Ctx.create<Operation>(StarPos, Operator::Mul,
                                 qualifiedName(nullptr), nullptr);
    } else {
      Ty = qualifiedName(nullptr);
    }
    got(Tok::Rparen);
    BasicLit *Tag = oliteral();
    addField(FieldBase, TagBase, Pos, nullptr, Ty, Tag);
    return;
  }
  default:
    syntaxError("expecting field name or embedded type");
    advance(tokBit(Tok::Semi) | tokBit(Tok::Rbrace));
    return;
  }
}

ParserImpl::ArrayOrTArgs ParserImpl::arrayOrTArgs() {
  ArrayOrTArgs R;
  R.Lbrack = T.Loc;
  want(Tok::Lbrack);
  if (got(Tok::Rbrack)) {
    R.Type = sliceType(R.Lbrack);
    return R;
  }
  // x [n]E, or x[n,], x[n1, n2], ...
  bool Comma = false;
  Expr *N = typeList(Comma);
  want(Tok::Rbrack);
  if (!Comma) {
    if (Expr *Elem = typeOrNull()) {
      R.Type = Ctx.create<ArrayType>(R.Lbrack, N, Elem);
      return R;
    }
  }
  R.IsIndex = true;
  R.Index = N;
  return R;
}

Field *ParserImpl::methodDecl() {
  SourceLoc Pos = T.Loc;
  Name *N = name();
  const char *Context = "interface method";
  bool HasTParams = false;
  switch (T.Kind) {
  case Tok::Lparen:
    return Ctx.create<Field>(Pos, N, funcType(Context, HasTParams));
  case Tok::Lbrack: {
    // A generic method m[T C](x T) or an embedded instance T[P1, P2].
    SourceLoc Lbrack = T.Loc;
    next();
    if (T.Kind == Tok::Rbrack) {
      SourceLoc RPos = T.Loc;
      next();
      if (T.Kind == Tok::Lparen) {
        errorAt(RPos, DiagId::EmptyTypeParamList);
        return Ctx.create<Field>(Pos, N, funcType(Context, HasTParams));
      }
      errorAt(RPos, DiagId::EmptyTypeArgList);
      return Ctx.create<Field>(Pos, nullptr, N);
    }
    llvm::ArrayRef<Field *> List =
        paramList(nullptr, nullptr, Tok::Rbrack, false);
    if (List.empty()) {
      if (T.Kind == Tok::Lparen)
        return Ctx.create<Field>(Pos, N, funcType(Context, HasTParams));
      return Ctx.create<Field>(Pos, nullptr, N);
    }
    if (List[0]->getName()) {
      FuncType *Sig = funcType(Context, HasTParams);
      errorAt(Lbrack, DiagId::InterfaceMethodTypeParams);
      return Ctx.create<Field>(Pos, N, Sig);
    }
    Expr *Index;
    if (List.size() == 1) {
      Index = List[0]->getTypeExpr();
    } else {
      size_t Mark = Exprs.size();
      for (Field *F : List)
        Exprs.push_back(F->getTypeExpr());
      Index = Ctx.create<ListExpr>(List[0]->getLoc(), take(Exprs, Mark));
    }
    return Ctx.create<Field>(Pos, nullptr,
                             Ctx.create<IndexExpr>(Lbrack, N, Index));
  }
  default:
    return Ctx.create<Field>(Pos, nullptr, qualifiedName(N));
  }
}

Field *ParserImpl::embeddedElem(Field *F) {
  if (!F) {
    SourceLoc Pos = T.Loc;
    F = Ctx.create<Field>(Pos, nullptr, embeddedTerm());
  }
  Expr *Ty = F->getTypeExpr();
  bool Changed = false;
  while (T.Kind == Tok::Operator && T.Op == Operator::Or) {
    SourceLoc Pos = T.Loc;
    next();
    Ty = Ctx.create<Operation>(Pos, Operator::Or, Ty, embeddedTerm());
    Changed = true;
  }
  if (!Changed)
    return F;
  return Ctx.create<Field>(F->getLoc(), F->getName(), Ty);
}

Expr *ParserImpl::embeddedTerm() {
  if (T.Kind == Tok::Operator && T.Op == Operator::Tilde) {
    SourceLoc Pos = T.Loc;
    next();
    return Ctx.create<Operation>(Pos, Operator::Tilde, type(), nullptr);
  }
  Expr *Ty = typeOrNull();
  if (!Ty) {
    Ty = badExpr();
    syntaxError("expecting ~ term or type");
    advance(tokBit(Tok::Operator) | tokBit(Tok::Semi) | tokBit(Tok::Rparen) |
            tokBit(Tok::Rbrack) | tokBit(Tok::Rbrace));
  }
  return Ty;
}

bool ParserImpl::paramDeclOrNull(Name *N, Tok Follow, Param &F) {
  bool TypeSetsOk = Follow == Tok::Rbrack;
  auto IsOr = [&] { return T.Kind == Tok::Operator && T.Op == Operator::Or; };
  auto FromField = [&](Field *Fd) {
    F.Loc = Fd->getLoc();
    F.N = Fd->getName();
    F.Ty = Fd->getTypeExpr();
  };

  SourceLoc Pos = T.Loc;
  if (N) {
    Pos = N->getLoc();
  } else if (TypeSetsOk && T.Kind == Tok::Operator &&
             T.Op == Operator::Tilde) {
    FromField(embeddedElem(nullptr));
    return true;
  }
  F.Loc = Pos;
  F.N = nullptr;
  F.Ty = nullptr;

  if (T.Kind == Tok::Name || N) {
    if (!N)
      N = name();
    if (T.Kind == Tok::Lbrack) {
      ArrayOrTArgs A = arrayOrTArgs();
      if (A.IsIndex) {
        F.Ty = Ctx.create<IndexExpr>(A.Lbrack, N, A.Index);
      } else {
        F.N = N;
        F.Ty = A.Type;
      }
      if (TypeSetsOk && IsOr())
        FromField(embeddedElem(Ctx.create<Field>(F.Loc, F.N, F.Ty)));
      return true;
    }
    if (T.Kind == Tok::Dot) {
      F.Ty = qualifiedName(N);
      if (TypeSetsOk && IsOr())
        FromField(embeddedElem(Ctx.create<Field>(F.Loc, F.N, F.Ty)));
      return true;
    }
    if (TypeSetsOk && IsOr()) {
      F.Ty = N;
      FromField(embeddedElem(Ctx.create<Field>(F.Loc, nullptr, F.Ty)));
      return true;
    }
    F.N = N;
  }

  if (T.Kind == Tok::DotDotDot) {
    SourceLoc Dots = T.Loc;
    next();
    Expr *Elem = typeOrNull();
    if (!Elem) {
      Elem = badExpr();
      syntaxError("... is missing type");
    }
    F.Ty = Ctx.create<DotsType>(Dots, Elem);
    return true;
  }

  if (TypeSetsOk && T.Kind == Tok::Operator && T.Op == Operator::Tilde) {
    F.Ty = embeddedElem(nullptr)->getTypeExpr();
    return true;
  }

  F.Ty = typeOrNull();
  if (TypeSetsOk && IsOr() && F.Ty)
    FromField(embeddedElem(Ctx.create<Field>(F.Loc, F.N, F.Ty)));
  if (F.N || F.Ty)
    return true;

  syntaxError(("expecting " + tokString(Follow)).str());
  advance(tokBit(Tok::Comma) | tokBit(Follow));
  return false;
}

llvm::ArrayRef<Field *> ParserImpl::paramList(Name *N, Expr *Ty, Tok Close,
                                              bool RequireNames) {
  if (N && Ty && T.Kind == Close) {
    next();
    Field *F = Ctx.create<Field>(N->getLoc(), N, Ty);
    return Ctx.copyArray(llvm::ArrayRef<Field *>(F));
  }

  size_t Mark = Params.size();
  unsigned Named = 0, Typed = 0;
  SourceLoc End;
  list(
      "parameter list", Tok::Comma, Close,
      [&] {
        Param P;
        bool Have;
        if (Ty) {
          P.Loc = N->getLoc();
          P.N = N;
          P.Ty = Ty;
          Have = true;
        } else {
          Have = paramDeclOrNull(N, Close, P);
        }
        N = nullptr;
        Ty = nullptr;
        if (Have) {
          if (P.N && P.Ty)
            ++Named;
          if (P.Ty)
            ++Typed;
          Params.push_back(P);
        }
        return false;
      },
      &End);

  size_t Count = Params.size() - Mark;
  if (Count == 0)
    return {};

  if (Named == 0 && !RequireNames) {
    // All unnamed: the names are type names.
    for (size_t I = Mark; I != Params.size(); ++I)
      if (Params[I].N) {
        Params[I].Ty = Params[I].N;
        Params[I].N = nullptr;
      }
  } else if (Named != Count) {
    // Some named: all must have names and types; distribute types from
    // right to left and report the leftmost problem.
    SourceLoc ErrPos;
    Expr *Cur = nullptr;
    for (size_t I = Params.size(); I-- > Mark;) {
      Param &P = Params[I];
      if (P.Ty) {
        Cur = P.Ty;
        if (!P.N) {
          ErrPos = P.Ty->getStartLoc();
          P.N = makeName(ErrPos, "_");
        }
      } else if (Cur) {
        P.Ty = Cur;
      } else {
        ErrPos = P.N->getLoc();
        P.Ty = Ctx.create<BadExpr>(ErrPos);
      }
    }
    if (ErrPos.isValid()) {
      const char *Msg;
      if (RequireNames) {
        if (Named == Typed) {
          ErrPos = End;
          Msg = "missing type constraint";
        } else {
          Msg = "type parameters must be named";
        }
      } else {
        Msg = "mixed named and unnamed parameters";
      }
      syntaxErrorAt(ErrPos, Msg);
    }
  }

  size_t FieldMark = Fields.size();
  for (size_t I = Mark; I != Params.size(); ++I)
    Fields.push_back(makeField(Params[I]));
  Params.resize(Mark);
  return take(Fields, FieldMark);
}
