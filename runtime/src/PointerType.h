//===- PointerType.h - Descriptors of *T for runtime-defined types --*- C++ -*-===//
//
// The runtime defines a few named Go types itself (errors.errorString,
// fmt.wrapError, strconv.NumError, runtime.TypeAssertionError) whose
// pointer type carries the Error method; pointerTypeOf builds the
// descriptor of such a *T the way code generation emits pointer types.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_SRC_POINTERTYPE_H
#define GOSCAPE_RT_SRC_POINTERTYPE_H

#include "goscape-rt/Alg.h"
#include "goscape-rt/Type.h"

namespace gs::rt {

/// The descriptor of *Elem, named Name ("*pkg.T"), with the method set
/// Methods[0, NumMethods).
constexpr Type pointerTypeOf(const char *Name, const Type *Elem,
                             const Method *Methods, uint32_t NumMethods) {
  return Type{.Size = 8,
              .PtrData = 8,
              .Align = 8,
              .TheKind = Kind::Pointer,
              .Flags = TypeDirectIface,
              .Hash = gs_memhash64,
              .Equal = gs_memequal64,
              .Name = Name,
              .Elem = Elem,
              .Methods = Methods,
              .NumMethods = NumMethods};
}

} // namespace gs::rt

#endif // GOSCAPE_RT_SRC_POINTERTYPE_H
