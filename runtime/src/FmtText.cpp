//===- FmtText.cpp - UTF-8, quoting and Go strings for the stdlib ---------===//
//
// UTF-8 decoding with Go's rules (surrogates, overlong forms and code points
// above U+10FFFF are invalid; each invalid byte decodes to U+FFFD with width
// 1), strconv's quoting (%q), and the allocation of Go strings in the
// collected heap.
//
//===----------------------------------------------------------------------===//

#include "FmtInternal.h"

#include "goscape-rt/Alloc.h"

#include <cstring>

using namespace gs;
using namespace gs::fmt;

/// Every byte value, so one-byte strings need no allocation (gc's
/// staticuint64s serves the same purpose).
static const uint8_t ByteValues[256] = {
#define GS_B(N) N, N + 1, N + 2, N + 3, N + 4, N + 5, N + 6, N + 7
#define GS_B64(N)                                                              \
  GS_B(N), GS_B(N + 8), GS_B(N + 16), GS_B(N + 24), GS_B(N + 32),              \
      GS_B(N + 40), GS_B(N + 48), GS_B(N + 56)
    GS_B64(0), GS_B64(64), GS_B64(128), GS_B64(192)
#undef GS_B64
#undef GS_B
};

String gs::fmt::makeString(std::string_view Bytes) {
  if (Bytes.empty())
    return String{nullptr, 0};
  if (Bytes.size() == 1)
    return String{&ByteValues[uint8_t(Bytes[0])], 1};
  auto *P = static_cast<uint8_t *>(gs_alloc_noscan(Bytes.size()));
  std::memcpy(P, Bytes.data(), Bytes.size());
  return String{P, intptr_t(Bytes.size())};
}

char *gs::fmt::formatInt(char *End, int64_t V) {
  uint64_t U = V < 0 ? 0 - uint64_t(V) : uint64_t(V);
  char *P = End;
  do {
    *--P = char('0' + U % 10);
    U /= 10;
  } while (U);
  if (V < 0)
    *--P = '-';
  return P;
}

void gs::fmt::appendInt(std::string &Out, int64_t V) {
  char Tmp[MaxIntDigits];
  char *End = Tmp + MaxIntDigits;
  Out.append(formatInt(End, V), End);
}

static bool isCont(uint8_t C, uint8_t Lo = 0x80, uint8_t Hi = 0xBF) {
  return C >= Lo && C <= Hi;
}

int32_t gs::fmt::decodeRune(std::string_view S, int &Width) {
  auto B = [&](size_t I) { return uint8_t(S[I]); };
  uint8_t C0 = B(0);
  Width = 1;
  if (C0 < 0x80)
    return C0;
  if (C0 >= 0xC2 && C0 <= 0xDF) {
    if (S.size() < 2 || !isCont(B(1)))
      return RuneError;
    Width = 2;
    return int32_t(C0 & 0x1F) << 6 | (B(1) & 0x3F);
  }
  if (C0 >= 0xE0 && C0 <= 0xEF) {
    uint8_t Lo = C0 == 0xE0 ? 0xA0 : 0x80, Hi = C0 == 0xED ? 0x9F : 0xBF;
    if (S.size() < 3 || !isCont(B(1), Lo, Hi) || !isCont(B(2)))
      return RuneError;
    Width = 3;
    return int32_t(C0 & 0x0F) << 12 | int32_t(B(1) & 0x3F) << 6 | (B(2) & 0x3F);
  }
  if (C0 >= 0xF0 && C0 <= 0xF4) {
    uint8_t Lo = C0 == 0xF0 ? 0x90 : 0x80, Hi = C0 == 0xF4 ? 0x8F : 0xBF;
    if (S.size() < 4 || !isCont(B(1), Lo, Hi) || !isCont(B(2)) || !isCont(B(3)))
      return RuneError;
    Width = 4;
    return int32_t(C0 & 0x07) << 18 | int32_t(B(1) & 0x3F) << 12 |
           int32_t(B(2) & 0x3F) << 6 | (B(3) & 0x3F);
  }
  return RuneError;
}

static bool validRune(int32_t R) {
  return (R >= 0 && R < 0xD800) || (R > 0xDFFF && R <= MaxRune);
}

