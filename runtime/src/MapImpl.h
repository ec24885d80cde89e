//===- MapImpl.h - Map algorithms shared by all key kinds -------*- C++ -*-===//
//
// The bodies of lookup, assignment, deletion and evacuation, written once as
// templates over a key policy and instantiated for generic keys (any
// comparable type, driven by the MapType descriptor) and for the fast-path
// keys (4-byte, 8-byte and string keys, whose size, hash and equality are
// known statically). Layout, invariants and the growth protocol are
// described in goscape-rt/Map.h; this file adds only how they are coded.
//
// A key policy P provides:
//   Arg                      how the key is passed in (pointer or value)
//   hash(T, K, Seed)         hash of an incoming key
//   keySize(T)               bytes per key slot
//   matches(T, Slot, K)      the stored key at Slot equals K
//   hashSlot(T, Slot, Seed)  hash of the stored key at Slot
//   slotSelfEqual(T, Slot)   the stored key equals itself (false for NaN)
//   store(T, Slot, K)        stores a new key into an empty slot
//   update(T, Slot, K)       on overwrite, stores K over an equal key if
//                            the type needs it (+0/-0, string headers)
//   clear(T, Slot)           forgets a deleted key's pointers
//   reflexive(T), indirectElem(T)
//
// Tophash matching and hashing of 4- and 8-byte keys come from
// goscape-rt/MapProbe.h, shared with the inline lookups of MapInline.h.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_SRC_MAPIMPL_H
#define GOSCAPE_RT_SRC_MAPIMPL_H

#include "goscape-rt/Alg.h"
#include "goscape-rt/Alloc.h"
#include "goscape-rt/Map.h"
#include "goscape-rt/MapProbe.h"
#include "goscape-rt/Panic.h"

#include "Internal.h"

#include <cassert>
#include <cstring>
#include <type_traits>

