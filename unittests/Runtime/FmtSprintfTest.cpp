//===- FmtSprintfTest.cpp - fmt's verbs, flags and values against Go 1.19 -===//
//
// Each EXPECT_EQ compares Sprintf/Sprint/Sprintln with what Go 1.19 prints
// for the same operands; the expected strings were produced by running the
// equivalent Go calls with go1.19. The Go types behind the descriptors:
//
//   type T int                 func (t T) String() string { "T(%d)" }
//   type P struct{ X, Y int }
//   type E struct{ Name string; Val T; hidden T }
//   type PS struct{ A int }    func (p *PS) String() string { "PS<%d>" }
//   type MyInt int
//   type MyStr string
//   type W struct{ Err error; Any interface{} }
//
//===----------------------------------------------------------------------===//

#include "FmtTestUtil.h"

#include "goscape-rt/Errors.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

namespace {

/// Go string from std::string, in the collected heap.
String heapString(const std::string &S) {
  auto *P = static_cast<uint8_t *>(gs_alloc_noscan(S.size() + 1));
  std::memcpy(P, S.data(), S.size());
  return String{P, intptr_t(S.size())};
}

String tString(void *, void *Data) {
  return heapString("T(" + std::to_string(*static_cast<intptr_t *>(Data)) +
                    ")");
}

String psString(void *, void *Data) {
  return heapString("PS<" + std::to_string(*static_cast<intptr_t *>(Data)) +
                    ">");
}

const Type *IntSliceT = sliceOf(&gs_type_int, "[]int");
const Type *StrSliceT = sliceOf(&gs_type_string, "[]string");
const Type *ByteSliceT = sliceOf(&gs_type_uint8, "[]uint8");
const Type *Arr3T = arrayOf(&gs_type_int, 3, "[3]int");
const Type *NestedT = sliceOf(IntSliceT, "[][]int");
const Type *AnySliceT = sliceOf(&gs_type_empty_interface, "[]interface {}");
const Type *ErrSliceT = sliceOf(&gs_type_error, "[]error");
const Type *PT =
    structOf("main.P", true, {{"X", &gs_type_int}, {"Y", &gs_type_int}});
const Type *PPtrT = ptrTo(PT, "*main.P");
const Type *TT =
    named(&gs_type_int, "main.T", {stringMethod("String", tString)});
const Type *TSliceT = sliceOf(TT, "[]main.T");
const Type *ET = structOf(
    "main.E", true, {{"Name", &gs_type_string}, {"Val", TT}, {"hidden", TT}});
const Type *PST = structOf("main.PS", true, {{"A", &gs_type_int}});
const Type *PSPtrT = ptrTo(PST, "*main.PS", {stringMethod("String", psString)});
const Type *MyIntT = named(&gs_type_int, "main.MyInt");
const Type *MyStrT = named(&gs_type_string, "main.MyStr");
const Type *WT =
    structOf("main.W", true,
             {{"Err", &gs_type_error}, {"Any", &gs_type_empty_interface}});
const Type *MapSIT = mapOf(&gs_type_string, &gs_type_int, "map[string]int");
const Type *MapIST = mapOf(&gs_type_int, &gs_type_string, "map[int]string");
const Type *MapFST =
    mapOf(&gs_type_float64, &gs_type_string, "map[float64]string");
const Type *MapTIT = mapOf(TT, &gs_type_int, "map[main.T]int");
const Type *MapAnyIT =
    mapOf(&gs_type_empty_interface, &gs_type_int, "map[interface {}]int");
const Type *MapSPT = mapOf(&gs_type_string, PT, "map[string]main.P");
const Type *MapSIPtrT = ptrTo(MapSIT, "*map[string]int");

Eface sliceVal(const Type *T, const void *Elems, intptr_t N) {
  Slice S = makeSlice(T->Elem, Elems, N);
  return box(T, &S);
}

Eface ints(std::initializer_list<intptr_t> V) {
  return sliceVal(IntSliceT, V.begin(), intptr_t(V.size()));
}
Eface nilInts() {
  Slice S{nullptr, 0, 0};
  return box(IntSliceT, &S);
}
Eface strs(std::initializer_list<const char *> V) {
  std::vector<String> Elems;
  for (const char *E : V)
    Elems.push_back(str(E));
  return sliceVal(StrSliceT, Elems.data(), intptr_t(Elems.size()));
}
Eface bytes(const char *V) {
  return sliceVal(ByteSliceT, V, intptr_t(std::strlen(V)));
}
Eface arr3(intptr_t A, intptr_t B, intptr_t C) {
  intptr_t V[3] = {A, B, C};
  return box(Arr3T, V);
}
Eface nested() {
  Slice Rows[3];
  intptr_t R0[] = {1, 2}, R2[] = {3};
  Rows[0] = makeSlice(&gs_type_int, R0, 2);
  Rows[1] = makeSlice(&gs_type_int, nullptr, 0);
  Rows[2] = makeSlice(&gs_type_int, R2, 1);
  return sliceVal(NestedT, Rows, 3);
}
Eface anys() {
  Eface V[] = {I(1), S("a"), Nil(), F64(2.5), ints({7})};
  return sliceVal(AnySliceT, V, 5);
}
Eface p(intptr_t X, intptr_t Y) {
  intptr_t V[2] = {X, Y};
  return box(PT, V);
}
Eface pp(intptr_t X, intptr_t Y) { return Eface{PPtrT, p(X, Y).Data}; }
Eface nilP() { return Eface{PPtrT, nullptr}; }
Eface t(intptr_t V) { return box(TT, &V); }
Eface tslice() {
  intptr_t V[] = {1, 2};
  return sliceVal(TSliceT, V, 2);
}
Eface e(const char *Name, intptr_t Val, intptr_t Hidden) {
  struct {
    String Name;
    intptr_t Val, Hidden;
  } V{str(Name), Val, Hidden};
  return box(ET, &V);
}
Eface ps(intptr_t A) { return Eface{PSPtrT, box(PST, &A).Data}; }
Eface psv(intptr_t A) { return box(PST, &A); }
Eface myInt(intptr_t V) { return box(MyIntT, &V); }
Eface myStr(const char *V) {
  String S = str(V);
  return box(MyStrT, &S);
}
Iface newErr(const char *Msg) {
  Iface E;
  String S = str(Msg);
  gs_errors_New(&E, S.Ptr, S.Len);
  return E;
}
Eface errVal(const char *Msg) {
  return Eface{&gs_type_errors_errorString_ptr, newErr(Msg).Data};
}
Eface nilErrSlice() {
  Iface V[] = {{nullptr, nullptr}, newErr("e")};
  return sliceVal(ErrSliceT, V, 2);
}
Eface w() {
  struct {
    Iface Err;
    Eface Any;
  } V{};
  return box(WT, &V);
}
Eface wErr(const char *Msg, Eface Any) {
  struct {
    Iface Err;
    Eface Any;
  } V{newErr(Msg), Any};
  return box(WT, &V);
}

template <typename K, typename V>
Eface mapVal(const Type *MT, std::initializer_list<std::pair<K, V>> KV) {
  std::vector<std::pair<const void *, const void *>> Ptrs;
  for (const auto &P : KV)
    Ptrs.emplace_back(&P.first, &P.second);
  Hmap *H = makeMap(MT, Ptrs);
  return Eface{MT, H};
}
Eface mapSI(std::initializer_list<std::pair<const char *, intptr_t>> KV) {
  std::vector<std::pair<String, intptr_t>> Conv;
  for (const auto &[K, V] : KV)
    Conv.emplace_back(str(K), V);
  std::vector<std::pair<const void *, const void *>> Ptrs;
  for (const auto &P : Conv)
    Ptrs.emplace_back(&P.first, &P.second);
  return Eface{MapSIT, makeMap(MapSIT, Ptrs)};
}
Eface nilMapSI() { return Eface{MapSIT, nullptr}; }
Eface mapIS(std::initializer_list<std::pair<intptr_t, const char *>> KV) {
  std::vector<std::pair<intptr_t, String>> Conv;
  for (const auto &[K, V] : KV)
    Conv.emplace_back(K, str(V));
  std::vector<std::pair<const void *, const void *>> Ptrs;
  for (const auto &P : Conv)
    Ptrs.emplace_back(&P.first, &P.second);
  return Eface{MapIST, makeMap(MapIST, Ptrs)};
}
Eface mapFS(std::initializer_list<std::pair<double, const char *>> KV) {
  std::vector<std::pair<double, String>> Conv;
  for (const auto &[K, V] : KV)
    Conv.emplace_back(K, str(V));
  std::vector<std::pair<const void *, const void *>> Ptrs;
  for (const auto &P : Conv)
    Ptrs.emplace_back(&P.first, &P.second);
  return Eface{MapFST, makeMap(MapFST, Ptrs)};
}
Eface mapTI(std::initializer_list<std::pair<intptr_t, intptr_t>> KV) {
  return mapVal(MapTIT, KV);
}
Eface mapAnyI(std::initializer_list<std::pair<Eface, intptr_t>> KV) {
  return mapVal(MapAnyIT, KV);
}
Eface mapSP() {
  String QK = str("q"), AK = str("a");
  intptr_t QV[2] = {1, 2}, AV[2] = {3, 4};
  Hmap *H = makeMap(MapSPT, {{&QK, QV}, {&AK, AV}});
  return Eface{MapSPT, H};
}
Eface ppMap() {
  auto **Slot = static_cast<Hmap **>(gs_alloc(sizeof(Hmap *)));
  *Slot = static_cast<Hmap *>(mapSI({{"x", 1}}).Data);
  return Eface{MapSIPtrT, Slot};
}

} // namespace

