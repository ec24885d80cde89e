//===- MapBench.cpp - goscape maps vs std::unordered_map and absl ---------===//
//
// Google Benchmark suite for the map runtime, run by compare.py beside Go
// 1.19's own map (bench/go/maps_test.go does the same work in Go).
//
// Every benchmark is named BM_<Op>/<impl>/<key>/<N> and one iteration
// performs N operations, so time per iteration / N is the cost of one
// operation (compare.py divides):
//   InsertNoHint  build a map of N entries from empty, no size hint
//   InsertHint    the same with the hint N (make(map, N) / reserve)
//   LookupHit     look up all N present keys
//   LookupMiss    look up N absent keys
//   Delete        delete all N keys (the map is rebuilt untimed)
//   Iterate       visit all N entries
// Keys: int64 (splitmix64 of the index) and 17-byte strings ("k" + 16 hex
// digits of the same), identical to the Go side. String keys are views of
// bytes owned by the benchmark in all implementations (a Go string header,
// std::string_view), so no implementation copies key bytes. goscape calls
// its ABI entry points (_fast64, _faststr) as compiled Go code would, with
// the inline halves of the int64 lookups from goscape-rt/MapInline.h that
// code generation links into Go programs at -O1/-O2.
//
// CPU time is the process's (all threads, so collector work included),
// as the Go side's cpu-ns/op; compare.py uses it by default because the
// wall time of a shared machine depends on its other load.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Alg.h"
#include "goscape-rt/Map.h"
#include "goscape-rt/MapInline.h"

#include <absl/container/flat_hash_map.h>
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "BenchKeys.h"

using namespace gs;

namespace {

using gsbench::MissOffset;
using gsbench::splitmix64;

/// Keys 0..N-1 (present) and MissOffset.. (absent), in both forms.
struct Keys {
  std::vector<int64_t> Ints, MissInts;
  std::vector<std::string> Strs, MissStrs;
  std::vector<String> GoStrs, GoMissStrs;
  std::vector<std::string_view> Views, MissViews;

