//===- Panic.cpp - Go panics, defer, recover and fatal errors -------------===//
//
// State (one goroutine, so plain statics, which the collector scans):
//
//   TopFrame     the innermost defer frame; each links to the one below.
//                A frame holds its pending deferred calls, newest first.
//   TopPanic     the newest active panic; each links to the one it
//                interrupted (a panic raised while a deferred call ran).
//
// A panic runs deferred calls from TopFrame down, popping frames that have
// none left. Before taking a call from frame F it marks aborted every
// older panic that was running a deferred call of F: that call's
// execution is being unwound by the newer panic (gc's "aborted"). When a
// deferred call returns and the panic is recovered, the panic and the
// aborted panics below it are dropped and control longjmps to F.
//
// recover() succeeds under gc's rule (Panic.h): TopPanic, not yet
// recovered, and the caller of recover called directly by the thunk the
// panic runs. The panic records the frame address of callDeferred, the
// runtime function that calls the thunk, while the call runs; gs_recover
// walks the stack up to that frame with the unwinder.
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
#include <csignal>
#include <cstddef>
#include <dlfcn.h>
#include <execinfo.h>
#include <iterator>
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

/// The RuntimeError method that marks gc's runtime errors (runtime.Error):
/// it does nothing.
static void runtimeErrorMethod(void *, void *) {}

/// func(), the signature of RuntimeError (signatures match by name).
static const Type FuncNoResults = {.Size = 8,
                                   .PtrData = 8,
                                   .Align = 8,
                                   .TheKind = Kind::Func,
                                   .Flags = TypeDirectIface,
                                   .Name = "func()"};

/// The method set of every runtime error type, sorted by name: a panic
/// value also satisfies interface{ RuntimeError() }.
static const Method ErrorMethodSet[] = {
    {"Error", &gs_type_func_string, reinterpret_cast<void *>(&errorMethod)},
    {"RuntimeError", &FuncNoResults,
     reinterpret_cast<void *>(&runtimeErrorMethod)}};

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
              .NumMethods = std::size(ErrorMethodSet),
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
    rt::pointerTypeOf("*runtime.TypeAssertionError", &TypeAssertionErrorType, ErrorMethodSet,
                      std::size(ErrorMethodSet));

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

void rt::panicNil() {
  gs_panic_runtime_error("invalid memory address or nil pointer dereference");
}

void gs::gs_panic_nil() {
  // gc's nil checks are faults: report one at address 0, at the check.
  rt::LastSignal = rt::SignalInfo{
      SIGSEGV, SEGV_MAPERR, 0, uintptr_t(__builtin_return_address(0)), true};
  rt::panicNil();
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
  PanicRec *Link;      ///< the panic this one interrupted
  DeferFrame *Running; ///< frame whose deferred call this panic runs
  uintptr_t Anchor;    ///< frame address of callDeferred while it runs
  bool Recovered;
  bool Aborted;
};
} // namespace

static_assert(offsetof(DeferFrame, Buf) == 0, "jmp_buf must come first");

static DeferFrame *TopFrame = nullptr;
static DeferFrame *FreeFrames = nullptr;
static DeferNode *FreeNodes = nullptr;
static PanicRec *TopPanic = nullptr;

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
/// bounds gs_recover's walk; the thunk is called directly from here.
[[gnu::noinline]] static void callDeferred(PanicRec *P, Closure *C) {
  P->Anchor = uintptr_t(__builtin_frame_address(0));
  reinterpret_cast<void (*)(Closure *)>(C->Fn)(C);
  P->Anchor = 0;
}

void gs::gs_defer_return(void *Frame) {
  auto *F = static_cast<DeferFrame *>(Frame);
  if (F != TopFrame)
    gs_fatal("defer frame returned out of order");
  while (F->Defers)
    callThunk(popDefer(F));
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
    callDeferred(P, C);
    P->Running = nullptr;
    if (!P->Recovered)
      continue;
    // Recovered: drop this panic and the ones it aborted, resume F.
    TopPanic = P->Link;
    while (TopPanic && TopPanic->Aborted)
      TopPanic = TopPanic->Link;
    rt::LastSignal.Pending = false;
    longjmp(F->Buf, 1);
  }
}

