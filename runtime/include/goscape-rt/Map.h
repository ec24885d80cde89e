//===- Map.h - Go maps: layout, invariants and entry points -----*- C++ -*-===//
//
// Go 1.19's hash map, with gc's memory layout and observable behaviour.
//
// Layout
// ------
// A map value is a pointer to an Hmap header (nil for a nil map). The
// header points to an array of 2^B buckets. A bucket holds BucketCnt (8)
// entries:
//
//   offset 0                  Tophash[8]   one byte per slot
//   DataOffset (8)            8 keys       KeySize bytes each
//   8 + 8*KeySize             8 elements   ElemSize bytes each
//   BucketSize - 8            overflow     next bucket of the chain or null
//
// Keys or elements larger than MaxKeySize/MaxElemSize (128 bytes) are
// stored indirectly: the slot holds a pointer to a separately allocated
// copy. A key's hash picks the bucket with its low B bits; its top byte,
// raised to at least MinTopHash, is the slot's tophash. Below MinTopHash a
// tophash is a state:
//   EmptyRest       slot empty, and so is every later slot of the bucket and
//                   of its overflow chain (lookups stop here); every later
//                   slot of the bucket is EmptyRest too, so a bucket holds
//                   an EmptyRest iff its last slot is one;
//   EmptyOne        slot empty;
//   EvacuatedX/Y    (old buckets only) the entry moved to the first/second
//                   half of the new array;
//   EvacuatedEmpty  (old buckets only) the slot was empty when evacuated.
// A bucket is evacuated iff its Tophash[0] is EvacuatedX..EvacuatedEmpty.
//
// The 2^B words before the first bucket are the array's tophash index (not
// in gc): word I is a copy of main bucket I's 8 tophash bytes, kept equal
// by every write to the current array, so lookups in large arrays read
// 8 bytes per bucket instead of a bucket line (see MapProbe.h).
//
// When a chain's slots are all full, an overflow bucket is linked. Arrays of
// 16 or more buckets are allocated with 1/16 extra buckets that serve as the
// first overflow buckets (extra->NextOverflow; the last spare points back at
// the array start as an end marker). Noverflow counts overflow buckets
// exactly while B < 16 and approximately (sampled) above.
//
// When neither keys nor elements hold pointers, buckets are allocated
// pointer-free (gs_alloc_noscan) and the collector does not see their
// overflow pointers; Extra->Overflow / OldOverflow then list every overflow
// bucket to keep it alive. Iterators copy those lists for the same reason.
//
// Growth
// ------
// An assignment of a new key grows the map when, with no growth under way,
// the count would exceed 6.5 (LoadFactorNum/LoadFactorDen) entries per
// bucket (and BucketCnt entries in total), or there are too many overflow
// buckets (Noverflow >= 2^min(B,15)). The first doubles the bucket array;
// the second allocates a same-size array (SameSizeGrow) that packs the
// entries densely again. The current array becomes Oldbuckets; entries move
// lazily. Each assignment or deletion that lands on old bucket i first
// evacuates i (the bucket the key lives in) and then bucket Nevacuate, so
// growth finishes within one assignment/deletion per old bucket. Evacuating
// a bucket of a doubling growth splits its chain: entries whose hash has the
// new bit clear go to bucket i (X), the others to bucket i + 2^(B-1) (Y).
// Nevacuate only moves forward, past every evacuated bucket; when it reaches
// the old size the old array is dropped and growth ends.
//
// While Oldbuckets is non-null, a lookup reads the old bucket of the key if
// it has not been evacuated, else the new one. Entries are therefore always
// found in exactly one place.
//
// Iteration
// ---------
// An iterator (Hiter, on the caller's stack) starts at a random bucket and a
// random slot offset, walks the bucket array it saw at start (Buckets, 2^B)
// and returns each entry present for the whole iteration exactly once, never
// an entry already deleted, and maybe entries added meanwhile. When the map
// grows during iteration, the iterator keeps walking the array it started on
// (entries moved away are re-looked-up in the current map so the value is
// current and deletions are seen); when it started during a growth, it walks
// the new array but reads an unevacuated old bucket instead, keeping only
// the entries that belong to the new bucket being visited. Keys that are not
// equal to themselves (NaN) cannot be re-hashed consistently, so while an
// iterator exists evacuation sends them to X or Y by the low bit of their
// tophash, and the iterator selects them by the same bit.
//
// Flags: Iterator/OldIterator record that an iterator may be walking the
// buckets/oldbuckets (evacuation then keeps old keys and elements readable);
// HashWriting is set during a write (a nested write is the fatal error
// "concurrent map writes"); SameSizeGrow marks the current growth;
// Growing is set exactly while Oldbuckets is non-null (goscape's own bit:
// the inline lookups test growth and the write flag with one test).
//
// Fast paths
// ----------
// Map types with 4- and 8-byte plain-memory keys (ints, pointers) and string
// keys have _fast32, _fast64 and _faststr entry points, as in gc. They are
// only valid when the elements are stored inline (ElemSize <= 128) and the
// type's Hasher is gs_memhash32, gs_memhash64 or gs_strhash respectively;
// all entry points of such a map may be mixed freely with the generic ones.
// The lookups of 4- and 8-byte keys also have inline definitions
// (goscape-rt/MapInline.h) that optimized Go code and C++ callers inline.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_MAP_H
#define GOSCAPE_RT_MAP_H

