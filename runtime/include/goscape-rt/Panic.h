//===- Panic.h - Go panics, defer, recover and fatal errors -----*- C++ -*-===//
//
// How Go code unwinds, in gc's semantics and words.
//
// Panic values. A panic carries an interface{} value. Runtime errors are
// values of runtime-provided types with an Error method (so recover() then
// fmt.Println(r) prints "runtime error: index out of range [5] with
// length 3", and r.(error) succeeds):
//   runtime.boundsError          index/slice bounds (gs_panic_index, ...)
//   runtime.errorString          "runtime error: " + text (divide, nil
//                                dereference, shifts, makeslice, hashing,
//                                comparing uncomparable types, ...)
//   runtime.plainError           text without prefix ("assignment to
//                                entry in nil map")
//   *runtime.TypeAssertionError  "interface conversion: ..." (Iface.h)
//
// Defer. A Go function with defer statements keeps a defer frame:
//
//   void *F = gs_defer_begin();        // first member is a jmp_buf
//   if (_setjmp(F) != 0) {             // (returns_twice) a panic was
//     gs_defer_return(F);              // recovered by one of F's
//     return <named results>;          // deferred calls: finish normally
//   }
//   ...
//   gs_defer_push(F, Thunk);           // each defer statement; Thunk is a
//   ...                                // closure with the arguments bound
//   gs_defer_return(F);                // every normal return
//   return <results>;
//
// gs_defer_return runs F's remaining deferred calls, last pushed first,
// and pops F. Named results must live in memory (they may be read after a
// longjmp and may be set by deferred closures). Frames form a stack (one
// goroutine); a function that panics leaves its frame for the panic to
// unwind.
//
// Panic. gs_panic records the panic and runs deferred calls, innermost
// frame first, LIFO within a frame; frames with no deferred calls left are
// popped (their functions never resume). When a deferred call that the
// panic ran returns after calling recover(), the panic stops: the runtime
// longjmps to that call's frame (its _setjmp returns 1) and the function
// returns normally. If no frame is left, the program prints
//
//   panic: <value>[ [recovered]]
//   [\tpanic: <value of a later panic raised while this one ran>]...
//   <blank line>
//   goroutine 1 [running]:
//   <Go function names, innermost first, each followed by "()">
//
// to stderr (stdout flushed first) and exits with status 2. Values print
// as gc's printpanicval: error values by their Error method, Stringers by
// String, strings raw, numbers and bools as print does, other named
// basic types as main.T(5) / main.S("x"), anything else as "(T) 0xADDR".
// A panic raised by a deferred call while an earlier panic runs replaces
// it (the earlier one is printed first; recovering the new one also ends
// the earlier ones whose deferred calls it unwound), as in gc.
//
// recover() returns the current panic's value and marks it recovered when
// it is called as gc allows: the panic is the newest one, not yet
// recovered, and the function X that calls recover was called directly by
// the deferred call the panic is running. gc compares argument pointers;
// goscape compares frames. Code generation passes X's frame to
// gs_recover as the address of X's return-address slot
// (llvm.addressofreturnaddress; on x86-64 the canonical frame address
// minus 8), and the runtime walks the stack from gs_recover to its own
// frame that called the panic's thunk: X's frame must be on that path and
// the frames between X and the runtime's frame must be the thunk alone,
// or the thunk and wrapper functions, which gc's wrappers are: they do
// not count (method wrappers of itabs, method values and method
// expressions, placed in the section `gs_wrappers`, which the runtime
// finds through the linker's __start_/__stop_ symbols). A runtime
// function pushed as a thunk may recover itself (no frame between).
// Otherwise (no panic, a deferred call run by a normal return, a function
// a deferred function calls, or the deferred function itself running
// recover() as `defer recover()`) recover returns nil.
//
// `defer recover()` in a function X recovers as if X called recover when
// the deferred call runs (gc evaluates recover's frame argument at the
// defer statement): its thunk passes X's frame, so it recovers only when
// X itself is a deferred call of the panic and returns normally.
//
// So that frames are what the Go source says, code generation (1) gives
// every Go function, thunk and wrapper the uwtable attribute and disables
// tail calls in them (a tail call would drop the caller's frame), (2)
// never inlines a function that calls recover() or defers it (gc never
// does either), and (3) marks the calls that thunks and wrappers make
// noinline, so a deferred function's frame is never merged into the
// thunk's. Where the unwinder cannot walk the frames, recover succeeds.
//
// Function names come from dladdr on the return addresses (backtrace):
// the executable must export its Go symbols (link with -rdynamic), Go
// functions must have external linkage to be named, and frames beyond the
// innermost Go function need unwind tables (uwtable); frames that cannot
// be named are skipped.
//
// gs_fatal is not a panic: "fatal error: <msg>", no deferred calls, exit 2.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_PANIC_H
#define GOSCAPE_RT_PANIC_H

#include "goscape-rt/Type.h"

