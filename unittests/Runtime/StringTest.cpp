//===- StringTest.cpp - Go string operations ------------------------------===//
//
// UTF-8 results are checked against gc 1.19's output (Utf8GC.inc) for
// hand-picked and random invalid inputs; concatenation and comparison
// against std::string on random inputs; buffers and capacities against
// gc's rules.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Alloc.h"
#include "goscape-rt/String.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <sstream>
#include <vector>

using namespace gs;

static const char GCOutput[] =
#include "Utf8GC.inc"
    ;

static std::string toStd(const String &S) {
  return std::string(reinterpret_cast<const char *>(S.Ptr), size_t(S.Len));
}

static String fromStd(const std::string &S) {
  return String{reinterpret_cast<const uint8_t *>(S.data()), intptr_t(S.size())};
}

static std::string hexOf(const uint8_t *P, intptr_t N) {
  static const char D[] = "0123456789abcdef";
  std::string R;
  for (intptr_t I = 0; I < N; ++I) {
    R += D[P[I] >> 4];
    R += D[P[I] & 15];
  }
  return R;
}

static std::string unhex(const std::string &H) {
  std::string R;
  for (size_t I = 0; I + 1 < H.size(); I += 2)
    R += char(std::stoi(H.substr(I, 2), nullptr, 16));
  return R;
}

static std::vector<std::string> split(const std::string &S, char Sep) {
  std::vector<std::string> R(1);
  for (char C : S) {
    if (C == Sep)
      R.emplace_back();
    else
      R.back() += C;
  }
  return R;
}

TEST(StringTest, Utf8MatchesGC) {
  std::istringstream In(GCOutput);
  std::string Line;
  int Strings = 0, Ints = 0;
  while (std::getline(In, Line)) {
    if (Line.empty())
      continue;
    if (Line.rfind("intstring ", 0) == 0) {
      std::istringstream L(Line.substr(10));
      int64_t V;
      std::string Hex;
      L >> V >> Hex;
      String S;
      gs_intstring(&S, nullptr, int64_t(int32_t(V))); // string(rune(v))
      EXPECT_EQ(hexOf(S.Ptr, S.Len), Hex) << V;
      ++Ints;
      continue;
    }
    std::vector<std::string> F = split(Line, '|');
    ASSERT_EQ(F.size(), 4u) << Line;
    std::string In = unhex(F[0]);
    const auto *P = reinterpret_cast<const uint8_t *>(In.data());
    intptr_t N = intptr_t(In.size());
    // for i, r := range s
    std::string Range;
    for (intptr_t K = 0; K < N;) {
      DecodeRuneResult D;
      gs_decoderune(&D, P, N, K);
      Range += (Range.empty() ? "" : ",") + std::to_string(K) + ":" +
               std::to_string(D.Rune);
      K = D.Pos;
    }
    EXPECT_EQ(Range, F[1]) << F[0];
    // []rune(s), then string(runes)
    Slice Runes;
    gs_stringtoslicerune(&Runes, nullptr, P, N);
    EXPECT_EQ(std::to_string(Runes.Len), F[2]) << F[0];
    String Back;
    gs_slicerunetostring(&Back, nullptr, static_cast<int32_t *>(Runes.Ptr),
                         Runes.Len);
    EXPECT_EQ(hexOf(Back.Ptr, Back.Len), F[3]) << F[0];
    ++Strings;
  }
  EXPECT_EQ(Strings, 263);
  EXPECT_EQ(Ints, 17);
}

TEST(StringTest, IntStringOutOfRuneRange) {
  String S;
  gs_intstring(&S, nullptr, int64_t(1) << 32);
  EXPECT_EQ(toStd(S), "\xef\xbf\xbd");
  uint8_t Buf[4];
  gs_intstring(&S, Buf, 0x20AC);
  EXPECT_EQ(S.Ptr, Buf);
  EXPECT_EQ(toStd(S), "\xe2\x82\xac");
}

TEST(StringTest, ConcatModel) {
  std::mt19937_64 R(99);
  for (int Round = 0; Round < 2000; ++Round) {
    int N = int(R() % 6);
    std::vector<std::string> Parts;
    std::vector<String> Hdrs;
    std::string Want;
    for (int I = 0; I < N; ++I) {
      Parts.emplace_back(size_t(R() % 3 == 0 ? 0 : R() % 20), char('a' + I));
    }
    for (const std::string &P : Parts) {
      Hdrs.push_back(fromStd(P));
      Want += P;
    }
    uint8_t Buf[TmpBufSize];
    bool UseBuf = R() % 2;
    String Out;
    gs_concatstrings(&Out, UseBuf ? Buf : nullptr, Hdrs.data(), N);
    ASSERT_EQ(toStd(Out), Want);
    int NonEmpty = 0;
    for (const std::string &P : Parts)
      NonEmpty += !P.empty();
    if (Want.empty())
      EXPECT_EQ(Out.Len, 0);
    else if (NonEmpty == 1 && UseBuf)
      EXPECT_TRUE(std::any_of(Hdrs.begin(), Hdrs.end(),
                              [&](const String &H) { return H.Ptr == Out.Ptr; }));
    else if (NonEmpty > 1 && UseBuf && Want.size() <= size_t(TmpBufSize))
      EXPECT_EQ(Out.Ptr, Buf);
  }
}

