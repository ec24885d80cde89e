//===- FmtValueTest.cpp - More values through descriptors, against Go 1.19 ===//
//
// Embedded and unexported fields, GoString, named byte slices, byte arrays,
// types with both Error and String, flags applied to every element, and
// maps with bool and struct keys. Expected strings come from go1.19 for
//
//   type Inner struct{ A int8; B float32 }
//   type Outer struct{ Inner; Name string; Ptr *int; Arr [2]uint8;
//                      inner Inner }
//   type GS struct{ V int }   // GoString() "GS!", String() "gs"
//   type MyBytes []byte
//   type Color int            // Error() "color error", String() "color string"
//
//===----------------------------------------------------------------------===//

#include "FmtTestUtil.h"

#include "goscape-rt/Panic.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

namespace {

String lit(const char *S) { return str(S); }
String gsGoString(void *, void *) { return lit("GS!"); }
String gsString(void *, void *) { return lit("gs"); }
String colorError(void *, void *) { return lit("color error"); }
String colorString(void *, void *) { return lit("color string"); }

struct InnerV {
  int8_t A;
  float B;
};
uintptr_t innerHash(const void *P, uintptr_t Seed) {
  const auto *V = static_cast<const InnerV *>(P);
  return gs_memhash8(&V->A, gs_f32hash(&V->B, Seed));
}
bool innerEqual(const void *X, const void *Y) {
  const auto *A = static_cast<const InnerV *>(X);
  const auto *B = static_cast<const InnerV *>(Y);
  return A->A == B->A && A->B == B->B;
}

const Type *innerType() {
  static Type T = *structOf("main.Inner", true,
                            {{"A", &gs_type_int8}, {"B", &gs_type_float32}});
  T.Hash = innerHash;
  T.Equal = innerEqual;
  return &T;
}

const Type *InnerT = innerType();
const Type *IntPtrT = ptrTo(&gs_type_int, "*int");
const Type *Arr2T = arrayOf(&gs_type_uint8, 2, "[2]uint8");
const Type *OuterT = [] {
  const Type *T = structOf("main.Outer", true,
                           {{"Inner", InnerT},
                            {"Name", &gs_type_string},
                            {"Ptr", IntPtrT},
                            {"Arr", Arr2T},
                            {"inner", InnerT}});
  const_cast<StructField &>(T->Fields[0]).Embedded = 1;
  return T;
}();
const Type *GST = named(
    structOf("struct { V int }", false, {{"V", &gs_type_int}}), "main.GS",
    {stringMethod("GoString", gsGoString), stringMethod("String", gsString)});
const Type *GSSliceT = sliceOf(GST, "[]main.GS");
const Type *MyBytesT =
    named(sliceOf(&gs_type_uint8, "[]uint8"), "main.MyBytes");
const Type *ColorT = named(
    &gs_type_int, "main.Color",
    {stringMethod("Error", colorError), stringMethod("String", colorString)});
const Type *ColorSliceT = sliceOf(ColorT, "[]main.Color");
const Type *IntSliceT = sliceOf(&gs_type_int, "[]int");
const Type *StrSliceT = sliceOf(&gs_type_string, "[]string");
const Type *BoolSliceT = sliceOf(&gs_type_bool, "[]bool");
const Type *F32SliceT = sliceOf(&gs_type_float32, "[]float32");
const Type *MapSIsT = mapOf(&gs_type_string, IntSliceT, "map[string][]int");
const Type *MapBIT = mapOf(&gs_type_bool, &gs_type_int, "map[bool]int");
const Type *MapInnerST =
    mapOf(InnerT, &gs_type_string, "map[main.Inner]string");

Eface sliceVal(const Type *T, const void *Elems, intptr_t N) {
  Slice S = makeSlice(T->Elem, Elems, N);
  return box(T, &S);
}
Eface ints(std::initializer_list<intptr_t> V) {
  return sliceVal(IntSliceT, V.begin(), intptr_t(V.size()));
}
Eface strs(std::initializer_list<const char *> V) {
  std::vector<String> E;
  for (const char *X : V)
    E.push_back(str(X));
  return sliceVal(StrSliceT, E.data(), intptr_t(E.size()));
}

Eface outer() {
  struct {
    InnerV In;
    String Name;
    intptr_t *Ptr;
    uint8_t Arr[2];
    InnerV Hidden;
  } V{{-3, 1.5f}, str("n"), nullptr, {1, 2}, {4, 0.25f}};
  static_assert(sizeof(V) == 48);
  return box(OuterT, &V);
}
Eface gsv(intptr_t V) { return box(GST, &V); }
Eface gsSlice() {
  intptr_t V[] = {1};
  return sliceVal(GSSliceT, V, 1);
}
Eface myBytes(const char *S) {
  return sliceVal(MyBytesT, S, intptr_t(std::strlen(S)));
}
Eface arr2(uint8_t A, uint8_t B) {
  uint8_t V[2] = {A, B};
  return box(Arr2T, V);
}
Eface color(intptr_t V) { return box(ColorT, &V); }
Eface colors() {
  intptr_t V[] = {1, 2};
  return sliceVal(ColorSliceT, V, 2);
}
Eface bools() {
  bool V[] = {true, false};
  return sliceVal(BoolSliceT, V, 2);
}
Eface f32s() {
  float V[] = {0.1f, 2.5f};
  return sliceVal(F32SliceT, V, 2);
}
Eface nestedMap() {
  String KB = str("b"), KA = str("a");
  intptr_t VB[] = {2}, VA[] = {1, 1};
  Slice SB = makeSlice(&gs_type_int, VB, 1),
        SA = makeSlice(&gs_type_int, VA, 2);
  return Eface{MapSIsT, makeMap(MapSIsT, {{&KB, &SB}, {&KA, &SA}})};
}
Eface mapBool() {
  bool T = true, F = false;
  intptr_t One = 1, Zero = 0;
  return Eface{MapBIT, makeMap(MapBIT, {{&T, &One}, {&F, &Zero}})};
}
Eface mapStruct() {
  InnerV K1{2, 0}, K2{1, 5}, K3{1, 2};
  String V1 = str("y"), V2 = str("x"), V3 = str("w");
  return Eface{MapInnerST,
               makeMap(MapInnerST, {{&K1, &V1}, {&K2, &V2}, {&K3, &V3}})};
}

} // namespace

