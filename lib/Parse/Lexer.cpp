//===- Lexer.cpp - Go source to tokens ------------------------------------===//
//
// A port of the structure of gc's scanner to C++ (see Lexer.h). The reader
// keeps the current rune in Ch, as gc's source does, but the hot loops
// (whitespace, ASCII identifiers, comments and string bodies) work on raw
// bytes and only fall back to rune-at-a-time reading when they meet a byte
// that needs checking (NUL, non-ASCII).
//
//===----------------------------------------------------------------------===//

#include "goscape/Parse/Lexer.h"

#include "goscape/AST/AST.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Unicode.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>

using namespace goscape;

namespace {
struct UnicodeRange {
  uint32_t Lo, Hi;
};
} // namespace

#include "UnicodeTables.inc"

static bool inRanges(llvm::ArrayRef<UnicodeRange> Ranges, uint32_t R) {
  auto It = std::upper_bound(
      Ranges.begin(), Ranges.end(), R,
      [](uint32_t V, const UnicodeRange &U) { return V < U.Lo; });
  return It != Ranges.begin() && R <= (It - 1)->Hi;
}

static bool isUnicodeLetter(int32_t R) {
  if (R < 0x80)
    return (R | 0x20) >= 'a' && (R | 0x20) <= 'z';
  return inRanges(LetterRanges, uint32_t(R));
}

static bool isUnicodeDigit(int32_t R) {
  if (R < 0x80)
    return R >= '0' && R <= '9';
  return inRanges(DigitRanges, uint32_t(R));
}

static constexpr bool isAsciiLetter(int32_t C) {
  return ((C | 0x20) >= 'a' && (C | 0x20) <= 'z') || C == '_';
}
static constexpr bool isDecimal(int32_t C) { return C >= '0' && C <= '9'; }

/// Byte classes for the raw-byte loops: ASCII identifier bytes.
enum : uint8_t { CharIdent = 1 };
static constexpr std::array<uint8_t, 256> CharClasses = [] {
  std::array<uint8_t, 256> T{};
  for (unsigned C = 0; C != 256; ++C) {
    if (isAsciiLetter(int32_t(C)) || isDecimal(int32_t(C)))
      T[C] |= CharIdent;
  }
  return T;
}();
static inline bool isIdentByte(char C) {
  return CharClasses[uint8_t(C)] & CharIdent;
}
static inline int32_t lower(int32_t C) { return C | 0x20; }
static inline bool isHex(int32_t C) {
  return isDecimal(C) || (lower(C) >= 'a' && lower(C) <= 'f');
}

static bool isPrintRune(uint32_t R) {
  if (R < 0x80)
    return R >= 0x20 && R < 0x7f;
  if (R == 0xA0 || R == 0xAD || (R >= 0x2000 && R <= 0x200F) ||
      (R >= 0x2028 && R <= 0x202F) || R == 0x205F || R == 0x3000 ||
      R == 0xFEFF)
    return false;
  return llvm::sys::unicode::isPrintable(int(R));
}

static void appendUTF8(std::string &S, uint32_t R) {
  char Buf[8];
  char *P = Buf;
  if (!llvm::ConvertCodePointToUTF8(R, P))
    return;
  S.append(Buf, P);
}

std::string goscape::formatRuneU(uint32_t R) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << "U+" << llvm::format_hex_no_prefix(R, 4, /*Upper=*/true);
  OS.flush();
  if (isPrintRune(R)) {
    S += " '";
    appendUTF8(S, R);
    S += "'";
  }
  return S;
}

