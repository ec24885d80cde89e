//===- String.cpp - Go string operations ----------------------------------===//
//
// Concatenation, comparison, conversions and UTF-8 decoding with gc's
// results and allocations (String.h). String bytes are pointer-free
// allocations; results that fit go to the caller's temporary buffer.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/String.h"

#include "Internal.h"
#include "goscape-rt/Alloc.h"
#include "goscape-rt/Panic.h"
#include "goscape-rt/Slice.h"

#include <algorithm>
#include <array>

using namespace gs;

/// One-byte strings for string(b) of a single byte (gc's staticuint64s).
static constexpr std::array<uint8_t, 256> ByteStrings = [] {
  std::array<uint8_t, 256> T{};
  for (unsigned I = 0; I < 256; ++I)
    T[I] = uint8_t(I);
  return T;
}();

/// Room for a string of Len bytes: Buf if given and large enough, else a
/// new pointer-free block that the caller fills.
static uint8_t *rawString(uint8_t *Buf, intptr_t Len) {
  if (Buf && Len <= TmpBufSize)
    return Buf;
  return static_cast<uint8_t *>(rt::allocGo(size_t(Len), false, false));
}

void gs::gs_concatstrings(String *Out, uint8_t *Buf, const String *Parts,
                          intptr_t N) {
  intptr_t Total = 0, Count = 0, Idx = 0;
  for (intptr_t I = 0; I < N; ++I) {
    intptr_t L = Parts[I].Len;
    if (L == 0)
      continue;
    if (Total + L < Total)
      gs_fatal("string concatenation too long");
    Total += L;
    ++Count;
    Idx = I;
  }
  if (Count == 0) {
    *Out = String{nullptr, 0};
    return;
  }
  if (Count == 1 && (Buf || !rt::onStack(Parts[Idx].Ptr))) {
    *Out = Parts[Idx];
    return;
  }
  uint8_t *P = rawString(Buf, Total);
  intptr_t Off = 0;
  for (intptr_t I = 0; I < N; ++I) {
    if (Parts[I].Len == 0)
      continue;
    std::memcpy(P + Off, Parts[I].Ptr, size_t(Parts[I].Len));
    Off += Parts[I].Len;
  }
  *Out = String{P, Total};
}

intptr_t gs::gs_cmpstring(const uint8_t *APtr, intptr_t ALen,
                          const uint8_t *BPtr, intptr_t BLen) {
  intptr_t L = std::min(ALen, BLen);
  if (APtr != BPtr && L > 0) {
    int C = std::memcmp(APtr, BPtr, size_t(L));
    if (C != 0)
      return C < 0 ? -1 : 1;
  }
  return ALen < BLen ? -1 : ALen > BLen ? 1 : 0;
}

bool gs::gs_eqstring(const uint8_t *APtr, intptr_t ALen, const uint8_t *BPtr,
                     intptr_t BLen) {
  return ALen == BLen &&
         (APtr == BPtr || ALen == 0 || std::memcmp(APtr, BPtr, ALen) == 0);
}

void gs::gs_slicebytetostring(String *Out, uint8_t *Buf, const uint8_t *Ptr,
                              intptr_t Len) {
  if (Len == 0) {
    *Out = String{nullptr, 0};
    return;
  }
  if (Len == 1) {
    *Out = String{&ByteStrings[Ptr[0]], 1};
    return;
  }
  uint8_t *P = rawString(Buf, Len);
  std::memcpy(P, Ptr, size_t(Len));
  *Out = String{P, Len};
}

void gs::gs_stringtoslicebyte(Slice *Out, uint8_t *Buf, const uint8_t *Ptr,
                              intptr_t Len) {
  uint8_t *P;
  intptr_t Cap;
  if (Buf && Len <= TmpBufSize) {
    std::memset(Buf, 0, TmpBufSize);
    P = Buf;
    Cap = TmpBufSize;
  } else {
    Cap = intptr_t(gs_roundupsize(uintptr_t(Len)));
    P = static_cast<uint8_t *>(rt::allocGo(size_t(Cap), false, false));
    std::memset(P + Len, 0, size_t(Cap - Len));
  }
  if (Len)
    std::memcpy(P, Ptr, size_t(Len));
  *Out = Slice{P, Len, Cap};
}

//===----------------------------------------------------------------------===//
// UTF-8
//===----------------------------------------------------------------------===//

static constexpr int32_t RuneError = 0xFFFD;
static constexpr int32_t MaxRune = 0x10FFFF;

