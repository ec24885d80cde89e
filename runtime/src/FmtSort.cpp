//===- FmtSort.cpp - Maps printed with sorted keys ------------------------===//
//
// fmt prints maps with their keys sorted (Go's internal/fmtsort), so the
// output does not depend on iteration order:
//   integers, floats, strings  by value (NaN before every other float);
//   bool                       false before true;
//   pointers, channels         by address (nil first);
//   structs, arrays            field by field / element by element;
//   interfaces                 nil first, then by dynamic type, then by
//                              value.
// The sort is stable over the iteration order, like Go's sort.Stable.
//
// fmtsort orders dynamic types by the address of their descriptors, so the
// order is whatever gc's linker made it: it lays the type descriptor
// symbols out by size, then by name. gcDescriptorSize() recomputes the
// size gc gives a descriptor (amd64), and the name is the type's link
// name, which is how the descriptor spells the type ("int", "main.T",
// "*main.T", "[2]string"). So int keys come before main.T keys before
// [2]int keys, as under gc.
//
//===----------------------------------------------------------------------===//

#include "FmtInternal.h"

#include "goscape-rt/Map.h"

#include <cstring>
#include <string_view>
#include <vector>

using namespace gs;
using namespace gs::fmt;

template <typename T> static T load(const void *P) {
  T V;
  std::memcpy(&V, P, sizeof(T));
  return V;
}

template <typename T> static int cmp3(T A, T B) {
  return A < B ? -1 : (A > B ? 1 : 0);
}

static int floatCompare(double A, double B) {
  if (A != A)
    return -1;
  if (B != B)
    return 1;
  return cmp3(A, B);
}

/// Orders two keys of type T as fmtsort does.
static int compareKeys(const Type *T, const void *A, const void *B);

/// The size in bytes of gc's (amd64) type descriptor symbol for T: the
/// common part, the kind's own fields, the uncommon part of a named type or
/// one with methods (16 bytes, then 16 per method), then the kind's
/// trailing data (parameters, interface methods, struct fields).
static uint64_t gcDescriptorSize(const Type *T) {
  uint64_t Size = 48, Trailing = 0;
  switch (T->TheKind) {
  case Kind::Pointer:
  case Kind::Slice:
    Size += 8; // elem
    break;
  case Kind::Array:
    Size += 24; // elem, slice, len
    break;
  case Kind::Chan:
    Size += 16; // elem, dir
    break;
  case Kind::Map:
    Size += 32; // key, elem, bucket, sizes and flags
    break;
  case Kind::Func:
    Size += 8; // in and out counts, padded
    Trailing = (T->Len + T->NumResults) * 8;
    break;
  case Kind::Interface:
    Size += 32; // pkgpath, methods slice
    Trailing = T->Len * 8;
    break;
  case Kind::Struct:
    Size += 32; // pkgpath, fields slice
    Trailing = T->Len * 24;
    break;
  default:
    break;
  }
  // Types of basic kinds are all named (predeclared or defined).
  bool Basic = T->TheKind <= Kind::Complex128 || T->TheKind == Kind::String ||
               T->TheKind == Kind::UnsafePointer;
  if (T->Named || Basic || T->NumMethods)
    Size += 16 + 16 * uint64_t(T->NumMethods);
  return Size + Trailing;
}

/// Orders two distinct dynamic types as their descriptors lie in a gc
/// binary.
static int compareTypes(const Type *A, const Type *B) {
  if (int C = cmp3(gcDescriptorSize(A), gcDescriptorSize(B)))
    return C;
  return cmp3(std::string_view(A->Name), std::string_view(B->Name));
}

/// The dynamic type and value pointer of the interface stored at P.
static const Type *ifaceDyn(const Type *T, const void *P, const void *&Val) {
  const void *Word0 = load<const void *>(P);
  const Type *Dyn = T->Len == 0 ? static_cast<const Type *>(Word0)
                    : Word0     ? static_cast<const Itab *>(Word0)->Tp
                                : nullptr;
  const void *const *Slot = static_cast<const void *const *>(P) + 1;
  Val = Dyn && !(Dyn->Flags & TypeDirectIface) ? *Slot : Slot;
  return Dyn;
}

