//===- Strings.cpp - Package strings --------------------------------------===//
//
// strings.Builder and the modelled strings functions; see Strings.h. Slices
// and Builder buffers are allocated through the slice runtime (Slice.h),
// so capacities follow gc's growslice and makeslice.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Strings.h"

#include "FmtInternal.h"
#include "goscape-rt/Alg.h"
#include "goscape-rt/Slice.h"

#include <algorithm>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <iterator>
#include <vector>

using namespace gs;
using namespace gs::fmt;

//===----------------------------------------------------------------------===//
// Builder
//===----------------------------------------------------------------------===//

static void copyCheck(StringsBuilder *B) {
  if (!B->Addr)
    B->Addr = B;
  else if (B->Addr != B)
    panicString("strings: illegal use of non-zero Builder copied by value");
}

/// Reallocates B's buffer with capacity 2*cap+N (Builder.grow).
static void growBuf(StringsBuilder *B, intptr_t N) {
  intptr_t Cap = 2 * B->Buf.Cap + N;
  void *P = gs_makeslice(&gs_type_uint8, B->Buf.Len, Cap);
  if (B->Buf.Len)
    std::memcpy(P, B->Buf.Ptr, size_t(B->Buf.Len));
  B->Buf.Ptr = P;
  B->Buf.Cap = Cap;
}

/// append(b.buf, P[:N]...).
static void appendBytes(StringsBuilder *B, const void *P, intptr_t N) {
  if (N == 0)
    return;
  intptr_t NewLen = B->Buf.Len + N;
  if (NewLen > B->Buf.Cap) {
    Slice Grown;
    gs_growslice(&Grown, &gs_type_uint8, B->Buf.Ptr, B->Buf.Len, B->Buf.Cap,
                 NewLen);
    B->Buf = Grown;
  }
  std::memcpy(static_cast<uint8_t *>(B->Buf.Ptr) + B->Buf.Len, P, size_t(N));
  B->Buf.Len = NewLen;
}

intptr_t gs::gs_strings_Builder_Cap(StringsBuilder *B) { return B->Buf.Cap; }

void gs::gs_strings_Builder_Grow(StringsBuilder *B, intptr_t N) {
  copyCheck(B);
  if (N < 0)
    panicString("strings.Builder.Grow: negative count");
  if (B->Buf.Cap - B->Buf.Len < N)
    growBuf(B, N);
}

intptr_t gs::gs_strings_Builder_Len(StringsBuilder *B) { return B->Buf.Len; }

void gs::gs_strings_Builder_Reset(StringsBuilder *B) { *B = StringsBuilder{}; }

void gs::gs_strings_Builder_String(String *Out, StringsBuilder *B) {
  *Out = String{static_cast<const uint8_t *>(B->Buf.Ptr), B->Buf.Len};
}

void gs::gs_strings_Builder_Write(IntError *Out, StringsBuilder *B,
                                  const uint8_t *PPtr, intptr_t PLen,
                                  intptr_t) {
  copyCheck(B);
  appendBytes(B, PPtr, PLen);
  *Out = IntError{PLen, Iface{nullptr, nullptr}};
}

void gs::gs_strings_Builder_WriteByte(Iface *Out, StringsBuilder *B,
                                      uint8_t C) {
  copyCheck(B);
  appendBytes(B, &C, 1);
  *Out = Iface{nullptr, nullptr};
}

void gs::gs_strings_Builder_WriteRune(IntError *Out, StringsBuilder *B,
                                      int32_t R) {
  copyCheck(B);
  if (uint32_t(R) < 0x80) {
    uint8_t C = uint8_t(R);
    appendBytes(B, &C, 1);
    *Out = IntError{1, Iface{nullptr, nullptr}};
    return;
  }
  // Builder.WriteRune makes room for 4 bytes with grow, not append.
  if (B->Buf.Cap - B->Buf.Len < 4)
    growBuf(B, 4);
  std::string Enc;
  appendRune(Enc, R);
  appendBytes(B, Enc.data(), intptr_t(Enc.size()));
  *Out = IntError{intptr_t(Enc.size()), Iface{nullptr, nullptr}};
}

