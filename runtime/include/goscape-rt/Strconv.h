//===- Strconv.h - Package strconv ------------------------------*- C++ -*-===//
//
// strconv.Atoi, Itoa, ParseInt, ParseFloat, FormatInt, FormatFloat,
// FormatBool and Quote.
//
// Atoi accepts an optional sign and decimal digits (no underscores, no
// base prefix, no spaces). Failures return a *strconv.NumError as the
// error, whose Error() is Go's text:
//   strconv.Atoi: parsing "x": invalid syntax        (N = 0)
//   strconv.Atoi: parsing "99999999999999999999": value out of range
//                                                    (N = the nearest of
//                                                    MaxInt64/MinInt64)
// The input is quoted as strconv.Quote does.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_STRCONV_H
#define GOSCAPE_RT_STRCONV_H

#include "goscape-rt/Errors.h"

namespace gs {

/// strconv.Atoi(s): *Out = {value, nil} or {0 or the clamped value,
/// *strconv.NumError}.
GS_RUNTIME void gs_strconv_Atoi(IntError *Out, const uint8_t *SPtr,
                                intptr_t SLen);

/// strconv.Itoa(i): *Out = the decimal text of I.
GS_RUNTIME void gs_strconv_Itoa(String *Out, intptr_t I);

/// strconv.ParseInt(s, base, bitSize): *Out = {value, nil} or an error
/// *strconv.NumError with Func "ParseInt" (Err ErrSyntax, ErrRange with
/// the value clamped to BitSize, or "invalid base N" / "invalid bit size
/// N"). Base 0 takes the base from a 0b/0o/0x/0 prefix and allows
/// underscores between digits.
GS_RUNTIME void gs_strconv_ParseInt(IntError *Out, const uint8_t *SPtr,
                                    intptr_t SLen, intptr_t Base,
                                    intptr_t BitSize);

/// strconv.FormatInt(i, base): *Out = I in Base (2..36, lower-case
/// digits); panics "strconv: illegal AppendInt/FormatInt base" otherwise.
GS_RUNTIME void gs_strconv_FormatInt(String *Out, int64_t I, intptr_t Base);

/// Go results (float64, error): 24 bytes, F at 0, Err at 8.
struct FloatError {
  double F;
  Iface Err;
};

/// strconv.ParseFloat(s, bitSize): *Out = {the nearest float64 (float32
/// when BitSize is 32) to the decimal or hexadecimal literal S, nil}; S
/// may have a sign, underscores between digits (Go's rules) and be "inf",
/// "infinity" (signed) or "nan" in any case. Otherwise *strconv.NumError
/// with Func "ParseFloat": ErrSyntax with 0, or ErrRange with +-Inf when
/// the value overflows (an underflow is 0 without error).
GS_RUNTIME void gs_strconv_ParseFloat(FloatError *Out, const uint8_t *SPtr,
                                      intptr_t SLen, intptr_t BitSize);

/// strconv.FormatFloat(f, fmt, prec, bitSize): *Out = F in format Fmt
/// ('e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'; another byte gives "%" and it) with
/// Prec digits (-1: the fewest that read back as the same float of
/// BitSize bits); panics "strconv: illegal AppendFloat/FormatFloat
/// bitSize" unless BitSize is 32 or 64.
GS_RUNTIME void gs_strconv_FormatFloat(String *Out, double F, uint8_t Fmt,
                                       intptr_t Prec, intptr_t BitSize);

/// strconv.FormatBool(b): "true" or "false".
GS_RUNTIME void gs_strconv_FormatBool(String *Out, bool B);

/// strconv.Quote(s): *Out = S as a double-quoted Go string literal, with
/// Go's escapes for control characters, invalid UTF-8 bytes (`\xff`) and
/// the runes strconv.IsPrint rejects.
GS_RUNTIME void gs_strconv_Quote(String *Out, const uint8_t *SPtr,
                                 intptr_t SLen);

/// The descriptor of *strconv.NumError (struct { Func string; Num string;
/// Err error }); method set {Error() string}.
GS_RUNTIME const Type gs_type_strconv_NumError_ptr;

} // namespace gs

#endif // GOSCAPE_RT_STRCONV_H
