//===- FmtFloat.cpp - strconv.FormatFloat ---------------------------------===//
//
// Floats formatted as Go's strconv.AppendFloat does, for %v %e %f %g %b %x
// and strconv-style output.
//
// Decimal formats start from a digit string and a decimal point position
// (digits d1 d2 ... dn with value 0.d1d2...dn * 10^Dp, trailing zeros
// removed, zero as no digits). std::to_chars produces those digits: without
// a precision it gives the shortest string that reads back as the same
// double (or float, for 32-bit values), with one it rounds the exact binary
// value correctly (ties to even), which is what Go's Ryu and big-decimal
// paths produce. The digits are then laid out by Go's rules:
//   %e  d.ddde±XX (at least two exponent digits)
//   %f  ddd.ddd
//   %g  %e when the exponent is < -4 or >= the precision (6 for the
//       shortest form, which is what %v uses), else %f; no trailing zeros.
//
//===----------------------------------------------------------------------===//

#include "FmtInternal.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

using namespace gs;
using namespace gs::fmt;

namespace {
/// Decimal digits of a float: value 0.D[0]D[1]... * 10^Dp.
struct Digits {
  std::string D;
  int Dp = 0;
  int nd() const { return int(D.size()); }
};
} // namespace

/// Reads std::to_chars output (scientific or fixed, no sign) into Digits.
static Digits parseChars(std::string_view S) {
  Digits R;
  int IntDigits = -1; // digits before '.', in fixed notation
  size_t E = S.find('e');
  std::string_view Mant = S.substr(0, E);
  for (char C : Mant) {
    if (C == '.')
      IntDigits = int(R.D.size());
    else
      R.D += C;
  }
  if (E != std::string_view::npos) {
    int Exp = 0;
    std::from_chars(S.data() + E + 1 + (S[E + 1] == '+'), S.data() + S.size(),
                    Exp);
    R.Dp = Exp + 1;
  } else {
    R.Dp = IntDigits < 0 ? int(R.D.size()) : IntDigits;
  }
  size_t Lead = 0;
  while (Lead < R.D.size() && R.D[Lead] == '0')
    ++Lead;
  R.D.erase(0, Lead);
  R.Dp -= int(Lead);
  while (!R.D.empty() && R.D.back() == '0')
    R.D.pop_back();
  if (R.D.empty())
    R.Dp = 0;
  return R;
}

/// Digits of |V| (shortest when Prec < 0) for the decimal formats.
static Digits toDigits(double V, int BitSize, char Fmt, int Prec) {
  std::string Buf(std::max(400, Prec + 400), '\0');
  char *B = Buf.data(), *End = B + Buf.size();
  std::to_chars_result R;
  if (Prec < 0) {
    if (BitSize == 32)
      R = std::to_chars(B, End, float(V), std::chars_format::scientific);
    else
      R = std::to_chars(B, End, V, std::chars_format::scientific);
  } else if (Fmt == 'f') {
    R = std::to_chars(B, End, V, std::chars_format::fixed, Prec);
  } else {
    // %e: Prec digits after the first; %g: Prec significant digits.
    int Sig = Fmt == 'e' || Fmt == 'E' ? Prec + 1 : Prec;
    R = std::to_chars(B, End, V, std::chars_format::scientific, Sig - 1);
  }
  return parseChars(std::string_view(B, size_t(R.ptr - B)));
}

static void fmtE(std::string &Out, const Digits &D, int Prec, char Fmt) {
  Out += D.nd() ? D.D[0] : '0';
  if (Prec > 0) {
    Out += '.';
    int I = 1;
    int M = std::min(D.nd(), Prec + 1);
    if (I < M) {
      Out.append(D.D, size_t(I), size_t(M - I));
      I = M;
    }
    for (; I <= Prec; ++I)
      Out += '0';
  }
  Out += Fmt;
  int Exp = D.nd() ? D.Dp - 1 : 0;
  Out += Exp < 0 ? '-' : '+';
  if (Exp < 0)
    Exp = -Exp;
  if (Exp < 10)
    Out += '0';
  appendInt(Out, Exp);
}

static void fmtF(std::string &Out, const Digits &D, int Prec) {
  if (D.Dp > 0) {
    int M = std::min(D.nd(), D.Dp);
    Out.append(D.D, 0, size_t(M));
    for (; M < D.Dp; ++M)
      Out += '0';
  } else {
    Out += '0';
  }
  if (Prec > 0) {
    Out += '.';
    for (int I = 0; I < Prec; ++I) {
      int J = D.Dp + I;
      Out += 0 <= J && J < D.nd() ? D.D[size_t(J)] : '0';
    }
  }
}

/// The raw parts of a float: sign, mantissa with the implicit bit, and the
/// unbiased exponent of its lowest mantissa bit plus MantBits.
namespace {
struct FloatBits {
  bool Neg;
  uint64_t Mant;
  int Exp;
  int MantBits;
};
} // namespace

