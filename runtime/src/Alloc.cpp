//===- Alloc.cpp - Garbage-collected allocation ----------------------------===//
//
// gs_alloc / gs_alloc_noscan over Boehm GC. GC_MALLOC returns zeroed
// memory; GC_MALLOC_ATOMIC does not, so pointer-free blocks are cleared
// here. The collector's pacing is set to collect after allocating about as
// much as survived the last collection (free space divisor 1), which is
// close to Go's default GOGC=100.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Alloc.h"

#include "Internal.h"
#include "goscape-rt/Panic.h"

#include <gc/gc.h>

#include <cstring>

using namespace gs;

/// Drops libgc's "repeated allocation of very large block" warning: large
/// bucket arrays are expected; every other warning is printed.
static void warnProc(char *Msg, GC_word Arg) {
  if (std::strstr(Msg, "large block"))
    return;
  GC_default_warn_proc(Msg, Arg);
}

void rt::initHeap() {
  GC_INIT();
  GC_set_warn_proc(warnProc);
  GC_set_free_space_divisor(1);
}

[[gnu::constructor(101)]] static void initAtStartup() { gs_runtime_init(); }

void *gs::gs_alloc(size_t Size) {
  void *P = GC_MALLOC(Size);
  if (!P)
    gs_fatal("out of memory");
  return P;
}

void *gs::gs_alloc_noscan(size_t Size) {
  void *P = GC_MALLOC_ATOMIC(Size);
  if (!P)
    gs_fatal("out of memory");
  std::memset(P, 0, Size);
  return P;
}