namespace gs::rt {

//===----------------------------------------------------------------------===//
// Buckets
//===----------------------------------------------------------------------===//

/// The fixed prefix of a bucket; keys, elements and the overflow pointer
/// follow at offsets computed from the MapType.
struct Bmap {
  uint8_t Tophash[BucketCnt];
};

/// Iterator bucket marker meaning "no check needed".
constexpr uintptr_t NoCheck = uintptr_t(1) << 63;

inline bool isEmpty(uint8_t Top) { return Top <= EmptyOne; }

inline Bmap *bucketAt(void *Base, uintptr_t I, const MapType *T) {
  return reinterpret_cast<Bmap *>(static_cast<char *>(Base) +
                                  I * T->BucketSize);
}

/// Sets the tophash of slot I of bucket B, in the chain of the main bucket
/// Main, to V; when B is Main, also byte I of its tophash index word
/// (MapProbe.h), at Index (indexBytes of Main). Overflow buckets have no
/// index word.
inline void setTophash(Bmap *B, uintptr_t I, uint8_t V, const Bmap *Main,
                       uint8_t *Index) {
  B->Tophash[I] = V;
  if (B == Main)
    Index[I] = V;
}

inline bool evacuated(const Bmap *B) {
  uint8_t H = B->Tophash[0];
  return H > EmptyOne && H < MinTopHash;
}

inline Bmap *overflowOf(const MapType *T, Bmap *B) {
  Bmap *Ovf;
  std::memcpy(&Ovf, reinterpret_cast<char *>(B) + T->BucketSize - 8, 8);
  return Ovf;
}

inline void setOverflow(const MapType *T, Bmap *B, Bmap *Ovf) {
  std::memcpy(reinterpret_cast<char *>(B) + T->BucketSize - 8, &Ovf, 8);
}

inline char *keyAt(Bmap *B, uintptr_t I, uintptr_t KeySize) {
  return reinterpret_cast<char *>(B) + DataOffset + I * KeySize;
}

inline char *elemAt(Bmap *B, uintptr_t I, uintptr_t KeySize,
                    uintptr_t ElemSize) {
  return reinterpret_cast<char *>(B) + DataOffset + BucketCnt * KeySize +
         I * ElemSize;
}

inline void *loadPtr(const void *Slot) {
  void *P;
  std::memcpy(&P, Slot, sizeof(P));
  return P;
}

inline void storePtr(void *Slot, const void *P) {
  std::memcpy(Slot, &P, sizeof(P));
}

/// memcpy/memset for slot sizes, inlined for the common small sizes (the
/// library calls cost more than the copy for 8-byte elements).
inline void copySlot(void *Dst, const void *Src, uintptr_t Size) {
  switch (Size) {
  case 4:
    std::memcpy(Dst, Src, 4);
    return;
  case 8:
    std::memcpy(Dst, Src, 8);
    return;
  case 16:
    std::memcpy(Dst, Src, 16);
    return;
  default:
    std::memcpy(Dst, Src, Size);
  }
}

inline void clearSlot(void *Dst, uintptr_t Size) {
  switch (Size) {
  case 4:
    std::memset(Dst, 0, 4);
    return;
  case 8:
    std::memset(Dst, 0, 8);
    return;
  case 16:
    std::memset(Dst, 0, 16);
    return;
  default:
    std::memset(Dst, 0, Size);
  }
}

/// A == B for N bytes, without a library call: a call to memcmp inside the
/// probe loop made the compiler spill the loop's registers around it.
/// Keys up to 32 bytes take two overlapping loads per side.
inline bool bytesEqual(const uint8_t *A, const uint8_t *B, size_t N) {
  auto Eq = [](const uint8_t *X, const uint8_t *Y, size_t Len, auto Word) {
    decltype(Word) X0, X1, Y0, Y1;
    const size_t W = sizeof(Word);
    std::memcpy(&X0, X, W);
    std::memcpy(&Y0, Y, W);
    std::memcpy(&X1, X + Len - W, W);
    std::memcpy(&Y1, Y + Len - W, W);
    return ((X0 ^ Y0) | (X1 ^ Y1)) == 0;
  };
  using U128 = unsigned __int128;
  if (N < 4) {
    if (N == 0)
      return true;
    // First, middle and last byte cover lengths 1 to 3.
    return A[0] == B[0] && A[N / 2] == B[N / 2] && A[N - 1] == B[N - 1];
  }
  if (N < 8)
    return Eq(A, B, N, uint32_t());
  if (N <= 16)
    return Eq(A, B, N, uint64_t());
  for (; N > 32; A += 16, B += 16, N -= 16)
    if (!Eq(A, B, 16, U128()))
      return false;
  return Eq(A, B, N, U128());
}

/// Bit I set iff slot I is empty (EmptyRest or EmptyOne); the lowest bit is
/// exact on every target.
inline unsigned matchEmpty(uint64_t Word) {
  return matchByte(Word & 0xFEFEFEFEFEFEFEFEull, 0);
}

inline unsigned lowestSlot(unsigned Mask) { return __builtin_ctz(Mask); }

/// Bit I set iff slot I holds an entry or an evacuated one (a tophash other
/// than EmptyRest, EmptyOne and EvacuatedEmpty). Exact on every target.
inline unsigned liveSlots(uint64_t Word) {
#if defined(__SSE2__)
  return ~(matchEmpty(Word) | matchByte(Word, EvacuatedEmpty)) & 0xFF;
#else
  unsigned M = 0;
  for (unsigned I = 0; I < BucketCnt; ++I) {
    uint8_t Top = uint8_t(Word >> (8 * I));
    M |= unsigned(Top > EmptyOne && Top != EvacuatedEmpty) << I;
  }
  return M;
#endif
}

//===----------------------------------------------------------------------===//
// Header state
//===----------------------------------------------------------------------===//

inline bool growing(const Hmap *H) { return H->Oldbuckets != nullptr; }
inline bool sameSizeGrow(const Hmap *H) { return H->Flags & HmapSameSizeGrow; }
inline uintptr_t noldbuckets(const Hmap *H) {
  uint8_t OldB = H->B;
  if (!sameSizeGrow(H))
    --OldB;
  return bucketShift(OldB);
}
inline uintptr_t oldbucketMask(const Hmap *H) { return noldbuckets(H) - 1; }

inline bool overLoadFactor(intptr_t Count, uint8_t B) {
  return Count > intptr_t(BucketCnt) &&
         uintptr_t(Count) > LoadFactorNum * (bucketShift(B) / LoadFactorDen);
}

inline bool tooManyOverflowBuckets(uint16_t Noverflow, uint8_t B) {
  if (B > 15)
    B = 15;
  return Noverflow >= uint16_t(1) << (B & 15);
}

inline bool bucketHasPointers(const MapType *T) {
  return !(T->Flags & MapBucketNoScan);
}

// Out-of-line pieces of the growth protocol (Map.cpp).
void *newBucketArray(const MapType *T, uint8_t B, void *Dirty,
                     Bmap **NextOverflow);
Bmap *newOverflow(const MapType *T, Hmap *H, Bmap *B);
void hashGrow(const MapType *T, Hmap *H);
void advanceEvacuationMark(const MapType *T, Hmap *H, uintptr_t NewBit);
void traceGrow(const char *Event, const Hmap *H);

//===----------------------------------------------------------------------===//
// Key policies
//===----------------------------------------------------------------------===//

/// Any comparable key, described by T.
struct GenericKey {
  using Arg = const void *;
  static constexpr bool IsGeneric = true;

