//===- ConstantLiteral.cpp - Decoding Go literals into constants --------===//
//
// ConstantContext::fromLiteral: integer, float, rune and string literals
// (all bases, digit separators, escapes, invalid UTF-8) to exact
// constants, as go/constant.MakeFromLiteral.
//
//===----------------------------------------------------------------------===//

#include "ConstantRep.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/ErrorHandling.h"

using namespace goscape;
using namespace goscape::constrep;

//===----------------------------------------------------------------------===//
// Literals
//===----------------------------------------------------------------------===//

static int digitVal(char C) {
  if (C >= '0' && C <= '9')
    return C - '0';
  if (C >= 'a' && C <= 'f')
    return C - 'a' + 10;
  if (C >= 'A' && C <= 'F')
    return C - 'A' + 10;
  return 16;
}

/// Parses digits of Radix (no separators) into a non-negative APInt.
static std::optional<APInt> parseDigits(llvm::StringRef Digits,
                                        unsigned Radix) {
  if (Digits.empty())
    return std::nullopt;
  for (char C : Digits)
    if (unsigned(digitVal(C)) >= Radix)
      return std::nullopt;
  unsigned Bits = unsigned(Digits.size()) * 4 + 2;
  return shrink(APInt(Bits, Digits, uint8_t(Radix)));
}

/// Appends the UTF-8 encoding of rune R.
static void appendUTF8(std::string &S, uint32_t R) {
  char Buf[4];
  char *P = Buf;
  if (R > 0x10FFFF || (R >= 0xD800 && R <= 0xDFFF))
    R = 0xFFFD;
  llvm::ConvertCodePointToUTF8(R, P);
  S.append(Buf, P);
}

/// Decodes one character or escape of a quoted literal at S[I], appending
/// bytes to Out (strings) or returning the rune value. False if malformed.
static bool decodeChar(llvm::StringRef S, size_t &I, char Quote,
                       std::string *Out, uint32_t &Rune) {
  unsigned char C = S[I];
  if (C != '\\') {
    if (C < 0x80) {
      Rune = C;
      ++I;
    } else {
      unsigned Len = llvm::getNumBytesForUTF8(C);
      llvm::UTF32 CP = 0xFFFD;
      auto *Src = reinterpret_cast<const llvm::UTF8 *>(S.data() + I);
      llvm::UTF32 *Dst = &CP;
      if (I + Len > S.size() ||
          llvm::ConvertUTF8toUTF32(&Src, Src + Len, &Dst, &CP + 1,
                                   llvm::strictConversion) !=
              llvm::conversionOK) {
        Len = 1;
        CP = 0xFFFD;
      }
      Rune = CP;
      if (Out)
        Out->append(S.data() + I, Len);
      I += Len;
      return true;
    }
    if (Out)
      Out->push_back(char(C));
    return true;
  }
  if (++I >= S.size())
    return false;
  char E = S[I++];
  unsigned N = 0, Radix = 16;
  bool IsByte = false;
  switch (E) {
  case 'a':
    Rune = 7;
    break;
  case 'b':
    Rune = 8;
    break;
  case 'f':
    Rune = 12;
    break;
  case 'n':
    Rune = 10;
    break;
  case 'r':
    Rune = 13;
    break;
  case 't':
    Rune = 9;
    break;
  case 'v':
    Rune = 11;
    break;
  case '\\':
    Rune = '\\';
    break;
  case '\'':
  case '"':
    if (E != Quote)
      return false;
    Rune = uint32_t(E);
    break;
  case 'x':
    N = 2;
    IsByte = true;
    break;
  case 'u':
    N = 4;
    break;
  case 'U':
    N = 8;
    break;
  case '0':
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7':
    --I;
    N = 3;
    Radix = 8;
    IsByte = true;
    break;
  default:
    return false;
  }
  if (N) {
    uint32_t V = 0;
    for (unsigned K = 0; K < N; ++K) {
      if (I >= S.size())
        return false;
      int D = digitVal(S[I++]);
      if (unsigned(D) >= Radix)
        return false;
      V = V * Radix + uint32_t(D);
    }
    if (IsByte && V > 255)
      return false;
    if (!IsByte && (V > 0x10FFFF || (V >= 0xD800 && V < 0xE000)))
      return false;
    Rune = V;
    if (IsByte) {
      if (Out)
        Out->push_back(char(V));
      return true;
    }
  }
  if (Out) {
    if (Rune < 0x80)
      Out->push_back(char(Rune));
    else
      appendUTF8(*Out, Rune);
  }
  return true;
}