TEST(FmtSprintf, Integers) {
  EXPECT_EQ(sprintf("%d|%5d|%-5d|%05d|%+d|% d",
                    {I(42), I(42), I(42), I(42), I(42), I(42)}),
            "42|   42|42   |00042|+42| 42");
  EXPECT_EQ(sprintf("%d %5d %05d %+d", {I(-42), I(-42), I(-42), I(-42)}),
            "-42   -42 -0042 -42");
  EXPECT_EQ(
      sprintf("%x %X %#x %#X %o %#o %O %b %#b",
              {I(255), I(255), I(255), I(255), I(8), I(8), I(8), I(5), I(5)}),
      "ff FF 0xff 0XFF 10 010 0o10 101 0b101");
  EXPECT_EQ(sprintf("%x %X %08b", {I(-255), I(-255), I(-5)}),
            "-ff -FF -0000101");
  EXPECT_EQ(
      sprintf("%.3d|%8.3d|%-8.3d|%.0d|%5.0d|", {I(7), I(7), I(7), I(0), I(0)}),
      "007|     007|007     ||     |");
  EXPECT_EQ(sprintf("%c|%q|%U|%#U|%c",
                    {I(65), I(65), I(0x1F600), I(0x1F600), I(0x110000)}),
            "A|'A'|U+1F600|U+1F600 '\360\237\230\200'|\357\277\275");
  EXPECT_EQ(sprintf("%q %q %+q %#U", {I32(0xe9), I(10), I32(0xe9), I(7)}),
            "'\303\251' '\\n' '\\u00e9' U+0007");
  EXPECT_EQ(sprintf("%d %d %d %x", {I8(-128), U8(255), U16(65535), I8(-128)}),
            "-128 255 65535 -80");
  EXPECT_EQ(sprintf("%d %v %x",
                    {U64(18446744073709551615u), I64(-9223372036854775807 - 1),
                     U64(18446744073709551615u)}),
            "18446744073709551615 -9223372036854775808 ffffffffffffffff");
  EXPECT_EQ(sprintf("%v %#v %#v", {I(5), I(5), U(255)}), "5 5 0xff");
  EXPECT_EQ(sprintf("%6.2d|%-+6d|%x", {I(3), I(3), S("hi")}),
            "    03|+3    |6869");
}

