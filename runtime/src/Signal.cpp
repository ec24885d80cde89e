//===- Signal.cpp - Hardware faults as Go panics, stack size --------------===//
//
// gs_runtime_start installs handlers (on an alternate signal stack) so that
// faults in compiled code behave as in gc even where code generation did
// not emit an explicit check:
//
//   SIGSEGV/SIGBUS near the stack pointer    fatal error: stack overflow
//   any other SIGSEGV/SIGBUS                 panic: runtime error: invalid
//                                            memory address or nil pointer
//                                            dereference
//   SIGFPE (integer division)                panic: runtime error: integer
//                                            divide by zero
//
// A panic is not raised inside the handler: the handler rewrites the
// interrupted context so that, when it returns, the faulting function
// appears to have called sigpanic (the return address is the faulting
// pc), which then panics on the normal stack, can run deferred calls and
// be recovered, exactly like an explicit gs_panic_nil call. An unrecovered
// signal panic adds gc's "[signal SIGSEGV: segmentation violation code=...
// addr=... pc=...]" line to the report; so does an explicit nil check
// (gs_panic_nil: addr=0x0, pc at the check), since gc's nil checks are
// faults too.
//
// It also sets the soft stack limit to 1 GiB (gc's maximum goroutine
// stack, or the hard limit if lower) so that deep recursion that runs
// under gc is not cut short at the usual 8 MiB; how far the main stack can
// really grow is bounded by the address-space gap the kernel left below it
// when the program started (at least 128 MiB on Linux).
//
//===----------------------------------------------------------------------===//

#include "Internal.h"
#include "goscape-rt/Output.h"
#include "goscape-rt/Panic.h"

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <ucontext.h>
#include <unistd.h>

using namespace gs;

rt::SignalInfo rt::LastSignal;

/// Where the faulting code "calls" after a memory fault.
[[noreturn]] static void sigpanicMemory() {
  rt::LastSignal.Pending = true;
  rt::panicNil();
}

/// Where the faulting code "calls" after an integer division fault.
[[noreturn]] static void sigpanicDivide() {
  rt::LastSignal.Pending = true;
  gs_panic_divide();
}

/// Writes S with write(2) (async-signal-safe).
static void writeRaw(int Fd, const char *S) {
  size_t N = std::strlen(S);
  while (N > 0) {
    ssize_t W = ::write(Fd, S, N);
    if (W <= 0)
      return;
    S += W;
    N -= size_t(W);
  }
}

static void handler(int Sig, siginfo_t *Info, void *Ctx) {
  auto *UC = static_cast<ucontext_t *>(Ctx);
  greg_t *Regs = UC->uc_mcontext.gregs;
  uintptr_t PC = uintptr_t(Regs[REG_RIP]);
  uintptr_t SP = uintptr_t(Regs[REG_RSP]);
  uintptr_t Addr = uintptr_t(Info->si_addr);
  if (Sig != SIGFPE && Addr >= 4096 && Addr + 65536 >= SP &&
      Addr < SP + 65536) {
    // Touching the guard page below the stack: gc's stack overflow.
    gs_flush_stdout();
    writeRaw(2, "runtime: goroutine stack exceeds 1000000000-byte limit\n"
                "fatal error: stack overflow\n");
    _exit(2);
  }
  rt::LastSignal = rt::SignalInfo{Sig, Info->si_code, Addr, PC, false};
  // Push the faulting pc as a return address and resume in sigpanic, with
  // the stack aligned as at a function's entry.
  SP = (SP & ~uintptr_t(15)) - 8;
  *reinterpret_cast<uintptr_t *>(SP) = PC;
  Regs[REG_RSP] = greg_t(SP);
  Regs[REG_RIP] = greg_t(reinterpret_cast<uintptr_t>(
      Sig == SIGFPE ? &sigpanicDivide : &sigpanicMemory));
}

void rt::initSignals() {
  static uint8_t AltStack[64 * 1024];
  stack_t SS{};
  SS.ss_sp = AltStack;
  SS.ss_size = sizeof(AltStack);
  sigaltstack(&SS, nullptr);
  struct sigaction SA {};
  SA.sa_sigaction = handler;
  SA.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&SA.sa_mask);
  for (int Sig : {SIGSEGV, SIGBUS, SIGFPE})
    sigaction(Sig, &SA, nullptr);

  rlimit RL;
  if (getrlimit(RLIMIT_STACK, &RL) == 0) {
    // gc's limit, also when the soft limit was unlimited.
    rlim_t Want = rlim_t(1) << 30;
    if (RL.rlim_max != RLIM_INFINITY && RL.rlim_max < Want)
      Want = RL.rlim_max;
    if (RL.rlim_cur != Want) {
      RL.rlim_cur = Want;
      setrlimit(RLIMIT_STACK, &RL);
    }
  }
}

void rt::appendSignal(std::string &S) {
  const SignalInfo &I = LastSignal;
  if (!I.Sig)
    return;
  S += "[signal ";
  S += I.Sig == SIGSEGV ? "SIGSEGV: segmentation violation"
       : I.Sig == SIGBUS ? "SIGBUS: bus error"
                         : "SIGFPE: floating-point exception";
  S += " code=";
  appendHex(S, uint64_t(uint32_t(I.Code)));
  S += " addr=";
  appendHex(S, I.Addr);
  S += " pc=";
  appendHex(S, I.PC);
  S += "]\n";
}