static FloatBits floatBits(double V, int BitSize) {
  FloatBits R{};
  uint64_t Bits;
  int ExpBits, Bias;
  if (BitSize == 32) {
    float F = float(V);
    uint32_t B32;
    std::memcpy(&B32, &F, 4);
    Bits = B32;
    R.MantBits = 23;
    ExpBits = 8;
    Bias = -127;
  } else {
    std::memcpy(&Bits, &V, 8);
    R.MantBits = 52;
    ExpBits = 11;
    Bias = -1023;
  }
  R.Neg = (Bits >> (R.MantBits + ExpBits)) != 0;
  int Exp = int(Bits >> R.MantBits) & ((1 << ExpBits) - 1);
  R.Mant = Bits & ((uint64_t(1) << R.MantBits) - 1);
  if (Exp == 0)
    ++Exp; // Denormal.
  else
    R.Mant |= uint64_t(1) << R.MantBits;
  R.Exp = Exp + Bias;
  return R;
}

/// %b: decimal mantissa, 'p', binary exponent (e.g. 4503599627370496p-52).
static void fmtB(std::string &Out, const FloatBits &B) {
  if (B.Neg)
    Out += '-';
  appendInt(Out, int64_t(B.Mant));
  Out += 'p';
  int Exp = B.Exp - B.MantBits;
  if (Exp >= 0)
    Out += '+';
  appendInt(Out, Exp);
}

/// %x: -0x1.hhhhp±dd, rounded to Prec hex digits when Prec >= 0.
static void fmtX(std::string &Out, const FloatBits &B, int Prec, char Fmt) {
  uint64_t Mant = B.Mant;
  int Exp = Mant == 0 ? 0 : B.Exp;
  // Put the leading 1 at bit 60.
  Mant <<= 60 - B.MantBits;
  while (Mant != 0 && (Mant & (uint64_t(1) << 60)) == 0) {
    Mant <<= 1;
    --Exp;
  }
  if (Prec >= 0 && Prec < 15) {
    unsigned Shift = unsigned(Prec * 4);
    uint64_t Extra = (Mant << Shift) & ((uint64_t(1) << 60) - 1);
    Mant >>= 60 - Shift;
    if ((Extra | (Mant & 1)) > (uint64_t(1) << 59))
      ++Mant;
    Mant <<= 60 - Shift;
    if (Mant & (uint64_t(1) << 61)) {
      Mant >>= 1;
      ++Exp;
    }
  }
  const char *Hex = Fmt == 'X' ? UDigits : LDigits;
  if (B.Neg)
    Out += '-';
  Out += '0';
  Out += Fmt;
  Out += char('0' + ((Mant >> 60) & 1));
  Mant <<= 4;
  if (Prec < 0 && Mant != 0) {
    Out += '.';
    for (; Mant != 0; Mant <<= 4)
      Out += Hex[(Mant >> 60) & 15];
  } else if (Prec > 0) {
    Out += '.';
    for (int I = 0; I < Prec; ++I, Mant <<= 4)
      Out += Hex[(Mant >> 60) & 15];
  }
  Out += Fmt == 'X' ? 'P' : 'p';
  Out += Exp < 0 ? '-' : '+';
  if (Exp < 0)
    Exp = -Exp;
  if (Exp < 10)
    Out += '0';
  appendInt(Out, Exp);
}

void gs::fmt::appendFloat(std::string &Out, double V, char Fmt, int Prec,
                          int BitSize) {
  if (BitSize == 32)
    V = double(float(V));
  if (std::isnan(V)) {
    Out += "NaN";
    return;
  }
  if (std::isinf(V)) {
    Out += V < 0 ? "-Inf" : "+Inf";
    return;
  }
  if (Fmt == 'b' || Fmt == 'x' || Fmt == 'X') {
    FloatBits B = floatBits(V, BitSize);
    if (Fmt == 'b')
      fmtB(Out, B);
    else
      fmtX(Out, B, Prec, Fmt);
    return;
  }
  bool Neg = std::signbit(V);
  double A = std::fabs(V);
  bool Shortest = Prec < 0;
  if (!Shortest && (Fmt == 'g' || Fmt == 'G') && Prec == 0)
    Prec = 1;
  Digits D = toDigits(A, BitSize, Fmt, Prec);
  if (Shortest) {
    switch (Fmt) {
    case 'e':
    case 'E':
      Prec = std::max(D.nd() - 1, 0);
      break;
    case 'f':
      Prec = std::max(D.nd() - D.Dp, 0);
      break;
    default:
      Prec = D.nd();
      break;
    }
  }
  if (Neg)
    Out += '-';
  switch (Fmt) {
  case 'e':
  case 'E':
    fmtE(Out, D, Prec, Fmt);
    return;
  case 'f':
    fmtF(Out, D, Prec);
    return;
  case 'g':
  case 'G': {
    int EPrec = Prec;
    if (EPrec > D.nd() && D.nd() >= D.Dp)
      EPrec = D.nd();
    if (Shortest)
      EPrec = 6;
    int Exp = D.Dp - 1;
    if (Exp < -4 || Exp >= EPrec) {
      if (Prec > D.nd())
        Prec = D.nd();
      fmtE(Out, D, Prec - 1, char(Fmt + 'e' - 'g'));
      return;
    }
    if (Prec > D.Dp)
      Prec = D.nd();
    fmtF(Out, D, std::max(Prec - D.Dp, 0));
    return;
  }
  default:
    Out += '%';
    Out += Fmt;
    return;
  }
}
