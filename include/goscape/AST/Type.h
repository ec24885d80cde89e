//===- Type.h - Go types ----------------------------------------*- C++ -*-===//
//
// The Go types of the subset, modelled on gc's types2 (Go 1.19) and named
// like its classes: Basic, Pointer, Array, Slice, Map, Chan, Struct, Tuple,
// Signature, Interface and Named (the syntax of a type is an AST node such
// as ArrayType; the type it denotes is one of these). The type checker creates
// them through a TypeContext, which owns them in an arena. Two types are the
// same Go type when identical() says so (as in types2). The composite types
// that carry no names (Pointer, Slice, Map, Chan, Array) are interned, so equal
// ones share storage; Struct, Tuple, Signature and Interface are not, because
// printing needs the parameter and field names a type was written with. Named
// types and the predeclared Basic types are unique objects.
//
// Later layers (SSA, escape analysis, code generation) read types through
// this header only; sizes and alignments follow gc on amd64 (Sizes).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_AST_TYPE_H
#define GOSCAPE_AST_TYPE_H

#include "goscape/Basic/Arena.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Casting.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

namespace goscape {

class Var;
class Func;
class TypeName;
class Package;
class Scope;
class Object;

/// The kinds of Type.
enum class TypeKind : uint8_t {
  Basic,
  Pointer,
  Array,
  Slice,
  Map,
  Chan,
  Struct,
  Tuple,
  Signature,
  Interface,
  Named,
};

/// Base of all types.
class Type {
public:
  TypeKind getKind() const { return Kind; }

  /// The underlying type (itself for every type but Named).
  inline const Type *getUnderlying() const;

  /// Prints the type as types2 does in error messages (`[]int`,
  /// `map[string]int`, `func(x int) (string, error)`, `struct{a int}`,
  /// `interface{M()}`, `*T`, `untyped int`, qualified as `p.T` only for
  /// types of other packages).
  ///
  /// Qualification: the types of packages marked Package::isImported()
  /// (the modelled standard packages and `unsafe`) print as `pkg.T`, all
  /// others unqualified.
  void print(llvm::raw_ostream &OS) const;
  std::string toString() const;
  /// As print(), but qualifies every package other than Local (universe
  /// types are never qualified).
  void print(llvm::raw_ostream &OS, const Package *Local) const;

protected:
  explicit Type(TypeKind Kind) : Kind(Kind) {}

private:
  /// getUnderlying() of a Named.
  const Type *getNamedUnderlying() const;
  TypeKind Kind;
};

/// Predeclared basic kinds, in types2's order. Byte and rune are not kinds
/// of their own: they are the Basic types Uint8 and Int32 under other names.
enum class BasicKind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedString,
  UntypedNil,
};

/// Properties of a basic kind (types2's BasicInfo).
enum BasicInfo : uint8_t {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsString = 1 << 4,
  IsUntyped = 1 << 5,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat,
  IsConstType = IsBoolean | IsNumeric | IsString,
};

/// A predeclared type (or an untyped constant's type). Two Basic types are
/// identical when their kinds are; `byte` and `uint8` are distinct objects
/// of kind Uint8 that print differently.
class Basic : public Type {
public:
  Basic(BasicKind K, unsigned Info, llvm::StringRef Name)
      : Type(TypeKind::Basic), BKind(K), Info(Info), Name(Name) {}
  BasicKind getBasicKind() const { return BKind; }
  unsigned getInfo() const { return Info; }
  llvm::StringRef getName() const { return Name; }
  bool isUntyped() const { return Info & IsUntyped; }
  static bool classof(const Type *T) { return T->getKind() == TypeKind::Basic; }

private:
  BasicKind BKind;
  unsigned Info;
  llvm::StringRef Name;
};

/// `*Elem`.
class Pointer : public Type {
public:
  explicit Pointer(const Type *Elem)
      : Type(TypeKind::Pointer), Elem(Elem) {}
  const Type *getElem() const { return Elem; }
  static bool classof(const Type *T) {
    return T->getKind() == TypeKind::Pointer;
  }

private:
  const Type *Elem;
};

/// `[Len]Elem`; Len is -1 while unknown (an invalid length expression).
class Array : public Type {
public:
  Array(const Type *Elem, int64_t Len)
      : Type(TypeKind::Array), Elem(Elem), Len(Len) {}
  const Type *getElem() const { return Elem; }
  int64_t getLen() const { return Len; }
  static bool classof(const Type *T) { return T->getKind() == TypeKind::Array; }

private:
  const Type *Elem;
  int64_t Len;
};