static int compareKeys(const Type *T, const void *A, const void *B) {
  switch (T->TheKind) {
  case Kind::Int:
  case Kind::Int64:
    return cmp3(load<int64_t>(A), load<int64_t>(B));
  case Kind::Int8:
    return cmp3(load<int8_t>(A), load<int8_t>(B));
  case Kind::Int16:
    return cmp3(load<int16_t>(A), load<int16_t>(B));
  case Kind::Int32:
    return cmp3(load<int32_t>(A), load<int32_t>(B));
  case Kind::Uint:
  case Kind::Uint64:
  case Kind::Uintptr:
    return cmp3(load<uint64_t>(A), load<uint64_t>(B));
  case Kind::Uint8:
    return cmp3(load<uint8_t>(A), load<uint8_t>(B));
  case Kind::Uint16:
    return cmp3(load<uint16_t>(A), load<uint16_t>(B));
  case Kind::Uint32:
    return cmp3(load<uint32_t>(A), load<uint32_t>(B));
  case Kind::String:
    return cmp3(view(load<String>(A)), view(load<String>(B)));
  case Kind::Float32:
    return floatCompare(load<float>(A), load<float>(B));
  case Kind::Float64:
    return floatCompare(load<double>(A), load<double>(B));
  case Kind::Complex64: {
    int C = floatCompare(load<float>(A), load<float>(B));
    if (C)
      return C;
    return floatCompare(load<float>(static_cast<const float *>(A) + 1),
                        load<float>(static_cast<const float *>(B) + 1));
  }
  case Kind::Complex128: {
    int C = floatCompare(load<double>(A), load<double>(B));
    if (C)
      return C;
    return floatCompare(load<double>(static_cast<const double *>(A) + 1),
                        load<double>(static_cast<const double *>(B) + 1));
  }
  case Kind::Bool:
    return cmp3(load<bool>(A), load<bool>(B));
  case Kind::Pointer:
  case Kind::UnsafePointer:
  case Kind::Chan:
    return cmp3(load<uintptr_t>(A), load<uintptr_t>(B));
  case Kind::Struct:
    for (uintptr_t I = 0; I < T->Len; ++I) {
      const StructField &F = T->Fields[I];
      if (int C = compareKeys(F.Tp, static_cast<const char *>(A) + F.Offset,
                              static_cast<const char *>(B) + F.Offset))
        return C;
    }
    return 0;
  case Kind::Array:
    for (uintptr_t I = 0; I < T->Len; ++I) {
      uintptr_t Off = I * T->Elem->Size;
      if (int C = compareKeys(T->Elem, static_cast<const char *>(A) + Off,
                              static_cast<const char *>(B) + Off))
        return C;
    }
    return 0;
  case Kind::Interface: {
    const void *VA, *VB;
    const Type *DA = ifaceDyn(T, A, VA), *DB = ifaceDyn(T, B, VB);
    if (!DA || !DB)
      return DA ? 1 : (DB ? -1 : 0);
    if (DA != DB)
      return compareTypes(DA, DB);
    return compareKeys(DA, VA, VB);
  }
  default:
    return 0; // Not a valid key type.
  }
}

namespace {
/// One map entry: pointers to its key and element inside the map.
struct Entry {
  const void *Key;
  const void *Elem;
};
} // namespace

/// Stable merge sort of E by key; safe for orders that are not strict weak
/// orderings (NaN keys).
static void sortEntries(const Type *KeyT, std::vector<Entry> &E) {
  std::vector<Entry> Tmp(E.size());
  for (size_t Width = 1; Width < E.size(); Width *= 2) {
    for (size_t Lo = 0; Lo < E.size(); Lo += 2 * Width) {
      size_t Mid = std::min(Lo + Width, E.size());
      size_t Hi = std::min(Lo + 2 * Width, E.size());
      size_t I = Lo, J = Mid, K = Lo;
      while (I < Mid && J < Hi)
        Tmp[K++] = compareKeys(KeyT, E[J].Key, E[I].Key) < 0 ? E[J++] : E[I++];
      while (I < Mid)
        Tmp[K++] = E[I++];
      while (J < Hi)
        Tmp[K++] = E[J++];
    }
    E.swap(Tmp);
  }
}

void Printer::printMap(Value V, int32_t Verb, int Depth) {
  auto *H = load<Hmap *>(V.Ptr);
  if (Fmt.F.SharpV) {
    Buf += V.Tp->Name;
    if (!H) {
      Buf += "(nil)";
      return;
    }
    Buf += '{';
  } else {
    Buf += "map[";
  }
  std::vector<Entry> Entries;
  Hiter It;
  for (gs_mapiterinit(V.Tp->MapInfo, H, &It); It.Key; gs_mapiternext(&It))
    Entries.push_back(Entry{It.Key, It.Elem});
  sortEntries(V.Tp->Key, Entries);
  for (size_t I = 0; I < Entries.size(); ++I) {
    if (I > 0)
      Buf += Fmt.F.SharpV ? ", " : " ";
    printValue(Value{V.Tp->Key, Entries[I].Key, V.CanInterface}, Verb,
               Depth + 1);
    Buf += ':';
    printValue(Value{V.Tp->Elem, Entries[I].Elem, V.CanInterface}, Verb,
               Depth + 1);
  }
  Buf += Fmt.F.SharpV ? '}' : ']';
}