TEST(FmtSprintf, Floats) {
  EXPECT_EQ(sprintf("%v %v %v %v %v", {F64(1.0), F64(1e6), F64(1e21),
                                       F64(123456789.0), F64(0.000001)}),
            "1 1e+06 1e+21 1.23456789e+08 1e-06");
  EXPECT_EQ(sprintf("%v %v %v %v %v", {F64(0.0001), F64(3.14159), F64(-0.0),
                                       F64(100000), F64(1e-5)}),
            "0.0001 3.14159 -0 100000 1e-05");
  EXPECT_EQ(
      sprintf("%v %v %v %v", {F64(123456), F64(1234567), F64(1e20), F64(0.3)}),
      "123456 1.234567e+06 1e+20 0.3");
  EXPECT_EQ(
      sprintf("%v %v %v %+v % v", {F64(NAN), F64(INFINITY), F64(-INFINITY),
                                   F64(NAN), F64(INFINITY)}),
      "NaN +Inf -Inf NaN  Inf");
  EXPECT_EQ(sprintf("%5.1f|%-6v|%06v|%06.1f",
                    {F64(NAN), F64(INFINITY), F64(-INFINITY), F64(-2.5)}),
            "  NaN|+Inf  |  -Inf|-002.5");
  EXPECT_EQ(
      sprintf("%f|%.2f|%8.3f|%-8.2f|%+.2f|% f|%08.3f|%08.3f",
              {F64(3.14159), F64(3.14159), F64(3.14159), F64(3.14159),
               F64(3.14159), F64(3.14159), F64(3.14159), F64(-3.5)}),
      "3.141590|3.14|   3.142|3.14    |+3.14| 3.141590|0003.142|-003.500");
  EXPECT_EQ(sprintf("%e|%E|%.3e|%g|%.3g|%G|%e",
                    {F64(123456.789), F64(123456.789), F64(123456.789),
                     F64(123456.789), F64(123456.789), F64(1e-7), F64(0)}),
            "1.234568e+05|1.234568E+05|1.235e+05|123456.789|1.23e+05|1E-07|0."
            "000000e+00");
  EXPECT_EQ(sprintf("%.0f %.0f %.0f %.1f %.3g %.3g %g %.10g",
                    {F64(0.5), F64(1.5), F64(2.5), F64(0.05), F64(1234),
                     F64(1.0), F64(0), F64(1.0 / 3)}),
            "0 2 2 0.1 1.23e+03 1 0 0.3333333333");
  EXPECT_EQ(sprintf("%#g|%#.3g|%#v|%#.0f|%#e",
                    {F64(1.0), F64(1.0), F64(2.0), F64(3), F64(1)}),
            "1.00000|1.00|2|3.|1.000000e+00");
  EXPECT_EQ(
      sprintf("%x|%X|%.2x|%b", {F64(1.0), F64(-0.1), F64(3.14159), F64(1.0)}),
      "0x1p+00|-0X1.999999999999AP-04|0x1.92p+01|4503599627370496p-52");
  EXPECT_EQ(sprintf("%v %v %f %v", {F32(0.1f), F32(16777216.0f), F32(0.1f),
                                    F64(double(0.1f))}),
            "0.1 1.6777216e+07 0.100000 0.10000000149011612");
  EXPECT_EQ(sprintf("%v %v %.3f %v", {F64(1e-320), F64(1.7976931348623157e308),
                                      F64(1e300), F64(5e-324)}),
            "1e-320 1.7976931348623157e+308 "
            "100000000000000005250476025520442024870446858110815915491585411551"
            "180245798890819578637137508044786404370444383288387817694252323536"
            "043057564479218478670698284838720092657580373783023379478809005936"
            "895323497079994508111903896764088007465274278014249457925878882005"
            "6842838115669472196386865459400540160.000 5e-324");
  EXPECT_EQ(sprintf("%20.10e|%-12g|%012g",
                    {F64(-1234.5678), F64(1e-10), F64(-1e-10)}),
            "   -1.2345678000e+03|1e-10       |-0000001e-10");
}

