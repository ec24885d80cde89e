//===- FmtValue.cpp - Printing operands and values through descriptors ----===//
//
// Printer::printArg and Printer::printValue: what Go's fmt does with one
// operand, driven by the operand's type descriptor instead of reflection.
//
//   * nil interface: <nil> for %v/%T, else a bad verb.
//   * %T prints the descriptor's name; %p the pointer of pointer-shaped
//     values.
//   * An operand whose method set has Error() string or String() string
//     (GoString() string for %#v) is printed through that method for the
//     verbs v s x X q, at any depth, except below unexported struct fields.
//   * Otherwise by kind: booleans, integers, floats, strings; structs as
//     {a b} (%+v {A:a B:b}, %#v main.T{A:a, B:b}); slices and arrays as
//     [a b]; byte slices as strings for %s %q %x %X; maps as map[k:v] with
//     keys sorted (see FmtSort.cpp); pointers to structs, arrays, slices and
//     maps at top level as &{...}; other pointers as 0xc000010000.
//
//===----------------------------------------------------------------------===//

#include "FmtInternal.h"

#include "goscape-rt/Alg.h"
#include "goscape-rt/Iface.h"
#include "goscape-rt/Panic.h"

#include <csetjmp>
#include <cstring>

using namespace gs;
using namespace gs::fmt;

void *Value::dataWord() const {
  if (Tp->Flags & TypeDirectIface)
    return *static_cast<void *const *>(Ptr);
  return const_cast<void *>(Ptr);
}

Value gs::fmt::fromEface(const Eface &E) {
  Value V;
  V.Tp = E.Tp;
  if (E.Tp)
    V.Ptr = (E.Tp->Flags & TypeDirectIface) ? static_cast<const void *>(&E.Data)
                                            : E.Data;
  return V;
}

template <typename T> static T load(const void *P) {
  T V;
  std::memcpy(&V, P, sizeof(T));
  return V;
}

/// The dynamic value held by the interface stored at V.Ptr; invalid when
/// the interface is nil.
static Value interfaceElem(Value V) {
  const void *Word0 = load<const void *>(V.Ptr);
  const Type *Dyn;
  if (V.Tp->Len == 0)
    Dyn = static_cast<const Type *>(Word0);
  else
    Dyn = Word0 ? static_cast<const Itab *>(Word0)->Tp : nullptr;
  Value R;
  R.CanInterface = V.CanInterface;
  if (!Dyn)
    return R;
  R.Tp = Dyn;
  const void *const *DataSlot = static_cast<const void *const *>(V.Ptr) + 1;
  R.Ptr = (Dyn->Flags & TypeDirectIface) ? static_cast<const void *>(DataSlot)
                                         : *DataSlot;
  return R;
}

/// Finds Name() string in T's method set.
static const Method *findStringMethod(const Type *T, const char *Name) {
  return gs_findmethod(T, Name, &gs_type_func_string);
}

namespace {
/// The deferred call of callMethod: recovers the panic into *Out.
struct RecoverThunk {
  void *Fn;
  Eface *Out;
};
} // namespace

static void recoverThunk(Closure *C) {
  gs_recover(reinterpret_cast<RecoverThunk *>(C)->Out, GS_RECOVER_FRAME());
}

/// Calls the String-like method M on V's data word as a Go function with a
/// deferred recover would: returns true and the result in Result, or
/// false and the recovered panic value in Panic.
static bool callMethod(const Method *M, Value V, String &Result, Eface &Panic) {
  using Fn = String (*)(void *, void *);
  // Written before the longjmp and read after it, so kept in memory.
  volatile Eface Recovered{};
  void *Frame = gs_defer_begin();
  if (_setjmp(static_cast<__jmp_buf_tag *>(Frame)) != 0) {
    gs_defer_return(Frame);
    Panic = Eface{Recovered.Tp, Recovered.Data};
    return false;
  }
  RecoverThunk Thunk{reinterpret_cast<void *>(&recoverThunk),
                     const_cast<Eface *>(&Recovered)};
  gs_defer_push(Frame, reinterpret_cast<Closure *>(&Thunk));
  Result = reinterpret_cast<Fn>(M->Fn)(nullptr, V.dataWord());
  gs_defer_return(Frame);
  return true;
}

