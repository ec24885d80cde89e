//===- AST.h - Go syntax trees ----------------------------------*- C++ -*-===//
//
// The syntax tree mirrors the node set of gc's own parser (Go 1.19,
// cmd/compile/internal/syntax) so that positions, and the error messages
// computed from them, come out exactly as gc's:
//
//  * Every node has one position, getLoc(), which is the position gc gives
//    the node: an operation at its operator, a call at its `(`, a selector
//    at its `.`, a composite literal at its `{`, an assignment at its
//    operator, a function literal at `func`, a name at its first byte.
//    Escape analysis prints these positions.
//  * getStartLoc() is the leftmost position of the node's source text, which
//    is where the type checker (like gc's types2) reports most errors.
//
// Nodes are allocated in an ASTContext's arena and are trivially
// destructible: child lists are llvm::ArrayRefs into the same arena. A
// pointer to a node is a borrowed reference that lives as long as the
// context. Kinds come from ASTNodes.def; use llvm::isa/cast/dyn_cast.
//
// The parser fills in the syntax. The type checker (lib/Sema) annotates in
// place: every Expr gets its type (and constant value), every Name its
// resolved Object. Those annotation classes are declared in Type.h and
// Object.h of this library.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_AST_AST_H
#define GOSCAPE_AST_AST_H

#include "goscape/Basic/SourceManager.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"

#include <cassert>
#include <cstdint>

namespace goscape {

class Type;
class Object;
class Constant;
class Scope;

/// The kind of every syntax node, from ASTNodes.def.
enum class NodeKind : uint8_t {
#define GS_NODE(Name) Name,
#include "goscape/AST/ASTNodes.def"
};

/// The name of a node kind, e.g. "CallExpr".
llvm::StringRef getNodeKindName(NodeKind K);

/// The hash of an identifier's spelling that scopes are keyed by (32-bit
/// FNV-1a: deterministic, and cheap to compute while lexing).
inline constexpr uint32_t NameHashSeed = 2166136261u;
inline uint32_t hashNameStep(uint32_t H, char C) {
  return (H ^ uint8_t(C)) * 16777619u;
}
inline uint32_t hashName(llvm::StringRef S) {
  uint32_t H = NameHashSeed;
  for (char C : S)
    H = hashNameStep(H, C);
  return H;
}

/// Base of all syntax nodes.
class Node {
public:
  NodeKind getKind() const { return Kind; }
  /// gc's position of this node (see the file comment).
  SourceLoc getLoc() const { return Loc; }
  /// The leftmost position of this node's source text (gc's StartPos).
  SourceLoc getStartLoc() const;
  /// A deterministic sequence number, unique within its ASTContext.
  uint32_t getId() const { return Id; }

protected:
  Node(NodeKind Kind, SourceLoc Loc) : Loc(Loc), Kind(Kind) {}

private:
  friend class ASTContext;
  SourceLoc Loc;
  uint32_t Id = 0;
  NodeKind Kind;
};

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// Base of expressions and type expressions. The type checker records the
/// expression's type (for a type expression: the type it denotes) and, for
/// constants, the value.
class Expr : public Node {
public:
  const Type *getType() const { return Ty; }
  void setType(const Type *T) { Ty = T; }
  const Constant *getConstValue() const { return Const; }
  void setConstValue(const Constant *C) { Const = C; }

  static bool classof(const Node *N) {
    return N->getKind() >= NodeKind::BadExpr &&
           N->getKind() <= NodeKind::ChanType;
  }

protected:
  Expr(NodeKind Kind, SourceLoc Loc) : Node(Kind, Loc) {}

  /// A Name's hashName(getValue()); a SelectorExpr's checker slot (see
  /// SelectorExpr::getSemaSlot). Declared here, not in the subclasses,
  /// because here it fills padding that Expr has anyway.
  uint32_t NameHash = 0;

private:
  const Type *Ty = nullptr;
  const Constant *Const = nullptr;
};

#define GS_AST_CLASSOF(K)                                                      \
  static bool classof(const Node *N) { return N->getKind() == NodeKind::K; }

/// An expression the parser could not make sense of (already reported).
class BadExpr : public Expr {
public:
  explicit BadExpr(SourceLoc Loc) : Expr(NodeKind::BadExpr, Loc) {}
  GS_AST_CLASSOF(BadExpr)
};

/// An identifier. The type checker resolves it to the Object it denotes
/// (or declares, at a declaration site).
class Name : public Expr {
public:
  Name(SourceLoc Loc, llvm::StringRef Value)
      : Name(Loc, Value, hashName(Value)) {}
  /// Hash must be hashName(Value) (the lexer computes it on the fly).
  Name(SourceLoc Loc, llvm::StringRef Value, uint32_t Hash)
      : Expr(NodeKind::Name, Loc), Value(Value) {
    assert(Hash == hashName(Value) && "wrong name hash");
    NameHash = Hash;
  }
  llvm::StringRef getValue() const { return Value; }
  /// hashName(getValue()), for scope lookups.
  uint32_t getHash() const { return NameHash; }
  bool isBlank() const { return Value == "_"; }
  Object *getObject() const { return Obj; }
  void setObject(Object *O) { Obj = O; }
  GS_AST_CLASSOF(Name)

private:
  llvm::StringRef Value;
  Object *Obj = nullptr;
};

/// The kinds of basic literal.
enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };

