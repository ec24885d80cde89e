//===- Errors.cpp - errors.New and *errors.errorString --------------------===//
//
// The descriptors of errors.errorString and *errors.errorString, the itab
// for `error`, and errors.New. See Errors.h.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Errors.h"

#include "FmtInternal.h"
#include "goscape-rt/Alg.h"
#include "goscape-rt/Alloc.h"
#include "goscape-rt/Iface.h"
#include "goscape-rt/Panic.h"
#include "PointerType.h"

#include <cstring>

using namespace gs;

namespace {
/// errors.errorString.
struct ErrorString {
  String S;
};
} // namespace

/// (*errorString).Error, in the calling convention of Type.h.
static String errorStringError(void *, void *Data) {
  return static_cast<ErrorString *>(Data)->S;
}

static const StructField ErrorStringFields[] = {{"s", &gs_type_string, 0, 0}};

const Type gs::gs_type_errors_errorString = {
    .Size = sizeof(ErrorString),
    .PtrData = 8,
    .Align = 8,
    .TheKind = Kind::Struct,
    .Flags = TypeNeedKeyUpdate,
    .Named = 1,
    .Hash = gs_strhash,
    .Equal = gs_strequal,
    .Name = "errors.errorString",
    .Len = 1,
    .Fields = ErrorStringFields,
    .PkgPath = "errors",
};

static const Method ErrorStringPtrMethods[] = {
    {"Error", &gs_type_func_string,
     reinterpret_cast<void *>(&errorStringError)}};

constinit const Type gs::gs_type_errors_errorString_ptr =
    rt::pointerTypeOf("*errors.errorString", &gs_type_errors_errorString, ErrorStringPtrMethods, 1);

static const Itab ErrorStringItab = {
    &gs_type_error,
    &gs_type_errors_errorString_ptr,
    {reinterpret_cast<void *>(&errorStringError)}};

Iface gs::fmt::newError(String Text) {
  auto *E =
      static_cast<ErrorString *>(gs_newobject(&gs_type_errors_errorString));
  E->S = Text;
  return Iface{&ErrorStringItab, E};
}

void gs::fmt::panicString(String Msg) {
  auto *S = static_cast<String *>(gs_newobject(&gs_type_string));
  *S = Msg;
  gs_panic(&gs_type_string, S);
}

void gs::fmt::panicString(const char *Msg) {
  panicString(String{reinterpret_cast<const uint8_t *>(Msg),
                     intptr_t(std::strlen(Msg))});
}

void gs::gs_errors_New(Iface *Out, const uint8_t *TextPtr, intptr_t TextLen) {
  *Out = fmt::newError(String{TextPtr, TextLen});
}