  explicit Keys(size_t N) {
    auto Str = [](uint64_t V) {
      char Buf[32];
      std::snprintf(Buf, sizeof(Buf), "k%016llx", (unsigned long long)V);
      return std::string(Buf);
    };
    for (size_t I = 0; I < N; ++I) {
      Ints.push_back(int64_t(splitmix64(I)));
      MissInts.push_back(int64_t(splitmix64(I + MissOffset)));
      Strs.push_back(Str(splitmix64(I)));
      MissStrs.push_back(Str(splitmix64(I + MissOffset)));
    }
    for (size_t I = 0; I < N; ++I) {
      GoStrs.push_back({reinterpret_cast<const uint8_t *>(Strs[I].data()),
                        intptr_t(Strs[I].size())});
      GoMissStrs.push_back(
          {reinterpret_cast<const uint8_t *>(MissStrs[I].data()),
           intptr_t(MissStrs[I].size())});
      Views.push_back(Strs[I]);
      MissViews.push_back(MissStrs[I]);
    }
  }
};

const Keys &keys(size_t N) {
  static std::unordered_map<size_t, Keys> Cache;
  auto It = Cache.find(N);
  if (It == Cache.end())
    It = Cache.emplace(N, Keys(N)).first;
  return It->second;
}

//===----------------------------------------------------------------------===//
// Adapters: one per implementation and key type.
//===----------------------------------------------------------------------===//

const MapType &gsInt() {
  static MapType T = [] {
    MapType M;
    gs_maptype_init(&M, &gs_type_int64, &gs_type_int64);
    return M;
  }();
  return T;
}

const MapType &gsStr() {
  static MapType T = [] {
    MapType M;
    gs_maptype_init(&M, &gs_type_string, &gs_type_int64);
    return M;
  }();
  return T;
}

/// goscape map[int64]int64. The Hmap pointer lives in this object, which
/// the benchmarks keep on the stack (a GC root). The descriptor's address
/// is held in a member, as compiled Go code passes the address of a global
/// (no static-initialization guard per call).
struct GsInt {
  const MapType *T = &gsInt();
  Hmap *H;
  explicit GsInt(size_t Hint)
      : H(Hint ? gs_makemap(T, int64_t(Hint), nullptr, nullptr)
               : gs_makemap_small()) {}
  static const std::vector<int64_t> &present(const Keys &K) { return K.Ints; }
  static const std::vector<int64_t> &absent(const Keys &K) {
    return K.MissInts;
  }
  void put(int64_t K, int64_t V) {
    *static_cast<int64_t *>(gs_mapassign_fast64(T, H, uint64_t(K))) = V;
  }
  int64_t get(int64_t K) {
    return *static_cast<int64_t *>(gs_mapaccess1_fast64(T, H, uint64_t(K)));
  }
  void del(int64_t K) { gs_mapdelete_fast64(T, H, uint64_t(K)); }
  int64_t sum() {
    int64_t S = 0;
    Hiter It;
    for (gs_mapiterinit(T, H, &It); It.Key; gs_mapiternext(&It))
      S += *static_cast<int64_t *>(It.Elem);
    return S;
  }
};

/// goscape map[string]int64, as GsInt.
struct GsStr {
  const MapType *T = &gsStr();
  Hmap *H;
  explicit GsStr(size_t Hint)
      : H(Hint ? gs_makemap(T, int64_t(Hint), nullptr, nullptr)
               : gs_makemap_small()) {}
  static const std::vector<String> &present(const Keys &K) { return K.GoStrs; }
  static const std::vector<String> &absent(const Keys &K) {
    return K.GoMissStrs;
  }
  void put(String K, int64_t V) {
    *static_cast<int64_t *>(gs_mapassign_faststr(T, H, K.Ptr, K.Len)) = V;
  }
  int64_t get(String K) {
    return *static_cast<int64_t *>(gs_mapaccess1_faststr(T, H, K.Ptr, K.Len));
  }
  void del(String K) { gs_mapdelete_faststr(T, H, K.Ptr, K.Len); }
  int64_t sum() {
    int64_t S = 0;
    Hiter It;
    for (gs_mapiterinit(T, H, &It); It.Key; gs_mapiternext(&It))
      S += *static_cast<int64_t *>(It.Elem);
    return S;
  }
};

/// std::unordered_map / absl::flat_hash_map with the same interface.
template <class Map, bool StrKeys> struct Std {
  Map M;
  explicit Std(size_t Hint) {
    if (Hint)
      M.reserve(Hint);
  }
  static const auto &present(const Keys &K) {
    if constexpr (StrKeys)
      return K.Views;
    else
      return K.Ints;
  }
  static const auto &absent(const Keys &K) {
    if constexpr (StrKeys)
      return K.MissViews;
    else
      return K.MissInts;
  }
  template <class Key> void put(const Key &K, int64_t V) { M[K] = V; }
  template <class Key> int64_t get(const Key &K) {
    auto It = M.find(K);
    return It == M.end() ? 0 : It->second;
  }
  template <class Key> void del(const Key &K) { M.erase(K); }
  int64_t sum() {
    int64_t S = 0;
    for (auto &KV : M)
      S += KV.second;
    return S;
  }
};

using StdInt = Std<std::unordered_map<int64_t, int64_t>, false>;
using StdStr = Std<std::unordered_map<std::string_view, int64_t>, true>;
using AbslInt = Std<absl::flat_hash_map<int64_t, int64_t>, false>;
using AbslStr = Std<absl::flat_hash_map<std::string_view, int64_t>, true>;

//===----------------------------------------------------------------------===//
// Benchmarks
//===----------------------------------------------------------------------===//

template <class M> void insert(benchmark::State &St, bool Hint) {
  size_t N = size_t(St.range(0));
  const auto &Ks = M::present(keys(N));
  for (auto _ : St) {
    M Map(Hint ? N : 0);
    for (size_t I = 0; I < N; ++I)
      Map.put(Ks[I], int64_t(I));
    benchmark::DoNotOptimize(&Map);
  }
}

template <class M> void BM_InsertNoHint(benchmark::State &St) {
  insert<M>(St, false);
}
template <class M> void BM_InsertHint(benchmark::State &St) {
  insert<M>(St, true);
}

template <class M> void lookup(benchmark::State &St, bool Hit) {
  size_t N = size_t(St.range(0));
  const Keys &K = keys(N);
  M Map(0);
  for (size_t I = 0; I < N; ++I)
    Map.put(M::present(K)[I], int64_t(I));
  // The probe keys and the sum are locals whose addresses never escape, as
  // a compiled Go loop keeps a slice and an accumulator in registers: with
  // the vector itself, or the sum passed to DoNotOptimize by reference, the
  // compiler reloads the keys' address and stores the sum on every lookup
  // whose inline body may call the runtime.
  const auto *Probe = (Hit ? M::present(K) : M::absent(K)).data();
  for (auto _ : St) {
    int64_t S = 0;
    for (size_t I = 0; I < N; ++I)
      S += Map.get(Probe[I]);
    int64_t Result = S;
    benchmark::DoNotOptimize(Result);
  }
}

template <class M> void BM_LookupHit(benchmark::State &St) {
  lookup<M>(St, true);
}
template <class M> void BM_LookupMiss(benchmark::State &St) {
  lookup<M>(St, false);
}

template <class M> void BM_Delete(benchmark::State &St) {
  size_t N = size_t(St.range(0));
  const auto &Ks = M::present(keys(N));
  for (auto _ : St) {
    St.PauseTiming();
    M Map(0);
    for (size_t I = 0; I < N; ++I)
      Map.put(Ks[I], int64_t(I));
    St.ResumeTiming();
    for (size_t I = 0; I < N; ++I)
      Map.del(Ks[I]);
    benchmark::DoNotOptimize(&Map);
  }
}

template <class M> void BM_Iterate(benchmark::State &St) {
  size_t N = size_t(St.range(0));
  const auto &Ks = M::present(keys(N));
  M Map(0);
  for (size_t I = 0; I < N; ++I)
    Map.put(Ks[I], int64_t(I));
  for (auto _ : St)
    benchmark::DoNotOptimize(Map.sum());
}

#define GS_BENCH_ONE(Op, Impl, Label)                                          \
  BENCHMARK_TEMPLATE(BM_##Op, Impl)                                            \
      ->Name("BM_" #Op "/" Label)                                              \
      ->Arg(1000)                                                              \
      ->Arg(100000)                                                            \
      ->Arg(1000000)                                                           \
      ->MeasureProcessCPUTime()                                                \
      ->Unit(benchmark::kMicrosecond);
#define GS_BENCH_OP(Op)                                                        \
  GS_BENCH_ONE(Op, GsInt, "goscape/int64")                                     \
  GS_BENCH_ONE(Op, StdInt, "std/int64")                                        \
  GS_BENCH_ONE(Op, AbslInt, "absl/int64")                                      \
  GS_BENCH_ONE(Op, GsStr, "goscape/string")                                    \
  GS_BENCH_ONE(Op, StdStr, "std/string")                                       \
  GS_BENCH_ONE(Op, AbslStr, "absl/string")

GS_BENCH_OP(InsertNoHint)
GS_BENCH_OP(InsertHint)
GS_BENCH_OP(LookupHit)
GS_BENCH_OP(LookupMiss)
GS_BENCH_OP(Delete)
GS_BENCH_OP(Iterate)

} // namespace

BENCHMARK_MAIN();
