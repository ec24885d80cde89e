//===- MapHash.h - The word hash of 4- and 8-byte map keys ------*- C++ -*-===//
//
// The hash of 4- and 8-byte keys, shared by the runtime (gs_memhash32,
// gs_memhash64, the _fast32/_fast64 entry points) and by the inline halves
// of the lookup fast paths (goscape-rt/MapInline.h), which are compiled
// into callers: every copy must compute the same function, so there is one
// definition, here. Not part of the ABI (no GS_RUNTIME declarations).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_MAPHASH_H
#define GOSCAPE_RT_MAPHASH_H

#include <cstdint>

namespace gs::rt {

/// The 128-bit product of A and B folded to 64 bits by xor of its halves:
/// the mixing step of absl::Hash and wyhash.
inline uint64_t mulFold(uint64_t A, uint64_t B) {
  unsigned __int128 Prod = static_cast<unsigned __int128>(A) * B;
  return uint64_t(Prod) ^ uint64_t(Prod >> 64);
}

/// Odd constants (digits of pi): the two multipliers, and HashK4, which
/// keeps 4-byte keys apart from 8-byte ones.
constexpr uint64_t HashMul1 = 0x243f6a8885a308d3ull;
constexpr uint64_t HashMul2 = 0x082efa98ec4e6c89ull;
constexpr uint64_t HashK4 = 0xa4093822299f31d1ull;

/// Hashes V, already combined with its key-size constant: two multiply-folds
/// (as wyhash finishes short inputs), the seed xored into the first
/// multiplicand, so each map's random seed selects a different function.
/// One fold alone (absl::Hash's integer mix) leaves keys that differ only
/// in their top 12-16 bits visibly unevenly spread over buckets and tophash
/// values; two are as even as XXH3 on sequential, strided, high-bit and
/// random keys (chi-square per bucket and per tophash value within 8% of a
/// random function's, 8 seeds, 2^6 to 2^16 buckets at load factor 6.5).
inline uint64_t hashWord(uint64_t V, uint64_t Seed) {
  return mulFold(mulFold(V ^ Seed, HashMul1), HashMul2);
}

/// Hashes an 8-byte key. XXH3's 8-byte path costs about twice the
/// instructions (a seed-derivation chain, rotations and two dependent
/// multiplies plus shifts); map lookups of int64 keys spend most of their
/// time hashing. The key enters unchanged: a constant xored in as well (a
/// 64-bit immediate and an xor per hash) left the spread as it was (the
/// chi-square check of hashWord, worst case 1.41 with it, 1.51 without,
/// both within chance for 240 tests).
inline uint64_t hashU64(uint64_t V, uint64_t Seed) { return hashWord(V, Seed); }

/// Hashes a 4-byte key; the constant HashK4 keeps a 4-byte string from
/// colliding with its zero extension.
inline uint64_t hashU32(uint32_t V, uint64_t Seed) {
  return hashWord(uint64_t(V) ^ HashK4, Seed);
}

} // namespace gs::rt

#endif // GOSCAPE_RT_MAPHASH_H
