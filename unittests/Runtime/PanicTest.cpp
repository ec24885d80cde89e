//===- PanicTest.cpp - defer, panic, recover and panic reports ------------===//
//
// The functions below are written the way code generation compiles Go
// functions with defer statements (Panic.h): a frame from gs_defer_begin,
// _setjmp on it, thunks pushed with gs_defer_push, gs_defer_return on
// every return. Each scenario runs in a child process; its stdout, stderr
// and exit status are compared with what gc 1.19 prints for the Go program
// quoted in the test.
//
//===----------------------------------------------------------------------===//

#include "RuntimeTestUtil.h"
#include "goscape-rt/Alg.h"
#include "goscape-rt/Iface.h"
#include "goscape-rt/Output.h"
#include "goscape-rt/Panic.h"
#include "goscape-rt/Start.h"

#include <gtest/gtest.h>

#include <csetjmp>
#include <sys/resource.h>
#include <cstdio>
#include <cstring>
#include <string>

using namespace gs;
using namespace gs::test;

namespace {

/// Writes S to the runtime's stdout.
void out(const std::string &S) {
  gs_write_stdout(reinterpret_cast<const uint8_t *>(S.data()),
                  intptr_t(S.size()));
}

/// A static Go string value for panic(string).
struct StrValue {
  String S;
  explicit StrValue(const char *P)
      : S{reinterpret_cast<const uint8_t *>(P), intptr_t(std::strlen(P))} {}
};

[[noreturn]] void panicStr(const char *Msg) {
  auto *V = new StrValue(Msg); // leaked: the child process ends
  gs_panic(&gs_type_string, &V->S);
}

/// The text of an interface{} value for the logs: strings raw, errors by
/// Error, nil as "nil".
std::string show(const Eface &E) {
  if (!E.Tp)
    return "nil";
  String S;
  if (E.Tp == &gs_type_string)
    S = *static_cast<String *>(E.Data);
  else if (!gs_callstringmethod(&S, E.Tp, E.Data, "Error"))
    return std::string("<") + E.Tp->Name + ">";
  return std::string(reinterpret_cast<const char *>(S.Ptr), size_t(S.Len));
}

/// A deferred call printing Msg: defer fmt.Print(Msg).
struct PrintThunk {
  void *Fn;
  const char *Msg;
};
void printThunk(Closure *C) { out(reinterpret_cast<PrintThunk *>(C)->Msg); }
Closure *deferPrint(const char *Msg) {
  return reinterpret_cast<Closure *>(
      new PrintThunk{reinterpret_cast<void *>(&printThunk), Msg});
}

/// defer func() { fmt.Println("recovered:", recover()) }()
void recoverThunk(Closure *) {
  Eface E;
  gs_recover(&E, GS_RECOVER_FRAME());
  out("recovered: " + show(E) + "\n");
}
Closure RecoverPrint{reinterpret_cast<void *>(&recoverThunk)};

/// defer func() { panic(Msg) }()
struct PanicThunk {
  void *Fn;
  const char *Msg;
};
void panicThunk(Closure *C) { panicStr(reinterpret_cast<PanicThunk *>(C)->Msg); }
Closure *deferPanic(const char *Msg) {
  return reinterpret_cast<Closure *>(
      new PanicThunk{reinterpret_cast<void *>(&panicThunk), Msg});
}

/// defer func() { r := recover(); panic(r) }()
void repanicThunk(Closure *) {
  Eface E;
  gs_recover(&E, GS_RECOVER_FRAME());
  gs_panic(E.Tp, E.Data);
}
Closure Repanic{reinterpret_cast<void *>(&repanicThunk)};

/// defer func() { recover(); panic(Msg) }()
void recoverThenPanicThunk(Closure *C) {
  Eface E;
  gs_recover(&E, GS_RECOVER_FRAME());
  panicStr(reinterpret_cast<PanicThunk *>(C)->Msg);
}

jmp_buf &buf(void *Frame) { return *static_cast<jmp_buf *>(Frame); }

} // namespace

