//===- Output.h - Buffered stdout, unbuffered stderr ------------*- C++ -*-===//
//
// The runtime's two output streams.
//
//   stdout  one process-wide buffer (64 KiB). Everything a Go program
//           writes to standard output (fmt.Print*, os.Stdout) goes through
//           gs_write_stdout. The buffer is flushed when it fills, at exit
//           (gs_exit, the end of a panic, os.Exit, gs_fatal), and before
//           any write to stderr, so the two streams interleave exactly as
//           gc's unbuffered os.Stdout/os.Stderr do.
//   stderr  unbuffered: print/println, panic messages, GOSCAPEDEBUG traces.
//
// Write errors (EPIPE, a closed descriptor) are ignored, as Go ignores a
// failed write whose error the program does not check; EINTR and short
// writes are retried.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_OUTPUT_H
#define GOSCAPE_RT_OUTPUT_H

#include "goscape-rt/Runtime.h"

#include <cstdint>

namespace gs {

/// Appends N bytes at P to the stdout buffer (writing the buffer out when
/// it fills; writes larger than the buffer go straight to file descriptor
/// 1 after the buffer is flushed). N may be 0.
GS_RUNTIME void gs_write_stdout(const uint8_t *P, intptr_t N);

/// Writes N bytes at P to stderr (file descriptor 2) now, after flushing
/// the stdout buffer if it holds anything.
GS_RUNTIME void gs_write_stderr(const uint8_t *P, intptr_t N);

/// Writes out whatever the stdout buffer holds.
GS_RUNTIME void gs_flush_stdout();

} // namespace gs

#endif // GOSCAPE_RT_OUTPUT_H
