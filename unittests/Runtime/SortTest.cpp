//===- SortTest.cpp - sort.Ints, Strings, Slice against Go 1.19 -----------===//
//
// sort.Slice is not stable: which of several equal elements comes first is
// decided by the algorithm, so these tests compare whole results with the
// output of the equivalent Go 1.19 program (printed with fmt.Println).
//
//===----------------------------------------------------------------------===//

#include "FmtTestUtil.h"

#include "goscape-rt/Sort.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

namespace {

/// type rec struct { Name string; Age int }
struct Rec {
  String Name;
  intptr_t Age;
};

const Type *RecT = structOf("main.rec", true,
                            {{"Name", &gs_type_string}, {"Age", &gs_type_int}});
const Type *RecSliceT = sliceOf(RecT, "[]main.rec");
const Type *IntSliceT = sliceOf(&gs_type_int, "[]int");
const Type *StrSliceT = sliceOf(&gs_type_string, "[]string");

/// func(i, j int) bool { return recs[i].Age < recs[j].Age }: a closure
/// capturing the slice.
struct ByAge {
  void *Fn;
  Slice *Recs;
  int Calls;
};
bool byAgeLess(Closure *C, intptr_t I, intptr_t J) {
  auto *Self = reinterpret_cast<ByAge *>(C);
  ++Self->Calls;
  const auto *R = static_cast<const Rec *>(Self->Recs->Ptr);
  return R[I].Age < R[J].Age;
}

/// func(i, j int) bool { return big[keys[i]]%10 < big[keys[j]]%10 }
struct ByKey {
  void *Fn;
  Slice *Keys;
  const intptr_t *Big;
};
bool byKeyLess(Closure *C, intptr_t I, intptr_t J) {
  auto *Self = reinterpret_cast<ByKey *>(C);
  const auto *K = static_cast<const intptr_t *>(Self->Keys->Ptr);
  return Self->Big[K[I]] % 10 < Self->Big[K[J]] % 10;
}

std::string show(const Type *T, const Slice &S) {
  return sprintf("%v", {box(T, &S)});
}

} // namespace

TEST(Sort, Ints) {
  intptr_t Xs[] = {5, 2, 8, -1, 0, 3, 3, 9, 100, -50, 7, 6, 4, 2, 1};
  gs_sort_Ints(Xs, 15, 15);
  Slice S{Xs, 15, 15};
  EXPECT_EQ(show(IntSliceT, S), "[-50 -1 0 1 2 2 3 3 4 5 6 7 8 9 100]");
  gs_sort_Ints(nullptr, 0, 0); // Empty and nil slices are fine.
}

// Bytes compare unsigned: "\xc3\xa9" (é) sorts after "z".
TEST(Sort, Strings) {
  String Ss[] = {str("pear"),   str("apple"), str("fig"),      str(""),
                 str("Banana"), str("apple"), str("\xc3\xa9"), str("z")};
  gs_sort_Strings(Ss, 8, 8);
  Slice S{Ss, 8, 8};
  EXPECT_EQ(sprintf("%q", {box(StrSliceT, &S)}),
            "[\"\" \"Banana\" \"apple\" \"apple\" \"fig\" \"pear\" \"z\" "
            "\"\xc3\xa9\"]");
}

// recs[i] = rec{fmt.Sprint("r", i), (i * 7) % 5} for i < 60, sorted by Age.
TEST(Sort, SliceMatchesGoOrderOfEqualElements) {
  // The names live in Names (not in the collected heap).
  std::vector<std::string> Names;
  for (intptr_t I = 0; I < 60; ++I)
    Names.push_back("r" + std::to_string(I));
  std::vector<Rec> Recs;
  for (intptr_t I = 0; I < 60; ++I)
    Recs.push_back(Rec{str(Names[size_t(I)]), (I * 7) % 5});
  Slice S = makeSlice(RecT, Recs.data(), 60);
  ByAge Less{reinterpret_cast<void *>(&byAgeLess), &S, 0};
  gs_sort_Slice(RecSliceT, &S, reinterpret_cast<Closure *>(&Less));
  EXPECT_EQ(show(RecSliceT, S),
            "[{r40 0} {r30 0} {r55 0} {r10 0} {r20 0} {r5 0} {r50 0} {r0 0} "
            "{r35 0} {r45 0} {r15 0} {r25 0} {r38 1} {r13 1} {r58 1} {r23 1} "
            "{r8 1} {r33 1} {r18 1} {r48 1} {r53 1} {r43 1} {r28 1} {r3 1} "
            "{r31 2} {r36 2} {r26 2} {r1 2} {r56 2} {r51 2} {r21 2} {r6 2} "
            "{r46 2} {r11 2} {r41 2} {r16 2} {r49 3} {r24 3} {r14 3} {r39 3} "
            "{r59 3} {r34 3} {r54 3} {r4 3} {r44 3} {r9 3} {r29 3} {r19 3} "
            "{r47 4} {r7 4} {r37 4} {r32 4} {r52 4} {r17 4} {r42 4} {r2 4} "
            "{r22 4} {r57 4} {r27 4} {r12 4}]");
  EXPECT_GT(Less.Calls, 0);

  // Below 13 elements: insertion sort, which is stable.
  Rec Small[] = {{str("a"), 2},
                 {str("b"), 1},
                 {str("c"), 2},
                 {str("d"), 1},
                 {str("e"), 0}};
  Slice SS = makeSlice(RecT, Small, 5);
  ByAge Less2{reinterpret_cast<void *>(&byAgeLess), &SS, 0};
  gs_sort_Slice(RecSliceT, &SS, reinterpret_cast<Closure *>(&Less2));
  EXPECT_EQ(show(RecSliceT, SS), "[{e 0} {b 1} {d 1} {a 2} {c 2}]");
}

