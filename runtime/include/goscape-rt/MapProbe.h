//===- MapProbe.h - Tophash matching and the inline probe ------*- C++ -*-===//
//
// The primitives of a map probe (bucket index, tophash, matching the 8
// tophash bytes of a bucket at once) and the inline probe of 4- and 8-byte
// keys. The runtime's algorithms (src/MapImpl.h) and the inline
// halves of the lookup fast paths (goscape-rt/MapInline.h), which are
// compiled into callers, share them, so both read buckets by the same rules
// (layout and tophash states: goscape-rt/Map.h). Not part of the ABI (no
// GS_RUNTIME declarations).
//
// Tophash bytes are read as one word and matched with SSE2 (a SWAR fallback
// elsewhere); only slots whose tophash matches are compared by key.
// Because every slot after an EmptyRest is empty, "the bucket contains an
// EmptyRest" ends a probe exactly as gc's slot-by-slot scan does; since
// those slots are EmptyRest as well, that is a test of the last slot.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_MAPPROBE_H
#define GOSCAPE_RT_MAPPROBE_H

#include "goscape-rt/Map.h"
#include "goscape-rt/MapHash.h"

#include <array>
#include <cstring>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gs::rt {

/// Zero value returned by mapaccess1 for missing keys.
alignas(16) extern const uint8_t ZeroVal[MaxZero];

/// The bucket array of a map that has none yet (B == 0 before its first
/// assignment; gc leaves its buckets nil): word 1 of EmptyBucketArray, read
/// as one bucket whose tophash bytes are all EmptyRest, with word 0 as its
/// tophash index (see tophashIndex). A probe finds nothing in the index and
/// ends there, so the inline lookups need no test of the entry count to
/// keep away from a missing array. Everything else that reads buckets runs
/// only on maps with entries, and assign replaces the array before writing
/// (the memory is read-only).
extern const uint64_t EmptyBucketArray[2];
inline void *emptyBuckets() {
  return const_cast<uint64_t *>(&EmptyBucketArray[1]);
}

/// 2^B, the number of buckets of an array of order B.
inline uintptr_t bucketShift(uint8_t B) { return uintptr_t(1) << (B & 63); }
/// 2^B - 1 for every value of a uint8_t B (B is at most 63; the entries
/// above are all ones), read from memory by bucketMask.
inline constexpr auto BucketMasks = [] {
  std::array<uintptr_t, 256> M{};
  for (unsigned B = 0; B < 256; ++B)
    M[B] = B < 64 ? (uintptr_t(1) << B) - 1 : ~uintptr_t(0);
  return M;
}();

/// 2^B - 1: the bits of a hash that select a bucket. A table read (the
/// table stays in L1 while maps are probed), because computing it takes a
/// variable shift, which is two or three micro-ops on x86-64 without BMI2,
/// plus two more instructions, on the critical path of every lookup's
/// bucket address.
inline uintptr_t bucketMask(uint8_t B) { return BucketMasks[B]; }

/// The tophash index of a bucket array of order B: the 2^B words before its
/// first bucket, word I (at Buckets - 8 * 2^B + 8 * I) a copy of main bucket
/// I's tophash word (overflow buckets have none). Lookups in large arrays
/// (LookupIndexMinB, below) match the index word and read the bucket only
/// for a candidate slot or a full bucket: a miss reads one word of a dense
/// array (8 bytes per bucket, 2 MB for 10^6 entries) instead of a cache
/// line of the bucket array (38 MB for 10^6 int64 entries), as absl's
/// control bytes are read. The runtime keeps the
/// index of the current array equal to the buckets' tophash words at every
/// write (indexBytes); an old array's index is dead once growth starts
/// (lookups during growth read buckets, see MapImpl.h).
///
/// The index word of the bucket Hash selects, given Mask = bucketMask(B):
/// Hash | ~Mask is I - 2^B as a signed number, one instruction on the path
/// from the hash to the load (the bucket index takes an and beside it).
inline const void *tophashIndex(const void *Buckets, uintptr_t Hash,
                                uintptr_t Mask) {
  return static_cast<const char *>(Buckets) + intptr_t(Hash | ~Mask) * 8;
}

