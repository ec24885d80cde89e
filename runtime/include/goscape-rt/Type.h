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

/// A Go type descriptor (the subset the runtime uses).
struct Type {
  uintptr_t Size;
  uintptr_t PtrData; ///< bytes of prefix that may hold pointers; 0: none
  uint8_t Align;
  Kind TheKind;
  uint8_t Flags; ///< TypeFlags
  HashFn Hash;   ///< null: unhashable
  EqualFn Equal; ///< null: incomparable
  const char *Name;
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
