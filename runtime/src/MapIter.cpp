//===- MapIter.cpp - Map iteration ----------------------------------------===//
//
// gs_mapiterinit / gs_mapiternext. The iterator walks the bucket array that
// was current when it started (It->Buckets, 2^It->B buckets) from a random
// bucket, visiting the slots of every bucket from a random offset, and
// wraps around once. What it finds depends on growth:
//
//  * No growth since the start, or the iterator started before the current
//    growth (It->B != H->B): It->Buckets holds, for every slot, either a
//    live entry, an empty slot, or an EvacuatedX/Y mark whose entry now
//    lives in H->Buckets. Live entries are returned as they are; for marked
//    slots the key is looked up again in the map, which yields the current
//    element and skips entries deleted since. (NaN keys cannot be looked
//    up; they are returned from the old slot, which evacuation keeps
//    intact while an old iterator exists.)
//
//  * The iterator started during the current growth (It->B == H->B) and
//    its bucket's old bucket is not yet evacuated: the old bucket holds the
//    entries of two new buckets (X and Y), so only those that hash to the
//    bucket being visited are returned (CheckBucket); the others are
//    returned when the iterator visits their own new bucket.
//
// Every entry thus has one home per visited bucket index, which gives the
// exactly-once guarantee for entries present during the whole iteration.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Map.h"

#include "MapImpl.h"

using namespace gs;
using namespace gs::rt;

void gs::gs_mapiterinit(const MapType *T, Hmap *H, Hiter *It) {
  *It = Hiter{};
  It->T = T;
  if (!H || H->Count == 0)
    return;
  It->H = H;
  It->B = H->B;
  It->Buckets = H->Buckets;
  if (!bucketHasPointers(T)) {
    // Pointer-free buckets: copy the lists that keep overflow buckets alive,
    // since the map may drop them while we still walk the chains.
    if (!H->Extra)
      H->Extra = static_cast<MapExtra *>(gs_alloc(sizeof(MapExtra)));
    if (!H->Extra->Overflow)
      H->Extra->Overflow = static_cast<Slice *>(gs_alloc(sizeof(Slice)));
    It->Overflow = H->Extra->Overflow;
    It->OldOverflow = H->Extra->OldOverflow;
  }
  uintptr_t R = H->B > 31 - BucketCntBits ? uintptr_t(gs_fastrand64())
                                          : uintptr_t(gs_fastrand());
  It->StartBucket = R & bucketMask(H->B);
  It->Offset = uint8_t((R >> H->B) & (BucketCnt - 1));
  It->Bucket = It->StartBucket;
  H->Flags |= HmapIterator | HmapOldIterator;
  gs_mapiternext(It);
}

/// The uncommon cases of gs_mapiternext for the entry at slot Off of B:
/// B is an unevacuated old bucket shared by two new buckets (CheckBucket),
/// or the slot is an EvacuatedX/Y mark. Sets It->Key/Elem and returns true
/// if the entry is to be returned now.
[[gnu::noinline]] static bool slowEntry(Hiter *It, Bmap *B, uintptr_t Off,
                                        uintptr_t CheckBucket) {
  const MapType *T = It->T;
  Hmap *H = It->H;
  const uintptr_t KS = T->KeySize, ES = T->ElemSize;
  uint8_t Top = B->Tophash[Off];
  void *K = keyAt(B, Off, KS);
  if (T->Flags & MapIndirectKey)
    K = loadPtr(K);
  void *E = elemAt(B, Off, KS, ES);
  bool SelfEqual = (T->Flags & MapReflexiveKey) || T->Key->Equal(K, K);
  if (CheckBucket != NoCheck && !sameSizeGrow(H)) {
    // B is an unevacuated old bucket shared by two new buckets: keep only
    // the entries of the one being visited.
    if (SelfEqual) {
      uintptr_t Hash = T->Hasher(K, H->Hash0);
      if ((Hash & bucketMask(It->B)) != CheckBucket)
        return false;
    } else if ((CheckBucket >> (It->B - 1)) != uintptr_t(Top & 1)) {
      // NaN: evacuation will route it by the low tophash bit.
      return false;
    }
  }
  if ((Top != EvacuatedX && Top != EvacuatedY) || !SelfEqual) {
    It->Key = K;
    It->Elem = (T->Flags & MapIndirectElem) ? loadPtr(E) : E;
    return true;
  }
  // The entry moved during a growth: look it up again, which also skips it
  // if it was deleted since.
  char *ElemSlot;
  char *KeySlot = lookup<GenericKey>(T, H, K, &ElemSlot);
  if (!KeySlot)
    return false;
  It->Key = (T->Flags & MapIndirectKey) ? loadPtr(KeySlot) : KeySlot;
  It->Elem = (T->Flags & MapIndirectElem) ? loadPtr(ElemSlot) : ElemSlot;
  return true;
}