/// The 8 tophash index bytes of main bucket I of the array Buckets of
/// order B, for writers.
inline uint8_t *indexBytes(void *Buckets, uint8_t B, uintptr_t I) {
  return static_cast<uint8_t *>(Buckets) - (bucketShift(B) - I) * 8;
}

/// The tophash of Hash: its top byte, raised to at least MinTopHash (the
/// state values map to MinTopHash itself, one compare and select; gc adds
/// MinTopHash instead, which costs a compare, an add and a select).
inline uint8_t tophash(uintptr_t Hash) {
  uint8_t Top = uint8_t(Hash >> 56);
  return Top < MinTopHash ? uint8_t(MinTopHash) : Top;
}

/// The 8 tophash bytes of the bucket at B as one word (slot I in byte I).
inline uint64_t loadTophash(const void *B) {
  uint64_t W;
  std::memcpy(&W, B, 8);
  return W;
}

/// Bit I set iff byte I of Word equals Byte.
inline unsigned matchByte(uint64_t Word, uint8_t Byte) {
#if defined(__SSE2__)
  __m128i V = _mm_cvtsi64_si128(int64_t(Word));
  __m128i Eq = _mm_cmpeq_epi8(V, _mm_set1_epi8(char(Byte)));
  return unsigned(_mm_movemask_epi8(Eq)) & 0xFF;
#else
  // SWAR: may report extra bytes above a true match, never miss one; every
  // caller either verifies candidates or only uses the lowest bit / != 0.
  constexpr uint64_t Lo = 0x0101010101010101ull, Hi = 0x8080808080808080ull;
  uint64_t X = Word ^ (Lo * Byte);
  uint64_t Z = (X - Lo) & ~X & Hi;
  return unsigned(((Z >> 7) * 0x0102040810204080ull) >> 56);
#endif
}

/// The bucket at B holds an EmptyRest slot, which ends a probe. Because
/// every slot after an EmptyRest is EmptyRest too (see Map.h), that is
/// exactly its last slot being EmptyRest: one byte compare, where matching
/// all 8 bytes took a vector compare, a mask move and a test.
inline bool endsChain(const void *B) {
  return static_cast<const uint8_t *>(B)[BucketCnt - 1] == EmptyRest;
}

/// The bucket a lookup visits after B, whose tophash bytes are at Tops (its
/// index word for a main bucket, else B itself): B's overflow bucket, or
/// null when B ends the chain (its last tophash is EmptyRest; see
/// endsChain). Computed without a branch on the last tophash: the address
/// the next pointer is loaded from is selected with a conditional move, B's
/// overflow pointer when B is full, else the first word of ZeroVal (null,
/// and in L1). The only branch left, "is there a next bucket", is taken
/// only for buckets with an overflow bucket instead of for every full
/// bucket; those branches depend on a cache miss, and a misprediction there
/// discards the later lookups the CPU had already started. Selecting the
/// address rather than the loaded pointer keeps the overflow pointer's
/// cache line (the bucket's last) off the path of lookups that end in a
/// bucket with room: such a miss never reads the bucket.
/// The empty asm statements steer the optimizer: on P, so that the last
/// tophash is read by a compare with memory instead of from the 8-byte
/// tophash word, which the compiler otherwise also loads into a general
/// register (2 instructions per bucket); on From, to hide the select from
/// jump threading, which would branch on the tophash again (a null result
/// leaves the probe loop).
inline char *chainNext(const MapType *T, const void *B, const void *Tops) {
  const char *P = static_cast<const char *>(Tops);
  asm("" : "+r"(P));
  const void *From =
      uint8_t(P[BucketCnt - 1]) == EmptyRest
          ? static_cast<const void *>(ZeroVal)
          : static_cast<const char *>(B) + T->BucketSize - sizeof(void *);
  asm("" : "+r"(From));
  char *Next;
  std::memcpy(&Next, From, sizeof(void *));
  return Next;
}

/// tophash(Hash) broadcast for matchTop.
#if defined(__SSE2__)
using TopPattern = __m128i;
// The top byte is spread by a multiply and one shuffle (a byte broadcast
// takes three) and raised with one unsigned byte maximum, which replaces
// tophash's compare and select.
inline TopPattern topPattern(uintptr_t Hash) {
  __m128i Top = _mm_set1_epi32(int(uint32_t(Hash >> 56) * 0x01010101u));
  return _mm_max_epu8(Top, _mm_set1_epi8(char(MinTopHash)));
}
#else
using TopPattern = uint8_t;
inline TopPattern topPattern(uintptr_t Hash) { return tophash(Hash); }
#endif