TEST(StringTest, ConcatCopiesSinglePartOnStack) {
  uint8_t Stack[4] = {'a', 'b', 'c', 'd'};
  String Parts[2] = {{Stack, 4}, {nullptr, 0}};
  String Out;
  gs_concatstrings(&Out, nullptr, Parts, 2);
  EXPECT_NE(Out.Ptr, Stack); // must not escape a stack buffer
  EXPECT_EQ(toStd(Out), "abcd");
  static const uint8_t Static[] = "xyz";
  Parts[0] = String{Static, 3};
  gs_concatstrings(&Out, nullptr, Parts, 2);
  EXPECT_EQ(Out.Ptr, Static);
}

TEST(StringTest, CompareModel) {
  std::mt19937_64 R(5);
  for (int I = 0; I < 5000; ++I) {
    std::string A(size_t(R() % 5), 'a'), B(size_t(R() % 5), 'a');
    for (char &C : A)
      C = char('a' + R() % 3 + (R() % 7 == 0 ? 150 : 0));
    for (char &C : B)
      C = char('a' + R() % 3 + (R() % 7 == 0 ? 150 : 0));
    // Go compares bytes as unsigned, like std::string's char_traits memcmp.
    int Want = A.compare(B);
    Want = Want < 0 ? -1 : Want > 0 ? 1 : 0;
    String X = fromStd(A), Y = fromStd(B);
    ASSERT_EQ(gs_cmpstring(X.Ptr, X.Len, Y.Ptr, Y.Len), Want) << A << " " << B;
    ASSERT_EQ(gs_eqstring(X.Ptr, X.Len, Y.Ptr, Y.Len), A == B);
  }
}

TEST(StringTest, ByteConversions) {
  std::string Src = "hello, world";
  String S = fromStd(Src);
  Slice B;
  gs_stringtoslicebyte(&B, nullptr, S.Ptr, S.Len);
  EXPECT_EQ(B.Len, 12);
  EXPECT_EQ(B.Cap, 16); // roundupsize(12)
  EXPECT_EQ(std::string(static_cast<char *>(B.Ptr), 12), Src);
  EXPECT_EQ(static_cast<uint8_t *>(B.Ptr)[15], 0);
  uint8_t Buf[TmpBufSize];
  std::memset(Buf, 0xAA, sizeof(Buf));
  gs_stringtoslicebyte(&B, Buf, S.Ptr, S.Len);
  EXPECT_EQ(B.Ptr, Buf);
  EXPECT_EQ(B.Cap, TmpBufSize);
  EXPECT_EQ(Buf[12], 0);
  gs_stringtoslicebyte(&B, nullptr, nullptr, 0);
  EXPECT_EQ(B.Ptr, gs_zerobase); // []byte("") is empty, not nil
  EXPECT_EQ(B.Cap, 0);

  String Out;
  AllocStats Before, After;
  gs_alloc_stats(&Before);
  gs_slicebytetostring(&Out, nullptr, S.Ptr, 1);
  EXPECT_EQ(toStd(Out), "h");
  gs_slicebytetostring(&Out, nullptr, S.Ptr, 0);
  EXPECT_EQ(Out.Len, 0);
  gs_slicebytetostring(&Out, Buf, S.Ptr, 5);
  EXPECT_EQ(Out.Ptr, Buf);
  gs_alloc_stats(&After);
  EXPECT_EQ(After.Count, Before.Count); // none of these allocate
  gs_slicebytetostring(&Out, nullptr, S.Ptr, 12);
  EXPECT_EQ(toStd(Out), Src);
  EXPECT_NE(Out.Ptr, S.Ptr);
}

TEST(StringTest, RuneSliceCapacity) {
  std::string Src = "aé€😀";
  Slice R;
  gs_stringtoslicerune(&R, nullptr,
                       reinterpret_cast<const uint8_t *>(Src.data()),
                       intptr_t(Src.size()));
  EXPECT_EQ(R.Len, 4);
  EXPECT_EQ(R.Cap, 4); // roundupsize(16) / 4
  auto *P = static_cast<int32_t *>(R.Ptr);
  EXPECT_EQ(P[1], 0xE9);
  EXPECT_EQ(P[3], 0x1F600);
  int32_t Buf[TmpBufSize];
  gs_stringtoslicerune(&R, Buf, reinterpret_cast<const uint8_t *>(Src.data()),
                       intptr_t(Src.size()));
  EXPECT_EQ(R.Ptr, Buf);
  EXPECT_EQ(R.Cap, TmpBufSize);
  std::string Five = "abcde";
  gs_stringtoslicerune(&R, nullptr,
                       reinterpret_cast<const uint8_t *>(Five.data()), 5);
  EXPECT_EQ(R.Cap, 6); // roundupsize(20) = 24
}

TEST(StringTest, EncodeRune) {
  uint8_t B[4];
  EXPECT_EQ(gs_encoderune(B, 0x7F), 1);
  EXPECT_EQ(gs_encoderune(B, 0x80), 2);
  EXPECT_EQ(gs_encoderune(B, 0xFFFF), 3);
  EXPECT_EQ(gs_encoderune(B, 0x10000), 4);
  EXPECT_EQ(gs_encoderune(B, -5), 3);
  EXPECT_EQ(hexOf(B, 3), "efbfbd");
  EXPECT_EQ(gs_encoderune(B, 0xD800), 3);
  EXPECT_EQ(hexOf(B, 3), "efbfbd");
}
