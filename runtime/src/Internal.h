//===- Internal.h - Runtime-private helpers ---------------------*- C++ -*-===//
//
// Declarations shared by the runtime's sources and not part of the ABI:
// the inline hash kernels the map fast paths need (the exported gs_memhash*
// and gs_strhash are thin wrappers over the same kernels, which is what lets
// fast-path and generic entry points agree on every hash), and the
// GOSCAPEDEBUG settings.
//
// GOSCAPEDEBUG is a comma-separated list of name=value pairs read once at
// start-up, like Go's GODEBUG. Known names:
//   mapgrow=1   trace map growth to stderr (see Map.cpp, traceGrow).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_SRC_INTERNAL_H
#define GOSCAPE_RT_SRC_INTERNAL_H

#include <cstddef>
#include <cstdint>
#include <cstring>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace gs::rt {

/// Hashes Len bytes at P. The single hash kernel of the runtime.
static inline uint64_t hashBytes(const void *P, size_t Len, uint64_t Seed) {
  return XXH3_64bits_withSeed(P, Len, Seed);
}

static inline uint64_t hashU64(uint64_t V, uint64_t Seed) {
  return hashBytes(&V, sizeof(V), Seed);
}

static inline uint64_t hashU32(uint32_t V, uint64_t Seed) {
  return hashBytes(&V, sizeof(V), Seed);
}

/// Settings parsed from GOSCAPEDEBUG.
struct DebugSettings {
  int MapGrow = 0;
};
extern DebugSettings Debug;

void initHeap();
void initRandom();
void initDebug();

} // namespace gs::rt

#endif // GOSCAPE_RT_SRC_INTERNAL_H
