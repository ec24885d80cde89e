//===- LexLiteral.cpp - Go literals: numbers, runes and strings ----------===//
//
// The literal scanners of the Lexer (see Lexer.h): number literals in every
// base with `_` separators, exponents and imaginary suffixes, rune literals,
// interpreted and raw strings, and escape sequences. Each reports gc's
// message at gc's column and marks a malformed literal Bad.
//
//===----------------------------------------------------------------------===//

#include "LexerImpl.h"

using namespace goscape;
using namespace goscape::lexchars;

static const char *baseName(unsigned Base) {
  switch (Base) {
  case 2: return "binary";
  case 8: return "octal";
  case 10: return "decimal";
  default: return "hexadecimal";
  }
}

// Accepts { digit | '_' }. For Base <= 10 any decimal digit is accepted but
// the offset (from the token start) of the first one >= Base is recorded in
// Invalid. Returns bit 0 if there were digits, bit 1 if separators.
unsigned Lexer::digits(unsigned Base, int &Invalid) {
  unsigned DigSep = 0;
  if (Base <= 10) {
    int32_t Max = '0' + int32_t(Base);
    while (isDecimal(Ch) || Ch == '_') {
      unsigned DS = 1;
      if (Ch == '_')
        DS = 2;
      else if (Ch >= Max && Invalid < 0)
        Invalid = int(Cur - TokStart);
      DigSep |= DS;
      nextCh();
    }
    return DigSep;
  }
  while (isHex(Ch) || Ch == '_') {
    DigSep |= Ch == '_' ? 2 : 1;
    nextCh();
  }
  return DigSep;
}

// The offset of the first misplaced `_` in a number literal, or -1.
static int invalidSeparator(llvm::StringRef X) {
  char X1 = ' ';
  char D = '.';
  size_t I = 0;
  if (X.size() >= 2 && X[0] == '0') {
    X1 = char(lower(X[1]));
    if (X1 == 'x' || X1 == 'o' || X1 == 'b') {
      D = '0';
      I = 2;
    }
  }
  for (; I < X.size(); ++I) {
    char P = D;
    D = X[I];
    if (D == '_') {
      if (P != '0')
        return int(I);
    } else if (isDecimal(D) || (X1 == 'x' && isHex(D))) {
      D = '0';
    } else {
      if (P == '_')
        return int(I) - 1;
      D = '.';
    }
  }
  if (D == '_')
    return int(X.size()) - 1;
  return -1;
}

void Lexer::number(Token &T, bool SeenPoint) {
  bool Ok = true;
  LitKind Kind = LitKind::Int;
  unsigned Base = 10;
  char Prefix = 0; // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
  unsigned DigSep = 0;
  int Invalid = -1;

  if (!SeenPoint) {
    if (Ch == '0') {
      nextCh();
      switch (lower(Ch)) {
      case 'x':
        nextCh();
        Base = 16, Prefix = 'x';
        break;
      case 'o':
        nextCh();
        Base = 8, Prefix = 'o';
        break;
      case 'b':
        nextCh();
        Base = 2, Prefix = 'b';
        break;
      default:
        Base = 8, Prefix = '0';
        DigSep = 1; // the leading 0
      }
    }
    DigSep |= digits(Base, Invalid);
    if (Ch == '.') {
      if (Prefix == 'o' || Prefix == 'b') {
        error(Cur, DiagId::InvalidRadixPoint, baseName(Base));
        Ok = false;
      }
      nextCh();
      SeenPoint = true;
    }
  }

  if (SeenPoint) {
    Kind = LitKind::Float;
    DigSep |= digits(Base, Invalid);
  }

  if ((DigSep & 1) == 0 && Ok) {
    error(Cur, DiagId::LiteralNoDigits, baseName(Base));
    Ok = false;
  }

  int32_t E = lower(Ch);
  if (E == 'e' || E == 'p') {
    if (Ok) {
      if (E == 'e' && Prefix != 0 && Prefix != '0') {
        error(Cur, DiagId::ExponentRequiresDecimal, quoteRune(uint32_t(Ch)));
        Ok = false;
      } else if (E == 'p' && Prefix != 'x') {
        error(Cur, DiagId::ExponentRequiresHex, quoteRune(uint32_t(Ch)));
        Ok = false;
      }
    }
    nextCh();
    Kind = LitKind::Float;
    if (Ch == '+' || Ch == '-')
      nextCh();
    int Ignored = -1;
    DigSep = digits(10, Ignored) | (DigSep & 2);
    if ((DigSep & 1) == 0 && Ok) {
      error(Cur, DiagId::ExponentNoDigits);
      Ok = false;
    }
  } else if (Prefix == 'x' && Kind == LitKind::Float && Ok) {
    error(Cur, DiagId::HexMantissaNeedsP);
    Ok = false;
  }

  if (Ch == 'i') {
    Kind = LitKind::Imag;
    nextCh();
  }

  setLit(T, Kind, Ok);

  if (Kind == LitKind::Int && Invalid >= 0 && Ok) {
    error(TokStart + Invalid, DiagId::InvalidDigit,
          quoteRune(uint32_t(TokStart[Invalid])), baseName(Base));
    Ok = false;
  }
  if ((DigSep & 2) && Ok) {
    int I = invalidSeparator(T.Text);
    if (I >= 0) {
      error(TokStart + I, DiagId::BadSeparator);
      Ok = false;
    }
  }
  T.Bad = !Ok;
}