/// A literal as written in the source; Value keeps its exact spelling
/// (quotes, prefixes and `_` separators included).
class BasicLit : public Expr {
public:
  BasicLit(SourceLoc Loc, llvm::StringRef Value, LitKind Kind, bool Bad)
      : Expr(NodeKind::BasicLit, Loc), Value(Value), Kind(Kind), Bad(Bad) {}
  llvm::StringRef getValue() const { return Value; }
  LitKind getLitKind() const { return Kind; }
  /// True when the lexer already reported a malformed literal.
  bool isBad() const { return Bad; }
  GS_AST_CLASSOF(BasicLit)

private:
  llvm::StringRef Value;
  LitKind Kind;
  bool Bad;
};

/// `T{...}`; getLoc() is the `{`. Type is null for an elided inner type.
class CompositeLit : public Expr {
public:
  CompositeLit(SourceLoc Lbrace, Expr *Ty, llvm::ArrayRef<Expr *> Elems,
               unsigned NumKeys, SourceLoc Rbrace)
      : Expr(NodeKind::CompositeLit, Lbrace), TypeExpr(Ty), Elems(Elems),
        NumKeys(NumKeys), Rbrace(Rbrace) {}
  Expr *getTypeExpr() const { return TypeExpr; }
  llvm::ArrayRef<Expr *> getElems() const { return Elems; }
  /// How many elements are KeyValueExprs.
  unsigned getNumKeys() const { return NumKeys; }
  SourceLoc getRbrace() const { return Rbrace; }
  GS_AST_CLASSOF(CompositeLit)

private:
  Expr *TypeExpr;
  llvm::ArrayRef<Expr *> Elems;
  unsigned NumKeys;
  SourceLoc Rbrace;
};

/// `Key: Value` inside a composite literal; getLoc() is the `:`.
class KeyValueExpr : public Expr {
public:
  KeyValueExpr(SourceLoc Colon, Expr *Key, Expr *Value)
      : Expr(NodeKind::KeyValueExpr, Colon), Key(Key), Value(Value) {}
  Expr *getKey() const { return Key; }
  Expr *getValue() const { return Value; }
  GS_AST_CLASSOF(KeyValueExpr)

private:
  Expr *Key, *Value;
};

class FuncType;
class BlockStmt;

/// A function literal; getLoc() is the `func` keyword.
class FuncLit : public Expr {
public:
  FuncLit(SourceLoc Func, FuncType *Sig, BlockStmt *Body)
      : Expr(NodeKind::FuncLit, Func), Sig(Sig), Body(Body) {}
  FuncType *getFuncType() const { return Sig; }
  BlockStmt *getBody() const { return Body; }
  GS_AST_CLASSOF(FuncLit)

private:
  FuncType *Sig;
  BlockStmt *Body;
};

/// `(X)`; getLoc() is the `(`. As in gc, parentheses are kept around
/// expressions but not around types in type context (`*(T)`, `[](int)`,
/// `func() (int)` record just the type).
class ParenExpr : public Expr {
public:
  ParenExpr(SourceLoc Lparen, Expr *X)
      : Expr(NodeKind::ParenExpr, Lparen), X(X) {}
  Expr *getX() const { return X; }
  GS_AST_CLASSOF(ParenExpr)

private:
  Expr *X;
};

/// E without the parentheses around it (gc's IR keeps none); null stays
/// null.
inline const Expr *unparen(const Expr *E) {
  while (auto *P = llvm::dyn_cast_or_null<ParenExpr>(E))
    E = P->getX();
  return E;
}
inline Expr *unparen(Expr *E) {
  while (auto *P = llvm::dyn_cast_or_null<ParenExpr>(E))
    E = P->getX();
  return E;
}

/// `X.Sel`; getLoc() is the `.`.
class SelectorExpr : public Expr {
public:
  SelectorExpr(SourceLoc Dot, Expr *X, Name *Sel)
      : Expr(NodeKind::SelectorExpr, Dot), X(X), Sel(Sel) {}
  Expr *getX() const { return X; }
  Name *getSel() const { return Sel; }
  /// Scratch word for the type checker: CheckedPackage keeps 1 + the index
  /// of this selector's Selection here (0: none), validated on lookup.
  uint32_t getSemaSlot() const { return NameHash; }
  void setSemaSlot(uint32_t Slot) { NameHash = Slot; }
  GS_AST_CLASSOF(SelectorExpr)

private:
  Expr *X;
  Name *Sel;
};

/// `X[Index]`; getLoc() is the `[`. (An Index that is a ListExpr can only
/// come from generic instantiation syntax, which the checker rejects.)
class IndexExpr : public Expr {
public:
  IndexExpr(SourceLoc Lbrack, Expr *X, Expr *Index)
      : Expr(NodeKind::IndexExpr, Lbrack), X(X), Index(Index) {}
  Expr *getX() const { return X; }
  Expr *getIndex() const { return Index; }
  GS_AST_CLASSOF(IndexExpr)

private:
  Expr *X, *Index;
};