#include "goscape-rt/Type.h"

namespace gs {

constexpr unsigned BucketCntBits = 3;
constexpr uintptr_t BucketCnt = uintptr_t(1) << BucketCntBits;
constexpr uintptr_t LoadFactorNum = 13;
constexpr uintptr_t LoadFactorDen = 2;
constexpr uintptr_t MaxKeySize = 128;
constexpr uintptr_t MaxElemSize = 128;
/// Offset of the first key in a bucket (after the tophash bytes).
constexpr uintptr_t DataOffset = 8;
/// Size of the shared zero value mapaccess1 returns for a missing key;
/// element types larger than this use the _fat variants.
constexpr uintptr_t MaxZero = 1024;

/// Tophash states (values below MinTopHash).
enum : uint8_t {
  EmptyRest = 0,
  EmptyOne = 1,
  EvacuatedX = 2,
  EvacuatedY = 3,
  EvacuatedEmpty = 4,
  MinTopHash = 5,
};

/// Hmap::Flags bits.
enum : uint8_t {
  HmapIterator = 1,
  HmapOldIterator = 2,
  HmapHashWriting = 4,
  HmapSameSizeGrow = 8,
  HmapGrowing = 16,
};

/// MapType::Flags bits.
enum : uint32_t {
  MapIndirectKey = 1 << 0,
  MapIndirectElem = 1 << 1,
  MapReflexiveKey = 1 << 2,
  MapNeedKeyUpdate = 1 << 3,
  MapHashMightPanic = 1 << 4,
  MapBucketNoScan = 1 << 5, ///< buckets hold no pointers
};

/// The descriptor of a map type map[Key]Elem. Build one with
/// gs_maptype_init; the compiler emits the same values statically.
struct MapType {
  const Type *Key;
  const Type *Elem;
  HashFn Hasher;       ///< hashes a key (Key->Hash)
  uint32_t BucketSize; ///< bytes per bucket
  uint8_t KeySize;     ///< bytes per key slot (8 when indirect)
  uint8_t ElemSize;    ///< bytes per element slot (8 when indirect)
  uint32_t Flags;      ///< MapIndirectKey, ...
};

/// Overflow bookkeeping, allocated on demand.
struct MapExtra {
  /// Overflow buckets of Buckets / Oldbuckets when buckets are pointer-free
  /// (a Go []*bmap each), keeping them alive.
  Slice *Overflow;
  Slice *OldOverflow;
  /// Next unused spare bucket at the end of the bucket array, or null.
  void *NextOverflow;
};

/// A map header (gc's hmap).
struct Hmap {
  intptr_t Count;      ///< live entries; len(m)
  uint8_t Flags;       ///< HmapIterator, ...
  uint8_t B;           ///< log2 of the number of buckets
  uint16_t Noverflow;  ///< (approximate) number of overflow buckets
  uint32_t Hash0;      ///< hash seed
  void *Buckets;       ///< 2^B buckets; EmptyBuckets until the first assignment
  void *Oldbuckets;    ///< previous array while growing, else null
  uintptr_t Nevacuate; ///< old buckets below this are evacuated
  MapExtra *Extra;
};

/// A map iterator (gc's hiter, 12 words). Lives on the caller's stack; Key
/// is null once iteration is over.
struct Hiter {
  void *Key;  ///< current key, or null at the end
  void *Elem; ///< current element
  const MapType *T;
  Hmap *H;
  void *Buckets; ///< bucket array at iteration start
  void *Bptr;    ///< current bucket
  Slice *Overflow;
  Slice *OldOverflow;
  uintptr_t StartBucket;
  uint8_t Offset; ///< slot offset all buckets start from
  bool Wrapped;   ///< wrapped around from the last bucket to the first
  uint8_t B;
  uint8_t I;
  uintptr_t Bucket;
  uintptr_t CheckBucket;
};

/// Fills T for map[Key]Elem: slot sizes, indirection (sizes > 128 bytes),
/// bucket size, flags and hasher. Key must be comparable (Key->Equal set).
GS_RUNTIME void gs_maptype_init(MapType *T, const Type *Key, const Type *Elem);

/// Implements make(map[k]v, Hint). Hints that are negative or too large
/// count as 0. H and Bucket may be caller-provided zeroed storage for the
/// header and the first bucket (T->BucketSize bytes) of a map that does not
/// escape; the 8 zeroed bytes before Bucket must be storage too (its
/// tophash index word, MapProbe.h). Bucket is used only when Hint fits in
/// one bucket. Returns H, or a new header if H is null.
GS_RUNTIME Hmap *gs_makemap(const MapType *T, int64_t Hint, Hmap *H,
                            void *Bucket);

/// Implements make(map[k]v) and make(map[k]v, hint) for hint <= 8 when the
/// map escapes: a heap header, buckets allocated on first assignment.
GS_RUNTIME Hmap *gs_makemap_small();

/// Implements v := m[k]: returns a pointer to the element for *Key, or to a
/// zero value (for element sizes up to MaxZero). Never null; nil maps are
/// empty. Panics if hashing the key panics.
GS_RUNTIME void *gs_mapaccess1(const MapType *T, Hmap *H, const void *Key);

/// Implements v, ok := m[k]: returns what gs_mapaccess1 returns and sets
/// *Present to whether the key is in the map. The element may be read but
/// not written.
GS_RUNTIME void *gs_mapaccess2(bool *Present, const MapType *T, Hmap *H,
                               const void *Key);

/// gs_mapaccess1 for element types larger than MaxZero: returns Zero (the
/// caller's zero value) when the key is missing.
GS_RUNTIME void *gs_mapaccess1_fat(const MapType *T, Hmap *H, const void *Key,
                                   const void *Zero);

/// gs_mapaccess2 for element types larger than MaxZero.
GS_RUNTIME void *gs_mapaccess2_fat(bool *Present, const MapType *T, Hmap *H,
                                   const void *Key, const void *Zero);

/// Implements m[k] = v: finds or inserts *Key and returns the element slot
/// to store v into (a new entry's element is zeroed). May grow the map.
/// Panics "assignment to entry in nil map" when H is null.
GS_RUNTIME void *gs_mapassign(const MapType *T, Hmap *H, const void *Key);

/// Implements delete(m, k). No-op for nil maps and missing keys.
GS_RUNTIME void gs_mapdelete(const MapType *T, Hmap *H, const void *Key);

/// Removes every entry (the `for k := range m { delete(m, k) }` idiom),
/// keeping the bucket array. Starts a new hash seed.
GS_RUNTIME void gs_mapclear(const MapType *T, Hmap *H);

/// Implements len(m): 0 for a nil map.
GS_RUNTIME intptr_t gs_maplen(const Hmap *H);

/// Starts iterating over H into the caller's zeroed It and moves to the
/// first entry: It->Key/It->Elem point at it, It->Key is null when the map
/// is empty or nil.
GS_RUNTIME void gs_mapiterinit(const MapType *T, Hmap *H, Hiter *It);

/// Moves It to the next entry; It->Key becomes null at the end.
GS_RUNTIME void gs_mapiternext(Hiter *It);

/// gs_mapaccess1 for 4-byte plain-memory keys.
GS_RUNTIME void *gs_mapaccess1_fast32(const MapType *T, Hmap *H, uint32_t Key);
/// gs_mapaccess2 for 4-byte plain-memory keys.
GS_RUNTIME void *gs_mapaccess2_fast32(bool *Present, const MapType *T,
                                    Hmap *H, uint32_t Key);
/// gs_mapassign for 4-byte plain-memory keys.
GS_RUNTIME void *gs_mapassign_fast32(const MapType *T, Hmap *H, uint32_t Key);
/// gs_mapdelete for 4-byte plain-memory keys.
GS_RUNTIME void gs_mapdelete_fast32(const MapType *T, Hmap *H, uint32_t Key);

/// gs_mapaccess1 for 8-byte plain-memory keys (ints, pointers).
GS_RUNTIME void *gs_mapaccess1_fast64(const MapType *T, Hmap *H, uint64_t Key);
/// gs_mapaccess2 for 8-byte plain-memory keys.
GS_RUNTIME void *gs_mapaccess2_fast64(bool *Present, const MapType *T,
                                    Hmap *H, uint64_t Key);
/// gs_mapassign for 8-byte plain-memory keys.
GS_RUNTIME void *gs_mapassign_fast64(const MapType *T, Hmap *H, uint64_t Key);
/// gs_mapassign for pointer keys (the key slot is scanned by the collector).
GS_RUNTIME void *gs_mapassign_fast64ptr(const MapType *T, Hmap *H, void *Key);
/// gs_mapdelete for 8-byte plain-memory keys.
GS_RUNTIME void gs_mapdelete_fast64(const MapType *T, Hmap *H, uint64_t Key);

/// gs_mapaccess1 for string keys.
GS_RUNTIME void *gs_mapaccess1_faststr(const MapType *T, Hmap *H,
                                     const uint8_t *KeyPtr, intptr_t KeyLen);
/// gs_mapaccess2 for string keys.
GS_RUNTIME void *gs_mapaccess2_faststr(bool *Present, const MapType *T,
                                     Hmap *H, const uint8_t *KeyPtr,
                                     intptr_t KeyLen);
/// gs_mapassign for string keys. The map keeps Key's header, so its bytes
/// must stay alive and unchanged (Go strings are immutable).
GS_RUNTIME void *gs_mapassign_faststr(const MapType *T, Hmap *H,
                                     const uint8_t *KeyPtr, intptr_t KeyLen);
/// gs_mapdelete for string keys.
GS_RUNTIME void gs_mapdelete_faststr(const MapType *T, Hmap *H,
                                    const uint8_t *KeyPtr, intptr_t KeyLen);

} // namespace gs

#endif // GOSCAPE_RT_MAP_H
