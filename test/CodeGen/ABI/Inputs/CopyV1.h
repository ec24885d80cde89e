// Version 1 of a runtime function's declaration.
#define GS_RUNTIME extern "C"
#include <cstdint>

/// Copies N bytes from Src to Dst.
GS_RUNTIME void gs_fixture_copy(void *Dst, const void *Src, intptr_t N);
