//===- ErrorsWrap.cpp - errors.Is, errors.As and errors.Unwrap ------------===//
//
// Go 1.19's error chains: Unwrap calls the error's `Unwrap() error`
// method; Is and As walk the chain err, Unwrap(err), ... . Is reports a
// link equal to the target (compared only when the target's dynamic type
// is comparable) or whose `Is(error) bool` method says so; As stores the
// first link assignable to *target (a concrete type identical to it, or
// an interface it implements) or whose `As(interface {}) bool` method
// accepts target. Methods are found by name and signature in the dynamic
// type's method set and called in the calling convention of Type.h. As
// panics with errors' messages (string panic values) for a nil target, a
// target that is not a non-nil pointer, or a *target that is neither an
// interface nor implements error.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Errors.h"

#include "FmtInternal.h"
#include "goscape-rt/Alg.h"
#include "goscape-rt/Iface.h"

#include <cstring>

using namespace gs;

/// func(error) bool, the signature of an Is method.
static const Type *const IsParams[] = {&gs_type_error};
static const Type *const BoolResult[] = {&gs_type_bool};
static const Type FuncErrorBool = {.Size = 8,
                                   .PtrData = 8,
                                   .Align = 8,
                                   .TheKind = Kind::Func,
                                   .Flags = TypeDirectIface,
                                   .Name = "func(error) bool",
                                   .Len = 1,
                                   .Params = IsParams,
                                   .Results = BoolResult,
                                   .NumResults = 1};

/// func(interface {}) bool, the signature of an As method.
static const Type *const AsParams[] = {&gs_type_empty_interface};
static const Type FuncAnyBool = {.Size = 8,
                                 .PtrData = 8,
                                 .Align = 8,
                                 .TheKind = Kind::Func,
                                 .Flags = TypeDirectIface,
                                 .Name = "func(interface {}) bool",
                                 .Len = 1,
                                 .Params = AsParams,
                                 .Results = BoolResult,
                                 .NumResults = 1};

using UnwrapFn = Iface (*)(void *, void *);
using IsFn = bool (*)(void *, void *, const Itab *, void *);
using AsFn = bool (*)(void *, void *, const Type *, void *);

/// errors.Unwrap: the result of Err's Unwrap method, or nil.
static Iface unwrap(Iface Err) {
  if (!Err.Tab)
    return Iface{nullptr, nullptr};
  const Method *M = gs_findmethod(Err.Tab->Tp, "Unwrap", &gs_type_func_error);
  if (!M)
    return Iface{nullptr, nullptr};
  return reinterpret_cast<UnwrapFn>(M->Fn)(nullptr, Err.Data);
}

void gs::gs_errors_Unwrap(Iface *Out, const Itab *ErrTab, void *ErrData) {
  *Out = unwrap(Iface{ErrTab, ErrData});
}

bool gs::gs_errors_Is(const Itab *ErrTab, void *ErrData, const Itab *TgtTab,
                      void *TgtData) {
  Iface Err{ErrTab, ErrData};
  if (!Err.Tab || !TgtTab)
    return Err.Tab == TgtTab;
  bool Comparable = TgtTab->Tp->Equal != nullptr;
  for (; Err.Tab; Err = unwrap(Err)) {
    if (Comparable && gs_ifaceequal(Err.Tab, Err.Data, TgtTab, TgtData))
      return true;
    if (const Method *M = gs_findmethod(Err.Tab->Tp, "Is", &FuncErrorBool);
        M && reinterpret_cast<IsFn>(M->Fn)(nullptr, Err.Data, TgtTab, TgtData))
      return true;
  }
  return false;
}

bool gs::gs_errors_As(const Itab *ErrTab, void *ErrData, const Type *TgtType,
                      void *TgtData) {
  if (!TgtType)
    fmt::panicString("errors: target cannot be nil");
  // A pointer is its own data word.
  if (TgtType->TheKind != Kind::Pointer || !TgtData)
    fmt::panicString("errors: target must be a non-nil pointer");
  const Type *Want = TgtType->Elem;
  bool WantIface = Want->TheKind == Kind::Interface;
  if (!WantIface && !gs_getitab(&gs_type_error, Want, true))
    fmt::panicString("errors: *target must be interface or implement error");
  for (Iface Err{ErrTab, ErrData}; Err.Tab; Err = unwrap(Err)) {
    const Type *Have = Err.Tab->Tp;
    if (WantIface) {
      if (Want->Len == 0) {
        *static_cast<Eface *>(TgtData) = Eface{Have, Err.Data};
        return true;
      }
      if (const Itab *Tab = gs_getitab(Want, Have, true)) {
        *static_cast<Iface *>(TgtData) = Iface{Tab, Err.Data};
        return true;
      }
    } else if (Have == Want) {
      if (Have->Flags & TypeDirectIface)
        *static_cast<void **>(TgtData) = Err.Data;
      else
        std::memcpy(TgtData, Err.Data, Have->Size);
      return true;
    }
    if (const Method *M = gs_findmethod(Have, "As", &FuncAnyBool);
        M && reinterpret_cast<AsFn>(M->Fn)(nullptr, Err.Data, TgtType, TgtData))
      return true;
  }
  return false;
}