namespace gs {

/// Starts a defer frame for the calling function and returns it. Its first
/// member is a jmp_buf that the caller must pass to _setjmp right away.
GS_RUNTIME void *gs_defer_begin();

/// Records a deferred call (a defer statement) in Frame: Thunk is a closure
/// taking no Go arguments and returning nothing, called with Thunk as its
/// context (Type.h's calling convention).
GS_RUNTIME void gs_defer_push(void *Frame, Closure *Thunk);

/// Runs Frame's remaining deferred calls, last pushed first, then pops
/// Frame (which must be the innermost frame). Called on every normal
/// return and after a recovered panic.
GS_RUNTIME void gs_defer_return(void *Frame);

/// Implements panic(v) for the interface{} value {T, Data} (T null for
/// panic(nil)). Does not return: ends in a recovering frame or the exit.
GS_RUNTIME [[noreturn]] void gs_panic(const Type *T, void *Data);

/// Implements recover() called by the function whose return-address slot
/// is at Frame: stores the value of the panic being recovered in *Out, or
/// {null, null} (see above).
GS_RUNTIME void gs_recover(Eface *Out, void *Frame);

/// The Frame argument of gs_recover for a C++ function that recovers
/// itself (a thunk of the runtime or of a test): the address of its
/// return-address slot, next to the saved frame pointer on x86-64.
#define GS_RECOVER_FRAME()                                                     \
  (static_cast<char *>(__builtin_frame_address(0)) + sizeof(void *))

/// Bounds-check failures, gc's boundsError codes.
enum BoundsCode : uint8_t {
  BoundsIndex,      ///< s[x]: x out of [0, len y)
  BoundsSliceAlen,  ///< s[?:x]: x > len y (strings, arrays)
  BoundsSliceAcap,  ///< s[?:x]: x > cap y (slices)
  BoundsSliceB,     ///< s[x:y]: x > y
  BoundsSlice3Alen, ///< s[?:?:x]: x > len y (arrays)
  BoundsSlice3Acap, ///< s[?:?:x]: x > cap y
  BoundsSlice3B,    ///< s[?:x:y]: x > y
  BoundsSlice3C,    ///< s[x:y:?]: x > y
  BoundsConvert,    ///< (*[x]T)(s): len(s) y < x
};

/// Panics with a runtime.boundsError: Code selects the message, X and Y
/// its numbers; XSigned says X has a signed type (a negative signed X uses
/// the short form "index out of range [-1]"; an unsigned X prints as
/// unsigned). E.g. code BoundsIndex, X 5, Y 3: "runtime error: index out
/// of range [5] with length 3".
GS_RUNTIME [[noreturn]] void gs_panic_bounds(uint8_t Code, int64_t X,
                                             bool XSigned, int64_t Y);

/// s[X] with len(s) == Len: "index out of range [X] with length Len" (X
/// signed).
GS_RUNTIME [[noreturn]] void gs_panic_index(int64_t X, int64_t Len);

/// s[:X] of a slice with cap Cap: "slice bounds out of range [:X] with
/// capacity Cap".
GS_RUNTIME [[noreturn]] void gs_panic_slice_acap(int64_t X, int64_t Cap);

/// s[:X] of a string or array of length Len: "slice bounds out of range
/// [:X] with length Len".
GS_RUNTIME [[noreturn]] void gs_panic_slice_alen(int64_t X, int64_t Len);

/// s[X:Y] with X > Y: "slice bounds out of range [X:Y]".
GS_RUNTIME [[noreturn]] void gs_panic_slice_b(int64_t X, int64_t Y);

/// "runtime error: integer divide by zero" (also %).
GS_RUNTIME [[noreturn]] void gs_panic_divide();

/// "runtime error: invalid memory address or nil pointer dereference".
GS_RUNTIME [[noreturn]] void gs_panic_nil();

/// "runtime error: negative shift amount".
GS_RUNTIME [[noreturn]] void gs_panic_shift();

/// Panics with a runtime.errorString: "runtime error: " Msg. Msg is gc's
/// text without the prefix, e.g. "hash of unhashable type []int"; it is
/// copied.
GS_RUNTIME [[noreturn]] void gs_panic_runtime_error(const char *Msg);

/// Panics with a runtime.plainError, whose text has no "runtime error: "
/// prefix: "assignment to entry in nil map". Msg is copied.
GS_RUNTIME [[noreturn]] void gs_panic_plain_error(const char *Msg);

/// Stops the program with "fatal error: " Msg, exit status 2. Not a panic:
/// deferred calls do not run and recover cannot stop it.
GS_RUNTIME [[noreturn]] void gs_fatal(const char *Msg);

/// The runtime's error types (see above), for tests and the stdlib.
GS_RUNTIME const Type gs_type_runtime_boundsError;
GS_RUNTIME const Type gs_type_runtime_errorString;
GS_RUNTIME const Type gs_type_runtime_plainError;
GS_RUNTIME const Type gs_type_runtime_TypeAssertionError_ptr;

} // namespace gs

#endif // GOSCAPE_RT_PANIC_H