bool Printer::callStringMethod(const Method *M, int32_t Verb, const char *Name,
                               String &Result) {
  Eface Panic{};
  if (callMethod(M, Arg, Result, Panic))
    return true;
  // A panic in the method: a nil pointer receiver prints <nil>, anything
  // else %!v(PANIC=String method: value).
  if (!Panic.Tp)
    return false; // panic(nil): recovered, nothing printed.
  if (Arg.Tp->TheKind == Kind::Pointer && !Arg.dataWord()) {
    Buf += "<nil>";
    return false;
  }
  if (Panicking)
    gs_panic(Panic.Tp, Panic.Data);
  Flags Old = Fmt.F;
  Fmt.clearFlags();
  Buf += "%!";
  writeRune(Verb);
  Buf += "(PANIC=";
  Buf += Name;
  Buf += " method: ";
  Panicking = true;
  printArg(fromEface(Panic), 'v');
  Panicking = false;
  Buf += ')';
  Fmt.F = Old;
  return false;
}

static bool isExported(const char *Name) {
  return Name && Name[0] >= 'A' && Name[0] <= 'Z';
}

bool Printer::handleMethods(int32_t Verb) {
  // Interface-typed values carry no methods of their own; their dynamic
  // value is examined one level down.
  if (Erroring || !HasArg || !Arg.valid() || Arg.Tp->TheKind == Kind::Interface)
    return false;
  if (Verb == 'w') {
    // Errorf's %w: the operand must be an error, and only one is wrapped.
    const Method *M = findStringMethod(Arg.Tp, "Error");
    if (!M || !WrapErrs || WrappedErr.Tp) {
      WrappedErr = Eface{};
      WrapErrs = false;
      badVerb(Verb);
      return true;
    }
    WrappedErr = Eface{Arg.Tp, Arg.dataWord()};
    Verb = 'v';
  }
  if (Fmt.F.SharpV) {
    if (const Method *M = findStringMethod(Arg.Tp, "GoString")) {
      String S;
      if (callStringMethod(M, Verb, "GoString", S))
        Fmt.fmtS(view(S));
      return true;
    }
    return false;
  }
  switch (Verb) {
  case 'v':
  case 's':
  case 'x':
  case 'X':
  case 'q': {
    const char *Name = "Error";
    const Method *M = findStringMethod(Arg.Tp, Name);
    if (!M)
      M = findStringMethod(Arg.Tp, Name = "String");
    if (!M)
      return false;
    String S;
    if (callStringMethod(M, Verb, Name, S))
      fmtString(view(S), Verb);
    return true;
  }
  default:
    return false;
  }
}

void Printer::badVerb(int32_t Verb) {
  Erroring = true;
  Buf += "%!";
  writeRune(Verb);
  Buf += '(';
  if (HasArg && Arg.valid()) {
    Buf += Arg.Tp->Name;
    Buf += '=';
    printArg(Arg, 'v');
  } else if (Val.valid()) {
    Buf += Val.Tp->Name;
    Buf += '=';
    printValue(Val, 'v', 0);
  } else {
    Buf += "<nil>";
  }
  Buf += ')';
  Erroring = false;
}

void Printer::fmtBool(bool V, int32_t Verb) {
  if (Verb == 't' || Verb == 'v')
    Fmt.fmtBoolean(V);
  else
    badVerb(Verb);
}

void Printer::fmt0x64(uint64_t V, bool Leading0x) {
  bool Sharp = Fmt.F.Sharp;
  Fmt.F.Sharp = Leading0x;
  Fmt.fmtInteger(V, 16, false, 'v', LDigits);
  Fmt.F.Sharp = Sharp;
}

