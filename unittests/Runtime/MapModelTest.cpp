//===- MapModelTest.cpp - Randomized map test against std::unordered_map --===//
//
// Runs millions of random operations on goscape maps of several key types
// and checks each result against a std::unordered_map model:
//
//   insert, overwrite, delete (hit and miss), lookup (hit and miss, through
//   the fast-path and generic entry points), clear, and iteration with
//   mutation (deletes, inserts that trigger growth, overwrites) checked
//   against Go's iteration guarantees.
//
// Each run alternates growth phases (targets log-uniform up to ~2^17
// entries, so tables cross many doublings), churn (which triggers
// same-size growth) and shrinking. Operations interleave with incremental
// evacuation, so deletes and lookups land in the middle of growths. The
// full contents are compared (and checkMapInvariants run) at every growth
// end and periodically.
//
// Key types: int64 (fast64 and generic paths; lookups also through the
// inline halves of goscape-rt/MapInline.h), string (faststr), a 24-byte
// struct (generic), and float64 with NaNs and signed zeros (generic). All
// but the struct keys look up through the tophash index (MapProbe.h) in
// every array of 2^PrefetchMinB buckets or more (B = 10 to 15 here);
// checkMapInvariants compares the index with the buckets. NaN
// entries are modelled as a multiset of their (unique) element values.
//
// Environment:
//   GOSCAPE_MAP_MODEL_SEED=<n>  replay a run (printed with every failure)
//   GOSCAPE_MAP_MODEL_OPS=<n>   total operations (default 10,000,000; the
//                               sanitizer build sets a smaller count)
// The runtime's own randomness (hash seeds, iteration starts) is seeded
// from the same seed, so a replay is exact.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/MapInline.h"

#include "MapTestUtil.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

using namespace gs;
using namespace gs::test;

