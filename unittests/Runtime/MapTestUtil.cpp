//===- MapTestUtil.cpp - Shared helpers for the map tests -----------------===//

#include "MapTestUtil.h"

#include "goscape-rt/MapProbe.h"

#include <sstream>

using namespace gs;
using namespace gs::test;

static uintptr_t hashS24(const void *P, uintptr_t Seed) {
  return gs_memhash(P, Seed, sizeof(S24));
}
static bool equalS24(const void *A, const void *B) {
  return gs_memequal(A, B, sizeof(S24));
}
static uintptr_t hashBig(const void *P, uintptr_t Seed) {
  return gs_memhash(P, Seed, sizeof(BigKey));
}
static bool equalBig(const void *A, const void *B) {
  return gs_memequal(A, B, sizeof(BigKey));
}

/// A descriptor with just the fields the map runtime reads.
static constexpr Type mapKeyType(uintptr_t Size, uintptr_t PtrData, Kind K,
                                 uint8_t Flags, HashFn H, EqualFn E,
                                 const char *Name) {
  return Type{.Size = Size,
              .PtrData = PtrData,
              .Align = 8,
              .TheKind = K,
              .Flags = Flags,
              .Hash = H,
              .Equal = E,
              .Name = Name};
}

const Type gs::test::S24Type =
    mapKeyType(24, 0, Kind::Struct, 0, hashS24, equalS24, "main.S24");
const Type gs::test::BigKeyType = mapKeyType(
    sizeof(BigKey), 0, Kind::Array, 0, hashBig, equalBig, "[25]int64");
const Type gs::test::BigElemType = mapKeyType(
    sizeof(BigElem), 0, Kind::Array, 0, nullptr, nullptr, "[40]int64");
const Type gs::test::IntSliceType =
    mapKeyType(24, 8, Kind::Slice, 0, nullptr, nullptr, "[]int");
const Type gs::test::PtrType =
    mapKeyType(8, 8, Kind::Pointer, TypeDirectIface, gs_memhash64,
               gs_memequal64, "*int");

const MapTypes &gs::test::mapTypes() {
  static const MapTypes Types = [] {
    MapTypes M;
    gs_maptype_init(&M.I64, &gs_type_int64, &gs_type_int64);
    gs_maptype_init(&M.I32, &gs_type_int32, &gs_type_int64);
    gs_maptype_init(&M.Str, &gs_type_string, &gs_type_int64);
    gs_maptype_init(&M.F64, &gs_type_float64, &gs_type_int64);
    gs_maptype_init(&M.S24, &S24Type, &gs_type_int64);
    gs_maptype_init(&M.Iface, &gs_type_empty_interface, &gs_type_int64);
    gs_maptype_init(&M.Big, &BigKeyType, &BigElemType);
    gs_maptype_init(&M.StrS, &gs_type_string, &gs_type_string);
    return M;
  }();
  return Types;
}

namespace {
/// Bucket accessors over the documented layout.
struct Layout {
  const MapType *T;
  uint8_t *bucket(void *Base, uintptr_t I) const {
    return static_cast<uint8_t *>(Base) + I * T->BucketSize;
  }
  uint8_t *overflow(uint8_t *B) const {
    uint8_t *O;
    std::memcpy(&O, B + T->BucketSize - 8, 8);
    return O;
  }
  const void *key(uint8_t *B, unsigned I) const {
    uint8_t *K = B + DataOffset + I * T->KeySize;
    if (T->Flags & MapIndirectKey) {
      void *P;
      std::memcpy(&P, K, 8);
      return P;
    }
    return K;
  }
};
} // namespace

static uint8_t topOf(uintptr_t Hash) {
  uint8_t Top = uint8_t(Hash >> 56);
  return Top < MinTopHash ? uint8_t(MinTopHash) : Top;
}

static bool isMark(uint8_t Top) {
  return Top == EvacuatedX || Top == EvacuatedY || Top == EvacuatedEmpty;
}

