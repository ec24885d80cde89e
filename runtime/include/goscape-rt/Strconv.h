//===- Strconv.h - Package strconv ------------------------------*- C++ -*-===//
//
// strconv.Atoi and strconv.Itoa.
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

/// The descriptor of *strconv.NumError (struct { Func string; Num string;
/// Err error }); method set {Error() string}.
GS_RUNTIME const Type gs_type_strconv_NumError_ptr;

} // namespace gs

#endif // GOSCAPE_RT_STRCONV_H
