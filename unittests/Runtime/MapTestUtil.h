//===- MapTestUtil.h - Shared helpers for the map tests ---------*- C++ -*-===//
//
// Type descriptors for the key and element types the tests use, typed
// wrappers over the gs_map* entry points, and checkMapInvariants, which
// walks a map's buckets and verifies the layout invariants of
// goscape-rt/Map.h.
//
// Garbage collection: maps live in the Boehm heap, whose roots are stacks,
// registers and static data. Tests keep Hmap pointers in locals (never in
// heap-allocated fixtures or containers), and string keys point at bytes
// that outlive the map.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_UNITTESTS_RUNTIME_MAPTESTUTIL_H
#define GOSCAPE_UNITTESTS_RUNTIME_MAPTESTUTIL_H

#include "goscape-rt/Alg.h"
#include "goscape-rt/Map.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace gs::test {

/// struct { a, b, c int64 }: 24 bytes, plain memory.
struct S24 {
  int64_t A, B, C;
  bool operator==(const S24 &O) const = default;
};

/// A key type larger than MaxKeySize (stored indirectly).
struct BigKey {
  int64_t Words[25]; // 200 bytes
  bool operator==(const BigKey &O) const = default;
};

/// An element type larger than MaxElemSize (stored indirectly).
struct BigElem {
  int64_t Words[40]; // 320 bytes
};

extern const Type S24Type;
extern const Type BigKeyType;
extern const Type BigElemType;
extern const Type IntSliceType; // []int: unhashable
extern const Type PtrType;      // *int: pointer-shaped

/// Map types used across the tests (built once with gs_maptype_init).
struct MapTypes {
  MapType I64;   ///< map[int64]int64 (fast64)
  MapType I32;   ///< map[int32]int64 (fast32)
  MapType Str;   ///< map[string]int64 (faststr)
  MapType F64;   ///< map[float64]int64
  MapType S24;   ///< map[S24]int64
  MapType Iface; ///< map[interface{}]int64
  MapType Big;   ///< map[BigKey]BigElem
  MapType StrS;  ///< map[string]string (pointerful buckets)
};
const MapTypes &mapTypes();

/// A Go string over Bytes, which must outlive every use.
inline String goString(const std::string &Bytes) {
  return {reinterpret_cast<const uint8_t *>(Bytes.data()),
          intptr_t(Bytes.size())};
}

/// The two results of a comma-ok lookup, for tests to check together.
struct MapAccess2Result {
  void *Elem;
  bool Ok;
};

/// The comma-ok entry points with their results returned as one value.
inline MapAccess2Result lookup2(const MapType *T, Hmap *H, const void *K) {
  MapAccess2Result R;
  R.Elem = gs_mapaccess2(&R.Ok, T, H, K);
  return R;
}
inline MapAccess2Result lookup2Fat(const MapType *T, Hmap *H, const void *K,
                                   const void *Zero) {
  MapAccess2Result R;
  R.Elem = gs_mapaccess2_fat(&R.Ok, T, H, K, Zero);
  return R;
}
inline MapAccess2Result lookup2Fast32(const MapType *T, Hmap *H, uint32_t K) {
  MapAccess2Result R;
  R.Elem = gs_mapaccess2_fast32(&R.Ok, T, H, K);
  return R;
}
inline MapAccess2Result lookup2Fast64(const MapType *T, Hmap *H, uint64_t K) {
  MapAccess2Result R;
  R.Elem = gs_mapaccess2_fast64(&R.Ok, T, H, K);
  return R;
}
inline MapAccess2Result lookup2Str(const MapType *T, Hmap *H, String K) {
  MapAccess2Result R;
  R.Elem = gs_mapaccess2_faststr(&R.Ok, T, H, K.Ptr, K.Len);
  return R;
}

/// The string-key entry points taking the key as one value.
inline void *access1Str(const MapType *T, Hmap *H, String K) {
  return gs_mapaccess1_faststr(T, H, K.Ptr, K.Len);
}
inline void *assignStr(const MapType *T, Hmap *H, String K) {
  return gs_mapassign_faststr(T, H, K.Ptr, K.Len);
}
inline void deleteStr(const MapType *T, Hmap *H, String K) {
  gs_mapdelete_faststr(T, H, K.Ptr, K.Len);
}

inline int64_t loadI64(const void *P) {
  int64_t V;
  std::memcpy(&V, P, sizeof(V));
  return V;
}

/// Verifies the bucket invariants of H (see Map.h); returns "" or a
/// description of the first violation. Checks: Count matches the entries
/// found; tophash states are legal where they appear; EmptyRest is only
/// followed by EmptyRest; each entry sits in the bucket its hash selects
/// with the right tophash (skipped for keys unequal to themselves); below
/// Nevacuate every old bucket is evacuated, and a new bucket is empty
/// unless its old bucket is evacuated.
std::string checkMapInvariants(const MapType *T, const Hmap *H);

/// All (key bytes, element bytes) pairs of H, by iteration.
struct Entry {
  std::string Key, Elem;
};
std::vector<Entry> iterateAll(const MapType *T, Hmap *H);

} // namespace gs::test

#endif // GOSCAPE_UNITTESTS_RUNTIME_MAPTESTUTIL_H