// The section of the compiler's wrapper functions (Panic.h); absent (null)
// in programs without wrappers and in the runtime's tests.
extern "C" {
[[gnu::weak]] extern const char __start_gs_wrappers[];
[[gnu::weak]] extern const char __stop_gs_wrappers[];
}

/// True if the code at PC is one of the compiler's wrapper functions.
static bool isWrapperCode(uintptr_t PC) {
  return PC >= uintptr_t(__start_gs_wrappers) &&
         PC < uintptr_t(__stop_gs_wrappers);
}

namespace {
/// The walk of gs_recover from its own frame towards callDeferred. Each
/// unwinder context names a function by the return address into it (its
/// IP) and reports as its CFA that function's stack pointer at the call,
/// which is the CFA of the function it called.
struct RecoverWalk {
  uintptr_t CallerCFA; ///< the canonical frame address of recover's caller
  uintptr_t Anchor;    ///< callDeferred's frame address
  bool FoundCaller = false;
  bool Reached = false; ///< the walk got to callDeferred
  int Functions = 0; ///< non-wrapper functions from the caller's caller on
  int Wrappers = 0;  ///< wrapper functions among them
};

/// A return address of a function that called recover, and the distance
/// from its CFA to callDeferred's frame, for which the walk found the
/// caller called directly by the deferred call's thunk.
struct DirectCall {
  uintptr_t Return, Distance;
};
} // namespace

/// Confirmed direct calls, by return address. A hit needs no walk: the
/// function at the return address has a fixed frame size (Go code has no
/// dynamic stack allocation), so the same return address at the same
/// distance from callDeferred puts that function's frame where the
/// thunk's frame is: it is the thunk.
static DirectCall DirectCalls[64];

static DirectCall &directCallSlot(uintptr_t Return) {
  return DirectCalls[(Return >> 4) % std::size(DirectCalls)];
}

static _Unwind_Reason_Code walkFrame(_Unwind_Context *Ctx, void *Arg) {
  auto *W = static_cast<RecoverWalk *>(Arg);
  uintptr_t SP = _Unwind_GetCFA(Ctx);
  // callDeferred's stack pointer at its call of the thunk lies at or below
  // its frame address; its caller's lies above.
  if (SP > W->Anchor) {
    W->Reached = true;
    return _URC_END_OF_STACK;
  }
  W->FoundCaller |= SP == W->CallerCFA;
  if (!W->FoundCaller)
    return _URC_NO_REASON;
  // The IP is a return address: step back into the call.
  if (isWrapperCode(_Unwind_GetIP(Ctx) - 1))
    ++W->Wrappers;
  else
    ++W->Functions;
  return _URC_NO_REASON;
}

/// True if the function whose return-address slot is at Frame was called
/// directly by the deferred call P runs (its thunk, through wrappers), or
/// is that thunk. If the unwinder cannot walk the frames, the answer is
/// yes.
[[gnu::noinline]] static bool calledByDeferredCall(const PanicRec *P,
                                                   void *Frame) {
  uintptr_t CallerCFA = uintptr_t(Frame) + sizeof(void *);
  // The caller is older than the deferred call (`defer recover()` run by
  // the panic itself).
  if (CallerCFA > P->Anchor)
    return false;
  uintptr_t Return = *static_cast<uintptr_t *>(Frame);
  DirectCall &Slot = directCallSlot(Return);
  uintptr_t Distance = P->Anchor - CallerCFA;
  if (Slot.Return == Return && Slot.Distance == Distance)
    return true;
  RecoverWalk W{CallerCFA, P->Anchor};
  _Unwind_Backtrace(walkFrame, &W);
  if (!W.Reached)
    return true;
  // The functions counted: at most the thunk, and callDeferred.
  if (!W.FoundCaller || W.Functions > 2)
    return false;
  if (W.Functions == 2 && W.Wrappers == 0)
    Slot = DirectCall{Return, Distance};
  return true;
}

void gs::gs_recover(Eface *Out, void *Frame) {
  PanicRec *P = TopPanic;
  if (P && !P->Recovered && P->Anchor && calledByDeferredCall(P, Frame)) {
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