void gs::fmt::appendRune(std::string &Out, int32_t R) {
  if (!validRune(R))
    R = RuneError;
  uint32_t U = uint32_t(R);
  if (U < 0x80) {
    Out += char(U);
  } else if (U < 0x800) {
    Out += char(0xC0 | (U >> 6));
    Out += char(0x80 | (U & 0x3F));
  } else if (U < 0x10000) {
    Out += char(0xE0 | (U >> 12));
    Out += char(0x80 | ((U >> 6) & 0x3F));
    Out += char(0x80 | (U & 0x3F));
  } else {
    Out += char(0xF0 | (U >> 18));
    Out += char(0x80 | ((U >> 12) & 0x3F));
    Out += char(0x80 | ((U >> 6) & 0x3F));
    Out += char(0x80 | (U & 0x3F));
  }
}

size_t gs::fmt::runeCount(std::string_view S) {
  size_t N = 0;
  for (size_t I = 0; I < S.size(); ++N) {
    if (uint8_t(S[I]) < 0x80) {
      ++I;
      continue;
    }
    int W;
    decodeRune(S.substr(I), W);
    I += size_t(W);
  }
  return N;
}

bool gs::fmt::canBackquote(std::string_view S) {
  for (size_t I = 0; I < S.size();) {
    int W;
    int32_t R = decodeRune(S.substr(I), W);
    I += size_t(W);
    if (W > 1) {
      if (R == 0xFEFF)
        return false; // An invisible byte order mark.
      continue;
    }
    if (R == RuneError)
      return false;
    if ((R < ' ' && R != '\t') || R == '`' || R == 0x7F)
      return false;
  }
  return true;
}

static const char LowerHex[] = "0123456789abcdef";

/// Appends R escaped for a literal delimited by Quote.
static void appendEscapedRune(std::string &Out, int32_t R, char Quote,
                              bool ASCIIOnly) {
  if (R == Quote || R == '\\') {
    Out += '\\';
    Out += char(R);
    return;
  }
  if (ASCIIOnly) {
    if (R < 0x80 && isPrint(R)) {
      Out += char(R);
      return;
    }
  } else if (isPrint(R)) {
    appendRune(Out, R);
    return;
  }
  switch (R) {
  case '\a':
    Out += "\\a";
    return;
  case '\b':
    Out += "\\b";
    return;
  case '\f':
    Out += "\\f";
    return;
  case '\n':
    Out += "\\n";
    return;
  case '\r':
    Out += "\\r";
    return;
  case '\t':
    Out += "\\t";
    return;
  case '\v':
    Out += "\\v";
    return;
  default:
    break;
  }
  if (R < ' ' || R == 0x7F) {
    Out += "\\x";
    Out += LowerHex[(R >> 4) & 0xF];
    Out += LowerHex[R & 0xF];
    return;
  }
  if (!validRune(R))
    R = RuneError;
  if (R < 0x10000) {
    Out += "\\u";
    for (int Sh = 12; Sh >= 0; Sh -= 4)
      Out += LowerHex[(R >> Sh) & 0xF];
  } else {
    Out += "\\U";
    for (int Sh = 28; Sh >= 0; Sh -= 4)
      Out += LowerHex[(R >> Sh) & 0xF];
  }
}

void gs::fmt::appendQuote(std::string &Out, std::string_view S,
                          bool ASCIIOnly) {
  Out += '"';
  for (size_t I = 0; I < S.size();) {
    int W = 1;
    int32_t R = uint8_t(S[I]);
    if (R >= 0x80)
      R = decodeRune(S.substr(I), W);
    if (W == 1 && R == RuneError) {
      // An invalid byte is shown as \x escape.
      Out += "\\x";
      Out += LowerHex[uint8_t(S[I]) >> 4];
      Out += LowerHex[uint8_t(S[I]) & 0xF];
    } else {
      appendEscapedRune(Out, R, '"', ASCIIOnly);
    }
    I += size_t(W);
  }
  Out += '"';
}

void gs::fmt::appendQuoteRune(std::string &Out, int32_t R, bool ASCIIOnly) {
  if (!validRune(R))
    R = RuneError;
  Out += '\'';
  appendEscapedRune(Out, R, '\'', ASCIIOnly);
  Out += '\'';
}