const Constant *ConstantContext::fromLiteral(LitKind Kind,
                                             llvm::StringRef Spelling) {
  switch (Kind) {
  case LitKind::Imag:
    return &P->Unknown;
  case LitKind::Int: {
    // Fast path: a short decimal literal without separators (`42`).
    if (!Spelling.empty() && Spelling.size() <= 18 &&
        (Spelling[0] != '0' || Spelling.size() == 1) &&
        llvm::all_of(Spelling, [](char C) { return C >= '0' && C <= '9'; })) {
      uint64_t V = 0;
      for (char C : Spelling)
        V = V * 10 + uint64_t(C - '0');
      return P->makeInt(APInt(64, V));
    }
    std::string Clean;
    Clean.reserve(Spelling.size());
    for (char C : Spelling)
      if (C != '_')
        Clean.push_back(C);
    llvm::StringRef S = Clean;
    unsigned Radix = 10;
    if (S.size() >= 2 && S[0] == '0') {
      char X = S[1] | 0x20;
      if (X == 'x') {
        Radix = 16;
        S = S.drop_front(2);
      } else if (X == 'b') {
        Radix = 2;
        S = S.drop_front(2);
      } else if (X == 'o') {
        Radix = 8;
        S = S.drop_front(2);
      } else {
        Radix = 8;
        S = S.drop_front(1);
      }
    }
    std::optional<APInt> V = parseDigits(S, Radix);
    if (!V)
      return &P->Unknown;
    return P->makeInt(*V);
  }
  case LitKind::Float: {
    std::string Clean;
    for (char C : Spelling)
      if (C != '_')
        Clean.push_back(C);
    llvm::StringRef S = Clean;
    bool Hex = S.size() >= 2 && S[0] == '0' && (S[1] | 0x20) == 'x';
    if (Hex)
      S = S.drop_front(2);
    char ExpChar = Hex ? 'p' : 'e';
    size_t EPos = S.find_insensitive(ExpChar);
    llvm::StringRef Mant = S.substr(0, EPos);
    int64_t Exp = 0;
    if (EPos != llvm::StringRef::npos) {
      llvm::StringRef ES = S.substr(EPos + 1);
      bool Neg = false;
      if (!ES.empty() && (ES[0] == '+' || ES[0] == '-')) {
        Neg = ES[0] == '-';
        ES = ES.drop_front();
      }
      if (ES.empty() || ES.find_first_not_of("0123456789") != ES.npos)
        return &P->Unknown;
      // Saturate absurd exponents; they over- or underflow anyway.
      for (char C : ES) {
        Exp = Exp * 10 + (C - '0');
        if (Exp > 10000000000)
          Exp = 10000000000;
      }
      if (Neg)
        Exp = -Exp;
    } else if (Hex) {
      return &P->Unknown; // Hex floats need a p exponent.
    }
    size_t Dot = Mant.find('.');
    std::string Digits = Mant.substr(0, Dot).str();
    int64_t FracDigits = 0;
    if (Dot != llvm::StringRef::npos) {
      llvm::StringRef Frac = Mant.substr(Dot + 1);
      Digits += Frac.str();
      FracDigits = int64_t(Frac.size());
    }
    if (Digits.empty())
      return &P->Unknown;
    std::optional<APInt> M = parseDigits(Digits, Hex ? 16 : 10);
    if (!M)
      return &P->Unknown;
    if (M->isZero())
      return P->makeRat(APInt(1, 0), APInt(2, 1));
    // As go/constant: parse as a 512-bit big.Float; within the exponent
    // range a rational can hold (-4096, 4096) the value is the exact
    // rational, otherwise the float (infinite: Unknown; underflowed: 0).
    auto InRatRange = [](const WFloat &W) {
      return W.mantExp() > -int64_t(MaxRatBits) &&
             W.mantExp() < int64_t(MaxRatBits);
    };
    if (Hex) {
      int64_t E2 = Exp - 4 * FracDigits;
      WFloat W = roundW(false, *M, E2, false);
      if (W.isZero())
        return P->makeRat(APInt(1, 0), APInt(2, 1));
      if (!InRatRange(W))
        return P->makeBig(W);
      if (E2 >= 0)
        return P->makeRatExact(
            shrink(
                M->zext(M->getBitWidth() + unsigned(E2) + 1).shl(unsigned(E2))),
            APInt(2, 1));
      return P->makeRatExact(*M,
                             APInt(unsigned(-E2) + 2, 1).shl(unsigned(-E2)));
    }
    int64_t E10 = Exp - FracDigits;
    auto ExactRat = [&](APInt &N, APInt &D) {
      if (E10 >= 0) {
        N = mulInt(*M, powIntFast(10, uint64_t(E10)));
        D = APInt(2, 1);
      } else {
        N = *M;
        D = powIntFast(10, uint64_t(-E10));
      }
    };
    APInt N, D;
    // Common case: 10^-1200 <= |x| < 10^1200, well inside 2^(+-4095).
    if (E10 > -1200 && int64_t(Digits.size()) + E10 < 1200) {
      ExactRat(N, D);
      return P->makeRatExact(N, D);
    }
    WFloat W;
    if (E10 > -5000 && E10 < 5000) {
      ExactRat(N, D);
      W = ratToW(N, D);
    } else {
      // big.Float's scan: the mantissa times (or over) a power of ten
      // computed with 64 extra bits, rounded once more at the end.
      constexpr unsigned XPrec = WPrec + 64;
      WFloat MW = roundW(false, *M, 0, false, XPrec, false);
      WFloat PW = pow10W(uint64_t(E10 < 0 ? -E10 : E10), XPrec);
      WFloat X =
          E10 < 0 ? quoW(MW, PW, XPrec, false) : mulW(MW, PW, XPrec, false);
      W = roundW(X.Neg, X.M, X.E, false);
      if (!W.Inf && !W.isZero() && InRatRange(W)) {
        // Only with a huge digit string: compute the rational exactly.
        ExactRat(N, D);
        W = ratToW(N, D);
      }
    }
    if (W.isZero())
      return P->makeRat(APInt(1, 0), APInt(2, 1));
    if (W.Inf || !InRatRange(W))
      return P->makeBig(W);
    return P->makeRatExact(N, D);
  }
  case LitKind::Rune: {
    if (Spelling.size() < 3 || Spelling.front() != '\'' ||
        Spelling.back() != '\'')
      return &P->Unknown;
    llvm::StringRef Body = Spelling.drop_front().drop_back();
    size_t I = 0;
    uint32_t R = 0;
    if (!decodeChar(Body, I, '\'', nullptr, R) || I != Body.size())
      return &P->Unknown;
    return P->makeInt(APInt(33, R));
  }
  case LitKind::String: {
    if (Spelling.size() < 2)
      return &P->Unknown;
    llvm::StringRef Body = Spelling.drop_front().drop_back();
    // Without escapes (or, raw, carriage returns) the value is the body:
    // decodeChar copies every other byte as it is.
    if (Body.find(Spelling.front() == '`' ? '\r' : '\\') ==
        llvm::StringRef::npos)
      return getString(Body);
    std::string Out;
    if (Spelling.front() == '`') {
      for (char C : Spelling.drop_front().drop_back())
        if (C != '\r')
          Out.push_back(C);
      return getString(Out);
    }
    Out.reserve(Body.size());
    size_t I = 0;
    while (I < Body.size()) {
      uint32_t R;
      if (!decodeChar(Body, I, '"', &Out, R))
        return &P->Unknown;
    }
    return getString(Out);
  }
  }
  llvm_unreachable("covered switch over literal kinds");
}