void gs::gs_strings_Builder_WriteString(IntError *Out, StringsBuilder *B,
                                        const uint8_t *SPtr, intptr_t SLen) {
  copyCheck(B);
  appendBytes(B, SPtr, SLen);
  *Out = IntError{SLen, Iface{nullptr, nullptr}};
}

//===----------------------------------------------------------------------===//
// Searching
//===----------------------------------------------------------------------===//

/// The offset of the first Sub in S at or after From, or npos: memchr for
/// one byte (Go's IndexByte), glibc's memmem otherwise (std::string_view's
/// find calls memchr and then memcmp for every occurrence of Sub's first
/// byte).
static size_t find(std::string_view S, std::string_view Sub, size_t From = 0) {
  if (From > S.size())
    return std::string_view::npos;
  if (Sub.empty()) // S.data() may be null
    return From;
  size_t Len = S.size() - From;
  if (Len < Sub.size()) // (an empty S's data may be null too)
    return std::string_view::npos;
  const char *Base = S.data() + From;
  const void *P = Sub.size() == 1
                      ? std::memchr(Base, Sub[0], Len)
                      : memmem(Base, Len, Sub.data(), Sub.size());
  return P ? size_t(static_cast<const char *>(P) - S.data())
           : std::string_view::npos;
}

intptr_t gs::gs_strings_Index(const uint8_t *SPtr, intptr_t SLen,
                              const uint8_t *SubPtr, intptr_t SubLen) {
  size_t P = find(view(SPtr, SLen), view(SubPtr, SubLen));
  return P == std::string_view::npos ? -1 : intptr_t(P);
}

bool gs::gs_strings_Contains(const uint8_t *SPtr, intptr_t SLen,
                             const uint8_t *SubPtr, intptr_t SubLen) {
  return gs_strings_Index(SPtr, SLen, SubPtr, SubLen) >= 0;
}

/// strings.IndexRune's test: whether S holds R.
static bool hasRune(std::string_view S, int32_t R) {
  if (R >= 0 && R < 0x80)
    return S.find(char(R)) != std::string_view::npos;
  if (R == 0xFFFD) {
    // An invalid byte decodes as utf8.RuneError too.
    for (size_t I = 0; I < S.size();) {
      int W = 1;
      if (fmt::decodeRune(S.substr(I), W) == 0xFFFD)
        return true;
      I += size_t(W);
    }
    return false;
  }
  if (R < 0 || R > 0x10FFFF || (R >= 0xD800 && R <= 0xDFFF))
    return false;
  std::string Enc;
  fmt::appendRune(Enc, R);
  return S.find(Enc) != std::string_view::npos;
}

bool gs::gs_strings_ContainsRune(const uint8_t *SPtr, intptr_t SLen,
                                 int32_t R) {
  return hasRune(view(String{SPtr, SLen}), R);
}

bool gs::gs_strings_ContainsAny(const uint8_t *SPtr, intptr_t SLen,
                                const uint8_t *CharsPtr, intptr_t CharsLen) {
  std::string_view S = view(String{SPtr, SLen});
  std::string_view Chars = view(String{CharsPtr, CharsLen});
  for (size_t I = 0; I < S.size();) {
    int W = 1;
    if (hasRune(Chars, fmt::decodeRune(S.substr(I), W)))
      return true;
    I += size_t(W);
  }
  return false;
}

bool gs::gs_strings_HasPrefix(const uint8_t *SPtr, intptr_t SLen,
                              const uint8_t *PrefixPtr, intptr_t PrefixLen) {
  return SLen >= PrefixLen && view(SPtr, SLen).substr(0, size_t(PrefixLen)) ==
                                  view(PrefixPtr, PrefixLen);
}

//===----------------------------------------------------------------------===//
// Building strings and slices of strings
//===----------------------------------------------------------------------===//

