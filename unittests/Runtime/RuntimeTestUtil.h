//===- RuntimeTestUtil.h - Running runtime code in a child process --*- C++ -*-===//
//
// Panics, exits and output end the process or write to its descriptors, so
// tests run such code in a forked child and compare its exit status,
// stdout and stderr exactly (death tests only match a regex on stderr).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_UNITTESTS_RUNTIME_RUNTIMETESTUTIL_H
#define GOSCAPE_UNITTESTS_RUNTIME_RUNTIMETESTUTIL_H

#include <functional>
#include <string>

namespace gs::test {

/// What a child process did.
struct ChildResult {
  int ExitCode; ///< exit status, or 128 + signal number
  std::string Out;
  std::string Err;
};

/// Runs Body in a forked child with stdout and stderr captured; the child
/// exits 0 if Body returns (after flushing the runtime's stdout buffer).
ChildResult runChild(const std::function<void()> &Body);

/// The part of a panic report before the function names: everything up to
/// and including "goroutine 1 [running]:\n".
std::string panicHead(const std::string &Err);

} // namespace gs::test

#endif // GOSCAPE_UNITTESTS_RUNTIME_RUNTIMETESTUTIL_H
