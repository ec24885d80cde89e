//===- SliceTest.cpp - makeslice, growslice, slicecopy --------------------===//
//
// The capacities after append are checked against gc 1.19's own output
// (GrowsliceGC.inc, from Inputs/growslice_caps.go) for element sizes 1-64,
// 24- and 40-byte structs with pointers and 100/1000-byte arrays, under
// five append patterns. A model test checks contents across random
// appends and copies.
//
//===----------------------------------------------------------------------===//

#include "RuntimeTestUtil.h"
#include "goscape-rt/Alloc.h"
#include "goscape-rt/Slice.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <vector>

using namespace gs;
using namespace gs::test;

static const char GCOutput[] =
#include "GrowsliceGC.inc"
    ;

/// A descriptor for an element of Size bytes (pointerful when Ptrs).
static Type elemType(uintptr_t Size, bool Ptrs) {
  return Type{.Size = Size,
              .PtrData = uintptr_t(Ptrs ? 8 : 0),
              .Align = uint8_t(Ptrs ? 8 : 1),
              .TheKind = Kind::Array,
              .Name = "elem"};
}

namespace {
/// A slice under test: the header plus the appends compiled code does.
struct Sim {
  const Type *T;
  Slice S{nullptr, 0, 0};
  void append(intptr_t K) {
    intptr_t NewLen = S.Len + K;
    if (NewLen > S.Cap) {
      gs_growslice(&S, T, S.Ptr, S.Len, S.Cap, NewLen);
    }
    S.Len = NewLen;
  }
};
} // namespace

static std::string join(const std::vector<intptr_t> &V) {
  std::string R;
  for (size_t I = 0; I < V.size(); ++I)
    R += (I ? "," : "") + std::to_string(V[I]);
  return R;
}

/// Replays Inputs/growslice_caps.go's pattern P for element type T.
static std::string pattern(const Type *T, int P) {
  std::vector<intptr_t> Caps;
  auto Track = [&](const Sim &S) {
    if (Caps.empty() || Caps.back() != S.S.Cap)
      Caps.push_back(S.S.Cap);
  };
  switch (P) {
  case 1:
  case 2: {
    Sim S{T};
    for (int I = 0; I < (P == 1 ? 3000 : 600); ++I) {
      S.append(P == 1 ? 1 : 5);
      Track(S);
    }
    break;
  }
  case 3: {
    Sim S{T};
    S.S = Slice{gs_makeslice(T, 0, 3), 0, 3};
    for (int I = 0; I < 1000; ++I) {
      S.append(1);
      Track(S);
    }
    break;
  }
  case 4: {
    Sim S{T};
    for (intptr_t K : {3, 17, 100, 1, 600, 2000, 5000, 1, 1}) {
      S.append(K);
      Caps.push_back(S.S.Cap);
    }
    break;
  }
  case 5:
    for (intptr_t N : {7, 255, 256, 300, 1000, 4097}) {
      Sim S{T};
      S.S = Slice{gs_makeslice(T, N, N), N, N};
      S.append(1);
      Caps.push_back(S.S.Cap);
    }
    break;
  }
  return join(Caps);
}

TEST(SliceTest, GrowsliceCapsMatchGC) {
  std::istringstream In(GCOutput);
  std::string Line;
  int Types = 0;
  while (std::getline(In, Line)) {
    if (Line.empty())
      continue;
    std::istringstream L(Line);
    std::string Name;
    uintptr_t Size;
    L >> Name >> Size;
    Type T = elemType(Size, Name[0] == 's');
    std::string Field;
    int P = 0;
    while (L >> Field) {
      ++P;
      ASSERT_EQ(Field.substr(0, 3), "p" + std::to_string(P) + ":");
      EXPECT_EQ(pattern(&T, P), Field.substr(3))
          << "element " << Name << " (" << Size << " bytes), pattern " << P;
    }
    EXPECT_EQ(P, 5) << Line;
    ++Types;
  }
  EXPECT_EQ(Types, 68);
}

TEST(SliceTest, RoundUpSize) {
  EXPECT_EQ(gs_roundupsize(0), 0u);
  EXPECT_EQ(gs_roundupsize(1), 8u);
  EXPECT_EQ(gs_roundupsize(8), 8u);
  EXPECT_EQ(gs_roundupsize(33), 48u);
  EXPECT_EQ(gs_roundupsize(1024), 1024u);
  EXPECT_EQ(gs_roundupsize(1025), 1152u);
  EXPECT_EQ(gs_roundupsize(32768), 32768u);
  EXPECT_EQ(gs_roundupsize(32769), 40960u);
  EXPECT_EQ(gs_roundupsize(uintptr_t(-1)), uintptr_t(-1));
}

