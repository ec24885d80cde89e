//===- MapGrowDemo.cpp - Grow one map, for growth traces ------------------===//
//
// Inserts N (argv[1], default 2000) int64 keys into one map, so the trace's
// count is the number of inserts so far. Run with
// GOSCAPEDEBUG=mapgrow=1 and feed stderr to runtime/tools/mapgrow_svg.py.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Alg.h"
#include "goscape-rt/Map.h"

#include <cstdlib>

using namespace gs;

int main(int Argc, char **Argv) {
  int64_t N = Argc > 1 ? std::atoll(Argv[1]) : 2000;
  MapType T;
  gs_maptype_init(&T, &gs_type_int64, &gs_type_int64);
  Hmap *H = gs_makemap_small();
  for (int64_t I = 0; I < N; ++I)
    *static_cast<int64_t *>(gs_mapassign_fast64(&T, H, uint64_t(I))) = I;
  return gs_maplen(H) > 0 ? 0 : 1;
}
