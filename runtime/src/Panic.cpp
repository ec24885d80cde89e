//===- Panic.cpp - Go panics, defer, recover and fatal errors -------------===//
//
// State (one goroutine, so plain statics, which the collector scans):
//
//   TopFrame     the innermost defer frame; each links to the one below.
//                A frame holds its pending deferred calls, newest first.
//   TopPanic     the newest active panic; each links to the one it
//                interrupted (a panic raised while a deferred call ran).
//   RecoverCtx   the panic whose deferred call is running now, or null
//                while a deferred call runs for a normal return: recover()
//                succeeds only when this is TopPanic.
//
// A panic runs deferred calls from TopFrame down, popping frames that have
// none left. Before taking a call from frame F it marks aborted every
// older panic that was running a deferred call of F: that call's
// execution is being unwound by the newer panic (gc's "aborted"). When a
// deferred call returns and the panic is recovered, the panic and the
// aborted panics below it are dropped, RecoverCtx returns to what it was
// before the oldest dropped panic started, and control longjmps to F.
//
// Frames and deferred-call nodes are recycled through free lists; they
// and the panic records come from the collected heap but are not counted
// in the allocation statistics (gc's open-coded defers do not allocate).
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Panic.h"

#include "Internal.h"
#include "goscape-rt/Alg.h"
#include "goscape-rt/Iface.h"
#include "goscape-rt/Output.h"
#include "PointerType.h"

#include <csetjmp>
#include <cstddef>
#include <dlfcn.h>
#include <execinfo.h>
#include <link.h>
#include <unwind.h>
#include <vector>

using namespace gs;

//===----------------------------------------------------------------------===//
// Runtime error types
//===----------------------------------------------------------------------===//

/// The Error method of every runtime error type: the data word points to
/// the String holding the full text.
static String errorMethod(void *, void *Data) {
  return *static_cast<const String *>(Data);
}

static const Method ErrorMethodSet[] = {
    {"Error", &gs_type_func_string, reinterpret_cast<void *>(&errorMethod)}};

/// A string-kinded runtime type named Name with the Error method.
static constexpr Type stringError(const char *Name) {
  return Type{.Size = 16,
              .PtrData = 8,
              .Align = 8,
              .TheKind = Kind::String,
              .Flags = TypeNeedKeyUpdate,
              .Named = 1,
              .Hash = gs_strhash,
              .Equal = gs_strequal,
              .Name = Name,
              .Methods = ErrorMethodSet,
              .NumMethods = 1,
              .PkgPath = "runtime"};
}

const Type gs::gs_type_runtime_boundsError =
    stringError("runtime.boundsError");
const Type gs::gs_type_runtime_errorString =
    stringError("runtime.errorString");
const Type gs::gs_type_runtime_plainError = stringError("runtime.plainError");

static const Type TypeAssertionErrorType = {.Size = 16,
                                            .PtrData = 8,
                                            .Align = 8,
                                            .TheKind = Kind::Struct,
                                            .Named = 1,
                                            .Name =
                                                "runtime.TypeAssertionError",
                                            .PkgPath = "runtime"};

constinit const Type gs::gs_type_runtime_TypeAssertionError_ptr =
    rt::pointerTypeOf("*runtime.TypeAssertionError", &TypeAssertionErrorType, ErrorMethodSet, 1);

String *rt::gcText(const std::string &Text) {
  auto *S = static_cast<String *>(allocInternal(sizeof(String), true));
  *S = String{copyBytes(Text.data(), Text.size()), intptr_t(Text.size())};
  return S;
}

void rt::panicWith(const Type *T, String *Text) { gs_panic(T, Text); }

void rt::panicErrorString(const char *Text) {
  auto *S = static_cast<String *>(allocInternal(sizeof(String), true));
  *S = String{reinterpret_cast<const uint8_t *>(Text),
              intptr_t(std::strlen(Text))};
  gs_panic(&gs_type_runtime_errorString, S);
}

