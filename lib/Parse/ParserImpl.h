//===- ParserImpl.h - The recursive-descent parser (private) ----*- C++ -*-===//
//
// The parser mirrors gc's (cmd/compile/internal/syntax/parser.go)
// production by production, because gc's error messages and positions are
// a function of exactly which production is active when an unexpected token
// shows up:
//
//  * got/want/gotAssign consume expected tokens; want() reports
//    "unexpected X, expecting Y" and skips one token.
//  * syntaxErrorAt() composes gc's "unexpected X" text from the current
//    token; advance(Follow) skips to a token of Follow (plus, inside a
//    function body, the statement keywords).
//  * list() parses separated lists closed by `)`, `]` or `}`.
//  * XNest tracks whether a `{` may open a composite literal (it may not
//    directly in the header of if/for/switch), FNest whether we are inside
//    a function body.
//
// Lists are collected on per-type scratch stacks and copied into the
// ASTContext arena once complete, so parsing allocates only arena memory.
// Recursion is bounded by MaxDepth; deeper input is rejected with an error
// and the rest of the file is abandoned.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_PARSE_PARSERIMPL_H
#define GOSCAPE_LIB_PARSE_PARSERIMPL_H

#include "goscape/AST/ASTContext.h"
#include "goscape/Basic/Diagnostic.h"
#include "goscape/Parse/Lexer.h"

#include "llvm/ADT/SmallVector.h"

#include <string>
#include <vector>

namespace goscape {

/// gc's syntax.String in ShortForm: the text gc prints for an expression or
/// simple statement inside a message (composite literal elements and
/// function bodies elided as `…`).
std::string exprString(const Expr *E);
std::string stmtString(const Stmt *S);

class ParserImpl {
public:
  ParserImpl(ASTContext &Ctx, SourceManager &SM, DiagnosticEngine &Diags,
             FileId Id);
  File *parseFile();
  void setCleanBodies(std::vector<BlockStmt *> *V) { CleanBodies = V; }

  /// Nesting limit for expressions, types and statements together.
  static constexpr unsigned MaxDepth = 10000;

private:
  //===--- Tokens and errors ----------------------------------------------===//
  void next() { L.next(T); }
  bool got(Tok K) {
    if (T.Kind != K)
      return false;
    next();
    return true;
  }
  void want(Tok K);
  bool gotAssign();
  /// gc's `p.first != nil`: the lexer or parser reported an error
  /// (directive errors come from gc's noder and do not count).
  bool anyError() const { return NumErrors != 0 || L.getNumErrors() != 0; }
  /// Reports an error of gc's noder, which the parser does not see.
  template <typename... Ts>
  void noderErrorAt(SourceLoc Loc, DiagId Id, Ts &&...A) {
    Diags.error(Loc, Id, std::forward<Ts>(A)...);
  }
  void errorAt(SourceLoc Loc, DiagId Id);
  template <typename... Ts> void errorAt(SourceLoc Loc, DiagId Id, Ts &&...A) {
    ++NumErrors;
    Diags.error(Loc, Id, std::forward<Ts>(A)...);
  }
  void syntaxErrorAt(SourceLoc Loc, llvm::StringRef Msg);
  void syntaxError(llvm::StringRef Msg) { syntaxErrorAt(T.Loc, Msg); }
  void advance(TokSet Follow = 0);
  static llvm::StringRef tokString(Tok K);

  /// Bounds recursion; returns false (after reporting once) when too deep.
  bool enter() { return ++Depth <= MaxDepth || tooDeep(); }
  bool tooDeep();
  void leave() { --Depth; }
  struct DepthScope {
    ParserImpl &P;
    bool Ok;
    explicit DepthScope(ParserImpl &P) : P(P), Ok(P.enter()) {}
    ~DepthScope() { P.leave(); }
  };

  //===--- Pragmas --------------------------------------------------------===//
  void onDirective(SourceLoc Loc, bool Blank, llvm::StringRef Text);
  uint32_t takePragma();
  void clearPragma();
  /// Reports pragmas a declaration of this kind cannot carry.
  void checkPragmaUse(uint32_t Flags, uint32_t Allowed);

  //===--- Declarations ---------------------------------------------------===//
  enum class DeclKind { Import, Const, Type, Var };
  size_t list(llvm::StringRef Context, Tok Sep, Tok Close,
              llvm::function_ref<bool()> F, SourceLoc *CloseLoc = nullptr);
  void appendGroup(DeclKind K);
  Decl *declSpec(DeclKind K, uint32_t Group, uint32_t Index);
  Decl *importDecl(uint32_t Group);
  Decl *constDecl(uint32_t Group, uint32_t Iota);
  Decl *typeDecl(uint32_t Group);
  Decl *varDecl(uint32_t Group);
  FuncDecl *funcDeclOrNull();
  BlockStmt *funcBody();

