//===- MapFast.cpp - Map entry points for 32-bit, 64-bit and string keys --===//
//
// gc's mapaccess1_fast64 and friends. They run the same algorithms as the
// generic entry points (MapImpl.h) with the key passed by value and its
// size, hash and equality known at compile time. Maps with at most one
// bucket and fixed-size keys are probed without hashing. The hashers agree
// with gs_memhash32/gs_memhash64/gs_strhash, so generic iteration and
// evacuation work on the same maps.
//
// The lookups of 4- and 8-byte keys are also defined under second names
// (rt::mapaccess1Fast64 and friends, the same code with the calling
// convention GS_MAP_COLD_CC): the inline halves in goscape-rt/MapInline.h
// call them when their probe cannot answer (growth in progress, the write
// flag set).
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Map.h"

#include "MapImpl.h"

using namespace gs;
using namespace gs::rt;

template <class P>
static void *access1(const MapType *T, Hmap *H, typename P::Arg K) {
  if (!H || H->Count == 0)
    return const_cast<uint8_t *>(ZeroVal);
  return access<P>(T, H, K, const_cast<uint8_t *>(ZeroVal));
}

template <class P>
static void *access2(bool *Present, const MapType *T, Hmap *H,
                     typename P::Arg K) {
  void *E = H && H->Count != 0 ? access<P>(T, H, K, nullptr) : nullptr;
  *Present = E != nullptr;
  return E ? E : const_cast<uint8_t *>(ZeroVal);
}

void *gs::gs_mapaccess1_fast32(const MapType *T, Hmap *H, uint32_t Key) {
  return access1<Fast32Key>(T, H, Key);
}
void *gs::gs_mapaccess2_fast32(bool *Present, const MapType *T, Hmap *H,
                               uint32_t Key) {
  return access2<Fast32Key>(Present, T, H, Key);
}
void *gs::gs_mapassign_fast32(const MapType *T, Hmap *H, uint32_t Key) {
  return assign<Fast32Key>(T, H, Key);
}
GS_MAP_COLD_CC void *rt::mapaccess1Fast32(const MapType *T, Hmap *H,
                                             uint32_t Key) {
  return access1<Fast32Key>(T, H, Key);
}
GS_MAP_COLD_CC void *rt::mapaccess2Fast32(bool *Present, const MapType *T,
                                             Hmap *H, uint32_t Key) {
  return access2<Fast32Key>(Present, T, H, Key);
}
void gs::gs_mapdelete_fast32(const MapType *T, Hmap *H, uint32_t Key) {
  remove<Fast32Key>(T, H, Key);
}

void *gs::gs_mapaccess1_fast64(const MapType *T, Hmap *H, uint64_t Key) {
  return access1<Fast64Key>(T, H, Key);
}
void *gs::gs_mapaccess2_fast64(bool *Present, const MapType *T, Hmap *H,
                               uint64_t Key) {
  return access2<Fast64Key>(Present, T, H, Key);
}
void *gs::gs_mapassign_fast64(const MapType *T, Hmap *H, uint64_t Key) {
  return assign<Fast64Key>(T, H, Key);
}
void *gs::gs_mapassign_fast64ptr(const MapType *T, Hmap *H, void *Key) {
  return assign<Fast64Key>(T, H, reinterpret_cast<uintptr_t>(Key));
}
GS_MAP_COLD_CC void *rt::mapaccess1Fast64(const MapType *T, Hmap *H,
                                             uint64_t Key) {
  return access1<Fast64Key>(T, H, Key);
}
GS_MAP_COLD_CC void *rt::mapaccess2Fast64(bool *Present, const MapType *T,
                                             Hmap *H, uint64_t Key) {
  return access2<Fast64Key>(Present, T, H, Key);
}
void gs::gs_mapdelete_fast64(const MapType *T, Hmap *H, uint64_t Key) {
  remove<Fast64Key>(T, H, Key);
}

void *gs::gs_mapaccess1_faststr(const MapType *T, Hmap *H,
                                const uint8_t *KeyPtr, intptr_t KeyLen) {
  return access1<StrKey>(T, H, String{KeyPtr, KeyLen});
}
void *gs::gs_mapaccess2_faststr(bool *Present, const MapType *T, Hmap *H,
                                const uint8_t *KeyPtr, intptr_t KeyLen) {
  return access2<StrKey>(Present, T, H, String{KeyPtr, KeyLen});
}
void *gs::gs_mapassign_faststr(const MapType *T, Hmap *H,
                               const uint8_t *KeyPtr, intptr_t KeyLen) {
  return assign<StrKey>(T, H, String{KeyPtr, KeyLen});
}
void gs::gs_mapdelete_faststr(const MapType *T, Hmap *H, const uint8_t *KeyPtr,
                              intptr_t KeyLen) {
  remove<StrKey>(T, H, String{KeyPtr, KeyLen});
}