/// `[]Elem`.
class Slice : public Type {
public:
  explicit Slice(const Type *Elem) : Type(TypeKind::Slice), Elem(Elem) {}
  const Type *getElem() const { return Elem; }
  static bool classof(const Type *T) { return T->getKind() == TypeKind::Slice; }

private:
  const Type *Elem;
};

/// `map[Key]Elem`.
class Map : public Type {
public:
  Map(const Type *Key, const Type *Elem)
      : Type(TypeKind::Map), Key(Key), Elem(Elem) {}
  const Type *getKey() const { return Key; }
  const Type *getElem() const { return Elem; }
  static bool classof(const Type *T) { return T->getKind() == TypeKind::Map; }

private:
  const Type *Key, *Elem;
};

/// Channel direction of a Chan (mirrors the AST's ChanDir).
enum class ChanDirection : uint8_t { SendRecv, SendOnly, RecvOnly };

/// `chan Elem`, `chan<- Elem`, `<-chan Elem`.
class Chan : public Type {
public:
  Chan(ChanDirection Dir, const Type *Elem)
      : Type(TypeKind::Chan), Elem(Elem), Dir(Dir) {}
  ChanDirection getDir() const { return Dir; }
  const Type *getElem() const { return Elem; }
  static bool classof(const Type *T) { return T->getKind() == TypeKind::Chan; }

private:
  const Type *Elem;
  ChanDirection Dir;
};

/// `struct { ... }`: fields are Var objects (isField(), possibly
/// isEmbedded()); Tags[i] is the tag of field i ("" when absent).
class Struct : public Type {
public:
  Struct(llvm::ArrayRef<Var *> Fields, llvm::ArrayRef<llvm::StringRef> Tags)
      : Type(TypeKind::Struct), Fields(Fields), Tags(Tags) {}
  llvm::ArrayRef<Var *> getFields() const { return Fields; }
  llvm::StringRef getTag(unsigned I) const {
    return I < Tags.size() ? Tags[I] : llvm::StringRef();
  }
  static bool classof(const Type *T) {
    return T->getKind() == TypeKind::Struct;
  }

private:
  llvm::ArrayRef<Var *> Fields;
  llvm::ArrayRef<llvm::StringRef> Tags;
};

/// An ordered list of variables: parameters, results, or the values of a
/// multi-value expression (a call returning several results).
class Tuple : public Type {
public:
  explicit Tuple(llvm::ArrayRef<Var *> Vars)
      : Type(TypeKind::Tuple), Vars(Vars) {}
  llvm::ArrayRef<Var *> getVars() const { return Vars; }
  size_t size() const { return Vars.size(); }
  static bool classof(const Type *T) { return T->getKind() == TypeKind::Tuple; }

private:
  llvm::ArrayRef<Var *> Vars;
};

/// A function or method type. Recv is non-null for a method's signature;
/// isVariadic() when the last parameter is `...T` (its type is then []T).
class Signature : public Type {
public:
  Signature(Var *Recv, const Tuple *Params, const Tuple *Results,
                bool Variadic)
      : Type(TypeKind::Signature), Recv(Recv), Params(Params),
        Results(Results), Variadic(Variadic) {}
  Var *getRecv() const { return Recv; }
  const Tuple *getParams() const { return Params; }
  const Tuple *getResults() const { return Results; }
  bool isVariadic() const { return Variadic; }
  static bool classof(const Type *T) {
    return T->getKind() == TypeKind::Signature;
  }

private:
  Var *Recv;
  const Tuple *Params, *Results;
  bool Variadic;
};

/// `interface { ... }`: explicitly declared methods and embedded
/// interfaces; the complete method set (own plus embedded, sorted by name
/// as types2 sorts it) is computed by the checker with setAllMethods().
class Interface : public Type {
public:
  Interface(llvm::ArrayRef<Func *> Methods,
                 llvm::ArrayRef<const Type *> Embeddeds)
      : Type(TypeKind::Interface), Methods(Methods), Embeddeds(Embeddeds) {}
  llvm::ArrayRef<Func *> getExplicitMethods() const { return Methods; }
  llvm::ArrayRef<const Type *> getEmbeddeds() const { return Embeddeds; }
  /// Every method, sorted by name; valid once isComplete().
  llvm::ArrayRef<Func *> getAllMethods() const { return AllMethods; }
  bool isComplete() const { return Complete; }
  void setAllMethods(llvm::ArrayRef<Func *> All) const {
    AllMethods = All;
    Complete = true;
  }
  bool isEmpty() const { return Complete && AllMethods.empty(); }
  /// True only for TypeContext::getAny(), the type of the universe's `any`.
  bool isAny() const { return UniverseAny; }
  static bool classof(const Type *T) {
    return T->getKind() == TypeKind::Interface;
  }

private:
  friend class TypeContext;
  bool UniverseAny = false;
  llvm::ArrayRef<Func *> Methods;
  llvm::ArrayRef<const Type *> Embeddeds;
  mutable llvm::ArrayRef<Func *> AllMethods;
  mutable bool Complete = false;
};

