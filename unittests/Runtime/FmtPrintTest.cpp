//===- FmtPrintTest.cpp - Print*, Errorf and os.Exit against Go 1.19 ------===//
//
// The printing entry points write to the runtime's stdout buffer, so these
// tests run them in a child process (RuntimeTestUtil.h) and compare the
// whole output and exit status with what the equivalent Go program printed
// under go1.19.
//
//===----------------------------------------------------------------------===//

#include "FmtTestUtil.h"
#include "RuntimeTestUtil.h"

#include "goscape-rt/Errors.h"
#include "goscape-rt/Os.h"

#include <gtest/gtest.h>
#include <vector>

using namespace gs;
using namespace gs::test;

namespace {

IntError println(std::vector<Eface> A) {
  IntError R;
  gs_fmt_Println(&R, A.data(), intptr_t(A.size()), intptr_t(A.size()));
  return R;
}

IntError printf(const char *Format, std::vector<Eface> A) {
  IntError R;
  String F = str(Format);
  gs_fmt_Printf(&R, F.Ptr, F.Len, A.data(), intptr_t(A.size()),
                intptr_t(A.size()));
  return R;
}

IntError print(std::vector<Eface> A) {
  IntError R;
  gs_fmt_Print(&R, A.data(), intptr_t(A.size()), intptr_t(A.size()));
  return R;
}

Iface errorf(const char *Format, std::vector<Eface> A) {
  Iface R;
  String F = str(Format);
  gs_fmt_Errorf(&R, F.Ptr, F.Len, A.data(), intptr_t(A.size()),
                intptr_t(A.size()));
  return R;
}

Iface newErr(const char *Msg) {
  Iface E;
  String S = str(Msg);
  gs_errors_New(&E, S.Ptr, S.Len);
  return E;
}

Eface asAny(Iface E) { return Eface{E.Tab ? E.Tab->Tp : nullptr, E.Data}; }

} // namespace

// n, err := fmt.Println("hi", 3); fmt.Println(n, err) and the same for
// Printf("%d-%s\n", 7, "x") and Print("a", "b", 1, 2, "\n").
TEST(FmtPrint, PrintFunctionsWriteStdoutAndCountBytes) {
  ChildResult R = runChild([] {
    IntError N = println({S("hi"), I(3)});
    println({I(N.N), asAny(N.Err)});
    N = printf("%d-%s\n", {I(7), S("x")});
    println({I(N.N), asAny(N.Err)});
    N = print({S("a"), S("b"), I(1), I(2), S("\n")});
    println({I(N.N), asAny(N.Err)});
  });
  EXPECT_EQ(R.ExitCode, 0);
  EXPECT_EQ(R.Out, "hi 3\n5 <nil>\n7-x\n4 <nil>\nab1 2\n6 <nil>\n");
  EXPECT_EQ(R.Err, "");
}

// fmt.Errorf with and without %w; %T of the results.
TEST(FmtPrint, Errorf) {
  Iface E1 = errorf("wrap %d: %w", {I(1), asAny(newErr("inner"))});
  EXPECT_EQ(sprintf("%v|%T", {asAny(E1), asAny(E1)}),
            "wrap 1: inner|*fmt.wrapError");
  EXPECT_EQ(E1.Tab->Inter, &gs_type_error);
  Iface E2 = errorf("plain %s", {S("x")});
  EXPECT_EQ(sprintf("%v|%T", {asAny(E2), asAny(E2)}),
            "plain x|*errors.errorString");
  Iface E3 = errorf("two %w %w", {asAny(newErr("a")), asAny(newErr("b"))});
  EXPECT_EQ(sprintf("%v|%T", {asAny(E3), asAny(E3)}),
            "two a %!w(*errors.errorString=&{b})|*errors.errorString");
  Iface E4 = errorf("notErr %w", {I(5)});
  EXPECT_EQ(sprintf("%v|%T", {asAny(E4), asAny(E4)}),
            "notErr %!w(int=5)|*errors.errorString");
  EXPECT_EQ(errorText(E1), "wrap 1: inner");
}

// fmt.Print("out"); os.Exit(3): buffered output is flushed, the status is
// 3, nothing after Exit runs.
TEST(FmtPrint, OsExitFlushesAndExits) {
  ChildResult R = runChild([] {
    print({S("out")});
    gs_os_Exit(3);
  });
  EXPECT_EQ(R.ExitCode, 3);
  EXPECT_EQ(R.Out, "out");
  EXPECT_EQ(R.Err, "");
}

// A Println longer than the stdout buffer arrives whole and in order.
TEST(FmtPrint, LargeOutput) {
  std::string Big(100000, 'x');
  ChildResult R = runChild([&] {
    print({S("a")});
    println({S(Big.c_str())});
    print({S("z")});
  });
  EXPECT_EQ(R.Out, "a" + Big + "\nz");
}

TEST(Errors, NewMakesDistinctErrorStrings) {
  Iface A = newErr("boom"), B = newErr("boom");
  EXPECT_EQ(A.Tab, B.Tab);
  EXPECT_NE(A.Data, B.Data); // Each call allocates: errors are not ==.
  EXPECT_EQ(A.Tab->Inter, &gs_type_error);
  EXPECT_EQ(A.Tab->Tp, &gs_type_errors_errorString_ptr);
  EXPECT_EQ(errorText(A), "boom");
  EXPECT_STREQ(gs_type_errors_errorString_ptr.Name, "*errors.errorString");
  EXPECT_EQ(sprintf("%v|%+v|%#v", {asAny(A), asAny(A), asAny(A)}),
            "boom|boom|&errors.errorString{s:\"boom\"}");
  // The method set the descriptor advertises is the one fmt finds.
  String Out;
  EXPECT_TRUE(gs_callstringmethod(&Out, A.Tab->Tp, A.Data, "Error"));
  EXPECT_EQ(toStd(Out), "boom");
}

// os.Args is set before main from argv; os.Environ copies the environment.
TEST(Os, ArgsAndEnviron) {
  ASSERT_GE(gs_os_Args.Len, 1);
  EXPECT_EQ(gs_os_Args.Len, gs_os_Args.Cap);
  std::string Arg0 = toStd(static_cast<String *>(gs_os_Args.Ptr)[0]);
  EXPECT_NE(Arg0.find("RuntimeStdlibTests"), std::string::npos) << Arg0;
  setenv("GOSCAPE_STDLIB_TEST", "v=1", 1);
  Slice Env;
  gs_os_Environ(&Env);
  EXPECT_EQ(Env.Len, Env.Cap);
  bool Found = false;
  for (intptr_t I = 0; I < Env.Len; ++I)
    Found |=
        toStd(static_cast<String *>(Env.Ptr)[I]) == "GOSCAPE_STDLIB_TEST=v=1";
  EXPECT_TRUE(Found);
}