TEST(FmtSprintf, More) {
  EXPECT_EQ(sprintf("%v|%+v", {outer(), outer()}),
            "{{-3 1.5} n <nil> [1 2] {4 0.25}}|{Inner:{A:-3 B:1.5} Name:n "
            "Ptr:<nil> Arr:[1 2] inner:{A:4 B:0.25}}");
  EXPECT_EQ(
      sprintf("%#v", {outer()}),
      "main.Outer{Inner:main.Inner{A:-3, B:1.5}, Name:\"n\", Ptr:(*int)(nil), "
      "Arr:[2]uint8{0x1, 0x2}, inner:main.Inner{A:4, B:0.25}}");
  EXPECT_EQ(sprintf("%v|%#v|%s|%d", {gsv(1), gsv(1), gsSlice(), gsv(2)}),
            "gs|GS!|[gs]|{2}");
  EXPECT_EQ(sprintf("%v|%s|%x|%q|%#v|%T",
                    {myBytes("ab"), myBytes("ab"), myBytes("ab"), myBytes("ab"),
                     myBytes("ab"), myBytes("ab")}),
            "[97 98]|ab|6162|\"ab\"|main.MyBytes{0x61, 0x62}|main.MyBytes");
  EXPECT_EQ(sprintf("%s|%x|%v|%c|%q", {arr2(65, 66), arr2(1, 255), arr2(1, 2),
                                       ints({72, 105}), ints({72, 105})}),
            "AB|01ff|[1 2]|[H i]|['H' 'i']");
  EXPECT_EQ(sprintf("%v|%d|%s", {color(3), color(3), colors()}),
            "color error|3|[color error color error]");
  EXPECT_EQ(sprintf("%6.2v|%-8v|%+v|%08.3v", {F64(3.14159), strs({"a", "b"}),
                                              ints({1, -1}), F64(-3.14159)}),
            "   3.1|[a        b       ]|[1 -1]|-0003.14");
  EXPECT_EQ(sprintf("%x|%X|% d|%+q", {strs({"\xff", "A"}), F64(255.5),
                                      ints({1, -2}), strs({"\xc3\xa9"})}),
            "[ff 41]|0X1.FFP+07|[ 1 -2]|[\"\\u00e9\"]");
  EXPECT_EQ(sprintf("%t|%v|%s", {bools(), bools(), bools()}),
            "[true false]|[true false]|[%!s(bool=true) %!s(bool=false)]");
  EXPECT_EQ(sprintf("%v|%.1f|%5.2f|%e", {f32s(), f32s(), f32s(), f32s()}),
            "[0.1 2.5]|[0.1 2.5]|[ 0.10  2.50]|[1.000000e-01 2.500000e+00]");
  EXPECT_EQ(sprintf("%v", {nestedMap()}), "map[a:[1 1] b:[2]]");
  EXPECT_EQ(sprintf("%v|%+v", {mapBool(), mapStruct()}),
            "map[false:0 true:1]|map[{A:1 B:2}:w {A:1 B:5}:x {A:2 B:0}:y]");
}

