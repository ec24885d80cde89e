//===- Parser.cpp - Files, declarations, errors and pragmas ---------------===//
//
// The entry point, gc's error-reporting and recovery helpers, compiler
// directives, and the declaration productions. Expressions and types are in
// ParseExpr.cpp, statements in ParseStmt.cpp.
//
//===----------------------------------------------------------------------===//

#include "goscape/Parse/Parser.h"

#include "ParserImpl.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/thread.h"

using namespace goscape;

ParserImpl::ParserImpl(ASTContext &Ctx, SourceManager &SM,
                       DiagnosticEngine &Diags, FileId Id)
    : Ctx(Ctx), SM(SM), Diags(Diags), Id(Id),
      L(SM.getBuffer(Id), SM.getStartLoc(Id), Diags) {
  L.recordLineDirectives(SM, Id);
}

//===----------------------------------------------------------------------===//
// Errors and recovery
//===----------------------------------------------------------------------===//

llvm::StringRef ParserImpl::tokString(Tok K) {
  switch (K) {
  case Tok::Comma:
    return "comma";
  case Tok::Semi:
    return "semicolon or newline";
  default:
    return getTokenSpelling(K);
  }
}

void ParserImpl::errorAt(SourceLoc Loc, DiagId Id) {
  ++NumErrors;
  Diags.error(Loc, Id);
}

void ParserImpl::syntaxErrorAt(SourceLoc Loc, llvm::StringRef Msg) {
  if (T.Kind == Tok::Eof && anyError())
    return; // avoid meaningless follow-up errors
  std::string Suffix;
  if (Msg.empty()) {
    // Just "unexpected X".
  } else if (Msg.starts_with("in ") || Msg.starts_with("at ") ||
             Msg.starts_with("after ")) {
    Suffix = (" " + Msg).str();
  } else if (Msg.starts_with("expecting ")) {
    Suffix = (", " + Msg).str();
  } else {
    errorAt(Loc, DiagId::SyntaxError, Msg);
    return;
  }
  std::string TokText;
  switch (T.Kind) {
  case Tok::Name:
  case Tok::Semi:
    TokText = T.Text.str();
    break;
  case Tok::Literal:
    TokText = ("literal " + T.Text).str();
    break;
  case Tok::Operator:
    TokText = getOperatorSpelling(T.Op).str();
    break;
  case Tok::AssignOp:
    TokText = (getOperatorSpelling(T.Op) + "=").str();
    break;
  case Tok::IncOp:
    TokText = getOperatorSpelling(T.Op).str();
    TokText += TokText;
    break;
  default:
    TokText = tokString(T.Kind).str();
    break;
  }
  errorAt(Loc, DiagId::SyntaxError, "unexpected " + TokText + Suffix);
}

void ParserImpl::want(Tok K) {
  if (got(K))
    return;
  syntaxError(("expecting " + tokString(K)).str());
  advance();
}

bool ParserImpl::gotAssign() {
  switch (T.Kind) {
  case Tok::Define:
    syntaxError("expecting =");
    [[fallthrough]];
  case Tok::Assign:
    next();
    return true;
  default:
    return false;
  }
}

// Keywords that start a statement: good places to resynchronise inside a
// function body.
static constexpr TokSet StopSet =
    tokBit(Tok::Break) | tokBit(Tok::Const) | tokBit(Tok::Continue) |
    tokBit(Tok::Defer) | tokBit(Tok::Fallthrough) | tokBit(Tok::For) |
    tokBit(Tok::Go) | tokBit(Tok::Goto) | tokBit(Tok::If) |
    tokBit(Tok::Return) | tokBit(Tok::Select) | tokBit(Tok::Switch) |
    tokBit(Tok::Type) | tokBit(Tok::Var);

void ParserImpl::advance(TokSet Follow) {
  TokSet Set = tokBit(Tok::Eof);
  if (Follow) {
    if (FNest > 0)
      Set |= StopSet;
    Set |= Follow;
  }
  while (!(Set & tokBit(T.Kind))) {
    next();
    if (!Follow)
      break;
  }
}

