//===- FmtPrint.cpp - Format strings, operand lists, fmt entry points -----===//
//
// Printer::doPrintf parses a format string as Go 1.19 does: flags, then
// an optional [n] argument index, a width (number or *), '.' and a
// precision (number or *), another optional [n], and the verb (one UTF-8
// rune). Operands are consumed left to right unless indexed; surplus
// operands are reported as %!(EXTRA type=value, ...) unless an index was
// used. doPrint and doPrintln implement the spacing of Print and Println.
//
// The entry points run one Printer each and either copy its buffer into a
// new Go string or append it to the stdout buffer.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Fmt.h"

#include "FmtInternal.h"
#include "goscape-rt/Alg.h"
#include "goscape-rt/Alloc.h"
#include "goscape-rt/Iface.h"
#include "goscape-rt/Output.h"
#include "PointerType.h"

#include <cstring>

using namespace gs;
using namespace gs::fmt;

static bool tooLarge(int X) { return X > 1000000 || X < -1000000; }

/// Parses a decimal number at Format[Start, End): returns whether digits
/// were found; Num is the value, NewI the index after the digits.
static bool parseNum(std::string_view Format, size_t Start, size_t End,
                     int &Num, size_t &NewI) {
  Num = 0;
  if (Start >= End) {
    NewI = End;
    return false;
  }
  bool IsNum = false;
  for (NewI = Start; NewI < End && Format[NewI] >= '0' && Format[NewI] <= '9';
       ++NewI) {
    if (tooLarge(Num)) {
      Num = 0;
      NewI = End;
      return false; // Overflow.
    }
    Num = Num * 10 + (Format[NewI] - '0');
    IsNum = true;
  }
  return IsNum;
}

/// Reads operand ArgNum as an int for a * width or precision.
static bool intFromArg(const Eface *Args, int NArgs, int &ArgNum, int &Num) {
  Num = 0;
  if (ArgNum >= NArgs)
    return false;
  Value V = fromEface(Args[ArgNum]);
  ++ArgNum;
  bool IsInt = false;
  if (V.valid()) {
    int64_t N = 0;
    switch (V.Tp->TheKind) {
    case Kind::Int:
    case Kind::Int64:
      std::memcpy(&N, V.Ptr, 8);
      IsInt = true;
      break;
    case Kind::Int8:
      N = *static_cast<const int8_t *>(V.Ptr);
      IsInt = true;
      break;
    case Kind::Int16:
      N = *static_cast<const int16_t *>(V.Ptr);
      IsInt = true;
      break;
    case Kind::Int32:
      N = *static_cast<const int32_t *>(V.Ptr);
      IsInt = true;
      break;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr: {
      uint64_t U;
      std::memcpy(&U, V.Ptr, 8);
      IsInt = int64_t(U) >= 0;
      N = int64_t(U);
      break;
    }
    case Kind::Uint8:
      N = *static_cast<const uint8_t *>(V.Ptr);
      IsInt = true;
      break;
    case Kind::Uint16:
      N = *static_cast<const uint16_t *>(V.Ptr);
      IsInt = true;
      break;
    case Kind::Uint32:
      N = *static_cast<const uint32_t *>(V.Ptr);
      IsInt = true;
      break;
    default:
      break;
    }
    if (IsInt) {
      // tooLarge on the full value, before narrowing to int.
      if (N > 1000000 || N < -1000000)
        return false;
      Num = int(N);
    }
  }
  return IsInt;
}

int Printer::argNumber(int ArgNum, std::string_view Format, size_t &I,
                       int NumArgs, bool &Found) {
  Found = false;
  if (Format.size() <= I || Format[I] != '[')
    return ArgNum;
  Reordered = true;
  // Parses "[n]" at I: Wid is the number of bytes it spans.
  std::string_view F = Format.substr(I);
  size_t Wid = 1;
  bool Ok = false;
  int Index = 0;
  if (F.size() >= 3) {
    for (size_t J = 1; J < F.size(); ++J) {
      if (F[J] != ']')
        continue;
      int Width;
      size_t NewI;
      bool IsNum = parseNum(F, 1, J, Width, NewI);
      if (!IsNum || NewI != J) {
        Wid = J + 1;
      } else {
        Index = Width - 1;
        Wid = J + 1;
        Ok = true;
      }
      break;
    }
  }
  I += Wid;
  if (Ok && 0 <= Index && Index < NumArgs) {
    Found = true;
    return Index;
  }
  GoodArgNum = false;
  Found = Ok;
  return ArgNum;
}

