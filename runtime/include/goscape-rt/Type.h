//===- Type.h - Minimal Go type descriptors and value layouts ---*- C++ -*-===//
//
// The part of a Go type descriptor the runtime needs today, and the memory
// layout of the Go values it handles.
//
// A Type describes one Go type: its size and alignment, whether it holds
// pointers (PtrData, as in gc: the length of the prefix that may contain
// pointers, 0 for pointer-free types), its kind, and its algorithms. The
// compiler emits one descriptor per type and compares descriptors by
// address, so two Types are the same Go type exactly when they are the
// same object. The runtime exports descriptors for the predeclared types
// (gs_type_int64, ...).
//
// Algorithms:
//   Hash   hashes a value with a seed. Equal values hash equally for every
//          seed. Null when the type cannot be hashed (slices, maps, funcs
//          and structs/arrays containing them); hashing such a value as an
//          interface key panics with "hash of unhashable type T".
//   Equal  Go's ==. Null for incomparable types.
//   Name   the type as gc spells it in messages ("[]int", "main.T").
//
// Flags describe properties the compiler derives by walking the type:
//   DirectIface     the value is pointer-shaped and an interface stores it
//                   in its data word itself (pointers, chans, maps, funcs
//                   and one-field structs/arrays of them);
//   NonReflexive    x == x may be false (floats, complexes, interfaces and
//                   aggregates containing them): NaN;
//   NeedKeyUpdate   overwriting a map entry with an equal key must store
//                   the new key (+0 vs -0, strings, interfaces, ...);
//   HashMightPanic  hashing may panic (interfaces, aggregates holding one).
//
// Value layouts (amd64, matching gc):
//   string            {Ptr, Len}
//   interface{}       {Type, Data}: Data is the value itself when the type
//                     is DirectIface, else a pointer to a copy of it
//   []T               {Ptr, Len, Cap}
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_TYPE_H
#define GOSCAPE_RT_TYPE_H

#include "goscape-rt/Runtime.h"

#include <cstddef>
#include <cstdint>

namespace gs {

/// Hashes the value at P with the given seed.
using HashFn = uintptr_t (*)(const void *P, uintptr_t Seed);
/// Go's == on the values at A and B.
using EqualFn = bool (*)(const void *A, const void *B);

/// reflect.Kind numbering.
enum class Kind : uint8_t {
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
  Complex64,
  Complex128,
  Array,
  Chan,
  Func,
  Interface,
  Map,
  Pointer,
  Slice,
  String,
  Struct,
  UnsafePointer,
};

/// Properties of a type the runtime cannot recompute without walking it.
enum TypeFlags : uint8_t {
  TypeDirectIface = 1 << 0,
  TypeNonReflexive = 1 << 1,
  TypeNeedKeyUpdate = 1 << 2,
  TypeHashMightPanic = 1 << 3,
};

struct Type;

/// One field of a struct type, in declaration order.
struct StructField {
  const char *Name; ///< the field name; for an embedded field, the type's
  const Type *Tp;
  uintptr_t Offset;
  uint8_t Embedded; ///< 1 for an embedded field
};

/// One method of a method set, sorted by name within the set. Fn is the
/// compiled function as an interface call sees it: it takes the closure
/// context (unused, may be null), then the interface's data word (the
/// pointer itself for a DirectIface type, else a pointer to the value),
/// then the Go arguments, and returns the Go results (see CallingConv
/// below).
struct Method {
  const char *Name; ///< as written, e.g. "String"
  const Type *Sig;  ///< the method's func type, without receiver
  void *Fn;
};

/// One method of an interface type, sorted by name.
struct IMethod {
  const char *Name;
  const Type *Sig; ///< func type without receiver
};

/// A Go type descriptor. The compiler emits one constant descriptor per
/// type used at run time (descriptors are compared by address, so there is
/// exactly one per type in a program); the runtime provides those of the
/// predeclared types (gs_type_int64, ...).
///
/// Kind-specific fields (zero when they do not apply):
///   Elem    Pointer, Slice, Array, Chan: the element type; Map: the value
///   Key     Map: the key type
///   Len     Array: the length; Struct: number of fields; Interface:
///           number of methods; Func: number of parameters
///   Fields  Struct: Len fields
///   IMethods Interface: Len methods
///   MapInfo Map: the descriptor the map runtime works with
///   Params/Results/NumResults/Variadic  Func
///   Methods/NumMethods  the method set of this type (for a named T the
///           value-receiver methods; the descriptor of *T lists all)
///   PkgPath "main" for types declared in package main (used by %v/%T to
///           print "main.T"); null for unnamed and predeclared types
struct MapType;
struct Type {
  uintptr_t Size;
  uintptr_t PtrData; ///< bytes of prefix that may hold pointers; 0: none
  uint8_t Align;
  Kind TheKind;
  uint8_t Flags; ///< TypeFlags
  uint8_t Named; ///< 1 for a defined (named) type
  HashFn Hash;   ///< null: unhashable
  EqualFn Equal; ///< null: incomparable
  const char *Name; ///< as gc prints it: "int", "[]int", "main.T", "*main.T"
  const Type *Elem;
  const Type *Key;
  uintptr_t Len;
  const StructField *Fields;
  const IMethod *IMethods;
  const MapType *MapInfo;
  const Type *const *Params;
  const Type *const *Results;
  uint32_t NumResults;
  uint8_t Variadic;
  const Method *Methods;
  uint32_t NumMethods;
  const char *PkgPath;
};

/// An interface table: the methods of concrete type Tp that implement
/// interface type Inter, in Inter's (sorted) method order. A non-empty
/// interface value is {const Itab *, Data}. The compiler emits itabs for
/// conversions it can see; the runtime builds the others (type
/// assertions to interface types) by name and signature, and caches them.
struct Itab {
  const Type *Inter;
  const Type *Tp;
  void *Fun[1]; ///< really Inter->Len entries
};

/// A Go non-empty interface.
struct Iface {
  const Itab *Tab;
  void *Data;
};

/// A func value points to a closure object whose first word is the code
/// pointer; captured variables follow. Calling convention (shared by the
/// compiler and the runtime when it calls Go code, e.g. deferred calls,
/// sort.Slice's less, String methods from fmt): the code takes the closure
/// pointer as a hidden first parameter, then the Go parameters as LLVM
/// first-class values (strings {ptr,i64}, slices {ptr,i64,i64},
/// interfaces {ptr,ptr}, structs as LLVM structs), and returns void, the
/// single result, or an LLVM struct of the results. Top-level functions
/// used as values get a static closure {code}.
struct Closure {
  void *Fn;
};

/// A Go string header.
struct String {
  const uint8_t *Ptr;
  intptr_t Len;
};

/// A Go empty interface (interface{}).
struct Eface {
  const Type *Tp;
  void *Data;
};

/// A Go slice header.
struct Slice {
  void *Ptr;
  intptr_t Len;
  intptr_t Cap;
};

} // namespace gs

#endif // GOSCAPE_RT_TYPE_H