bool ParserImpl::tooDeep() {
  if (!TooDeep) {
    TooDeep = true;
    errorAt(T.Loc, DiagId::NestingTooDeep);
    // Abandon the rest of the file: every further token is EOF, so all
    // productions unwind quietly.
    L.stop();
    T.Kind = Tok::Eof;
    T.Text = "EOF";
  }
  return false;
}

// A list of Sep-separated elements closed by Close; F parses one element and
// returns true to stop early. Returns nothing useful; *CloseLoc receives
// the position of the closing token (gc's return value).
size_t ParserImpl::list(llvm::StringRef Context, Tok Sep, Tok Close,
                        llvm::function_ref<bool()> F, SourceLoc *CloseLoc) {
  bool Done = false;
  while (T.Kind != Tok::Eof && T.Kind != Close && !Done) {
    Done = F();
    // The separator is optional before the closing token.
    if (!got(Sep) && T.Kind != Close) {
      syntaxError(("in " + Context + "; possibly missing " + tokString(Sep) +
                   " or " + tokString(Close))
                      .str());
      advance(tokBit(Tok::Rparen) | tokBit(Tok::Rbrack) |
              tokBit(Tok::Rbrace));
      if (T.Kind != Close) {
        if (CloseLoc)
          *CloseLoc = T.Loc;
        return 0;
      }
    }
  }
  if (CloseLoc)
    *CloseLoc = T.Loc;
  want(Close);
  return 0;
}

//===----------------------------------------------------------------------===//
// Compiler directives (gc's noder.pragma)
//===----------------------------------------------------------------------===//

// Flags beyond the public Pragma bits, for directives gc knows but goscape
// only needs to place correctly.
enum : uint32_t {
  PragmaNorace = 1u << 16,
  PragmaSystemstack = 1u << 17,
  PragmaNoWriteBarrierRec = 1u << 18,
  PragmaYesWriteBarrierRec = 1u << 19,
  PragmaCgoUnsafeArgs = 1u << 20,
  PragmaRegisterParams = 1u << 21,
  PragmaNotInHeap = 1u << 22,
  PragmaNointerface = 1u << 23,
  PragmaGoBuild = 1u << 24,
  PublicPragmas = (1u << 16) - 1,
  FuncPragmas = PragmaNoescape | PragmaNoinline | PragmaNosplit |
                PragmaNoCheckPtr | PragmaUintptrEscapes |
                PragmaUintptrKeepAlive | PragmaNoWriteBarrier | PragmaNorace |
                PragmaSystemstack | PragmaNoWriteBarrierRec |
                PragmaYesWriteBarrierRec | PragmaCgoUnsafeArgs |
                PragmaRegisterParams | PragmaNointerface,
  TypePragmas = PragmaNotInHeap,
};

static uint32_t pragmaFlag(llvm::StringRef Verb) {
  return llvm::StringSwitch<uint32_t>(Verb)
      .Case("go:build", PragmaGoBuild)
      .Case("go:nointerface", PragmaNointerface)
      .Case("go:noescape", PragmaNoescape)
      .Case("go:norace", PragmaNorace)
      .Case("go:nosplit", PragmaNosplit)
      .Case("go:noinline", PragmaNoinline)
      .Case("go:nocheckptr", PragmaNoCheckPtr)
      .Case("go:systemstack", PragmaSystemstack)
      .Case("go:nowritebarrier", PragmaNoWriteBarrier)
      .Case("go:nowritebarrierrec", PragmaNoWriteBarrierRec)
      .Case("go:yeswritebarrierrec", PragmaYesWriteBarrierRec)
      .Case("go:cgo_unsafe_args", PragmaCgoUnsafeArgs)
      .Case("go:uintptrkeepalive", PragmaUintptrKeepAlive)
      .Case("go:uintptrescapes", PragmaUintptrEscapes)
      .Case("go:registerparams", PragmaRegisterParams)
      .Case("go:notinheap", PragmaNotInHeap)
      .Default(0);
}