/// `X[Lo:Hi]` or `X[Lo:Hi:Max]`; getLoc() is the `[`. Absent indices are
/// null; isFull() for the three-index form.
class SliceExpr : public Expr {
public:
  SliceExpr(SourceLoc Lbrack, Expr *X, Expr *Lo, Expr *Hi, Expr *Max,
            bool Full)
      : Expr(NodeKind::SliceExpr, Lbrack), X(X), Lo(Lo), Hi(Hi), Max(Max),
        Full(Full) {}
  Expr *getX() const { return X; }
  Expr *getLow() const { return Lo; }
  Expr *getHigh() const { return Hi; }
  Expr *getMax() const { return Max; }
  bool isFull() const { return Full; }
  GS_AST_CLASSOF(SliceExpr)

private:
  Expr *X, *Lo, *Hi, *Max;
  bool Full;
};

/// `X.(Type)`; getLoc() is the `.`.
class AssertExpr : public Expr {
public:
  AssertExpr(SourceLoc Dot, Expr *X, Expr *Ty)
      : Expr(NodeKind::AssertExpr, Dot), X(X), TypeExpr(Ty) {}
  Expr *getX() const { return X; }
  Expr *getTypeExpr() const { return TypeExpr; }
  GS_AST_CLASSOF(AssertExpr)

private:
  Expr *X, *TypeExpr;
};

/// `Lhs := X.(type)` or `X.(type)` in a type switch header; getLoc() is the
/// `.` in both forms (as in gc; getStartLoc() is Lhs when present).
class TypeSwitchGuard : public Expr {
public:
  TypeSwitchGuard(SourceLoc Loc, Name *Lhs, Expr *X)
      : Expr(NodeKind::TypeSwitchGuard, Loc), Lhs(Lhs), X(X) {}
  Name *getLhs() const { return Lhs; }
  /// Set by the parser once it sees the `Lhs :=` (gc fills it in late too).
  void setLhs(Name *N) { Lhs = N; }
  Expr *getX() const { return X; }
  GS_AST_CLASSOF(TypeSwitchGuard)

private:
  Name *Lhs;
  Expr *X;
};

/// Operators of Operation and AssignStmt (gc's syntax.Operator).
enum class Operator : uint8_t {
  None,
  Def,   // :
  Not,   // !
  Recv,  // <-
  Tilde, // ~ (only in constraints; rejected)
  OrOr,  // ||
  AndAnd, // &&
  Eql,   // ==
  Neq,   // !=
  Lss,   // <
  Leq,   // <=
  Gtr,   // >
  Geq,   // >=
  Add,   // +
  Sub,   // -
  Or,    // |
  Xor,   // ^
  Mul,   // *
  Div,   // /
  Rem,   // %
  And,   // &
  AndNot, // &^
  Shl,   // <<
  Shr,   // >>
};

/// The spelling of Op, e.g. "&^".
llvm::StringRef getOperatorSpelling(Operator Op);

/// A unary (`Op X`, Y null) or binary (`X Op Y`) operation; getLoc() is the
/// operator. `*X` (dereference or pointer type) is Mul with Y null and `&X`
/// is And with Y null, as in gc.
class Operation : public Expr {
public:
  Operation(SourceLoc OpLoc, Operator Op, Expr *X, Expr *Y)
      : Expr(NodeKind::Operation, OpLoc), X(X), Y(Y), Op(Op) {}
  Operator getOp() const { return Op; }
  Expr *getX() const { return X; }
  Expr *getY() const { return Y; }
  bool isUnary() const { return Y == nullptr; }
  GS_AST_CLASSOF(Operation)

private:
  Expr *X, *Y;
  Operator Op;
};

/// `Fun(Args...)`; getLoc() is the `(`. hasDots() when the last argument is
/// followed by `...`.
class CallExpr : public Expr {
public:
  CallExpr(SourceLoc Lparen, Expr *Fun, llvm::ArrayRef<Expr *> Args,
           bool HasDots, SourceLoc Rparen)
      : Expr(NodeKind::CallExpr, Lparen), Fun(Fun), Args(Args),
        Rparen(Rparen), HasDots(HasDots) {}
  Expr *getFun() const { return Fun; }
  llvm::ArrayRef<Expr *> getArgs() const { return Args; }
  bool hasDots() const { return HasDots; }
  SourceLoc getRparen() const { return Rparen; }
  GS_AST_CLASSOF(CallExpr)

private:
  Expr *Fun;
  llvm::ArrayRef<Expr *> Args;
  SourceLoc Rparen;
  bool HasDots;
};

/// A comma-separated list where gc's parser keeps one (generic type argument
/// lists only; statement lists are stored as arrays). getLoc() is the first
/// element's position.
class ListExpr : public Expr {
public:
  ListExpr(SourceLoc Loc, llvm::ArrayRef<Expr *> Elems)
      : Expr(NodeKind::ListExpr, Loc), Elems(Elems) {}
  llvm::ArrayRef<Expr *> getElems() const { return Elems; }
  GS_AST_CLASSOF(ListExpr)

private:
  llvm::ArrayRef<Expr *> Elems;
};

