//===- Internal.h - Runtime-private helpers ---------------------*- C++ -*-===//
//
// Declarations shared by the runtime's sources and not part of the ABI:
// the inline hash kernel of byte strings (the exported gs_memhash* and
// gs_strhash are thin wrappers over it and over goscape-rt/MapHash.h's word
// hashes, which is what lets fast-path and generic entry points agree on
// every hash), and the GOSCAPEDEBUG settings.
//
// GOSCAPEDEBUG is a comma-separated list of name=value pairs read once at
// start-up, like Go's GODEBUG. Known names:
//   mapgrow=1   trace map growth to stderr (see Map.cpp, traceGrow).
//   allocs=1    print the heap allocation statistics at exit (Alloc.h).
//
// Also: the runtime's internal allocation (not counted in the statistics),
// the single exit path, number formatting shared by print and the panic
// printer, and constructors of runtime error panics.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_SRC_INTERNAL_H
#define GOSCAPE_RT_SRC_INTERNAL_H

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "goscape-rt/MapHash.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace gs {
struct String;
struct Type;
} // namespace gs

namespace gs::rt {

/// Hashes Len bytes at P, the kernel of gs_memhash and gs_strhash: XXH3,
/// except that 4 and 8 bytes go through hashU32/hashU64 so that memory
/// hashes of those sizes agree with the map fast paths' key hashes.
/// Always inlined: as a call it costs string map lookups ~10% in calls and
/// register saves.
[[gnu::always_inline]] static inline uint64_t
hashBytes(const void *P, size_t Len, uint64_t Seed) {
  if (Len <= 8) {
    if (Len == 8) {
      uint64_t V;
      std::memcpy(&V, P, 8);
      return hashU64(V, Seed);
    }
    if (Len == 4) {
      uint32_t V;
      std::memcpy(&V, P, 4);
      return hashU32(V, Seed);
    }
  }
  // The statement attribute inlines XXH3's dispatch and its paths for up
  // to 128 bytes (its longer paths stay calls inside the library code).
  [[clang::always_inline]] return XXH3_64bits_withSeed(P, Len, Seed);
}

/// Settings parsed from GOSCAPEDEBUG.
struct DebugSettings {
  int MapGrow = 0;
  int Allocs = 0;
};
extern DebugSettings Debug;

/// Go's maximum allocation on linux/amd64 (1 << 48 bytes).
constexpr uintptr_t MaxAllocSize = uintptr_t(1) << 48;

/// Allocates Size bytes of Go memory, counted in the statistics: scanned
/// (zeroed) when Scan, else pointer-free and zeroed only when Zero. Size 0
/// gives gs_zerobase.
void *allocGo(size_t Size, bool Scan, bool Zero);

/// Allocates zeroed memory for the runtime's own bookkeeping (defer
/// frames, panic records, error texts): collected, scanned when Scan, and
/// NOT counted in the statistics.
void *allocInternal(size_t Size, bool Scan);

/// Copies Len bytes into a new uncounted pointer-free block; for texts the
/// runtime creates (error messages).
const uint8_t *copyBytes(const char *P, size_t Len);

/// True if P points into the current thread's stack.
bool onStack(const void *P);

/// Flushes stdout, prints the GOSCAPEDEBUG=allocs line if enabled, exits
/// the process with Code. The only way the runtime ends a program.
[[noreturn]] void exitProcess(int Code);

/// Writes a string to stderr (flushing stdout first, see Output.h).
void writeStderr(const std::string &S);

/// Number formatting of gc's print builtin, appended to S.
void appendInt(std::string &S, int64_t V);
void appendUint(std::string &S, uint64_t V);
void appendHex(std::string &S, uint64_t V);
void appendFloat(std::string &S, double V);
void appendComplex(std::string &S, double Re, double Im);

/// Copies Text into a collected String, the payload of a runtime error
/// value. Panics longjmp past their callers' frames without running
/// destructors, so code builds a message with std::string in a statement
/// of its own, boxes it here, and only then panics with panicWith.
String *gcText(const std::string &Text);

/// Panics with the runtime error type T (Panic.h) whose Error text is Text.
[[noreturn]] void panicWith(const Type *T, String *Text);

/// Panics with a runtime.errorString whose Error text is the literal Text
/// (already including "runtime error: ").
[[noreturn]] void panicErrorString(const char *Text);

/// The last hardware fault turned into a panic (Signal.cpp). Pending is
/// set when its panic starts and cleared when a panic is recovered.
struct SignalInfo {
  int Sig = 0;
  int Code = 0;
  uintptr_t Addr = 0;
  uintptr_t PC = 0;
  bool Pending = false;
};
extern SignalInfo LastSignal;

/// Panics with the nil-dereference runtime error, leaving LastSignal as
/// it is (Panic.cpp).
[[noreturn]] void panicNil();

/// Installs the fault handlers and raises the stack limit (Signal.cpp).
void initSignals();

/// Appends gc's "[signal ...]" line for LastSignal.
void appendSignal(std::string &S);

void initHeap();
/// Keeps the collector from scanning the stdout buffer (Output.cpp).
void initOutput();
void initRandom();
void initDebug();

} // namespace gs::rt

#endif // GOSCAPE_RT_SRC_INTERNAL_H
