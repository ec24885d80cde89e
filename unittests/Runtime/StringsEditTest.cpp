//===- StringsEditTest.cpp - strings trimming and Replace against Go 1.19 -===//
//
// Expected values are what Go 1.19 printed for the same calls (%q).
//
//===----------------------------------------------------------------------===//

#include "FmtTestUtil.h"
#include "RuntimeTestUtil.h"

#include "goscape-rt/Strings.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

namespace {

using TrimFn = void (*)(String *, const uint8_t *, intptr_t, const uint8_t *,
                        intptr_t);

std::string trim(TrimFn F, const char *S, const char *Cut) {
  String Out, A = str(S), B = str(Cut);
  F(&Out, A.Ptr, A.Len, B.Ptr, B.Len);
  return toStd(Out);
}

std::string trimSpace(const char *S) {
  String Out, A = str(S);
  gs_strings_TrimSpace(&Out, A.Ptr, A.Len);
  return toStd(Out);
}

std::string replace(const char *S, const char *Old, const char *New,
                    intptr_t N) {
  String Out, A = str(S), O = str(Old), W = str(New);
  gs_strings_Replace(&Out, A.Ptr, A.Len, O.Ptr, O.Len, W.Ptr, W.Len, N);
  return toStd(Out);
}

intptr_t count(const char *S, const char *Sub) {
  String A = str(S), B = str(Sub);
  return gs_strings_Count(A.Ptr, A.Len, B.Ptr, B.Len);
}

intptr_t lastIndex(const char *S, const char *Sub) {
  String A = str(S), B = str(Sub);
  return gs_strings_LastIndex(A.Ptr, A.Len, B.Ptr, B.Len);
}

} // namespace

TEST(StringsEdit, TrimSpace) {
  EXPECT_EQ(trimSpace(" \t x \n"), "x");
  EXPECT_EQ(trimSpace("\u00a0a\u3000"), "a");
  EXPECT_EQ(trimSpace(" \xff "), "\xff");
  EXPECT_EQ(trimSpace("\xe2\x82 "), "\xe2\x82");
  EXPECT_EQ(trimSpace(""), "");
}

TEST(StringsEdit, TrimCutsets) {
  // Invalid bytes decode to U+FFFD, in the text and in the cutset.
  EXPECT_EQ(trim(gs_strings_Trim, "\xffmid\xff", "\ufffd"), "mid");
  EXPECT_EQ(trim(gs_strings_Trim, "\xc3\xa9\xc3\xa9x\xc3\xa9" "e", "x\u00e9"),
            "e");
  EXPECT_EQ(trim(gs_strings_TrimLeft, "abcba", "ab"), "cba");
  EXPECT_EQ(trim(gs_strings_TrimRight, "abcba", "ab"), "abc");
  EXPECT_EQ(trim(gs_strings_Trim, "日本日", "日"), "本");
  EXPECT_EQ(trim(gs_strings_Trim, "  x  ", ""), "  x  ");
  EXPECT_EQ(trim(gs_strings_TrimPrefix, "go.mod", "go."), "mod");
  EXPECT_EQ(trim(gs_strings_TrimSuffix, "go.mod", ".mod"), "go");
  EXPECT_EQ(trim(gs_strings_TrimSuffix, "d", ".mod"), "d");
}

TEST(StringsEdit, CountAndSearch) {
  EXPECT_EQ(count("", ""), 1);
  EXPECT_EQ(count("日本日本", ""), 5);
  EXPECT_EQ(count("aaaa", "aa"), 2);
  EXPECT_EQ(lastIndex("abababa", "aba"), 4);
  EXPECT_EQ(lastIndex("x", ""), 1);
  EXPECT_EQ(lastIndex("x", "y"), -1);
  String S = str("héllo"), Suf = str("llo");
  EXPECT_EQ(gs_strings_IndexByte(S.Ptr, S.Len, 'l'), 3);
  EXPECT_TRUE(gs_strings_HasSuffix(S.Ptr, S.Len, Suf.Ptr, Suf.Len));
}

TEST(StringsEdit, Replace) {
  EXPECT_EQ(replace("banana", "", "-", 2), "-b-anana");
  EXPECT_EQ(replace("banana", "a", "b", 1), "bbnana");
  EXPECT_EQ(replace("a\xff" "a", "", "|", 3), "|a|\xff|a");
  EXPECT_EQ(replace("日本", "", ".", -1), ".日.本.");
  EXPECT_EQ(replace("banana", "ana", "A", -1), "bAna");
  EXPECT_EQ(replace("banana", "a", "b", 0), "banana");
  // Nothing replaced: the result is s itself.
  String In = str("banana"), Out, O = str("x"), W = str("y");
  gs_strings_ReplaceAll(&Out, In.Ptr, In.Len, O.Ptr, O.Len, W.Ptr, W.Len);
  EXPECT_EQ(Out.Ptr, In.Ptr);
}
