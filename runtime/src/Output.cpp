//===- Output.cpp - Buffered stdout, unbuffered stderr, process exit ------===//
//
// One static 64 KiB buffer for stdout, written with write(2) when full, at
// exit and before anything goes to stderr. exitProcess is the runtime's
// single way out: flush, optional allocation statistics, _exit.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Output.h"

#include "Internal.h"
#include "goscape-rt/Alloc.h"

#include <gc/gc.h>

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace gs;

static constexpr size_t BufSize = 64 * 1024;
static uint8_t OutBuf[BufSize];
static size_t OutLen = 0;

/// Writes all N bytes to Fd, retrying EINTR and short writes; gives up on
/// any other error.
static void writeAll(int Fd, const uint8_t *P, size_t N) {
  while (N > 0) {
    ssize_t W = ::write(Fd, P, N);
    if (W < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    P += W;
    N -= size_t(W);
  }
}

void rt::initOutput() {
  // Program bytes, not pointers: scanning them would only cost time and
  // keep objects alive by accident.
  GC_exclude_static_roots(OutBuf, OutBuf + BufSize);
}

void gs::gs_flush_stdout() {
  if (OutLen == 0)
    return;
  size_t N = OutLen;
  OutLen = 0;
  writeAll(1, OutBuf, N);
}

void gs::gs_write_stdout(const uint8_t *P, intptr_t N) {
  if (N <= 0)
    return;
  size_t Len = size_t(N);
  if (OutLen + Len <= BufSize) {
    std::memcpy(OutBuf + OutLen, P, Len);
    OutLen += Len;
    return;
  }
  gs_flush_stdout();
  if (Len >= BufSize) {
    writeAll(1, P, Len);
    return;
  }
  std::memcpy(OutBuf, P, Len);
  OutLen = Len;
}

void gs::gs_write_stderr(const uint8_t *P, intptr_t N) {
  gs_flush_stdout();
  if (N > 0)
    writeAll(2, P, size_t(N));
}

void rt::writeStderr(const std::string &S) {
  gs_write_stderr(reinterpret_cast<const uint8_t *>(S.data()),
                  intptr_t(S.size()));
}

void rt::exitProcess(int Code) {
  gs_flush_stdout();
  if (Debug.Allocs) {
    AllocStats St;
    gs_alloc_stats(&St);
    char Line[96];
    int N = std::snprintf(Line, sizeof(Line),
                          "allocs: count=%" PRIu64 " bytes=%" PRIu64 "\n",
                          St.Count, St.Bytes);
    writeAll(2, reinterpret_cast<const uint8_t *>(Line), size_t(N));
  }
  std::_Exit(Code);
}