/// Buckets a walk of a large array prefetches ahead of the one it enters:
/// with ~4 entries per bucket the walk needs ~30 ns per bucket, against
/// ~100 ns of memory latency, and the hardware prefetcher stops at every
/// 4 KiB page.
constexpr uintptr_t IterPrefetchDistance = 8;

/// Arrays of 2^IterPrefetchMinB buckets or more (~4.7 MB for 8-byte keys
/// and elements) are walked with prefetching; smaller ones stay in a
/// private L2, where the prefetches only cost instructions.
constexpr uint8_t IterPrefetchMinB = 15;

/// Starts loading every cache line of the bucket IterPrefetchDistance
/// after Bucket in the walked array (wrapping around).
static void prefetchAhead(const Hiter *It, uintptr_t Bucket) {
  const MapType *T = It->T;
  uintptr_t Next = (Bucket + IterPrefetchDistance) & bucketMask(It->B);
  uintptr_t Start = reinterpret_cast<uintptr_t>(bucketAt(It->Buckets, Next, T));
  uintptr_t End = Start + T->BucketSize;
  for (uintptr_t Line = Start & ~uintptr_t(63); Line < End; Line += 64)
    __builtin_prefetch(reinterpret_cast<const void *>(Line));
}

void gs::gs_mapiternext(Hiter *It) {
  Hmap *H = It->H;
  if (H->Flags & HmapHashWriting)
    gs_fatal("concurrent map iteration and map write");
  const MapType *T = It->T;
  uintptr_t Bucket = It->Bucket;
  Bmap *B = static_cast<Bmap *>(It->Bptr);
  unsigned I = It->I;
  uintptr_t CheckBucket = It->CheckBucket;
  const unsigned Offset = It->Offset;

  for (;;) {
    if (!B) {
      if (Bucket == It->StartBucket && It->Wrapped) {
        It->Key = nullptr;
        It->Elem = nullptr;
        return;
      }
      B = bucketAt(It->Buckets, Bucket, T);
      if (It->B >= IterPrefetchMinB)
        prefetchAhead(It, Bucket);
      CheckBucket = NoCheck;
      if (growing(H) && It->B == H->B) {
        Bmap *OldB = bucketAt(H->Oldbuckets, Bucket & oldbucketMask(H), T);
        if (!evacuated(OldB)) {
          B = OldB;
          CheckBucket = Bucket;
        }
      }
      if (++Bucket == bucketShift(It->B)) {
        Bucket = 0;
        It->Wrapped = true;
      }
      I = 0;
    }
    // Slots to look at, rotated so that bit I stands for slot
    // (I + Offset) mod 8, the I-th this iterator visits in every bucket.
    unsigned Live = liveSlots(loadTophash(B));
    unsigned Rot = ((Live >> Offset) | (Live << (8 - Offset))) & 0xFF;
    for (unsigned M = Rot & (0xFFu << I); M; M &= M - 1) {
      I = lowestSlot(M);
      uintptr_t Off = (I + Offset) & (BucketCnt - 1);
      if (CheckBucket == NoCheck && B->Tophash[Off] >= MinTopHash) {
        // The common case: a live entry in a bucket of the walked array.
        void *K = keyAt(B, Off, T->KeySize);
        void *E = elemAt(B, Off, T->KeySize, T->ElemSize);
        It->Key = (T->Flags & MapIndirectKey) ? loadPtr(K) : K;
        It->Elem = (T->Flags & MapIndirectElem) ? loadPtr(E) : E;
      } else if (!slowEntry(It, B, Off, CheckBucket)) {
        continue;
      }
      It->Bucket = Bucket;
      It->Bptr = B;
      It->I = uint8_t(I + 1);
      It->CheckBucket = CheckBucket;
      return;
    }
    B = overflowOf(T, B);
    I = 0;
  }
}
