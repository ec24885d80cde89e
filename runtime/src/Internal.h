//===- Internal.h - Runtime-private helpers ---------------------*- C++ -*-===//
//
// Declarations shared by the runtime's sources and not part of the ABI:
// the inline hash kernels the map fast paths need (the exported gs_memhash*
// and gs_strhash are thin wrappers over the same kernels, which is what lets
// fast-path and generic entry points agree on every hash), and the
// GOSCAPEDEBUG settings.
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

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace gs {
struct String;
struct Type;
} // namespace gs

namespace gs::rt {

/// The 128-bit product of A and B folded to 64 bits by xor of its halves:
/// the mixing step of absl::Hash and wyhash.
static inline uint64_t mulFold(uint64_t A, uint64_t B) {
  unsigned __int128 Prod = static_cast<unsigned __int128>(A) * B;
  return uint64_t(Prod) ^ uint64_t(Prod >> 64);
}

/// Odd constants (digits of pi) that keep 4- and 8-byte keys apart and make
/// a zero seed and a zero key mix like any other.
constexpr uint64_t HashMul1 = 0x243f6a8885a308d3ull;
constexpr uint64_t HashMul2 = 0x082efa98ec4e6c89ull;
constexpr uint64_t HashK8 = 0x13198a2e03707345ull;
constexpr uint64_t HashK4 = 0xa4093822299f31d1ull;

/// Hashes V, already combined with its key-size constant: two multiply-folds
/// (as wyhash finishes short inputs), the seed xored into the first
/// multiplicand, so each map's random seed selects a different function.
/// One fold alone (absl::Hash's integer mix) leaves keys that differ only
/// in their top 12-16 bits visibly unevenly spread over buckets and tophash
/// values; two are as even as XXH3 on sequential, strided, high-bit and
/// random keys (chi-square per bucket and per tophash value within 8% of a
/// random function's, 8 seeds, 2^6 to 2^16 buckets at load factor 6.5).
static inline uint64_t hashWord(uint64_t V, uint64_t Seed) {
  return mulFold(mulFold(V ^ Seed, HashMul1), HashMul2);
}

/// Hashes an 8-byte key. XXH3's 8-byte path costs about twice the
/// instructions (a seed-derivation chain, rotations and two dependent
/// multiplies plus shifts); map lookups of int64 keys spend most of their
/// time hashing.
static inline uint64_t hashU64(uint64_t V, uint64_t Seed) {
  return hashWord(V ^ HashK8, Seed);
}

/// Hashes a 4-byte key; a different constant than hashU64 keeps a 4-byte
/// string from colliding with its zero extension.
static inline uint64_t hashU32(uint32_t V, uint64_t Seed) {
  return hashWord(uint64_t(V) ^ HashK4, Seed);
}

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