void ParserImpl::onDirective(SourceLoc Loc, bool Blank, llvm::StringRef Text) {
  HavePragma = true;
  if (!Blank) {
    noderErrorAt(Loc, DiagId::MisplacedDirective);
    return;
  }
  if (Text.starts_with("go:linkname ")) {
    llvm::SmallVector<llvm::StringRef, 4> F;
    llvm::SplitString(Text, F);
    if (F.size() < 2 || F.size() > 3) {
      noderErrorAt(Loc, DiagId::LinknameUsage);
      return;
    }
    PragmaFlags |= PragmaLinkname;
    return;
  }
  llvm::StringRef Verb = Text.substr(0, Text.find(' '));
  uint32_t Flag = pragmaFlag(Verb);
  if (Flag & (uint32_t(PragmaSystemstack) | uint32_t(PragmaNoWriteBarrier) |
              uint32_t(PragmaNoWriteBarrierRec) |
              uint32_t(PragmaYesWriteBarrierRec)))
    noderErrorAt(Loc, DiagId::DirectiveOnlyInRuntime, Verb);
  PragmaFlags |= Flag;
  PragmaPositions.push_back({Flag, Loc});
}

uint32_t ParserImpl::takePragma() {
  uint32_t F = PragmaFlags;
  PragmaFlags = 0;
  HavePragma = false;
  TakenPositions.swap(PragmaPositions);
  PragmaPositions.clear();
  return F;
}

// gc's clearPragma: directives not consumed by a declaration are misplaced.
void ParserImpl::clearPragma() {
  if (!HavePragma)
    return;
  for (const PragmaPos &P : PragmaPositions)
    if (P.Flag & PragmaFlags)
      noderErrorAt(P.Loc, DiagId::MisplacedDirective);
  takePragma();
}

// gc's noder.checkUnused: directives a declaration of this kind ignores are
// misplaced.
void ParserImpl::checkPragmaUse(uint32_t Flags, uint32_t Allowed) {
  if (!(Flags & ~Allowed))
    return;
  for (const PragmaPos &P : TakenPositions)
    if (P.Flag & ~Allowed)
      noderErrorAt(P.Loc, DiagId::MisplacedDirective);
}

//===----------------------------------------------------------------------===//
// Files and declarations
//===----------------------------------------------------------------------===//

// Identifiers repeat a lot; a small direct-mapped cache in front of the
// context's string table saves most of its (much slower) lookups.
llvm::StringRef ParserImpl::intern(llvm::StringRef S, uint32_t H) {
  llvm::StringRef &Slot = InternCache[H & (InternCacheSize - 1)];
  if (Slot.size() == S.size()) {
    size_t I = 0, N = S.size();
    while (I != N && Slot[I] == S[I])
      ++I;
    if (I == N)
      return Slot;
  }
  Slot = Ctx.intern(S);
  return Slot;
}

Name *ParserImpl::makeName(SourceLoc Loc, llvm::StringRef S, uint32_t H) {
  return Ctx.create<Name>(Loc, intern(S, H), H);
}

Name *ParserImpl::name() {
  if (T.Kind == Tok::Name) {
    Name *N = makeName(T.Loc, T.Text, T.Hash);
    next();
    return N;
  }
  Name *N = makeName(T.Loc, "_");
  syntaxError("expecting name");
  advance();
  return N;
}

static bool isEmptyFuncDecl(const Decl *D) {
  auto *F = llvm::dyn_cast<FuncDecl>(D);
  return F && !F->getBody();
}