void Printer::doPrintf(std::string_view Format, const Eface *Args,
                       intptr_t NArgsL) {
  int NArgs = int(NArgsL);
  size_t End = Format.size();
  int ArgNum = 0;
  bool AfterIndex = false;
  Reordered = false;
  for (size_t I = 0; I < End;) {
    GoodArgNum = true;
    size_t LastI = I;
    while (I < End && Format[I] != '%')
      ++I;
    if (I > LastI)
      Buf.append(Format.substr(LastI, I - LastI));
    if (I >= End)
      break;
    ++I; // Skip '%'.

    Fmt.clearFlags();
    Flags &F = Fmt.F;
    bool Simple = false;
    for (; I < End; ++I) {
      char C = Format[I];
      if (C == '#') {
        F.Sharp = true;
      } else if (C == '0') {
        F.Zero = !F.Minus; // Zero padding only on the left.
      } else if (C == '+') {
        F.Plus = true;
      } else if (C == '-') {
        F.Minus = true;
        F.Zero = false;
      } else if (C == ' ') {
        F.Space = true;
      } else {
        // Fast path: a lower-case verb right after the flags.
        if (C >= 'a' && C <= 'z' && ArgNum < NArgs) {
          if (C == 'v') {
            F.SharpV = F.Sharp;
            F.Sharp = false;
            F.PlusV = F.Plus;
            F.Plus = false;
          }
          printArg(fromEface(Args[ArgNum]), C);
          ++ArgNum;
          ++I;
          Simple = true;
        }
        break;
      }
    }
    if (Simple)
      continue;

    ArgNum = argNumber(ArgNum, Format, I, NArgs, AfterIndex);

    if (I < End && Format[I] == '*') {
      ++I;
      F.WidPresent = intFromArg(Args, NArgs, ArgNum, F.Wid);
      if (!F.WidPresent)
        Buf += "%!(BADWIDTH)";
      if (F.Wid < 0) {
        F.Wid = -F.Wid;
        F.Minus = true;
        F.Zero = false;
      }
      AfterIndex = false;
    } else {
      F.WidPresent = parseNum(Format, I, End, F.Wid, I);
      if (AfterIndex && F.WidPresent) // "%[3]2d"
        GoodArgNum = false;
    }

    if (I + 1 < End && Format[I] == '.') {
      ++I;
      if (AfterIndex) // "%[3].2d"
        GoodArgNum = false;
      ArgNum = argNumber(ArgNum, Format, I, NArgs, AfterIndex);
      if (I < End && Format[I] == '*') {
        ++I;
        F.PrecPresent = intFromArg(Args, NArgs, ArgNum, F.Prec);
        if (F.Prec < 0) {
          F.Prec = 0;
          F.PrecPresent = false;
        }
        if (!F.PrecPresent)
          Buf += "%!(BADPREC)";
        AfterIndex = false;
      } else {
        F.PrecPresent = parseNum(Format, I, End, F.Prec, I);
        if (!F.PrecPresent) {
          F.Prec = 0;
          F.PrecPresent = true;
        }
      }
    }

    if (!AfterIndex)
      ArgNum = argNumber(ArgNum, Format, I, NArgs, AfterIndex);

    if (I >= End) {
      Buf += "%!(NOVERB)";
      break;
    }

    int W = 1;
    int32_t Verb = uint8_t(Format[I]);
    if (Verb >= 0x80)
      Verb = decodeRune(Format.substr(I), W);
    I += size_t(W);

    if (Verb == '%') {
      Buf += '%'; // Absorbs no operand; ignores width and precision.
    } else if (!GoodArgNum) {
      Buf += "%!";
      writeRune(Verb);
      Buf += "(BADINDEX)";
    } else if (ArgNum >= NArgs) {
      Buf += "%!";
      writeRune(Verb);
      Buf += "(MISSING)";
    } else {
      if (Verb == 'v') {
        F.SharpV = F.Sharp;
        F.Sharp = false;
        F.PlusV = F.Plus;
        F.Plus = false;
      }
      printArg(fromEface(Args[ArgNum]), Verb);
      ++ArgNum;
    }
  }

  if (!Reordered && ArgNum < NArgs) {
    Fmt.clearFlags();
    Buf += "%!(EXTRA ";
    for (int I = ArgNum; I < NArgs; ++I) {
      if (I > ArgNum)
        Buf += ", ";
      if (!Args[I].Tp) {
        Buf += "<nil>";
      } else {
        Buf += Args[I].Tp->Name;
        Buf += '=';
        printArg(fromEface(Args[I]), 'v');
      }
    }
    Buf += ')';
  }
}

void Printer::doPrint(const Eface *Args, intptr_t N) {
  bool PrevString = false;
  for (intptr_t I = 0; I < N; ++I) {
    bool IsString = Args[I].Tp && Args[I].Tp->TheKind == Kind::String;
    // A space between operands when neither side is a string.
    if (I > 0 && !IsString && !PrevString)
      Buf += ' ';
    printArg(fromEface(Args[I]), 'v');
    PrevString = IsString;
  }
}

