//===- StringsEdit.cpp - strings searching from the end, trimming, Replace ===//
//
// The strings functions that count, search from the end, trim and replace
// (see Strings.h). Results that are part of s are substrings of it, as in
// Go; only Replace allocates. Runes are decoded as Go's utf8 package does:
// an invalid byte is U+FFFD of width one, forwards and backwards.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Strings.h"

#include "FmtInternal.h"

#include <algorithm>
#include <string>

using namespace gs;
using namespace gs::fmt;

/// The rune ending S (non-empty) and its width, as utf8.DecodeLastRuneInString.
static int32_t decodeLastRune(std::string_view S, int &Width) {
  intptr_t End = intptr_t(S.size());
  intptr_t Start = End - 1;
  if (uint8_t(S[size_t(Start)]) < 0x80) {
    Width = 1;
    return uint8_t(S[size_t(Start)]);
  }
  intptr_t Lim = std::max<intptr_t>(End - 4, 0);
  for (--Start; Start >= Lim; --Start)
    if ((uint8_t(S[size_t(Start)]) & 0xC0) != 0x80)
      break;
  Start = std::max<intptr_t>(Start, 0);
  int32_t R = decodeRune(S.substr(size_t(Start)), Width);
  if (Start + Width != End) {
    Width = 1;
    return RuneError;
  }
  return R;
}

/// The rune starting S (non-empty), as utf8.DecodeRuneInString.
static int32_t firstRune(std::string_view S, int &Width) {
  Width = 1;
  int32_t R = uint8_t(S[0]);
  return R < 0x80 ? R : decodeRune(S, Width);
}

/// Whether rune R occurs in Set, decoded the same way (strings.ContainsRune
/// for the cutsets of Trim).
static bool inCutset(std::string_view Set, int32_t R) {
  for (size_t I = 0; I < Set.size();) {
    int W;
    if (firstRune(Set.substr(I), W) == R)
      return true;
    I += size_t(W);
  }
  return false;
}

template <typename Pred>
static std::string_view trimLeftWhile(std::string_view S, Pred P) {
  while (!S.empty()) {
    int W;
    if (!P(firstRune(S, W)))
      break;
    S.remove_prefix(size_t(W));
  }
  return S;
}

template <typename Pred>
static std::string_view trimRightWhile(std::string_view S, Pred P) {
  while (!S.empty()) {
    int W;
    if (!P(decodeLastRune(S, W)))
      break;
    S.remove_suffix(size_t(W));
  }
  return S;
}

static String sub(const uint8_t *SPtr, std::string_view Whole,
                  std::string_view Part) {
  return String{SPtr + (Part.data() - Whole.data()), intptr_t(Part.size())};
}

intptr_t gs::gs_strings_Count(const uint8_t *SPtr, intptr_t SLen,
                              const uint8_t *SubPtr, intptr_t SubLen) {
  std::string_view S = view(SPtr, SLen), Sub = view(SubPtr, SubLen);
  if (Sub.empty())
    return intptr_t(runeCount(S)) + 1;
  intptr_t N = 0;
  for (size_t P = S.find(Sub); P != std::string_view::npos;
       P = S.find(Sub, P + Sub.size()))
    ++N;
  return N;
}

bool gs::gs_strings_HasSuffix(const uint8_t *SPtr, intptr_t SLen,
                              const uint8_t *SuffixPtr, intptr_t SuffixLen) {
  return SLen >= SuffixLen &&
         view(SPtr, SLen).substr(size_t(SLen - SuffixLen)) ==
             view(SuffixPtr, SuffixLen);
}

intptr_t gs::gs_strings_IndexByte(const uint8_t *SPtr, intptr_t SLen,
                                  uint8_t C) {
  size_t P = view(SPtr, SLen).find(char(C));
  return P == std::string_view::npos ? -1 : intptr_t(P);
}

intptr_t gs::gs_strings_LastIndex(const uint8_t *SPtr, intptr_t SLen,
                                  const uint8_t *SubPtr, intptr_t SubLen) {
  size_t P = view(SPtr, SLen).rfind(view(SubPtr, SubLen));
  return P == std::string_view::npos ? -1 : intptr_t(P);
}

