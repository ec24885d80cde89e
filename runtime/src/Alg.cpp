//===- Alg.cpp - Hash and equality algorithms, fastrand -------------------===//
//
// Every hash is XXH3 of the value's bytes keyed by the seed, except where Go
// semantics need more: floats map +0/-0 to one hash and NaN to a random
// one; interfaces mix the dynamic type's hash of the value with the seed.
// Equality is Go's ==. See Alg.h for the contracts.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Alg.h"

#include "Internal.h"
#include "goscape-rt/Panic.h"

#include <sys/random.h>

#include <cstdlib>
#include <cstring>
#include <string>

using namespace gs;

//===----------------------------------------------------------------------===//
// fastrand
//===----------------------------------------------------------------------===//

static uint64_t RandState = 0x2d358dccaa6c78a5ull;

void rt::initRandom() {
  uint64_t Seed;
  if (getrandom(&Seed, sizeof(Seed), 0) == ssize_t(sizeof(Seed)))
    RandState = Seed;
}

[[gnu::constructor(101)]] static void initAtStartup() { gs_runtime_init(); }

uint64_t gs::gs_fastrand64() {
  // wyrand: one 64x64->128 multiply per number.
  RandState += 0xa0761d6478bd642full;
  __uint128_t M = __uint128_t(RandState) * (RandState ^ 0xe7037ed1a0b428dbull);
  return uint64_t(M >> 64) ^ uint64_t(M);
}

uint32_t gs::gs_fastrand() { return uint32_t(gs_fastrand64()); }

void gs::gs_fastrand_seed(uint64_t Seed) { RandState = Seed; }

//===----------------------------------------------------------------------===//
// Hashes
//===----------------------------------------------------------------------===//

// Odd constants for mixing seeds (the hash of zero floats, interfaces).
static constexpr uintptr_t C0 = 0x9e3779b97f4a7c15ull;
static constexpr uintptr_t C1 = 0xbf58476d1ce4e5b9ull;

uintptr_t gs::gs_memhash(const void *P, uintptr_t Seed, uintptr_t Size) {
  return rt::hashBytes(P, Size, Seed);
}

uintptr_t gs::gs_memhash8(const void *P, uintptr_t Seed) {
  return rt::hashBytes(P, 1, Seed);
}

uintptr_t gs::gs_memhash16(const void *P, uintptr_t Seed) {
  return rt::hashBytes(P, 2, Seed);
}

uintptr_t gs::gs_memhash32(const void *P, uintptr_t Seed) {
  uint32_t V;
  std::memcpy(&V, P, sizeof(V));
  return rt::hashU32(V, Seed);
}

uintptr_t gs::gs_memhash64(const void *P, uintptr_t Seed) {
  uint64_t V;
  std::memcpy(&V, P, sizeof(V));
  return rt::hashU64(V, Seed);
}

uintptr_t gs::gs_strhash(const void *P, uintptr_t Seed) {
  const String *S = static_cast<const String *>(P);
  return rt::hashBytes(S->Ptr, size_t(S->Len), Seed);
}

uintptr_t gs::gs_f32hash(const void *P, uintptr_t Seed) {
  float F;
  std::memcpy(&F, P, sizeof(F));
  if (F == 0)
    return C1 * (C0 ^ Seed); // +0 and -0
  if (F != F)
    return C1 * (C0 ^ Seed ^ gs_fastrand()); // every NaN differs
  return rt::hashBytes(P, 4, Seed);
}

uintptr_t gs::gs_f64hash(const void *P, uintptr_t Seed) {
  double F;
  std::memcpy(&F, P, sizeof(F));
  if (F == 0)
    return C1 * (C0 ^ Seed);
  if (F != F)
    return C1 * (C0 ^ Seed ^ gs_fastrand());
  return rt::hashBytes(P, 8, Seed);
}

uintptr_t gs::gs_c64hash(const void *P, uintptr_t Seed) {
  const float *X = static_cast<const float *>(P);
  return gs_f32hash(X + 1, gs_f32hash(X, Seed));
}

uintptr_t gs::gs_c128hash(const void *P, uintptr_t Seed) {
  const double *X = static_cast<const double *>(P);
  return gs_f64hash(X + 1, gs_f64hash(X, Seed));
}

/// Panics with "runtime error: <What> <type name>" (a runtime.errorString).
[[noreturn]] static void panicType(const char *What, const Type *T) {
  String *Msg =
      rt::gcText(std::string("runtime error: ") + What + " " + T->Name);
  rt::panicWith(&gs_type_runtime_errorString, Msg);
}

uintptr_t gs::gs_nilinterhash(const void *P, uintptr_t Seed) {
  const Eface *E = static_cast<const Eface *>(P);
  const Type *T = E->Tp;
  if (!T)
    return Seed;
  // Check the dynamic type itself so the message names it, not a part.
  if (!T->Hash || !T->Equal)
    panicType("hash of unhashable type", T);
  const void *Value = (T->Flags & TypeDirectIface) ? &E->Data : E->Data;
  return C1 * T->Hash(Value, Seed ^ C0);
}

//===----------------------------------------------------------------------===//
// Equality
//===----------------------------------------------------------------------===//

bool gs::gs_memequal(const void *A, const void *B, uintptr_t Size) {
  return A == B || std::memcmp(A, B, Size) == 0;
}

template <class T> static bool loadEq(const void *A, const void *B) {
  T X, Y;
  std::memcpy(&X, A, sizeof(T));
  std::memcpy(&Y, B, sizeof(T));
  return X == Y;
}

