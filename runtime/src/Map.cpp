//===- Map.cpp - Map construction, growth and generic entry points --------===//
//
// makemap, the growth protocol (bucket arrays, overflow buckets, hashGrow,
// the evacuation mark) and the entry points for keys of any comparable
// type. The algorithms themselves are templates in MapImpl.h; see
// goscape-rt/Map.h for the layout and invariants.
//
// Tracing (GOSCAPEDEBUG=mapgrow=1) prints one line per event to stderr:
//   mapgrow: <event> count=N B=B noverflow=N oldbuckets=0|1 nevacuate=N
//            noldbuckets=N samesize=0|1
// where <event> is "start" (hashGrow: B is already the new size), "step"
// (an assignment or deletion evacuated old buckets, growth continues) or
// "end" (the last old bucket was evacuated and the old array dropped).
// runtime/tools/mapgrow_svg.py draws such a trace.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Map.h"

#include "MapImpl.h"

#include <algorithm>
#include <cstdio>

using namespace gs;
using namespace gs::rt;

alignas(16) const uint8_t rt::ZeroVal[MaxZero] = {};
alignas(16) const uint64_t rt::EmptyBucketArray[2] = {};

/// Bytes of the largest cache the first CPU reports in sysfs (the
/// last-level cache it shares with its neighbours; sysconf reports the
/// whole processor's L3 on AMD, 8 times the 32 MB one core can use on an
/// EPYC), or 0.
static uint64_t lastLevelCacheBytes() {
  uint64_t Best = 0;
  for (int I = 0; I < 8; ++I) {
    char Path[64];
    std::snprintf(Path, sizeof(Path),
                  "/sys/devices/system/cpu/cpu0/cache/index%d/size", I);
    FILE *F = std::fopen(Path, "r");
    if (!F)
      break;
    unsigned long long N = 0;
    char Unit = 0;
    if (std::fscanf(F, "%llu%c", &N, &Unit) >= 1)
      Best = std::max<uint64_t>(Best, Unit == 'K'   ? N << 10
                                      : Unit == 'M' ? N << 20
                                                    : N);
    std::fclose(F);
  }
  return Best;
}

/// The smallest B whose array of 128-byte buckets exceeds half the
/// last-level cache (MapProbe.h); 32 MB when the system does not say.
static uint8_t lookupIndexMinB() {
  uint64_t Cache = lastLevelCacheBytes();
  if (Cache == 0)
    Cache = uint64_t(32) << 20;
  uint8_t B = PrefetchMinB;
  while (B < 40 && (uint64_t(128) << B) <= Cache / 2)
    ++B;
  return B;
}

uint8_t rt::LookupIndexMinB = lookupIndexMinB();

/// Largest allocation a hint may ask for before it is ignored (gc's
/// maxAlloc on amd64).
static constexpr uintptr_t MaxAlloc = uintptr_t(1) << 48;

void gs::gs_maptype_init(MapType *T, const Type *Key, const Type *Elem) {
  assert(Key->Equal && Key->Hash && "map key type must be comparable");
  assert(Key->Align <= 8 && Elem->Align <= 8 && "bucket alignment is 8");
  T->Key = Key;
  T->Elem = Elem;
  T->Hasher = Key->Hash;
  T->Flags = 0;
  uintptr_t KS = Key->Size, ES = Elem->Size;
  if (KS > MaxKeySize) {
    KS = sizeof(void *);
    T->Flags |= MapIndirectKey;
  }
  if (ES > MaxElemSize) {
    ES = sizeof(void *);
    T->Flags |= MapIndirectElem;
  }
  T->KeySize = uint8_t(KS);
  T->ElemSize = uint8_t(ES);
  // Key and element sizes are multiples of their alignment (at most 8), so
  // both arrays start aligned; the overflow pointer is 8-aligned because the
  // tophash and the arrays together are a multiple of 8 bytes.
  T->BucketSize = uint32_t(DataOffset + BucketCnt * (KS + ES) + 8);
  if (!(Key->Flags & TypeNonReflexive))
    T->Flags |= MapReflexiveKey;
  if (Key->Flags & TypeNeedKeyUpdate)
    T->Flags |= MapNeedKeyUpdate;
  if (Key->Flags & TypeHashMightPanic)
    T->Flags |= MapHashMightPanic;
  bool Pointers = Key->PtrData || Elem->PtrData ||
                  (T->Flags & (MapIndirectKey | MapIndirectElem));
  if (!Pointers)
    T->Flags |= MapBucketNoScan;
}

