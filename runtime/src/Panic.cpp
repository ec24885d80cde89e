//===- Panic.cpp - Go panics and fatal errors -----------------------------===//
//
// Prints gc's panic and fatal-error formats and exits with status 2. Output
// is flushed first so a program's own buffered output comes before the
// panic, as with gc (whose os.Stdout is unbuffered).
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Panic.h"

#include <cstdio>
#include <cstdlib>

using namespace gs;

[[noreturn]] static void die(const char *Head, const char *Prefix,
                             const char *Msg, bool Goroutine) {
  std::fflush(stdout);
  std::fprintf(stderr, "%s%s%s\n", Head, Prefix, Msg);
  if (Goroutine)
    std::fprintf(stderr, "\ngoroutine 1 [running]:\n");
  std::fflush(stderr);
  std::_Exit(2);
}

void gs::gs_panic_runtime_error(const char *Msg) {
  die("panic: ", "runtime error: ", Msg, true);
}

void gs::gs_panic_plain_error(const char *Msg) {
  die("panic: ", "", Msg, true);
}

void gs::gs_fatal(const char *Msg) { die("fatal error: ", "", Msg, true); }