void gs::gs_panic_runtime_error(const char *Msg) {
  String *Text = rt::gcText(std::string("runtime error: ") + Msg);
  rt::panicWith(&gs_type_runtime_errorString, Text);
}

void gs::gs_panic_plain_error(const char *Msg) {
  String *Text = rt::gcText(Msg);
  rt::panicWith(&gs_type_runtime_plainError, Text);
}

void gs::gs_panic_divide() { gs_panic_runtime_error("integer divide by zero"); }

void gs::gs_panic_nil() {
  gs_panic_runtime_error("invalid memory address or nil pointer dereference");
}

void gs::gs_panic_shift() { gs_panic_runtime_error("negative shift amount"); }

void gs::gs_panic_bounds(uint8_t Code, int64_t X, bool XSigned, int64_t Y) {
  // %x is X, %y is Y; the short forms apply to a negative signed X.
  static const char *const Formats[] = {
      "index out of range [%x] with length %y",
      "slice bounds out of range [:%x] with length %y",
      "slice bounds out of range [:%x] with capacity %y",
      "slice bounds out of range [%x:%y]",
      "slice bounds out of range [::%x] with length %y",
      "slice bounds out of range [::%x] with capacity %y",
      "slice bounds out of range [:%x:%y]",
      "slice bounds out of range [%x:%y:]",
      "cannot convert slice with length %y to pointer to array with length %x",
  };
  static const char *const NegFormats[] = {
      "index out of range [%x]",          "slice bounds out of range [:%x]",
      "slice bounds out of range [:%x]",  "slice bounds out of range [%x:]",
      "slice bounds out of range [::%x]", "slice bounds out of range [::%x]",
      "slice bounds out of range [:%x:]", "slice bounds out of range [%x::]",
  };
  if (Code > BoundsConvert)
    gs_fatal("bad bounds error code");
  const char *F = (XSigned && X < 0 && Code != BoundsConvert)
                      ? NegFormats[Code]
                      : Formats[Code];
  String *Msg;
  {
    std::string Text = "runtime error: ";
    for (; *F; ++F) {
      if (*F != '%') {
        Text += *F;
        continue;
      }
      ++F;
      if (*F == 'x') {
        if (XSigned)
          rt::appendInt(Text, X);
        else
          rt::appendUint(Text, uint64_t(X));
      } else {
        rt::appendInt(Text, Y);
      }
    }
    Msg = rt::gcText(Text);
  }
  rt::panicWith(&gs_type_runtime_boundsError, Msg);
}

void gs::gs_panic_index(int64_t X, int64_t Len) {
  gs_panic_bounds(BoundsIndex, X, true, Len);
}

void gs::gs_panic_slice_acap(int64_t X, int64_t Cap) {
  gs_panic_bounds(BoundsSliceAcap, X, true, Cap);
}

void gs::gs_panic_slice_alen(int64_t X, int64_t Len) {
  gs_panic_bounds(BoundsSliceAlen, X, true, Len);
}

void gs::gs_panic_slice_b(int64_t X, int64_t Y) {
  gs_panic_bounds(BoundsSliceB, X, true, Y);
}

//===----------------------------------------------------------------------===//
// Defer frames
//===----------------------------------------------------------------------===//

namespace {
/// One pending deferred call.
struct DeferNode {
  Closure *Fn;
  DeferNode *Next;
};
/// The defer state of one running function (see Panic.h).
struct DeferFrame {
  jmp_buf Buf; ///< first member: the function's _setjmp target
  DeferFrame *Prev;
  DeferNode *Defers;
};
/// An active panic.
struct PanicRec {
  Eface Arg;
  PanicRec *Link;       ///< the panic this one interrupted
  DeferFrame *Running;  ///< frame whose deferred call this panic runs
  uintptr_t Anchor;     ///< frame address of the runtime frame calling it
  PanicRec *SavedCtx;   ///< RecoverCtx when this panic started
  bool Recovered;
  bool Aborted;
};
} // namespace

static_assert(offsetof(DeferFrame, Buf) == 0, "jmp_buf must come first");

