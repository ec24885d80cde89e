//===- Os.cpp - os.Exit, os.Environ ---------------------------------------===//
//
// See Os.h. os.Args is built by an ELF constructor, which glibc calls with
// (argc, argv, envp); it runs after the runtime's own initializer
// (priority 101, the heap). Environment strings are copied into the
// collected heap, as Go's os.Environ copies its environment snapshot.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Os.h"

#include "FmtInternal.h"
#include "goscape-rt/Alg.h"
#include "goscape-rt/Slice.h"
#include "goscape-rt/Start.h"

#include <cstring>

extern char **environ;

using namespace gs;

Slice gs::gs_os_Args;

[[gnu::constructor(110)]] static void initArgs(int Argc, char **Argv, char **) {
  auto *Elems = static_cast<String *>(
      gs_makeslice(&gs_type_string, intptr_t(Argc), intptr_t(Argc)));
  for (int I = 0; I < Argc; ++I)
    Elems[I] = String{reinterpret_cast<const uint8_t *>(Argv[I]),
                      intptr_t(std::strlen(Argv[I]))};
  gs_os_Args = Slice{Elems, Argc, Argc};
}

void gs::gs_os_Exit(intptr_t Code) { gs_exit(Code); }

void gs::gs_os_Environ(Slice *Out) {
  intptr_t N = 0;
  while (environ && environ[N])
    ++N;
  auto *Elems = static_cast<String *>(gs_makeslice(&gs_type_string, N, N));
  for (intptr_t I = 0; I < N; ++I)
    Elems[I] = fmt::makeString(environ[I]);
  *Out = Slice{Elems, N, N};
}