/// A new []string of length and capacity N (make([]string, N)).
static Slice makeStrings(intptr_t N) {
  return Slice{gs_makeslice(&gs_type_string, N, N), N, N};
}

/// A string of N bytes in a new make([]byte, 0, N) buffer, as the
/// Builder-based functions allocate it.
static uint8_t *newBytes(intptr_t N) {
  return static_cast<uint8_t *>(gs_makeslice(&gs_type_uint8, 0, N));
}

void gs::gs_strings_Join(String *Out, const String *ElemsPtr, intptr_t ElemsLen,
                         intptr_t, const uint8_t *SepPtr, intptr_t SepLen) {
  if (ElemsLen == 0) {
    *Out = String{nullptr, 0};
    return;
  }
  if (ElemsLen == 1) {
    *Out = ElemsPtr[0];
    return;
  }
  intptr_t N = SepLen * (ElemsLen - 1);
  for (intptr_t I = 0; I < ElemsLen; ++I)
    N += ElemsPtr[I].Len;
  uint8_t *P = N ? newBytes(N) : nullptr;
  intptr_t At = 0;
  for (intptr_t I = 0; I < ElemsLen; ++I) {
    if (I > 0 && SepLen) {
      std::memcpy(P + At, SepPtr, size_t(SepLen));
      At += SepLen;
    }
    if (ElemsPtr[I].Len)
      std::memcpy(P + At, ElemsPtr[I].Ptr, size_t(ElemsPtr[I].Len));
    At += ElemsPtr[I].Len;
  }
  *Out = String{P, N};
}

void gs::gs_strings_Repeat(String *Out, const uint8_t *SPtr, intptr_t SLen,
                           intptr_t Count) {
  if (Count == 0) {
    *Out = String{nullptr, 0};
    return;
  }
  if (Count < 0)
    panicString("strings: negative Repeat count");
  intptr_t N;
  if (__builtin_mul_overflow(SLen, Count, &N))
    panicString("strings: Repeat count causes overflow");
  if (N == 0) {
    *Out = String{nullptr, 0};
    return;
  }
  uint8_t *P = newBytes(N);
  for (intptr_t At = 0; At < N; At += SLen)
    std::memcpy(P + At, SPtr, size_t(SLen));
  *Out = String{P, N};
}

/// Non-overlapping occurrences of Sep (non-empty) in S.
static intptr_t countSep(std::string_view S, std::string_view Sep) {
  intptr_t N = 0;
  if (Sep.size() == 1)
    return std::count(S.begin(), S.end(), Sep[0]);
  for (size_t P = find(S, Sep); P != std::string_view::npos;
       P = find(S, Sep, P + Sep.size()))
    ++N;
  return N;
}

/// Splits S into at most N strings, one per UTF-8 sequence, the last one
/// holding the rest (strings.explode); an invalid byte becomes "\uFFFD".
static Slice explode(String S, intptr_t N) {
  static const uint8_t Replacement[] = {0xEF, 0xBF, 0xBD};
  std::string_view V = view(S);
  intptr_t L = intptr_t(runeCount(V));
  if (N < 0 || N > L)
    N = L;
  Slice A = makeStrings(N);
  auto *Elems = static_cast<String *>(A.Ptr);
  intptr_t At = 0;
  for (intptr_t I = 0; I < N - 1; ++I) {
    int W;
    if (decodeRune(V.substr(size_t(At)), W) == 0xFFFD)
      Elems[I] = String{Replacement, 3};
    else
      Elems[I] = String{S.Ptr + At, W};
    At += W;
  }
  if (N > 0)
    Elems[N - 1] = String{S.Ptr + At, S.Len - At};
  return A;
}