static DeferFrame *TopFrame = nullptr;
static DeferFrame *FreeFrames = nullptr;
static DeferNode *FreeNodes = nullptr;
static PanicRec *TopPanic = nullptr;
static PanicRec *RecoverCtx = nullptr;

void *gs::gs_defer_begin() {
  DeferFrame *F = FreeFrames;
  if (F)
    FreeFrames = F->Prev;
  else
    F = static_cast<DeferFrame *>(rt::allocInternal(sizeof(DeferFrame), true));
  F->Prev = TopFrame;
  F->Defers = nullptr;
  TopFrame = F;
  return F;
}

void gs::gs_defer_push(void *Frame, Closure *Thunk) {
  auto *F = static_cast<DeferFrame *>(Frame);
  DeferNode *N = FreeNodes;
  if (N)
    FreeNodes = N->Next;
  else
    N = static_cast<DeferNode *>(rt::allocInternal(sizeof(DeferNode), true));
  N->Fn = Thunk;
  N->Next = F->Defers;
  F->Defers = N;
}

/// Removes and returns F's newest deferred call.
static Closure *popDefer(DeferFrame *F) {
  DeferNode *N = F->Defers;
  Closure *C = N->Fn;
  F->Defers = N->Next;
  N->Fn = nullptr;
  N->Next = FreeNodes;
  FreeNodes = N;
  return C;
}

/// Pops TopFrame (which has no deferred calls left) to the free list.
static void popFrame() {
  DeferFrame *F = TopFrame;
  TopFrame = F->Prev;
  F->Prev = FreeFrames;
  FreeFrames = F;
}

/// Calls a deferred thunk with Go's convention (Type.h): its closure as the
/// context, no arguments, no results.
static void callThunk(Closure *C) {
  reinterpret_cast<void (*)(Closure *)>(C->Fn)(C);
}

/// Runs deferred call C for panic P from a frame of its own, whose address
/// tells gs_recover which frames the deferred call has entered since.
[[gnu::noinline]] static void callDeferred(PanicRec *P, Closure *C) {
  P->Anchor = uintptr_t(__builtin_frame_address(0));
  callThunk(C);
  asm volatile(""); // keep the call from becoming a tail call
}

void gs::gs_defer_return(void *Frame) {
  auto *F = static_cast<DeferFrame *>(Frame);
  if (F != TopFrame)
    gs_fatal("defer frame returned out of order");
  while (F->Defers) {
    Closure *C = popDefer(F);
    PanicRec *Saved = RecoverCtx;
    RecoverCtx = nullptr;
    callThunk(C);
    RecoverCtx = Saved;
  }
  popFrame();
}

//===----------------------------------------------------------------------===//
// Panicking
//===----------------------------------------------------------------------===//

[[noreturn]] static void fatalPanic();

void gs::gs_panic(const Type *T, void *Data) {
  auto *P = static_cast<PanicRec *>(rt::allocInternal(sizeof(PanicRec), true));
  P->Arg = Eface{T, Data};
  P->Link = TopPanic;
  P->SavedCtx = RecoverCtx;
  TopPanic = P;
  for (;;) {
    DeferFrame *F = TopFrame;
    if (!F)
      fatalPanic();
    for (PanicRec *Q = P->Link; Q; Q = Q->Link)
      if (Q->Running == F)
        Q->Aborted = true;
    if (!F->Defers) {
      popFrame();
      continue;
    }
    Closure *C = popDefer(F);
    P->Running = F;
    RecoverCtx = P;
    callDeferred(P, C);
    P->Running = nullptr;
    if (!P->Recovered)
      continue;
    // Recovered: drop this panic and the ones it aborted, resume F.
    PanicRec *Ctx = P->SavedCtx;
    TopPanic = P->Link;
    while (TopPanic && TopPanic->Aborted) {
      Ctx = TopPanic->SavedCtx;
      TopPanic = TopPanic->Link;
    }
    RecoverCtx = Ctx;
    rt::LastSignal.Pending = false;
    longjmp(F->Buf, 1);
  }
}

