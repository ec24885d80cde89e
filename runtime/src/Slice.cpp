//===- Slice.cpp - make, append and copy for slices -----------------------===//
//
// gs_makeslice / gs_growslice / gs_slicecopy with gc 1.19's capacities (see
// Slice.h). The malloc size classes are gc's for linux/amd64 (67 classes of
// up to 32 KiB); sizes up to 1024 bytes are looked up in a table indexed
// by size/8, larger ones by binary search.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Slice.h"

#include "Internal.h"
#include "goscape-rt/Alloc.h"

#include <algorithm>
#include <array>

using namespace gs;

/// gc's size classes (bytes), smallest first.
static constexpr uint16_t ClassSizes[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,
    144,   160,   176,   192,   208,   224,   240,   256,   288,   320,
    352,   384,   416,   448,   480,   512,   576,   640,   704,   768,
    896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,
    3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,
    8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384, 18432,
    19072, 20480, 21760, 24576, 27264, 28672, 32768};
static constexpr uintptr_t MaxSmallSize = 32768;
static constexpr uintptr_t PageSize = 8192;

/// The smallest class >= 8*I, for I in [0, 128].
static constexpr std::array<uint16_t, 129> SmallRound = [] {
  std::array<uint16_t, 129> T{};
  size_t C = 0;
  for (size_t I = 1; I <= 128; ++I) { // T[0] = 0: roundupsize(0) is 0
    while (ClassSizes[C] < 8 * I)
      ++C;
    T[I] = ClassSizes[C];
  }
  return T;
}();

uintptr_t gs::gs_roundupsize(uintptr_t Size) {
  if (Size <= 1024)
    return SmallRound[(Size + 7) / 8];
  if (Size <= MaxSmallSize)
    return *std::lower_bound(std::begin(ClassSizes), std::end(ClassSizes),
                             Size);
  if (Size + PageSize < Size)
    return Size;
  return (Size + PageSize - 1) & ~(PageSize - 1);
}

void *gs::gs_makeslice(const Type *Elem, intptr_t Len, intptr_t Cap) {
  uintptr_t Mem;
  bool Over = __builtin_mul_overflow(Elem->Size, uintptr_t(Cap), &Mem);
  if (Over || Mem > rt::MaxAllocSize || Len < 0 || Len > Cap) {
    bool LenOver = __builtin_mul_overflow(Elem->Size, uintptr_t(Len), &Mem);
    if (LenOver || Mem > rt::MaxAllocSize || Len < 0)
      rt::panicErrorString("runtime error: makeslice: len out of range");
    rt::panicErrorString("runtime error: makeslice: cap out of range");
  }
  return rt::allocGo(Mem, Elem->PtrData != 0, true);
}

void gs::gs_growslice(Slice *Out, const Type *Elem, void *OldPtr,
                      intptr_t OldLen, intptr_t OldCap, intptr_t NewLen) {
  if (NewLen < OldCap)
    rt::panicErrorString("runtime error: growslice: cap out of range");
  const uintptr_t Size = Elem->Size;
  if (Size == 0) {
    *Out = Slice{gs_zerobase, OldLen, NewLen};
    return;
  }
  // The capacity rule of Go 1.19 (Slice.h).
  intptr_t NewCap = OldCap;
  intptr_t Double = OldCap + OldCap;
  if (NewLen > Double) {
    NewCap = NewLen;
  } else {
    constexpr intptr_t Threshold = 256;
    if (OldCap < Threshold) {
      NewCap = Double;
    } else {
      while (0 < NewCap && NewCap < NewLen)
        NewCap += (NewCap + 3 * Threshold) / 4;
      if (NewCap <= 0)
        NewCap = NewLen;
    }
  }
  uintptr_t Mem;
  bool Over = __builtin_mul_overflow(Size, uintptr_t(NewCap), &Mem);
  if (Over || Mem > rt::MaxAllocSize)
    rt::panicErrorString("runtime error: growslice: cap out of range");
  Mem = gs_roundupsize(Mem);
  NewCap = intptr_t(Mem / Size);
  if (Mem > rt::MaxAllocSize)
    rt::panicErrorString("runtime error: growslice: cap out of range");

  const uintptr_t OldMem = Size * uintptr_t(OldLen);
  auto *P = static_cast<uint8_t *>(rt::allocGo(Mem, Elem->PtrData != 0,
                                               /*Zero=*/false));
  if (OldMem)
    std::memmove(P, OldPtr, OldMem);
  if (!Elem->PtrData)
    std::memset(P + OldMem, 0, Mem - OldMem);
  *Out = Slice{P, OldLen, NewCap};
}

intptr_t gs::gs_slicecopy(void *ToPtr, intptr_t ToLen, const void *FromPtr,
                          intptr_t FromLen, uintptr_t Width) {
  intptr_t N = std::min(ToLen, FromLen);
  if (N <= 0 || Width == 0)
    return N < 0 ? 0 : N;
  if (ToPtr != FromPtr)
    std::memmove(ToPtr, FromPtr, uintptr_t(N) * Width);
  return N;
}
