//===- StringsTest.cpp - Package strings against Go 1.19 ------------------===//
//
// Expected values are what Go 1.19 printed for the same calls (slices of
// strings printed with %q, capacities with cap()).
//
//===----------------------------------------------------------------------===//

#include "FmtTestUtil.h"
#include "RuntimeTestUtil.h"

#include "goscape-rt/Strings.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

using namespace gs;
using namespace gs::test;

namespace {

const Type *StrSliceT = sliceOf(&gs_type_string, "[]string");

std::string quoted(const Slice &S) {
  return sprintf("%q", {box(StrSliceT, &S)});
}

Slice fields(const char *S) {
  Slice Out;
  String In = str(S);
  gs_strings_Fields(&Out, In.Ptr, In.Len);
  return Out;
}

Slice split(const char *S, const char *Sep) {
  Slice Out;
  String In = str(S), Sp = str(Sep);
  gs_strings_Split(&Out, In.Ptr, In.Len, Sp.Ptr, Sp.Len);
  return Out;
}

Slice splitAfterN(const char *S, const char *Sep, intptr_t N) {
  Slice Out;
  String In = str(S), Sp = str(Sep);
  gs_strings_SplitAfterN(&Out, In.Ptr, In.Len, Sp.Ptr, Sp.Len, N);
  return Out;
}

Slice splitN(const char *S, const char *Sep, intptr_t N) {
  Slice Out;
  String In = str(S), Sp = str(Sep);
  gs_strings_SplitN(&Out, In.Ptr, In.Len, Sp.Ptr, Sp.Len, N);
  return Out;
}

bool containsRune(const char *S, int32_t R) {
  String In = str(S);
  return gs_strings_ContainsRune(In.Ptr, In.Len, R);
}

bool containsAny(const char *S, const char *Chars) {
  String In = str(S), Cs = str(Chars);
  return gs_strings_ContainsAny(In.Ptr, In.Len, Cs.Ptr, Cs.Len);
}

std::string join(std::vector<const char *> Elems, const char *Sep) {
  std::vector<String> E;
  for (const char *X : Elems)
    E.push_back(str(X));
  String Out, Sp = str(Sep);
  gs_strings_Join(&Out, E.data(), intptr_t(E.size()), intptr_t(E.size()),
                  Sp.Ptr, Sp.Len);
  return toStd(Out);
}

std::string repeat(const char *S, intptr_t N) {
  String Out, In = str(S);
  gs_strings_Repeat(&Out, In.Ptr, In.Len, N);
  return toStd(Out);
}

std::string toUpper(const char *S) {
  String Out, In = str(S);
  gs_strings_ToUpper(&Out, In.Ptr, In.Len);
  return toStd(Out);
}

std::string toLower(const char *S) {
  String Out, In = str(S);
  gs_strings_ToLower(&Out, In.Ptr, In.Len);
  return toStd(Out);
}

bool contains(const char *S, const char *Sub) {
  String A = str(S), B = str(Sub);
  return gs_strings_Contains(A.Ptr, A.Len, B.Ptr, B.Len);
}
bool hasPrefix(const char *S, const char *Sub) {
  String A = str(S), B = str(Sub);
  return gs_strings_HasPrefix(A.Ptr, A.Len, B.Ptr, B.Len);
}
intptr_t index(const char *S, const char *Sub) {
  String A = str(S), B = str(Sub);
  return gs_strings_Index(A.Ptr, A.Len, B.Ptr, B.Len);
}

} // namespace

TEST(Strings, Fields) {
  EXPECT_EQ(quoted(fields("  a b\t\tc\n d  ")), "[\"a\" \"b\" \"c\" \"d\"]");
  EXPECT_EQ(quoted(fields(" \u00a0x\u2003y\u3000 ")), "[\"x\" \"y\"]");
  Slice Empty = fields("");
  EXPECT_EQ(quoted(Empty), "[]");
  EXPECT_NE(Empty.Ptr, nullptr); // make([]string, 0), not nil.
  EXPECT_EQ(fields("   ").Cap, 0);
  Slice F = fields("x y z");
  EXPECT_EQ(F.Len, 3);
  EXPECT_EQ(F.Cap, 3);
  // ASCII input (counted, then split without decoding): every ASCII space,
  // runs of them at both ends, control and punctuation bytes in fields.
  EXPECT_EQ(quoted(fields("\v\f a\x01\r\nb\x1f\x08 !\t\v\f\r \x7f")),
            "[\"a\\x01\" \"b\\x1f\\b\" \"!\" \"\\x7f\"]");
  EXPECT_EQ(quoted(fields("one")), "[\"one\"]");
  Slice G = fields(" a  bb ccc ");
  EXPECT_EQ(G.Cap, 3);
  // A non-ASCII byte anywhere takes the decoding path: U+0085 is a space,
  // an invalid byte is not.
  EXPECT_EQ(quoted(fields("a b\u0085c \xff")), "[\"a\" \"b\" \"c\" \"\\xff\"]");
}

