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

#include <cstring>

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

static Iface numError(String Num, bool Range) {
  Iface &Base = Range ? ErrRange : ErrSyntax;
  if (!Base.Tab)
    Base = newError(literal(Range ? "value out of range" : "invalid syntax"));
  auto *E = static_cast<NumError *>(gs_newobject(&NumErrorType));
  E->Func = literal("Atoi");
  E->Num = Num;
  E->Err = Base;
  return Iface{&NumErrorItab, E};
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
  std::string S;
  appendInt(S, I);
  *Out = makeString(S);
}