/// strings.genSplit: at most N pieces (all if N < 0), each keeping SepSave
/// bytes of its separator.
static Slice genSplit(String S, String Sep, intptr_t SepSave, intptr_t N) {
  if (N == 0)
    return Slice{nullptr, 0, 0};
  if (Sep.Len == 0)
    return explode(S, N);
  if (N < 0)
    N = countSep(view(S), view(Sep)) + 1;
  if (N > S.Len + 1)
    N = S.Len + 1;
  Slice A = makeStrings(N);
  auto *Elems = static_cast<String *>(A.Ptr);
  --N;
  intptr_t I = 0;
  while (I < N) {
    size_t M = find(view(S), view(Sep));
    if (M == std::string_view::npos)
      break;
    Elems[I] = String{S.Ptr, intptr_t(M) + SepSave};
    S = String{S.Ptr + M + size_t(Sep.Len), S.Len - intptr_t(M) - Sep.Len};
    ++I;
  }
  Elems[I] = S;
  A.Len = I + 1;
  return A;
}

void gs::gs_strings_Split(Slice *Out, const uint8_t *SPtr, intptr_t SLen,
                          const uint8_t *SepPtr, intptr_t SepLen) {
  *Out = genSplit(String{SPtr, SLen}, String{SepPtr, SepLen}, 0, -1);
}

void gs::gs_strings_SplitN(Slice *Out, const uint8_t *SPtr, intptr_t SLen,
                           const uint8_t *SepPtr, intptr_t SepLen,
                           intptr_t N) {
  *Out = genSplit(String{SPtr, SLen}, String{SepPtr, SepLen}, 0, N);
}

void gs::gs_strings_SplitAfterN(Slice *Out, const uint8_t *SPtr, intptr_t SLen,
                                const uint8_t *SepPtr, intptr_t SepLen,
                                intptr_t N) {
  *Out = genSplit(String{SPtr, SLen}, String{SepPtr, SepLen}, SepLen, N);
}

bool gs::fmt::isSpace(int32_t R) {
  switch (R) {
  case '\t':
  case '\n':
  case '\v':
  case '\f':
  case '\r':
  case ' ':
  case 0x85:
  case 0xA0:
  case 0x1680:
  case 0x2028:
  case 0x2029:
  case 0x202F:
  case 0x205F:
  case 0x3000:
    return true;
  default:
    return R >= 0x2000 && R <= 0x200A;
  }
}

/// The ASCII bytes unicode.IsSpace accepts: '\t' to '\r' and ' '.
static bool isAsciiSpace(uint8_t C) {
  return C == ' ' || unsigned(C - '\t') <= unsigned('\r' - '\t');
}

namespace {
/// One block of at most 16 bytes of a string, classified at once.
struct ByteClasses {
  uint32_t Space; ///< Bit I: byte I is an ASCII space.
  uint32_t High;  ///< Bit I: byte I is not ASCII.
};
} // namespace

/// Classifies the N (1 to 16) bytes at P.
static ByteClasses classify(const uint8_t *P, intptr_t N) {
#if defined(__SSE2__)
  if (N == 16) {
    __m128i V = _mm_loadu_si128(reinterpret_cast<const __m128i *>(P));
    __m128i Blank = _mm_cmpeq_epi8(V, _mm_set1_epi8(' '));
    // '\t' <= C <= '\r' as unsigned C - '\t' <= 4.
    __m128i T = _mm_sub_epi8(V, _mm_set1_epi8('\t'));
    __m128i Ctl = _mm_cmpeq_epi8(_mm_min_epu8(T, _mm_set1_epi8(4)), T);
    return {uint32_t(_mm_movemask_epi8(_mm_or_si128(Blank, Ctl))),
            uint32_t(_mm_movemask_epi8(V))};
  }
#endif
  ByteClasses C{0, 0};
  for (intptr_t I = 0; I < N; ++I) {
    C.Space |= uint32_t(isAsciiSpace(P[I])) << I;
    C.High |= uint32_t(P[I] >> 7) << I;
  }
  return C;
}

