// A miniature runtime header for the goscape-abigen tests.
#ifndef FIXTURE_H
#define FIXTURE_H

#include <cstddef>
#include <cstdint>

#define GS_RUNTIME extern "C"

namespace fx {

/// A record the ABI passes only by pointer.
struct Pair {
  void *A;
  intptr_t B;
};

/// Copies N bytes from Src to Dst.
GS_RUNTIME void gs_fixture_copy(void *Dst, intptr_t N);

/// Compares two pairs.
GS_RUNTIME bool gs_fixture_equal(const Pair *A, const Pair *B);

/// Narrow integers: clang extends them as the target requires.
GS_RUNTIME int8_t gs_fixture_narrow(uint8_t U8, int16_t S16, uint16_t U16,
                                    int32_t S32, uint64_t U64);

/// Floating point, an unnamed parameter and a function pointer.
GS_RUNTIME double gs_fixture_float(float, double D, void (*Callback)(void));

/// Never returns.
GS_RUNTIME [[noreturn]] void gs_fixture_fail(const char *Msg);

/// Returns twice, as _setjmp does.
GS_RUNTIME __attribute__((returns_twice)) int gs_fixture_setjmp(void *Frame);

/// A printf-like entry point.
GS_RUNTIME void gs_fixture_printf(const char *Format, ...);

/// Writes a pair through an out-pointer first parameter.
GS_RUNTIME void gs_fixture_make(Pair *Out, void *A, intptr_t B);

/// A runtime variable.
GS_RUNTIME const Pair gs_fixture_pair;

/// Not an entry point: C++ linkage.
void gs_fixture_helper(Pair P);

/// Not an entry point: C linkage without the gs_ prefix or GS_RUNTIME.
extern "C" int fixture_plain(Pair *P);

} // namespace fx

#endif // FIXTURE_H
