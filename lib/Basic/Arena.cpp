//===- Arena.cpp - Huge-page slabs for bump allocators --------------------===//
//
// Each slab is an anonymous mapping rounded up to whole 2 MiB units and
// placed on a 2 MiB boundary (map 2 MiB more, unmap the unaligned head and
// the tail), then marked MADV_HUGEPAGE. Deallocate unmaps the same rounded
// size. Failure to map is fatal, like any failed allocation in LLVM.
//
//===----------------------------------------------------------------------===//

#include "goscape/Basic/Arena.h"

#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MathExtras.h"

#include <sys/mman.h>

#include <cassert>
#include <cstdint>

using namespace goscape;

static size_t roundToSlabs(size_t Size) {
  return llvm::alignTo(Size, HugeSlabAllocator::SlabSize);
}

void *HugeSlabAllocator::Allocate(size_t Size, size_t Alignment) {
  assert(Alignment <= SlabSize && "over-aligned slab");
  size_t Len = roundToSlabs(Size);
  size_t MapLen = Len + SlabSize;
  void *Map = ::mmap(nullptr, MapLen, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (Map == MAP_FAILED)
    llvm::report_bad_alloc_error("cannot map an arena slab");
  uintptr_t Start = uintptr_t(Map);
  uintptr_t Aligned = llvm::alignTo(Start, SlabSize);
  if (Aligned != Start)
    ::munmap(Map, Aligned - Start);
  uintptr_t End = Aligned + Len, MapEnd = Start + MapLen;
  if (MapEnd != End)
    ::munmap(reinterpret_cast<void *>(End), MapEnd - End);
#ifdef MADV_HUGEPAGE
  ::madvise(reinterpret_cast<void *>(Aligned), Len, MADV_HUGEPAGE);
#endif
  return reinterpret_cast<void *>(Aligned);
}

void HugeSlabAllocator::Deallocate(const void *Ptr, size_t Size,
                                   size_t Alignment) {
  ::munmap(const_cast<void *>(Ptr), roundToSlabs(Size));
}