void Printer::fmtInteger(uint64_t V, bool IsSigned, int32_t Verb) {
  switch (Verb) {
  case 'v':
    if (Fmt.F.SharpV && !IsSigned)
      fmt0x64(V, true);
    else
      Fmt.fmtInteger(V, 10, IsSigned, Verb, LDigits);
    return;
  case 'd':
    Fmt.fmtInteger(V, 10, IsSigned, Verb, LDigits);
    return;
  case 'b':
    Fmt.fmtInteger(V, 2, IsSigned, Verb, LDigits);
    return;
  case 'o':
  case 'O':
    Fmt.fmtInteger(V, 8, IsSigned, Verb, LDigits);
    return;
  case 'x':
    Fmt.fmtInteger(V, 16, IsSigned, Verb, LDigits);
    return;
  case 'X':
    Fmt.fmtInteger(V, 16, IsSigned, Verb, UDigits);
    return;
  case 'c':
    Fmt.fmtC(V);
    return;
  case 'q':
    Fmt.fmtQc(V);
    return;
  case 'U':
    Fmt.fmtUnicode(V);
    return;
  default:
    badVerb(Verb);
    return;
  }
}

void Printer::fmtFloat(double V, int Size, int32_t Verb) {
  switch (Verb) {
  case 'v':
    Fmt.fmtFloat(V, Size, 'g', -1);
    return;
  case 'b':
  case 'g':
  case 'G':
  case 'x':
  case 'X':
    Fmt.fmtFloat(V, Size, char(Verb), -1);
    return;
  case 'f':
  case 'e':
  case 'E':
    Fmt.fmtFloat(V, Size, char(Verb), 6);
    return;
  case 'F':
    Fmt.fmtFloat(V, Size, 'f', 6);
    return;
  default:
    badVerb(Verb);
    return;
  }
}

void Printer::fmtString(std::string_view V, int32_t Verb) {
  switch (Verb) {
  case 'v':
    if (Fmt.F.SharpV)
      Fmt.fmtQ(V);
    else
      Fmt.fmtS(V);
    return;
  case 's':
    Fmt.fmtS(V);
    return;
  case 'x':
    Fmt.fmtSbx(V, LDigits);
    return;
  case 'X':
    Fmt.fmtSbx(V, UDigits);
    return;
  case 'q':
    Fmt.fmtQ(V);
    return;
  default:
    badVerb(Verb);
    return;
  }
}

void Printer::fmtBytes(std::string_view V, bool IsNil, int32_t Verb,
                       const char *TypeString, Value Whole) {
  switch (Verb) {
  case 'v':
  case 'd':
    if (Fmt.F.SharpV) {
      Buf += TypeString;
      if (IsNil) {
        Buf += "(nil)";
        return;
      }
      Buf += '{';
      for (size_t I = 0; I < V.size(); ++I) {
        if (I > 0)
          Buf += ", ";
        fmt0x64(uint8_t(V[I]), true);
      }
      Buf += '}';
    } else {
      Buf += '[';
      for (size_t I = 0; I < V.size(); ++I) {
        if (I > 0)
          Buf += ' ';
        Fmt.fmtInteger(uint8_t(V[I]), 10, false, Verb, LDigits);
      }
      Buf += ']';
    }
    return;
  case 's':
    Fmt.fmtS(V);
    return;
  case 'x':
    Fmt.fmtSbx(V, LDigits);
    return;
  case 'X':
    Fmt.fmtSbx(V, UDigits);
    return;
  case 'q':
    Fmt.fmtQ(V);
    return;
  default:
    printValue(Whole, Verb, 0);
    return;
  }
}

/// The address a pointer-shaped value shows for %p and %v.
static uintptr_t pointerOf(Value V) {
  const void *P = load<const void *>(V.Ptr);
  if (V.Tp->TheKind == Kind::Func && P)
    return reinterpret_cast<uintptr_t>(static_cast<const Closure *>(P)->Fn);
  return reinterpret_cast<uintptr_t>(P);
}