/// matchByte for a tophash (>= MinTopHash) broadcast once per probe. The
/// SSE2 form needs no masking: the upper half of the register is zero,
/// which never equals a tophash.
inline unsigned matchTop(uint64_t Word, TopPattern Pat) {
#if defined(__SSE2__)
  __m128i V = _mm_cvtsi64_si128(int64_t(Word));
  return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(V, Pat)));
#else
  return matchByte(Word, Pat);
#endif
}

/// Tables below 2^PrefetchMinB buckets (~150 KB for 8-byte keys and
/// elements) stay in the private caches, where prefetching only costs.
constexpr uint8_t PrefetchMinB = 10;

/// Starts loading the cache lines of bucket B after its first (which the
/// probe is loading already): the tophash, key and element of a probe are
/// otherwise fetched one after the other from large tables.
inline void prefetchRest(const MapType *T, const void *B) {
  const char *P = static_cast<const char *>(B);
  // Buckets span 3 or 4 lines for 8- and 16-byte keys and elements.
  __builtin_prefetch(P + 64);
  if (T->BucketSize > 192)
    __builtin_prefetch(P + 128);
  __builtin_prefetch(P + T->BucketSize - 1);
}

/// prefetchRest in tables of 2^PrefetchMinB buckets or more.
inline void prefetchBucket(const MapType *T, const Hmap *H, const void *B) {
  if (H->B >= PrefetchMinB)
    prefetchRest(T, B);
}

/// Lookups read the tophash index (tophashIndex) of arrays of
/// 2^LookupIndexMinB buckets or more: those larger than half the last-level
/// cache at 128 bytes per bucket (Map.cpp sets it at startup from the cache
/// size: 18 for 32 MB, from 2^18 buckets; never below PrefetchMinB, and
/// lookups test it only in arrays of 2^PrefetchMinB buckets or more, so a
/// test that sets it to 0 gets index lookups from 2^PrefetchMinB buckets
/// on). Smaller arrays are probed directly, prefetching the bucket's lines
/// from 2^PrefetchMinB buckets on (firstBucket): with the bucket in a cache, reading it first spares a
/// hit the wait for the index word before the key's line (hits on 10^5
/// entries 1.16x absl's time against 1.26x, misses 1.17x against 1.26x).
/// In larger arrays the lines each probe loads would evict each other: on a
/// 32 MB cache, misses on 10^6 int64 entries took 1.9-2.2x absl's time
/// reading buckets and 1.0-1.1x reading the index (hits 0.95x and 1.25x).
extern uint8_t LookupIndexMinB;

/// The hash of a 4- or 8-byte key, as gs_memhash32/gs_memhash64 compute it.
template <class U> inline uint64_t hashFixed(U K, uint64_t Seed) {
  static_assert(std::is_same_v<U, uint32_t> || std::is_same_v<U, uint64_t>);
  if constexpr (sizeof(U) == 8)
    return hashU64(K, Seed);
  else
    return hashU32(K, Seed);
}

/// The first bucket of Hash's chain in the bucket array of H, which is not
/// growing, with the address of its tophash bytes in *Tops: its word of
/// the tophash index in arrays of 2^LookupIndexMinB buckets or more, else
/// the bucket itself, whose other lines are prefetched from 2^PrefetchMinB
/// buckets on.
[[gnu::always_inline]] inline char *firstBucket(const MapType *T,
                                                const Hmap *H, uintptr_t Hash,
                                                const void **Tops) {
  const uintptr_t Mask = bucketMask(H->B);
  char *B = static_cast<char *>(H->Buckets) + (Hash & Mask) * T->BucketSize;
  *Tops = B;
  // Tables below 2^PrefetchMinB buckets take one branch on a constant,
  // laid out for them to fall through: their probes run from the private
  // caches and are bound by instructions, where a taken jump shows (int64
  // misses on 10^3 and 3000 entries 0.05-0.15 closer to absl's time in the
  // paired driver). Larger tables wait for memory; only they read
  // LookupIndexMinB.
  if (__builtin_expect(H->B >= PrefetchMinB, 0)) {
    if (H->B >= LookupIndexMinB)
      *Tops = tophashIndex(H->Buckets, Hash, Mask);
    else
      prefetchRest(T, B);
  }
  return B;
}

