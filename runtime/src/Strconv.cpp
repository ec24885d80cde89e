//===- Strconv.cpp - strconv.Atoi and strconv.Itoa ------------------------===//
//
// Atoi parses as Go's ParseInt(s, 10, 64) reports to Atoi: a sign, then
// digits; the first non-digit is a syntax error, and the first digit that
// overflows 64 bits is a range error (later characters are not examined).
// Errors are *strconv.NumError values; ErrSyntax and ErrRange are two
// errors.New values made on first use.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Strconv.h"

#include "FmtInternal.h"
#include "goscape-rt/Alg.h"
#include "goscape-rt/Alloc.h"
#include "goscape-rt/Iface.h"
#include "PointerType.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace gs;
using namespace gs::fmt;

namespace {
/// strconv.NumError.
struct NumError {
  String Func;
  String Num;
  Iface Err;
};
} // namespace

static String literal(const char *S) {
  return String{reinterpret_cast<const uint8_t *>(S), intptr_t(std::strlen(S))};
}

/// Calls the Error method of a non-nil error.
static String errorText(Iface E) {
  using Fn = String (*)(void *, void *);
  return reinterpret_cast<Fn>(E.Tab->Fun[0])(nullptr, E.Data);
}

/// (*NumError).Error: "strconv." + Func + ": parsing " + Quote(Num) + ": " +
/// Err.Error().
static String numErrorError(void *, void *Data) {
  const auto *E = static_cast<const NumError *>(Data);
  std::string S = "strconv.";
  S += view(E->Func);
  S += ": parsing ";
  appendQuote(S, view(E->Num), false);
  S += ": ";
  S += view(errorText(E->Err));
  return makeString(S);
}

static const StructField NumErrorFields[] = {{"Func", &gs_type_string, 0, 0},
                                             {"Num", &gs_type_string, 16, 0},
                                             {"Err", &gs_type_error, 32, 0}};

/// The descriptor of strconv.NumError.
static const Type NumErrorType = {
    .Size = sizeof(NumError),
    .PtrData = 48,
    .Align = 8,
    .TheKind = Kind::Struct,
    .Flags = TypeNeedKeyUpdate | TypeHashMightPanic | TypeNonReflexive,
    .Named = 1,
    .Name = "strconv.NumError",
    .Len = 3,
    .Fields = NumErrorFields,
    .PkgPath = "strconv",
};

/// (*NumError).Unwrap: Err.
static Iface numErrorUnwrap(void *, void *Data) {
  return static_cast<const NumError *>(Data)->Err;
}

static const Method NumErrorPtrMethods[] = {
    {"Error", &gs_type_func_string, reinterpret_cast<void *>(&numErrorError)},
    {"Unwrap", &gs_type_func_error, reinterpret_cast<void *>(&numErrorUnwrap)}};

constinit const Type gs::gs_type_strconv_NumError_ptr =
    rt::pointerTypeOf("*strconv.NumError", &NumErrorType, NumErrorPtrMethods, 2);

static const Itab NumErrorItab = {&gs_type_error,
                                  &gs_type_strconv_NumError_ptr,
                                  {reinterpret_cast<void *>(&numErrorError)}};

/// strconv.ErrSyntax / ErrRange, created once (kept alive by these roots).
static Iface ErrSyntax, ErrRange;

/// &NumError{Func, Num, Err} as an error.
static Iface numError(const char *Func, String Num, Iface Err) {
  auto *E = static_cast<NumError *>(gs_newobject(&NumErrorType));
  E->Func = literal(Func);
  E->Num = Num;
  E->Err = Err;
  return Iface{&NumErrorItab, E};
}

/// A NumError of Func whose Err is ErrRange (Range) or ErrSyntax.
static Iface numError(const char *Func, String Num, bool Range) {
  Iface &Base = Range ? ErrRange : ErrSyntax;
  if (!Base.Tab)
    Base = newError(literal(Range ? "value out of range" : "invalid syntax"));
  return numError(Func, Num, Base);
}

static Iface numError(String Num, bool Range) {
  return numError("Atoi", Num, Range);
}