File *ParserImpl::parseFile() {
  L.setDirectiveHandler([this](SourceLoc Loc, bool Blank, llvm::StringRef S) {
    onDirective(Loc, Blank, S);
  });
  next();

  SourceLoc Pos = T.Loc;
  auto Finish = [&](Name *Pkg) {
    if (!Pkg)
      Pkg = makeName(Pos, "_");
    return Ctx.create<File>(Pos, Id, Pkg, take(Decls, 0), T.Loc);
  };

  if (!got(Tok::Package)) {
    syntaxError("package statement must be first");
    return Finish(nullptr);
  }
  checkPragmaUse(takePragma(), PragmaGoBuild);
  Name *Pkg = name();
  want(Tok::Semi);
  if (anyError())
    return Finish(Pkg);

  while (got(Tok::Import)) {
    appendGroup(DeclKind::Import);
    want(Tok::Semi);
  }

  const TokSet DeclStart = tokBit(Tok::Const) | tokBit(Tok::Type) |
                           tokBit(Tok::Var) | tokBit(Tok::Func);
  while (T.Kind != Tok::Eof) {
    switch (T.Kind) {
    case Tok::Const:
      next();
      appendGroup(DeclKind::Const);
      break;
    case Tok::Type:
      next();
      appendGroup(DeclKind::Type);
      break;
    case Tok::Var:
      next();
      appendGroup(DeclKind::Var);
      break;
    case Tok::Func:
      next();
      if (FuncDecl *D = funcDeclOrNull())
        Decls.push_back(D);
      break;
    default:
      if (T.Kind == Tok::Lbrace && !Decls.empty() &&
          isEmptyFuncDecl(Decls.back()))
        syntaxError("unexpected semicolon or newline before {");
      else
        syntaxError("non-declaration statement outside function body");
      advance(DeclStart);
      continue;
    }
    // Clear pragmas before consuming the `;`: comments after it belong to
    // the next declaration.
    clearPragma();
    if (T.Kind != Tok::Eof && !got(Tok::Semi)) {
      syntaxError("after top level declaration");
      advance(DeclStart);
    }
  }
  clearPragma();
  return Finish(Pkg);
}

void ParserImpl::appendGroup(DeclKind K) {
  if (T.Kind == Tok::Lparen) {
    uint32_t Group = ++NumGroups;
    uint32_t Index = 0;
    clearPragma();
    next(); // after clearPragma, so that directives inside are kept
    list("grouped declaration", Tok::Semi, Tok::Rparen, [&] {
      if (Decl *D = declSpec(K, Group, Index++))
        Decls.push_back(D);
      return false;
    });
    return;
  }
  if (Decl *D = declSpec(K, 0, 0))
    Decls.push_back(D);
}

Decl *ParserImpl::declSpec(DeclKind K, uint32_t Group, uint32_t Index) {
  switch (K) {
  case DeclKind::Import:
    return importDecl(Group);
  case DeclKind::Const:
    return constDecl(Group, Index);
  case DeclKind::Type:
    return typeDecl(Group);
  case DeclKind::Var:
    return varDecl(Group);
  }
  llvm_unreachable("covered switch over declaration kinds");
}

BasicLit *ParserImpl::oliteral() {
  if (T.Kind != Tok::Literal)
    return nullptr;
  auto *B = Ctx.create<BasicLit>(T.Loc, Ctx.copyString(T.Text), T.Lit, T.Bad);
  next();
  return B;
}

Decl *ParserImpl::importDecl(uint32_t Group) {
  SourceLoc Pos = T.Loc;
  uint32_t Prag = takePragma();
  checkPragmaUse(Prag, 0);
  Name *Local = nullptr;
  if (T.Kind == Tok::Name) {
    Local = name();
  } else if (T.Kind == Tok::Dot) {
    Local = makeName(T.Loc, ".");
    next();
  }
  BasicLit *Path = oliteral();
  if (!Path) {
    syntaxError("missing import path");
    advance(tokBit(Tok::Semi) | tokBit(Tok::Rparen));
    Path = Ctx.create<BasicLit>(T.Loc, llvm::StringRef(), LitKind::String,
                                /*Bad=*/true);
    return Ctx.create<ImportDecl>(Pos, Group, Local, Path);
  }
  if (!Path->isBad() && Path->getLitKind() != LitKind::String) {
    syntaxError("import path must be a string");
    Path = Ctx.create<BasicLit>(Path->getLoc(), Path->getValue(),
                                Path->getLitKind(), /*Bad=*/true);
  }
  return Ctx.create<ImportDecl>(Pos, Group, Local, Path);
}

