//===- FmtFormat.cpp - Formatting of primitives under flags ---------------===//
//
// The Formatter: one primitive at a time, with Go 1.19's padding rules.
// Width counts runes, not bytes; the 0 flag pads with zeros on the left
// (also for strings, as Go 1.19 does) except for infinities and NaN;
// integers with a precision ignore the 0 flag; the sign goes before zero
// padding.
//
//===----------------------------------------------------------------------===//

#include "FmtInternal.h"

using namespace gs;
using namespace gs::fmt;

void Formatter::writePadding(int N) {
  if (N <= 0)
    return;
  Buf.append(size_t(N), F.Zero ? '0' : ' ');
}

void Formatter::pad(std::string_view S) {
  if (!F.WidPresent || F.Wid == 0) {
    Buf.append(S);
    return;
  }
  int Width = F.Wid - int(runeCount(S));
  if (!F.Minus) {
    writePadding(Width);
    Buf.append(S);
  } else {
    Buf.append(S);
    writePadding(Width);
  }
}

void Formatter::fmtBoolean(bool V) { pad(V ? "true" : "false"); }

void Formatter::fmtUnicode(uint64_t U) {
  // Built right to left: "U+" hex digits (at least Prec, default 4), then
  // with '#' a space and the quoted rune if it is printable.
  std::string Tmp;
  int Prec = 4;
  if (F.PrecPresent && F.Prec > 4)
    Prec = F.Prec;
  std::string Hex;
  uint64_t V = U;
  do {
    Hex.insert(Hex.begin(), UDigits[V & 0xF]);
    V >>= 4;
  } while (V);
  Tmp = "U+";
  for (int I = int(Hex.size()); I < Prec; ++I)
    Tmp += '0';
  Tmp += Hex;
  if (F.Sharp && U <= uint64_t(MaxRune) && isPrint(int32_t(U))) {
    Tmp += " '";
    appendRune(Tmp, int32_t(U));
    Tmp += '\'';
  }
  bool OldZero = F.Zero;
  F.Zero = false;
  pad(Tmp);
  F.Zero = OldZero;
}

void Formatter::fmtInteger(uint64_t U, int Base, bool IsSigned, int32_t Verb,
                           const char *Digits) {
  bool Negative = IsSigned && int64_t(U) < 0;
  if (Negative)
    U = -U;

  int Prec = 0;
  if (F.PrecPresent) {
    Prec = F.Prec;
    // %.0d of zero prints nothing but the padding.
    if (Prec == 0 && U == 0) {
      bool OldZero = F.Zero;
      F.Zero = false;
      writePadding(F.Wid);
      F.Zero = OldZero;
      return;
    }
  } else if (F.Zero && F.WidPresent) {
    Prec = F.Wid;
    if (Negative || F.Plus || F.Space)
      --Prec; // Room for the sign.
  }

  // Digits in reverse, then reversed once.
  std::string Rev;
  switch (Base) {
  case 10:
    do {
      Rev += char('0' + U % 10);
      U /= 10;
    } while (U);
    break;
  case 16:
    do {
      Rev += Digits[U & 0xF];
      U >>= 4;
    } while (U);
    break;
  case 8:
    do {
      Rev += char('0' + (U & 7));
      U >>= 3;
    } while (U);
    break;
  default: // 2
    do {
      Rev += char('0' + (U & 1));
      U >>= 1;
    } while (U);
    break;
  }
  while (int(Rev.size()) < Prec)
    Rev += '0';
  if (F.Sharp) {
    switch (Base) {
    case 2:
      Rev += "b0";
      break;
    case 8:
      if (Rev.back() != '0')
        Rev += '0';
      break;
    case 16:
      Rev += Digits[16];
      Rev += '0';
      break;
    }
  }
  if (Verb == 'O')
    Rev += "o0";
  if (Negative)
    Rev += '-';
  else if (F.Plus)
    Rev += '+';
  else if (F.Space)
    Rev += ' ';
  std::string Out(Rev.rbegin(), Rev.rend());
  // Zero padding was done through the precision above.
  bool OldZero = F.Zero;
  F.Zero = false;
  pad(Out);
  F.Zero = OldZero;
}

std::string_view Formatter::truncate(std::string_view S) const {
  if (!F.PrecPresent)
    return S;
  int N = F.Prec;
  size_t I = 0;
  while (I < S.size()) {
    if (--N < 0)
      return S.substr(0, I);
    int W = 1;
    if (uint8_t(S[I]) >= 0x80)
      decodeRune(S.substr(I), W);
    I += size_t(W);
  }
  return S;
}