void gs::gs_strconv_Atoi(IntError *Out, const uint8_t *SPtr, intptr_t SLen) {
  String S0{SPtr, SLen};
  intptr_t I = 0;
  bool Neg = false;
  if (SLen > 0 && (SPtr[0] == '+' || SPtr[0] == '-')) {
    Neg = SPtr[0] == '-';
    I = 1;
  }
  if (I == SLen) {
    *Out = IntError{0, numError(S0, false)};
    return;
  }
  // Accumulate the magnitude as uint64, failing on the first overflow.
  uint64_t N = 0;
  for (; I < SLen; ++I) {
    uint8_t D = uint8_t(SPtr[I] - '0');
    if (D > 9) {
      *Out = IntError{0, numError(S0, false)};
      return;
    }
    if (N >= UINT64_MAX / 10 + 1 || N * 10 > UINT64_MAX - D) {
      N = UINT64_MAX;
      break;
    }
    N = N * 10 + D;
  }
  const uint64_t Cutoff = uint64_t(1) << 63;
  if (!Neg && N >= Cutoff) {
    *Out = IntError{INT64_MAX, numError(S0, true)};
    return;
  }
  if (Neg && N > Cutoff) {
    *Out = IntError{INT64_MIN, numError(S0, true)};
    return;
  }
  *Out = IntError{Neg ? intptr_t(0 - N) : intptr_t(N), Iface{nullptr, nullptr}};
}

/// "0".."99" without allocating, as Go's FormatInt does for small values.
static const char SmallDigits[] = "00010203040506070809"
                                  "10111213141516171819"
                                  "20212223242526272829"
                                  "30313233343536373839"
                                  "40414243444546474849"
                                  "50515253545556575859"
                                  "60616263646566676869"
                                  "70717273747576777879"
                                  "80818283848586878889"
                                  "90919293949596979899";

void gs::gs_strconv_Itoa(String *Out, intptr_t I) {
  if (I >= 0 && I < 100) {
    const char *P = SmallDigits + 2 * I + (I < 10);
    *Out = String{reinterpret_cast<const uint8_t *>(P), I < 10 ? 1 : 2};
    return;
  }
  char Tmp[MaxIntDigits];
  char *End = Tmp + MaxIntDigits, *Begin = formatInt(End, I);
  *Out = makeString(std::string_view(Begin, size_t(End - Begin)));
}

static uint8_t lower(uint8_t C) { return C | ('x' - 'X'); }

/// Whether underscores in S (a base-prefixed literal) only separate digits.
static bool underscoreOK(std::string_view S) {
  char Saw = '^'; // '^' start, '0' digit or prefix, '_', '!' other
  if (!S.empty() && (S[0] == '-' || S[0] == '+'))
    S.remove_prefix(1);
  size_t I = 0;
  bool Hex = false;
  if (S.size() >= 2 && S[0] == '0' &&
      (lower(uint8_t(S[1])) == 'b' || lower(uint8_t(S[1])) == 'o' ||
       lower(uint8_t(S[1])) == 'x')) {
    I = 2;
    Saw = '0';
    Hex = lower(uint8_t(S[1])) == 'x';
  }
  for (; I < S.size(); ++I) {
    uint8_t C = uint8_t(S[I]);
    if ((C >= '0' && C <= '9') || (Hex && lower(C) >= 'a' && lower(C) <= 'f')) {
      Saw = '0';
      continue;
    }
    if (C == '_') {
      if (Saw != '0')
        return false;
      Saw = '_';
      continue;
    }
    if (Saw == '_')
      return false;
    Saw = '!';
  }
  return Saw != '_';
}

namespace {
/// ParseUint's result: the value (the maximum on a range error) or an
/// error whose Func and Num the caller sets.
struct UintResult {
  uint64_t N;
  enum { Ok, Syntax, Range, Base, BitSize } Err;
};
} // namespace

