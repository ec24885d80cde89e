// Breaks the ABI contract: structs and references by value.
#define GS_RUNTIME extern "C"
#include <cstdint>

struct String {
  const uint8_t *Ptr;
  intptr_t Len;
};

/// OK: a pointer to a struct.
GS_RUNTIME void gs_ok(const String *S);

/// A struct parameter by value.
GS_RUNTIME void gs_bad_param(int A, String S);

/// A struct result by value.
GS_RUNTIME String gs_bad_result(void);

/// A reference parameter.
GS_RUNTIME void gs_bad_ref(String &S);

/// A long double, which is no LLVM scalar of the ABI.
GS_RUNTIME void gs_bad_long_double(long double X);