Decl *ParserImpl::constDecl(uint32_t Group, uint32_t Iota) {
  SourceLoc Pos = T.Loc;
  uint32_t Prag = takePragma();
  checkPragmaUse(Prag, 0);
  size_t Mark = Names.size();
  Names.push_back(name());
  while (got(Tok::Comma))
    Names.push_back(name());
  llvm::ArrayRef<Name *> NameList = take(Names, Mark);
  Expr *Ty = nullptr;
  llvm::ArrayRef<Expr *> Values;
  if (T.Kind != Tok::Eof && T.Kind != Tok::Semi && T.Kind != Tok::Rparen) {
    Ty = typeOrNull();
    if (gotAssign())
      Values = exprList();
  }
  return Ctx.create<ConstDecl>(Pos, Group, Iota, NameList, Ty, Values);
}

// gc's extractName: splits x into a type parameter name and its constraint
// when x can be read as `name constraint`.
static bool isTypeElem(const Expr *X) {
  switch (X->getKind()) {
  case NodeKind::ArrayType:
  case NodeKind::StructType:
  case NodeKind::FuncType:
  case NodeKind::InterfaceType:
  case NodeKind::SliceType:
  case NodeKind::MapType:
  case NodeKind::ChanType:
    return true;
  case NodeKind::Operation: {
    auto *Op = llvm::cast<Operation>(X);
    return isTypeElem(Op->getX()) || (Op->getY() && isTypeElem(Op->getY())) ||
           Op->getOp() == Operator::Tilde;
  }
  case NodeKind::ParenExpr:
    return isTypeElem(llvm::cast<ParenExpr>(X)->getX());
  default:
    return false;
  }
}

static std::pair<Name *, Expr *> extractName(ASTContext &Ctx, Expr *X,
                                             bool Force) {
  if (auto *N = llvm::dyn_cast<Name>(X))
    return {N, nullptr};
  if (auto *Op = llvm::dyn_cast<Operation>(X)) {
    if (!Op->getY())
      return {nullptr, X};
    if (Op->getOp() == Operator::Mul) {
      auto *N = llvm::dyn_cast<Name>(Op->getX());
      if (N && (Force || isTypeElem(Op->getY())))
        return {N, Ctx.create<Operation>(Op->getLoc(), Operator::Mul,
                                         Op->getY(), nullptr)};
    } else if (Op->getOp() == Operator::Or) {
      auto [N, Lhs] =
          extractName(Ctx, Op->getX(), Force || isTypeElem(Op->getY()));
      if (N && Lhs)
        return {N, Ctx.create<Operation>(Op->getLoc(), Operator::Or, Lhs,
                                         Op->getY())};
    }
    return {nullptr, X};
  }
  if (auto *C = llvm::dyn_cast<CallExpr>(X)) {
    if (auto *N = llvm::dyn_cast<Name>(C->getFun()))
      if (C->getArgs().size() == 1 && !C->hasDots() &&
          (Force || isTypeElem(C->getArgs()[0])))
        return {N, C->getArgs()[0]};
  }
  return {nullptr, X};
}

Decl *ParserImpl::typeDecl(uint32_t Group) {
  SourceLoc Pos = T.Loc;
  uint32_t Prag = takePragma();
  Name *DeclName = name();
  bool Alias = false, HasTParams = false;
  Expr *Ty = nullptr;
  if (T.Kind == Tok::Lbrack) {
    // An array or slice type, or a type parameter list.
    SourceLoc Lbrack = T.Loc;
    next();
    if (T.Kind == Tok::Name) {
      Expr *X = name();
      if (T.Kind != Tok::Lbrack) {
        ++XNest;
        X = binaryExpr(pexpr(X, false), 0);
        --XNest;
      }
      auto [PName, PType] = extractName(Ctx, X, T.Kind == Tok::Comma);
      if (PName && (PType || T.Kind != Tok::Rbrack)) {
        (void)paramList(PName, PType, Tok::Rbrack, true);
        HasTParams = true;
        Alias = gotAssign();
        Ty = typeOrNull();
      } else {
        Ty = arrayType(Lbrack, X);
      }
    } else if (T.Kind == Tok::Rbrack) {
      next();
      Ty = sliceType(Lbrack);
    } else {
      Ty = arrayType(Lbrack, nullptr);
    }
  } else {
    Alias = gotAssign();
    Ty = typeOrNull();
  }
  if (!Ty) {
    Ty = badExpr();
    syntaxError("in type declaration");
    advance(tokBit(Tok::Semi) | tokBit(Tok::Rparen));
  }
  checkPragmaUse(Prag, Alias ? 0 : uint32_t(TypePragmas));
  auto *D = Ctx.create<TypeDecl>(Pos, Group, DeclName, Alias, Ty, HasTParams);
  D->setPragmas(Prag & PublicPragmas);
  return D;
}

