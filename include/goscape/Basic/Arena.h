//===- Arena.h - Bump allocation over huge-page slabs -----------*- C++ -*-===//
//
// A package's syntax tree is built by bump allocation and grows to tens of
// megabytes for large inputs. Backed by malloc'd 4 KiB slabs, every page of
// it costs a page fault on first touch (a third of the time of parsing a
// million lines went there). Arena instead maps 2 MiB-aligned slabs
// directly and asks for transparent huge pages (madvise), so the kernel
// faults the memory in 2 MiB at a time where it can; without huge pages
// the mapping still works, page by page.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_BASIC_ARENA_H
#define GOSCAPE_BASIC_ARENA_H

#include "llvm/Support/Allocator.h"

#include <cstddef>

namespace goscape {

/// The slab source of Arena: 2 MiB-aligned anonymous mappings.
class HugeSlabAllocator : public llvm::AllocatorBase<HugeSlabAllocator> {
public:
  static constexpr size_t SlabSize = size_t(2) << 20;

  LLVM_ATTRIBUTE_RETURNS_NONNULL void *Allocate(size_t Size,
                                                size_t Alignment);
  void Deallocate(const void *Ptr, size_t Size, size_t Alignment);

  using AllocatorBase<HugeSlabAllocator>::Allocate;
  using AllocatorBase<HugeSlabAllocator>::Deallocate;
};

/// A bump allocator with 2 MiB huge-page slabs (see the file comment).
using Arena = llvm::BumpPtrAllocatorImpl<HugeSlabAllocator,
                                         HugeSlabAllocator::SlabSize,
                                         HugeSlabAllocator::SlabSize>;

} // namespace goscape

#endif
