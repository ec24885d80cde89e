//===- PrintTest.cpp - print/println, panic values, output, exit ----------===//
//
// Expected texts are gc 1.19's: println of the same values, and the panic
// reports of `panic(v)` for each kind of value printpanicval handles.
//
//===----------------------------------------------------------------------===//

#include "RuntimeTestUtil.h"
#include "goscape-rt/Alg.h"
#include "goscape-rt/Alloc.h"
#include "goscape-rt/Iface.h"
#include "goscape-rt/Output.h"
#include "goscape-rt/Panic.h"
#include "goscape-rt/Print.h"
#include "goscape-rt/Start.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

using namespace gs;
using namespace gs::test;

static void printS(const char *S) {
  gs_printstring(reinterpret_cast<const uint8_t *>(S), intptr_t(std::strlen(S)));
}

// println(1.5, -1.5, 0.0, math.Copysign(0, -1), 1e300, 123456789.0, 1e-7,
//         0.1, 2.0/3.0, 9.9999999, 99999995.0, 5e-324, math.MaxFloat64)
// println(math.NaN(), math.Inf(1), math.Inf(-1))
// println(float32(0.1), float32(1)/3)
// println(complex(1, 2), complex(-1.25, math.Inf(1)))
// println(int64(-9223372036854775808), 0, 42, -7,
//         uint64(18446744073709551615), true, false, "str")
// print("a", 1, "b", 2.5, "\n")
TEST(PrintTest, MatchesGC) {
  ChildResult R = runChild([] {
    const double Floats[] = {1.5,       -1.5,         0.0,
                             -0.0,      1e300,        123456789.0,
                             1e-7,      0.1,          2.0 / 3.0,
                             9.9999999, 99999995.0,   5e-324,
                             std::numeric_limits<double>::max()};
    for (size_t I = 0; I < std::size(Floats); ++I) {
      if (I)
        gs_printsp();
      gs_printfloat(Floats[I]);
    }
    gs_printnl();
    gs_printfloat(std::nan(""));
    gs_printsp();
    gs_printfloat(INFINITY);
    gs_printsp();
    gs_printfloat(-INFINITY);
    gs_printnl();
    gs_printfloat(double(0.1f));
    gs_printsp();
    gs_printfloat(double(1.0f / 3.0f));
    gs_printnl();
    gs_printcomplex(1, 2);
    gs_printsp();
    gs_printcomplex(-1.25, INFINITY);
    gs_printnl();
    gs_printint(std::numeric_limits<int64_t>::min());
    gs_printsp();
    gs_printint(0);
    gs_printsp();
    gs_printint(42);
    gs_printsp();
    gs_printint(-7);
    gs_printsp();
    gs_printuint(~uint64_t(0));
    gs_printsp();
    gs_printbool(true);
    gs_printsp();
    gs_printbool(false);
    gs_printsp();
    printS("str");
    gs_printnl();
    printS("a");
    gs_printint(1);
    printS("b");
    gs_printfloat(2.5);
    printS("\n");
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out, "");
  EXPECT_EQ(R.Err,
            "+1.500000e+000 -1.500000e+000 +0.000000e+000 -0.000000e+000 "
            "+1.000000e+300 +1.234568e+008 +1.000000e-007 +1.000000e-001 "
            "+6.666667e-001 +1.000000e+001 +1.000000e+008 +4.940656e-324 "
            "+1.797693e+308\n"
            "NaN +Inf -Inf\n"
            "+1.000000e-001 +3.333333e-001\n"
            "(+1.000000e+000+2.000000e+000i) (-1.250000e+000+Infi)\n"
            "-9223372036854775808 0 42 -7 18446744073709551615 true false "
            "str\n"
            "a1b+2.500000e+000\n");
}

TEST(PrintTest, PointersSlicesInterfaces) {
  ChildResult R = runChild([] {
    gs_printpointer(reinterpret_cast<void *>(0xc000012345));
    gs_printsp();
    gs_printpointer(nullptr);
    gs_printsp();
    gs_printslice(reinterpret_cast<void *>(0xc00001c030), 3, 4);
    gs_printsp();
    gs_printeface(reinterpret_cast<const Type *>(0x4b6f20),
                  reinterpret_cast<void *>(0xc00001c030));
    gs_printsp();
    gs_printiface(nullptr, nullptr);
    gs_printsp();
    gs_printhex(255);
    gs_printnl();
  });
  EXPECT_EQ(R.Err, "0xc000012345 0x0 [3/4]0xc00001c030 "
                   "(0x4b6f20,0xc00001c030) (0x0,0x0) 0xff\n");
}

TEST(PrintTest, StdoutBufferedAndOrderedWithStderr) {
  ChildResult R = runChild([] {
    const uint8_t A[] = "out1 ";
    gs_write_stdout(A, 5);
    printS("err1 ");
    gs_write_stdout(A, 5);
    std::string Big(200000, 'x');
    gs_write_stdout(reinterpret_cast<const uint8_t *>(Big.data()),
                    intptr_t(Big.size()));
    gs_exit(0);
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out, "out1 out1 " + std::string(200000, 'x'));
  EXPECT_EQ(R.Err, "err1 ");
}

namespace {
// Descriptors of main's types in the panic tests below.
String errorE(void *, void *Data) {
  static std::string Text;
  Text = "E:" + std::string(static_cast<const char *>(Data));
  return String{reinterpret_cast<const uint8_t *>(Text.data()),
                intptr_t(Text.size())};
}
String stringSt(void *, void *Data) {
  static std::string Text;
  Text = "St<" + std::to_string(*static_cast<int64_t *>(Data)) + ">";
  return String{reinterpret_cast<const uint8_t *>(Text.data()),
                intptr_t(Text.size())};
}
const Method EMethods[] = {
    {"Error", &gs_type_func_string, reinterpret_cast<void *>(&errorE)}};
const Method StMethods[] = {
    {"String", &gs_type_func_string, reinterpret_cast<void *>(&stringSt)}};
Type named(const char *Name, Kind K, uintptr_t Size) {
  return Type{.Size = Size, .Align = 8, .TheKind = K, .Named = 1, .Name = Name};
}
} // namespace

/// The panic report of panic(v) for v = {T, Data}.
static std::string panicReport(const Type *T, void *Data) {
  ChildResult R = runChild([&] { gs_panic(T, Data); });
  EXPECT_EQ(R.ExitCode, 2);
  std::string Head = panicHead(R.Err);
  return Head.substr(0, Head.find("\n\ngoroutine 1 [running]:\n"));
}

TEST(PrintTest, PanicValues) {
  int64_t I42 = 42, I5 = 5, I3 = 3;
  uint8_t U200 = 200;
  double F = 1.5;
  double C[2] = {1, 2};
  String Str{reinterpret_cast<const uint8_t *>("x"), 1};
  char EMsg[] = "m";
  EXPECT_EQ(panicReport(&gs_type_int, &I42), "panic: 42");
  EXPECT_EQ(panicReport(&gs_type_uint8, &U200), "panic: 200");
  EXPECT_EQ(panicReport(&gs_type_float64, &F), "panic: +1.500000e+000");
  EXPECT_EQ(panicReport(nullptr, nullptr), "panic: nil");
  EXPECT_EQ(panicReport(&gs_type_string, &Str), "panic: x");
  Type S = named("main.S", Kind::String, 16);
  EXPECT_EQ(panicReport(&S, &Str), "panic: main.S(\"x\")");
  Type I = named("main.I", Kind::Int, 8);
  EXPECT_EQ(panicReport(&I, &I5), "panic: main.I(5)");
  Type Cx = named("main.C", Kind::Complex128, 16);
  EXPECT_EQ(panicReport(&Cx, C), "panic: main.C(+1.000000e+000+2.000000e+000i)");
  Type E = named("main.E", Kind::Struct, 8);
  E.Methods = EMethods;
  E.NumMethods = 1;
  EXPECT_EQ(panicReport(&E, EMsg), "panic: E:m");
  Type St = named("main.St", Kind::Int, 8);
  St.Methods = StMethods;
  St.NumMethods = 1;
  EXPECT_EQ(panicReport(&St, &I3), "panic: St<3>");
  Type P = named("main.P", Kind::Struct, 16);
  std::string Report = panicReport(&P, &I42);
  EXPECT_EQ(Report.substr(0, 18), "panic: (main.P) 0x") << Report;
}

// A Go function symbol, named as code generation names them; the test
// binary exports its symbols (ENABLE_EXPORTS) as goscape's link does.
extern "C" [[gnu::noinline]] void goscapeTestMain() asm("main.main");
extern "C" void goscapeTestMain() {
  gs_panic_divide();
}

TEST(PrintTest, TraceNamesGoFunctions) {
  ChildResult R = runChild([] { goscapeTestMain(); });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(R.Err, "panic: runtime error: integer divide by zero\n\n"
                   "goroutine 1 [running]:\nmain.main()\n");
}

TEST(PrintTest, AllocsDebugLineAndOsArgs) {
  ChildResult R = runChild([] {
    setenv("GOSCAPEDEBUG", "mapgrow=0,allocs=1", 1);
    static char A0[] = "prog", A1[] = "arg one";
    static char *Argv[] = {A0, A1, nullptr};
    gs_runtime_start(2, Argv);
    Slice Args;
    gs_os_args(&Args);
    auto *S = static_cast<String *>(Args.Ptr);
    for (intptr_t I = 0; I < Args.Len; ++I) {
      gs_write_stdout(S[I].Ptr, S[I].Len);
      gs_write_stdout(reinterpret_cast<const uint8_t *>("|"), 1);
    }
    Slice Again;
    gs_os_args(&Again);
    if (Again.Ptr != Args.Ptr)
      std::abort();
    AllocStats Before;
    gs_alloc_stats(&Before);
    gs_alloc(100);
    gs_newobject(&gs_type_int64);
    gs_newobject(&gs_type_string);
    gs_alloc_noscan(3);
    // Print exactly these four allocations' deltas below the real line.
    AllocStats After;
    gs_alloc_stats(&After);
    std::string D = std::to_string(After.Count - Before.Count) + " " +
                    std::to_string(After.Bytes - Before.Bytes);
    gs_write_stdout(reinterpret_cast<const uint8_t *>(D.data()),
                    intptr_t(D.size()));
    gs_exit(0);
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out, "prog|arg one|4 127");
  EXPECT_EQ(R.Err.substr(0, 14), "allocs: count=") << R.Err;
  EXPECT_NE(R.Err.find(" bytes="), std::string::npos);
}

// type B struct{}; func (B) Error() string { panic("in Error") }; panic(B{})
TEST(PrintTest, PanicWhilePrintingPanicValue) {
  static const Method Bad[] = {
      {"Error", &gs_type_func_string,
       reinterpret_cast<void *>(+[](void *, void *) -> String {
         static String Msg{reinterpret_cast<const uint8_t *>("in Error"), 8};
         gs_panic(&gs_type_string, &Msg);
       })}};
  Type B = named("main.B", Kind::Struct, 0);
  B.Methods = Bad;
  B.NumMethods = 1;
  ChildResult R = runChild([&] { gs_panic(&B, gs_zerobase); });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(panicHead(R.Err), "fatal error: panic while printing panic value: "
                              "in Error\n\ngoroutine 1 [running]:\n");
}