/// `[Len]Elem`; Len is null for `[...]Elem`. getLoc() is the `[`.
class ArrayType : public Expr {
public:
  ArrayType(SourceLoc Lbrack, Expr *Len, Expr *Elem)
      : Expr(NodeKind::ArrayType, Lbrack), Len(Len), Elem(Elem) {}
  Expr *getLen() const { return Len; }
  Expr *getElem() const { return Elem; }
  GS_AST_CLASSOF(ArrayType)

private:
  Expr *Len, *Elem;
};

/// `[]Elem`; getLoc() is the `[`.
class SliceType : public Expr {
public:
  SliceType(SourceLoc Lbrack, Expr *Elem)
      : Expr(NodeKind::SliceType, Lbrack), Elem(Elem) {}
  Expr *getElem() const { return Elem; }
  GS_AST_CLASSOF(SliceType)

private:
  Expr *Elem;
};

/// `...Elem`, the type of a final variadic parameter; getLoc() is `...`.
class DotsType : public Expr {
public:
  DotsType(SourceLoc Dots, Expr *Elem)
      : Expr(NodeKind::DotsType, Dots), Elem(Elem) {}
  Expr *getElem() const { return Elem; }
  GS_AST_CLASSOF(DotsType)

private:
  Expr *Elem;
};

/// A struct field, function parameter or result, or interface element.
/// Name is null for an embedded field, an unnamed parameter or an embedded
/// interface. Names declared in one list (`a, b int`) share one Type node.
/// getLoc() is the name's position, or the type's when there is no name.
class Field : public Node {
public:
  Field(SourceLoc Loc, Name *FieldName, Expr *Ty)
      : Node(NodeKind::Field, Loc), FieldName(FieldName), TypeExpr(Ty) {}
  Name *getName() const { return FieldName; }
  Expr *getTypeExpr() const { return TypeExpr; }
  GS_AST_CLASSOF(Field)

private:
  Name *FieldName;
  Expr *TypeExpr;
};

/// `struct { ... }`; getLoc() is the `struct` keyword. Tags[i] is null when
/// field i has no tag (Tags is empty when no field has one).
class StructType : public Expr {
public:
  StructType(SourceLoc Loc, llvm::ArrayRef<Field *> Fields,
             llvm::ArrayRef<BasicLit *> Tags)
      : Expr(NodeKind::StructType, Loc), Fields(Fields), Tags(Tags) {}
  llvm::ArrayRef<Field *> getFields() const { return Fields; }
  BasicLit *getTag(unsigned I) const {
    return I < Tags.size() ? Tags[I] : nullptr;
  }
  GS_AST_CLASSOF(StructType)

private:
  llvm::ArrayRef<Field *> Fields;
  llvm::ArrayRef<BasicLit *> Tags;
};

/// `interface { ... }`; getLoc() is the `interface` keyword. A method is a
/// Field with a name and a FuncType; an embedded interface has no name.
class InterfaceType : public Expr {
public:
  InterfaceType(SourceLoc Loc, llvm::ArrayRef<Field *> Methods)
      : Expr(NodeKind::InterfaceType, Loc), Methods(Methods) {}
  llvm::ArrayRef<Field *> getMethods() const { return Methods; }
  GS_AST_CLASSOF(InterfaceType)

private:
  llvm::ArrayRef<Field *> Methods;
};

/// A signature; getLoc() is the token after `func` (the `(` of the
/// parameters, or the `[` of a type parameter list), as in gc. For a method
/// inside an interface it is the `(` after the method name.
class FuncType : public Expr {
public:
  FuncType(SourceLoc Loc, llvm::ArrayRef<Field *> Params,
           llvm::ArrayRef<Field *> Results)
      : Expr(NodeKind::FuncType, Loc), Params(Params), Results(Results) {}
  llvm::ArrayRef<Field *> getParams() const { return Params; }
  llvm::ArrayRef<Field *> getResults() const { return Results; }
  GS_AST_CLASSOF(FuncType)

private:
  llvm::ArrayRef<Field *> Params, Results;
};

/// `map[Key]Value`; getLoc() is the `map` keyword.
class MapType : public Expr {
public:
  MapType(SourceLoc Loc, Expr *Key, Expr *Value)
      : Expr(NodeKind::MapType, Loc), Key(Key), Value(Value) {}
  Expr *getKey() const { return Key; }
  Expr *getValue() const { return Value; }
  GS_AST_CLASSOF(MapType)

private:
  Expr *Key, *Value;
};

/// Channel directions.
enum class ChanDir : uint8_t { Both, SendOnly, RecvOnly };