void gs::gs_strings_Replace(String *Out, const uint8_t *SPtr, intptr_t SLen,
                            const uint8_t *OldPtr, intptr_t OldLen,
                            const uint8_t *NewPtr, intptr_t NewLen,
                            intptr_t N) {
  std::string_view S = view(SPtr, SLen), Old = view(OldPtr, OldLen),
                   New = view(NewPtr, NewLen);
  intptr_t M =
      Old == New || N == 0 ? 0 : gs_strings_Count(SPtr, SLen, OldPtr, OldLen);
  if (M == 0) {
    *Out = String{SPtr, SLen};
    return;
  }
  if (N < 0 || M < N)
    N = M;
  std::string B;
  size_t Start = 0;
  for (intptr_t I = 0; I < N; ++I) {
    size_t J = Start;
    if (Old.empty()) {
      // An empty Old matches at the start and after each rune.
      if (I > 0) {
        int W;
        firstRune(S.substr(Start), W);
        J += size_t(W);
      }
    } else {
      J = S.find(Old, Start);
    }
    B.append(S.substr(Start, J - Start));
    B.append(New);
    Start = J + Old.size();
  }
  B.append(S.substr(Start));
  *Out = makeString(B);
}

void gs::gs_strings_ReplaceAll(String *Out, const uint8_t *SPtr,
                               intptr_t SLen, const uint8_t *OldPtr,
                               intptr_t OldLen, const uint8_t *NewPtr,
                               intptr_t NewLen) {
  gs_strings_Replace(Out, SPtr, SLen, OldPtr, OldLen, NewPtr, NewLen, -1);
}

void gs::gs_strings_Trim(String *Out, const uint8_t *SPtr, intptr_t SLen,
                         const uint8_t *CutPtr, intptr_t CutLen) {
  std::string_view S = view(SPtr, SLen), Cut = view(CutPtr, CutLen);
  auto InCut = [Cut](int32_t R) { return inCutset(Cut, R); };
  *Out = sub(SPtr, S, trimLeftWhile(trimRightWhile(S, InCut), InCut));
}

void gs::gs_strings_TrimLeft(String *Out, const uint8_t *SPtr, intptr_t SLen,
                             const uint8_t *CutPtr, intptr_t CutLen) {
  std::string_view S = view(SPtr, SLen), Cut = view(CutPtr, CutLen);
  *Out = sub(SPtr, S,
             trimLeftWhile(S, [Cut](int32_t R) { return inCutset(Cut, R); }));
}

void gs::gs_strings_TrimRight(String *Out, const uint8_t *SPtr, intptr_t SLen,
                              const uint8_t *CutPtr, intptr_t CutLen) {
  std::string_view S = view(SPtr, SLen), Cut = view(CutPtr, CutLen);
  *Out = sub(SPtr, S,
             trimRightWhile(S, [Cut](int32_t R) { return inCutset(Cut, R); }));
}

void gs::gs_strings_TrimPrefix(String *Out, const uint8_t *SPtr,
                               intptr_t SLen, const uint8_t *PrefixPtr,
                               intptr_t PrefixLen) {
  if (gs_strings_HasPrefix(SPtr, SLen, PrefixPtr, PrefixLen))
    *Out = String{SPtr + PrefixLen, SLen - PrefixLen};
  else
    *Out = String{SPtr, SLen};
}

void gs::gs_strings_TrimSuffix(String *Out, const uint8_t *SPtr,
                               intptr_t SLen, const uint8_t *SuffixPtr,
                               intptr_t SuffixLen) {
  if (gs_strings_HasSuffix(SPtr, SLen, SuffixPtr, SuffixLen))
    *Out = String{SPtr, SLen - SuffixLen};
  else
    *Out = String{SPtr, SLen};
}

void gs::gs_strings_TrimSpace(String *Out, const uint8_t *SPtr,
                              intptr_t SLen) {
  std::string_view S = view(SPtr, SLen);
  std::string_view T = trimLeftWhile(S, isSpace);
  // TrimRightFunc: the last non-space rune found backwards is kept with
  // its forward-decoded width.
  std::string_view Kept = trimRightWhile(T, isSpace);
  if (!Kept.empty()) {
    int BackW, FwdW;
    decodeLastRune(Kept, BackW);
    firstRune(T.substr(Kept.size() - size_t(BackW)), FwdW);
    Kept = T.substr(0, Kept.size() - size_t(BackW) + size_t(FwdW));
  }
  *Out = sub(SPtr, S, Kept);
}