/// A defined type `type T U`: its TypeName object, its underlying type (set
/// once resolved, which may be after creation for recursive types) and its
/// declared methods in source order.
class Named : public Type {
public:
  explicit Named(TypeName *Obj) : Type(TypeKind::Named), Obj(Obj) {}
  TypeName *getObject() const { return Obj; }
  const Type *getUnderlyingType() const { return Underlying; }
  void setUnderlying(const Type *U) const { Underlying = U; }
  llvm::ArrayRef<Func *> getMethods() const { return Methods; }
  void addMethod(Func *M, goscape::Arena &A) const;
  static bool classof(const Type *T) { return T->getKind() == TypeKind::Named; }

private:
  TypeName *Obj;
  mutable const Type *Underlying = nullptr;
  mutable llvm::ArrayRef<Func *> Methods;
  mutable unsigned MethodCapacity = 0;
};

inline const Type *Type::getUnderlying() const {
  // The common case inline; Named chains in Type.cpp.
  if (Kind != TypeKind::Named)
    return this;
  return getNamedUnderlying();
}

/// Go's type identity (spec "Type identity"; types2's Identical).
bool identical(const Type *A, const Type *B);
/// Identity ignoring struct tags (for conversions).
bool identicalIgnoreTags(const Type *A, const Type *B);

/// Predicates on a type's underlying type, as types2 defines them.
bool isBoolean(const Type *T);
bool isInteger(const Type *T);
bool isUnsigned(const Type *T);
bool isFloat(const Type *T);
bool isNumeric(const Type *T);
bool isString(const Type *T);
bool isUntyped(const Type *T);
bool isOrdered(const Type *T);
bool isConstType(const Type *T);
bool isInterface(const Type *T);
/// True when values of T can be compared with == (spec "Comparison").
bool isComparable(const Type *T);
/// True when T has a nil value (pointer, slice, map, chan, func, interface,
/// unsafe.Pointer).
bool hasNil(const Type *T);

/// Writes S as Go's strconv.Quote does (`"a\n\x00"`), as types2 prints
/// struct tags and go/constant prints string values.
void writeGoQuoted(llvm::raw_ostream &OS, llvm::StringRef S);

/// Go's sizes and alignments on amd64 (gc's): int and pointers are 8
/// bytes, strings 16, slices 24, interfaces 16, structs padded like gc.
struct Sizes {
  static int64_t sizeOf(const Type *T);
  static int64_t alignOf(const Type *T);
  /// Byte offset of each field of struct S.
  static void offsetsOf(const Struct *S,
                        llvm::SmallVectorImpl<int64_t> &Offsets);
};

/// Owns every type of a compilation and provides the predeclared ones.
///
/// Ownership of the other semantic entities: Objects and Packages are
/// trivially destructible and live in the same arena (createObject,
/// createPackage); Scopes hold vectors, so createScope allocates them in
/// the arena too and remembers them so that ~TypeContext() destroys them.
/// Everything lives exactly as long as the TypeContext.
class TypeContext {
public:
  TypeContext();
  ~TypeContext();
  TypeContext(const TypeContext &) = delete;
  TypeContext &operator=(const TypeContext &) = delete;

  /// The Basic type of kind K under its own name (Uint8 is "uint8").
  const Basic *getBasic(BasicKind K) const { return Basics[unsigned(K)]; }
  const Basic *getByte() const { return Byte; }
  const Basic *getRune() const { return Rune; }
  const Basic *getInvalid() const { return getBasic(BasicKind::Invalid); }
  /// The type an untyped constant of type T takes when nothing else decides
  /// (spec "Constants": bool, int, rune, float64, string); T itself for every
  /// other type, untyped nil included.
  const Type *getDefaultType(const Type *T) const;

