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
// had populated with small pages.
//
// The collector's pacing is set to collect after allocating about as much
// as survived the last collection (free space divisor 1), which is close to
// Go's default GOGC=100.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Alloc.h"

#include "Internal.h"
#include "goscape-rt/Panic.h"

#include <gc/gc.h>
#include <sys/mman.h>

#include <cstring>

using namespace gs;

static GC_warn_proc DefaultWarnProc;

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

void *gs::gs_alloc(size_t Size) {
  void *P = GC_MALLOC(Size);
  if (!P)
    gs_fatal("out of memory");
  uintptr_t Begin, End;
  freshHugePages(P, Size, &Begin, &End); // the rest is zeroed by GC_MALLOC
  return P;
}

void *gs::gs_alloc_noscan(size_t Size) {
  void *P = GC_MALLOC_ATOMIC(Size);
  if (!P)
    gs_fatal("out of memory");
  uintptr_t Begin, End;
  freshHugePages(P, Size, &Begin, &End);
  if (Begin == End) {
    std::memset(P, 0, Size);
    return P;
  }
  // Only the ends around the dropped huge pages still need clearing.
  uintptr_t Lo = uintptr_t(P), Hi = Lo + Size;
  std::memset(P, 0, Begin - Lo);
  std::memset(reinterpret_cast<void *>(End), 0, Hi - End);
  return P;
}
