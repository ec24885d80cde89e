//===- IfaceTest.cpp - itabs, type assertions, equality, boxing -----------===//
//
// Descriptors here are built the way code generation emits them (Type.h):
// a named struct type main.T with methods M and String, a pointer type
// *main.T, and interfaces main.I { M() } and main.J { M(); N() }.
//
//===----------------------------------------------------------------------===//

#include "RuntimeTestUtil.h"
#include "goscape-rt/Alg.h"
#include "goscape-rt/Alloc.h"
#include "goscape-rt/Iface.h"
#include "goscape-rt/Output.h"
#include "goscape-rt/Panic.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

using namespace gs;
using namespace gs::test;

namespace {

const Type FuncVoid = {.Size = 8,
                       .PtrData = 8,
                       .Align = 8,
                       .TheKind = Kind::Func,
                       .Flags = TypeDirectIface,
                       .Name = "func()"};
// A distinct descriptor with the same name, as another object would emit.
const Type FuncStringCopy = {.Size = 8,
                             .PtrData = 8,
                             .Align = 8,
                             .TheKind = Kind::Func,
                             .Flags = TypeDirectIface,
                             .Name = "func() string"};

struct TValue {
  int64_t X;
};
void methodM(void *, void *) {}
String methodString(void *, void *Data) {
  static const char Text[] = "T!";
  (void)Data;
  return String{reinterpret_cast<const uint8_t *>(Text), 2};
}

const Method TMethods[] = {
    {"M", &FuncVoid, reinterpret_cast<void *>(&methodM)},
    {"String", &FuncStringCopy, reinterpret_cast<void *>(&methodString)}};

const Type TType = {.Size = 8,
                    .Align = 8,
                    .TheKind = Kind::Struct,
                    .Named = 1,
                    .Hash = gs_memhash64,
                    .Equal = gs_memequal64,
                    .Name = "main.T",
                    .Methods = TMethods,
                    .NumMethods = 2,
                    .PkgPath = "main"};
const Type TPtr = {.Size = 8,
                   .PtrData = 8,
                   .Align = 8,
                   .TheKind = Kind::Pointer,
                   .Flags = TypeDirectIface,
                   .Hash = gs_memhash64,
                   .Equal = gs_memequal64,
                   .Name = "*main.T",
                   .Elem = &TType,
                   .Methods = TMethods,
                   .NumMethods = 2};
// Another main.T from a different scope.
const Type TOther = {.Size = 8,
                     .Align = 8,
                     .TheKind = Kind::Struct,
                     .Named = 1,
                     .Hash = gs_memhash64,
                     .Equal = gs_memequal64,
                     .Name = "main.T",
                     .PkgPath = "main"};

const IMethod IMethods[] = {{"M", &FuncVoid}};
const IMethod JMethods[] = {{"M", &FuncVoid}, {"N", &FuncVoid}};
const IMethod SMethods[] = {{"String", &gs_type_func_string}};
const Type IType = {.Size = 16,
                    .PtrData = 16,
                    .Align = 8,
                    .TheKind = Kind::Interface,
                    .Named = 1,
                    .Hash = gs_interhash,
                    .Equal = gs_interequal,
                    .Name = "main.I",
                    .Len = 1,
                    .IMethods = IMethods,
                    .PkgPath = "main"};
const Type JType = {.Size = 16,
                    .PtrData = 16,
                    .Align = 8,
                    .TheKind = Kind::Interface,
                    .Named = 1,
                    .Name = "main.J",
                    .Len = 2,
                    .IMethods = JMethods,
                    .PkgPath = "main"};
const Type StringerType = {.Size = 16,
                           .PtrData = 16,
                           .Align = 8,
                           .TheKind = Kind::Interface,
                           .Named = 1,
                           .Name = "fmt.Stringer",
                           .Len = 1,
                           .IMethods = SMethods,
                           .PkgPath = "fmt"};
const Type IntSlice = {.Size = 24,
                       .PtrData = 8,
                       .Align = 8,
                       .TheKind = Kind::Slice,
                       .Name = "[]int",
                       .Elem = &gs_type_int};

} // namespace