void Printer::fmtPointer(Value V, int32_t Verb) {
  switch (V.Tp->TheKind) {
  case Kind::Chan:
  case Kind::Func:
  case Kind::Map:
  case Kind::Pointer:
  case Kind::Slice:
  case Kind::UnsafePointer:
    break;
  default:
    badVerb(Verb);
    return;
  }
  uintptr_t U = pointerOf(V);
  switch (Verb) {
  case 'v':
    if (Fmt.F.SharpV) {
      Buf += '(';
      Buf += V.Tp->Name;
      Buf += ")(";
      if (U == 0)
        Buf += "nil";
      else
        fmt0x64(U, true);
      Buf += ')';
    } else if (U == 0) {
      Fmt.pad("<nil>");
    } else {
      fmt0x64(U, !Fmt.F.Sharp);
    }
    return;
  case 'p':
    fmt0x64(U, !Fmt.F.Sharp);
    return;
  case 'b':
  case 'o':
  case 'd':
  case 'x':
  case 'X':
    fmtInteger(U, false, Verb);
    return;
  default:
    badVerb(Verb);
    return;
  }
}

void Printer::printArg(Value A, int32_t Verb) {
  Arg = A;
  HasArg = true;
  Val = Value();
  if (!A.valid()) {
    if (Verb == 'T' || Verb == 'v')
      Fmt.pad("<nil>");
    else
      badVerb(Verb);
    return;
  }
  if (Verb == 'T') {
    Fmt.fmtS(A.Tp->Name);
    return;
  }
  if (Verb == 'p') {
    fmtPointer(A, 'p');
    return;
  }
  // []byte itself (not a named byte slice) prints its type as "[]byte".
  if (A.Tp->TheKind == Kind::Slice && !A.Tp->Named &&
      A.Tp->Elem == &gs_type_uint8) {
    const auto *S = static_cast<const Slice *>(A.Ptr);
    fmtBytes(
        std::string_view(static_cast<const char *>(S->Ptr), size_t(S->Len)),
        S->Ptr == nullptr, Verb, "[]byte", A);
    return;
  }
  if (!handleMethods(Verb))
    printValue(A, Verb, 0);
}

void Printer::printList(Value V, int32_t Verb, int Depth) {
  const Type *Elem = V.Tp->Elem;
  const char *Base;
  intptr_t Len;
  bool IsNil = false;
  if (V.Tp->TheKind == Kind::Slice) {
    const auto *S = static_cast<const Slice *>(V.Ptr);
    Base = static_cast<const char *>(S->Ptr);
    Len = S->Len;
    IsNil = S->Ptr == nullptr;
  } else {
    Base = static_cast<const char *>(V.Ptr);
    Len = intptr_t(V.Tp->Len);
  }
  if ((Verb == 's' || Verb == 'q' || Verb == 'x' || Verb == 'X') &&
      Elem->TheKind == Kind::Uint8) {
    fmtBytes(std::string_view(Base, size_t(Len)), IsNil, Verb, V.Tp->Name, V);
    return;
  }
  auto ElemAt = [&](intptr_t I) {
    return Value{Elem, Base + uintptr_t(I) * Elem->Size, V.CanInterface};
  };
  if (Fmt.F.SharpV) {
    Buf += V.Tp->Name;
    if (V.Tp->TheKind == Kind::Slice && IsNil) {
      Buf += "(nil)";
      return;
    }
    Buf += '{';
    for (intptr_t I = 0; I < Len; ++I) {
      if (I > 0)
        Buf += ", ";
      printValue(ElemAt(I), Verb, Depth + 1);
    }
    Buf += '}';
    return;
  }
  Buf += '[';
  for (intptr_t I = 0; I < Len; ++I) {
    if (I > 0)
      Buf += ' ';
    printValue(ElemAt(I), Verb, Depth + 1);
  }
  Buf += ']';
}