/// `chan T`, `chan<- T`, `<-chan T`; getLoc() is the first token, except
/// that in expression context gc re-associates `<-` with an already parsed
/// `chan T`, so there `<-chan T` is at its `chan` keyword.
class ChanType : public Expr {
public:
  ChanType(SourceLoc Loc, ChanDir Dir, Expr *Elem)
      : Expr(NodeKind::ChanType, Loc), Elem(Elem), Dir(Dir) {}
  ChanDir getDir() const { return Dir; }
  Expr *getElem() const { return Elem; }
  GS_AST_CLASSOF(ChanType)

private:
  Expr *Elem;
  ChanDir Dir;
};

//===----------------------------------------------------------------------===//
// Declarations
//===----------------------------------------------------------------------===//

/// Compiler directives (`//go:...` comments) attached to a declaration.
enum Pragma : uint32_t {
  PragmaNone = 0,
  PragmaNoescape = 1u << 0,  ///< //go:noescape
  PragmaNoinline = 1u << 1,  ///< //go:noinline
  PragmaNosplit = 1u << 2,   ///< //go:nosplit
  PragmaNoCheckPtr = 1u << 3, ///< //go:nocheckptr
  PragmaUintptrEscapes = 1u << 4, ///< //go:uintptrescapes
  PragmaUintptrKeepAlive = 1u << 5, ///< //go:uintptrkeepalive
  PragmaNoWriteBarrier = 1u << 6, ///< //go:nowritebarrier
  PragmaLinkname = 1u << 7, ///< //go:linkname (not supported beyond parsing)
};

/// Base of declarations. Declarations of one parenthesised group share a
/// group number (0 means not grouped), which const declarations need for
/// implicit repetition and iota.
class Decl : public Node {
public:
  uint32_t getGroup() const { return Group; }
  uint32_t getPragmas() const { return Pragmas; }
  void setPragmas(uint32_t P) { Pragmas = P; }

  static bool classof(const Node *N) {
    return N->getKind() >= NodeKind::ImportDecl &&
           N->getKind() <= NodeKind::FuncDecl;
  }

protected:
  Decl(NodeKind Kind, SourceLoc Loc, uint32_t Group)
      : Node(Kind, Loc), Group(Group) {}

private:
  uint32_t Group;
  uint32_t Pragmas = PragmaNone;
};

/// `import LocalName "path"`; getLoc() is the first token of the spec.
class ImportDecl : public Decl {
public:
  ImportDecl(SourceLoc Loc, uint32_t Group, Name *LocalName, BasicLit *Path)
      : Decl(NodeKind::ImportDecl, Loc, Group), LocalName(LocalName),
        Path(Path) {}
  /// Null when there is no rename; `.` and `_` are Names too.
  Name *getLocalName() const { return LocalName; }
  BasicLit *getPath() const { return Path; }
  GS_AST_CLASSOF(ImportDecl)

private:
  Name *LocalName;
  BasicLit *Path;
};

/// One const spec: `a, b T = x, y`. Type and Values may be empty; a spec
/// without values repeats the previous spec of its group (Go's rule, which
/// the checker applies). getIota() is the spec's index within its group.
/// getLoc() is the first name.
class ConstDecl : public Decl {
public:
  ConstDecl(SourceLoc Loc, uint32_t Group, uint32_t Iota,
            llvm::ArrayRef<Name *> Names, Expr *Ty,
            llvm::ArrayRef<Expr *> Values)
      : Decl(NodeKind::ConstDecl, Loc, Group), Names(Names), TypeExpr(Ty),
        Values(Values), Iota(Iota) {}
  llvm::ArrayRef<Name *> getNames() const { return Names; }
  Expr *getTypeExpr() const { return TypeExpr; }
  llvm::ArrayRef<Expr *> getValues() const { return Values; }
  uint32_t getIota() const { return Iota; }
  GS_AST_CLASSOF(ConstDecl)

private:
  llvm::ArrayRef<Name *> Names;
  Expr *TypeExpr;
  llvm::ArrayRef<Expr *> Values;
  uint32_t Iota;
};

/// `type Name Type` or, with isAlias(), `type Name = Type`. getLoc() is the
/// name. hasTypeParams() records generic syntax, which the checker rejects.
class TypeDecl : public Decl {
public:
  TypeDecl(SourceLoc Loc, uint32_t Group, Name *DeclName, bool Alias,
           Expr *Ty, bool HasTypeParams)
      : Decl(NodeKind::TypeDecl, Loc, Group), DeclName(DeclName),
        TypeExpr(Ty), Alias(Alias), HasTypeParams(HasTypeParams) {}
  Name *getName() const { return DeclName; }
  Expr *getTypeExpr() const { return TypeExpr; }
  bool isAlias() const { return Alias; }
  bool hasTypeParams() const { return HasTypeParams; }
  GS_AST_CLASSOF(TypeDecl)

private:
  Name *DeclName;
  Expr *TypeExpr;
  bool Alias;
  bool HasTypeParams;
};

