//===- Errors.h - Package errors, and the (int, error) result ---*- C++ -*-===//
//
// errors.New, Is, As and Unwrap, and the layout of results that several
// stdlib entry points share.
//
// errors.New(text) returns a *errors.errorString (a one-field struct
// {s string}) as an `error`: the Iface {itab, pointer}. The runtime owns
// the descriptors of errors.errorString and *errors.errorString (whose
// method set is {Error}) and the static itab of *errors.errorString for
// `error` (gs_type_error, Iface.h), so `%T` prints "*errors.errorString"
// and Error() returns the text. Every call allocates a new errorString:
// two errors with the same text are different values, as in Go.
//
// IntError is the result tuple (int, error) laid out as Go lays out
// results in memory: N at offset 0, Err (2 words) at offset 8; entry
// points returning (int, error) take an IntError * as their first
// parameter (fmt.Print*, strconv.Atoi, strings.Builder writers).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_ERRORS_H
#define GOSCAPE_RT_ERRORS_H

#include "goscape-rt/Type.h"

namespace gs {

/// Go results (int, error): 24 bytes, N at 0, Err at 8.
struct IntError {
  intptr_t N;
  Iface Err;
};

/// errors.New(text): *Out = a new *errors.errorString holding the text
/// (the string's bytes are shared, not copied: Go strings are immutable).
GS_RUNTIME void gs_errors_New(Iface *Out, const uint8_t *TextPtr,
                              intptr_t TextLen);

/// errors.Unwrap(err): *Out = the result of err's `Unwrap() error`
/// method, or nil (src/ErrorsWrap.cpp).
GS_RUNTIME void gs_errors_Unwrap(Iface *Out, const Itab *ErrTab,
                                 void *ErrData);

/// errors.Is(err, target): some error of err's Unwrap chain equals target
/// (when target's dynamic type is comparable) or has an `Is(error) bool`
/// method returning true for it.
GS_RUNTIME bool gs_errors_Is(const Itab *ErrTab, void *ErrData,
                             const Itab *TgtTab, void *TgtData);

/// errors.As(err, target) with target the interface{} {TgtType, TgtData}:
/// stores into *target the first error of err's chain assignable to it
/// (or lets an `As(interface {}) bool` method do so) and reports whether
/// one was; panics with errors' messages for an invalid target.
GS_RUNTIME bool gs_errors_As(const Itab *ErrTab, void *ErrData,
                             const Type *TgtType, void *TgtData);

/// The descriptor of errors.errorString (struct { s string }).
GS_RUNTIME const Type gs_type_errors_errorString;
/// The descriptor of *errors.errorString; method set {Error() string}.
GS_RUNTIME const Type gs_type_errors_errorString_ptr;

} // namespace gs

#endif // GOSCAPE_RT_ERRORS_H
