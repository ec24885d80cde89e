//===- Fmt.h - Package fmt --------------------------------------*- C++ -*-===//
//
// fmt's printing functions with Go 1.19's output: every verb (%v %+v %#v
// %T %d %b %o %O %x %X %c %q %U %e %E %f %F %g %G %s %p %t %%), flags
// (+ - # 0 space), widths and precisions (also * and explicit argument
// indexes [n]), the error forms (%!d(string=hi), %!d(MISSING),
// %!(EXTRA int=3), %!(NOVERB), %!(BADWIDTH), %!(BADPREC), %!v(BADINDEX)),
// and values printed through their type descriptors (Type.h): structs,
// pointers, slices, arrays, maps with sorted keys, interfaces, and
// Error()/String() (GoString() for %#v) methods found in the method set
// of the value's type.
//
// ABI: the variadic ...any operand list is a []interface{} passed as three
// parameters (Args, NArgs, CapArgs); the format string as (Ptr, Len).
// Results: Sprint* write a gs::String to *Out; Print* write their
// (n int, err error) to *Out (an IntError, Errors.h; err is always nil);
// Errorf writes an `error` Iface to *Out.
//
// Print, Printf and Println append to the runtime's stdout buffer
// (Output.h). A String/Error/GoString method that panics is recovered:
// "<nil>" for a nil pointer receiver, else %!v(PANIC=String method: value).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_FMT_H
#define GOSCAPE_RT_FMT_H

#include "goscape-rt/Errors.h"

namespace gs {

/// fmt.Errorf(format, a...): a *errors.errorString with the formatted
/// text, or with a %w operand a *fmt.wrapError holding the text and the
/// wrapped error.
GS_RUNTIME void gs_fmt_Errorf(Iface *Out, const uint8_t *FormatPtr,
                              intptr_t FormatLen, const Eface *Args,
                              intptr_t NArgs, intptr_t CapArgs);

/// fmt.Print(a...): operands in their %v form, a space between two
/// operands when neither is a string; *Out = {bytes written, nil}.
GS_RUNTIME void gs_fmt_Print(IntError *Out, const Eface *Args, intptr_t NArgs,
                             intptr_t CapArgs);

/// fmt.Printf(format, a...) to stdout; *Out = {bytes written, nil}.
GS_RUNTIME void gs_fmt_Printf(IntError *Out, const uint8_t *FormatPtr,
                              intptr_t FormatLen, const Eface *Args,
                              intptr_t NArgs, intptr_t CapArgs);

/// fmt.Println(a...): operands in their %v form separated by spaces, then
/// a newline; *Out = {bytes written, nil}.
GS_RUNTIME void gs_fmt_Println(IntError *Out, const Eface *Args, intptr_t NArgs,
                               intptr_t CapArgs);

/// fmt.Sprint(a...) (spacing as Print).
GS_RUNTIME void gs_fmt_Sprint(String *Out, const Eface *Args, intptr_t NArgs,
                              intptr_t CapArgs);

/// fmt.Sprintf(format, a...).
GS_RUNTIME void gs_fmt_Sprintf(String *Out, const uint8_t *FormatPtr,
                               intptr_t FormatLen, const Eface *Args,
                               intptr_t NArgs, intptr_t CapArgs);

/// fmt.Sprintln(a...) (spacing as Println, with the newline).
GS_RUNTIME void gs_fmt_Sprintln(String *Out, const Eface *Args, intptr_t NArgs,
                                intptr_t CapArgs);

/// The descriptor of *fmt.wrapError (what Errorf returns for %w); its
/// method set is {Error() string}.
GS_RUNTIME const Type gs_type_fmt_wrapError_ptr;

} // namespace gs

#endif // GOSCAPE_RT_FMT_H