/// One var spec: `a, b T = x, y`; getLoc() is the first name.
class VarDecl : public Decl {
public:
  VarDecl(SourceLoc Loc, uint32_t Group, llvm::ArrayRef<Name *> Names,
          Expr *Ty, llvm::ArrayRef<Expr *> Values)
      : Decl(NodeKind::VarDecl, Loc, Group), Names(Names), TypeExpr(Ty),
        Values(Values) {}
  llvm::ArrayRef<Name *> getNames() const { return Names; }
  Expr *getTypeExpr() const { return TypeExpr; }
  llvm::ArrayRef<Expr *> getValues() const { return Values; }
  GS_AST_CLASSOF(VarDecl)

private:
  llvm::ArrayRef<Name *> Names;
  Expr *TypeExpr;
  llvm::ArrayRef<Expr *> Values;
};

/// A function or method declaration; getLoc() is the token after `func`
/// (the receiver's `(` or the name), as gc's. Recv is null for a plain
/// function; Body is null for a declaration without a body (implemented
/// outside Go).
class FuncDecl : public Decl {
public:
  FuncDecl(SourceLoc Loc, Field *Recv, Name *DeclName, FuncType *Sig,
           BlockStmt *Body, bool HasTypeParams)
      : Decl(NodeKind::FuncDecl, Loc, /*Group=*/0), Recv(Recv),
        DeclName(DeclName), Sig(Sig), Body(Body),
        HasTypeParams(HasTypeParams) {}
  Field *getRecv() const { return Recv; }
  Name *getName() const { return DeclName; }
  FuncType *getFuncType() const { return Sig; }
  BlockStmt *getBody() const { return Body; }
  bool hasTypeParams() const { return HasTypeParams; }
  GS_AST_CLASSOF(FuncDecl)

private:
  Field *Recv;
  Name *DeclName;
  FuncType *Sig;
  BlockStmt *Body;
  bool HasTypeParams;
};

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

/// Base of statements.
class Stmt : public Node {
public:
  static bool classof(const Node *N) {
    return N->getKind() >= NodeKind::EmptyStmt &&
           N->getKind() <= NodeKind::RangeClause;
  }

protected:
  Stmt(NodeKind Kind, SourceLoc Loc) : Node(Kind, Loc) {}
};

/// An empty statement (a lone `;`, or nothing before `}`).
class EmptyStmt : public Stmt {
public:
  explicit EmptyStmt(SourceLoc Loc) : Stmt(NodeKind::EmptyStmt, Loc) {}
  GS_AST_CLASSOF(EmptyStmt)
};

/// `Label: Body`; getLoc() is the `:` (gc's position; the label's own
/// position is getLabel()->getLoc()). Body may be an EmptyStmt.
class LabeledStmt : public Stmt {
public:
  LabeledStmt(SourceLoc Loc, Name *Label, Stmt *Body)
      : Stmt(NodeKind::LabeledStmt, Loc), Label(Label), Body(Body) {}
  Name *getLabel() const { return Label; }
  Stmt *getBody() const { return Body; }
  GS_AST_CLASSOF(LabeledStmt)

private:
  Name *Label;
  Stmt *Body;
};

/// `{ List }`; getLoc() is the `{`.
class BlockStmt : public Stmt {
public:
  BlockStmt(SourceLoc Lbrace, llvm::ArrayRef<Stmt *> List, SourceLoc Rbrace)
      : Stmt(NodeKind::BlockStmt, Lbrace), List(List), Rbrace(Rbrace) {}
  llvm::ArrayRef<Stmt *> getList() const { return List; }
  SourceLoc getRbrace() const { return Rbrace; }
  GS_AST_CLASSOF(BlockStmt)

private:
  llvm::ArrayRef<Stmt *> List;
  SourceLoc Rbrace;
};

/// An expression used as a statement; getLoc() is the expression's.
class ExprStmt : public Stmt {
public:
  ExprStmt(SourceLoc Loc, Expr *X) : Stmt(NodeKind::ExprStmt, Loc), X(X) {}
  Expr *getX() const { return X; }
  GS_AST_CLASSOF(ExprStmt)

private:
  Expr *X;
};

/// `Chan <- Value`; getLoc() is the `<-`.
class SendStmt : public Stmt {
public:
  SendStmt(SourceLoc Arrow, Expr *Chan, Expr *Value)
      : Stmt(NodeKind::SendStmt, Arrow), Chan(Chan), Value(Value) {}
  Expr *getChan() const { return Chan; }
  Expr *getValue() const { return Value; }
  GS_AST_CLASSOF(SendStmt)

private:
  Expr *Chan, *Value;
};

/// A const, var or type declaration inside a function body; getLoc() is
/// the keyword.
class DeclStmt : public Stmt {
public:
  DeclStmt(SourceLoc Loc, llvm::ArrayRef<Decl *> Decls)
      : Stmt(NodeKind::DeclStmt, Loc), Decls(Decls) {}
  llvm::ArrayRef<Decl *> getDecls() const { return Decls; }
  GS_AST_CLASSOF(DeclStmt)

private:
  llvm::ArrayRef<Decl *> Decls;
};

