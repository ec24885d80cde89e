//===- Print.h - The print and println builtins -----------------*- C++ -*-===//
//
// print/println write to stderr with gc's builtin formatting. The compiler
// lowers println(a, b) to gs_printint(a); gs_printsp(); gs_printint(b);
// gs_printnl() (print: no spaces, no newline), choosing the entry point by
// the argument's type:
//
//   signed integers      gs_printint        -5
//   unsigned, uintptr    gs_printuint       18446744073709551615
//   float32/float64      gs_printfloat      +1.500000e+000, NaN, +Inf, -Inf
//                                           (7 significant digits)
//   complex64/128        gs_printcomplex    (+1.000000e+000+2.000000e+000i)
//   bool                 gs_printbool       true
//   string               gs_printstring     raw bytes
//   pointer, map, chan,  gs_printpointer    0xc000012345 (0x0 for nil)
//   func, unsafe.Pointer
//   interface{}          gs_printeface      (0x4b6f20,0xc00001c030)
//   other interfaces     gs_printiface      (itab address, data word)
//   slice                gs_printslice      [3/4]0xc00001c030
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_PRINT_H
#define GOSCAPE_RT_PRINT_H

#include "goscape-rt/Type.h"

namespace gs {

/// Prints a signed integer in decimal.
GS_RUNTIME void gs_printint(int64_t V);
/// Prints an unsigned integer in decimal.
GS_RUNTIME void gs_printuint(uint64_t V);
/// Prints V as 0x followed by lowercase hex digits.
GS_RUNTIME void gs_printhex(uint64_t V);
/// Prints a float as gc's print does: sign, one digit, '.', six digits,
/// 'e', exponent sign and three exponent digits; NaN, +Inf, -Inf.
GS_RUNTIME void gs_printfloat(double V);
/// Prints a complex number as "(" real imag "i)" with both parts as
/// gs_printfloat.
GS_RUNTIME void gs_printcomplex(double Re, double Im);
/// Prints true or false.
GS_RUNTIME void gs_printbool(bool V);
/// Prints the bytes of a string.
GS_RUNTIME void gs_printstring(const uint8_t *Ptr, intptr_t Len);
/// Prints a pointer-shaped value as gs_printhex.
GS_RUNTIME void gs_printpointer(const void *P);
/// Prints an interface{} as (type descriptor address,data word).
GS_RUNTIME void gs_printeface(const Type *T, const void *Data);
/// Prints a non-empty interface as (itab address,data word).
GS_RUNTIME void gs_printiface(const Itab *Tab, const void *Data);
/// Prints a slice as [len/cap]pointer.
GS_RUNTIME void gs_printslice(const void *Ptr, intptr_t Len, intptr_t Cap);
/// Prints one space (between println's operands).
GS_RUNTIME void gs_printsp();
/// Prints a newline (end of println).
GS_RUNTIME void gs_printnl();

} // namespace gs

#endif // GOSCAPE_RT_PRINT_H