/// Decodes the rune at S[K] (K < N): {rune, next index}; invalid input
/// gives {RuneError, K + 1}.
static DecodeRuneResult decode(const uint8_t *S, intptr_t N, intptr_t K) {
  uint8_t B0 = S[K];
  if (B0 < 0x80)
    return {B0, K + 1};
  auto Cont = [&](intptr_t I) { return I < N && (S[I] & 0xC0) == 0x80; };
  const DecodeRuneResult Bad{RuneError, K + 1};
  if (B0 >= 0xC2 && B0 <= 0xDF) {
    if (!Cont(K + 1))
      return Bad;
    return {int32_t((B0 & 0x1F) << 6 | (S[K + 1] & 0x3F)), K + 2};
  }
  if (B0 >= 0xE0 && B0 <= 0xEF) {
    if (!Cont(K + 1) || !Cont(K + 2))
      return Bad;
    int32_t R = (B0 & 0x0F) << 12 | (S[K + 1] & 0x3F) << 6 | (S[K + 2] & 0x3F);
    if (R < 0x800 || (R >= 0xD800 && R <= 0xDFFF)) // overlong, surrogate
      return Bad;
    return {R, K + 3};
  }
  if (B0 >= 0xF0 && B0 <= 0xF4) {
    if (!Cont(K + 1) || !Cont(K + 2) || !Cont(K + 3))
      return Bad;
    int32_t R = (B0 & 0x07) << 18 | (S[K + 1] & 0x3F) << 12 |
                (S[K + 2] & 0x3F) << 6 | (S[K + 3] & 0x3F);
    if (R < 0x10000 || R > MaxRune)
      return Bad;
    return {R, K + 4};
  }
  return Bad; // continuation byte, C0/C1, F5..FF
}

void gs::gs_decoderune(DecodeRuneResult *Out, const uint8_t *Ptr, intptr_t Len,
                       intptr_t K) {
  *Out = decode(Ptr, Len, K);
}

intptr_t gs::gs_encoderune(uint8_t *P, int32_t R) {
  uint32_t U = uint32_t(R);
  if (U < 0x80) {
    P[0] = uint8_t(U);
    return 1;
  }
  if (U < 0x800) {
    P[0] = uint8_t(0xC0 | U >> 6);
    P[1] = uint8_t(0x80 | (U & 0x3F));
    return 2;
  }
  if (U > uint32_t(MaxRune) || (U >= 0xD800 && U <= 0xDFFF))
    U = RuneError;
  if (U < 0x10000) {
    P[0] = uint8_t(0xE0 | U >> 12);
    P[1] = uint8_t(0x80 | ((U >> 6) & 0x3F));
    P[2] = uint8_t(0x80 | (U & 0x3F));
    return 3;
  }
  P[0] = uint8_t(0xF0 | U >> 18);
  P[1] = uint8_t(0x80 | ((U >> 12) & 0x3F));
  P[2] = uint8_t(0x80 | ((U >> 6) & 0x3F));
  P[3] = uint8_t(0x80 | (U & 0x3F));
  return 4;
}

void gs::gs_stringtoslicerune(Slice *Out, int32_t *Buf, const uint8_t *Ptr,
                              intptr_t Len) {
  intptr_t N = 0;
  for (intptr_t K = 0; K < Len; ++N)
    K = Ptr[K] < 0x80 ? K + 1 : decode(Ptr, Len, K).Pos;
  int32_t *P;
  intptr_t Cap;
  if (Buf && N <= TmpBufSize) {
    std::memset(Buf, 0, TmpBufSize * sizeof(int32_t));
    P = Buf;
    Cap = TmpBufSize;
  } else {
    if (uintptr_t(N) > rt::MaxAllocSize / 4)
      rt::panicErrorString("runtime error: makeslice: len out of range");
    uintptr_t Mem = gs_roundupsize(uintptr_t(N) * 4);
    Cap = intptr_t(Mem / 4);
    P = static_cast<int32_t *>(rt::allocGo(Mem, false, true));
  }
  intptr_t I = 0;
  for (intptr_t K = 0; K < Len; ++I) {
    DecodeRuneResult D = decode(Ptr, Len, K);
    P[I] = D.Rune;
    K = D.Pos;
  }
  *Out = Slice{P, N, Cap};
}

void gs::gs_slicerunetostring(String *Out, uint8_t *Buf, const int32_t *Ptr,
                              intptr_t Len) {
  uint8_t Tmp[4];
  intptr_t Size = 0;
  for (intptr_t I = 0; I < Len; ++I)
    Size += gs_encoderune(Tmp, Ptr[I]);
  if (Size == 0) {
    *Out = String{nullptr, 0};
    return;
  }
  // gc reserves 3 spare bytes; the allocation size shows in the statistics.
  uint8_t *P = rawString(Buf, Size + 3);
  intptr_t Off = 0;
  for (intptr_t I = 0; I < Len; ++I)
    Off += gs_encoderune(P + Off, Ptr[I]);
  *Out = String{P, Off};
}

void gs::gs_intstring(String *Out, uint8_t *Buf, int64_t V) {
  uint8_t *P = Buf ? Buf : static_cast<uint8_t *>(rt::allocGo(4, false, false));
  int32_t R = int64_t(int32_t(V)) == V ? int32_t(V) : RuneError;
  *Out = String{P, gs_encoderune(P, R)};
}