std::string goscape::quoteRune(uint32_t R) {
  std::string S = "'";
  switch (R) {
  case '\a': S += "\\a"; break;
  case '\b': S += "\\b"; break;
  case '\f': S += "\\f"; break;
  case '\n': S += "\\n"; break;
  case '\r': S += "\\r"; break;
  case '\t': S += "\\t"; break;
  case '\v': S += "\\v"; break;
  case '\\': S += "\\\\"; break;
  case '\'': S += "\\'"; break;
  default: {
    if (isPrintRune(R)) {
      appendUTF8(S, R);
      break;
    }
    std::string Hex;
    llvm::raw_string_ostream OS(Hex);
    if (R < 0x80)
      OS << "\\x" << llvm::format_hex_no_prefix(R, 2);
    else if (R < 0x10000)
      OS << "\\u" << llvm::format_hex_no_prefix(R, 4);
    else
      OS << "\\U" << llvm::format_hex_no_prefix(R, 8);
    S += OS.str();
  }
  }
  S += "'";
  return S;
}

Lexer::Lexer(llvm::StringRef Buffer, SourceLoc Start, DiagnosticEngine &Diags)
    : Begin(Buffer.begin()), End(Buffer.end()), Cur(Buffer.begin()),
      Start(Start), Diags(Diags) {
  decodeCh();
}

void Lexer::error(const char *At, DiagId Id) {
  ++NumErrors;
  Diags.error(locOf(At), Id);
}

// Reads the rune at Cur into Ch. NUL bytes and BOMs after the first byte are
// reported and skipped; an invalid encoding is reported and read as U+FFFD
// of length one, as gc's source does.
void Lexer::decodeCh() {
  while (true) {
    if (Cur >= End) {
      Ch = -1;
      ChLen = 0;
      return;
    }
    unsigned char B = *Cur;
    if (B < 0x80) {
      if (B == 0) {
        error(Cur, DiagId::InvalidNul);
        ++Cur;
        continue;
      }
      Ch = B;
      ChLen = 1;
      return;
    }
    const llvm::UTF8 *Src = reinterpret_cast<const llvm::UTF8 *>(Cur);
    unsigned Len = llvm::getNumBytesForUTF8(B);
    llvm::UTF32 R = 0;
    llvm::UTF32 *Dst = &R;
    if (Cur + Len > End ||
        !llvm::isLegalUTF8Sequence(
            Src, reinterpret_cast<const llvm::UTF8 *>(Cur + Len)) ||
        llvm::ConvertUTF8toUTF32(&Src,
                                 reinterpret_cast<const llvm::UTF8 *>(Cur + Len),
                                 &Dst, Dst + 1, llvm::strictConversion) !=
            llvm::conversionOK) {
      error(Cur, DiagId::InvalidUTF8);
      Ch = 0xFFFD;
      ChLen = 1;
      return;
    }
    if (R == 0xFEFF) {
      if (Cur != Begin)
        error(Cur, DiagId::InvalidBOM);
      Cur += Len;
      continue;
    }
    Ch = int32_t(R);
    ChLen = Len;
    return;
  }
}

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

void Lexer::setLit(Token &T, LitKind K, bool Ok) {
  NLSemi = true;
  T.Kind = Tok::Literal;
  T.Lit = K;
  T.Bad = !Ok;
  T.Text = llvm::StringRef(TokStart, Cur - TokStart);
}