// big[i] = (i * 7919) % 301; keys 0..299 sorted by big[key] % 10: many
// ties over 300 elements (ninther pivots, partitioning, pattern breaking).
TEST(Sort, SliceLargeWithTies) {
  std::vector<intptr_t> Big(300), Keys(300);
  for (intptr_t I = 0; I < 300; ++I) {
    Big[size_t(I)] = (I * 7919) % 301;
    Keys[size_t(I)] = I;
  }
  Slice K = makeSlice(&gs_type_int, Keys.data(), 300);
  ByKey Less{reinterpret_cast<void *>(&byKeyLess), &K, Big.data()};
  gs_sort_Slice(IntSliceT, &K, reinterpret_cast<Closure *>(&Less));
  EXPECT_EQ(
      show(IntSliceT, K),
      "[245 11 126 115 130 141 297 104 100 0 152 286 156 89 167 178 78 182 "
      "271 74 193 63 22 208 52 260 26 219 48 234 37 160 201 119 4 134 108 30 "
      "145 238 149 41 253 290 227 93 123 223 15 279 171 82 175 275 249 212 "
      "56 186 67 197 264 272 45 60 246 205 34 23 127 268 190 71 8 112 19 75 "
      "216 179 138 298 242 294 101 231 97 153 86 49 164 257 283 90 38 224 94 "
      "198 168 220 287 12 172 27 235 146 261 105 157 142 276 79 53 250 183 "
      "131 1 209 116 68 194 64 120 150 243 72 124 5 187 191 176 295 291 83 "
      "202 57 280 135 16 213 269 217 20 109 265 161 46 228 254 31 42 239 98 "
      "102 273 76 154 39 247 232 258 24 91 143 221 50 139 165 35 87 284 169 "
      "206 13 113 61 65 195 128 117 9 299 180 210 214 266 184 262 106 80 188 "
      "121 28 17 277 69 136 251 147 240 236 199 95 173 43 158 132 2 288 225 "
      "162 292 54 203 114 166 110 6 140 88 218 73 21 58 259 47 125 177 36 "
      "255 270 229 10 84 192 32 296 281 62 99 244 285 151 170 133 118 155 "
      "237 14 40 248 233 196 81 66 92 103 129 207 159 77 222 25 144 185 263 "
      "289 107 51 274 181 211 122 18 7 137 267 3 256 29 278 252 111 148 282 "
      "33 241 96 230 44 226 163 215 55 85 293 59 204 200 174 70 189]");
}

// sort.SliceStable keeps equal elements in their original order.
TEST(Sort, SliceStableKeepsOrder) {
  std::vector<std::string> Names;
  for (intptr_t I = 0; I < 45; ++I)
    Names.push_back("r" + std::to_string(I));
  std::vector<Rec> Recs;
  for (intptr_t I = 0; I < 45; ++I)
    Recs.push_back(Rec{str(Names[size_t(I)]), (I * 7) % 3});
  Slice S = makeSlice(RecT, Recs.data(), 45);
  ByAge Less{reinterpret_cast<void *>(&byAgeLess), &S, 0};
  gs_sort_SliceStable(RecSliceT, &S, reinterpret_cast<Closure *>(&Less));
  const auto *R = static_cast<const Rec *>(S.Ptr);
  for (intptr_t I = 1; I < 45; ++I) {
    ASSERT_LE(R[I - 1].Age, R[I].Age);
    if (R[I - 1].Age == R[I].Age)
      EXPECT_LT(std::stoi(toStd(R[I - 1].Name).substr(1)),
                std::stoi(toStd(R[I].Name).substr(1)));
  }
}

namespace {
/// func(i int) bool { return i*i >= Bound }
struct SquareAtLeast {
  void *Fn;
  intptr_t Bound;
};
bool squareAtLeast(Closure *C, intptr_t I) {
  return I * I >= reinterpret_cast<SquareAtLeast *>(C)->Bound;
}
} // namespace

TEST(Sort, Search) {
  SquareAtLeast F{reinterpret_cast<void *>(&squareAtLeast), 50};
  EXPECT_EQ(gs_sort_Search(10, reinterpret_cast<Closure *>(&F)), 8);
  EXPECT_EQ(gs_sort_Search(5, reinterpret_cast<Closure *>(&F)), 5);
  EXPECT_EQ(gs_sort_Search(0, reinterpret_cast<Closure *>(&F)), 0);
}