// func f() { defer print("1"); defer print("2"); defer print("3") }
TEST(PanicTest, DefersRunLastFirst) {
  ChildResult R = runChild([] {
    void *F = gs_defer_begin();
    if (_setjmp(buf(F))) {
      gs_defer_return(F);
      return;
    }
    gs_defer_push(F, deferPrint("1"));
    gs_defer_push(F, deferPrint("2"));
    gs_defer_push(F, deferPrint("3"));
    out("body ");
    gs_defer_return(F);
    out(" after");
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out, "body 321 after");
  EXPECT_EQ(R.Err, "");
}

/// func f() (r int) { defer func() { recover(); r = 7 }(); panic("boom") }
static intptr_t namedResult() {
  struct SetThunk {
    void *Fn;
    intptr_t *R;
  };
  static intptr_t Result; // the named result, in memory
  Result = 1;
  void *F = gs_defer_begin();
  if (_setjmp(buf(F))) {
    gs_defer_return(F);
    return Result;
  }
  auto Set = [](Closure *C) {
    Eface E;
    gs_recover(&E, GS_RECOVER_FRAME());
    out("recovered: " + show(E) + "\n");
    *reinterpret_cast<SetThunk *>(C)->R = 7;
  };
  void (*SetFn)(Closure *) = Set;
  gs_defer_push(F, reinterpret_cast<Closure *>(new SetThunk{
                       reinterpret_cast<void *>(SetFn), &Result}));
  gs_defer_push(F, deferPrint("deferred "));
  panicStr("boom");
}

TEST(PanicTest, RecoverResumesWithNamedResults) {
  ChildResult R = runChild([] {
    intptr_t V = namedResult();
    out("f() = " + std::to_string(V) + "\n");
    Eface E;
    gs_recover(&E, GS_RECOVER_FRAME()); // no panic: nil
    out("recover outside: " + show(E) + "\n");
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out, "deferred recovered: boom\nf() = 7\nrecover outside: nil\n");
}

// h panics; g (defer print "g ") is unwound; f recovers.
static void h() { panicStr("deep"); }
static void g() {
  void *F = gs_defer_begin();
  if (_setjmp(buf(F))) {
    gs_defer_return(F);
    return;
  }
  gs_defer_push(F, deferPrint("g "));
  h();
  out("not reached");
  gs_defer_return(F);
}
static void f() {
  void *F = gs_defer_begin();
  if (_setjmp(buf(F))) {
    gs_defer_return(F);
    return;
  }
  gs_defer_push(F, deferPrint("f "));
  gs_defer_push(F, &RecoverPrint);
  g();
  gs_defer_return(F);
}

TEST(PanicTest, PanicUnwindsFramesToTheRecoveringOne) {
  ChildResult R = runChild([] {
    f();
    out("main continues\n");
    f(); // the runtime's state is reusable after a recovery
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out, "g recovered: deep\nf main continues\ng recovered: deep\nf ");
}

/// Runs Body as main.main with defers pushed by Setup, unrecovered.
static ChildResult runMain(const std::function<void(void *)> &Setup,
                           const std::function<void()> &Body) {
  return runChild([&] {
    void *F = gs_defer_begin();
    if (_setjmp(buf(F))) {
      gs_defer_return(F);
      return;
    }
    Setup(F);
    Body();
    gs_defer_return(F);
  });
}

// panic("boom") with a deferred print: deferred output first, exit 2.
TEST(PanicTest, UnrecoveredPanicRunsDefersThenReports) {
  ChildResult R = runMain([](void *F) { gs_defer_push(F, deferPrint("d\n")); },
                          [] {
                            out("before\n");
                            panicStr("boom");
                          });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(R.Out, "before\nd\n");
  EXPECT_EQ(panicHead(R.Err), "panic: boom\n\ngoroutine 1 [running]:\n");
}

// defer func() { panic("B") }(); panic("A")
TEST(PanicTest, PanicInDeferredCallChains) {
  ChildResult R = runMain(
      [](void *F) { gs_defer_push(F, deferPanic("B")); },
      [] { panicStr("A"); });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(panicHead(R.Err),
            "panic: A\n\tpanic: B\n\ngoroutine 1 [running]:\n");
}

// defer func() { r := recover(); panic(r) }(); panic("A")
TEST(PanicTest, RepanicAfterRecoverPrintsRecovered) {
  ChildResult R = runMain([](void *F) { gs_defer_push(F, &Repanic); },
                          [] { panicStr("A"); });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(panicHead(R.Err),
            "panic: A [recovered]\n\tpanic: A\n\ngoroutine 1 [running]:\n");
}

// defer func() { panic(fmt.Errorf("second")) }()
// defer func() { recover(); panic("B") }()
// panic("A")
TEST(PanicTest, ThreePanics) {
  ChildResult R = runMain(
      [](void *F) {
        gs_defer_push(F, deferPanic("second"));
        gs_defer_push(F, reinterpret_cast<Closure *>(new PanicThunk{
                             reinterpret_cast<void *>(&recoverThenPanicThunk),
                             "B"}));
      },
      [] { panicStr("A"); });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(panicHead(R.Err), "panic: A [recovered]\n\tpanic: B\n\tpanic: "
                              "second\n\ngoroutine 1 [running]:\n");
}

// defer recoverPrint(); defer func() { panic("B") }(); panic("A"):
// B replaces A, and recovering B ends both.
TEST(PanicTest, RecoveringLaterPanicEndsAbortedOne) {
  ChildResult R = runChild([] {
    void *F = gs_defer_begin();
    if (_setjmp(buf(F))) {
      gs_defer_return(F);
      out("returned\n");
      Eface E;
      gs_recover(&E, GS_RECOVER_FRAME());
      out("then: " + show(E) + "\n");
      return;
    }
    gs_defer_push(F, &RecoverPrint);
    gs_defer_push(F, deferPanic("B"));
    panicStr("A");
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out, "recovered: B\nreturned\nthen: nil\n");
}

/// recover() from a function the thunk calls (the deferred function).
[[gnu::noinline]] static void recoverHere() {
  Eface E;
  gs_recover(&E, GS_RECOVER_FRAME());
  out("direct: " + show(E) + "\n");
}
/// recover() one call further down: nil, as gc's helpers get.
[[gnu::noinline]] static void recoverBelow() {
  recoverHere();
  asm volatile(""); // keep the call from becoming a tail call
}

/// Thunks (called by the runtime) calling the two.
static void directThunk(Closure *) {
  recoverHere();
  asm volatile("");
}
static void belowThunk(Closure *) {
  recoverBelow();
  asm volatile("");
}

// defer helper2(); defer helper1(); panic("A"), where helper2 calls a
// function that recovers (nil) and helper1 recovers itself.
TEST(PanicTest, RecoverOnlyInTheDeferredFunction) {
  ChildResult R = runChild([] {
    void *F = gs_defer_begin();
    if (_setjmp(buf(F))) {
      gs_defer_return(F);
      out("returned\n");
      return;
    }
    gs_defer_push(F, new Closure{reinterpret_cast<void *>(&directThunk)});
    gs_defer_push(F, new Closure{reinterpret_cast<void *>(&belowThunk)});
    panicStr("A");
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out, "direct: nil\ndirect: A\nreturned\n");
}

// A deferred call of a panicking function calls g, whose own deferred
// call runs on g's normal return: recover() there returns nil (gc: not
// called by a deferred call of the panic).
TEST(PanicTest, RecoverInNormalReturnDeferIsNil) {
  ChildResult R = runMain(
      [](void *F) {
        auto Outer = [](Closure *) {
          void *G = gs_defer_begin();
          if (_setjmp(buf(G))) {
            gs_defer_return(G);
            return;
          }
          gs_defer_push(G, &RecoverPrint);
          gs_defer_return(G);
        };
        void (*Fn)(Closure *) = Outer;
        gs_defer_push(F, new Closure{reinterpret_cast<void *>(Fn)});
      },
      [] { panicStr("A"); });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(R.Out, "recovered: nil\n");
  EXPECT_EQ(panicHead(R.Err), "panic: A\n\ngoroutine 1 [running]:\n");
}

// defer print("x"); os.Exit(3)
TEST(PanicTest, ExitSkipsDefers) {
  ChildResult R = runMain([](void *F) { gs_defer_push(F, deferPrint("x")); },
                          [] {
                            out("buffered");
                            gs_exit(3);
                          });
  EXPECT_EQ(R.ExitCode, 3);
  EXPECT_EQ(R.Out, "buffered");
  EXPECT_EQ(R.Err, "");
}

// 5000 nested calls with a defer each; the innermost panics, the outermost
// recovers; then 1000 defers in one frame.
static int Depth = 0;
static void nest(int N) {
  void *F = gs_defer_begin();
  if (_setjmp(buf(F))) {
    gs_defer_return(F);
    return;
  }
  auto Count = [](Closure *) { ++Depth; };
  void (*CountFn)(Closure *) = Count;
  static Closure CountC{reinterpret_cast<void *>(CountFn)};
  gs_defer_push(F, &CountC);
  if (N == 0)
    panicStr("bottom");
  nest(N - 1);
  gs_defer_return(F);
}

TEST(PanicTest, DeepUnwindAndManyDefers) {
  ChildResult R = runChild([] {
    void *F = gs_defer_begin();
    if (_setjmp(buf(F))) {
      gs_defer_return(F);
      out("depth " + std::to_string(Depth) + "\n");
      return;
    }
    gs_defer_push(F, &RecoverPrint);
    nest(4999);
    gs_defer_return(F);
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out, "recovered: bottom\ndepth 5000\n");

  R = runChild([] {
    void *F = gs_defer_begin();
    if (_setjmp(buf(F)))
      std::abort();
    static char Digits[1000][4];
    for (int I = 0; I < 1000; ++I) {
      snprintf(Digits[I], 4, "%d", I % 10);
      gs_defer_push(F, deferPrint(Digits[I]));
    }
    gs_defer_return(F);
  });
  std::string Want;
  for (int I = 999; I >= 0; --I)
    Want += char('0' + I % 10);
  EXPECT_EQ(R.Out, Want);
}

// Runtime errors are recoverable error values.
TEST(PanicTest, RuntimeErrorsAreRecoverableErrors) {
  ChildResult R = runChild([] {
    void (*const Raisers[])() = {
        [] { gs_panic_index(5, 3); },
        [] { gs_panic_slice_acap(5, 3); },
        [] { gs_panic_slice_alen(5, 3); },
        [] { gs_panic_slice_b(5, 3); },
        [] { gs_panic_index(-1, 3); },
        [] { gs_panic_bounds(BoundsSlice3C, 4, true, 2); },
        [] { gs_panic_bounds(BoundsIndex, -1, false, 3); },
        [] { gs_panic_bounds(BoundsConvert, 4, true, 2); },
        [] { gs_panic_divide(); },
        [] { gs_panic_nil(); },
        [] { gs_panic_shift(); },
        [] { gs_panic_plain_error("assignment to entry in nil map"); },
    };
    for (auto *Raise : Raisers) {
      void *F = gs_defer_begin();
      if (_setjmp(buf(F))) {
        gs_defer_return(F);
        continue;
      }
      auto Check = [](Closure *) {
        Eface E;
        gs_recover(&E, GS_RECOVER_FRAME());
        bool IsError = gs_getitab(&gs_type_error, E.Tp, true) != nullptr;
        out(std::string(E.Tp->Name) + (IsError ? " error: " : ": ") +
            show(E) + "\n");
      };
      void (*CheckFn)(Closure *) = Check;
      static Closure C{reinterpret_cast<void *>(CheckFn)};
      gs_defer_push(F, &C);
      Raise();
    }
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out,
            "runtime.boundsError error: runtime error: index out of range [5] "
            "with length 3\n"
            "runtime.boundsError error: runtime error: slice bounds out of "
            "range [:5] with capacity 3\n"
            "runtime.boundsError error: runtime error: slice bounds out of "
            "range [:5] with length 3\n"
            "runtime.boundsError error: runtime error: slice bounds out of "
            "range [5:3]\n"
            "runtime.boundsError error: runtime error: index out of range "
            "[-1]\n"
            "runtime.boundsError error: runtime error: slice bounds out of "
            "range [4:2:]\n"
            "runtime.boundsError error: runtime error: index out of range "
            "[18446744073709551615] with length 3\n"
            "runtime.boundsError error: runtime error: cannot convert slice "
            "with length 2 to pointer to array with length 4\n"
            "runtime.errorString error: runtime error: integer divide by "
            "zero\n"
            "runtime.errorString error: runtime error: invalid memory address "
            "or nil pointer dereference\n"
            "runtime.errorString error: runtime error: negative shift "
            "amount\n"
            "runtime.plainError error: assignment to entry in nil map\n");
}

TEST(PanicTest, UnrecoveredRuntimeErrorAndFatal) {
  ChildResult R = runChild([] {
    out("before\n");
    gs_panic_index(5, 3);
  });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(R.Out, "before\n");
  EXPECT_EQ(panicHead(R.Err), "panic: runtime error: index out of range [5] "
                              "with length 3\n\ngoroutine 1 [running]:\n");
  R = runChild([] { gs_fatal("concurrent map writes"); });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(panicHead(R.Err),
            "fatal error: concurrent map writes\n\ngoroutine 1 [running]:\n");
}

// Hardware faults after gs_runtime_start: a nil store is a recoverable
// runtime error, an unrecovered one adds gc's [signal ...] line; integer
// division by zero; unbounded recursion is gc's fatal stack overflow.
// The faults are C++ undefined behaviour, which UBSan reports and ASan
// handles itself, so sanitizer builds skip these two tests.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GOSCAPE_TEST_SANITIZED 1
#endif
#endif
#ifdef GOSCAPE_TEST_SANITIZED
#define SKIP_IF_SANITIZED() GTEST_SKIP() << "faults are sanitized"
#else
#define SKIP_IF_SANITIZED() (void)0
#endif

static int *volatile NilPtr = nullptr;
static volatile int64_t Zero = 0;

TEST(PanicTest, FaultsBecomePanics) {
  SKIP_IF_SANITIZED();
  static char A0[] = "prog";
  static char *Argv[] = {A0, nullptr};
  ChildResult R = runChild([] {
    gs_runtime_start(1, Argv);
    for (int I = 0; I < 2; ++I) {
      void *F = gs_defer_begin();
      if (_setjmp(buf(F))) {
        gs_defer_return(F);
        continue;
      }
      gs_defer_push(F, &RecoverPrint);
      if (I == 0)
        *NilPtr = 1;
      else
        out(std::to_string(int64_t(7) / Zero));
    }
    *NilPtr = 2;
  });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(R.Out, "recovered: runtime error: invalid memory address or nil "
                   "pointer dereference\n"
                   "recovered: runtime error: integer divide by zero\n");
  std::string Head = panicHead(R.Err);
  std::string Want = "panic: runtime error: invalid memory address or nil "
                     "pointer dereference\n[signal SIGSEGV: segmentation "
                     "violation code=0x1 addr=0x0 pc=0x";
  EXPECT_EQ(Head.substr(0, Want.size()), Want) << Head;
}

static volatile int64_t Limit = INT64_MAX;
[[gnu::noinline]] static int64_t recurse(int64_t N) {
  volatile char Pad[256];
  Pad[0] = char(N);
  if (N == Limit)
    return 0;
  return recurse(N + 1) + Pad[0];
}

TEST(PanicTest, StackOverflowIsFatal) {
  SKIP_IF_SANITIZED();
  rlimit RL;
  if (getrlimit(RLIMIT_STACK, &RL) != 0 || RL.rlim_cur == RLIM_INFINITY)
    GTEST_SKIP() << "an unlimited stack would grow to 1 GiB first";
  static char A0[] = "prog";
  static char *Argv[] = {A0, nullptr};
  ChildResult R = runChild([] {
    gs_runtime_start(1, Argv);
    out("start\n");
    out(std::to_string(recurse(0)));
  });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(R.Out, "start\n");
  EXPECT_EQ(R.Err, "runtime: goroutine stack exceeds 1000000000-byte limit\n"
                   "fatal error: stack overflow\n");
}

// recover() must be called by the deferred function itself:
//   defer func() { r := helper() }()   // helper's recover returns nil
//   defer func() { r := recover() }()  // recovers
// Here the thunk calls Deferred (not inlined), which recovers or calls
// Helper, which recovers.
[[gnu::noinline]] static void recoverAndPrint(const char *Who) {
  Eface E;
  gs_recover(&E, GS_RECOVER_FRAME());
  out(std::string(Who) + " got " + show(E) + "\n");
}
// (The empty asm statements keep the calls from becoming tail calls.)
[[gnu::noinline]] static void helperRecover() {
  recoverAndPrint("helper");
  asm volatile("");
}
[[gnu::noinline]] static void deferredCallsHelper() {
  helperRecover();
  asm volatile("");
}

TEST(PanicTest, OnlyTheDeferredFunctionRecovers) {
  ChildResult R = runChild([] {
    for (int Mode = 0; Mode < 3; ++Mode) {
      void *F = gs_defer_begin();
      if (_setjmp(buf(F))) {
        gs_defer_return(F);
        out("returned\n");
        continue;
      }
      gs_defer_push(F, &RecoverPrint); // outermost: recovers what is left
      void (*const Thunks[])(Closure *) = {
          // The thunk calls the deferred function, which recovers.
          [](Closure *) { recoverAndPrint("deferred"); },
          // The thunk calls the deferred function, whose helper recovers.
          [](Closure *) { deferredCallsHelper(); },
          // The thunk recovers itself (deferred function inlined into it).
          [](Closure *) { recoverThunk(nullptr); },
      };
      static Closure C[3];
      C[Mode].Fn = reinterpret_cast<void *>(Thunks[Mode]);
      gs_defer_push(F, &C[Mode]);
      panicStr("p");
    }
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out, "deferred got p\nrecovered: nil\nreturned\n"
                   "helper got nil\nrecovered: p\nreturned\n"
                   "recovered: p\nrecovered: nil\nreturned\n");
}