void Lexer::next(Token &T) {
  bool NLSemiBefore = NLSemi;
  NLSemi = false;
  T.Bad = false;
  T.Op = Operator::None;
  T.Precedence = PrecNone;
  if (Stopped) {
    T.Kind = Tok::Eof;
    T.Loc = locOf(End);
    T.Text = "EOF";
    return;
  }

redo:
  // Skip white space over raw bytes (Ch is ASCII, so ChLen is 1), then
  // read the rune after it.
  auto IsSpace = [NLSemiBefore](int32_t C) {
    return C == ' ' || C == '\t' || (C == '\n' && !NLSemiBefore) ||
           C == '\r';
  };
  if (IsSpace(Ch)) {
    const char *P = Cur + 1;
    while (P < End && IsSpace(uint8_t(*P)))
      ++P;
    Cur = P;
    ChLen = 0;
    nextCh();
  }

  TokStart = Cur;
  T.Loc = locOf(Cur);
  if (isAsciiLetter(Ch) || (Ch >= 0x80 && atIdentChar(true))) {
    nextCh();
    ident(T);
    return;
  }

  auto Op = [&](Tok K, Operator O, uint8_t P) {
    T.Kind = K;
    T.Op = O;
    T.Precedence = P;
  };
  // After an operator that may also be an assignment operator (`+` / `+=`).
  auto AssignOp = [&](Operator O, uint8_t P) {
    T.Op = O;
    T.Precedence = P;
    if (Ch == '=') {
      nextCh();
      T.Kind = Tok::AssignOp;
      return;
    }
    T.Kind = Tok::Operator;
  };

  switch (Ch) {
  case -1:
    if (NLSemiBefore) {
      T.Kind = Tok::Semi;
      T.Text = "EOF";
      return;
    }
    T.Kind = Tok::Eof;
    T.Text = "EOF";
    return;
  case '\n':
    nextCh();
    T.Kind = Tok::Semi;
    T.Text = "newline";
    return;
  case '0': case '1': case '2': case '3': case '4':
  case '5': case '6': case '7': case '8': case '9':
    number(T, false);
    return;
  case '"':
    stdString(T);
    return;
  case '`':
    rawString(T);
    return;
  case '\'':
    runeLit(T);
    return;
  case '(':
    nextCh();
    T.Kind = Tok::Lparen;
    return;
  case '[':
    nextCh();
    T.Kind = Tok::Lbrack;
    return;
  case '{':
    nextCh();
    T.Kind = Tok::Lbrace;
    return;
  case ',':
    nextCh();
    T.Kind = Tok::Comma;
    return;
  case ';':
    nextCh();
    T.Kind = Tok::Semi;
    T.Text = "semicolon";
    return;
  case ')':
    nextCh();
    NLSemi = true;
    T.Kind = Tok::Rparen;
    return;
  case ']':
    nextCh();
    NLSemi = true;
    T.Kind = Tok::Rbrack;
    return;
  case '}':
    nextCh();
    NLSemi = true;
    T.Kind = Tok::Rbrace;
    return;
  case ':':
    nextCh();
    if (Ch == '=') {
      nextCh();
      T.Kind = Tok::Define;
      return;
    }
    T.Kind = Tok::Colon;
    return;
  case '.':
    nextCh();
    if (isDecimal(Ch)) {
      number(T, true);
      return;
    }
    if (Ch == '.' && Cur + 1 < End && Cur[1] == '.') {
      nextCh();
      nextCh();
      T.Kind = Tok::DotDotDot;
      return;
    }
    T.Kind = Tok::Dot;
    return;
  case '+':
    nextCh();
    if (Ch != '+')
      return AssignOp(Operator::Add, PrecAdd);
    nextCh();
    NLSemi = true;
    Op(Tok::IncOp, Operator::Add, PrecAdd);
    return;
  case '-':
    nextCh();
    if (Ch != '-')
      return AssignOp(Operator::Sub, PrecAdd);
    nextCh();
    NLSemi = true;
    Op(Tok::IncOp, Operator::Sub, PrecAdd);
    return;
  case '*':
    nextCh();
    Op(Tok::Star, Operator::Mul, PrecMul);
    if (Ch == '=') {
      nextCh();
      T.Kind = Tok::AssignOp;
    }
    return;
  case '/':
    nextCh();
    if (Ch == '/') {
      nextCh();
      lineComment();
      goto redo;
    }
    if (Ch == '*') {
      nextCh();
      const char *CommentStart = TokStart;
      bool Terminated = fullComment();
      (void)Terminated;
      if (NLSemiBefore &&
          std::memchr(CommentStart, '\n', Cur - CommentStart)) {
        // A multi-line comment acts like a newline.
        T.Kind = Tok::Semi;
        T.Text = "newline";
        return;
      }
      goto redo;
    }
    return AssignOp(Operator::Div, PrecMul);
  case '%':
    nextCh();
    return AssignOp(Operator::Rem, PrecMul);
  case '&':
    nextCh();
    if (Ch == '&') {
      nextCh();
      Op(Tok::Operator, Operator::AndAnd, PrecAndAnd);
      return;
    }
    if (Ch == '^') {
      nextCh();
      return AssignOp(Operator::AndNot, PrecMul);
    }
    return AssignOp(Operator::And, PrecMul);
  case '|':
    nextCh();
    if (Ch == '|') {
      nextCh();
      Op(Tok::Operator, Operator::OrOr, PrecOrOr);
      return;
    }
    return AssignOp(Operator::Or, PrecAdd);
  case '^':
    nextCh();
    return AssignOp(Operator::Xor, PrecAdd);
  case '<':
    nextCh();
    if (Ch == '=') {
      nextCh();
      Op(Tok::Operator, Operator::Leq, PrecCmp);
      return;
    }
    if (Ch == '<') {
      nextCh();
      return AssignOp(Operator::Shl, PrecMul);
    }
    if (Ch == '-') {
      nextCh();
      T.Kind = Tok::Arrow;
      return;
    }
    Op(Tok::Operator, Operator::Lss, PrecCmp);
    return;
  case '>':
    nextCh();
    if (Ch == '=') {
      nextCh();
      Op(Tok::Operator, Operator::Geq, PrecCmp);
      return;
    }
    if (Ch == '>') {
      nextCh();
      return AssignOp(Operator::Shr, PrecMul);
    }
    Op(Tok::Operator, Operator::Gtr, PrecCmp);
    return;
  case '=':
    nextCh();
    if (Ch == '=') {
      nextCh();
      Op(Tok::Operator, Operator::Eql, PrecCmp);
      return;
    }
    T.Kind = Tok::Assign;
    return;
  case '!':
    nextCh();
    if (Ch == '=') {
      nextCh();
      Op(Tok::Operator, Operator::Neq, PrecCmp);
      return;
    }
    Op(Tok::Operator, Operator::Not, PrecNone);
    return;
  case '~':
    nextCh();
    Op(Tok::Operator, Operator::Tilde, PrecNone);
    return;
  default:
    error(Cur, DiagId::InvalidChar, formatRuneU(uint32_t(Ch)));
    nextCh();
    goto redo;
  }
}

