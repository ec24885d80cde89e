//===- Runtime.cpp - Runtime start-up, GOSCAPEDEBUG, os.Args, exit --------===//
//
// gs_runtime_init runs once, from a high-priority static initializer in
// every runtime object file that needs it (so the first Go allocation or
// random number already sees an initialised runtime), or explicitly.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Runtime.h"

#include "goscape-rt/Alloc.h"
#include "goscape-rt/Start.h"

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
    if (Eq && size_t(Eq - Env) == 6 && std::memcmp(Env, "allocs", 6) == 0)
      rt::Debug.Allocs = std::atoi(Eq + 1);
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
  rt::initOutput();
  rt::initRandom();
  rt::initDebug();
}

// os.Args: argv as recorded by gs_runtime_start, and the []string built
// from it on first use (a static, so the collector sees it).
static int Argc = 0;
static char **Argv = nullptr;
static Slice OsArgs;

void gs::gs_runtime_start(int ArgCount, char **ArgVector) {
  gs_runtime_init();
  rt::initDebug(); // again: the environment may have changed since init
  rt::initSignals();
  Argc = ArgCount;
  Argv = ArgVector;
  OsArgs = Slice{};
}

void gs::gs_os_args(Slice *Out) {
  if (!OsArgs.Ptr && Argc > 0) {
    auto *Strs = static_cast<String *>(gs_alloc(sizeof(String) * size_t(Argc)));
    for (int I = 0; I < Argc; ++I)
      Strs[I] = String{reinterpret_cast<const uint8_t *>(Argv[I]),
                       intptr_t(std::strlen(Argv[I]))};
    OsArgs = Slice{Strs, Argc, Argc};
  }
  *Out = OsArgs;
}

void gs::gs_exit(intptr_t Code) { rt::exitProcess(int(Code)); }
