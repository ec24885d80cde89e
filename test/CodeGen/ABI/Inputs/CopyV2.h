// Version 2: the same function gained a parameter.
#define GS_RUNTIME extern "C"
#include <cstdint>

/// Copies N elements of Size bytes from Src to Dst.
GS_RUNTIME void gs_fixture_copy(void *Dst, const void *Src, intptr_t N,
                                intptr_t Size);