void Printer::doPrintln(const Eface *Args, intptr_t N) {
  for (intptr_t I = 0; I < N; ++I) {
    if (I > 0)
      Buf += ' ';
    printArg(fromEface(Args[I]), 'v');
  }
  Buf += '\n';
}

//===----------------------------------------------------------------------===//
// *fmt.wrapError
//===----------------------------------------------------------------------===//

namespace {
/// fmt.wrapError: Errorf's result when the format has a %w.
struct WrapError {
  String Msg;
  Iface Err;
};
} // namespace

/// (*wrapError).Error, in the calling convention of Type.h.
static String wrapErrorError(void *, void *Data) {
  return static_cast<WrapError *>(Data)->Msg;
}

static const StructField WrapErrorFields[] = {{"msg", &gs_type_string, 0, 0},
                                              {"err", &gs_type_error, 16, 0}};

/// The descriptor of fmt.wrapError.
static const Type WrapErrorType = {
    .Size = sizeof(WrapError),
    .PtrData = 32,
    .Align = 8,
    .TheKind = Kind::Struct,
    .Flags = TypeNeedKeyUpdate | TypeHashMightPanic | TypeNonReflexive,
    .Named = 1,
    .Name = "fmt.wrapError",
    .Len = 2,
    .Fields = WrapErrorFields,
    .PkgPath = "fmt",
};

/// (*wrapError).Unwrap: the %w operand.
static Iface wrapErrorUnwrap(void *, void *Data) {
  return static_cast<WrapError *>(Data)->Err;
}

static const Method WrapErrorPtrMethods[] = {
    {"Error", &gs_type_func_string, reinterpret_cast<void *>(&wrapErrorError)},
    {"Unwrap", &gs_type_func_error, reinterpret_cast<void *>(&wrapErrorUnwrap)}};

constinit const Type gs::gs_type_fmt_wrapError_ptr =
    rt::pointerTypeOf("*fmt.wrapError", &WrapErrorType, WrapErrorPtrMethods, 2);

static const Itab WrapErrorItab = {&gs_type_error,
                                   &gs_type_fmt_wrapError_ptr,
                                   {reinterpret_cast<void *>(&wrapErrorError)}};

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

/// Writes P's output to stdout and reports its length.
static void emit(IntError *Out, const Printer &P) {
  gs_write_stdout(reinterpret_cast<const uint8_t *>(P.Buf.data()),
                  intptr_t(P.Buf.size()));
  *Out = IntError{intptr_t(P.Buf.size()), Iface{nullptr, nullptr}};
}

void gs::gs_fmt_Errorf(Iface *Out, const uint8_t *FormatPtr, intptr_t FormatLen,
                       const Eface *Args, intptr_t NArgs, intptr_t) {
  Printer P;
  P.WrapErrs = true;
  P.doPrintf(view(FormatPtr, FormatLen), Args, NArgs);
  String Msg = makeString(P.Buf);
  if (!P.WrappedErr.Tp) {
    *Out = newError(Msg);
    return;
  }
  auto *W = static_cast<WrapError *>(gs_newobject(&WrapErrorType));
  W->Msg = Msg;
  W->Err = Iface{gs_getitab(&gs_type_error, P.WrappedErr.Tp, false),
                 P.WrappedErr.Data};
  *Out = Iface{&WrapErrorItab, W};
}

void gs::gs_fmt_Print(IntError *Out, const Eface *Args, intptr_t NArgs,
                      intptr_t) {
  Printer P;
  P.doPrint(Args, NArgs);
  emit(Out, P);
}

void gs::gs_fmt_Printf(IntError *Out, const uint8_t *FormatPtr,
                       intptr_t FormatLen, const Eface *Args, intptr_t NArgs,
                       intptr_t) {
  Printer P;
  P.doPrintf(view(FormatPtr, FormatLen), Args, NArgs);
  emit(Out, P);
}

void gs::gs_fmt_Println(IntError *Out, const Eface *Args, intptr_t NArgs,
                        intptr_t) {
  Printer P;
  P.doPrintln(Args, NArgs);
  emit(Out, P);
}

void gs::gs_fmt_Sprint(String *Out, const Eface *Args, intptr_t NArgs,
                       intptr_t) {
  Printer P;
  P.doPrint(Args, NArgs);
  *Out = makeString(P.Buf);
}

void gs::gs_fmt_Sprintf(String *Out, const uint8_t *FormatPtr,
                        intptr_t FormatLen, const Eface *Args, intptr_t NArgs,
                        intptr_t) {
  Printer P;
  P.doPrintf(view(FormatPtr, FormatLen), Args, NArgs);
  *Out = makeString(P.Buf);
}

void gs::gs_fmt_Sprintln(String *Out, const Eface *Args, intptr_t NArgs,
                         intptr_t) {
  Printer P;
  P.doPrintln(Args, NArgs);
  *Out = makeString(P.Buf);
}
