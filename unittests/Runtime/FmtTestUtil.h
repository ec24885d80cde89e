//===- FmtTestUtil.h - Descriptors and fmt calls for tests ------*- C++ -*-===//
//
// The stdlib tests build type descriptors the way code generation emits
// them (Type.h) and call the fmt entry points with []interface{} operand
// lists. Descriptors made here live for the whole test run.
//
// Expected strings in the tests come from running the same calls under Go
// 1.19 (`go run`); each test says which Go program the values stand for.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_UNITTESTS_RUNTIME_FMTTESTUTIL_H
#define GOSCAPE_UNITTESTS_RUNTIME_FMTTESTUTIL_H

#include "goscape-rt/Alg.h"
#include "goscape-rt/Alloc.h"
#include "goscape-rt/Fmt.h"
#include "goscape-rt/Iface.h"
#include "goscape-rt/Map.h"

#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace gs::test {

/// A Go string literal viewing S (static storage).
inline String str(const char *S) {
  return String{reinterpret_cast<const uint8_t *>(S), intptr_t(std::strlen(S))};
}
inline String str(std::string_view S) {
  return String{reinterpret_cast<const uint8_t *>(S.data()),
                intptr_t(S.size())};
}
inline std::string toStd(String S) {
  return std::string(reinterpret_cast<const char *>(S.Ptr), size_t(S.Len));
}

/// interface{} holding a copy of the T value at V (boxed in the heap
/// unless T is pointer-shaped).
inline Eface box(const Type *T, const void *V) {
  if (T->Flags & TypeDirectIface) {
    void *P;
    std::memcpy(&P, V, sizeof(P));
    return Eface{T, P};
  }
  void *Copy = gs_alloc(T->Size ? T->Size : 1);
  std::memcpy(Copy, V, T->Size);
  return Eface{T, Copy};
}

/// Boxing helpers for the predeclared types.
inline Eface I(intptr_t V) { return box(&gs_type_int, &V); }
inline Eface I8(int8_t V) { return box(&gs_type_int8, &V); }
inline Eface I32(int32_t V) { return box(&gs_type_int32, &V); }
inline Eface I64(int64_t V) { return box(&gs_type_int64, &V); }
inline Eface U(uintptr_t V) { return box(&gs_type_uint, &V); }
inline Eface U8(uint8_t V) { return box(&gs_type_uint8, &V); }
inline Eface U16(uint16_t V) { return box(&gs_type_uint16, &V); }
inline Eface U64(uint64_t V) { return box(&gs_type_uint64, &V); }
inline Eface F64(double V) { return box(&gs_type_float64, &V); }
inline Eface F32(float V) { return box(&gs_type_float32, &V); }
inline Eface B(bool V) { return box(&gs_type_bool, &V); }
inline Eface S(const char *V) {
  String Str = str(V);
  return box(&gs_type_string, &Str);
}
inline Eface Nil() { return Eface{nullptr, nullptr}; }

/// Descriptor builders. Sizes and alignments follow gc's layout rules.
const Type *sliceOf(const Type *Elem, const char *Name);
const Type *arrayOf(const Type *Elem, uintptr_t Len, const char *Name);
const Type *ptrTo(const Type *Elem, const char *Name,
                  std::vector<Method> Methods = {});
const Type *mapOf(const Type *Key, const Type *Elem, const char *Name);
/// A struct; offsets are computed; field names starting with an
/// upper-case letter are exported.
const Type *
structOf(const char *Name, bool Named,
         std::initializer_list<std::pair<const char *, const Type *>> Fields);
/// A defined type with underlying Base's layout, named Name ("main.T"),
/// with the given (value-receiver) method set.
const Type *named(const Type *Base, const char *Name,
                  std::vector<Method> Methods = {});
/// A method entry Name() string calling Fn.
Method stringMethod(const char *Name, String (*Fn)(void *, void *));

/// A Go slice of the given elements (of type Elem, Size bytes each).
Slice makeSlice(const Type *Elem, const void *Elems, intptr_t N);
/// A map built by inserting each key/value pair in order.
Hmap *makeMap(const Type *MapT,
              const std::vector<std::pair<const void *, const void *>> &KV);

/// fmt.Sprintf / Sprint / Sprintln with the given operands.
std::string sprintf(const char *Format, std::initializer_list<Eface> Args);
std::string sprint(std::initializer_list<Eface> Args);
std::string sprintln(std::initializer_list<Eface> Args);

/// The text of an error value (calls its Error method through the itab).
std::string errorText(Iface E);

} // namespace gs::test

#endif // GOSCAPE_UNITTESTS_RUNTIME_FMTTESTUTIL_H