TEST(SliceTest, GrowsliceContract) {
  Type Int = elemType(8, false);
  auto *Old = static_cast<int64_t *>(gs_makeslice(&Int, 3, 3));
  for (int I = 0; I < 3; ++I)
    Old[I] = I + 1;
  Slice S;
  gs_growslice(&S, &Int, Old, 3, 3, 4);
  EXPECT_EQ(S.Len, 3); // the old length: the caller sets the new one
  EXPECT_EQ(S.Cap, 6);
  auto *New = static_cast<int64_t *>(S.Ptr);
  EXPECT_NE(New, Old);
  EXPECT_EQ(New[0], 1);
  EXPECT_EQ(New[2], 3);
  for (int I = 3; I < 6; ++I)
    EXPECT_EQ(New[I], 0);

  Type Empty = elemType(0, false);
  gs_growslice(&S, &Empty, nullptr, 0, 0, 10);
  EXPECT_EQ(S.Ptr, gs_zerobase);
  EXPECT_EQ(S.Cap, 10);
}

TEST(SliceTest, MakesliceZeroesAndCounts) {
  Type Int = elemType(8, false), Ptr = elemType(16, true);
  AllocStats Before, After;
  gs_alloc_stats(&Before);
  auto *P = static_cast<int64_t *>(gs_makeslice(&Int, 5, 100));
  for (int I = 0; I < 100; ++I)
    ASSERT_EQ(P[I], 0);
  auto *Q = static_cast<void **>(gs_makeslice(&Ptr, 0, 4));
  for (int I = 0; I < 8; ++I)
    ASSERT_EQ(Q[I], nullptr);
  EXPECT_EQ(gs_makeslice(&Int, 0, 0), gs_zerobase);
  gs_alloc_stats(&After);
  EXPECT_EQ(After.Count - Before.Count, 2u);
  EXPECT_EQ(After.Bytes - Before.Bytes, 800u + 64u);
}

TEST(SliceTest, SliceCopy) {
  uint8_t A[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  EXPECT_EQ(gs_slicecopy(A + 2, 6, A, 8, 1), 6);
  EXPECT_EQ(A[2], 1);
  EXPECT_EQ(A[7], 6);
  EXPECT_EQ(gs_slicecopy(A, 0, A + 1, 3, 1), 0);
  int32_t B[3] = {0, 0, 0}, C[2] = {7, 9};
  EXPECT_EQ(gs_slicecopy(B, 3, C, 2, 4), 2);
  EXPECT_EQ(B[1], 9);
  EXPECT_EQ(B[2], 0);
}

/// Random appends and copies on a []int32 against std::vector.
TEST(SliceTest, AppendCopyModel) {
  std::mt19937_64 R(1234);
  Type I32 = elemType(4, false);
  for (int Round = 0; Round < 50; ++Round) {
    Slice S{nullptr, 0, 0};
    std::vector<int32_t> M;
    for (int Op = 0; Op < 400; ++Op) {
      if (R() % 4) {
        intptr_t K = intptr_t(R() % 9);
        if (S.Len + K > S.Cap)
          gs_growslice(&S, &I32, S.Ptr, S.Len, S.Cap, S.Len + K);
        for (intptr_t I = 0; I < K; ++I) {
          int32_t V = int32_t(R());
          static_cast<int32_t *>(S.Ptr)[S.Len + I] = V;
          M.push_back(V);
        }
        S.Len += K;
      } else if (S.Len > 0) {
        intptr_t From = intptr_t(R() % S.Len), To = intptr_t(R() % S.Len);
        intptr_t N = gs_slicecopy(static_cast<int32_t *>(S.Ptr) + To,
                                  S.Len - To,
                                  static_cast<int32_t *>(S.Ptr) + From,
                                  S.Len - From, 4);
        ASSERT_EQ(N, std::min(S.Len - To, S.Len - From));
        std::vector<int32_t> Tmp(M.begin() + From, M.begin() + From + N);
        std::copy(Tmp.begin(), Tmp.end(), M.begin() + To);
      }
      ASSERT_EQ(size_t(S.Len), M.size());
      ASSERT_GE(S.Cap, S.Len);
      for (size_t I = 0; I < M.size(); ++I)
        ASSERT_EQ(static_cast<int32_t *>(S.Ptr)[I], M[I]);
    }
  }
}

TEST(SliceTest, Panics) {
  Type Int = elemType(8, false);
  struct Case {
    intptr_t Len, Cap;
    const char *Msg;
  } Cases[] = {
      {-1, 5, "makeslice: len out of range"},
      {intptr_t(1) << 46, intptr_t(1) << 46, "makeslice: len out of range"},
      {5, 3, "makeslice: cap out of range"},
      {5, intptr_t(1) << 46, "makeslice: cap out of range"},
  };
  for (const Case &C : Cases) {
    ChildResult R = runChild([&] { gs_makeslice(&Int, C.Len, C.Cap); });
    EXPECT_EQ(R.ExitCode, 2);
    EXPECT_EQ(panicHead(R.Err), std::string("panic: runtime error: ") +
                                    C.Msg + "\n\ngoroutine 1 [running]:\n");
  }
  ChildResult R = runChild([&] {
    Slice S;
    gs_growslice(&S, &Int, nullptr, 0, 0, intptr_t(1) << 46);
  });
  EXPECT_EQ(R.ExitCode, 2);
  EXPECT_EQ(panicHead(R.Err), "panic: runtime error: growslice: cap out of "
                              "range\n\ngoroutine 1 [running]:\n");
}