/// Calls F(Block, Begins, Ends) for each block of 16 bytes of S (the last
/// one shorter) at offset Block: bit I of Begins marks a field starting at
/// Block+I (a non-space after a space or at 0), bit I of Ends a field
/// ending there (a space after a non-space). Returns whether S is ASCII.
template <typename Fn>
static bool scanFields(const uint8_t *S, intptr_t Len, Fn F) {
  uint32_t PrevSpace = 1, High = 0;
  for (intptr_t Block = 0; Block < Len; Block += 16) {
    intptr_t N = std::min<intptr_t>(16, Len - Block);
    ByteClasses C = classify(S + Block, N);
    uint32_t Valid = (uint32_t(1) << N) - 1;
    uint32_t Before = ((C.Space << 1) | PrevSpace) & Valid;
    F(Block, ~C.Space & Before & Valid, C.Space & ~Before);
    PrevSpace = (C.Space >> (N - 1)) & 1;
    High |= C.High;
  }
  return High == 0;
}

/// strings.Fields of an ASCII string with N fields.
static Slice asciiFields(const uint8_t *S, intptr_t Len, intptr_t N) {
  Slice A = makeStrings(N);
  auto *Elems = static_cast<String *>(A.Ptr);
  intptr_t K = 0, Start = -1;
  scanFields(S, Len, [&](intptr_t Block, uint32_t Begins, uint32_t Ends) {
    for (uint32_t Marks = Begins | Ends; Marks; Marks &= Marks - 1) {
      intptr_t At = Block + __builtin_ctz(Marks);
      if (Start < 0) {
        Start = At;
      } else {
        Elems[K++] = String{S + Start, At - Start};
        Start = -1;
      }
    }
  });
  if (Start >= 0)
    Elems[K] = String{S + Start, Len - Start};
  return A;
}

void gs::gs_strings_Fields(Slice *Out, const uint8_t *SPtr, intptr_t SLen) {
  // ASCII strings: count the fields, then cut them, with no decoding
  // (strings.Fields' fast path).
  intptr_t N = 0;
  bool Ascii = scanFields(SPtr, SLen, [&](intptr_t, uint32_t Begins, uint32_t) {
    N += __builtin_popcount(Begins);
  });
  if (Ascii) {
    *Out = asciiFields(SPtr, SLen, N);
    return;
  }
  std::string_view V = view(SPtr, SLen);
  // Field boundaries as [Start, End) byte offsets.
  std::vector<std::pair<intptr_t, intptr_t>> Spans;
  intptr_t Start = -1;
  for (size_t I = 0; I < V.size();) {
    int W = 1;
    int32_t R = uint8_t(V[I]);
    if (R >= 0x80)
      R = decodeRune(V.substr(I), W);
    if (isSpace(R)) {
      if (Start >= 0)
        Spans.emplace_back(Start, intptr_t(I));
      Start = -1;
    } else if (Start < 0) {
      Start = intptr_t(I);
    }
    I += size_t(W);
  }
  if (Start >= 0)
    Spans.emplace_back(Start, SLen);
  Slice A = makeStrings(intptr_t(Spans.size()));
  auto *Elems = static_cast<String *>(A.Ptr);
  for (size_t I = 0; I < Spans.size(); ++I)
    Elems[I] = String{SPtr + Spans[I].first, Spans[I].second - Spans[I].first};
  *Out = A;
}

//===----------------------------------------------------------------------===//
// ToUpper
//===----------------------------------------------------------------------===//

namespace {
/// Runes Lo, Lo+Stride, ..., Hi map to themselves plus Delta under
/// unicode.ToUpper.
struct UpperRun {
  int32_t Lo, Hi, Stride, Delta;
};
} // namespace