  //===--- Expressions ----------------------------------------------------===//
  Expr *expr() { return binaryExpr(nullptr, 0); }
  Expr *binaryExpr(Expr *X, unsigned Prec);
  Expr *unaryExpr();
  Expr *operand(bool KeepParens);
  Expr *pexpr(Expr *X, bool KeepParens);
  Expr *bareComplitExpr();
  CompositeLit *complitExpr(Expr *Type);
  llvm::ArrayRef<Expr *> argList(bool &HasDots, SourceLoc &Rparen);
  llvm::ArrayRef<Expr *> exprList();
  Expr *typeList(bool &Comma);
  Name *name();
  /// A Name node for S; H is hashName(S) when the caller has it.
  Name *makeName(SourceLoc Loc, llvm::StringRef S, uint32_t H);
  Name *makeName(SourceLoc Loc, llvm::StringRef S) {
    return makeName(Loc, S, hashName(S));
  }
  /// The context's copy of S (H == hashName(S)).
  llvm::StringRef intern(llvm::StringRef S, uint32_t H);
  BadExpr *badExpr() { return Ctx.create<BadExpr>(T.Loc); }
  BasicLit *oliteral();
  Expr *qualifiedName(Name *N);

  //===--- Types ----------------------------------------------------------===//
  Expr *type();
  Expr *typeOrNull();
  Expr *typeInstance(Expr *Ty);
  FuncType *funcType(llvm::StringRef Context, bool &HasTypeParams);
  Expr *arrayType(SourceLoc Lbrack, Expr *Len);
  Expr *sliceType(SourceLoc Lbrack);
  Expr *chanElem();
  StructType *structType();
  InterfaceType *interfaceType();
  llvm::ArrayRef<Field *> funcResult();
  void fieldDecl(size_t FieldBase, size_t TagBase);
  void addField(size_t FieldBase, size_t TagBase, SourceLoc Loc, Name *N,
                Expr *Ty, BasicLit *Tag);
  struct ArrayOrTArgs {
    bool IsIndex = false;
    SourceLoc Lbrack;
    Expr *Index = nullptr; ///< Type arguments when IsIndex.
    Expr *Type = nullptr;  ///< The array or slice type otherwise.
  };
  ArrayOrTArgs arrayOrTArgs();
  Field *methodDecl();
  Field *embeddedElem(Field *F);
  Expr *embeddedTerm();

  /// A parameter under construction (gc mutates Fields; ours are final).
  struct Param {
    SourceLoc Loc;
    Name *N = nullptr;
    Expr *Ty = nullptr;
  };
  bool paramDeclOrNull(Name *N, Tok Follow, Param &Out);
  llvm::ArrayRef<Field *> paramList(Name *N, Expr *Ty, Tok Close,
                                    bool RequireNames);
  Field *makeField(const Param &P) {
    return Ctx.create<Field>(P.Loc, P.N, P.Ty);
  }

  //===--- Statements -----------------------------------------------------===//
  Stmt *simpleStmt(llvm::ArrayRef<Expr *> Lhs, Tok Keyword);
  RangeClause *newRangeClause(llvm::ArrayRef<Expr *> Lhs, bool Define);
  Stmt *labeledStmtOrNull(Name *Label);
  BlockStmt *blockStmt(llvm::StringRef Context);
  DeclStmt *declStmt(DeclKind K);
  Stmt *forStmt();
  void header(Tok Keyword, Stmt *&Init, Expr *&Cond, Stmt *&Post);
  IfStmt *ifStmt();
  SwitchStmt *switchStmt();
  SelectStmt *selectStmt();
  CaseClause *caseClause();
  CommClause *commClause();
  Stmt *stmtOrNull();
  llvm::ArrayRef<Stmt *> stmtList();
  Stmt *callStmt();

  template <typename T>
  llvm::ArrayRef<T> take(std::vector<T> &Stack, size_t Mark) {
    llvm::ArrayRef<T> R =
        Ctx.copyArray(llvm::ArrayRef<T>(Stack).drop_front(Mark));
    Stack.resize(Mark);
    return R;
  }
  llvm::ArrayRef<Expr *> one(Expr *E) {
    return Ctx.copyArray(llvm::ArrayRef<Expr *>(E));
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  DiagnosticEngine &Diags;
  FileId Id;
  Lexer L;
  Token T;

  unsigned NumErrors = 0;
  /// Where funcBody() records the bodies parsed without errors, if set.
  std::vector<BlockStmt *> *CleanBodies = nullptr;
  int FNest = 0;
  int XNest = 0;
  unsigned Depth = 0;
  bool TooDeep = false;
  uint32_t NumGroups = 0;

  struct PragmaPos {
    uint32_t Flag;
    SourceLoc Loc;
  };
  uint32_t PragmaFlags = 0;
  bool HavePragma = false;
  llvm::SmallVector<PragmaPos, 4> PragmaPositions;
  /// The positions of the directives takePragma() last handed out.
  llvm::SmallVector<PragmaPos, 4> TakenPositions;

  static constexpr size_t InternCacheSize = 16384;
  std::vector<llvm::StringRef> InternCache =
      std::vector<llvm::StringRef>(InternCacheSize);

  std::vector<Expr *> Exprs;
  std::vector<Stmt *> Stmts;
  std::vector<Decl *> Decls;
  std::vector<Name *> Names;
  std::vector<Field *> Fields;
  std::vector<BasicLit *> Tags;
  std::vector<Param> Params;
  std::vector<CaseClause *> Cases;
  std::vector<CommClause *> Comms;
};

} // namespace goscape

#endif
