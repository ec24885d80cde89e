//===- Alg.h - Hash and equality algorithms, fastrand -----------*- C++ -*-===//
//
// The algorithms behind Type::Hash and Type::Equal for the predeclared
// types, the descriptors of those types, and the runtime's random source.
//
// Hashing uses XXH3 (libxxhash) keyed by a seed; map code passes the map's
// hash0 so each map hashes differently. Go's key semantics:
//   floats    +0 and -0 hash alike and compare equal; every NaN hashes to
//             a fresh random value and never equals anything, itself
//             included, so each NaN key inserted adds an entry;
//   complex   componentwise, as floats;
//   strings   by content;
//   interface by dynamic type and value: different dynamic types never
//             compare equal; a dynamic type without Hash panics with
//             "runtime error: hash of unhashable type T" when hashed, and
//             one without Equal panics with "runtime error: comparing
//             uncomparable type T" when compared to a value of the same
//             type.
// Aggregates get compiler-generated algorithms built from these.
//
// gs_fastrand is a wyrand generator. It is not thread-safe: the runtime runs
// Go code on one thread. gs_fastrand_seed makes a run reproducible (tests
// replaying a failing seed); the initial seed comes from the OS.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_ALG_H
#define GOSCAPE_RT_ALG_H

#include "goscape-rt/Type.h"

namespace gs {

/// Returns 32 random bits (Go's fastrand).
GS_RUNTIME uint32_t gs_fastrand();
/// Returns 64 random bits (Go's fastrand64).
GS_RUNTIME uint64_t gs_fastrand64();
/// Restarts the random sequence from Seed; for reproducible tests.
GS_RUNTIME void gs_fastrand_seed(uint64_t Seed);

/// Hashes Size bytes at P; for compiler-generated aggregate hashers.
GS_RUNTIME uintptr_t gs_memhash(const void *P, uintptr_t Seed, uintptr_t Size);
/// Hashes the 1-byte value at P.
GS_RUNTIME uintptr_t gs_memhash8(const void *P, uintptr_t Seed);
/// Hashes the 2-byte value at P.
GS_RUNTIME uintptr_t gs_memhash16(const void *P, uintptr_t Seed);
/// Hashes the 4-byte value at P. The hasher of every map type used with
/// the _fast32 entry points.
GS_RUNTIME uintptr_t gs_memhash32(const void *P, uintptr_t Seed);
/// Hashes the 8-byte value at P. The hasher of every map type used with
/// the _fast64 entry points.
GS_RUNTIME uintptr_t gs_memhash64(const void *P, uintptr_t Seed);
/// Hashes the string whose header is at P, by content. The hasher of every
/// map type used with the _faststr entry points.
GS_RUNTIME uintptr_t gs_strhash(const void *P, uintptr_t Seed);
/// Hashes a float32: +0/-0 alike, NaN to a random value.
GS_RUNTIME uintptr_t gs_f32hash(const void *P, uintptr_t Seed);
/// Hashes a float64: +0/-0 alike, NaN to a random value.
GS_RUNTIME uintptr_t gs_f64hash(const void *P, uintptr_t Seed);
/// Hashes a complex64 componentwise as float32s.
GS_RUNTIME uintptr_t gs_c64hash(const void *P, uintptr_t Seed);
/// Hashes a complex128 componentwise as float64s.
GS_RUNTIME uintptr_t gs_c128hash(const void *P, uintptr_t Seed);
/// Hashes an interface{} by dynamic type and value; a nil interface hashes
/// to Seed. Panics "hash of unhashable type T" (a runtime error) when the
/// dynamic type T has no Hash.
GS_RUNTIME uintptr_t gs_nilinterhash(const void *P, uintptr_t Seed);

/// Hashes a non-empty interface (Iface) by dynamic type and value, as
/// gs_nilinterhash does for interface{}; the Hash of every non-empty
/// interface type (error included).
GS_RUNTIME uintptr_t gs_interhash(const void *P, uintptr_t Seed);

/// Compares Size bytes; for compiler-generated aggregate equality.
GS_RUNTIME bool gs_memequal(const void *A, const void *B, uintptr_t Size);
/// Compares 1-byte values.
GS_RUNTIME bool gs_memequal8(const void *A, const void *B);
/// Compares 2-byte values.
GS_RUNTIME bool gs_memequal16(const void *A, const void *B);
/// Compares 4-byte values.
GS_RUNTIME bool gs_memequal32(const void *A, const void *B);
/// Compares 8-byte values.
GS_RUNTIME bool gs_memequal64(const void *A, const void *B);
/// Compares strings by content.
GS_RUNTIME bool gs_strequal(const void *A, const void *B);
/// Compares float32s with IEEE ==.
GS_RUNTIME bool gs_f32equal(const void *A, const void *B);
/// Compares float64s with IEEE ==.
GS_RUNTIME bool gs_f64equal(const void *A, const void *B);
/// Compares complex64s componentwise with IEEE ==.
GS_RUNTIME bool gs_c64equal(const void *A, const void *B);
/// Compares complex128s componentwise with IEEE ==.
GS_RUNTIME bool gs_c128equal(const void *A, const void *B);
/// Go's == on interface{} values: same dynamic type and equal values.
/// Panics "comparing uncomparable type T" (a runtime error) when both hold
/// the same type T and T has no Equal.
GS_RUNTIME bool gs_nilinterequal(const void *A, const void *B);

/// Go's == on non-empty interface values (Iface): same dynamic type and
/// equal values; the Equal of every non-empty interface type. Panics as
/// gs_nilinterequal.
GS_RUNTIME bool gs_interequal(const void *A, const void *B);

/// Descriptors of the predeclared types (and interface{}).
GS_RUNTIME const Type gs_type_bool;
GS_RUNTIME const Type gs_type_int;
GS_RUNTIME const Type gs_type_int8;
GS_RUNTIME const Type gs_type_int16;
GS_RUNTIME const Type gs_type_int32;
GS_RUNTIME const Type gs_type_int64;
GS_RUNTIME const Type gs_type_uint;
GS_RUNTIME const Type gs_type_uint8;
GS_RUNTIME const Type gs_type_uint16;
GS_RUNTIME const Type gs_type_uint32;
GS_RUNTIME const Type gs_type_uint64;
GS_RUNTIME const Type gs_type_uintptr;
GS_RUNTIME const Type gs_type_float32;
GS_RUNTIME const Type gs_type_float64;
GS_RUNTIME const Type gs_type_complex64;
GS_RUNTIME const Type gs_type_complex128;
GS_RUNTIME const Type gs_type_string;
GS_RUNTIME const Type gs_type_unsafe_pointer;
GS_RUNTIME const Type gs_type_empty_interface;

} // namespace gs

#endif // GOSCAPE_RT_ALG_H