//===----------------------------------------------------------------------===//
// Bucket arrays and overflow buckets
//===----------------------------------------------------------------------===//

/// Allocates (or, given Dirty, clears) an array for 2^B buckets, preceded
/// by its tophash index of 2^B words (MapProbe.h; zero is EmptyRest, so a
/// cleared index matches cleared buckets) and returns its first bucket.
/// From B = 4 on, 2^(B-4) spare buckets follow for use as overflow
/// buckets; the last spare's overflow pointer points at the first bucket
/// to mark the end.
void *rt::newBucketArray(const MapType *T, uint8_t B, void *Dirty,
                         Bmap **NextOverflow) {
  uintptr_t Base = bucketShift(B);
  uintptr_t N = Base;
  if (B >= 4)
    N += bucketShift(B - 4);
  size_t IndexSize = Base * sizeof(uint64_t);
  size_t Size = IndexSize + size_t(T->BucketSize) * N;
  char *Start;
  if (!Dirty) {
    Start = static_cast<char *>(bucketHasPointers(T) ? gs_alloc(Size)
                                                     : gs_alloc_noscan(Size));
  } else {
    Start = static_cast<char *>(Dirty) - IndexSize;
    std::memset(Start, 0, Size);
  }
  void *Buckets = Start + IndexSize;
  if (NextOverflow)
    *NextOverflow = nullptr;
  if (Base != N) {
    assert(NextOverflow && "spare buckets need a NextOverflow");
    *NextOverflow = bucketAt(Buckets, Base, T);
    setOverflow(T, bucketAt(Buckets, N - 1, T), static_cast<Bmap *>(Buckets));
  }
  return Buckets;
}

static MapExtra *extraOf(Hmap *H) {
  if (!H->Extra)
    H->Extra = static_cast<MapExtra *>(gs_alloc(sizeof(MapExtra)));
  return H->Extra;
}

/// Makes sure H->Extra->Overflow exists (for pointer-free buckets).
static void createOverflow(Hmap *H) {
  MapExtra *X = extraOf(H);
  if (!X->Overflow)
    X->Overflow = static_cast<Slice *>(gs_alloc(sizeof(Slice)));
}

/// Appends P to a []*bmap, doubling its capacity as append does.
static void appendPtr(Slice *S, void *P) {
  if (S->Len == S->Cap) {
    intptr_t Cap = S->Cap ? 2 * S->Cap : 4;
    void *New = gs_alloc(size_t(Cap) * sizeof(void *));
    if (S->Len)
      std::memcpy(New, S->Ptr, size_t(S->Len) * sizeof(void *));
    S->Ptr = New;
    S->Cap = Cap;
  }
  static_cast<void **>(S->Ptr)[S->Len++] = P;
}

/// Counts one more overflow bucket: exactly below B = 16, else with
/// probability 2^-(B-15), so Noverflow (16 bits) stays comparable to 2^15.
static void incrNoverflow(Hmap *H) {
  if (H->B < 16) {
    ++H->Noverflow;
    return;
  }
  uint32_t Mask = (uint32_t(1) << (H->B - 15)) - 1;
  if ((gs_fastrand() & Mask) == 0)
    ++H->Noverflow;
}

