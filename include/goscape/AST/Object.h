//===- Object.h - Named language entities, scopes, packages -----*- C++ -*-===//
//
// Objects are what names denote, as in gc's types2: variables (including
// parameters, results and struct fields), constants, type names, functions
// and methods, imported package names, builtins, labels and nil. Every
// Name node in the AST is resolved to one Object by the type checker.
// Scopes map names to objects and nest (universe, package, file, function,
// block). A Package holds the package scope; the modelled standard
// packages (fmt, strings, ...) are Packages too, built from one table.
//
// Objects, scopes and packages are owned by the checker's arena (see
// TypeContext::getAllocator()) and live as long as the TypeContext.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_AST_OBJECT_H
#define GOSCAPE_AST_OBJECT_H

#include "goscape/AST/AST.h"
#include "goscape/AST/Type.h"
#include "goscape/Basic/SourceManager.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"

#include <vector>

namespace goscape {

class Constant;
class Scope;
class Node;
class FuncDecl;

/// The kinds of Object.
enum class ObjectKind : uint8_t {
  Var,
  Const,
  TypeName,
  Func,
  PkgName,
  Builtin,
  Label,
  Nil,
};

/// Base of all objects.
class Object {
public:
  ObjectKind getKind() const { return Kind; }
  llvm::StringRef getName() const { return Name; }
  /// Where the object is declared (invalid for predeclared objects).
  SourceLoc getLoc() const { return Loc; }
  /// The package the object belongs to (null for universe objects).
  Package *getPackage() const { return Pkg; }
  /// The object's type (null while unresolved; a Signature for a Func).
  const Type *getType() const { return Ty; }
  void setType(const Type *T) { Ty = T; }
  /// The scope the object is declared in (null for fields and methods).
  Scope *getParent() const { return Parent; }
  void setParent(Scope *S) { Parent = S; }
  bool isExported() const;

protected:
  Object(ObjectKind Kind, SourceLoc Loc, Package *Pkg, llvm::StringRef Name,
         const Type *Ty)
      : Name(Name), Loc(Loc), Pkg(Pkg), Ty(Ty), Kind(Kind) {}

private:
  llvm::StringRef Name;
  SourceLoc Loc;
  Package *Pkg;
  const Type *Ty;
  Scope *Parent = nullptr;
  ObjectKind Kind;
};

#define GS_OBJECT_CLASSOF(K)                                                   \
  static bool classof(const Object *O) { return O->getKind() == ObjectKind::K; }

/// What a Var is: a local or package variable, a parameter or result, a
/// receiver, or a struct field.
enum class VarRole : uint8_t { Local, Package, Param, Result, Recv, Field };

/// A variable, parameter, result, receiver or struct field.
class Var : public Object {
public:
  Var(SourceLoc Loc, Package *Pkg, llvm::StringRef Name, const Type *Ty,
      VarRole Role, bool Embedded = false)
      : Object(ObjectKind::Var, Loc, Pkg, Name, Ty), Role(Role),
        Embedded(Embedded) {}
  VarRole getRole() const { return Role; }
  bool isField() const { return Role == VarRole::Field; }
  /// An embedded struct field (`struct{ T }`).
  bool isEmbedded() const { return Embedded; }
  /// Set when the variable is used (for "declared but not used").
  bool isUsed() const { return Used; }
  void setUsed() { Used = true; }
  /// Restores the unused state (an assignment `x = v` is not a use).
  void setUnused() { Used = false; }
  /// The declaration the variable comes from (a Name, Field or clause).
  const Node *getDeclNode() const { return DeclNode; }
  void setDeclNode(const Node *N) { DeclNode = N; }
  GS_OBJECT_CLASSOF(Var)

private:
  const Node *DeclNode = nullptr;
  VarRole Role;
  bool Embedded;
  bool Used = false;
};

/// A declared constant with its value.
class Const : public Object {
public:
  Const(SourceLoc Loc, Package *Pkg, llvm::StringRef Name, const Type *Ty,
        const Constant *Value)
      : Object(ObjectKind::Const, Loc, Pkg, Name, Ty), Value(Value) {}
  const Constant *getValue() const { return Value; }
  void setValue(const Constant *V) { Value = V; }
  GS_OBJECT_CLASSOF(Const)

private:
  const Constant *Value;
};

/// A type name: a defined type (its type is a Named) or an alias (its type
/// is the aliased type).
class TypeName : public Object {
public:
  TypeName(SourceLoc Loc, Package *Pkg, llvm::StringRef Name, const Type *Ty)
      : Object(ObjectKind::TypeName, Loc, Pkg, Name, Ty) {}
  bool isAlias() const;
  GS_OBJECT_CLASSOF(TypeName)
};

/// A function or method (also an interface method). Its type is a
/// Signature; Decl is null for interface methods and modelled library
/// functions.
class Func : public Object {
public:
  Func(SourceLoc Loc, Package *Pkg, llvm::StringRef Name, const Type *Sig,
       const FuncDecl *Decl)
      : Object(ObjectKind::Func, Loc, Pkg, Name, Sig), Decl(Decl) {}
  const Signature *getSignature() const {
    return llvm::cast_or_null<Signature>(getType());
  }
  const FuncDecl *getDecl() const { return Decl; }
  bool isMethod() const {
    const Signature *S = getSignature();
    return S && S->getRecv();
  }
  /// Whether the method has a pointer receiver (types2's hasPtrRecv): the
  /// checked signature says so; before the signature is checked, the
  /// receiver's syntax as recorded by setPtrRecvHint.
  bool hasPtrRecv() const {
    if (const Signature *S = getSignature(); S && S->getRecv() &&
                                             S->getRecv()->getType())
      return llvm::isa<Pointer>(S->getRecv()->getType());
    return PtrRecvHint;
  }
  void setPtrRecvHint(bool Ptr) { PtrRecvHint = Ptr; }
  /// The full name gc prints: `f`, `T.M`, `(*T).M`, `fmt.Println`.
  std::string getFullName() const;
  GS_OBJECT_CLASSOF(Func)

private:
  const FuncDecl *Decl;
  bool PtrRecvHint = false;
};

/// An imported package's name in a file scope.
class PkgName : public Object {
public:
  PkgName(SourceLoc Loc, Package *Pkg, llvm::StringRef Name,
          Package *Imported)
      : Object(ObjectKind::PkgName, Loc, Pkg, Name, nullptr),
        Imported(Imported) {}
  Package *getImported() const { return Imported; }
  bool isUsed() const { return Used; }
  void setUsed() { Used = true; }
  GS_OBJECT_CLASSOF(PkgName)

private:
  Package *Imported;
  bool Used = false;
};

/// The predeclared functions, and the unsafe package's.
enum class BuiltinId : uint8_t {
  Append,
  Cap,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
  // unsafe
  Add,
  Alignof,
  Offsetof,
  Sizeof,
  Slice,
};

/// A builtin function (`len`, `append`, `unsafe.Sizeof`, ...).
class Builtin : public Object {
public:
  Builtin(llvm::StringRef Name, BuiltinId Id, Package *Pkg = nullptr)
      : Object(ObjectKind::Builtin, SourceLoc(), Pkg, Name, nullptr), Id(Id) {}
  BuiltinId getId() const { return Id; }
  GS_OBJECT_CLASSOF(Builtin)

private:
  BuiltinId Id;
};

/// A statement label.
class Label : public Object {
public:
  Label(SourceLoc Loc, Package *Pkg, llvm::StringRef Name)
      : Object(ObjectKind::Label, Loc, Pkg, Name, nullptr) {}
  bool isUsed() const { return Used; }
  void setUsed() { Used = true; }
  GS_OBJECT_CLASSOF(Label)

private:
  bool Used = false;
};

/// The predeclared `nil`.
class Nil : public Object {
public:
  explicit Nil(const Type *UntypedNil)
      : Object(ObjectKind::Nil, SourceLoc(), nullptr, "nil", UntypedNil) {}
  GS_OBJECT_CLASSOF(Nil)
};

#undef GS_OBJECT_CLASSOF

/// A lexical scope: names declared in it, in declaration order.
///
/// Every entry keeps its name's hash (hashName), so a lookup that walks a
/// chain of scopes hashes the name once and compares strings only on a
/// hash match. Small scopes (most blocks) are searched linearly; a scope
/// that grows past LinearLimit entries also gets an open-addressed index.
class Scope {
public:
  Scope(Scope *Parent, llvm::StringRef Comment)
      : Parent(Parent), Comment(Comment) {}
  Scope *getParent() const { return Parent; }
  /// "universe", "package p", "file", "function", "block", ...
  llvm::StringRef getComment() const { return Comment; }