// Keywords are found with gc's perfect hash over the first two bytes and
// the length (collision-free for Go's 25 keywords in 64 slots).
static unsigned keywordHash(const char *S, size_t Len) {
  return ((unsigned(uint8_t(S[0])) << 4) ^ uint8_t(S[1])) + unsigned(Len);
}

namespace {
struct KeywordTable {
  struct Entry {
    const char *Text = nullptr;
    uint8_t Len = 0;
    Tok Kind = Tok::Name;
  };
  Entry Slots[64];
  KeywordTable() {
    static const struct {
      const char *Text;
      Tok Kind;
    } Keywords[] = {
#define GS_TOKEN(Name, Spelling)
#define GS_KEYWORD(Name, Spelling) {Spelling, Tok::Name},
#include "goscape/Parse/TokenKinds.def"
    };
    for (const auto &K : Keywords) {
      size_t Len = std::strlen(K.Text);
      Entry &E = Slots[keywordHash(K.Text, Len) & 63];
      assert(!E.Text && "keyword hash collision");
      E.Text = K.Text;
      E.Len = uint8_t(Len);
      E.Kind = K.Kind;
    }
  }
};
} // namespace

static Tok lookupKeyword(llvm::StringRef S) {
  static const KeywordTable Table;
  const KeywordTable::Entry &E =
      Table.Slots[keywordHash(S.data(), S.size()) & 63];
  if (E.Len != S.size())
    return Tok::Name;
  for (size_t I = 0; I != S.size(); ++I)
    if (E.Text[I] != S[I])
      return Tok::Name;
  return E.Kind;
}