void Formatter::fmtS(std::string_view S) { pad(truncate(S)); }

void Formatter::fmtSbx(std::string_view S, const char *Digits) {
  int Length = int(S.size());
  if (F.PrecPresent && F.Prec < Length)
    Length = F.Prec;
  // Width of the encoding, to pad correctly.
  int Width = 2 * Length;
  if (Width > 0) {
    if (F.Space) {
      if (F.Sharp)
        Width *= 2;
      Width += Length - 1;
    } else if (F.Sharp) {
      Width += 2;
    }
  } else {
    if (F.WidPresent)
      writePadding(F.Wid);
    return;
  }
  if (F.WidPresent && F.Wid > Width && !F.Minus)
    writePadding(F.Wid - Width);
  if (F.Sharp) {
    Buf += '0';
    Buf += Digits[16];
  }
  for (int I = 0; I < Length; ++I) {
    if (F.Space && I > 0) {
      Buf += ' ';
      if (F.Sharp) {
        Buf += '0';
        Buf += Digits[16];
      }
    }
    uint8_t C = uint8_t(S[size_t(I)]);
    Buf += Digits[C >> 4];
    Buf += Digits[C & 0xF];
  }
  if (F.WidPresent && F.Wid > Width && F.Minus)
    writePadding(F.Wid - Width);
}

void Formatter::fmtQ(std::string_view S) {
  S = truncate(S);
  if (F.Sharp && canBackquote(S)) {
    std::string Q = "`";
    Q += S;
    Q += '`';
    pad(Q);
    return;
  }
  std::string Q;
  appendQuote(Q, S, F.Plus);
  pad(Q);
}

void Formatter::fmtC(uint64_t C) {
  int32_t R = C > uint64_t(MaxRune) ? RuneError : int32_t(C);
  std::string S;
  appendRune(S, R);
  pad(S);
}

void Formatter::fmtQc(uint64_t C) {
  int32_t R = C > uint64_t(MaxRune) ? RuneError : int32_t(C);
  std::string S;
  appendQuoteRune(S, R, F.Plus);
  pad(S);
}

void Formatter::fmtFloat(double V, int Size, char Verb, int Prec) {
  if (F.PrecPresent)
    Prec = F.Prec;
  // Num[0] is the sign slot: '+' unless the number is negative.
  std::string Num = "+";
  appendFloat(Num, V, Verb, Prec, Size);
  if (Num[1] == '-' || Num[1] == '+')
    Num.erase(0, 1);
  if (F.Space && Num[0] == '+' && !F.Plus)
    Num[0] = ' ';
  // Infinities and NaN are never zero-padded; NaN shows a sign only when
  // asked for.
  if (Num[1] == 'I' || Num[1] == 'N') {
    bool OldZero = F.Zero;
    F.Zero = false;
    if (Num[1] == 'N' && !F.Space && !F.Plus)
      Num.erase(0, 1);
    pad(Num);
    F.Zero = OldZero;
    return;
  }
  // '#': keep a decimal point, and for %g/%v restore trailing zeros up to
  // the precision (6 when none was given).
  if (F.Sharp && Verb != 'b') {
    int Digits = 0;
    if (Verb == 'v' || Verb == 'g' || Verb == 'G' || Verb == 'x') {
      Digits = Prec;
      if (Digits == -1)
        Digits = 6;
    }
    std::string Tail;
    bool HasDecimalPoint = false, SawNonzeroDigit = false;
    for (size_t I = 1; I < Num.size(); ++I) {
      char C = Num[I];
      if (C == '.') {
        HasDecimalPoint = true;
        continue;
      }
      if (C == 'p' || C == 'P' ||
          ((C == 'e' || C == 'E') && Verb != 'x' && Verb != 'X')) {
        Tail = Num.substr(I);
        Num.resize(I);
        break;
      }
      if (C != '0')
        SawNonzeroDigit = true;
      if (SawNonzeroDigit)
        --Digits;
    }
    if (!HasDecimalPoint) {
      if (Num.size() == 2 && Num[1] == '0')
        --Digits; // A lone leading zero counts once.
      Num += '.';
    }
    for (; Digits > 0; --Digits)
      Num += '0';
    Num += Tail;
  }
  if (F.Plus || Num[0] != '+') {
    // With zero padding the sign goes before the zeros.
    if (F.Zero && F.WidPresent && F.Wid > int(Num.size())) {
      Buf += Num[0];
      writePadding(F.Wid - int(Num.size()));
      Buf.append(Num, 1);
      return;
    }
    pad(Num);
    return;
  }
  pad(std::string_view(Num).substr(1));
}