void Lexer::runeLit(Token &T) {
  bool Ok = true;
  nextCh();
  for (unsigned N = 0;; ++N) {
    if (Ch == '\'') {
      if (Ok) {
        if (N == 0) {
          error(Cur, DiagId::EmptyRune);
          Ok = false;
        } else if (N != 1) {
          error(TokStart, DiagId::RuneMoreThanOne);
          Ok = false;
        }
      }
      nextCh();
      break;
    }
    if (Ch == '\\') {
      nextCh();
      if (!escape('\''))
        Ok = false;
      continue;
    }
    if (Ch == '\n') {
      if (Ok) {
        error(Cur, DiagId::NewlineInRune);
        Ok = false;
      }
      break;
    }
    if (Ch < 0) {
      if (Ok) {
        error(TokStart, DiagId::RuneNotTerminated);
        Ok = false;
      }
      break;
    }
    nextCh();
  }
  setLit(T, LitKind::Rune, Ok);
}

void Lexer::stdString(Token &T) {
  bool Ok = true;
  nextCh();
  while (true) {
    // Fast path: plain ASCII characters.
    if (Ch >= 0x20 && Ch < 0x80 && Ch != '"' && Ch != '\\') {
      const char *P = Cur + 1;
      while (P < End) {
        unsigned char B = *P;
        if (B < 0x20 || B >= 0x80 || B == '"' || B == '\\')
          break;
        ++P;
      }
      Cur = P - 1;
      ChLen = 1;
      nextCh();
      continue;
    }
    if (Ch == '"') {
      nextCh();
      break;
    }
    if (Ch == '\\') {
      nextCh();
      if (!escape('"'))
        Ok = false;
      continue;
    }
    if (Ch == '\n') {
      error(Cur, DiagId::NewlineInString);
      Ok = false;
      break;
    }
    if (Ch < 0) {
      error(TokStart, DiagId::StringNotTerminated);
      Ok = false;
      break;
    }
    nextCh();
  }
  setLit(T, LitKind::String, Ok);
}

void Lexer::rawString(Token &T) {
  bool Ok = true;
  nextCh();
  while (true) {
    if (Ch == '`') {
      nextCh();
      break;
    }
    if (Ch < 0) {
      error(TokStart, DiagId::StringNotTerminated);
      Ok = false;
      break;
    }
    nextCh();
  }
  setLit(T, LitKind::String, Ok);
}

bool Lexer::escape(char Quote) {
  unsigned N;
  uint32_t Base, Max;
  switch (Ch) {
  case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v':
  case '\\':
    nextCh();
    return true;
  case '0': case '1': case '2': case '3':
  case '4': case '5': case '6': case '7':
    N = 3, Base = 8, Max = 255;
    break;
  case 'x':
    nextCh();
    N = 2, Base = 16, Max = 255;
    break;
  case 'u':
    nextCh();
    N = 4, Base = 16, Max = 0x10FFFF;
    break;
  case 'U':
    nextCh();
    N = 8, Base = 16, Max = 0x10FFFF;
    break;
  default:
    if (Ch == Quote) {
      nextCh();
      return true;
    }
    if (Ch < 0)
      return true; // the caller complains about the end of file
    error(Cur, DiagId::UnknownEscape);
    return false;
  }

  uint32_t X = 0;
  for (unsigned I = N; I > 0; --I) {
    if (Ch < 0)
      return true;
    uint32_t D = Base;
    if (isDecimal(Ch))
      D = uint32_t(Ch - '0');
    else if (lower(Ch) >= 'a' && lower(Ch) <= 'f')
      D = uint32_t(lower(Ch) - 'a' + 10);
    if (D >= Base) {
      error(Cur, DiagId::InvalidCharInEscape, quoteRune(uint32_t(Ch)),
            baseName(Base));
      return false;
    }
    X = X * Base + D;
    nextCh();
  }
  if (X > Max && Base == 8) {
    error(Cur, DiagId::OctalEscapeTooBig, X);
    return false;
  }
  if (X > Max || (X >= 0xD800 && X < 0xE000)) {
    error(Cur, DiagId::EscapeInvalidCodePoint, formatRuneU(X));
    return false;
  }
  return true;
}