TEST(Strings, FieldsAsciiAgreesWithByteLoop) {
  // Strings of every length up to 80 across the 16-byte blocks the ASCII
  // path classifies at once, from letters and the six ASCII spaces.
  const char Alphabet[] = "ab\t\n\v\f\r  x";
  uint64_t Seed = 12345;
  for (int Round = 0; Round < 2000; ++Round) {
    std::string In;
    size_t Len = size_t(Round % 81);
    for (size_t I = 0; I < Len; ++I) {
      Seed = Seed * 6364136223846793005u + 1442695040888963407u;
      In += Alphabet[(Seed >> 33) % (sizeof(Alphabet) - 1)];
    }
    std::vector<std::string> Want;
    size_t I = 0;
    while (I < In.size()) {
      while (I < In.size() && std::strchr(" \t\n\v\f\r", In[I]))
        ++I;
      size_t Start = I;
      while (I < In.size() && !std::strchr(" \t\n\v\f\r", In[I]))
        ++I;
      if (I > Start)
        Want.push_back(In.substr(Start, I - Start));
    }
    Slice Got = fields(In.c_str());
    ASSERT_EQ(Got.Len, intptr_t(Want.size())) << In;
    EXPECT_EQ(Got.Cap, Got.Len);
    auto *Elems = static_cast<const String *>(Got.Ptr);
    for (size_t K = 0; K < Want.size(); ++K)
      EXPECT_EQ(toStd(Elems[K]), Want[K]) << In;
  }
}

TEST(Strings, Split) {
  EXPECT_EQ(quoted(split("a,b,,c", ",")), "[\"a\" \"b\" \"\" \"c\"]");
  EXPECT_EQ(quoted(split("abc", "")), "[\"a\" \"b\" \"c\"]");
  EXPECT_EQ(quoted(split("", ",")), "[\"\"]");
  // An invalid byte becomes "\uFFFD" (strings.explode).
  EXPECT_EQ(quoted(split("a\xff\xc3\xa9", "")),
            "[\"a\" \"\xef\xbf\xbd\" \"\xc3\xa9\"]");
  EXPECT_EQ(quoted(split("xxaxxbxx", "xx")), "[\"\" \"a\" \"b\" \"\"]");
  EXPECT_EQ(quoted(splitAfterN("a,b,c,d", ",", 2)), "[\"a,\" \"b,c,d\"]");
  EXPECT_EQ(quoted(splitAfterN("a,b,c,d", ",", -1)),
            "[\"a,\" \"b,\" \"c,\" \"d\"]");
  Slice Zero = splitAfterN("a,b", ",", 0);
  EXPECT_EQ(Zero.Ptr, nullptr); // nil
  EXPECT_EQ(Zero.Len, 0);
  EXPECT_EQ(quoted(splitAfterN("abc", "", 2)), "[\"a\" \"bc\"]");
}

TEST(Strings, JoinRepeatSearch) {
  EXPECT_EQ(join({"a", "b", "c"}, ", "), "a, b, c");
  EXPECT_EQ(join({}, "x"), "");
  EXPECT_EQ(join({"solo"}, "-"), "solo");
  EXPECT_EQ(repeat("ab", 3), "ababab");
  EXPECT_EQ(repeat("x", 0), "");
  EXPECT_EQ(repeat("", 5), "");
  EXPECT_TRUE(contains("seafood", "foo"));
  EXPECT_FALSE(contains("seafood", "bar"));
  EXPECT_TRUE(contains("", ""));
  EXPECT_TRUE(hasPrefix("golang", "go"));
  EXPECT_FALSE(hasPrefix("go", "golang"));
  EXPECT_TRUE(hasPrefix("x", ""));
  EXPECT_EQ(index("chicken", "ken"), 4);
  EXPECT_EQ(index("chicken", "dmr"), -1);
  EXPECT_EQ(index("abc", ""), 0);
  EXPECT_EQ(index("", ""), 0);
  // A Go empty string may have a null pointer.
  EXPECT_EQ(gs_strings_Index(nullptr, 0, nullptr, 0), 0);
  EXPECT_TRUE(gs_strings_Contains(nullptr, 0, nullptr, 0));
  EXPECT_EQ(gs_strings_Index(nullptr, 0, reinterpret_cast<const uint8_t *>("a"), 1), -1);
  EXPECT_EQ(index("", "a"), -1);
  EXPECT_EQ(index("ab", "abc"), -1);
  EXPECT_EQ(index("aabab", "bab"), 2);
  EXPECT_EQ(index("x,y", ","), 1);
  EXPECT_EQ(index("xy", ","), -1);
  EXPECT_TRUE(contains("1977", "77"));
}

