//===- Iface.cpp - Interfaces: itabs, assertions, equality, boxing --------===//
//
// Itabs are built by matching method names and signature names (Iface.h)
// and cached per (interface, type) pair in a hash table that also records
// failures with the first missing method, so repeated failing assertions
// cost one lookup. Itabs and the cache live outside the collected heap:
// they only point to static descriptors and code.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Iface.h"

#include "Internal.h"
#include "goscape-rt/Alg.h"
#include "goscape-rt/Alloc.h"
#include "goscape-rt/Panic.h"

#include <array>
#include <cstdlib>
#include <unordered_map>

using namespace gs;

//===----------------------------------------------------------------------===//
// Descriptors
//===----------------------------------------------------------------------===//

static const Type *const FuncStringResults[] = {&gs_type_string};

const Type gs::gs_type_func_string = {.Size = 8,
                                      .PtrData = 8,
                                      .Align = 8,
                                      .TheKind = Kind::Func,
                                      .Flags = TypeDirectIface,
                                      .Name = "func() string",
                                      .Results = FuncStringResults,
                                      .NumResults = 1};

static const IMethod ErrorMethods[] = {{"Error", &gs_type_func_string}};

static const Type *const FuncErrorResults[] = {&gs_type_error};

const Type gs::gs_type_func_error = {.Size = 8,
                                     .PtrData = 8,
                                     .Align = 8,
                                     .TheKind = Kind::Func,
                                     .Flags = TypeDirectIface,
                                     .Name = "func() error",
                                     .Results = FuncErrorResults,
                                     .NumResults = 1};

const Type gs::gs_type_error = {
    .Size = 16,
    .PtrData = 16,
    .Align = 8,
    .TheKind = Kind::Interface,
    .Flags = TypeNonReflexive | TypeNeedKeyUpdate | TypeHashMightPanic,
    .Named = 1,
    .Hash = gs_interhash,
    .Equal = gs_interequal,
    .Name = "error",
    .Len = 1,
    .IMethods = ErrorMethods};

//===----------------------------------------------------------------------===//
// Method lookup and itabs
//===----------------------------------------------------------------------===//

/// Signatures match when they are the same descriptor or have the same
/// name (descriptors from different objects describe the same type).
static bool sameSig(const Type *A, const Type *B) {
  if (A == B)
    return true;
  return A && B && A->Name && B->Name && std::strcmp(A->Name, B->Name) == 0;
}

const Method *gs::gs_findmethod(const Type *T, const char *Name,
                                const Type *Sig) {
  if (!T)
    return nullptr;
  for (uint32_t I = 0; I < T->NumMethods; ++I) {
    const Method &M = T->Methods[I];
    if (std::strcmp(M.Name, Name) == 0)
      return sameSig(M.Sig, Sig) ? &M : nullptr;
  }
  return nullptr;
}

bool gs::gs_callstringmethod(String *Out, const Type *T, void *Data,
                             const char *Name) {
  const Method *M = gs_findmethod(T, Name, &gs_type_func_string);
  if (!M || !M->Fn)
    return false;
  auto *Fn = reinterpret_cast<String (*)(void *, void *)>(M->Fn);
  *Out = Fn(nullptr, Data);
  return true;
}

namespace {
/// A cached getitab result: the itab, or null and the missing method.
struct ItabEntry {
  const Itab *Tab;
  const char *Missing;
};
/// Hashes an (interface, type) pair of descriptor addresses.
struct PairHash {
  size_t operator()(const std::pair<const Type *, const Type *> &P) const {
    return std::hash<const void *>()(P.first) * 31 +
           std::hash<const void *>()(P.second);
  }
};
using ItabMap =
    std::unordered_map<std::pair<const Type *, const Type *>, ItabEntry,
                       PairHash>;
} // namespace

/// The itab cache; never destroyed, so itabs outlive static destructors.
static ItabMap &itabCache() {
  static auto *Cache = new ItabMap();
  return *Cache;
}

/// Builds (uncached) the itab of T for Inter, or records the first missing
/// method of Inter's sorted list.
static ItabEntry buildItab(const Type *Inter, const Type *T) {
  size_t N = Inter->Len;
  size_t Bytes = sizeof(Itab) + (N > 1 ? N - 1 : 0) * sizeof(void *);
  auto *Tab = static_cast<Itab *>(std::calloc(1, Bytes));
  Tab->Inter = Inter;
  Tab->Tp = T;
  for (size_t I = 0; I < N; ++I) {
    const IMethod &IM = Inter->IMethods[I];
    const Method *M = gs_findmethod(T, IM.Name, IM.Sig);
    if (!M) {
      std::free(Tab);
      return {nullptr, IM.Name};
    }
    Tab->Fun[I] = M->Fn;
  }
  return {Tab, nullptr};
}

