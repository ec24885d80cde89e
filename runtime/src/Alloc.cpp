//===- Alloc.cpp - Garbage-collected allocation ---------------------------===//
//
// gs_alloc / gs_alloc_noscan over Boehm GC. GC_MALLOC returns zeroed
// memory; GC_MALLOC_ATOMIC does not, so pointer-free blocks are cleared
// here.
//
// Blocks of several megabytes (the bucket arrays of large maps) are backed
// by transparent huge pages, as Go's own heap is: random probes into a
// large table otherwise miss the TLB on almost every access. Their whole
// huge pages are dropped (MADV_DONTNEED) and advised MADV_HUGEPAGE, so they
// come back zeroed as huge pages even when the collector reuses memory it
// had populated with small pages. Such blocks that hold pointers come from
// a collector kind of our own that is scanned like GC_MALLOC's but not
// cleared by the collector: clearing them there would touch every page
// (and fault it in as small pages) only for the pages to be dropped.
//
// The collector's pacing is set to collect after allocating about as much
// as survived the last collection (free space divisor 1), which is close to
// Go's default GOGC=100. Blocks of several megabytes are paced explicitly
// as well (paceLarge): when a collection frees little, as when a
// conservatively scanned stack slot still holds the previous large block,
// the collector grows the heap instead, lowers its own collection rate
// with the larger heap, and every further large block comes from fresh
// memory that the kernel must fault in and clear.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Alloc.h"

#include "Internal.h"
#include "goscape-rt/Panic.h"
#include "goscape-rt/Type.h"

#include <gc/gc.h>
#include <gc/gc_mark.h>
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#include <sanitizer/asan_interface.h>
#endif
#endif
#include <pthread.h>
#include <sys/mman.h>

#include <cstring>

using namespace gs;

static GC_warn_proc DefaultWarnProc;

/// The collector kind of large pointer-holding blocks: scanned
/// conservatively in full, as GC_MALLOC's, but not cleared on allocation
/// (gs_alloc clears them).
static int UnclearedKind = -1;

/// Drops libgc's "repeated allocation of very large block" warning: large
/// bucket arrays are expected; every other warning is printed.
static void warnProc(char *Msg, GC_word Arg) {
  if (std::strstr(Msg, "large block"))
    return;
  DefaultWarnProc(Msg, Arg);
}

void rt::initHeap() {
  GC_INIT();
  DefaultWarnProc = GC_get_warn_proc();
  GC_set_warn_proc(warnProc);
  GC_set_free_space_divisor(1);
  UnclearedKind = int(GC_new_kind(GC_new_free_list(), GC_DS_LENGTH,
                                  /*add_size_to_descriptor=*/1,
                                  /*clear_new_objects=*/0));
}

[[gnu::constructor(101)]] static void initAtStartup() { gs_runtime_init(); }

static constexpr size_t HugePage = size_t(2) << 20;

/// For blocks of at least two huge pages: hands the whole huge pages inside
/// [P, P+Size) back to the kernel, advised to come back as huge pages (and
/// zeroed). Returns that range in [*Begin, *End), empty if nothing was done.
static void freshHugePages(void *P, size_t Size, uintptr_t *Begin,
                           uintptr_t *End) {
  *Begin = *End = uintptr_t(P);
  if (Size < 2 * HugePage)
    return;
  uintptr_t B = (uintptr_t(P) + HugePage - 1) & ~(HugePage - 1);
  uintptr_t E = (uintptr_t(P) + Size) & ~(HugePage - 1);
  if (E <= B)
    return;
  void *Start = reinterpret_cast<void *>(B);
  if (madvise(Start, E - B, MADV_HUGEPAGE) != 0 ||
      madvise(Start, E - B, MADV_DONTNEED) != 0)
    return;
  *Begin = B;
  *End = E;
}

/// Before allocating a block of at least two huge pages: collects if the
/// bytes allocated since the last collection, with this block, exceed what
/// survived it (plus 4 MB), as GOGC=100 paces Go's collector. Boehm's own
/// policy expands the heap instead when a collection recovered little; a
/// program that builds one large map after another (the hinted inserts of
/// bench/maps) then takes every bucket array from fresh memory, and
/// collects rarely because its heap has grown.
static void paceLarge(size_t Size) {
  size_t Heap = GC_get_heap_size(), Free = GC_get_free_bytes();
  size_t Since = GC_get_bytes_since_gc();
  size_t InUse = Heap > Free ? Heap - Free : 0;
  size_t Live = InUse > Since ? InUse - Since : 0;
  if (Since + Size > Live + (size_t(4) << 20))
    GC_gcollect();
}