TEST(Strings, ToUpper) {
  // strings.ToUpper("hello, wörld ß ǆ ﬀ \xff ı")
  EXPECT_EQ(
      toUpper("hello, w\xc3\xb6rld \xc3\x9f \xc7\x86 \xef\xac\x80 \xff "
              "\xc4\xb1"),
      "HELLO, W\xc3\x96RLD \xc3\x9f \xc7\x84 \xef\xac\x80 \xef\xbf\xbd I");
  EXPECT_EQ(toUpper("ABC 123"), "ABC 123");
  EXPECT_EQ(toUpper("azAZ`{@[ 09\x7f"), "AZAZ`{@[ 09\x7f");
  EXPECT_EQ(toUpper("ascii then \xc3\xa9"), "ASCII THEN \xc3\x89");
  EXPECT_EQ(toUpper(""), "");
  // Unchanged input is returned as is (no copy).
  String In = str("NO CHANGE"), Out;
  gs_strings_ToUpper(&Out, In.Ptr, In.Len);
  EXPECT_EQ(Out.Ptr, In.Ptr);
}

TEST(Strings, ToLower) {
  // strings.ToLower("HELLO, WÖRLD ẞ Ǆ İ \xff K") (K is the Kelvin sign)
  EXPECT_EQ(toLower("HELLO, W\xc3\x96RLD \xe1\xba\x9e \xc7\x84 \xc4\xb0 \xff "
                    "\xe2\x84\xaa"),
            "hello, w\xc3\xb6rld \xc3\x9f \xc7\x86 i \xef\xbf\xbd k");
  EXPECT_EQ(toLower("abc 123"), "abc 123");
  EXPECT_EQ(toLower("azAZ`{@[ 09\x7f"), "azaz`{@[ 09\x7f");
  EXPECT_EQ(toLower(""), "");
  // Unchanged input is returned as is (no copy).
  String In = str("no change \xc3\xa9"), Out;
  gs_strings_ToLower(&Out, In.Ptr, In.Len);
  EXPECT_EQ(Out.Ptr, In.Ptr);
}

TEST(Strings, Builder) {
  StringsBuilder B{};                          // var b strings.Builder
  static_assert(sizeof(StringsBuilder) == 32); // unsafe.Sizeof in Go
  EXPECT_EQ(gs_strings_Builder_Len(&B), 0);
  EXPECT_EQ(gs_strings_Builder_Cap(&B), 0);
  IntError R;
  String Hello = str("hello");
  gs_strings_Builder_WriteString(&R, &B, Hello.Ptr, Hello.Len);
  EXPECT_EQ(R.N, 5);
  EXPECT_EQ(R.Err.Tab, nullptr);
  EXPECT_EQ(gs_strings_Builder_Len(&B), 5);
  EXPECT_EQ(gs_strings_Builder_Cap(&B), 8);
  Iface E;
  gs_strings_Builder_WriteByte(&E, &B, ' ');
  EXPECT_EQ(E.Tab, nullptr);
  gs_strings_Builder_WriteRune(&R, &B, 'w');
  EXPECT_EQ(R.N, 1);
  gs_strings_Builder_WriteRune(&R, &B, 0xF6);
  EXPECT_EQ(R.N, 2);
  const uint8_t Rld[] = {'r', 'l', 'd'};
  gs_strings_Builder_Write(&R, &B, Rld, 3, 3);
  EXPECT_EQ(R.N, 3);
  String S;
  gs_strings_Builder_String(&S, &B);
  EXPECT_EQ(toStd(S), "hello w\xc3\xb6rld");
  EXPECT_EQ(gs_strings_Builder_Len(&B), 12);
  EXPECT_EQ(gs_strings_Builder_Cap(&B), 20);
  gs_strings_Builder_Grow(&B, 100);
  EXPECT_EQ(gs_strings_Builder_Len(&B), 12);
  EXPECT_EQ(gs_strings_Builder_Cap(&B), 140);
  gs_strings_Builder_Reset(&B);
  EXPECT_EQ(gs_strings_Builder_Len(&B), 0);
  EXPECT_EQ(gs_strings_Builder_Cap(&B), 0);
  EXPECT_EQ(toStd(S), "hello w\xc3\xb6rld"); // Earlier String()s stay valid.
}