/// strconv.ParseUint over S (the text after ParseInt's sign), checking
/// Base and BitSize as ParseUint does.
static UintResult parseUint(std::string_view S, intptr_t Base,
                            intptr_t BitSize) {
  if (S.empty())
    return {0, UintResult::Syntax};
  bool Base0 = Base == 0;
  std::string_view S0 = S;
  if (Base == 0) {
    Base = 10;
    if (S[0] == '0') {
      uint8_t C1 = S.size() >= 3 ? lower(uint8_t(S[1])) : 0;
      Base = C1 == 'b' ? 2 : C1 == 'o' ? 8 : C1 == 'x' ? 16 : 8;
      S.remove_prefix(C1 == 'b' || C1 == 'o' || C1 == 'x' ? 2 : 1);
    }
  } else if (Base < 2 || Base > 36) {
    return {0, UintResult::Base};
  }
  if (BitSize == 0)
    BitSize = 64;
  else if (BitSize < 0 || BitSize > 64)
    return {0, UintResult::BitSize};
  uint64_t Cutoff = UINT64_MAX / uint64_t(Base) + 1;
  uint64_t MaxVal = BitSize == 64 ? UINT64_MAX : (uint64_t(1) << BitSize) - 1;
  bool Underscores = false;
  uint64_t N = 0;
  for (char Ch : S) {
    uint8_t C = uint8_t(Ch), D;
    if (C == '_' && Base0) {
      Underscores = true;
      continue;
    }
    if (C >= '0' && C <= '9')
      D = C - '0';
    else if (lower(C) >= 'a' && lower(C) <= 'z')
      D = lower(C) - 'a' + 10;
    else
      return {0, UintResult::Syntax};
    if (D >= Base)
      return {0, UintResult::Syntax};
    if (N >= Cutoff)
      return {MaxVal, UintResult::Range};
    N *= uint64_t(Base);
    uint64_t N1 = N + D;
    if (N1 < N || N1 > MaxVal)
      return {MaxVal, UintResult::Range};
    N = N1;
  }
  if (Underscores && !underscoreOK(S0))
    return {0, UintResult::Syntax};
  return {N, UintResult::Ok};
}

void gs::gs_strconv_ParseInt(IntError *Out, const uint8_t *SPtr,
                             intptr_t SLen, intptr_t Base, intptr_t BitSize) {
  String S0{SPtr, SLen};
  std::string_view S = view(SPtr, SLen);
  if (S.empty()) {
    *Out = IntError{0, numError("ParseInt", S0, false)};
    return;
  }
  bool Neg = S[0] == '-';
  if (S[0] == '+' || S[0] == '-')
    S.remove_prefix(1);
  UintResult U = parseUint(S, Base, BitSize);
  if (U.Err == UintResult::Syntax) {
    *Out = IntError{0, numError("ParseInt", S0, false)};
    return;
  }
  if (U.Err == UintResult::Base || U.Err == UintResult::BitSize) {
    std::string Msg = U.Err == UintResult::Base ? "invalid base "
                                                : "invalid bit size ";
    appendInt(Msg, U.Err == UintResult::Base ? Base : BitSize);
    *Out = IntError{0, numError("ParseInt", S0, newError(makeString(Msg)))};
    return;
  }
  if (BitSize == 0)
    BitSize = 64;
  uint64_t Cutoff = uint64_t(1) << (BitSize - 1);
  if (!Neg && U.N >= Cutoff) {
    *Out = IntError{intptr_t(Cutoff - 1), numError("ParseInt", S0, true)};
    return;
  }
  if (Neg && U.N > Cutoff) {
    *Out = IntError{intptr_t(0 - Cutoff), numError("ParseInt", S0, true)};
    return;
  }
  *Out = IntError{Neg ? intptr_t(0 - U.N) : intptr_t(U.N),
                  Iface{nullptr, nullptr}};
}

void gs::gs_strconv_FormatInt(String *Out, int64_t I, intptr_t Base) {
  if (Base == 10) {
    gs_strconv_Itoa(Out, intptr_t(I));
    return;
  }
  if (Base < 2 || Base > 36)
    panicString("strconv: illegal AppendInt/FormatInt base");
  static const char Digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  uint64_t U = I < 0 ? 0 - uint64_t(I) : uint64_t(I);
  std::string S;
  do {
    S += Digits[U % uint64_t(Base)];
    U /= uint64_t(Base);
  } while (U);
  if (I < 0)
    S += '-';
  std::reverse(S.begin(), S.end());
  *Out = makeString(S);
}

void gs::gs_strconv_FormatBool(String *Out, bool B) {
  *Out = literal(B ? "true" : "false");
}

/// The length of the longest prefix of S that equals a prefix of Word
/// (lower case) when case is ignored.
static size_t prefixIgnoringCase(std::string_view S, std::string_view Word) {
  size_t N = 0;
  while (N < S.size() && N < Word.size() && lower(uint8_t(S[N])) == Word[N])
    ++N;
  return N;
}