/// "interface conversion: ..." in gc's words (TypeAssertionError.Error).
static std::string assertionText(const Type *Iface, const Type *Have,
                                 const Type *Want, const char *Missing) {
  std::string Inter = Iface ? Iface->Name : "interface";
  std::string As = Want->Name;
  if (!Have)
    return "interface conversion: " + Inter + " is nil, not " + As;
  std::string Cs = Have->Name;
  if (Missing)
    return "interface conversion: " + Cs + " is not " + As +
           ": missing method " + Missing;
  std::string Msg = "interface conversion: " + Inter + " is " + Cs +
                    ", not " + As;
  if (Cs == As) {
    const char *P1 = Have->PkgPath ? Have->PkgPath : "";
    const char *P2 = Want->PkgPath ? Want->PkgPath : "";
    Msg += std::strcmp(P1, P2) != 0 ? " (types from different packages)"
                                    : " (types from different scopes)";
  }
  return Msg;
}

const Itab *gs::gs_getitab(const Type *Inter, const Type *T, bool CanFail) {
  if (!T) {
    if (CanFail)
      return nullptr;
    String *Msg = rt::gcText(assertionText(nullptr, nullptr, Inter, nullptr));
    rt::panicWith(&gs_type_runtime_TypeAssertionError_ptr, Msg);
  }
  auto &Cache = itabCache();
  auto [It, New] = Cache.try_emplace({Inter, T}, ItabEntry{});
  if (New)
    It->second = buildItab(Inter, T);
  const ItabEntry &E = It->second;
  if (!E.Tab && !CanFail) {
    String *Msg = rt::gcText(assertionText(nullptr, T, Inter, E.Missing));
    rt::panicWith(&gs_type_runtime_TypeAssertionError_ptr, Msg);
  }
  return E.Tab;
}

const Itab *gs::gs_assertE2I(const Type *Inter, const Type *T) {
  return gs_getitab(Inter, T, false);
}

const Itab *gs::gs_assertE2I2(const Type *Inter, const Type *T) {
  return gs_getitab(Inter, T, true);
}

void gs::gs_panicdottype(const Type *Have, const Type *Want,
                         const Type *Iface) {
  String *Msg = rt::gcText(assertionText(Iface, Have, Want, nullptr));
  rt::panicWith(&gs_type_runtime_TypeAssertionError_ptr, Msg);
}

//===----------------------------------------------------------------------===//
// Equality
//===----------------------------------------------------------------------===//

bool gs::gs_efaceeq(const Type *T, void *X, void *Y) {
  if (!T)
    return true;
  if (!T->Equal) {
    String *Msg = rt::gcText(
        std::string("runtime error: comparing uncomparable type ") + T->Name);
    rt::panicWith(&gs_type_runtime_errorString, Msg);
  }
  if (T->Flags & TypeDirectIface)
    return X == Y;
  return T->Equal(X, Y);
}

bool gs::gs_efaceequal(const Type *XT, void *XD, const Type *YT, void *YD) {
  return XT == YT && gs_efaceeq(XT, XD, YD);
}

bool gs::gs_ifaceequal(const Itab *XTab, void *XD, const Itab *YTab,
                       void *YD) {
  return gs_efaceequal(XTab ? XTab->Tp : nullptr, XD,
                       YTab ? YTab->Tp : nullptr, YD);
}

//===----------------------------------------------------------------------===//
// Boxing
//===----------------------------------------------------------------------===//

/// gc's staticuint64s: the boxed values 0..255.
static constexpr std::array<uint64_t, 256> SmallInts = [] {
  std::array<uint64_t, 256> T{};
  for (unsigned I = 0; I < 256; ++I)
    T[I] = I;
  return T;
}();

/// Static zero storage for empty strings and nil slices.
alignas(16) static const uint8_t ZeroHeader[sizeof(Slice)] = {};

void *gs::gs_convT(const Type *T, const void *V) {
  void *P = gs_newobject(T);
  if (T->Size)
    std::memcpy(P, V, T->Size);
  return P;
}

void *gs::gs_convT64(uint64_t V) {
  if (V < SmallInts.size())
    return const_cast<uint64_t *>(&SmallInts[V]);
  auto *P = static_cast<uint64_t *>(rt::allocGo(8, false, false));
  *P = V;
  return P;
}

void *gs::gs_convTstring(const uint8_t *Ptr, intptr_t Len) {
  if (Len == 0)
    return const_cast<uint8_t *>(ZeroHeader);
  auto *P = static_cast<String *>(gs_alloc(sizeof(String)));
  *P = String{Ptr, Len};
  return P;
}

void *gs::gs_convTslice(void *Ptr, intptr_t Len, intptr_t Cap) {
  if (!Ptr)
    return const_cast<uint8_t *>(ZeroHeader);
  auto *P = static_cast<Slice *>(gs_alloc(sizeof(Slice)));
  *P = Slice{Ptr, Len, Cap};
  return P;
}