/// Every rune that unicode.ToUpper (Go 1.19, Unicode 13) changes, as
/// non-overlapping runs sorted by Lo. Generated by enumerating Go's
/// unicode.ToUpper over all code points and grouping equal deltas at a
/// constant stride of 1 or 2.
static constexpr UpperRun UpperRuns[] = {
    {0x61, 0x7a, 1, -32},        {0xb5, 0xb5, 1, 743},
    {0xe0, 0xf6, 1, -32},        {0xf8, 0xfe, 1, -32},
    {0xff, 0xff, 1, 121},        {0x101, 0x12f, 2, -1},
    {0x131, 0x131, 1, -232},     {0x133, 0x137, 2, -1},
    {0x13a, 0x148, 2, -1},       {0x14b, 0x177, 2, -1},
    {0x17a, 0x17e, 2, -1},       {0x17f, 0x17f, 1, -300},
    {0x180, 0x180, 1, 195},      {0x183, 0x185, 2, -1},
    {0x188, 0x188, 1, -1},       {0x18c, 0x18c, 1, -1},
    {0x192, 0x192, 1, -1},       {0x195, 0x195, 1, 97},
    {0x199, 0x199, 1, -1},       {0x19a, 0x19a, 1, 163},
    {0x19e, 0x19e, 1, 130},      {0x1a1, 0x1a5, 2, -1},
    {0x1a8, 0x1a8, 1, -1},       {0x1ad, 0x1ad, 1, -1},
    {0x1b0, 0x1b0, 1, -1},       {0x1b4, 0x1b6, 2, -1},
    {0x1b9, 0x1b9, 1, -1},       {0x1bd, 0x1bd, 1, -1},
    {0x1bf, 0x1bf, 1, 56},       {0x1c5, 0x1c5, 1, -1},
    {0x1c6, 0x1c6, 1, -2},       {0x1c8, 0x1c8, 1, -1},
    {0x1c9, 0x1c9, 1, -2},       {0x1cb, 0x1cb, 1, -1},
    {0x1cc, 0x1cc, 1, -2},       {0x1ce, 0x1dc, 2, -1},
    {0x1dd, 0x1dd, 1, -79},      {0x1df, 0x1ef, 2, -1},
    {0x1f2, 0x1f2, 1, -1},       {0x1f3, 0x1f3, 1, -2},
    {0x1f5, 0x1f5, 1, -1},       {0x1f9, 0x21f, 2, -1},
    {0x223, 0x233, 2, -1},       {0x23c, 0x23c, 1, -1},
    {0x23f, 0x240, 1, 10815},    {0x242, 0x242, 1, -1},
    {0x247, 0x24f, 2, -1},       {0x250, 0x250, 1, 10783},
    {0x251, 0x251, 1, 10780},    {0x252, 0x252, 1, 10782},
    {0x253, 0x253, 1, -210},     {0x254, 0x254, 1, -206},
    {0x256, 0x257, 1, -205},     {0x259, 0x259, 1, -202},
    {0x25b, 0x25b, 1, -203},     {0x25c, 0x25c, 1, 42319},
    {0x260, 0x260, 1, -205},     {0x261, 0x261, 1, 42315},
    {0x263, 0x263, 1, -207},     {0x265, 0x265, 1, 42280},
    {0x266, 0x266, 1, 42308},    {0x268, 0x268, 1, -209},
    {0x269, 0x269, 1, -211},     {0x26a, 0x26a, 1, 42308},
    {0x26b, 0x26b, 1, 10743},    {0x26c, 0x26c, 1, 42305},
    {0x26f, 0x26f, 1, -211},     {0x271, 0x271, 1, 10749},
    {0x272, 0x272, 1, -213},     {0x275, 0x275, 1, -214},
    {0x27d, 0x27d, 1, 10727},    {0x280, 0x280, 1, -218},
    {0x282, 0x282, 1, 42307},    {0x283, 0x283, 1, -218},
    {0x287, 0x287, 1, 42282},    {0x288, 0x288, 1, -218},
    {0x289, 0x289, 1, -69},      {0x28a, 0x28b, 1, -217},
    {0x28c, 0x28c, 1, -71},      {0x292, 0x292, 1, -219},
    {0x29d, 0x29d, 1, 42261},    {0x29e, 0x29e, 1, 42258},
    {0x345, 0x345, 1, 84},       {0x371, 0x373, 2, -1},
    {0x377, 0x377, 1, -1},       {0x37b, 0x37d, 1, 130},
    {0x3ac, 0x3ac, 1, -38},      {0x3ad, 0x3af, 1, -37},
    {0x3b1, 0x3c1, 1, -32},      {0x3c2, 0x3c2, 1, -31},
    {0x3c3, 0x3cb, 1, -32},      {0x3cc, 0x3cc, 1, -64},
    {0x3cd, 0x3ce, 1, -63},      {0x3d0, 0x3d0, 1, -62},
    {0x3d1, 0x3d1, 1, -57},      {0x3d5, 0x3d5, 1, -47},
    {0x3d6, 0x3d6, 1, -54},      {0x3d7, 0x3d7, 1, -8},
    {0x3d9, 0x3ef, 2, -1},       {0x3f0, 0x3f0, 1, -86},
    {0x3f1, 0x3f1, 1, -80},      {0x3f2, 0x3f2, 1, 7},
    {0x3f3, 0x3f3, 1, -116},     {0x3f5, 0x3f5, 1, -96},
    {0x3f8, 0x3f8, 1, -1},       {0x3fb, 0x3fb, 1, -1},
    {0x430, 0x44f, 1, -32},      {0x450, 0x45f, 1, -80},
    {0x461, 0x481, 2, -1},       {0x48b, 0x4bf, 2, -1},
    {0x4c2, 0x4ce, 2, -1},       {0x4cf, 0x4cf, 1, -15},
    {0x4d1, 0x52f, 2, -1},       {0x561, 0x586, 1, -48},
    {0x10d0, 0x10fa, 1, 3008},   {0x10fd, 0x10ff, 1, 3008},
    {0x13f8, 0x13fd, 1, -8},     {0x1c80, 0x1c80, 1, -6254},
    {0x1c81, 0x1c81, 1, -6253},  {0x1c82, 0x1c82, 1, -6244},
    {0x1c83, 0x1c84, 1, -6242},  {0x1c85, 0x1c85, 1, -6243},
    {0x1c86, 0x1c86, 1, -6236},  {0x1c87, 0x1c87, 1, -6181},
    {0x1c88, 0x1c88, 1, 35266},  {0x1d79, 0x1d79, 1, 35332},
    {0x1d7d, 0x1d7d, 1, 3814},   {0x1d8e, 0x1d8e, 1, 35384},
    {0x1e01, 0x1e95, 2, -1},     {0x1e9b, 0x1e9b, 1, -59},
    {0x1ea1, 0x1eff, 2, -1},     {0x1f00, 0x1f07, 1, 8},
    {0x1f10, 0x1f15, 1, 8},      {0x1f20, 0x1f27, 1, 8},
    {0x1f30, 0x1f37, 1, 8},      {0x1f40, 0x1f45, 1, 8},
    {0x1f51, 0x1f57, 2, 8},      {0x1f60, 0x1f67, 1, 8},
    {0x1f70, 0x1f71, 1, 74},     {0x1f72, 0x1f75, 1, 86},
    {0x1f76, 0x1f77, 1, 100},    {0x1f78, 0x1f79, 1, 128},
    {0x1f7a, 0x1f7b, 1, 112},    {0x1f7c, 0x1f7d, 1, 126},
    {0x1f80, 0x1f87, 1, 8},      {0x1f90, 0x1f97, 1, 8},
    {0x1fa0, 0x1fa7, 1, 8},      {0x1fb0, 0x1fb1, 1, 8},
    {0x1fb3, 0x1fb3, 1, 9},      {0x1fbe, 0x1fbe, 1, -7205},
    {0x1fc3, 0x1fc3, 1, 9},      {0x1fd0, 0x1fd1, 1, 8},
    {0x1fe0, 0x1fe1, 1, 8},      {0x1fe5, 0x1fe5, 1, 7},
    {0x1ff3, 0x1ff3, 1, 9},      {0x214e, 0x214e, 1, -28},
    {0x2170, 0x217f, 1, -16},    {0x2184, 0x2184, 1, -1},
    {0x24d0, 0x24e9, 1, -26},    {0x2c30, 0x2c5e, 1, -48},
    {0x2c61, 0x2c61, 1, -1},     {0x2c65, 0x2c65, 1, -10795},
    {0x2c66, 0x2c66, 1, -10792}, {0x2c68, 0x2c6c, 2, -1},
    {0x2c73, 0x2c73, 1, -1},     {0x2c76, 0x2c76, 1, -1},
    {0x2c81, 0x2ce3, 2, -1},     {0x2cec, 0x2cee, 2, -1},
    {0x2cf3, 0x2cf3, 1, -1},     {0x2d00, 0x2d25, 1, -7264},
    {0x2d27, 0x2d27, 1, -7264},  {0x2d2d, 0x2d2d, 1, -7264},
    {0xa641, 0xa66d, 2, -1},     {0xa681, 0xa69b, 2, -1},
    {0xa723, 0xa72f, 2, -1},     {0xa733, 0xa76f, 2, -1},
    {0xa77a, 0xa77c, 2, -1},     {0xa77f, 0xa787, 2, -1},
    {0xa78c, 0xa78c, 1, -1},     {0xa791, 0xa793, 2, -1},
    {0xa794, 0xa794, 1, 48},     {0xa797, 0xa7a9, 2, -1},
    {0xa7b5, 0xa7bf, 2, -1},     {0xa7c3, 0xa7c3, 1, -1},
    {0xa7c8, 0xa7ca, 2, -1},     {0xa7f6, 0xa7f6, 1, -1},
    {0xab53, 0xab53, 1, -928},   {0xab70, 0xabbf, 1, -38864},
    {0xff41, 0xff5a, 1, -32},    {0x10428, 0x1044f, 1, -40},
    {0x104d8, 0x104fb, 1, -40},  {0x10cc0, 0x10cf2, 1, -64},
    {0x118c0, 0x118df, 1, -32},  {0x16e60, 0x16e7f, 1, -32},
    {0x1e922, 0x1e943, 1, -34},
};

