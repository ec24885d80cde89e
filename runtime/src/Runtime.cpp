//===- Runtime.cpp - Runtime start-up and GOSCAPEDEBUG --------------------===//
//
// gs_runtime_init runs once, from a high-priority static initializer in
// every runtime object file that needs it (so the first Go allocation or
// random number already sees an initialised runtime), or explicitly.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Runtime.h"

#include "Internal.h"

#include <cstdlib>
#include <cstring>

using namespace gs;

rt::DebugSettings rt::Debug;

void rt::initDebug() {
  const char *Env = std::getenv("GOSCAPEDEBUG");
  if (!Env)
    return;
  // name=value[,name=value]...; unknown names are ignored, as in GODEBUG.
  while (*Env) {
    const char *End = std::strchr(Env, ',');
    size_t Len = End ? size_t(End - Env) : std::strlen(Env);
    const char *Eq = static_cast<const char *>(std::memchr(Env, '=', Len));
    if (Eq && size_t(Eq - Env) == 7 && std::memcmp(Env, "mapgrow", 7) == 0)
      rt::Debug.MapGrow = std::atoi(Eq + 1);
    Env += Len;
    if (*Env == ',')
      ++Env;
  }
}

void gs::gs_runtime_init() {
  static bool Done = false;
  if (Done)
    return;
  Done = true;
  rt::initHeap();
  rt::initRandom();
  rt::initDebug();
}