/// Whether S (no sign) is a float literal of ParseFloat's grammar: decimal
/// digits with an optional point and `e` exponent, or `0x` hex digits
/// with an optional point and a required `p` exponent, underscores
/// anywhere among them (underscoreOK decides).
static bool floatSyntax(std::string_view S, bool &Underscores) {
  size_t I = 0;
  bool Hex = S.size() >= 2 && S[0] == '0' && lower(uint8_t(S[1])) == 'x';
  if (Hex)
    I = 2;
  bool Digits = false, Point = false;
  for (; I < S.size(); ++I) {
    uint8_t C = uint8_t(S[I]);
    if (C == '_') {
      Underscores = true;
    } else if (C == '.' && !Point) {
      Point = true;
    } else if ((C >= '0' && C <= '9') ||
               (Hex && lower(C) >= 'a' && lower(C) <= 'f')) {
      Digits = true;
    } else {
      break;
    }
  }
  if (!Digits)
    return false;
  if (I == S.size())
    return !Hex; // a hex mantissa needs its `p` exponent
  if (lower(uint8_t(S[I])) != (Hex ? 'p' : 'e'))
    return false;
  ++I;
  if (I < S.size() && (S[I] == '+' || S[I] == '-'))
    ++I;
  bool ExpDigits = false;
  for (; I < S.size(); ++I) {
    if (S[I] == '_')
      Underscores = true;
    else if (S[I] >= '0' && S[I] <= '9')
      ExpDigits = true;
    else
      return false;
  }
  return ExpDigits;
}

void gs::gs_strconv_ParseFloat(FloatError *Out, const uint8_t *SPtr,
                               intptr_t SLen, intptr_t BitSize) {
  String S0{SPtr, SLen};
  std::string_view S = view(SPtr, SLen);
  // "inf", "infinity" (either with a sign) and "nan", in any case.
  std::string_view Rest = S;
  bool Neg = false;
  if (!Rest.empty() && (Rest[0] == '+' || Rest[0] == '-')) {
    Neg = Rest[0] == '-';
    Rest.remove_prefix(1);
  }
  size_t Inf = prefixIgnoringCase(Rest, "infinity");
  if ((Inf == 3 || Inf == 8) && Inf == Rest.size()) {
    *Out = FloatError{Neg ? -HUGE_VAL : HUGE_VAL, Iface{}};
    return;
  }
  if (Rest.size() == S.size() && S.size() == 3 &&
      prefixIgnoringCase(S, "nan") == 3) {
    *Out = FloatError{std::nan(""), Iface{}};
    return;
  }
  bool Underscores = false;
  if (!floatSyntax(Rest, Underscores) || (Underscores && !underscoreOK(S))) {
    *Out = FloatError{0, numError("ParseFloat", S0, false)};
    return;
  }
  std::string Text(S);
  Text.erase(std::remove(Text.begin(), Text.end(), '_'), Text.end());
  double V = BitSize == 32 ? double(std::strtof(Text.c_str(), nullptr))
                           : std::strtod(Text.c_str(), nullptr);
  // (strtod/strtof round correctly; only an overflow is an error.)
  if (std::isinf(V)) {
    *Out = FloatError{V, numError("ParseFloat", S0, true)};
    return;
  }
  *Out = FloatError{V, Iface{}};
}

void gs::gs_strconv_FormatFloat(String *Out, double F, uint8_t Fmt,
                                intptr_t Prec, intptr_t BitSize) {
  if (BitSize != 32 && BitSize != 64)
    panicString("strconv: illegal AppendFloat/FormatFloat bitSize");
  std::string S;
  if (BitSize == 32)
    F = double(float(F));
  // An unknown format prints as `%c`, after the special values.
  if (!std::isnan(F) && !std::isinf(F) &&
      !std::strchr("eEfgGbxX", Fmt ? Fmt : ' ')) {
    S += '%';
    S += char(Fmt);
  } else {
    appendFloat(S, F, char(Fmt), int(Prec), int(BitSize));
  }
  *Out = makeString(S);
}

void gs::gs_strconv_Quote(String *Out, const uint8_t *SPtr, intptr_t SLen) {
  std::string S;
  appendQuote(S,
              std::string_view(reinterpret_cast<const char *>(SPtr),
                               static_cast<size_t>(SLen)),
              /*ASCIIOnly=*/false);
  *Out = makeString(S);
}