TEST(Strings, BuilderCapacityFollowsGc) {
  // for i < 20 { c.WriteString("abc"); fmt.Print(c.Cap(), " ") }
  StringsBuilder C{};
  std::string Caps;
  String Abc = str("abc");
  for (int I = 0; I < 20; ++I) {
    IntError R;
    gs_strings_Builder_WriteString(&R, &C, Abc.Ptr, Abc.Len);
    Caps += std::to_string(gs_strings_Builder_Cap(&C)) + " ";
  }
  EXPECT_EQ(Caps, "8 8 16 16 16 32 32 32 32 32 64 64 64 64 64 64 64 64 64 64 ");
  // for i < 10 { d.WriteRune('é'); ... }: WriteRune grows by 2*cap+4.
  StringsBuilder D{};
  Caps.clear();
  for (int I = 0; I < 10; ++I) {
    IntError R;
    gs_strings_Builder_WriteRune(&R, &D, 0xE9);
    Caps += std::to_string(gs_strings_Builder_Cap(&D)) + " ";
  }
  EXPECT_EQ(Caps, "4 12 12 12 12 28 28 28 28 28 ");
}

TEST(Strings, Panics) {
  ChildResult R = runChild([] { repeat("x", -1); });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(
      panicHead(R.Err),
      "panic: strings: negative Repeat count\n\ngoroutine 1 [running]:\n");
  R = runChild([] {
    StringsBuilder B{};
    gs_strings_Builder_Grow(&B, -1);
  });
  EXPECT_EQ(panicHead(R.Err), "panic: strings.Builder.Grow: negative count\n\n"
                              "goroutine 1 [running]:\n");
  R = runChild([] {
    StringsBuilder B{};
    IntError Res;
    gs_strings_Builder_WriteString(&Res, &B, str("x").Ptr, 1);
    StringsBuilder Copy = B;
    gs_strings_Builder_WriteString(&Res, &Copy, str("y").Ptr, 1);
  });
  EXPECT_EQ(
      panicHead(R.Err),
      "panic: strings: illegal use of non-zero Builder copied by value\n\n"
      "goroutine 1 [running]:\n");
}

TEST(Strings, SplitN) {
  // Expected values from Go 1.19's strings.SplitN.
  EXPECT_EQ(quoted(splitN("a,b,c,d", ",", 2)), "[\"a\" \"b,c,d\"]");
  EXPECT_EQ(quoted(splitN("a,b,c", ",", -1)), "[\"a\" \"b\" \"c\"]");
  EXPECT_EQ(quoted(splitN("a,b", ",", 5)), "[\"a\" \"b\"]");
  EXPECT_EQ(quoted(splitN("abc", "", 2)), "[\"a\" \"bc\"]");
  EXPECT_EQ(quoted(splitN("", ",", 1)), "[\"\"]");
  Slice Zero = splitN("a,b", ",", 0);
  EXPECT_EQ(Zero.Ptr, nullptr); // nil
  EXPECT_EQ(Zero.Len, 0);
}

TEST(Strings, ContainsRuneAndAny) {
  // Expected values from Go 1.19's strings.ContainsRune / ContainsAny.
  EXPECT_TRUE(containsRune("abc", 'b'));
  EXPECT_FALSE(containsRune("abc", 'd'));
  EXPECT_TRUE(containsRune("h\xc3\xa9llo", 0xE9));
  EXPECT_TRUE(containsRune("a\xff", 0xFFFD)); // an invalid byte
  EXPECT_TRUE(containsRune("a\xef\xbf\xbd", 0xFFFD));
  EXPECT_FALSE(containsRune("abc", 0xFFFD));
  EXPECT_FALSE(containsRune("\xed\xa0\x80", 0xD800)); // a surrogate
  EXPECT_FALSE(containsRune("abc", -1));
  EXPECT_TRUE(containsAny("failure", "ui"));
  EXPECT_FALSE(containsAny("foo", ""));
  EXPECT_FALSE(containsAny("", ""));
  EXPECT_TRUE(containsAny("x\xe2\x8c\x98y", "\xe2\x8c\x98"));
  EXPECT_TRUE(containsAny("a\xff", "\xfe")); // both RuneError
  EXPECT_FALSE(containsAny("abc", "\xe2\x8c\x98"));
}