/// `Lhs = Rhs`, `Lhs := Rhs` (Op is Def), `Lhs op= Rhs` (Op is the binary
/// operator), or `Lhs++` / `Lhs--` (Op is Add/Sub, isIncDec(), Rhs empty).
/// getLoc() is the assignment operator (or the `++`/`--`).
class AssignStmt : public Stmt {
public:
  AssignStmt(SourceLoc OpLoc, Operator Op, llvm::ArrayRef<Expr *> Lhs,
             llvm::ArrayRef<Expr *> Rhs, bool IncDec)
      : Stmt(NodeKind::AssignStmt, OpLoc), Lhs(Lhs), Rhs(Rhs), Op(Op),
        IncDec(IncDec) {}
  /// None for `=`, Def for `:=`, else the operator of `op=` / `++` / `--`.
  Operator getOp() const { return Op; }
  bool isDefine() const { return Op == Operator::Def; }
  bool isIncDec() const { return IncDec; }
  llvm::ArrayRef<Expr *> getLhs() const { return Lhs; }
  llvm::ArrayRef<Expr *> getRhs() const { return Rhs; }
  GS_AST_CLASSOF(AssignStmt)

private:
  llvm::ArrayRef<Expr *> Lhs, Rhs;
  Operator Op;
  bool IncDec;
};

/// Which branch statement a BranchStmt is.
enum class BranchKind : uint8_t { Break, Continue, Goto, Fallthrough };

/// break/continue/goto/fallthrough with an optional label; getLoc() is the
/// keyword. The checker records the statement it transfers control to.
class BranchStmt : public Stmt {
public:
  BranchStmt(SourceLoc Loc, BranchKind Kind, Name *Label)
      : Stmt(NodeKind::BranchStmt, Loc), Label(Label), Kind(Kind) {}
  BranchKind getBranchKind() const { return Kind; }
  Name *getLabel() const { return Label; }
  Stmt *getTarget() const { return Target; }
  void setTarget(Stmt *S) { Target = S; }
  GS_AST_CLASSOF(BranchStmt)

private:
  Name *Label;
  Stmt *Target = nullptr;
  BranchKind Kind;
};

/// `go Call` or `defer Call`; getLoc() is the keyword.
class CallStmt : public Stmt {
public:
  CallStmt(SourceLoc Loc, bool IsDefer, CallExpr *Call)
      : Stmt(NodeKind::CallStmt, Loc), Call(Call), IsDefer(IsDefer) {}
  bool isDefer() const { return IsDefer; }
  bool isGo() const { return !IsDefer; }
  CallExpr *getCall() const { return Call; }
  GS_AST_CLASSOF(CallStmt)

private:
  CallExpr *Call;
  bool IsDefer;
};

/// `return Results`; getLoc() is the keyword.
class ReturnStmt : public Stmt {
public:
  ReturnStmt(SourceLoc Loc, llvm::ArrayRef<Expr *> Results)
      : Stmt(NodeKind::ReturnStmt, Loc), Results(Results) {}
  llvm::ArrayRef<Expr *> getResults() const { return Results; }
  GS_AST_CLASSOF(ReturnStmt)

private:
  llvm::ArrayRef<Expr *> Results;
};

/// `if Init; Cond Then else Else`; Else is null, an IfStmt or a BlockStmt.
/// getLoc() is the `if`.
class IfStmt : public Stmt {
public:
  IfStmt(SourceLoc Loc, Stmt *Init, Expr *Cond, BlockStmt *Then, Stmt *Else)
      : Stmt(NodeKind::IfStmt, Loc), Init(Init), Cond(Cond), Then(Then),
        Else(Else) {}
  Stmt *getInit() const { return Init; }
  Expr *getCond() const { return Cond; }
  BlockStmt *getThen() const { return Then; }
  Stmt *getElse() const { return Else; }
  GS_AST_CLASSOF(IfStmt)

private:
  Stmt *Init;
  Expr *Cond;
  BlockStmt *Then;
  Stmt *Else;
};

/// `for Init; Cond; Post Body`, or a range loop when Init is a RangeClause
/// (then Cond and Post are null). getLoc() is the `for`.
class ForStmt : public Stmt {
public:
  ForStmt(SourceLoc Loc, Stmt *Init, Expr *Cond, Stmt *Post, BlockStmt *Body)
      : Stmt(NodeKind::ForStmt, Loc), Init(Init), Cond(Cond), Post(Post),
        Body(Body) {}
  Stmt *getInit() const { return Init; }
  Expr *getCond() const { return Cond; }
  Stmt *getPost() const { return Post; }
  BlockStmt *getBody() const { return Body; }
  GS_AST_CLASSOF(ForStmt)

private:
  Stmt *Init;
  Expr *Cond;
  Stmt *Post;
  BlockStmt *Body;
};

