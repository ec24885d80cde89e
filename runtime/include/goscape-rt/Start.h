//===- Start.h - Program start, os.Args, exit -------------------*- C++ -*-===//
//
// The life cycle of a compiled program. Code generation emits the C entry
// point:
//
//   int main(int argc, char **argv) {
//     gs_runtime_start(argc, argv);   // heap, random source, os.Args
//     <package initializer>();
//     main.main();
//     gs_exit(0);                      // flush stdout, exit status 0
//   }
//
// gs_exit is also os.Exit: it does not run deferred calls. Every way out of
// the process the runtime takes (gs_exit, an unrecovered panic, gs_fatal)
// flushes stdout first and, with GOSCAPEDEBUG=allocs=1, prints the heap
// allocation statistics (see Alloc.h) to stderr as its last line.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_START_H
#define GOSCAPE_RT_START_H

#include "goscape-rt/Type.h"

namespace gs {

/// Starts the runtime for a program: gs_runtime_init (heap, random source),
/// reads GOSCAPEDEBUG (again, if init already ran), records argc/argv for
/// os.Args, installs the handlers that turn memory faults and integer
/// division faults into Go panics (nil dereference, divide by zero) and
/// stack exhaustion into "fatal error: stack overflow", and sets the soft
/// stack limit to gc's 1 GiB maximum stack (or the hard limit if lower). argv must stay valid
/// for the life of the process (main's argv does).
GS_RUNTIME void gs_runtime_start(int Argc, char **Argv);

/// Stores os.Args (a []string of the command line, argv[0] first) in *Out.
/// The slice is built on the first call and the same one is returned by
/// every later call, so the stdlib may use it as the os.Args variable; its
/// strings point into argv. Empty (nil) before gs_runtime_start.
GS_RUNTIME void gs_os_args(Slice *Out);

/// Ends the process with status Code: flushes stdout, prints the
/// GOSCAPEDEBUG=allocs line if enabled, and exits without running deferred
/// calls (os.Exit's semantics; also the normal end of main.main with 0).
GS_RUNTIME [[noreturn]] void gs_exit(intptr_t Code);

} // namespace gs

#endif // GOSCAPE_RT_START_H