TEST(IfaceTest, GetItabMatchesByNameAndSignature) {
  const Itab *Tab = gs_getitab(&IType, &TType, false);
  ASSERT_NE(Tab, nullptr);
  EXPECT_EQ(Tab->Inter, &IType);
  EXPECT_EQ(Tab->Tp, &TType);
  EXPECT_EQ(Tab->Fun[0], reinterpret_cast<void *>(&methodM));
  EXPECT_EQ(gs_getitab(&IType, &TType, false), Tab); // cached
  // The signature descriptor differs but has the same name.
  const Itab *S = gs_getitab(&StringerType, &TPtr, true);
  ASSERT_NE(S, nullptr);
  EXPECT_EQ(S->Fun[0], reinterpret_cast<void *>(&methodString));
  EXPECT_EQ(gs_getitab(&JType, &TType, true), nullptr);
  EXPECT_EQ(gs_getitab(&JType, &TType, true), nullptr); // cached failure
  EXPECT_EQ(gs_getitab(&IType, nullptr, true), nullptr);
  EXPECT_EQ(gs_assertE2I2(&IType, &gs_type_int), nullptr);
  EXPECT_EQ(gs_assertE2I(&IType, &TPtr)->Tp, &TPtr);
}

TEST(IfaceTest, CallStringMethod) {
  TValue V{1};
  String S;
  ASSERT_TRUE(gs_callstringmethod(&S, &TType, &V, "String"));
  EXPECT_EQ(std::string(reinterpret_cast<const char *>(S.Ptr), 2), "T!");
  EXPECT_FALSE(gs_callstringmethod(&S, &TType, &V, "Error"));
  EXPECT_FALSE(gs_callstringmethod(&S, &gs_type_int, &V, "String"));
  EXPECT_FALSE(gs_callstringmethod(&S, nullptr, nullptr, "String"));
  EXPECT_EQ(gs_findmethod(&TType, "M", &FuncStringCopy), nullptr);
}

TEST(IfaceTest, AssertionMessages) {
  struct Case {
    std::function<void()> Body;
    const char *Msg;
  } Cases[] = {
      {[] { gs_panicdottype(&gs_type_string, &gs_type_int,
                            &gs_type_empty_interface); },
       "interface conversion: interface {} is string, not int"},
      {[] { gs_panicdottype(nullptr, &gs_type_int, &gs_type_empty_interface); },
       "interface conversion: interface {} is nil, not int"},
      {[] { gs_panicdottype(&TPtr, &TType, &IType); },
       "interface conversion: main.I is *main.T, not main.T"},
      {[] { gs_panicdottype(&TOther, &TType, &gs_type_empty_interface); },
       "interface conversion: interface {} is main.T, not main.T (types "
       "from different scopes)"},
      {[] { gs_assertE2I(&JType, &TType); },
       "interface conversion: main.T is not main.J: missing method N"},
      {[] { gs_assertE2I(&IType, nullptr); },
       "interface conversion: interface is nil, not main.I"},
      {[] { gs_getitab(&IType, &gs_type_string, false); },
       "interface conversion: string is not main.I: missing method M"},
  };
  for (const Case &C : Cases) {
    ChildResult R = runChild(C.Body);
    EXPECT_EQ(R.ExitCode, 2);
    EXPECT_EQ(panicHead(R.Err), std::string("panic: ") + C.Msg +
                                    "\n\ngoroutine 1 [running]:\n");
  }
}