void Lexer::ident(Token &T) {
  // Fast path over 7-bit ASCII, computing the name's hash (hashName) on
  // the way; the first byte was read already.
  uint32_t H = hashNameStep(NameHashSeed, *TokStart);
  bool Hashed = uint8_t(*TokStart) < 0x80;
  if (Ch >= 0 && Ch < 0x80 && (isAsciiLetter(Ch) || isDecimal(Ch))) {
    const char *P = Cur;
    while (P < End && isIdentByte(*P)) {
      H = hashNameStep(H, *P);
      ++P;
    }
    Cur = P - 1;
    ChLen = 1;
    nextCh();
  }
  if (Ch >= 0x80) {
    Hashed = false;
    while (atIdentChar(false))
      nextCh();
  }

  llvm::StringRef S(TokStart, Cur - TokStart);
  T.Text = S;
  T.Hash = Hashed ? H : hashName(S);
  if (S.size() >= 2 && S.size() <= 11) {
    Tok K = lookupKeyword(S);
    if (K != Tok::Name) {
      NLSemi = K == Tok::Break || K == Tok::Continue ||
               K == Tok::Fallthrough || K == Tok::Return;
      T.Kind = K;
      return;
    }
  }
  NLSemi = true;
  T.Kind = Tok::Name;
}

bool Lexer::atIdentChar(bool First) {
  if (Ch < 0)
    return false;
  if (isUnicodeLetter(Ch) || Ch == '_')
    return true;
  if (isUnicodeDigit(Ch)) {
    if (First)
      error(Cur, DiagId::IdentStartsWithDigit, formatRuneU(uint32_t(Ch)));
    return true;
  }
  if (Ch >= 0x80) {
    error(Cur, DiagId::InvalidCharInIdent, formatRuneU(uint32_t(Ch)));
    return true;
  }
  return false;
}

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

// Skips a `//` comment (the slashes are consumed) up to, not including, the
// newline, and hands `//go:` directives to the handler.
void Lexer::lineComment() {
  const char *TextStart = Cur; // after "//"
  // Fast path: scan bytes to the end of the line.
  const char *P = Cur;
  while (P < End) {
    unsigned char B = *P;
    if (B == '\n' || B == 0 || B >= 0x80)
      break;
    ++P;
  }
  if (P != Cur) {
    Cur = P - 1;
    ChLen = 1;
    nextCh();
  }
  while (Ch >= 0 && Ch != '\n')
    nextCh();

  llvm::StringRef Text(TextStart, Cur - TextStart);
  if (!OnDirective || !Text.starts_with("go:"))
    return;
  if (Text.ends_with("\r"))
    Text = Text.drop_back();
  // The directive counts as on a line by itself if only blanks precede it.
  const char *Q = TokStart;
  while (Q > Begin && (Q[-1] == ' ' || Q[-1] == '\t' || Q[-1] == '\r'))
    --Q;
  bool Blank = Q == Begin || Q[-1] == '\n';
  OnDirective(locOf(TextStart), Blank, Text);
}

// Skips a `/* */` comment whose opening is consumed.
bool Lexer::fullComment() {
  while (Ch >= 0) {
    while (Ch == '*') {
      nextCh();
      if (Ch == '/') {
        nextCh();
        return true;
      }
    }
    if (Ch < 0)
      break;
    if (ChLen != 1) {
      nextCh();
      continue;
    }
    // Fast path to the next interesting byte.
    const char *P = Cur + 1;
    while (P < End) {
      unsigned char B = *P;
      if (B == '*' || B == 0 || B >= 0x80)
        break;
      ++P;
    }
    Cur = P - 1;
    ChLen = 1;
    nextCh();
  }
  error(TokStart, DiagId::CommentNotTerminated);
  return false;
}

llvm::StringRef goscape::getTokenSpelling(Tok K) {
  switch (K) {
#define GS_TOKEN(Name, Spelling)                                               \
  case Tok::Name:                                                              \
    return Spelling;
#include "goscape/Parse/TokenKinds.def"
  case Tok::NumTokens:
    break;
  }
  llvm_unreachable("not a token kind");
}
