//===- MapInline.h - Inline halves of the int key lookups ------*- C++ -*-===//
//
// gs_mapaccess1_fast32/_fast64 and gs_mapaccess2_fast32/_fast64 as inline
// definitions (gnu_inline: "available externally", never emitted as
// symbols), so that a caller's compiler can inline the common case into the
// caller: the probe of the key's bucket chain in a non-empty map that is
// not growing and not being written. The other cases (growth in progress,
// where a probe may have to read an old bucket, and the write flag, a
// fatal error) call the complete out-of-line lookup, which the runtime
// exports under a second name (mapaccess1Fast64 and friends, C++ linkage)
// because the public name is taken by the inline body here. Results and
// failures are those documented in goscape-rt/Map.h; the out-of-line
// functions remain the definitions of the public names for callers that do
// not include this header, and for unoptimized code.
//
// Compiled Go code gets the same bodies: the runtime build compiles
// src/MapInline.cpp, which includes this header, to LLVM bitcode
// (goscape-map-inline.bc), and code generation links its definitions into
// every module it optimizes (-O1/-O2), where calls to these entry points
// are inlined like any other function. C++ callers (bench/maps) include
// this header. The runtime's own sources must not include it: MapFast.cpp
// defines the public names.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_MAPINLINE_H
#define GOSCAPE_RT_MAPINLINE_H

#include "goscape-rt/Map.h"
#include "goscape-rt/MapProbe.h"

namespace gs::rt {

/// mapaccess1 for key type U: the inline probe, else Outlined (a function
/// taking (T, H, Key), of calling convention GS_MAP_COLD_CC). An empty map
/// is probed like any other (it has a bucket array, possibly
/// emptyBuckets()): one test fewer on every lookup, gc's `h.count == 0`.
template <class U, auto Outlined>
[[gnu::always_inline]] inline void *inlineAccess1(const MapType *T, Hmap *H,
                                                  U Key) {
  void *Zero = const_cast<uint8_t *>(ZeroVal);
  if (!H)
    return Zero;
  if (void *E = probeChain<U>(T, H, Key, Zero))
    return E;
  return Outlined(T, H, Key);
}

/// mapaccess2 for key type U: the inline probe, else Outlined (taking
/// (Present, T, H, Key)). An element slot is never ZeroVal, which tells a
/// miss from a hit.
template <class U, auto Outlined>
[[gnu::always_inline]] inline void *
inlineAccess2(bool *Present, const MapType *T, Hmap *H, U Key) {
  void *Zero = const_cast<uint8_t *>(ZeroVal);
  if (!H) {
    *Present = false;
    return Zero;
  }
  if (void *E = probeChain<U>(T, H, Key, Zero)) {
    *Present = E != Zero;
    return E;
  }
  return Outlined(Present, T, H, Key);
}

} // namespace gs::rt

namespace gs {

// Inline redefinitions of entry points declared (and documented) in
// goscape-rt/Map.h; `extern inline` with gnu_inline emits no symbol.
// always_inline: the probe loop with its prefetches is past the inliner's
// size threshold, and a call to the body would only add a call in front
// of the out-of-line lookup.
extern "C" {

extern inline __attribute__((gnu_inline, always_inline)) void *
gs_mapaccess1_fast32(const MapType *T, Hmap *H, uint32_t Key) {
  return rt::inlineAccess1<uint32_t, rt::mapaccess1Fast32>(T, H, Key);
}

extern inline __attribute__((gnu_inline, always_inline)) void *
gs_mapaccess2_fast32(bool *Present, const MapType *T, Hmap *H, uint32_t Key) {
  return rt::inlineAccess2<uint32_t, rt::mapaccess2Fast32>(Present, T, H, Key);
}

extern inline __attribute__((gnu_inline, always_inline)) void *
gs_mapaccess1_fast64(const MapType *T, Hmap *H, uint64_t Key) {
  return rt::inlineAccess1<uint64_t, rt::mapaccess1Fast64>(T, H, Key);
}

extern inline __attribute__((gnu_inline, always_inline)) void *
gs_mapaccess2_fast64(bool *Present, const MapType *T, Hmap *H, uint64_t Key) {
  return rt::inlineAccess2<uint64_t, rt::mapaccess2Fast64>(Present, T, H, Key);
}

} // extern "C"

} // namespace gs

#endif // GOSCAPE_RT_MAPINLINE_H
