//===- Panic.h - Go panics and fatal errors ---------------------*- C++ -*-===//
//
// How the runtime stops a program, in gc's words.
//
//   panic     a Go panic; printed as
//               panic: <message>
//               <blank line>
//               goroutine 1 [running]:
//             then the process exits with status 2. Runtime errors (the
//             ones that satisfy runtime.Error and whose text starts with
//             "runtime error: ") and plain errors (such as "assignment to
//             entry in nil map", which gc prints without that prefix) have
//             separate entry points so callers pass gc's exact text.
//   fatal     an unrecoverable runtime failure ("fatal error: <message>",
//             exit status 2), e.g. a map written while being written.
//
// All output goes to stderr. Panics are not yet recoverable: defer/recover
// will route them through an unwinder later, without changing these
// signatures.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_PANIC_H
#define GOSCAPE_RT_PANIC_H

#include "goscape-rt/Runtime.h"

namespace gs {

/// Panics with a runtime error: prints "panic: runtime error: " Msg and the
/// goroutine header, exits 2. Msg is gc's text without the prefix, e.g.
/// "hash of unhashable type []int".
GS_RUNTIME [[noreturn]] void gs_panic_runtime_error(const char *Msg);

/// Panics with a plain runtime error whose text has no "runtime error: "
/// prefix: prints "panic: " Msg and the goroutine header, exits 2. Used
/// for "assignment to entry in nil map".
GS_RUNTIME [[noreturn]] void gs_panic_plain_error(const char *Msg);

/// Stops the program with "fatal error: " Msg, exit status 2. Not a panic:
/// deferred calls do not run and recover cannot stop it.
GS_RUNTIME [[noreturn]] void gs_fatal(const char *Msg);

} // namespace gs

#endif // GOSCAPE_RT_PANIC_H