Decl *ParserImpl::varDecl(uint32_t Group) {
  SourceLoc Pos = T.Loc;
  uint32_t Prag = takePragma();
  checkPragmaUse(Prag, 0);
  size_t Mark = Names.size();
  Names.push_back(name());
  while (got(Tok::Comma))
    Names.push_back(name());
  llvm::ArrayRef<Name *> NameList = take(Names, Mark);
  Expr *Ty = nullptr;
  llvm::ArrayRef<Expr *> Values;
  if (gotAssign()) {
    Values = exprList();
  } else {
    Ty = type();
    if (gotAssign())
      Values = exprList();
  }
  return Ctx.create<VarDecl>(Pos, Group, NameList, Ty, Values);
}

FuncDecl *ParserImpl::funcDeclOrNull() {
  SourceLoc Pos = T.Loc;
  uint32_t Prag = takePragma();
  checkPragmaUse(Prag, FuncPragmas);
  Field *Recv = nullptr;
  if (got(Tok::Lparen)) {
    llvm::ArrayRef<Field *> R = paramList(nullptr, nullptr, Tok::Rparen, false);
    switch (R.size()) {
    case 0:
      errorAt(T.Loc, DiagId::MethodNoReceiver);
      break;
    default:
      errorAt(T.Loc, DiagId::MethodMultipleReceivers);
      [[fallthrough]];
    case 1:
      Recv = R[0];
      break;
    }
  }
  if (T.Kind != Tok::Name) {
    syntaxError("expecting name or (");
    advance(tokBit(Tok::Lbrace) | tokBit(Tok::Semi));
    return nullptr;
  }
  Name *FName = name();
  bool HasTParams = false;
  FuncType *Sig = funcType(Recv ? "method" : "", HasTParams);
  BlockStmt *Body = nullptr;
  if (T.Kind == Tok::Lbrace)
    Body = funcBody();
  auto *F = Ctx.create<FuncDecl>(Pos, Recv, FName, Sig, Body, HasTParams);
  F->setPragmas(Prag & PublicPragmas);
  return F;
}

BlockStmt *ParserImpl::funcBody() {
  unsigned Errors = NumErrors + L.getNumErrors();
  ++FNest;
  BlockStmt *Body = blockStmt("");
  --FNest;
  if (CleanBodies && Body && NumErrors + L.getNumErrors() == Errors)
    CleanBodies->push_back(Body);
  return Body;
}

// The parser recurses once per nesting level (a few frames each), up to
// ParserImpl::MaxDepth levels. That must not depend on the main thread's
// stack limit or on how the compiler was built (-O0 and sanitizers use much
// bigger frames), so a file is parsed on a thread with a stack big enough for
// the worst case; only the pages actually touched are ever committed.
static constexpr unsigned ParserStackSize = 512u << 20;

File *goscape::parseFile(ASTContext &Ctx, SourceManager &SM,
                         DiagnosticEngine &Diags, FileId Id,
                         std::vector<BlockStmt *> *CleanBodies) {
  File *Result = nullptr;
  auto Parse = [&] {
    ParserImpl P(Ctx, SM, Diags, Id);
    P.setCleanBodies(CleanBodies);
    Result = P.parseFile();
  };
  // Small files cannot nest deeply enough to matter.
  if (SM.getBuffer(Id).size() < 16 * 1024) {
    Parse();
    return Result;
  }
  llvm::thread Thread(std::optional<unsigned>(ParserStackSize), Parse);
  Thread.join();
  return Result;
}