namespace {

/// func (p *PS) String() string { return fmt.Sprint("PS<", p.A, ">") }:
/// dereferences p, so a nil p panics as compiled Go code does.
String psNilString(void *, void *Data) {
  if (!Data)
    gs_panic_nil();
  return lit("PS<?>");
}
/// func (b Bad) String() string { panic("oops") }
String badString(void *, void *) {
  static String Oops = lit("oops");
  gs_panic(&gs_type_string, &Oops);
}
/// func (b BadE) Error() string { panic(fmt.Errorf("inner %d", int(b))) }
String badError(void *, void *) {
  Iface E;
  String Msg = lit("inner 3");
  gs_errors_New(&E, Msg.Ptr, Msg.Len);
  gs_panic(E.Tab->Tp, E.Data);
}

const Type *PSNilPtrT =
    ptrTo(structOf("main.PS", true, {{"A", &gs_type_int}}), "*main.PS",
          {stringMethod("String", psNilString)});
const Type *BadT =
    named(&gs_type_int, "main.Bad", {stringMethod("String", badString)});
const Type *BadSliceT = sliceOf(BadT, "[]main.Bad");
const Type *BadET =
    named(&gs_type_int, "main.BadE", {stringMethod("Error", badError)});
const Type *BadStructT =
    structOf("struct { B main.Bad }", false, {{"B", BadT}});

} // namespace

// Methods that panic are recovered as fmt's catchPanic does:
//   var p *PS; fmt.Printf("%v|%s|%d|[%5v]\n", p, p, p, p)
//   fmt.Println(Bad(1), []Bad{2}, BadE(3))
//   fmt.Printf("%x|%+v\n", Bad(4), struct{ B Bad }{5})
TEST(FmtSprintf, PanickingMethods) {
  Eface NilPS{PSNilPtrT, nullptr};
  EXPECT_EQ(sprintf("%v|%s|%d|[%5v]", {NilPS, NilPS, NilPS, NilPS}),
            "<nil>|<nil>|0|[<nil>]");
  intptr_t Two = 2, Five = 5;
  Slice Bads = makeSlice(BadT, &Two, 1);
  intptr_t One = 1, Three = 3, Four = 4;
  EXPECT_EQ(
      sprintln({box(BadT, &One), box(BadSliceT, &Bads), box(BadET, &Three)}),
      "%!v(PANIC=String method: oops) [%!v(PANIC=String method: "
      "oops)] %!v(PANIC=Error method: inner 3)\n");
  EXPECT_EQ(sprintf("%x|%+v", {box(BadT, &Four), box(BadStructT, &Five)}),
            "%!x(PANIC=String method: oops)|{B:%!v(PANIC=String method: "
            "oops)}");
  // The defer frames used for the recovery were popped: it works again.
  EXPECT_EQ(sprintf("%v", {box(BadT, &One)}), "%!v(PANIC=String method: oops)");
}