void Printer::printValue(Value V, int32_t Verb, int Depth) {
  // Below the top level, values with methods print through them (Go's
  // CanInterface: not when reached through an unexported field).
  if (Depth > 0 && V.valid() && V.CanInterface) {
    Arg = V;
    HasArg = true;
    if (handleMethods(Verb))
      return;
  }
  Arg = Value();
  HasArg = false;
  Val = V;
  if (!V.valid()) {
    if (Depth == 0)
      Buf += "<invalid reflect.Value>";
    else if (Verb == 'v')
      Buf += "<nil>";
    else
      badVerb(Verb);
    return;
  }
  const void *P = V.Ptr;
  switch (V.Tp->TheKind) {
  case Kind::Bool:
    fmtBool(load<bool>(P), Verb);
    return;
  case Kind::Int:
  case Kind::Int64:
    fmtInteger(uint64_t(load<int64_t>(P)), true, Verb);
    return;
  case Kind::Int8:
    fmtInteger(uint64_t(int64_t(load<int8_t>(P))), true, Verb);
    return;
  case Kind::Int16:
    fmtInteger(uint64_t(int64_t(load<int16_t>(P))), true, Verb);
    return;
  case Kind::Int32:
    fmtInteger(uint64_t(int64_t(load<int32_t>(P))), true, Verb);
    return;
  case Kind::Uint:
  case Kind::Uint64:
  case Kind::Uintptr:
    fmtInteger(load<uint64_t>(P), false, Verb);
    return;
  case Kind::Uint8:
    fmtInteger(load<uint8_t>(P), false, Verb);
    return;
  case Kind::Uint16:
    fmtInteger(load<uint16_t>(P), false, Verb);
    return;
  case Kind::Uint32:
    fmtInteger(load<uint32_t>(P), false, Verb);
    return;
  case Kind::Float32:
    fmtFloat(double(load<float>(P)), 32, Verb);
    return;
  case Kind::Float64:
    fmtFloat(load<double>(P), 64, Verb);
    return;
  case Kind::Complex64:
  case Kind::Complex128: {
    // Not in the language subset; printed as Go does for completeness.
    bool Is64 = V.Tp->TheKind == Kind::Complex64;
    double Re = Is64 ? load<float>(P) : load<double>(P);
    double Im = Is64 ? load<float>(static_cast<const float *>(P) + 1)
                     : load<double>(static_cast<const double *>(P) + 1);
    switch (Verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
      bool OldPlus = Fmt.F.Plus;
      Buf += '(';
      fmtFloat(Re, Is64 ? 32 : 64, Verb);
      Fmt.F.Plus = true;
      fmtFloat(Im, Is64 ? 32 : 64, Verb);
      Buf += "i)";
      Fmt.F.Plus = OldPlus;
      return;
    }
    default:
      badVerb(Verb);
      return;
    }
  }
  case Kind::String:
    fmtString(view(load<String>(P)), Verb);
    return;
  case Kind::Map:
    printMap(V, Verb, Depth);
    return;
  case Kind::Struct: {
    if (Fmt.F.SharpV)
      Buf += V.Tp->Name;
    Buf += '{';
    for (uintptr_t I = 0; I < V.Tp->Len; ++I) {
      const StructField &Fd = V.Tp->Fields[I];
      if (I > 0)
        Buf += Fmt.F.SharpV ? ", " : " ";
      if ((Fmt.F.PlusV || Fmt.F.SharpV) && Fd.Name && Fd.Name[0]) {
        Buf += Fd.Name;
        Buf += ':';
      }
      Value FV{Fd.Tp, static_cast<const char *>(P) + Fd.Offset,
               V.CanInterface && isExported(Fd.Name)};
      printValue(FV, Verb, Depth + 1);
    }
    Buf += '}';
    return;
  }
  case Kind::Interface: {
    Value E = interfaceElem(V);
    if (!E.valid()) {
      if (Fmt.F.SharpV) {
        Buf += V.Tp->Name;
        Buf += "(nil)";
      } else {
        Buf += "<nil>";
      }
      return;
    }
    printValue(E, Verb, Depth + 1);
    return;
  }
  case Kind::Array:
  case Kind::Slice:
    printList(V, Verb, Depth);
    return;
  case Kind::Pointer: {
    const void *Target = load<const void *>(P);
    if (Depth == 0 && Target) {
      switch (V.Tp->Elem->TheKind) {
      case Kind::Array:
      case Kind::Slice:
      case Kind::Struct:
      case Kind::Map:
        Buf += '&';
        printValue(Value{V.Tp->Elem, Target, V.CanInterface}, Verb, Depth + 1);
        return;
      default:
        break;
      }
    }
    fmtPointer(V, Verb);
    return;
  }
  case Kind::Chan:
  case Kind::Func:
  case Kind::UnsafePointer:
    fmtPointer(V, Verb);
    return;
  default:
    Buf += '?';
    Buf += V.Tp->Name;
    Buf += '?';
    return;
  }
}