TEST(IfaceTest, Equality) {
  int64_t A = 5, B = 5, C = 6;
  EXPECT_TRUE(gs_efaceequal(&gs_type_int, &A, &gs_type_int, &B));
  EXPECT_FALSE(gs_efaceequal(&gs_type_int, &A, &gs_type_int, &C));
  EXPECT_FALSE(gs_efaceequal(&gs_type_int, &A, &gs_type_int64, &B));
  EXPECT_TRUE(gs_efaceequal(nullptr, nullptr, nullptr, nullptr));
  EXPECT_FALSE(gs_efaceequal(nullptr, nullptr, &gs_type_int, &A));
  // Pointer-shaped values compare their data words.
  EXPECT_TRUE(gs_efaceequal(&TPtr, &A, &TPtr, &A));
  EXPECT_FALSE(gs_efaceequal(&TPtr, &A, &TPtr, &B));
  const Itab *I1 = gs_getitab(&IType, &TType, false);
  const Itab *I2 = gs_getitab(&IType, &TPtr, false);
  TValue X{1}, Y{1};
  EXPECT_TRUE(gs_ifaceequal(I1, &X, I1, &Y));
  EXPECT_FALSE(gs_ifaceequal(I1, &X, I2, &X));
  EXPECT_TRUE(gs_ifaceequal(nullptr, nullptr, nullptr, nullptr));
  Iface P{I1, &X}, Q{I1, &Y};
  EXPECT_TRUE(gs_interequal(&P, &Q));
  EXPECT_EQ(gs_interhash(&P, 42), gs_interhash(&Q, 42));

  Slice S1{nullptr, 0, 0};
  ChildResult R = runChild([&] { gs_efaceequal(&IntSlice, &S1, &IntSlice, &S1); });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(panicHead(R.Err), "panic: runtime error: comparing uncomparable "
                              "type []int\n\ngoroutine 1 [running]:\n");
  // Different dynamic types never panic.
  EXPECT_FALSE(gs_efaceequal(&IntSlice, &S1, &gs_type_int, &A));
}

TEST(IfaceTest, Boxing) {
  AllocStats Before, After;
  gs_alloc_stats(&Before);
  void *Small = gs_convT64(7);
  EXPECT_EQ(*static_cast<uint64_t *>(Small), 7u);
  EXPECT_EQ(gs_convT64(7), Small); // static, no allocation
  void *Empty = gs_convTstring(nullptr, 0);
  EXPECT_EQ(static_cast<String *>(Empty)->Len, 0);
  void *NilSlice = gs_convTslice(nullptr, 0, 0);
  EXPECT_EQ(static_cast<Slice *>(NilSlice)->Ptr, nullptr);
  gs_alloc_stats(&After);
  EXPECT_EQ(After.Count, Before.Count);

  void *Big = gs_convT64(1000);
  EXPECT_EQ(*static_cast<uint64_t *>(Big), 1000u);
  static const uint8_t Hello[] = "hello";
  auto *Str = static_cast<String *>(gs_convTstring(Hello, 5));
  EXPECT_EQ(Str->Ptr, Hello);
  EXPECT_EQ(Str->Len, 5);
  TValue V{99};
  auto *Copy = static_cast<TValue *>(gs_convT(&TType, &V));
  EXPECT_NE(static_cast<void *>(Copy), static_cast<void *>(&V));
  EXPECT_EQ(Copy->X, 99);
  gs_alloc_stats(&After);
  EXPECT_EQ(After.Count, Before.Count + 3);
}

TEST(IfaceTest, ErrorDescriptor) {
  EXPECT_EQ(gs_type_error.TheKind, Kind::Interface);
  ASSERT_EQ(gs_type_error.Len, 1u);
  EXPECT_STREQ(gs_type_error.IMethods[0].Name, "Error");
  EXPECT_EQ(gs_type_error.IMethods[0].Sig, &gs_type_func_string);
  EXPECT_STREQ(gs_type_func_string.Name, "func() string");
  ASSERT_EQ(gs_type_func_string.NumResults, 1u);
  EXPECT_EQ(gs_type_func_string.Results[0], &gs_type_string);
  EXPECT_NE(gs_getitab(&gs_type_error, &gs_type_runtime_errorString, true),
            nullptr);
  EXPECT_EQ(gs_getitab(&gs_type_error, &TType, true), nullptr);
}