namespace {

using Rng = std::mt19937_64;

//===----------------------------------------------------------------------===//
// Key kinds: how to make keys, call the runtime and model them.
//===----------------------------------------------------------------------===//

struct I64Kind {
  using Key = int64_t;
  using MKey = int64_t;
  using Hash = std::hash<int64_t>;
  static constexpr const char *Name = "int64";
  static const MapType &type() { return mapTypes().I64; }
  static Key make(uint64_t I) {
    // Half dense small ints, half scattered 64-bit values.
    return I % 2 ? int64_t(I * 0x9E3779B97F4A7C15ull) : int64_t(I);
  }
  static bool isNaN(Key) { return false; }
  static MKey norm(Key K) { return K; }
  static void *assign(Rng &R, Hmap *H, Key K) {
    if (R() % 4)
      return gs_mapassign_fast64(&type(), H, uint64_t(K));
    return gs_mapassign(&type(), H, &K);
  }
  static MapAccess2Result get(Rng &R, Hmap *H, Key K) {
    MapAccess2Result Res;
    switch (R() % 4) {
    case 0:
      return lookup2(&type(), H, &K);
    case 1: // out of line
      Res.Elem = rt::mapaccess2Fast64(&Res.Ok, &type(), H, uint64_t(K));
      return Res;
    case 2: // inline (MapInline.h), mapaccess1 form
      Res.Elem = gs_mapaccess1_fast64(&type(), H, uint64_t(K));
      Res.Ok = Res.Elem != rt::ZeroVal;
      return Res;
    default: // inline, comma-ok form
      Res.Elem = gs_mapaccess2_fast64(&Res.Ok, &type(), H, uint64_t(K));
      return Res;
    }
  }
  static void del(Rng &R, Hmap *H, Key K) {
    if (R() % 4)
      gs_mapdelete_fast64(&type(), H, uint64_t(K));
    else
      gs_mapdelete(&type(), H, &K);
  }
  static Key load(const void *P) { return loadI64(P); }
  static bool sameBits(Key A, Key B) { return A == B; }
};

/// Key bytes for string keys; built once, never moved.
const std::vector<std::string> &stringPool() {
  static const std::vector<std::string> Pool = [] {
    std::vector<std::string> P;
    P.reserve(1 << 19);
    for (uint64_t I = 0; I < (1 << 19); ++I) {
      std::string S = std::to_string(I);
      if (I % 3 == 0) // some keys longer than the small-string buffer
        S += std::string(I % 40, 'x');
      P.push_back(std::move(S));
    }
    return P;
  }();
  return Pool;
}

struct StrKind {
  using Key = String;
  using MKey = std::string_view;
  using Hash = std::hash<std::string_view>;
  static constexpr const char *Name = "string";
  static const MapType &type() { return mapTypes().Str; }
  static Key make(uint64_t I) {
    return goString(stringPool()[I % stringPool().size()]);
  }
  static bool isNaN(Key) { return false; }
  static MKey norm(Key K) {
    return {reinterpret_cast<const char *>(K.Ptr), size_t(K.Len)};
  }
  static void *assign(Rng &R, Hmap *H, Key K) {
    if (R() % 4)
      return assignStr(&type(), H, K);
    return gs_mapassign(&type(), H, &K);
  }
  static MapAccess2Result get(Rng &R, Hmap *H, Key K) {
    if (R() % 4)
      return lookup2Str(&type(), H, K);
    return lookup2(&type(), H, &K);
  }
  static void del(Rng &R, Hmap *H, Key K) {
    if (R() % 4)
      deleteStr(&type(), H, K);
    else
      gs_mapdelete(&type(), H, &K);
  }
  static Key load(const void *P) {
    String S;
    std::memcpy(&S, P, sizeof(S));
    return S;
  }
  static bool sameBits(Key A, Key B) { return norm(A) == norm(B); }
};

struct S24Hash {
  size_t operator()(const S24 &S) const {
    return std::hash<int64_t>()(S.A * 31 + S.B * 17 + S.C);
  }
};

struct S24Kind {
  using Key = S24;
  using MKey = S24;
  using Hash = S24Hash;
  static constexpr const char *Name = "struct24";
  static const MapType &type() { return mapTypes().S24; }
  static Key make(uint64_t I) {
    return {int64_t(I), int64_t(I % 7), ~int64_t(I / 7)};
  }
  static bool isNaN(const Key &) { return false; }
  static MKey norm(const Key &K) { return K; }
  static void *assign(Rng &, Hmap *H, Key K) {
    return gs_mapassign(&type(), H, &K);
  }
  static MapAccess2Result get(Rng &, Hmap *H, Key K) {
    return lookup2(&type(), H, &K);
  }
  static void del(Rng &, Hmap *H, Key K) { gs_mapdelete(&type(), H, &K); }
  static Key load(const void *P) {
    S24 S;
    std::memcpy(&S, P, sizeof(S));
    return S;
  }
  static bool sameBits(const Key &A, const Key &B) { return A == B; }
};

struct F64Kind {
  using Key = double;
  using MKey = double;
  using Hash = std::hash<double>;
  static constexpr const char *Name = "float64";
  static const MapType &type() { return mapTypes().F64; }
  static Key make(uint64_t I) {
    if (I % 53 == 0)
      return std::numeric_limits<double>::quiet_NaN();
    if (I % 41 == 0)
      return (I / 41) % 2 ? 0.0 : -0.0;
    return double(I) * 0.75;
  }
  static bool isNaN(Key K) { return std::isnan(K); }
  static MKey norm(Key K) { return K == 0 ? 0.0 : K; }
  static void *assign(Rng &, Hmap *H, Key K) {
    return gs_mapassign(&type(), H, &K);
  }
  static MapAccess2Result get(Rng &, Hmap *H, Key K) {
    return lookup2(&type(), H, &K);
  }
  static void del(Rng &, Hmap *H, Key K) { gs_mapdelete(&type(), H, &K); }
  static Key load(const void *P) {
    double D;
    std::memcpy(&D, P, sizeof(D));
    return D;
  }
  static bool sameBits(Key A, Key B) {
    return std::memcmp(&A, &B, sizeof(A)) == 0;
  }
};

//===----------------------------------------------------------------------===//
// The harness
//===----------------------------------------------------------------------===//

struct Stats {
  uint64_t Ops = 0, Doublings = 0, SameSize = 0, GrowthEnds = 0;
  uint64_t DeletesDuringGrowth = 0, LookupsDuringGrowth = 0;
  uint64_t Iterations = 0, IterationsAcrossGrowth = 0, FullCompares = 0;
  uint8_t MaxB = 0;
};

template <class K> class Harness {
  using Key = typename K::Key;
  struct Val {
    int64_t V;
    Key Stored;
  };

  Rng R;
  Stats &S;
  std::unordered_map<typename K::MKey, Val, typename K::Hash> Model;
  std::unordered_map<int64_t, int> NaNVals; ///< value -> 1, per NaN entry
  int64_t NextVal = 1;
  uint64_t Range = 16;
  bool Failed = false;
  std::string Context;

public:
  Harness(uint64_t Seed, Stats &S) : R(Seed), S(S) {}

  /// Runs Ops operations on the map at *HP (a local of the caller, so the
  /// collector sees it). Returns false after the first failure.
  bool run(Hmap **HP, uint64_t Ops);

private:
  bool fail(const std::string &Msg) {
    if (!Failed)
      ADD_FAILURE() << K::Name << " op " << S.Ops << " (" << Context
                    << "): " << Msg;
    Failed = true;
    return false;
  }
  uint64_t pick(uint64_t N) { return R() % N; }
  Key randomKey() { return K::make(pick(Range)); }
  size_t modelSize() const { return Model.size() + NaNVals.size(); }

  void insert(Hmap *H, Key Kk);
  bool lookup(Hmap *H, Key Kk);
  bool step(Hmap *H, unsigned InsertW, unsigned DeleteW);
  bool slide(Hmap *H, uint64_t Window, uint64_t Ops, uint64_t End);
  bool compareAll(Hmap *H);
  bool iterateWithMutation(Hmap *H);
  bool afterOp(Hmap *H, bool WasGrowing, uint8_t OldB);
};

template <class K> void Harness<K>::insert(Hmap *H, Key Kk) {
  int64_t V = NextVal++;
  *static_cast<int64_t *>(K::assign(R, H, Kk)) = V;
  if (K::isNaN(Kk)) {
    NaNVals[V] = 1;
    return;
  }
  Model[K::norm(Kk)] = Val{V, Kk};
}

template <class K> bool Harness<K>::lookup(Hmap *H, Key Kk) {
  MapAccess2Result Got = K::get(R, H, Kk);
  auto It = K::isNaN(Kk) ? Model.end() : Model.find(K::norm(Kk));
  if (It == Model.end()) {
    if (Got.Ok || loadI64(Got.Elem) != 0)
      return fail("lookup of a missing key found something");
    return true;
  }
  if (!Got.Ok)
    return fail("lookup missed a present key");
  if (loadI64(Got.Elem) != It->second.V)
    return fail("lookup returned a stale value");
  return true;
}

/// Full comparison: iteration yields exactly the model, and the bucket
/// invariants hold.
template <class K> bool Harness<K>::compareAll(Hmap *H) {
  ++S.FullCompares;
  std::string Bad = checkMapInvariants(&K::type(), H);
  if (!Bad.empty())
    return fail("invariant: " + Bad);
  if (size_t(gs_maplen(H)) != modelSize())
    return fail("len differs from the model");
  size_t Seen = 0, SeenNaN = 0;
  std::unordered_set<int64_t> NaNSeen;
  Hiter It;
  for (gs_mapiterinit(&K::type(), H, &It); It.Key; gs_mapiternext(&It)) {
    Key Kk = K::load(It.Key);
    int64_t V = loadI64(It.Elem);
    if (K::isNaN(Kk)) {
      if (!NaNVals.count(V) || !NaNSeen.insert(V).second)
        return fail("iteration: unknown or repeated NaN entry");
      ++SeenNaN;
      continue;
    }
    auto M = Model.find(K::norm(Kk));
    if (M == Model.end())
      return fail("iteration: key not in the model");
    if (M->second.V != V || !K::sameBits(M->second.Stored, Kk))
      return fail("iteration: wrong value or stored key");
    ++Seen;
  }
  if (Seen != Model.size() || SeenNaN != NaNVals.size())
    return fail("iteration: entries missing");
  return true;
}

/// Iterates while deleting, inserting and overwriting, checking Go's rules:
/// entries present throughout are returned exactly once, deleted ones
/// never, every returned element is current.
template <class K> bool Harness<K>::iterateWithMutation(Hmap *H) {
  ++S.Iterations;
  Context = "iterate";
  std::unordered_set<typename K::MKey, typename K::Hash> Start, Deleted,
      Returned;
  for (auto &[MK, V] : Model)
    Start.insert(MK);
  std::unordered_map<int64_t, int> StartNaN = NaNVals;
  std::unordered_set<int64_t> ReturnedNaN;
  uint8_t B0 = H->B;
  bool SawGrowth = H->Oldbuckets != nullptr;
  unsigned MutatePct = unsigned(10 + pick(60));
  Hiter It;
  for (gs_mapiterinit(&K::type(), H, &It); It.Key; gs_mapiternext(&It)) {
    Key Kk = K::load(It.Key);
    int64_t V = loadI64(It.Elem);
    if (K::isNaN(Kk)) {
      if (!NaNVals.count(V) || !ReturnedNaN.insert(V).second)
        return fail("unknown or repeated NaN entry");
    } else {
      auto MK = K::norm(Kk);
      auto M = Model.find(MK);
      if (M == Model.end())
        return fail("returned a deleted or unknown key");
      if (M->second.V != V)
        return fail("returned a stale element");
      if (!Returned.insert(MK).second)
        return fail("returned a key twice");
    }
    if (pick(100) >= MutatePct)
      continue;
    // Mutate: delete, insert fresh keys (never re-adding deleted ones, which
    // Go may return again), overwrite.
    Key D = randomKey();
    if (!K::isNaN(D)) {
      K::del(R, H, D);
      if (Model.erase(K::norm(D)))
        Deleted.insert(K::norm(D));
    }
    for (unsigned J = pick(4); J; --J) {
      Key N = randomKey();
      if (!K::isNaN(N) && Deleted.count(K::norm(N)))
        continue;
      insert(H, N);
    }
    if (!Model.empty() && pick(2)) {
      Key O = randomKey();
      auto M = Model.find(K::norm(O));
      if (M != Model.end() && !Deleted.count(M->first))
        insert(H, O);
    }
    SawGrowth |= H->Oldbuckets != nullptr || H->B != B0;
    if (size_t(gs_maplen(H)) != modelSize())
      return fail("len differs during iteration");
  }
  for (const auto &MK : Start)
    if (!Deleted.count(MK) && !Returned.count(MK))
      return fail("an entry present throughout was not returned");
  for (auto &[V, One] : StartNaN)
    if (!ReturnedNaN.count(V))
      return fail("a NaN entry present throughout was not returned");
  S.IterationsAcrossGrowth += SawGrowth;
  return true;
}

/// Bookkeeping after each operation: growth events and periodic checks.
template <class K>
bool Harness<K>::afterOp(Hmap *H, bool WasGrowing, uint8_t OldB) {
  ++S.Ops;
  if (H->B > S.MaxB)
    S.MaxB = H->B;
  if (size_t(gs_maplen(H)) != modelSize())
    return fail("len differs from the model");
  bool Growing = H->Oldbuckets != nullptr;
  if (!WasGrowing && Growing) {
    if (H->B == OldB)
      ++S.SameSize;
    else
      ++S.Doublings;
  }
  if (WasGrowing && !Growing) {
    ++S.GrowthEnds;
    return compareAll(H);
  }
  if (S.Ops % 100000 == 0)
    return compareAll(H);
  return true;
}

/// One random operation; InsertW/DeleteW weigh growth against shrinking.
template <class K>
bool Harness<K>::step(Hmap *H, unsigned InsertW, unsigned DeleteW) {
  bool WasGrowing = H->Oldbuckets != nullptr;
  uint8_t OldB = H->B;
  unsigned Total = InsertW + DeleteW + 40;
  unsigned X = unsigned(pick(Total));
  if (X < InsertW) {
    Context = "insert";
    insert(H, randomKey());
  } else if (X < InsertW + DeleteW) {
    Context = "delete";
    Key Kk = randomKey();
    S.DeletesDuringGrowth += WasGrowing;
    K::del(R, H, Kk);
    if (!K::isNaN(Kk))
      Model.erase(K::norm(Kk));
  } else if (X < InsertW + DeleteW + 20 && !Model.empty()) {
    Context = "lookup hit";
    // A present key: probe from a random index until one is found.
    uint64_t I = pick(Range);
    Key Kk = K::make(I);
    for (unsigned Tries = 0; Tries < 64; ++Tries) {
      Kk = K::make((I + Tries) % Range);
      if (!K::isNaN(Kk) && Model.count(K::norm(Kk)))
        break;
    }
    S.LookupsDuringGrowth += WasGrowing;
    if (!lookup(H, Kk))
      return false;
  } else {
    Context = "lookup";
    // Keys beyond the range are always missing.
    Key Kk = pick(2) ? randomKey() : K::make(Range + pick(Range));
    if (!lookup(H, Kk))
      return false;
  }
  return afterOp(H, WasGrowing, OldB);
}

/// Churn with a sliding window of keys: insert key Base+I, delete key
/// Base+I-Window. Near the load factor this fills buckets, creates overflow
/// buckets and so triggers same-size growth.
template <class K>
bool Harness<K>::slide(Hmap *H, uint64_t Window, uint64_t Ops, uint64_t End) {
  uint64_t Base = R() >> 20;
  for (uint64_t I = 0; I < Window && S.Ops < End; ++I) {
    bool WasGrowing = H->Oldbuckets != nullptr;
    uint8_t OldB = H->B;
    Context = "slide fill";
    insert(H, K::make(Base + I));
    if (!afterOp(H, WasGrowing, OldB))
      return false;
  }
  for (uint64_t I = Window; I < Window + Ops && S.Ops < End; ++I) {
    bool WasGrowing = H->Oldbuckets != nullptr;
    uint8_t OldB = H->B;
    Context = "slide";
    insert(H, K::make(Base + I));
    Key D = K::make(Base + I - Window);
    S.DeletesDuringGrowth += H->Oldbuckets != nullptr;
    K::del(R, H, D);
    if (!K::isNaN(D))
      Model.erase(K::norm(D));
    if (pick(4) == 0 && !lookup(H, K::make(Base + I - pick(Window))))
      return false;
    if (!afterOp(H, WasGrowing, OldB))
      return false;
  }
  return true;
}

template <class K> bool Harness<K>::run(Hmap **HP, uint64_t Ops) {
  // The last tenth of the budget: small tables iterated while they grow.
  uint64_t IterEnd = S.Ops + Ops;
  uint64_t End = IterEnd - Ops / 10;
  const uint64_t PoolSize = 1 << 19;
  for (uint64_t Epoch = 0; S.Ops < End && !Failed; ++Epoch) {
    // An epoch: grow towards a target, churn around it, maybe shrink; or
    // slide a window of keys through a fresh table. Epoch kinds rotate so
    // every run covers all of them: slide, large, small, small. Sizes are
    // log-uniform.
    unsigned Kind = unsigned(Epoch % 4);
    unsigned Log = unsigned(Kind == 1 ? pick(18) : pick(13));
    if (Epoch == 1) // one table of 2^15 buckets or more per key type
      Log = 17;
    uint64_t Target = (uint64_t(1) << Log) + pick(uint64_t(1) << Log);
    if (Target > 190000)
      Target = 190000;
    Range = std::min<uint64_t>(2 * Target + 16, PoolSize / 2);
    Hmap *&H = *HP;
    if (!H)
      H = gs_makemap_small();
    // Small epochs start from an empty table: cleared or new.
    bool Fresh = Kind >= 2 || pick(3) == 0;
    if (Fresh && pick(4) == 0) {
      Context = "clear";
      gs_mapclear(&K::type(), H);
      Model.clear();
      NaNVals.clear();
      if (!compareAll(H))
        return false;
    } else if (Fresh) {
      // A fresh map, with or without a hint.
      H = pick(2) ? gs_makemap_small()
                  : gs_makemap(&K::type(), int64_t(pick(2 * Target)), nullptr,
                               nullptr);
      Model.clear();
      NaNVals.clear();
    }
    if (Kind == 0) {
      // Fill a fresh table to 85-99% of its load factor, then slide.
      H = gs_makemap_small();
      Model.clear();
      NaNVals.clear();
      uint64_t Max =
          LoadFactorNum * (uint64_t(1) << (3 + pick(10))) / LoadFactorDen;
      uint64_t Window = Max * (85 + pick(14)) / 100;
      if (!slide(H, Window, 12 * Window, End))
        return false;
      continue;
    }
    while (modelSize() < Target && S.Ops < End)
      if (!step(H, 60, 15))
        return false;
    uint64_t Churn = pick(Target + 100);
    for (uint64_t I = 0; I < Churn && S.Ops < End; ++I)
      if (!step(H, 30, 30))
        return false;
    if (modelSize() <= 30000) {
      // Often start right below the growth threshold, or in a growth, so
      // the map grows under the iterator.
      unsigned How = unsigned(Kind == 3 ? 1 + pick(2) : pick(3));
      while (How == 1 && H->B > 0 && S.Ops < End && !H->Oldbuckets &&
             modelSize() + 8 <
                 size_t(LoadFactorNum * (uintptr_t(1) << H->B) / LoadFactorDen))
        if (!step(H, 100, 0))
          return false;
      while (How == 2 && H->B < 14 && S.Ops < End && !H->Oldbuckets)
        if (!step(H, 100, 0))
          return false;
      if (!iterateWithMutation(H))
        return false;
    }
    if (pick(2)) {
      // Deleting random keys gets slow as the map empties: bound the work.
      uint64_t Floor = pick(Target / 2 + 1);
      for (uint64_t I = 0; I < 4 * Target && modelSize() > Floor && S.Ops < End;
           ++I)
        if (!step(H, 10, 60))
          return false;
    }
    if (!compareAll(H))
      return false;
  }
  while (S.Ops < IterEnd && !Failed) {
    Hmap *&H = *HP;
    H = gs_makemap_small();
    Model.clear();
    NaNVals.clear();
    uint8_t B = uint8_t(1 + pick(10));
    Range = 16 * (uint64_t(1) << B);
    uint64_t Fill = LoadFactorNum * (uint64_t(1) << B) / LoadFactorDen;
    Fill -= pick(Fill / 8 + 1);
    while (modelSize() < Fill && S.Ops < IterEnd)
      if (!step(H, 100, 0))
        return false;
    if (!iterateWithMutation(H))
      return false;
  }
  return !Failed;
}

uint64_t envOr(const char *Name, uint64_t Default) {
  const char *V = std::getenv(Name);
  return V && *V ? std::strtoull(V, nullptr, 0) : Default;
}

/// Runs Ops operations on maps of kind K. Lookups read the tophash index
/// from arrays of 2^IndexMinB buckets on (rt::LookupIndexMinB; by default
/// only beyond these tests' sizes, so most kinds set it to 0, which gives
/// index lookups from 2^PrefetchMinB buckets on).
template <class K>
void runKind(uint64_t Seed, uint64_t Ops, Stats &S, uint8_t IndexMinB) {
  Hmap *H = nullptr; // on this stack frame: a GC root
  const uint8_t Saved = rt::LookupIndexMinB;
  rt::LookupIndexMinB = IndexMinB;
  Harness<K> Run(Seed, S);
  Run.run(&H, Ops);
  rt::LookupIndexMinB = Saved;
}

TEST(MapModel, RandomOperationsMatchUnorderedMap) {
  uint64_t Seed = envOr("GOSCAPE_MAP_MODEL_SEED", std::random_device()());
  uint64_t Ops = envOr("GOSCAPE_MAP_MODEL_OPS", 10000000);
  SCOPED_TRACE("replay with GOSCAPE_MAP_MODEL_SEED=" + std::to_string(Seed));
  // Printed first, so that a crash can be replayed too.
  std::printf("map model: replay with GOSCAPE_MAP_MODEL_SEED=%llu\n",
              (unsigned long long)Seed);
  std::fflush(stdout);
  gs_fastrand_seed(Seed);
  stringPool();
  auto T0 = std::chrono::steady_clock::now();
  Stats S;
  // int64 and string get the largest shares: both are benchmarked paths.
  // All but the struct keys look up through the tophash index from
  // 2^PrefetchMinB buckets on; the struct keys read buckets below the
  // default threshold.
  runKind<I64Kind>(Seed * 4 + 0, Ops * 3 / 10, S, 0);
  runKind<StrKind>(Seed * 4 + 1, Ops * 3 / 10, S, 0);
  runKind<S24Kind>(Seed * 4 + 2, Ops * 2 / 10, S, rt::LookupIndexMinB);
  runKind<F64Kind>(Seed * 4 + 3, Ops - S.Ops, S, 0);
  double Secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - T0)
          .count();
  std::printf("map model: seed=%llu ops=%llu in %.1fs; doublings=%llu "
              "same-size=%llu growth-ends=%llu max-B=%u deletes-in-growth="
              "%llu lookups-in-growth=%llu iterations=%llu "
              "(across growth: %llu) full-compares=%llu\n",
              (unsigned long long)Seed, (unsigned long long)S.Ops, Secs,
              (unsigned long long)S.Doublings, (unsigned long long)S.SameSize,
              (unsigned long long)S.GrowthEnds, unsigned(S.MaxB),
              (unsigned long long)S.DeletesDuringGrowth,
              (unsigned long long)S.LookupsDuringGrowth,
              (unsigned long long)S.Iterations,
              (unsigned long long)S.IterationsAcrossGrowth,
              (unsigned long long)S.FullCompares);
  if (HasFailure())
    return;
  EXPECT_GE(S.Ops, Ops);
  // Coverage the test promises (meaningful for runs of 1M+ operations).
  if (Ops >= 1000000) {
    EXPECT_GT(S.SameSize, 0u);
    EXPECT_GE(S.MaxB, 14);
    EXPECT_GT(S.DeletesDuringGrowth, 1000u);
    EXPECT_GT(S.IterationsAcrossGrowth, 20u);
  }
}

} // namespace