  /// The object named Name in this scope only, or null.
  Object *lookup(llvm::StringRef Name) const {
    return lookup(Name, hashName(Name));
  }
  /// As lookup(Name), with Hash == hashName(Name) (AST.h) computed by the
  /// caller, e.g. Name::getHash().
  Object *lookup(llvm::StringRef Name, uint32_t Hash) const {
    if (!Index.empty())
      return lookupIndexed(Name, Hash);
    for (const Entry &E : Entries)
      if (E.Hash == Hash && E.Obj->getName() == Name)
        return E.Obj;
    return nullptr;
  }
  /// Declares O; returns the previous object of that name if there is one
  /// (and then does not insert).
  Object *insert(Object *O);
  /// Objects in declaration order.
  auto objects() const {
    return llvm::map_range(Entries, [](const Entry &E) { return E.Obj; });
  }

private:
  struct Entry {
    Object *Obj;
    uint32_t Hash;
  };
  static constexpr unsigned LinearLimit = 8;
  Object *lookupIndexed(llvm::StringRef Name, uint32_t Hash) const;
  void addToIndex(unsigned EntryNo);

  // What a lookup reads comes first, to share a cache line.
  Scope *Parent;
  /// Empty, or a power-of-two table of entry numbers plus one (0: free
  /// slot), at most half full, probed linearly from Hash.
  std::vector<uint32_t> Index;
  llvm::SmallVector<Entry, 4> Entries;
  llvm::StringRef Comment;
};

/// A package: the one being compiled, or a modelled standard package.
class Package {
public:
  Package(llvm::StringRef Path, llvm::StringRef Name, Scope *PkgScope)
      : Path(Path), Name(Name), PkgScope(PkgScope) {}
  llvm::StringRef getPath() const { return Path; }
  llvm::StringRef getName() const { return Name; }
  Scope *getScope() const { return PkgScope; }
  /// True for packages the compiled code imports (the modelled standard
  /// packages and `unsafe`): their types print qualified (`strings.Builder`)
  /// and their functions' full names carry the package (`fmt.Println`).
  bool isImported() const { return Imported; }
  void setImported() { Imported = true; }

private:
  llvm::StringRef Path, Name;
  Scope *PkgScope;
  bool Imported = false;
};

} // namespace goscape

#endif
