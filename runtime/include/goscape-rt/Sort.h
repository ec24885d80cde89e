//===- Sort.h - Package sort ------------------------------------*- C++ -*-===//
//
// sort.Ints, sort.Strings, sort.Slice and sort.Sort with Go 1.19's algorithm
// (pattern-defeating quicksort: insertion sort below 13 elements, ninther
// pivots, a heap sort fallback, and the same deterministic pattern
// breaking), so sort.Slice leaves elements that compare equal in exactly
// the order gc's sort leaves them, and calls less in the same sequence;
// sort.Stable, sort.SliceStable and sort.Search as Go 1.19 does them.
//
// sort.Slice's less is a Go func value called per Type.h's convention:
// `bool (*)(Closure *Ctx, intptr_t I, intptr_t J)` with the closure as Ctx
// (the generated function should return i1 zeroext, as C's bool).
// Elements are swapped bytewise using the element size of the slice's
// descriptor.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_SORT_H
#define GOSCAPE_RT_SORT_H

#include "goscape-rt/Type.h"

namespace gs {

/// sort.Ints(x): sorts the []int in increasing order.
GS_RUNTIME void gs_sort_Ints(intptr_t *XPtr, intptr_t XLen, intptr_t XCap);

/// sort.Strings(x): sorts the []string in increasing byte order.
GS_RUNTIME void gs_sort_Strings(String *XPtr, intptr_t XLen, intptr_t XCap);

/// sort.Slice(x, less): x is an interface{} {XType, XData} holding a slice
/// (XData points at the slice header); Less reports whether element I
/// must sort before element J. Panics "reflect: call of Swapper on T
/// Value" (T the kind's name) if x does not hold a slice.
GS_RUNTIME void gs_sort_Slice(const Type *XType, void *XData, Closure *Less);

/// sort.SliceStable(x, less): as gs_sort_Slice, keeping equal elements in
/// their original order (Go's insertion sort and SymMerge).
GS_RUNTIME void gs_sort_SliceStable(const Type *XType, void *XData,
                                    Closure *Less);

/// sort.Sort(data): sorts a sort.Interface {DataTab, DataData} through its
/// Len, Less and Swap methods (itab entries 0, 1, 2, each called as a Go
/// method: `(nullptr, DataData, args...)`). A nil data panics as a nil
/// dereference.
GS_RUNTIME void gs_sort_Sort(const Itab *DataTab, void *DataData);

/// sort.Stable(data): as gs_sort_Sort, keeping equal elements in order.
GS_RUNTIME void gs_sort_Stable(const Itab *DataTab, void *DataData);

/// sort.Search(n, f): the smallest i in [0, n) with f(i) true, or N; F is a
/// `func(int) bool` called as `bool (*)(Closure *F, intptr_t I)`.
GS_RUNTIME intptr_t gs_sort_Search(intptr_t N, Closure *F);

} // namespace gs

#endif // GOSCAPE_RT_SORT_H
