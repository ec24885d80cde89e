//===- MapInline.cpp - The inline map lookups as bitcode for Go code ------===//
//
// Not part of the runtime library: the build compiles this file to LLVM
// bitcode (goscape-map-inline.bc, unoptimized so the bodies survive as
// available_externally definitions), and code generation links the
// definitions Go code calls into each module it optimizes, so compiled Go
// programs inline the same probes as C++ callers of
// goscape-rt/MapInline.h. Each inline entry point is referenced below, which
// makes clang emit its body.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/MapInline.h"

namespace {

/// Takes the address of every inline entry point (kept by [[gnu::used]]).
[[gnu::used]] void *const InlineEntryPoints[] = {
    reinterpret_cast<void *>(&gs::gs_mapaccess1_fast32),
    reinterpret_cast<void *>(&gs::gs_mapaccess2_fast32),
    reinterpret_cast<void *>(&gs::gs_mapaccess1_fast64),
    reinterpret_cast<void *>(&gs::gs_mapaccess2_fast64),
};

} // namespace
