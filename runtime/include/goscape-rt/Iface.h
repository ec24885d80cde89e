//===- Iface.h - Interfaces: itabs, assertions, equality, boxing -*- C++ -*-===//
//
// The run-time side of Go interfaces.
//
// Itabs. A non-empty interface value is {const Itab *, Data} (Type.h).
// gs_getitab builds the itab of (interface type, concrete type) by
// matching each of the interface's methods (IMethods, sorted by name)
// against the concrete type's method set (Methods, sorted by name): same
// Name and same signature, where signatures are compared by their type
// NAME ("func() string"), so descriptors emitted by different compilation
// units agree. Results (including failures) are cached, so every call for
// the same pair returns the same Itab. Itabs the compiler emits statically
// need not be the cached ones: code compares an interface's dynamic type
// through Tab->Tp, never itab addresses across conversions.
//
// Type assertions. gc's messages (the panic value is a
// *runtime.TypeAssertionError, a runtime.Error whose text has no
// "runtime error: " prefix):
//   x.(I) on a nil interface      interface conversion: interface is nil, not main.I
//   x.(T) on a nil interface      interface conversion: interface {} is nil, not int
//   wrong concrete type           interface conversion: interface {} is string, not int
//   same name, different types    ... is main.T, not main.T (types from different scopes)
//   missing method                interface conversion: main.T is not main.I: missing method M
//
// Equality. Two interface values are equal when their dynamic types are
// the same and the values are equal by that type's Equal; comparing two
// values of the same uncomparable dynamic type panics with the runtime
// error "comparing uncomparable type []int" (type name as gc prints it).
//
// Boxing. Converting a non-pointer-shaped value to an interface copies it
// to the heap (gs_convT); as in gc, integers below 256, empty strings and
// nil slices use static storage instead of allocating.
//
// Predeclared descriptors exported here:
//   gs_type_error        the `error` interface: one IMethod "Error" whose
//                        Sig is gs_type_func_string
//   gs_type_func_string  func() string
//   gs_type_func_error   func() error (Unwrap of the library's errors)
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_IFACE_H
#define GOSCAPE_RT_IFACE_H

#include "goscape-rt/Type.h"

namespace gs {

/// Returns the itab for concrete type T in interface type Inter (Kind
/// Interface, Len > 0 methods). If T lacks a method: returns null when
/// CanFail, else panics "interface conversion: T is not I: missing method
/// M". A null T returns null when CanFail, else panics "interface
/// conversion: interface is nil, not I".
GS_RUNTIME const Itab *gs_getitab(const Type *Inter, const Type *T,
                                  bool CanFail);

/// Implements i.(I) / e.(I) (I non-empty) for an operand whose dynamic type
/// is T (null for a nil interface): the itab, or the panic of gs_getitab
/// with CanFail false.
GS_RUNTIME const Itab *gs_assertE2I(const Type *Inter, const Type *T);

/// Implements v, ok := x.(I): the itab, or null when T is null or lacks a
/// method.
GS_RUNTIME const Itab *gs_assertE2I2(const Type *Inter, const Type *T);

/// Panics for a failed x.(T) with T concrete (gc's panicdottypeE): Have is
/// the operand's dynamic type (null for nil), Want is T, Iface the static
/// type of the operand (e.g. gs_type_empty_interface or main.I). Message
/// "interface conversion: <Iface> is <Have>, not <Want>" or "... is nil,
/// not <Want>".
GS_RUNTIME [[noreturn]] void gs_panicdottype(const Type *Have,
                                             const Type *Want,
                                             const Type *Iface);

/// Go's == for two empty interfaces {XT, XD} and {YT, YD}.
/// Panics "comparing uncomparable type T" (runtime error) when both hold
/// the same uncomparable type T.
GS_RUNTIME bool gs_efaceequal(const Type *XT, void *XD, const Type *YT,
                              void *YD);

/// Go's == for two non-empty interfaces {XTab, XD} and {YTab, YD} (of
/// possibly different interface types): same dynamic type and equal
/// values. Panics as gs_efaceequal.
GS_RUNTIME bool gs_ifaceequal(const Itab *XTab, void *XD, const Itab *YTab,
                              void *YD);

/// gc's efaceeq: the data words X and Y of two interfaces whose dynamic
/// type is T (already known to be the same; null for two nil interfaces)
/// are equal. Panics as gs_efaceequal.
GS_RUNTIME bool gs_efaceeq(const Type *T, void *X, void *Y);

/// Boxes the value of type T at V for an interface: returns the data
/// word, a pointer to a new heap copy (gs_zerobase for zero-sized T). T
/// must not be DirectIface (those values are their own data word).
GS_RUNTIME void *gs_convT(const Type *T, const void *V);

/// Boxes an integer-like value of 1, 2, 4 or 8 bytes (V zero-extended): a
/// static copy for V < 256 (gc's staticuint64s), else a new 8-byte
/// pointer-free object holding V (little-endian, so a 1/2/4-byte load of
/// the data word reads the value).
GS_RUNTIME void *gs_convT64(uint64_t V);

/// Boxes a string: a static empty string for Len 0, else a new String.
GS_RUNTIME void *gs_convTstring(const uint8_t *Ptr, intptr_t Len);

/// Boxes a slice header: a static nil-pointer header for a nil slice
/// (Ptr null), else a new Slice.
GS_RUNTIME void *gs_convTslice(void *Ptr, intptr_t Len, intptr_t Cap);

/// The `error` interface type.
GS_RUNTIME const Type gs_type_error;
/// The type func() string (the signature of Error and String methods).
GS_RUNTIME const Type gs_type_func_string;
/// The type func() error (the signature of Unwrap methods).
GS_RUNTIME const Type gs_type_func_error;

/// Finds the method Name with signature Sig (compared by name) in T's
/// method set; null if absent or T is null. For the stdlib (fmt calling
/// Error/String).
GS_RUNTIME const Method *gs_findmethod(const Type *T, const char *Name,
                                       const Type *Sig);

/// If the dynamic type T has a method Name of type func() string (Error,
/// String), calls it on the interface data word Data, stores the result in
/// *Out and returns true; otherwise returns false. Used by the panic
/// printer and the stdlib's fmt.
GS_RUNTIME bool gs_callstringmethod(String *Out, const Type *T, void *Data,
                                    const char *Name);

} // namespace gs

#endif // GOSCAPE_RT_IFACE_H
