//===- MapPairBench.cpp - goscape vs absl int64 lookups, paired in time ---===//
//
// compare.py runs each benchmark for a fraction of a second in turn, so on
// a shared machine the goscape and absl rows of one round see different
// loads, and their ratio moves by 0.3-0.5 between rounds. This driver
// builds a goscape map[int64]int64 and an absl::flat_hash_map with the
// same keys (those of MapBench.cpp) in one process and alternates them in
// chunks of about 10^6 lookups; each chunk's goscape time is divided by the
// absl time of the chunk that follows it, so both sides of a ratio ran
// within a few milliseconds of each other. Times are the thread's CPU time.
// The goscape side calls the inline lookups of goscape-rt/MapInline.h with
// the descriptor's address and the map in registers, as compiled Go code
// does.
//
// Usage: map-pair-bench CHUNKS CASE...   where CASE is h<N> (lookups of
// the N present keys) or m<N> (N absent keys), e.g. `20 m1000 m1000000`.
// Prints, per case, goscape's and absl's median and fastest ns per lookup
// and the median and quartiles of the per-chunk ratios goscape/absl.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Alg.h"
#include "goscape-rt/Map.h"
#include "goscape-rt/MapInline.h"

#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "BenchKeys.h"

using namespace gs;

namespace {

using gsbench::MissOffset;
using gsbench::splitmix64;

/// A goscape map[int64]int64, passed by value so that the loop keeps the
/// descriptor and header pointers in registers.
struct GsMap {
  const MapType *T;
  Hmap *H;
  [[gnu::always_inline]] int64_t get(int64_t K) const {
    return *static_cast<int64_t *>(gs_mapaccess1_fast64(T, H, uint64_t(K)));
  }
};

/// absl::flat_hash_map<int64_t, int64_t> with the same interface.
struct AbslMap {
  const absl::flat_hash_map<int64_t, int64_t> *M;
  [[gnu::always_inline]] int64_t get(int64_t K) const {
    auto It = M->find(K);
    return It == M->end() ? 0 : It->second;
  }
};

/// Looks up Keys[0..N) Reps times; returns the sum of the elements found.
template <class M>
[[gnu::noinline]] int64_t probe(M Map, const int64_t *Keys, size_t N,
                                size_t Reps) {
  int64_t S = 0;
  for (size_t R = 0; R < Reps; ++R)
    for (size_t I = 0; I < N; ++I)
      S += Map.get(Keys[I]);
  return S;
}

/// CPU time of this thread in nanoseconds.
double threadNs() {
  timespec T;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &T);
  return double(T.tv_sec) * 1e9 + double(T.tv_nsec);
}

/// The element at quantile Q of the sorted V.
double quantile(std::vector<double> V, double Q) {
  std::sort(V.begin(), V.end());
  return V[size_t(Q * double(V.size() - 1) + 0.5)];
}

/// Runs one case: Chunks alternations over the present (Hit) or absent
/// keys of a map with N entries.
void runCase(const MapType *T, int Chunks, bool Hit, size_t N) {
  std::vector<int64_t> Present(N), Absent(N);
  for (size_t I = 0; I < N; ++I) {
    Present[I] = int64_t(splitmix64(I));
    Absent[I] = int64_t(splitmix64(I + MissOffset));
  }
  absl::flat_hash_map<int64_t, int64_t> A;
  GsMap G{T, gs_makemap_small()};
  for (size_t I = 0; I < N; ++I) {
    A[Present[I]] = int64_t(I);
    *static_cast<int64_t *>(gs_mapassign_fast64(T, G.H, Present[I])) =
        int64_t(I);
  }
  const int64_t *Keys = (Hit ? Present : Absent).data();
  size_t Reps = std::max<size_t>(1, 1000000 / N);
  double PerChunk = double(N * Reps);
  std::vector<double> Gs, Ab, Ratio;
  volatile int64_t Sink = 0;
  for (int C = 0; C < Chunks; ++C) {
    double T0 = threadNs();
    Sink = Sink + probe(G, Keys, N, Reps);
    double T1 = threadNs();
    Sink = Sink + probe(AbslMap{&A}, Keys, N, Reps);
    double T2 = threadNs();
    Gs.push_back((T1 - T0) / PerChunk);
    Ab.push_back((T2 - T1) / PerChunk);
    Ratio.push_back((T1 - T0) / (T2 - T1));
  }
  std::printf("%-4s %8zu  goscape %6.2f ns (min %6.2f)  absl %6.2f ns (min "
              "%6.2f)  goscape/absl median %.2f, quartiles %.2f-%.2f\n",
              Hit ? "hit" : "miss", N, quantile(Gs, 0.5), quantile(Gs, 0),
              quantile(Ab, 0.5), quantile(Ab, 0), quantile(Ratio, 0.5),
              quantile(Ratio, 0.25), quantile(Ratio, 0.75));
}

} // namespace

int main(int Argc, char **Argv) {
  int Chunks = Argc > 1 ? std::atoi(Argv[1]) : 0;
  if (Chunks < 1 || Argc < 3) {
    std::fprintf(stderr, "usage: %s CHUNKS {h|m}N...\n", Argv[0]);
    return 2;
  }
  MapType T;
  gs_maptype_init(&T, &gs_type_int64, &gs_type_int64);
  for (int I = 2; I < Argc; ++I) {
    char Kind = Argv[I][0];
    long N = std::atol(Argv[I] + 1);
    if ((Kind != 'h' && Kind != 'm') || N < 1) {
      std::fprintf(stderr, "bad case '%s': want h<N> or m<N>\n", Argv[I]);
      return 2;
    }
    runCase(&T, Chunks, Kind == 'h', size_t(N));
  }
  return 0;
}