TEST(FmtSprintf, FloatsComputedAtRunTime) {
  // a, b := 0.1, 0.2 (variables, so Go adds at run time).
  volatile double A = 0.1, B = 0.2;
  EXPECT_EQ(sprintf("%v|%v|%.20g|%g", {F64(A + B), F32(float(A) + float(B)),
                                       F64(A + B), F64(1e100)}),
            "0.30000000000000004|0.3|0.30000000000000004441|1e+100");
}

TEST(FmtSprintf, Strings) {
  EXPECT_EQ(sprintf("%s|%q|%v|%10s|%-10s|%.2s|%5.1s|",
                    {S("hello"), S("hello"), S("hello"), S("hello"), S("hello"),
                     S("hello"), S("hello")}),
            "hello|\"hello\"|hello|     hello|hello     |he|    h|");
  EXPECT_EQ(
      sprintf("%x|% x|%X|%#x|% #x|%x|%.1x",
              {S("hi"), S("hi"), S("hi"), S("hi"), S("hi"), S(""), S("hi")}),
      "6869|68 69|6869|0x6869|0x68 0x69||68");
  EXPECT_EQ(
      sprintf("%q|%+q|%#q|%#q|%q", {S("h\xc3\xa9llo\n"), S("h\xc3\xa9"),
                                    S("back`"), S("plain"), S("\xff\x01\x7f")}),
      "\"h\303\251llo\\n\"|\"h\\u00e9\"|\"back`\"|`plain`|\"\\xff\\x01\\x7f\"");
  EXPECT_EQ(
      sprintf("%6s|%-6s|%.3s|%05s|%q",
              {S("h\xc3\xa9llo"), S("\xc3\xa9"), S("\xc3\xa9t\xc3\xa9s"),
               S("ab"), S("\u00a0\u2028")}),
      " h\303\251llo|\303\251     |\303\251t\303\251|000ab|\"\\u00a0\\u2028\"");
  EXPECT_EQ(sprintf("%t|%v|%6t|%d", {B(true), B(false), B(true), B(true)}),
            "true|false|  true|%!d(bool=true)");
  EXPECT_EQ(sprintf("100%%|%5%|%c%c", {I(0x4e16), I(0x754c)}),
            "100%|%|\344\270\226\347\225\214");
}