namespace {
/// Counts the frames whose CFA lies in (Low, Limit]: those between
/// gs_recover and callDeferred.
struct FrameCount {
  uintptr_t Low, Limit;
  int Between = 0;
  bool Reached = false;
};
} // namespace

static _Unwind_Reason_Code countFrame(_Unwind_Context *Ctx, void *Arg) {
  auto *S = static_cast<FrameCount *>(Arg);
  uintptr_t CFA = _Unwind_GetCFA(Ctx);
  if (CFA > S->Limit) {
    S->Reached = true;
    return _URC_END_OF_STACK;
  }
  if (CFA > S->Low)
    ++S->Between;
  return _URC_NO_REASON;
}

/// True if the function that called gs_recover (whose own CFA is Low) was
/// called directly by the deferred call P runs: the frames between
/// gs_recover and callDeferred are the compiler's defer thunk and that
/// function, or only one of them (the function inlined into the thunk, or
/// called by a tail call). If the unwinder cannot walk the Go frames, the
/// answer is yes.
[[gnu::noinline]] static bool calledByDeferredCall(const PanicRec *P,
                                                   uintptr_t Low) {
  FrameCount S{Low, P->Anchor};
  _Unwind_Backtrace(countFrame, &S);
  return !S.Reached || S.Between <= 2;
}

void gs::gs_recover(Eface *Out) {
  PanicRec *P = TopPanic;
  // gs_recover's CFA (the frame pointer is forced by the builtin).
  uintptr_t Low = uintptr_t(__builtin_frame_address(0)) + 16;
  if (P && P == RecoverCtx && !P->Recovered && calledByDeferredCall(P, Low)) {
    P->Recovered = true;
    *Out = P->Arg;
    return;
  }
  *Out = Eface{nullptr, nullptr};
}

//===----------------------------------------------------------------------===//
// Printing an unrecovered panic
//===----------------------------------------------------------------------===//

/// Appends the value V as gc's printpanicval does (after error and
/// Stringer values were replaced by their text).
static void appendPanicValue(std::string &S, const Eface &V) {
  const Type *T = V.Tp;
  if (!T) {
    S += "nil";
    return;
  }
  const void *D = V.Data;
  bool Basic = true;
  std::string Val;
  switch (T->TheKind) {
  case Kind::Bool:
    Val = *static_cast<const bool *>(D) ? "true" : "false";
    break;
  case Kind::Int:
  case Kind::Int64:
    rt::appendInt(Val, *static_cast<const int64_t *>(D));
    break;
  case Kind::Int8:
    rt::appendInt(Val, *static_cast<const int8_t *>(D));
    break;
  case Kind::Int16:
    rt::appendInt(Val, *static_cast<const int16_t *>(D));
    break;
  case Kind::Int32:
    rt::appendInt(Val, *static_cast<const int32_t *>(D));
    break;
  case Kind::Uint:
  case Kind::Uint64:
  case Kind::Uintptr:
    rt::appendUint(Val, *static_cast<const uint64_t *>(D));
    break;
  case Kind::Uint8:
    rt::appendUint(Val, *static_cast<const uint8_t *>(D));
    break;
  case Kind::Uint16:
    rt::appendUint(Val, *static_cast<const uint16_t *>(D));
    break;
  case Kind::Uint32:
    rt::appendUint(Val, *static_cast<const uint32_t *>(D));
    break;
  case Kind::Float32:
    rt::appendFloat(Val, *static_cast<const float *>(D));
    break;
  case Kind::Float64:
    rt::appendFloat(Val, *static_cast<const double *>(D));
    break;
  case Kind::Complex64: {
    const float *C = static_cast<const float *>(D);
    rt::appendComplex(Val, C[0], C[1]);
    break;
  }
  case Kind::Complex128: {
    const double *C = static_cast<const double *>(D);
    rt::appendComplex(Val, C[0], C[1]);
    break;
  }
  case Kind::String: {
    const String *Str = static_cast<const String *>(D);
    Val.assign(reinterpret_cast<const char *>(Str->Ptr), size_t(Str->Len));
    break;
  }
  default:
    Basic = false;
    break;
  }
  if (!Basic) {
    S += '(';
    S += T->Name;
    S += ") ";
    rt::appendHex(S, uintptr_t(D));
    return;
  }
  if (!T->Named) { // a predeclared type: as print prints it
    S += Val;
    return;
  }
  S += T->Name;
  if (T->TheKind == Kind::String)
    S += "(\"" + Val + "\")";
  else if (T->TheKind == Kind::Complex64 || T->TheKind == Kind::Complex128)
    S += Val;
  else
    S += "(" + Val + ")";
}