static int32_t toUpper(int32_t R) {
  if (R < 0x80)
    return R >= 'a' && R <= 'z' ? R - 32 : R;
  // The last run starting at or before R.
  const UpperRun *It = std::upper_bound(
      std::begin(UpperRuns), std::end(UpperRuns), R,
      [](int32_t V, const UpperRun &Run) { return V < Run.Lo; });
  if (It == std::begin(UpperRuns))
    return R;
  --It;
  if (R <= It->Hi && (R - It->Lo) % It->Stride == 0)
    return R + It->Delta;
  return R;
}

void gs::gs_strings_ToUpper(String *Out, const uint8_t *SPtr, intptr_t SLen) {
  // ASCII strings are mapped byte by byte (strings.ToUpper's fast path).
  bool HasLower = false;
  intptr_t I = 0;
  for (; I < SLen && SPtr[I] < 0x80; ++I)
    HasLower |= SPtr[I] >= 'a' && SPtr[I] <= 'z';
  if (I == SLen) {
    if (!HasLower) {
      *Out = String{SPtr, SLen};
      return;
    }
    uint8_t *P = newBytes(SLen);
    for (intptr_t K = 0; K < SLen; ++K)
      P[K] = SPtr[K] >= 'a' && SPtr[K] <= 'z' ? SPtr[K] - ('a' - 'A') : SPtr[K];
    *Out = String{P, SLen};
    return;
  }
  std::string_view V = view(SPtr, SLen);
  std::string Upper;
  bool Changed = false;
  for (size_t I = 0; I < V.size();) {
    int W = 1;
    int32_t R = uint8_t(V[I]);
    if (R >= 0x80)
      R = decodeRune(V.substr(I), W);
    int32_t U = toUpper(R);
    // An invalid byte becomes U+FFFD's encoding, a change.
    if (U != R || (R == RuneError && W == 1))
      Changed = true;
    appendRune(Upper, U);
    I += size_t(W);
  }
  if (!Changed) {
    *Out = String{SPtr, SLen};
    return;
  }
  uint8_t *P = newBytes(intptr_t(Upper.size()));
  std::memcpy(P, Upper.data(), Upper.size());
  *Out = String{P, intptr_t(Upper.size())};
}
