//===- Slice.h - make, append and copy for slices ---------------*- C++ -*-===//
//
// Slice allocation with gc 1.19's sizes, so cap() is what gc reports.
//
// make([]T, len, cap) allocates exactly cap elements (no rounding).
//
// append grows a slice with gs_growslice, which follows Go 1.19:
//   1. needed = the new length; old = the old capacity;
//   2. newcap = needed if needed > 2*old; else 2*old if old < 256; else
//      old grows by (old + 3*256)/4 repeatedly until it covers needed
//      (the smooth transition from doubling to 1.25x);
//   3. the byte size newcap*sizeof(T) is rounded up to gc's malloc size
//      class (roundupsize: 67 classes up to 32 KiB, then whole 8 KiB pages)
//      and the capacity becomes that size / sizeof(T).
// Zero-sized elements get capacity `needed` and gs_zerobase.
//
// []byte(string) and []rune(string) round their capacity the same way
// (see String.h). gs_roundupsize exposes step 3 for them and for tests.
//
// Panics are Go's runtime errors (recoverable, runtime.Error):
//   "runtime error: makeslice: len out of range"
//   "runtime error: makeslice: cap out of range"
//   "runtime error: growslice: cap out of range"
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_SLICE_H
#define GOSCAPE_RT_SLICE_H

#include "goscape-rt/Type.h"

namespace gs {

/// Implements make([]Elem, Len, Cap): returns zeroed storage for Cap
/// elements (gs_zerobase when Cap*Elem->Size is 0). The caller builds the
/// header {ptr, Len, Cap}. Panics "makeslice: len out of range" if Len < 0
/// or Len*size overflows or exceeds the maximum allocation (2^48 bytes),
/// else "makeslice: cap out of range" if Cap < Len or Cap*size does.
GS_RUNTIME void *gs_makeslice(const Type *Elem, intptr_t Len, intptr_t Cap);

/// Grows a slice for append (gc 1.19's growslice contract): the slice
/// {OldPtr, OldLen, OldCap} must hold NewLen elements, NewLen > OldCap.
/// Allocates the new array (capacity per the rule above), copies the OldLen
/// elements, zeroes the rest, and stores {NewPtr, OldLen, NewCap} in *Out:
/// Out->Len is the OLD length; the caller sets it to NewLen and stores the
/// appended elements. Panics "growslice: cap out of range" when NewLen <
/// OldCap (an overflowed length) or the size exceeds the maximum allocation.
GS_RUNTIME void gs_growslice(Slice *Out, const Type *Elem, void *OldPtr,
                             intptr_t OldLen, intptr_t OldCap,
                             intptr_t NewLen);

/// Implements copy(to, from) for slices of elements of Width bytes (also
/// copy([]byte, string)): moves min(ToLen, FromLen) elements (overlap
/// allowed) and returns that count.
GS_RUNTIME intptr_t gs_slicecopy(void *ToPtr, intptr_t ToLen,
                                 const void *FromPtr, intptr_t FromLen,
                                 uintptr_t Width);

/// Rounds an allocation size up to gc's malloc size class (sizes up to
/// 32768 bytes) or to a multiple of the 8 KiB page (larger sizes), as
/// gc's roundupsize does.
GS_RUNTIME uintptr_t gs_roundupsize(uintptr_t Size);

} // namespace gs

#endif // GOSCAPE_RT_SLICE_H