bool gs::gs_memequal8(const void *A, const void *B) {
  return loadEq<uint8_t>(A, B);
}
bool gs::gs_memequal16(const void *A, const void *B) {
  return loadEq<uint16_t>(A, B);
}
bool gs::gs_memequal32(const void *A, const void *B) {
  return loadEq<uint32_t>(A, B);
}
bool gs::gs_memequal64(const void *A, const void *B) {
  return loadEq<uint64_t>(A, B);
}
bool gs::gs_f32equal(const void *A, const void *B) {
  return loadEq<float>(A, B);
}
bool gs::gs_f64equal(const void *A, const void *B) {
  return loadEq<double>(A, B);
}

bool gs::gs_c64equal(const void *A, const void *B) {
  const float *X = static_cast<const float *>(A);
  const float *Y = static_cast<const float *>(B);
  return X[0] == Y[0] && X[1] == Y[1];
}

bool gs::gs_c128equal(const void *A, const void *B) {
  const double *X = static_cast<const double *>(A);
  const double *Y = static_cast<const double *>(B);
  return X[0] == Y[0] && X[1] == Y[1];
}

bool gs::gs_strequal(const void *A, const void *B) {
  const String *X = static_cast<const String *>(A);
  const String *Y = static_cast<const String *>(B);
  return X->Len == Y->Len &&
         (X->Ptr == Y->Ptr || std::memcmp(X->Ptr, Y->Ptr, X->Len) == 0);
}

bool gs::gs_nilinterequal(const void *A, const void *B) {
  const Eface *X = static_cast<const Eface *>(A);
  const Eface *Y = static_cast<const Eface *>(B);
  if (X->Tp != Y->Tp)
    return false;
  const Type *T = X->Tp;
  if (!T)
    return true;
  if (!T->Equal)
    panicType("comparing uncomparable type", T);
  if (T->Flags & TypeDirectIface)
    return X->Data == Y->Data;
  return T->Equal(X->Data, Y->Data);
}

/// The interface{} view of a non-empty interface value.
static Eface asEface(const void *P) {
  const Iface *I = static_cast<const Iface *>(P);
  return Eface{I->Tab ? I->Tab->Tp : nullptr, I->Data};
}

uintptr_t gs::gs_interhash(const void *P, uintptr_t Seed) {
  Eface E = asEface(P);
  return gs_nilinterhash(&E, Seed);
}

bool gs::gs_interequal(const void *A, const void *B) {
  Eface X = asEface(A), Y = asEface(B);
  return gs_nilinterequal(&X, &Y);
}

//===----------------------------------------------------------------------===//
// Predeclared type descriptors
//===----------------------------------------------------------------------===//

static constexpr uint8_t FloatFlags = TypeNonReflexive | TypeNeedKeyUpdate;

static constexpr Type makeType(uintptr_t Size, uintptr_t PtrData, uint8_t Align,
                               Kind K, uint8_t Flags, HashFn H, EqualFn E,
                               const char *Name) {
  return Type{.Size = Size,
              .PtrData = PtrData,
              .Align = Align,
              .TheKind = K,
              .Flags = Flags,
              .Hash = H,
              .Equal = E,
              .Name = Name};
}

#define GS_PLAIN(Name, CType, K, Bits)                                         \
  const Type gs::gs_type_##Name =                                              \
      makeType(sizeof(CType), 0, alignof(CType), Kind::K, 0, gs_memhash##Bits, \
               gs_memequal##Bits, #Name);
GS_PLAIN(bool, bool, Bool, 8)
GS_PLAIN(int, int64_t, Int, 64)
GS_PLAIN(int8, int8_t, Int8, 8)
GS_PLAIN(int16, int16_t, Int16, 16)
GS_PLAIN(int32, int32_t, Int32, 32)
GS_PLAIN(int64, int64_t, Int64, 64)
GS_PLAIN(uint, uint64_t, Uint, 64)
GS_PLAIN(uint8, uint8_t, Uint8, 8)
GS_PLAIN(uint16, uint16_t, Uint16, 16)
GS_PLAIN(uint32, uint32_t, Uint32, 32)
GS_PLAIN(uint64, uint64_t, Uint64, 64)
GS_PLAIN(uintptr, uintptr_t, Uintptr, 64)
#undef GS_PLAIN

const Type gs::gs_type_float32 = makeType(4, 0, 4, Kind::Float32, FloatFlags,
                                          gs_f32hash, gs_f32equal, "float32");
const Type gs::gs_type_float64 = makeType(8, 0, 8, Kind::Float64, FloatFlags,
                                          gs_f64hash, gs_f64equal, "float64");
const Type gs::gs_type_complex64 = makeType(
    8, 0, 4, Kind::Complex64, FloatFlags, gs_c64hash, gs_c64equal, "complex64");
const Type gs::gs_type_complex128 =
    makeType(16, 0, 8, Kind::Complex128, FloatFlags, gs_c128hash, gs_c128equal,
             "complex128");
const Type gs::gs_type_string =
    makeType(16, 8, 8, Kind::String, TypeNeedKeyUpdate, gs_strhash, gs_strequal,
             "string");
const Type gs::gs_type_unsafe_pointer =
    makeType(8, 8, 8, Kind::UnsafePointer, TypeDirectIface, gs_memhash64,
             gs_memequal64, "unsafe.Pointer");
const Type gs::gs_type_empty_interface =
    makeType(16, 16, 8, Kind::Interface,
             TypeNonReflexive | TypeNeedKeyUpdate | TypeHashMightPanic,
             gs_nilinterhash, gs_nilinterequal, "interface {}");
