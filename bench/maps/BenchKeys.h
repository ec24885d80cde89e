//===- BenchKeys.h - Keys of the map benchmarks ------------------*- C++ -*-===//
//
// The int64 keys map-bench and map-pair-bench look up: splitmix64 of the
// index for present keys, of the index plus MissOffset for absent ones, so
// both benchmarks measure the same keys.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_BENCH_MAPS_BENCHKEYS_H
#define GOSCAPE_BENCH_MAPS_BENCHKEYS_H

#include <cstdint>

namespace gsbench {

/// splitmix64's finalizer: well-spread 64-bit keys from an index.
inline uint64_t splitmix64(uint64_t X) {
  X += 0x9e3779b97f4a7c15ull;
  X = (X ^ (X >> 30)) * 0xbf58476d1ce4e5b9ull;
  X = (X ^ (X >> 27)) * 0x94d049bb133111ebull;
  return X ^ (X >> 31);
}

/// Absent keys are generated from indices starting here.
constexpr uint64_t MissOffset = uint64_t(1) << 40;

} // namespace gsbench

#endif