/// `case X, Y:` or `default:` of a switch; getLoc() is the keyword.
class CaseClause : public Node {
public:
  CaseClause(SourceLoc Loc, llvm::ArrayRef<Expr *> Cases, bool IsDefault,
             llvm::ArrayRef<Stmt *> Body, SourceLoc Colon)
      : Node(NodeKind::CaseClause, Loc), Cases(Cases), Body(Body),
        Colon(Colon), IsDefault(IsDefault) {}
  bool isDefault() const { return IsDefault; }
  llvm::ArrayRef<Expr *> getCases() const { return Cases; }
  llvm::ArrayRef<Stmt *> getBody() const { return Body; }
  SourceLoc getColon() const { return Colon; }
  /// In a type switch with a bound name, the variable this clause declares.
  Object *getImplicitObject() const { return Implicit; }
  void setImplicitObject(Object *O) { Implicit = O; }
  GS_AST_CLASSOF(CaseClause)

private:
  llvm::ArrayRef<Expr *> Cases;
  llvm::ArrayRef<Stmt *> Body;
  SourceLoc Colon;
  Object *Implicit = nullptr;
  bool IsDefault;
};

/// `switch Init; Tag { ... }`; a type switch when Tag is a TypeSwitchGuard.
/// getLoc() is the `switch`.
class SwitchStmt : public Stmt {
public:
  SwitchStmt(SourceLoc Loc, Stmt *Init, Expr *Tag,
             llvm::ArrayRef<CaseClause *> Body, SourceLoc Rbrace)
      : Stmt(NodeKind::SwitchStmt, Loc), Init(Init), Tag(Tag), Body(Body),
        Rbrace(Rbrace) {}
  Stmt *getInit() const { return Init; }
  Expr *getTag() const { return Tag; }
  bool isTypeSwitch() const {
    return Tag && Tag->getKind() == NodeKind::TypeSwitchGuard;
  }
  llvm::ArrayRef<CaseClause *> getBody() const { return Body; }
  SourceLoc getRbrace() const { return Rbrace; }
  GS_AST_CLASSOF(SwitchStmt)

private:
  Stmt *Init;
  Expr *Tag;
  llvm::ArrayRef<CaseClause *> Body;
  SourceLoc Rbrace;
};

/// `case Comm:` or `default:` of a select; Comm is a SendStmt, an ExprStmt
/// of a receive, or an AssignStmt of a receive; null for default.
class CommClause : public Node {
public:
  CommClause(SourceLoc Loc, Stmt *Comm, llvm::ArrayRef<Stmt *> Body,
             SourceLoc Colon)
      : Node(NodeKind::CommClause, Loc), Comm(Comm), Body(Body),
        Colon(Colon) {}
  Stmt *getComm() const { return Comm; }
  bool isDefault() const { return Comm == nullptr; }
  llvm::ArrayRef<Stmt *> getBody() const { return Body; }
  SourceLoc getColon() const { return Colon; }
  GS_AST_CLASSOF(CommClause)

private:
  Stmt *Comm;
  llvm::ArrayRef<Stmt *> Body;
  SourceLoc Colon;
};

/// `select { ... }`; getLoc() is the `select`.
class SelectStmt : public Stmt {
public:
  SelectStmt(SourceLoc Loc, llvm::ArrayRef<CommClause *> Body,
             SourceLoc Rbrace)
      : Stmt(NodeKind::SelectStmt, Loc), Body(Body), Rbrace(Rbrace) {}
  llvm::ArrayRef<CommClause *> getBody() const { return Body; }
  SourceLoc getRbrace() const { return Rbrace; }
  GS_AST_CLASSOF(SelectStmt)

private:
  llvm::ArrayRef<CommClause *> Body;
  SourceLoc Rbrace;
};

/// The header of a range loop: `Lhs = range X`, `Lhs := range X` (isDefine)
/// or `range X` (Lhs empty). getLoc() is gc's: the `range` keyword in every
/// form.
class RangeClause : public Stmt {
public:
  RangeClause(SourceLoc Loc, llvm::ArrayRef<Expr *> Lhs, bool Define,
              Expr *X)
      : Stmt(NodeKind::RangeClause, Loc), Lhs(Lhs), X(X), Define(Define) {}
  llvm::ArrayRef<Expr *> getLhs() const { return Lhs; }
  bool isDefine() const { return Define; }
  Expr *getX() const { return X; }
  GS_AST_CLASSOF(RangeClause)

private:
  llvm::ArrayRef<Expr *> Lhs;
  Expr *X;
  bool Define;
};

//===----------------------------------------------------------------------===//
// Files
//===----------------------------------------------------------------------===//

/// One source file: `package PkgName` and its top-level declarations in
/// source order (an import, const or var group contributes one Decl per
/// spec). getLoc() is the `package` keyword.
class File : public Node {
public:
  File(SourceLoc Loc, FileId Id, Name *PkgName, llvm::ArrayRef<Decl *> Decls,
       SourceLoc Eof)
      : Node(NodeKind::File, Loc), PkgName(PkgName), Decls(Decls), Eof(Eof),
        FID(Id) {}
  FileId getFileId() const { return FID; }
  Name *getPkgName() const { return PkgName; }
  llvm::ArrayRef<Decl *> getDecls() const { return Decls; }
  SourceLoc getEof() const { return Eof; }
  GS_AST_CLASSOF(File)

private:
  Name *PkgName;
  llvm::ArrayRef<Decl *> Decls;
  SourceLoc Eof;
  FileId FID; // not `Id`, which would hide Node's id from ASTContext
};

#undef GS_AST_CLASSOF

} // namespace goscape

#endif
