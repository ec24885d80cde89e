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

#include "LexerImpl.h"

#include "llvm/Support/ConvertUTF.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>

using namespace goscape;
using namespace goscape::lexchars;

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

bool lexchars::isUnicodeLetter(int32_t R) {
  if (R < 0x80)
    return (R | 0x20) >= 'a' && (R | 0x20) <= 'z';
  return inRanges(LetterRanges, uint32_t(R));
}

bool lexchars::isUnicodeDigit(int32_t R) {
  if (R < 0x80)
    return R >= '0' && R <= '9';
  return inRanges(DigitRanges, uint32_t(R));
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
      fullComment();
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

// Skips a `//` comment (the slashes are consumed) up to, not including, the
// newline, hands `//go:` directives to the handler and parses `//line`
// directives that start their line.
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
  if (Text.starts_with("line ")) {
    if (LineTable && (TokStart == Begin || TokStart[-1] == '\n'))
      lineDirective(TokStart, Text.ends_with("\r") ? Text.drop_back() : Text,
                    /*LineComment=*/true);
    return;
  }
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

// Skips a `/* */` comment whose opening is consumed, and parses a
// `/*line*/` directive (one may stand anywhere, but only a terminated
// comment is one).
void Lexer::fullComment() {
  while (Ch >= 0) {
    while (Ch == '*') {
      nextCh();
      if (Ch == '/') {
        nextCh();
        if (LineTable && Cur - TokStart >= 9 &&
            std::memcmp(TokStart + 2, "line ", 5) == 0)
          lineDirective(TokStart,
                        llvm::StringRef(TokStart + 2, Cur - TokStart - 4),
                        /*LineComment=*/false);
        return;
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
