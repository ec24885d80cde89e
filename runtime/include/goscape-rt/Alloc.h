//===- Alloc.h - Garbage-collected allocation -------------------*- C++ -*-===//
//
// The runtime heap. Every Go object that escapes lives in memory obtained
// here, backed by the Boehm-Demers-Weiser collector (libgc):
//
//   gs_alloc         scanned memory: may hold pointers to other Go objects;
//                    the collector follows any word that looks like one.
//   gs_alloc_noscan  pointer-free memory: never scanned, so a pointer kept
//                    only there does NOT keep its target alive (map buckets
//                    of pointer-free types rely on hmap.extra for that).
//
// Both return zeroed memory, aligned to 16 bytes, and never return null:
// exhaustion is a fatal error, as in Go. Interior pointers keep an object
// alive, so iterators may point into the middle of a bucket array.
//
// gs_newobject allocates one value of a Go type (Go's new(T) and every
// heap-allocated variable): pointer-free types (PtrData == 0) come from the
// atomic allocator, others from scanned memory. Zero-sized types share one
// static address (Go's zerobase) and are not counted.
//
// Statistics: every allocation through this header (and the slice, string
// and map allocations built on it) is counted. With GOSCAPEDEBUG=allocs=1
// the process prints, as the last line on stderr when it exits (normal
// end, os.Exit, panic or fatal error),
//
//   allocs: count=<objects> bytes=<bytes>
//
// where bytes is the sum of the requested sizes (after the size-class
// rounding the slice and string operations apply, as gc's mallocgc sees
// them). These are the figures escape analysis reduces.
//
// Roots are the static data, the thread stacks and registers. Memory from
// malloc/new is NOT a root: a pointer to Go memory stored only in a
// std::vector or a heap-allocated test fixture is invisible to the
// collector.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_ALLOC_H
#define GOSCAPE_RT_ALLOC_H

#include "goscape-rt/Runtime.h"

#include <cstddef>
#include <cstdint>

namespace gs {

/// Allocates Size zeroed bytes that the collector scans for pointers.
/// Fatal error "out of memory" if the heap cannot grow.
GS_RUNTIME void *gs_alloc(size_t Size);

/// Allocates Size zeroed bytes that hold no pointers and are never scanned.
/// Fatal error "out of memory" if the heap cannot grow.
GS_RUNTIME void *gs_alloc_noscan(size_t Size);

struct Type;

/// Allocates a zeroed value of type T (Go's newobject): T->Size bytes,
/// scanned iff T->PtrData != 0. Returns gs_zerobase for zero-sized types.
/// Fatal error "out of memory" if the heap cannot grow.
GS_RUNTIME void *gs_newobject(const Type *T);

/// The address every zero-sized allocation returns (Go's zerobase).
GS_RUNTIME uint8_t gs_zerobase[8];

/// Heap statistics since start-up: number of allocations and bytes
/// requested, as printed by GOSCAPEDEBUG=allocs=1.
struct AllocStats {
  uint64_t Count;
  uint64_t Bytes;
};

/// Stores the current heap statistics in *Out.
GS_RUNTIME void gs_alloc_stats(AllocStats *Out);

} // namespace gs

#endif // GOSCAPE_RT_ALLOC_H