Bmap *rt::newOverflow(const MapType *T, Hmap *H, Bmap *B) {
  Bmap *Ovf;
  if (H->Extra && H->Extra->NextOverflow) {
    Ovf = static_cast<Bmap *>(H->Extra->NextOverflow);
    if (!overflowOf(T, Ovf)) {
      H->Extra->NextOverflow = reinterpret_cast<char *>(Ovf) + T->BucketSize;
    } else {
      // The last spare: its overflow pointer was the end marker.
      setOverflow(T, Ovf, nullptr);
      H->Extra->NextOverflow = nullptr;
    }
  } else {
    Ovf = static_cast<Bmap *>(bucketHasPointers(T)
                                  ? gs_alloc(T->BucketSize)
                                  : gs_alloc_noscan(T->BucketSize));
  }
  incrNoverflow(H);
  if (!bucketHasPointers(T)) {
    createOverflow(H);
    appendPtr(H->Extra->Overflow, Ovf);
  }
  setOverflow(T, B, Ovf);
  return Ovf;
}

//===----------------------------------------------------------------------===//
// Growth
//===----------------------------------------------------------------------===//

void rt::traceGrow(const char *Event, const Hmap *H) {
  uintptr_t Old = growing(H) ? noldbuckets(H) : 0;
  std::fprintf(stderr,
               "mapgrow: %s count=%ld B=%u noverflow=%u oldbuckets=%d "
               "nevacuate=%lu noldbuckets=%lu samesize=%d\n",
               Event, long(H->Count), unsigned(H->B), unsigned(H->Noverflow),
               growing(H) ? 1 : 0, (unsigned long)H->Nevacuate,
               (unsigned long)Old, sameSizeGrow(H) ? 1 : 0);
}

/// Starts a growth: doubling if one more entry would pass the load factor,
/// else a same-size growth to pack entries after many deletions. Entries
/// move later, in growWork.
void rt::hashGrow(const MapType *T, Hmap *H) {
  uint8_t Bigger = 1;
  if (!overLoadFactor(H->Count + 1, H->B)) {
    Bigger = 0;
    H->Flags |= HmapSameSizeGrow;
  }
  void *Old = H->Buckets;
  Bmap *NextOverflow;
  void *New = newBucketArray(T, uint8_t(H->B + Bigger), nullptr, &NextOverflow);
  // An iterator on the current array is now an iterator on the old one.
  uint8_t Flags = (H->Flags & ~(HmapIterator | HmapOldIterator)) | HmapGrowing;
  if (H->Flags & HmapIterator)
    Flags |= HmapOldIterator;
  H->B += Bigger;
  H->Flags = Flags;
  H->Oldbuckets = Old;
  H->Buckets = New;
  H->Nevacuate = 0;
  H->Noverflow = 0;
  if (H->Extra && H->Extra->Overflow) {
    assert(!H->Extra->OldOverflow && "growth started during a growth");
    H->Extra->OldOverflow = H->Extra->Overflow;
    H->Extra->Overflow = nullptr;
  }
  if (NextOverflow)
    extraOf(H)->NextOverflow = NextOverflow;
  if (Debug.MapGrow)
    traceGrow("start", H);
}

