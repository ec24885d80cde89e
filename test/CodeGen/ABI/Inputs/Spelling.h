// Breaks the naming rules: GS_RUNTIME needs gs_, gs_ needs GS_RUNTIME.
#define GS_RUNTIME extern "C"

/// Declared with GS_RUNTIME but without the prefix.
GS_RUNTIME void runtime_init(void);

/// A gs_ function with C linkage spelled by hand.
extern "C" void gs_by_hand(void);