  static const void *deref(const MapType *T, const char *Slot) {
    return (T->Flags & MapIndirectKey) ? loadPtr(Slot) : Slot;
  }
  static uintptr_t hash(const MapType *T, Arg K, uintptr_t Seed) {
    return T->Hasher(K, Seed);
  }
  static uintptr_t keySize(const MapType *T) { return T->KeySize; }
  static bool matches(const MapType *T, const char *Slot, Arg K) {
    return T->Key->Equal(K, deref(T, Slot));
  }
  static uintptr_t hashSlot(const MapType *T, const char *Slot,
                            uintptr_t Seed) {
    return T->Hasher(deref(T, Slot), Seed);
  }
  static bool slotSelfEqual(const MapType *T, const char *Slot) {
    const void *K = deref(T, Slot);
    return T->Key->Equal(K, K);
  }
  static void store(const MapType *T, char *Slot, Arg K) {
    if (T->Flags & MapIndirectKey) {
      size_t Size = T->Key->Size;
      void *Mem = T->Key->PtrData ? gs_alloc(Size) : gs_alloc_noscan(Size);
      storePtr(Slot, Mem);
      std::memcpy(Mem, K, Size);
      return;
    }
    copySlot(Slot, K, T->Key->Size);
  }
  static void update(const MapType *T, char *Slot, Arg K) {
    if (T->Flags & MapNeedKeyUpdate)
      std::memmove(const_cast<void *>(deref(T, Slot)), K, T->Key->Size);
  }
  static void clear(const MapType *T, char *Slot) {
    if (T->Flags & MapIndirectKey)
      storePtr(Slot, nullptr);
    else if (T->Key->PtrData)
      clearSlot(Slot, T->Key->Size);
  }
  static bool reflexive(const MapType *T) { return T->Flags & MapReflexiveKey; }
  static bool indirectElem(const MapType *T) {
    return T->Flags & MapIndirectElem;
  }
};

/// Plain-memory keys of N bytes (N = 4 or 8), hashed by gs_memhash32/64.
template <class U> struct FastKey {
  using Arg = U;
  static constexpr bool IsGeneric = false;

  static U load(const char *Slot) {
    U V;
    std::memcpy(&V, Slot, sizeof(U));
    return V;
  }
  static uintptr_t hash(const MapType *, Arg K, uintptr_t Seed) {
    return hashFixed<U>(K, Seed);
  }
  static uintptr_t keySize(const MapType *) { return sizeof(U); }
  static bool matches(const MapType *, const char *Slot, Arg K) {
    return load(Slot) == K;
  }
  static uintptr_t hashSlot(const MapType *T, const char *Slot,
                            uintptr_t Seed) {
    return hash(T, load(Slot), Seed);
  }
  static bool slotSelfEqual(const MapType *, const char *) { return true; }
  static void store(const MapType *, char *Slot, Arg K) {
    std::memcpy(Slot, &K, sizeof(U));
  }
  static void update(const MapType *, char *, Arg) {}
  static void clear(const MapType *T, char *Slot) {
    if (T->Key->PtrData)
      std::memset(Slot, 0, sizeof(U));
  }
  static bool reflexive(const MapType *) { return true; }
  static bool indirectElem(const MapType *) { return false; }
};

using Fast32Key = FastKey<uint32_t>;
using Fast64Key = FastKey<uint64_t>;

/// String keys, hashed by content (gs_strhash).
struct StrKey {
  using Arg = String;
  static constexpr bool IsGeneric = false;