/// True for symbols that name Go functions ("main.main", "main.(*T).M"),
/// as opposed to the runtime's and the C library's.
static bool isGoSymbol(const char *Name) {
  return Name && std::strchr(Name, '.') && std::strncmp(Name, "gs_", 3) != 0 &&
         Name[0] != '_';
}

/// Appends the Go functions on the stack, innermost first, one "name()"
/// line each (see Panic.h for what can be named).
static void appendTrace(std::string &S) {
  void *PCs[64];
  int N = backtrace(PCs, 64);
  for (int I = 0; I < N; ++I) {
    uintptr_t PC = uintptr_t(PCs[I]) - 1;
    Dl_info Info;
    void *SymEnt = nullptr;
    if (!dladdr1(reinterpret_cast<void *>(PC), &Info, &SymEnt,
                 RTLD_DL_SYMENT) ||
        !SymEnt || !isGoSymbol(Info.dli_sname))
      continue;
    const auto *Sym = static_cast<const ElfW(Sym) *>(SymEnt);
    uintptr_t Start = uintptr_t(Info.dli_saddr);
    if (PC >= Start + Sym->st_size)
      continue; // a local symbol between exported ones: unknown
    S += Info.dli_sname;
    S += "()\n";
  }
}

void fatalPanic() {
  // An Error or String method called below panicked: gc's throw.
  static PanicRec *Printing = nullptr;
  if (Printing) {
    const Eface &V = TopPanic->Arg;
    std::string S = "panic while printing panic value";
    if (V.Tp == &gs_type_string) {
      const auto *Str = static_cast<const String *>(V.Data);
      S += ": ";
      S.append(reinterpret_cast<const char *>(Str->Ptr), size_t(Str->Len));
    } else {
      S += ": type ";
      S += V.Tp ? V.Tp->Name : "nil";
    }
    gs_fatal(S.c_str());
  }
  Printing = TopPanic;
  // Oldest first; error and Stringer values print as their text.
  std::vector<PanicRec *> Chain;
  for (PanicRec *P = TopPanic; P; P = P->Link)
    Chain.insert(Chain.begin(), P);
  for (PanicRec *P : Chain) {
    String Text;
    if (gs_callstringmethod(&Text, P->Arg.Tp, P->Arg.Data, "Error") ||
        gs_callstringmethod(&Text, P->Arg.Tp, P->Arg.Data, "String")) {
      auto *Box = static_cast<String *>(rt::allocInternal(sizeof(String), true));
      *Box = Text;
      P->Arg = Eface{&gs_type_string, Box};
    }
  }
  std::string S;
  for (size_t I = 0; I < Chain.size(); ++I) {
    if (I)
      S += '\t';
    S += "panic: ";
    appendPanicValue(S, Chain[I]->Arg);
    if (Chain[I]->Recovered)
      S += " [recovered]";
    S += '\n';
  }
  if (rt::LastSignal.Pending)
    rt::appendSignal(S);
  S += "\ngoroutine 1 [running]:\n";
  appendTrace(S);
  rt::writeStderr(S);
  rt::exitProcess(2);
}

void gs::gs_fatal(const char *Msg) {
  std::string S = "fatal error: ";
  S += Msg;
  S += "\n\ngoroutine 1 [running]:\n";
  appendTrace(S);
  rt::writeStderr(S);
  rt::exitProcess(2);
}