/// The calling convention of the out-of-line lookups below: they preserve
/// every general-purpose register but r11 and the result register
/// (preserve_most), so a loop whose inline lookups may call them (rarely:
/// only during growth or a concurrent write) keeps its values and the hash
/// constants in caller-saved registers instead of rebuilding or spilling
/// them on every iteration.
#if defined(__x86_64__) && __has_attribute(preserve_most)
#define GS_MAP_COLD_CC __attribute__((preserve_most))
#else
#define GS_MAP_COLD_CC
#endif

// The complete out-of-line _fast32/_fast64 lookups under second names (the
// same code as the public entry points, with the calling convention
// GS_MAP_COLD_CC; defined in MapFast.cpp), for the inline halves of
// goscape-rt/MapInline.h, which take the public names.
/// The complete gs_mapaccess1_fast32, for inline halves.
GS_MAP_COLD_CC void *mapaccess1Fast32(const MapType *T, Hmap *H, uint32_t Key);
/// The complete gs_mapaccess2_fast32.
GS_MAP_COLD_CC void *mapaccess2Fast32(bool *Present, const MapType *T, Hmap *H,
                                      uint32_t Key);
/// The complete gs_mapaccess1_fast64.
GS_MAP_COLD_CC void *mapaccess1Fast64(const MapType *T, Hmap *H, uint64_t Key);
/// The complete gs_mapaccess2_fast64.
GS_MAP_COLD_CC void *mapaccess2Fast64(bool *Present, const MapType *T, Hmap *H,
                                      uint64_t Key);

/// The element slot of K in the bucket at B of a map with 4- or 8-byte keys
/// (U), whose tophash bytes are Word; null when K is not in that bucket.
template <class U>
[[gnu::always_inline]] inline void *findInBucket(const MapType *T, char *B,
                                                 uint64_t Word, TopPattern Pat,
                                                 U K) {
  for (unsigned M = matchTop(Word, Pat); M; M &= M - 1) {
    unsigned I = unsigned(__builtin_ctz(M));
    U Slot;
    std::memcpy(&Slot, B + DataOffset + I * sizeof(U), sizeof(U));
    if (Slot == K)
      return B + DataOffset + BucketCnt * sizeof(U) + I * T->ElemSize;
  }
  return nullptr;
}

/// The inline part of a _fast32/_fast64 lookup (U = uint32_t / uint64_t):
/// in a map H (non-null, non-empty) that is neither growing nor being
/// written, probes the bucket chain of K. Returns K's element slot, or
/// Missing when K is absent; null when only the complete out-of-line
/// lookup can answer (growth in progress or the write flag set), which
/// then repeats every check.
template <class U>
[[gnu::always_inline]] inline void *probeChain(const MapType *T, const Hmap *H,
                                               U K, void *Missing) {
  if (H->Flags & (HmapGrowing | HmapHashWriting))
    return nullptr;
  uint64_t Hash = hashFixed<U>(K, H->Hash0);
  const TopPattern Pat = topPattern(Hash);
  const void *Tops;
  char *B = firstBucket(T, H, Hash, &Tops);
  // The first bucket (its tophash word possibly read from the index) is
  // probed apart from its overflow buckets: a miss that ends there, as
  // most do, leaves with one jump, and the overflow loop carries no
  // tophash address beside the bucket (medians of int64 misses on 10^3
  // entries 1.1-1.3x absl's time in the paired driver, against 1.5-1.6x
  // with one loop over the whole chain).
  if (void *E = findInBucket<U>(T, B, loadTophash(Tops), Pat, K))
    return E;
  // Most chains are one bucket: the overflow loop is laid out off the
  // path of a miss.
  for (B = chainNext(T, B, Tops); __builtin_expect(B != nullptr, 0);
       B = chainNext(T, B, B))
    if (void *E = findInBucket<U>(T, B, loadTophash(B), Pat, K))
      return E;
  return Missing;
}

} // namespace gs::rt

#endif // GOSCAPE_RT_MAPPROBE_H
