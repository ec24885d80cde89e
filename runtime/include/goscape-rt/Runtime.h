//===- Runtime.h - Runtime ABI conventions ----------------------*- C++ -*-===//
//
// Conventions shared by every header of the goscape runtime.
//
// The runtime is plain C++20 linked into compiled Go programs. It never
// includes compiler headers; the compiler's view of the runtime ABI is
// generated from these headers, so every entry point is declared exactly
// once, marked GS_RUNTIME, with a doc comment saying what it does and how
// it fails.
//
// Entry points have C linkage and a gs_ prefix. The data structures they
// exchange live in namespace gs and mirror the layouts gc uses (a Go
// string is {Ptr, Len}, an empty interface is {Type, Data}, ...), so code
// generation can build them with plain loads and stores.
//
// Process state (heap, random source, GOSCAPEDEBUG settings) is set up by
// gs_runtime_init, which a static initializer in the runtime also runs, so
// calling it explicitly is optional and repeated calls are harmless.
// Compiled programs start with gs_runtime_start and end with gs_exit
// (Start.h).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_RUNTIME_H
#define GOSCAPE_RT_RUNTIME_H

/// Marks a runtime entry point: C linkage, declared once, in this directory.
#define GS_RUNTIME extern "C"

namespace gs {

/// Initialises the runtime: the garbage-collected heap (GC_INIT), the
/// random source behind fastrand, and the GOSCAPEDEBUG settings. Idempotent;
/// also run by a static initializer before main.
GS_RUNTIME void gs_runtime_init();

} // namespace gs

#endif // GOSCAPE_RT_RUNTIME_H
