//===- FmtTestUtil.cpp - Hand-built descriptors and fmt calls for tests ---===//

#include "FmtTestUtil.h"

#include <algorithm>
#include <memory>

using namespace gs;
using namespace gs::test;

namespace {
/// Owns one object made by keep().
struct Holder {
  virtual ~Holder() = default;
};
template <typename T> struct Held : Holder {
  explicit Held(T V) : V(std::move(V)) {}
  T V;
};
} // namespace

/// Descriptors and tables live until the process ends (owned here, so
/// leak checkers see them as reachable).
template <typename T> static T *keep(T V) {
  static std::vector<std::unique_ptr<Holder>> Registry;
  auto *H = new Held<T>(std::move(V));
  Registry.emplace_back(H);
  return &H->V;
}

static uintptr_t alignTo(uintptr_t X, uintptr_t A) {
  return (X + A - 1) / A * A;
}

const Type *gs::test::sliceOf(const Type *Elem, const char *Name) {
  return keep(Type{.Size = 24,
                   .PtrData = 8,
                   .Align = 8,
                   .TheKind = Kind::Slice,
                   .Name = Name,
                   .Elem = Elem});
}

const Type *gs::test::arrayOf(const Type *Elem, uintptr_t Len,
                              const char *Name) {
  uint8_t Flags = Len == 1 ? (Elem->Flags & TypeDirectIface) : 0;
  return keep(Type{.Size = Elem->Size * Len,
                   .PtrData = Elem->PtrData ? Elem->Size * Len : 0,
                   .Align = Elem->Align,
                   .TheKind = Kind::Array,
                   .Flags = Flags,
                   .Name = Name,
                   .Elem = Elem,
                   .Len = Len});
}

const Type *gs::test::ptrTo(const Type *Elem, const char *Name,
                            std::vector<Method> Methods) {
  auto *M = keep(std::move(Methods));
  return keep(Type{.Size = 8,
                   .PtrData = 8,
                   .Align = 8,
                   .TheKind = Kind::Pointer,
                   .Flags = TypeDirectIface,
                   .Hash = gs_memhash64,
                   .Equal = gs_memequal64,
                   .Name = Name,
                   .Elem = Elem,
                   .Methods = M->data(),
                   .NumMethods = uint32_t(M->size())});
}

const Type *gs::test::mapOf(const Type *Key, const Type *Elem,
                            const char *Name) {
  auto *MT = keep(MapType{});
  gs_maptype_init(MT, Key, Elem);
  return keep(Type{.Size = 8,
                   .PtrData = 8,
                   .Align = 8,
                   .TheKind = Kind::Map,
                   .Flags = TypeDirectIface,
                   .Name = Name,
                   .Elem = Elem,
                   .Key = Key,
                   .MapInfo = MT});
}

const Type *gs::test::structOf(
    const char *Name, bool Named,
    std::initializer_list<std::pair<const char *, const Type *>> Fields) {
  auto *Fs = keep(std::vector<StructField>());
  uintptr_t Off = 0, Align = 1, PtrData = 0;
  for (const auto &[FName, FT] : Fields) {
    Off = alignTo(Off, FT->Align);
    Fs->push_back(StructField{FName, FT, Off, 0});
    if (FT->PtrData)
      PtrData = Off + FT->PtrData;
    Off += FT->Size;
    Align = std::max<uintptr_t>(Align, FT->Align);
  }
  uint8_t Flags = Fs->size() == 1 ? ((*Fs)[0].Tp->Flags & TypeDirectIface) : 0;
  return keep(Type{.Size = alignTo(Off, Align),
                   .PtrData = PtrData,
                   .Align = uint8_t(Align),
                   .TheKind = Kind::Struct,
                   .Flags = Flags,
                   .Named = uint8_t(Named),
                   .Name = Name,
                   .Len = Fs->size(),
                   .Fields = Fs->data(),
                   .PkgPath = Named ? "main" : nullptr});
}

const Type *gs::test::named(const Type *Base, const char *Name,
                            std::vector<Method> Methods) {
  auto *M = keep(std::move(Methods));
  Type T = *Base;
  T.Named = 1;
  T.Name = Name;
  T.PkgPath = "main";
  T.Methods = M->data();
  T.NumMethods = uint32_t(M->size());
  return keep(T);
}

Method gs::test::stringMethod(const char *Name, String (*Fn)(void *, void *)) {
  return Method{Name, &gs_type_func_string, reinterpret_cast<void *>(Fn)};
}

Slice gs::test::makeSlice(const Type *Elem, const void *Elems, intptr_t N) {
  void *P = gs_alloc(Elem->Size * uintptr_t(N) + 1);
  if (N)
    std::memcpy(P, Elems, Elem->Size * uintptr_t(N));
  return Slice{P, N, N};
}

Hmap *gs::test::makeMap(
    const Type *MapT,
    const std::vector<std::pair<const void *, const void *>> &KV) {
  Hmap *H = gs_makemap(MapT->MapInfo, 0, nullptr, nullptr);
  for (const auto &[K, V] : KV)
    std::memcpy(gs_mapassign(MapT->MapInfo, H, K), V, MapT->Elem->Size);
  return H;
}

std::string gs::test::sprintf(const char *Format,
                              std::initializer_list<Eface> Args) {
  std::vector<Eface> A(Args);
  String Out;
  String F = str(Format);
  gs_fmt_Sprintf(&Out, F.Ptr, F.Len, A.data(), intptr_t(A.size()),
                 intptr_t(A.size()));
  return toStd(Out);
}

std::string gs::test::sprint(std::initializer_list<Eface> Args) {
  std::vector<Eface> A(Args);
  String Out;
  gs_fmt_Sprint(&Out, A.data(), intptr_t(A.size()), intptr_t(A.size()));
  return toStd(Out);
}

std::string gs::test::sprintln(std::initializer_list<Eface> Args) {
  std::vector<Eface> A(Args);
  String Out;
  gs_fmt_Sprintln(&Out, A.data(), intptr_t(A.size()), intptr_t(A.size()));
  return toStd(Out);
}

std::string gs::test::errorText(Iface E) {
  using Fn = String (*)(void *, void *);
  return toStd(reinterpret_cast<Fn>(E.Tab->Fun[0])(nullptr, E.Data));
}