TEST(FmtSprintf, BadVerbsAndArgs) {
  EXPECT_EQ(sprintf("%d", {S("hi")}), "%!d(string=hi)");
  EXPECT_EQ(sprintf("%s|%t|%z", {I(5), I(5), F64(1.5)}),
            "%!s(int=5)|%!t(int=5)|%!z(float64=1.5)");
  EXPECT_EQ(sprintf("%d %d", {I(1)}), "1 %!d(MISSING)");
  EXPECT_EQ(sprintf("%d", {I(1), I(2), S("x")}), "1%!(EXTRA int=2, string=x)");
  EXPECT_EQ(sprintf("%d", {I(1), Nil()}), "1%!(EXTRA <nil>)");
  EXPECT_EQ(sprintf("%", {I(1)}), "%!(NOVERB)%!(EXTRA int=1)");
  EXPECT_EQ(sprintf("%[2]d %[1]d", {I(1), I(2)}), "2 1");
  EXPECT_EQ(sprintf("%[3]d %d", {I(1), I(2)}), "%!d(BADINDEX) 1");
  EXPECT_EQ(sprintf("%[1]d %[1]x %d", {I(10), I(11)}), "10 a 11");
  EXPECT_EQ(sprintf("%*d|%-*d|%.*f|%*d", {I(5), I(42), I(5), I(42), I(2),
                                          F64(3.14159), I(-4), I(1)}),
            "   42|42   |3.14|1   ");
  EXPECT_EQ(sprintf("%*d|%.*d", {S("x"), I(1), F64(1.0), I(2)}),
            "%!(BADWIDTH)1|%!(BADPREC)2");
  EXPECT_EQ(sprintf("%v|%d|%T|%s|%5v|", {Nil(), Nil(), Nil(), Nil(), Nil()}),
            "<nil>|%!d(<nil>)|<nil>|%!s(<nil>)|<nil>|");
  EXPECT_EQ(sprintf("%!|%[x]d|%[0]d|%[]d|%[1]", {I(1)}),
            "%!!(int=1)|%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)|%!(NOVERB)");
  EXPECT_EQ(sprintf("%.d|%3.d|%-03d|%+-5d|", {I(0), I(0), I(7), I(7)}),
            "|   |7  |+7   |");
  EXPECT_EQ(sprintf("%\303\251|%.2q|%10.4v|%-10q|",
                    {I(1), S("abc"), F64(3.14159265), S("q")}),
            "%!\303\251(int=1)|\"ab\"|     3.142|\"q\"       |");
}