alignas(16) uint8_t gs::gs_zerobase[8];

/// Allocation statistics (GOSCAPEDEBUG=allocs).
static uint64_t NumAllocs = 0, NumBytes = 0;

void gs::gs_alloc_stats(AllocStats *Out) { *Out = AllocStats{NumAllocs, NumBytes}; }

/// Clears [P, P+Size) except the range [Begin, End) that freshHugePages
/// handed back to the kernel (which comes back zeroed).
static void clearAround(void *P, size_t Size, uintptr_t Begin, uintptr_t End) {
  if (Begin == End) {
    std::memset(P, 0, Size);
    return;
  }
  uintptr_t Lo = uintptr_t(P), Hi = Lo + Size;
  std::memset(P, 0, Begin - Lo);
  std::memset(reinterpret_cast<void *>(End), 0, Hi - End);
}

void *gs::gs_alloc(size_t Size) {
  ++NumAllocs;
  NumBytes += Size;
  if (Size < 2 * HugePage) {
    void *P = GC_MALLOC(Size); // zeroed
    if (!P)
      gs_fatal("out of memory");
    return P;
  }
  paceLarge(Size);
  void *P = GC_generic_malloc(Size, UnclearedKind);
  if (!P)
    gs_fatal("out of memory");
  uintptr_t Begin, End;
  freshHugePages(P, Size, &Begin, &End);
  clearAround(P, Size, Begin, End);
  return P;
}

/// Pointer-free memory, counted; not zeroed.
static void *allocNoscanRaw(size_t Size) {
  ++NumAllocs;
  NumBytes += Size;
  void *P = GC_MALLOC_ATOMIC(Size);
  if (!P)
    gs_fatal("out of memory");
  return P;
}

void *gs::gs_alloc_noscan(size_t Size) {
  if (Size >= 2 * HugePage)
    paceLarge(Size);
  void *P = allocNoscanRaw(Size);
  uintptr_t Begin, End;
  freshHugePages(P, Size, &Begin, &End);
  clearAround(P, Size, Begin, End);
  return P;
}

void *gs::gs_newobject(const Type *T) {
  if (T->Size == 0)
    return gs_zerobase;
  return T->PtrData ? gs_alloc(T->Size) : gs_alloc_noscan(T->Size);
}

void *rt::allocGo(size_t Size, bool Scan, bool Zero) {
  if (Size == 0)
    return gs_zerobase;
  if (Scan)
    return gs_alloc(Size);
  // Small pointer-free blocks that the caller fills completely skip the
  // clearing; large ones keep gs_alloc_noscan's huge-page handling.
  if (!Zero && Size < 2 * HugePage)
    return allocNoscanRaw(Size);
  return gs_alloc_noscan(Size);
}

void *rt::allocInternal(size_t Size, bool Scan) {
  void *P = Scan ? GC_MALLOC(Size) : GC_MALLOC_ATOMIC(Size);
  if (!P)
    gs_fatal("out of memory");
  if (!Scan)
    std::memset(P, 0, Size);
  return P;
}

const uint8_t *rt::copyBytes(const char *P, size_t Len) {
  auto *Q = static_cast<uint8_t *>(allocInternal(Len ? Len : 1, false));
  std::memcpy(Q, P, Len);
  return Q;
}

bool rt::onStack(const void *P) {
  // The main thread's stack: [Lo, Hi), found once.
  static uintptr_t Lo = 0, Hi = 0;
  if (Hi == 0) {
    pthread_attr_t Attr;
    void *Addr;
    size_t Size;
    if (pthread_getattr_np(pthread_self(), &Attr) == 0 &&
        pthread_attr_getstack(&Attr, &Addr, &Size) == 0) {
      Lo = uintptr_t(Addr);
      Hi = Lo + Size;
    }
    pthread_attr_destroy(&Attr);
  }
  uintptr_t X = uintptr_t(P);
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
  // ASan moves address-taken locals to a heap-allocated "fake stack".
  if (__asan_addr_is_in_fake_stack(__asan_get_current_fake_stack(),
                                   const_cast<void *>(P), nullptr, nullptr))
    return true;
#endif
#endif
  return X >= Lo && X < Hi;
}