  static String load(const char *Slot) {
    String S;
    std::memcpy(&S, Slot, sizeof(S));
    return S;
  }
  // Inlined into the entry points: as a call it cost ~10% of a lookup.
  [[gnu::always_inline]] static uintptr_t hash(const MapType *, Arg K,
                                               uintptr_t Seed) {
    return hashBytes(K.Ptr, size_t(K.Len), Seed);
  }
  static uintptr_t keySize(const MapType *) { return sizeof(String); }
  static bool matches(const MapType *, const char *Slot, Arg K) {
    String S = load(Slot);
    return S.Len == K.Len &&
           (S.Ptr == K.Ptr || bytesEqual(S.Ptr, K.Ptr, size_t(K.Len)));
  }
  static uintptr_t hashSlot(const MapType *T, const char *Slot,
                            uintptr_t Seed) {
    return hash(T, load(Slot), Seed);
  }
  static bool slotSelfEqual(const MapType *, const char *) { return true; }
  static void store(const MapType *, char *Slot, Arg K) {
    std::memcpy(Slot, &K, sizeof(K));
  }
  // Keep the newest header so the old string's bytes can be collected.
  static void update(const MapType *T, char *Slot, Arg K) { store(T, Slot, K); }
  static void clear(const MapType *, char *Slot) {
    std::memset(Slot, 0, sizeof(String));
  }
  static bool reflexive(const MapType *) { return true; }
  static bool indirectElem(const MapType *) { return false; }
};

//===----------------------------------------------------------------------===//
// Evacuation
//===----------------------------------------------------------------------===//

/// Moves every entry of old bucket OldBucket (and its overflow chain) to
/// the new array, marking each old slot EvacuatedX/Y/Empty, then advances
/// Nevacuate if OldBucket was the next one due.
template <class P>
void evacuate(const MapType *T, Hmap *H, uintptr_t OldBucket) {
  Bmap *B = bucketAt(H->Oldbuckets, OldBucket, T);
  uintptr_t NewBit = noldbuckets(H);
  if (!evacuated(B)) {
    const uintptr_t KS = P::keySize(T), ES = T->ElemSize;
    // The destinations start at main buckets, whose index words are kept
    // too; the old array's index is dead during growth.
    struct Dst {
      Bmap *B;
      uintptr_t I;
      Bmap *Main;
      uint8_t *Index;
    } XY[2];
    auto DstAt = [&](uintptr_t Bucket) {
      Bmap *Main = bucketAt(H->Buckets, Bucket, T);
      return Dst{Main, 0, Main, indexBytes(H->Buckets, H->B, Bucket)};
    };
    XY[0] = DstAt(OldBucket);
    bool SameSize = sameSizeGrow(H);
    if (!SameSize)
      XY[1] = DstAt(OldBucket + NewBit);
    for (Bmap *Cur = B; Cur; Cur = overflowOf(T, Cur)) {
      for (uintptr_t I = 0; I < BucketCnt; ++I) {
        uint8_t Top = Cur->Tophash[I];
        if (isEmpty(Top)) {
          Cur->Tophash[I] = EvacuatedEmpty;
          continue;
        }
        assert(Top >= MinTopHash && "bad map state: evacuating a mark");
        char *K = keyAt(Cur, I, KS);
        unsigned UseY = 0;
        if (!SameSize) {
          uintptr_t Hash = P::hashSlot(T, K, H->Hash0);
          if ((H->Flags & HmapIterator) && !P::reflexive(T) &&
              !P::slotSelfEqual(T, K)) {
            // NaN: its hash is random, so route it by a bit an iterator
            // can recompute, and give it a fresh tophash.
            UseY = Top & 1;
            Top = tophash(Hash);
          } else if (Hash & NewBit) {
            UseY = 1;
          }
        }
        Cur->Tophash[I] = uint8_t(EvacuatedX + UseY);
        Dst &D = XY[UseY];
        if (D.I == BucketCnt) {
          D.B = newOverflow(T, H, D.B);
          D.I = 0;
        }
        setTophash(D.B, D.I, Top, D.Main, D.Index);
        copySlot(keyAt(D.B, D.I, KS), K, KS);
        copySlot(elemAt(D.B, D.I, KS, ES), elemAt(Cur, I, KS, ES), ES);
        ++D.I;
      }
    }
    // Without an iterator on the old array nobody reads its entries again;
    // dropping keys, elements and the overflow link frees them for the
    // collector. The tophash marks stay for lookups and Nevacuate.
    if (!(H->Flags & HmapOldIterator) && bucketHasPointers(T))
      std::memset(reinterpret_cast<char *>(B) + DataOffset, 0,
                  T->BucketSize - DataOffset);
  }
  if (OldBucket == H->Nevacuate)
    advanceEvacuationMark(T, H, NewBit);
}

/// Evacuates the old bucket Bucket maps to, then one more to make progress.
template <class P> void growWork(const MapType *T, Hmap *H, uintptr_t Bucket) {
  evacuate<P>(T, H, Bucket & oldbucketMask(H));
  if (growing(H)) {
    evacuate<P>(T, H, H->Nevacuate);
    if (Debug.MapGrow && growing(H))
      traceGrow("step", H);
  }
}

//===----------------------------------------------------------------------===//
// Lookup, assignment, deletion
//===----------------------------------------------------------------------===//

/// The bucket chain a reader must probe for Hash: the old bucket while it
/// is not evacuated, else the new one.
inline Bmap *readBucket(const MapType *T, const Hmap *H, uintptr_t Hash) {
  uintptr_t M = bucketMask(H->B);
  Bmap *B = bucketAt(H->Buckets, Hash & M, T);
  if (void *Old = H->Oldbuckets) {
    if (!sameSizeGrow(H))
      M >>= 1;
    Bmap *OldB = bucketAt(Old, Hash & M, T);
    if (!evacuated(OldB))
      return OldB;
  }
  return B;
}

/// Finds K in a non-empty map; returns its key slot or null, and its element
/// slot in *ElemSlot. Slots are not dereferenced for indirect storage. Out
/// of growth the chain starts as the inline probes' does (firstBucket,
/// MapProbe.h: in large arrays the first bucket's tophash bytes come from
/// the tophash index, so a miss in a bucket with room never reads the
/// bucket); during growth readBucket picks the old or the new bucket, whose
/// own bytes are read.
template <class P>
[[gnu::always_inline]] inline char *lookup(const MapType *T, const Hmap *H,
                                           typename P::Arg K, char **ElemSlot) {
  const uintptr_t KS = P::keySize(T);
  uintptr_t Hash = P::hash(T, K, H->Hash0);
  const TopPattern Pat = topPattern(Hash);
  Bmap *B;
  const void *Tops;
  if (H->Oldbuckets) {
    B = readBucket(T, H, Hash);
    Tops = B;
    prefetchBucket(T, H, B);
  } else {
    B = reinterpret_cast<Bmap *>(firstBucket(T, H, Hash, &Tops));
  }
  do {
    uint64_t Word = loadTophash(Tops);
    for (unsigned M = matchTop(Word, Pat); M; M &= M - 1) {
      unsigned I = lowestSlot(M);
      char *Slot = keyAt(B, I, KS);
      if (P::matches(T, Slot, K)) {
        *ElemSlot = elemAt(B, I, KS, T->ElemSize);
        return Slot;
      }
    }
    B = reinterpret_cast<Bmap *>(chainNext(T, B, Tops));
    Tops = B;
  } while (B);
  return nullptr;
}

/// Like lookup, for maps of at most one bucket with fixed-size keys: no
/// hash is computed, as in gc's fast paths.
template <class P>
inline char *lookupOneBucket(const MapType *T, const Hmap *H,
                             typename P::Arg K) {
  Bmap *B = static_cast<Bmap *>(H->Buckets);
  const uintptr_t KS = P::keySize(T);
  for (uintptr_t I = 0; I < BucketCnt; ++I)
    if (P::matches(T, keyAt(B, I, KS), K) && !isEmpty(B->Tophash[I]))
      return elemAt(B, I, KS, T->ElemSize);
  return nullptr;
}

/// Returns the element for K, or Missing if K is absent (returning the
/// zero value from here saves mapaccess1 a second test of the result); H
/// is non-null and non-empty.
template <class P>
[[gnu::always_inline]] inline void *access(const MapType *T, const Hmap *H,
                                           typename P::Arg K, void *Missing) {
  if (H->Flags & HmapHashWriting)
    gs_fatal("concurrent map read and map write");
  char *E;
  if constexpr (!P::IsGeneric && !std::is_same_v<P, StrKey>) {
    if (H->B == 0) {
      void *One = lookupOneBucket<P>(T, H, K);
      return One ? One : Missing;
    }
  }
  if (!lookup<P>(T, H, K, &E))
    return Missing;
  return P::indirectElem(T) ? loadPtr(E) : E;
}

/// Tables of 2^CountedMinB buckets or more (~4.7 MB for 8-byte keys and
/// elements, beyond a private L2) pick the slot an assignment inserts into
/// and the slot a deletion clears with a counted slot loop; see remove.
constexpr uint8_t CountedMinB = 15;

/// mapassign: returns the element slot for K, inserting K if needed.
template <class P> void *assign(const MapType *T, Hmap *H, typename P::Arg K) {
  if (!H)
    gs_panic_plain_error("assignment to entry in nil map");
  if (H->Flags & HmapHashWriting)
    gs_fatal("concurrent map writes");
  uintptr_t Hash = P::hash(T, K, H->Hash0);
  // Set after hashing: a panicking hash must leave the map writable.
  H->Flags ^= HmapHashWriting;
  if (H->Buckets == emptyBuckets())
    H->Buckets = newBucketArray(T, 0, nullptr, nullptr);

  const uintptr_t KS = P::keySize(T), ES = T->ElemSize;
  const uint8_t Top = tophash(Hash);
  const TopPattern Pat = topPattern(Hash);
  char *Elem;
  for (;;) {
    uintptr_t Bucket = Hash & bucketMask(H->B);
    if (growing(H))
      growWork<P>(T, H, Bucket);
    Bmap *B = bucketAt(H->Buckets, Bucket, T);
    Bmap *const Main = B;
    uint8_t *const Index = indexBytes(H->Buckets, H->B, Bucket);
    prefetchBucket(T, H, B);
    Bmap *InsertB = nullptr;
    unsigned InsertI = 0;
    const bool Counted = H->B >= CountedMinB;
    for (;;) {
      uint64_t Word = loadTophash(B);
      for (unsigned M = matchTop(Word, Pat); M; M &= M - 1) {
        unsigned I = lowestSlot(M);
        char *Slot = keyAt(B, I, KS);
        if (!P::matches(T, Slot, K))
          continue;
        P::update(T, Slot, K);
        Elem = elemAt(B, I, KS, ES);
        goto Done;
      }
      if (!InsertB) {
        if (Counted) {
          // As in remove: the insertion slot comes from (predicted) control
          // flow, so the stores of the key, the element and the tophash do
          // not wait for the bucket's cache miss and do not hold up the
          // next assignment's own miss. Hinted inserts of 10^6 int64 keys
          // took ~110-120 ns each with the slot from ctz of the empty mask,
          // ~55-65 ns this way (see runtime/README.md).
          for (unsigned I = 0; I < BucketCnt; ++I)
            if (isEmpty(uint8_t(Word >> (8 * I)))) {
              InsertB = B;
              InsertI = I;
              break;
            }
        } else if (unsigned E = matchEmpty(Word)) {
          InsertB = B;
          InsertI = lowestSlot(E);
        }
      }
      if (endsChain(B))
        break;
      Bmap *Ovf = overflowOf(T, B);
      if (!Ovf)
        break;
      B = Ovf;
    }

    // K is new. Growing moves entries, so the probe restarts afterwards.
    if (!growing(H) && (overLoadFactor(H->Count + 1, H->B) ||
                        tooManyOverflowBuckets(H->Noverflow, H->B))) {
      hashGrow(T, H);
      continue;
    }
    if (!InsertB) {
      // No empty slot in the whole chain: B is its last bucket.
      InsertB = newOverflow(T, H, B);
      InsertI = 0;
    }
    P::store(T, keyAt(InsertB, InsertI, KS), K);
    Elem = elemAt(InsertB, InsertI, KS, ES);
    if (P::indirectElem(T)) {
      size_t Size = T->Elem->Size;
      storePtr(Elem, T->Elem->PtrData ? gs_alloc(Size) : gs_alloc_noscan(Size));
    }
    setTophash(InsertB, InsertI, Top, Main, Index);
    ++H->Count;
    break;
  }
Done:
  if (!(H->Flags & HmapHashWriting))
    gs_fatal("concurrent map writes");
  H->Flags &= ~HmapHashWriting;
  return P::indirectElem(T) ? loadPtr(Elem) : Elem;
}

/// mapdelete.
template <class P> void remove(const MapType *T, Hmap *H, typename P::Arg K) {
  if (!H || H->Count == 0) {
    if constexpr (P::IsGeneric) {
      // Deleting an unhashable key panics even from an empty map.
      if (T->Flags & MapHashMightPanic)
        P::hash(T, K, 0);
    }
    return;
  }
  if (H->Flags & HmapHashWriting)
    gs_fatal("concurrent map writes");
  uintptr_t Hash = P::hash(T, K, H->Hash0);
  H->Flags ^= HmapHashWriting;

  const uintptr_t KS = P::keySize(T), ES = T->ElemSize;
  uintptr_t Bucket = Hash & bucketMask(H->B);
  if (growing(H))
    growWork<P>(T, H, Bucket);
  Bmap *Orig = bucketAt(H->Buckets, Bucket, T);
  uint8_t *const Index = indexBytes(H->Buckets, H->B, Bucket);
  prefetchBucket(T, H, Orig);
  const TopPattern Pat = topPattern(Hash);
  // Deletes slot I of bucket B if it holds K.
  auto DeleteAt = [&](Bmap *B,
                      unsigned I) __attribute__((always_inline)) -> bool {
    char *Slot = keyAt(B, I, KS);
    if (!P::matches(T, Slot, K))
      return false;
    P::clear(T, Slot);
    char *E = elemAt(B, I, KS, ES);
    if (P::indirectElem(T))
      storePtr(E, nullptr);
    else
      clearSlot(E, ES);
    setTophash(B, I, EmptyOne, Orig, Index);
    // If the slot now ends the chain's entries, turn the trailing run of
    // EmptyOne slots (possibly across buckets) into EmptyRest.
    bool Last =
        I == BucketCnt - 1
            ? !overflowOf(T, B) || overflowOf(T, B)->Tophash[0] == EmptyRest
            : B->Tophash[I + 1] == EmptyRest;
    if (Last) {
      for (;;) {
        setTophash(B, I, EmptyRest, Orig, Index);
        if (I == 0) {
          if (B == Orig)
            break;
          Bmap *C = B;
          for (B = Orig; overflowOf(T, B) != C; B = overflowOf(T, B))
            ;
          I = BucketCnt - 1;
        } else {
          --I;
        }
        if (B->Tophash[I] != EmptyOne)
          break;
      }
    }
    if (--H->Count == 0)
      H->Hash0 = gs_fastrand(); // a fresh seed defeats collision attacks
    return true;
  };
  // In tables larger than a private L2, candidates are visited by a counted
  // loop instead of by ctz of the match mask: the slot index then comes
  // from (predicted) control flow, as in gc's slot-by-slot loop, so the
  // addresses of the stores in DeleteAt are known before the bucket's first
  // cache line arrives. With the index computed from the loaded tophash,
  // the stores' addresses wait for the miss and, together with the
  // H->Flags writes, keep the next delete from starting its own miss:
  // deletes from a 10^6-entry map ran one memory latency each (~100-140 ns
  // instead of ~55-60 ns; measured, see runtime/README.md). In cached
  // tables the counted loop's data-dependent branches cost more than that
  // (deletes from 10^3-10^5 entries 1.6-2x slower), so they use ctz.
  const bool Counted = H->B >= CountedMinB;
  for (Bmap *B = Orig; B; B = overflowOf(T, B)) {
    uint64_t Word = loadTophash(B);
    const unsigned Match = matchTop(Word, Pat);
    if (Counted) {
      for (unsigned I = 0; I < BucketCnt; ++I)
        if (((Match >> I) & 1) && DeleteAt(B, I))
          goto Done;
    } else {
      for (unsigned M = Match; M; M &= M - 1)
        if (DeleteAt(B, lowestSlot(M)))
          goto Done;
    }
    if (endsChain(B))
      break;
  }
Done:
  if (!(H->Flags & HmapHashWriting))
    gs_fatal("concurrent map writes");
  H->Flags &= ~HmapHashWriting;
}

} // namespace gs::rt

#endif // GOSCAPE_RT_SRC_MAPIMPL_H
