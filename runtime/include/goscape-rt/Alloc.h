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

namespace gs {

/// Allocates Size zeroed bytes that the collector scans for pointers.
/// Fatal error "out of memory" if the heap cannot grow.
GS_RUNTIME void *gs_alloc(size_t Size);

/// Allocates Size zeroed bytes that hold no pointers and are never scanned.
/// Fatal error "out of memory" if the heap cannot grow.
GS_RUNTIME void *gs_alloc_noscan(size_t Size);

} // namespace gs

#endif // GOSCAPE_RT_ALLOC_H