/// Called when old bucket Nevacuate was just evacuated: moves Nevacuate
/// past every evacuated bucket (looking at most 1024 ahead, to bound the
/// work per call) and ends the growth when all are done.
void rt::advanceEvacuationMark(const MapType *T, Hmap *H, uintptr_t NewBit) {
  ++H->Nevacuate;
  uintptr_t Stop = H->Nevacuate + 1024;
  if (Stop > NewBit)
    Stop = NewBit;
  while (H->Nevacuate != Stop &&
         evacuated(bucketAt(H->Oldbuckets, H->Nevacuate, T)))
    ++H->Nevacuate;
  if (H->Nevacuate != NewBit)
    return;
  H->Oldbuckets = nullptr;
  if (H->Extra)
    H->Extra->OldOverflow = nullptr;
  H->Flags &= ~(HmapSameSizeGrow | HmapGrowing);
  if (Debug.MapGrow)
    traceGrow("end", H);
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

Hmap *gs::gs_makemap(const MapType *T, int64_t Hint, Hmap *H, void *Bucket) {
  if (Hint < 0 || uint64_t(Hint) > MaxAlloc / T->BucketSize)
    Hint = 0;
  if (!H)
    H = static_cast<Hmap *>(gs_alloc(sizeof(Hmap)));
  H->Hash0 = gs_fastrand();
  uint8_t B = 0;
  while (overLoadFactor(intptr_t(Hint), B))
    ++B;
  H->B = B;
  if (B == 0) {
    H->Buckets = Bucket ? Bucket : emptyBuckets();
    return H;
  }
  Bmap *NextOverflow;
  H->Buckets = newBucketArray(T, B, nullptr, &NextOverflow);
  if (NextOverflow)
    extraOf(H)->NextOverflow = NextOverflow;
  return H;
}

Hmap *gs::gs_makemap_small() {
  Hmap *H = static_cast<Hmap *>(gs_alloc(sizeof(Hmap)));
  H->Hash0 = gs_fastrand();
  H->Buckets = emptyBuckets();
  return H;
}

/// Hashes Key of an empty or nil map when that may panic, so that m[k]
/// panics for an unhashable k whatever the map holds (as gc does).
static void checkHashable(const MapType *T, const void *Key) {
  if (T->Flags & MapHashMightPanic)
    T->Hasher(Key, 0);
}

void *gs::gs_mapaccess1(const MapType *T, Hmap *H, const void *Key) {
  if (!H || H->Count == 0) {
    checkHashable(T, Key);
    return const_cast<uint8_t *>(ZeroVal);
  }
  return access<GenericKey>(T, H, Key, const_cast<uint8_t *>(ZeroVal));
}

void *gs::gs_mapaccess2(bool *Present, const MapType *T, Hmap *H,
                        const void *Key) {
  void *E = nullptr;
  if (!H || H->Count == 0)
    checkHashable(T, Key);
  else
    E = access<GenericKey>(T, H, Key, nullptr);
  *Present = E != nullptr;
  return E ? E : const_cast<uint8_t *>(ZeroVal);
}

void *gs::gs_mapaccess1_fat(const MapType *T, Hmap *H, const void *Key,
                            const void *Zero) {
  bool Present;
  void *E = gs_mapaccess2(&Present, T, H, Key);
  return Present ? E : const_cast<void *>(Zero);
}

void *gs::gs_mapaccess2_fat(bool *Present, const MapType *T, Hmap *H,
                            const void *Key, const void *Zero) {
  void *E = gs_mapaccess2(Present, T, H, Key);
  return *Present ? E : const_cast<void *>(Zero);
}

void *gs::gs_mapassign(const MapType *T, Hmap *H, const void *Key) {
  return assign<GenericKey>(T, H, Key);
}

void gs::gs_mapdelete(const MapType *T, Hmap *H, const void *Key) {
  remove<GenericKey>(T, H, Key);
}

intptr_t gs::gs_maplen(const Hmap *H) { return H ? H->Count : 0; }

void gs::gs_mapclear(const MapType *T, Hmap *H) {
  if (!H || H->Count == 0)
    return;
  if (H->Flags & HmapHashWriting)
    gs_fatal("concurrent map writes");
  H->Flags ^= HmapHashWriting;
  H->Flags &= ~(HmapSameSizeGrow | HmapGrowing);
  H->Oldbuckets = nullptr;
  H->Nevacuate = 0;
  H->Noverflow = 0;
  H->Count = 0;
  H->Hash0 = gs_fastrand();
  if (H->Extra)
    *H->Extra = MapExtra{};
  Bmap *NextOverflow;
  newBucketArray(T, H->B, H->Buckets, &NextOverflow);
  if (NextOverflow)
    extraOf(H)->NextOverflow = NextOverflow;
  if (!(H->Flags & HmapHashWriting))
    gs_fatal("concurrent map writes");
  H->Flags &= ~HmapHashWriting;
}