  /// Pointer, Array, Slice, Map and Chan are interned: equal arguments
  /// give the same object (identity is still identical()).
  const Pointer *getPointer(const Type *Elem);
  const Array *getArray(const Type *Elem, int64_t Len);
  const Slice *getSlice(const Type *Elem);
  const Map *getMap(const Type *Key, const Type *Elem);
  const Chan *getChan(ChanDirection Dir, const Type *Elem);
  const Struct *getStruct(llvm::ArrayRef<Var *> Fields,
                               llvm::ArrayRef<llvm::StringRef> Tags);
  const Tuple *getTuple(llvm::ArrayRef<Var *> Vars);
  const Tuple *getEmptyTuple() const { return EmptyTuple; }
  const Signature *getSignature(Var *Recv, const Tuple *Params,
                                    const Tuple *Results, bool Variadic);
  const Interface *getInterface(llvm::ArrayRef<Func *> Methods,
                                     llvm::ArrayRef<const Type *> Embeddeds);
  /// The empty interface `interface{}` (also `any`), already complete.
  const Interface *getEmptyInterface() const { return EmptyInterface; }
  const Named *createNamed(TypeName *Obj);

  /// The type of the universe's `any`: an empty interface that, like
  /// types2's universeAny, prints as `any` (a source `interface{}` is
  /// getEmptyInterface() or a fresh getInterface() and prints as
  /// `interface{}`). Identical to every empty interface.
  const Interface *getAny() const { return Any; }

  goscape::Arena &getAllocator() { return Arena; }

  /// Allocates an Object (Var, Const, TypeName, Func, ...) or any other
  /// trivially destructible entity in the arena.
  template <typename T, typename... Args> T *createObject(Args &&...As) {
    static_assert(std::is_trivially_destructible_v<T>,
                  "arena objects are never destroyed");
    return make<T>(std::forward<Args>(As)...);
  }
  /// Allocates a Scope; it is destroyed with the context.
  Scope *createScope(Scope *Parent, llvm::StringRef Comment);
  /// Creates a package with a fresh package scope whose parent is Parent
  /// (normally the universe). Path and Name are copied.
  Package *createPackage(llvm::StringRef Path, llvm::StringRef Name,
                         Scope *Parent);
  /// A stable copy of S in the arena.
  llvm::StringRef copyString(llvm::StringRef S);
  /// A stable copy of a list in the arena.
  template <typename T> llvm::ArrayRef<T> copyArray(llvm::ArrayRef<T> List) {
    static_assert(std::is_trivially_destructible_v<T>,
                  "arena lists are never destroyed");
    if (List.empty())
      return {};
    T *Mem = Arena.Allocate<T>(List.size());
    std::uninitialized_copy(List.begin(), List.end(), Mem);
    return llvm::ArrayRef<T>(Mem, List.size());
  }

  /// Per-compilation state owned by the Sema layer (Universe.cpp,
  /// StdLib.cpp), created lazily there; stored here because it holds
  /// objects of this context. Null until first use.
  struct SemaState;
  SemaState *getSemaState() const { return Sema; }
  /// Installs S and the function that destroys it with the context.
  void setSemaState(SemaState *S, void (*Destroy)(SemaState *)) {
    Sema = S;
    DestroySema = Destroy;
  }

private:
  template <typename T, typename... Args> T *make(Args &&...As) {
    return new (Arena.Allocate<T>()) T(std::forward<Args>(As)...);
  }

  goscape::Arena Arena; // Huge-page slabs (Basic/Arena.h).
  const Basic *Basics[unsigned(BasicKind::UntypedNil) + 1];
  const Basic *Byte, *Rune;
  const Tuple *EmptyTuple;
  const Interface *EmptyInterface;
  const Interface *Any;
  std::vector<Scope *> Scopes;
  // Interned nameless composites, by their operands.
  llvm::DenseMap<const Type *, const Pointer *> Pointers;
  llvm::DenseMap<const Type *, const Slice *> Slices;
  llvm::DenseMap<std::pair<const Type *, int64_t>, const Array *> Arrays;
  llvm::DenseMap<std::pair<const Type *, const Type *>, const Map *> Maps;
  llvm::DenseMap<std::pair<const Type *, unsigned>, const Chan *> Chans;
  SemaState *Sema = nullptr;
  void (*DestroySema)(SemaState *) = nullptr;
};

} // namespace goscape

#endif
