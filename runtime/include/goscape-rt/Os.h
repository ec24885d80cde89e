//===- Os.h - Package os ----------------------------------------*- C++ -*-===//
//
// The modelled part of package os that runs: the variable Args and the
// functions Exit and Environ.
//
// os.Args is the runtime variable gs_os_Args (a []string header): compiled
// code reads and assigns it like any package variable. It is filled from
// the process's argv by a static initializer that runs before main (after
// the heap is set up), so it holds the command line even before
// gs_runtime_start; its strings point into argv.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_OS_H
#define GOSCAPE_RT_OS_H

#include "goscape-rt/Type.h"

namespace gs {

/// The os.Args variable: the command line, argv[0] first.
GS_RUNTIME Slice gs_os_Args;

/// os.Exit(code): flushes stdout and ends the process with status Code
/// without running deferred calls (gs_exit, Start.h).
GS_RUNTIME [[noreturn]] void gs_os_Exit(intptr_t Code);

/// os.Environ(): *Out = a new []string of "key=value" entries, in the
/// order of the process environment (len == cap).
GS_RUNTIME void gs_os_Environ(Slice *Out);

} // namespace gs

#endif // GOSCAPE_RT_OS_H