std::string gs::test::checkMapInvariants(const MapType *T, const Hmap *H) {
  std::ostringstream Err;
  if (!H)
    return "";
  if (!H->Buckets)
    return "no bucket array";
  if (H->Buckets == rt::emptyBuckets())
    return H->Count == 0 && H->B == 0 ? "" : "entries without buckets";
  Layout L{T};
  bool Growing = H->Oldbuckets != nullptr;
  bool SameSize = H->Flags & HmapSameSizeGrow;
  if (!Growing && SameSize)
    return "SameSizeGrow set without a growth";
  if (Growing != bool(H->Flags & HmapGrowing))
    return Growing ? "Growing not set during a growth"
                   : "Growing set without a growth";
  uintptr_t NBuckets = uintptr_t(1) << H->B;
  uintptr_t NOld = Growing ? (SameSize ? NBuckets : NBuckets / 2) : 0;
  intptr_t Count = 0;

  // Walks one chain; Where names it in messages. Live entries must hash to
  // Bucket under Mask. Marks are allowed only in an evacuated old chain.
  auto Walk = [&](uint8_t *B, uintptr_t Bucket, uintptr_t Mask, bool Old,
                  const char *Where) -> bool {
    bool SeenRest = false;
    bool Evacuated = Old && isMark(B[0]);
    for (; B; B = L.overflow(B)) {
      for (unsigned I = 0; I < BucketCnt; ++I) {
        uint8_t Top = B[I];
        if (Evacuated) {
          if (!isMark(Top)) {
            Err << Where << " " << Bucket << ": unmarked slot " << I
                << " in an evacuated bucket";
            return false;
          }
          continue;
        }
        if (isMark(Top)) {
          Err << Where << " " << Bucket << ": evacuation mark in live bucket";
          return false;
        }
        if (SeenRest && Top != EmptyRest) {
          Err << Where << " " << Bucket << ": slot " << I
              << " follows EmptyRest but is " << unsigned(Top);
          return false;
        }
        if (Top == EmptyRest) {
          SeenRest = true;
          continue;
        }
        if (Top == EmptyOne)
          continue;
        ++Count;
        const void *K = L.key(B, I);
        if (!T->Key->Equal(K, K))
          continue; // NaN: hash is not reproducible
        uintptr_t Hash = T->Hasher(K, H->Hash0);
        if ((Hash & Mask) != Bucket || topOf(Hash) != Top) {
          Err << Where << " " << Bucket << ": slot " << I
              << " holds a key of bucket " << (Hash & Mask);
          return false;
        }
      }
    }
    return true;
  };

  for (uintptr_t I = 0; I < NOld; ++I) {
    uint8_t *B = L.bucket(H->Oldbuckets, I);
    if (I < H->Nevacuate && !isMark(B[0])) {
      Err << "old bucket " << I << " below nevacuate " << H->Nevacuate
          << " is not evacuated";
      return Err.str();
    }
    if (!Walk(B, I, NOld - 1, true, "old bucket"))
      return Err.str();
  }
  for (uintptr_t I = 0; I < NBuckets; ++I) {
    uint8_t *B = L.bucket(H->Buckets, I);
    if (Growing && !isMark(L.bucket(H->Oldbuckets, I & (NOld - 1))[0])) {
      for (uint8_t *C = B; C; C = L.overflow(C))
        for (unsigned S = 0; S < BucketCnt; ++S)
          if (C[S] != EmptyRest) {
            Err << "new bucket " << I << " filled before its old bucket "
                << "was evacuated";
            return Err.str();
          }
      continue;
    }
    if (!Walk(B, I, NBuckets - 1, false, "bucket"))
      return Err.str();
  }
  if (Count != H->Count) {
    Err << "count " << H->Count << " but " << Count << " entries";
    return Err.str();
  }
  // The tophash index before the current array copies its main buckets'
  // tophash words (also during growth: it is read once growth ends).
  for (uintptr_t I = 0; I < NBuckets; ++I) {
    const uint8_t *Index = rt::indexBytes(H->Buckets, H->B, I);
    const uint8_t *B = L.bucket(H->Buckets, I);
    for (unsigned S = 0; S < BucketCnt; ++S)
      if (Index[S] != B[S]) {
        Err << "tophash index of bucket " << I << " slot " << S << " is "
            << unsigned(Index[S]) << ", the bucket holds " << unsigned(B[S]);
        return Err.str();
      }
  }
  return "";
}

std::vector<Entry> gs::test::iterateAll(const MapType *T, Hmap *H) {
  std::vector<Entry> Out;
  Hiter It;
  for (gs_mapiterinit(T, H, &It); It.Key; gs_mapiternext(&It))
    Out.push_back({std::string(static_cast<char *>(It.Key), T->Key->Size),
                   std::string(static_cast<char *>(It.Elem), T->Elem->Size)});
  return Out;
}