TEST(FmtSprintf, Composites) {
  EXPECT_EQ(
      sprintf("%v|%d|%x|%5d|%v", {ints({1, 2, 3}), ints({1, 2, 3}),
                                  ints({10, 255}), ints({1, 2}), ints({})}),
      "[1 2 3]|[1 2 3]|[a ff]|[    1     2]|[]");
  EXPECT_EQ(sprintf("%v|%#v|%#v|%T|%T",
                    {nilInts(), nilInts(), ints({1, 2}), ints({}), nilInts()}),
            "[]|[]int(nil)|[]int{1, 2}|[]int|[]int");
  EXPECT_EQ(sprintf("%v|%q|%s|%#v|%x",
                    {strs({"a", "b c"}), strs({"a", "b"}), strs({"x"}),
                     strs({"a"}), strs({"hi", "yo"})}),
            "[a b c]|[\"a\" \"b\"]|[x]|[]string{\"a\"}|[6869 796f]");
  EXPECT_EQ(sprintf("%v|%s|%x|%X|%q|%#v|%T|% x",
                    {bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"),
                     bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi")}),
            "[104 105]|hi|6869|6869|\"hi\"|[]byte{0x68, 0x69}|[]uint8|68 69");
  EXPECT_EQ(sprintf("%v|%d|%#v|%T", {arr3(1, 2, 3), arr3(4, 5, 6),
                                     arr3(7, 8, 9), arr3(0, 0, 0)}),
            "[1 2 3]|[4 5 6]|[3]int{7, 8, 9}|[3]int");
  EXPECT_EQ(sprintf("%v|%v", {nested(), anys()}),
            "[[1 2] [] [3]]|[1 a <nil> 2.5 [7]]");
  EXPECT_EQ(
      sprintf("%v|%+v|%#v|%T|%d|%s",
              {p(1, 2), p(1, 2), p(1, 2), p(1, 2), p(3, 4), p(5, 6)}),
      "{1 2}|{X:1 Y:2}|main.P{X:1, Y:2}|main.P|{3 4}|{%!s(int=5) %!s(int=6)}");
  EXPECT_EQ(sprintf("%v|%+v|%#v|%T", {pp(1, 2), pp(1, 2), pp(1, 2), pp(1, 2)}),
            "&{1 2}|&{X:1 Y:2}|&main.P{X:1, Y:2}|*main.P");
  EXPECT_EQ(sprintf("%v|%+v|%p|%d", {nilP(), nilP(), nilP(), nilP()}),
            "<nil>|<nil>|0x0|0");
  EXPECT_EQ(sprintf("%v|%d|%s|%q|%x|%T|%5v|%-6s|",
                    {t(5), t(5), t(5), t(5), t(5), t(5), t(5), t(5)}),
            "T(5)|5|T(5)|\"T(5)\"|54283529|main.T| T(5)|T(5)  |");
  EXPECT_EQ(sprintf("%v|%+v|%d", {tslice(), e("n", 1, 2), e("m", 3, 4)}),
            "[T(1) T(2)]|{Name:n Val:T(1) hidden:2}|{%!d(string=m) 3 4}");
  EXPECT_EQ(sprintf("%v|%v|%s", {ps(7), psv(7), ps(8)}), "PS<7>|{7}|PS<8>");
  EXPECT_EQ(sprintf("%v|%d|%T|%#v|%x",
                    {myInt(7), myInt(7), myInt(7), myInt(7), myInt(255)}),
            "7|7|main.MyInt|7|ff");
  EXPECT_EQ(sprintf("%v|%+v|%#v", {w(), w(), w()}),
            "{<nil> <nil>}|{Err:<nil> Any:<nil>}|main.W{Err:error(nil), "
            "Any:interface {}(nil)}");
  EXPECT_EQ(sprintf("%v|%+v", {wErr("bad", I(3)), wErr("bad", S("s"))}),
            "{bad 3}|{Err:bad Any:s}");
  EXPECT_EQ(
      sprintf("%v|%s|%q|%x|%d|%T|%v",
              {errVal("boom"), errVal("boom"), errVal("boom"), errVal("hi"),
               errVal("boom"), errVal("boom"), nilErrSlice()}),
      "boom|boom|\"boom\"|6869|&{%!d(string=boom)}|*errors.errorString|[<nil> "
      "e]");
  EXPECT_EQ(sprintf("%w", {errVal("boom")}),
            "%!w(*errors.errorString=&{boom})");
}

TEST(FmtSprintf, Maps) {
  EXPECT_EQ(sprintf("%v|%d|%#v", {mapSI({{"b", 2}, {"a", 1}, {"c", 3}}),
                                  mapSI({{"z", 26}, {"y", 25}}),
                                  mapSI({{"k", 1}, {"j", 0}})}),
            "map[a:1 b:2 c:3]|map[%!d(string=y):25 "
            "%!d(string=z):26]|map[string]int{\"j\":0, \"k\":1}");
  EXPECT_EQ(sprintf("%v|%v|%#v|%T",
                    {mapIS({{3, "c"}, {-1, "m"}, {10, "t"}, {2, "b"}}),
                     nilMapSI(), nilMapSI(), nilMapSI()}),
            "map[-1:m 2:b 3:c 10:t]|map[]|map[string]int(nil)|map[string]int");
  EXPECT_EQ(
      sprintf("%v",
              {mapFS({{2.5, "x"}, {NAN, "n"}, {-1, "m"}, {INFINITY, "i"}})}),
      "map[NaN:n -1:m 2.5:x +Inf:i]");
  EXPECT_EQ(sprintf("%v|%v", {mapTI({{3, 1}, {1, 2}}),
                              mapAnyI({{I(5), 1}, {I(-2), 2}, {Nil(), 3}})}),
            "map[T(1):2 T(3):1]|map[<nil>:3 -2:2 5:1]");
  EXPECT_EQ(sprintf("%v|%+v", {mapSP(), ppMap()}),
            "map[a:{3 4} q:{1 2}]|&map[x:1]");
  // Mixed dynamic types: by gc's descriptor layout (size, then name),
  // then by value; main.T has a method, so its descriptor is larger.
  EXPECT_EQ(sprintf("%v", {mapAnyI({{S("b"), 1},
                                    {t(2), 2},
                                    {I(7), 3},
                                    {B(false), 4},
                                    {F64(0.5), 5},
                                    {S("a"), 6},
                                    {Nil(), 7}})}),
            "map[<nil>:7 false:4 0.5:5 7:3 a:6 b:1 T(2):2]");
}

TEST(FmtSprintf, PrintSpacing) {
  EXPECT_EQ(sprint({S("a"), I(1), I(2), S("b"), S("c"), F64(3.5), B(true),
                    Nil(), t(4)}),
            "a1 2bc3.5 true <nil> T(4)");
  EXPECT_EQ(sprintln({S("a"), I(1), I(2), S("b"), S("c"), F64(3.5), B(true),
                      Nil(), t(4)}),
            "a 1 2 b c 3.5 true <nil> T(4)\n");
  EXPECT_EQ(sprint({}), "");
  EXPECT_EQ(sprintln({}), "\n");
  EXPECT_EQ(sprint({myStr("x"), I(1), myStr("y")}), "x1y");
  EXPECT_EQ(sprint({errVal("e"), errVal("f")}), "e f");
}
