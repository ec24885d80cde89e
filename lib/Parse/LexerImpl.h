//===- LexerImpl.h - Character classes shared by the lexer's files -*- C++ -*-===//
//
// Private to lib/Parse: the byte and rune classes the lexer's scanning
// loops test, and the inline reader step that the token and literal
// scanners (Lexer.cpp, LexLiteral.cpp) both call in their hot loops.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_PARSE_LEXERIMPL_H
#define GOSCAPE_LIB_PARSE_LEXERIMPL_H

#include "goscape/Parse/Lexer.h"

#include <array>
#include <cstdint>
#include <string>

namespace goscape::lexchars {

constexpr bool isAsciiLetter(int32_t C) {
  return ((C | 0x20) >= 'a' && (C | 0x20) <= 'z') || C == '_';
}
constexpr bool isDecimal(int32_t C) { return C >= '0' && C <= '9'; }

/// Byte classes for the raw-byte loops: ASCII identifier bytes.
enum : uint8_t { CharIdent = 1 };
inline constexpr std::array<uint8_t, 256> CharClasses = [] {
  std::array<uint8_t, 256> T{};
  for (unsigned C = 0; C != 256; ++C) {
    if (isAsciiLetter(int32_t(C)) || isDecimal(int32_t(C)))
      T[C] |= CharIdent;
  }
  return T;
}();
inline bool isIdentByte(char C) {
  return CharClasses[uint8_t(C)] & CharIdent;
}
inline int32_t lower(int32_t C) { return C | 0x20; }
inline bool isHex(int32_t C) {
  return isDecimal(C) || (lower(C) >= 'a' && lower(C) <= 'f');
}

/// Whether R is a Unicode letter (category L), as Go identifiers allow.
bool isUnicodeLetter(int32_t R);
/// Whether R is a Unicode decimal digit (category Nd).
bool isUnicodeDigit(int32_t R);

} // namespace goscape::lexchars

namespace goscape {

// Advances past the current rune and reads the next one into Ch.
inline void Lexer::nextCh() {
  Cur += ChLen;
  // Fast path: a printable ASCII byte or whitespace.
  if (Cur < End) {
    unsigned char B = *Cur;
    if (B != 0 && B < 0x80) {
      Ch = B;
      ChLen = 1;
      return;
    }
  }
  decodeCh();
}

} // namespace goscape

#endif // GOSCAPE_LIB_PARSE_LEXERIMPL_H
