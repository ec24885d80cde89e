//===- Sort.cpp - Package sort --------------------------------------------===//
//
// One pattern-defeating quicksort, written over an abstract sequence with
// less(i, j) and swap(i, j), reproducing the comparison and swap sequence
// of Go 1.19's sort package so results (the order of equal elements
// included) are identical:
//   * ranges of at most 12 elements: insertion sort;
//   * pivot: the middle of three quartile positions, each the median of
//     its neighbours on ranges of 50 or more (ninther); the number of swaps
//     the medians needed hints at sorted (0) or reversed (12) input;
//   * reversed input is reversed; apparently sorted input is finished by a
//     partial insertion sort of at most 5 shifts;
//   * after an unbalanced partition (a side below 1/8), three elements
//     around the middle are swapped with xorshift-chosen ones, and after
//     log2(n) of those the range is heap sorted;
//   * a pivot equal to the element before the range partitions equal
//     elements out.
// sort.Stable and sort.SliceStable use Go's insertion-sorted blocks merged
// by SymMerge, with the same calls.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Sort.h"

#include "goscape-rt/Panic.h"

#include "FmtInternal.h"

#include <bit>
#include <cstring>
#include <string>
#include <vector>

using namespace gs;

namespace {

enum class Hint { Unknown, Increasing, Decreasing };

/// The sorting algorithm over D, which provides less(i, j) and swap(i, j).
template <typename Data> class PdqSort {
public:
  explicit PdqSort(Data &D) : D(D) {}

  void sort(intptr_t N) { pdqsort(0, N, int(std::bit_width(uintptr_t(N)))); }

private:
  Data &D;

  void insertionSort(intptr_t A, intptr_t B) {
    for (intptr_t I = A + 1; I < B; ++I)
      for (intptr_t J = I; J > A && D.less(J, J - 1); --J)
        D.swap(J, J - 1);
  }

  void siftDown(intptr_t Lo, intptr_t Hi, intptr_t First) {
    intptr_t Root = Lo;
    for (;;) {
      intptr_t Child = 2 * Root + 1;
      if (Child >= Hi)
        return;
      if (Child + 1 < Hi && D.less(First + Child, First + Child + 1))
        ++Child;
      if (!D.less(First + Root, First + Child))
        return;
      D.swap(First + Root, First + Child);
      Root = Child;
    }
  }

  void heapSort(intptr_t A, intptr_t B) {
    intptr_t First = A, Hi = B - A;
    for (intptr_t I = (Hi - 1) / 2; I >= 0; --I)
      siftDown(I, Hi, First);
    for (intptr_t I = Hi - 1; I >= 0; --I) {
      D.swap(First, First + I);
      siftDown(0, I, First);
    }
  }

  void pdqsort(intptr_t A, intptr_t B, int Limit) {
    const intptr_t MaxInsertion = 12;
    bool WasBalanced = true, WasPartitioned = true;
    for (;;) {
      intptr_t Length = B - A;
      if (Length <= MaxInsertion) {
        insertionSort(A, B);
        return;
      }
      if (Limit == 0) {
        heapSort(A, B);
        return;
      }
      if (!WasBalanced) {
        breakPatterns(A, B);
        --Limit;
      }
      Hint H;
      intptr_t Pivot = choosePivot(A, B, H);
      if (H == Hint::Decreasing) {
        reverseRange(A, B);
        Pivot = (B - 1) - (Pivot - A);
        H = Hint::Increasing;
      }
      if (WasBalanced && WasPartitioned && H == Hint::Increasing &&
          partialInsertionSort(A, B))
        return;
      // A pivot equal to the predecessor: everything equal goes left.
      if (A > 0 && !D.less(A - 1, Pivot)) {
        A = partitionEqual(A, B, Pivot);
        continue;
      }
      bool AlreadyPartitioned;
      intptr_t Mid = partition(A, B, Pivot, AlreadyPartitioned);
      WasPartitioned = AlreadyPartitioned;
      intptr_t LeftLen = Mid - A, RightLen = B - Mid;
      intptr_t BalanceThreshold = Length / 8;
      if (LeftLen < RightLen) {
        WasBalanced = LeftLen >= BalanceThreshold;
        pdqsort(A, Mid, Limit);
        A = Mid + 1;
      } else {
        WasBalanced = RightLen >= BalanceThreshold;
        pdqsort(Mid + 1, B, Limit);
        B = Mid;
      }
    }
  }

  intptr_t partition(intptr_t A, intptr_t B, intptr_t Pivot,
                     bool &AlreadyPartitioned) {
    D.swap(A, Pivot);
    intptr_t I = A + 1, J = B - 1;
    while (I <= J && D.less(I, A))
      ++I;
    while (I <= J && !D.less(J, A))
      --J;
    if (I > J) {
      D.swap(J, A);
      AlreadyPartitioned = true;
      return J;
    }
    D.swap(I, J);
    ++I;
    --J;
    for (;;) {
      while (I <= J && D.less(I, A))
        ++I;
      while (I <= J && !D.less(J, A))
        --J;
      if (I > J)
        break;
      D.swap(I, J);
      ++I;
      --J;
    }
    D.swap(J, A);
    AlreadyPartitioned = false;
    return J;
  }

  intptr_t partitionEqual(intptr_t A, intptr_t B, intptr_t Pivot) {
    D.swap(A, Pivot);
    intptr_t I = A + 1, J = B - 1;
    for (;;) {
      while (I <= J && !D.less(A, I))
        ++I;
      while (I <= J && D.less(A, J))
        --J;
      if (I > J)
        break;
      D.swap(I, J);
      ++I;
      --J;
    }
    return I;
  }

  bool partialInsertionSort(intptr_t A, intptr_t B) {
    const int MaxSteps = 5;
    const intptr_t ShortestShifting = 50;
    intptr_t I = A + 1;
    for (int Step = 0; Step < MaxSteps; ++Step) {
      while (I < B && !D.less(I, I - 1))
        ++I;
      if (I == B)
        return true;
      if (B - A < ShortestShifting)
        return false;
      D.swap(I, I - 1);
      // Shift the smaller element left and the greater one right.
      if (I - A >= 2) {
        for (intptr_t J = I - 1; J >= 1; --J) {
          if (!D.less(J, J - 1))
            break;
          D.swap(J, J - 1);
        }
      }
      if (B - I >= 2) {
        for (intptr_t J = I + 1; J < B; ++J) {
          if (!D.less(J, J - 1))
            break;
          D.swap(J, J - 1);
        }
      }
    }
    return false;
  }

  void breakPatterns(intptr_t A, intptr_t B) {
    intptr_t Length = B - A;
    if (Length < 8)
      return;
    uint64_t Random = uint64_t(Length);
    uintptr_t Modulus = uintptr_t(1) << std::bit_width(uintptr_t(Length));
    for (intptr_t Idx = A + (Length / 4) * 2 - 1;
         Idx <= A + (Length / 4) * 2 + 1; ++Idx) {
      Random ^= Random << 13;
      Random ^= Random >> 17;
      Random ^= Random << 5;
      intptr_t Other = intptr_t(uintptr_t(Random) & (Modulus - 1));
      if (Other >= Length)
        Other -= Length;
      D.swap(Idx, A + Other);
    }
  }

  void order2(intptr_t &A, intptr_t &B, int &Swaps) {
    if (D.less(B, A)) {
      ++Swaps;
      std::swap(A, B);
    }
  }

  intptr_t median(intptr_t A, intptr_t B, intptr_t C, int &Swaps) {
    order2(A, B, Swaps);
    order2(B, C, Swaps);
    order2(A, B, Swaps);
    return B;
  }

  intptr_t medianAdjacent(intptr_t A, int &Swaps) {
    return median(A - 1, A, A + 1, Swaps);
  }

  intptr_t choosePivot(intptr_t A, intptr_t B, Hint &H) {
    const intptr_t ShortestNinther = 50;
    const int MaxSwaps = 4 * 3;
    intptr_t L = B - A;
    int Swaps = 0;
    intptr_t I = A + L / 4 * 1, J = A + L / 4 * 2, K = A + L / 4 * 3;
    if (L >= 8) {
      if (L >= ShortestNinther) {
        I = medianAdjacent(I, Swaps);
        J = medianAdjacent(J, Swaps);
        K = medianAdjacent(K, Swaps);
      }
      J = median(I, J, K, Swaps);
    }
    H = Swaps == 0          ? Hint::Increasing
        : Swaps == MaxSwaps ? Hint::Decreasing
                            : Hint::Unknown;
    return J;
  }

  void reverseRange(intptr_t A, intptr_t B) {
    for (intptr_t I = A, J = B - 1; I < J; ++I, --J)
      D.swap(I, J);
  }
};

/// Go's stable sort over D: insertion-sorted blocks of 20 elements merged
/// pairwise by SymMerge with block-swap rotations, making the same less and
/// swap calls as sort.Stable and sort.SliceStable.
template <typename Data> class StableSort {
public:
  explicit StableSort(Data &D) : D(D) {}

  void sort(intptr_t N) {
    intptr_t Block = 20;
    intptr_t A = 0, B = Block;
    for (; B <= N; A = B, B += Block)
      insertionSort(A, B);
    insertionSort(A, N);
    for (; Block < N; Block *= 2) {
      for (A = 0, B = 2 * Block; B <= N; A = B, B += 2 * Block)
        symMerge(A, A + Block, B);
      if (intptr_t M = A + Block; M < N)
        symMerge(A, M, N);
    }
  }

private:
  Data &D;

  static intptr_t midpoint(intptr_t I, intptr_t J) {
    return intptr_t((uintptr_t(I) + uintptr_t(J)) >> 1);
  }

  void insertionSort(intptr_t A, intptr_t B) {
    for (intptr_t I = A + 1; I < B; ++I)
      for (intptr_t J = I; J > A && D.less(J, J - 1); --J)
        D.swap(J, J - 1);
  }

  /// Merges the sorted runs [A, M) and [M, B); A < M < B.
  void symMerge(intptr_t A, intptr_t M, intptr_t B) {
    if (M - A == 1) {
      // Insert the single element A into [M, B).
      intptr_t I = M, J = B;
      while (I < J) {
        intptr_t H = midpoint(I, J);
        if (D.less(H, A))
          I = H + 1;
        else
          J = H;
      }
      for (intptr_t K = A; K < I - 1; ++K)
        D.swap(K, K + 1);
      return;
    }
    if (B - M == 1) {
      // Insert the single element M into [A, M).
      intptr_t I = A, J = M;
      while (I < J) {
        intptr_t H = midpoint(I, J);
        if (!D.less(M, H))
          I = H + 1;
        else
          J = H;
      }
      for (intptr_t K = M; K > I; --K)
        D.swap(K, K - 1);
      return;
    }
    intptr_t Mid = midpoint(A, B);
    intptr_t N = Mid + M;
    intptr_t Start, R;
    if (M > Mid) {
      Start = N - B;
      R = Mid;
    } else {
      Start = A;
      R = M;
    }
    intptr_t P = N - 1;
    while (Start < R) {
      intptr_t C = midpoint(Start, R);
      if (!D.less(P - C, C))
        Start = C + 1;
      else
        R = C;
    }
    intptr_t End = N - Start;
    if (Start < M && M < End)
      rotate(Start, M, End);
    if (A < Start && Start < Mid)
      symMerge(A, Start, Mid);
    if (Mid < End && End < B)
      symMerge(Mid, End, B);
  }

  void swapRange(intptr_t A, intptr_t B, intptr_t N) {
    for (intptr_t I = 0; I < N; ++I)
      D.swap(A + I, B + I);
  }

  /// Exchanges the blocks [A, M) and [M, B) by block swaps.
  void rotate(intptr_t A, intptr_t M, intptr_t B) {
    intptr_t I = M - A, J = B - M;
    while (I != J) {
      if (I > J) {
        swapRange(M - I, M, J);
        I -= J;
      } else {
        swapRange(M - I, M + J - I, I);
        J -= I;
      }
    }
    swapRange(M - I, M, I);
  }
};

/// A typed slice with < as the order.
template <typename T, typename Less> struct TypedData {
  T *P;
  Less L;
  bool less(intptr_t I, intptr_t J) { return L(P[I], P[J]); }
  void swap(intptr_t I, intptr_t J) { std::swap(P[I], P[J]); }
};

/// sort.Slice's view: Go's less closure and a bytewise swapper.
struct ClosureData {
  uint8_t *Base;
  uintptr_t Size;
  Closure *Less;
  uint8_t *Tmp;

  bool less(intptr_t I, intptr_t J) {
    using Fn = bool (*)(Closure *, intptr_t, intptr_t);
    return reinterpret_cast<Fn>(Less->Fn)(Less, I, J);
  }
  void swap(intptr_t I, intptr_t J) {
    uint8_t *A = Base + uintptr_t(I) * Size, *B = Base + uintptr_t(J) * Size;
    std::memcpy(Tmp, A, Size);
    std::memcpy(A, B, Size);
    std::memcpy(B, Tmp, Size);
  }
};

/// A sort.Interface value: its Len, Less and Swap methods through the itab
/// (an interface's methods are in name order).
struct IfaceData {
  const Itab *Tab;
  void *Recv;

  intptr_t len() {
    using Fn = intptr_t (*)(void *, void *);
    return reinterpret_cast<Fn>(Tab->Fun[0])(nullptr, Recv);
  }
  bool less(intptr_t I, intptr_t J) {
    using Fn = bool (*)(void *, void *, intptr_t, intptr_t);
    return reinterpret_cast<Fn>(Tab->Fun[1])(nullptr, Recv, I, J);
  }
  void swap(intptr_t I, intptr_t J) {
    using Fn = void (*)(void *, void *, intptr_t, intptr_t);
    reinterpret_cast<Fn>(Tab->Fun[2])(nullptr, Recv, I, J);
  }
};

} // namespace

void gs::gs_sort_Ints(intptr_t *XPtr, intptr_t XLen, intptr_t) {
  if (XLen <= 1)
    return;
  auto Lt = [](intptr_t A, intptr_t B) { return A < B; };
  TypedData<intptr_t, decltype(Lt)> D{XPtr, Lt};
  PdqSort<decltype(D)>(D).sort(XLen);
}

void gs::gs_sort_Strings(String *XPtr, intptr_t XLen, intptr_t) {
  if (XLen <= 1)
    return;
  auto Lt = [](String A, String B) { return fmt::view(A) < fmt::view(B); };
  TypedData<String, decltype(Lt)> D{XPtr, Lt};
  PdqSort<decltype(D)>(D).sort(XLen);
}

/// reflect's names of kinds, for the Swapper panic.
static const char *kindName(Kind K) {
  static const char *const Names[] = {
      "invalid",   "bool",          "int",     "int8",    "int16",
      "int32",     "int64",         "uint",    "uint8",   "uint16",
      "uint32",    "uint64",        "uintptr", "float32", "float64",
      "complex64", "complex128",    "array",   "chan",    "func",
      "interface", "map",           "ptr",     "slice",   "string",
      "struct",    "unsafe.Pointer"};
  return Names[size_t(K)];
}

/// The slice sort.Slice or sort.SliceStable sorts: panics as reflect's
/// Swapper does if X does not hold one.
static const Slice *sliceArg(const Type *XType, void *XData) {
  if (!XType || XType->TheKind != Kind::Slice) {
    std::string Msg = "reflect: call of Swapper on ";
    Msg += XType ? kindName(XType->TheKind) : "zero";
    Msg += " Value";
    // The message must outlive this frame: it becomes the panic value.
    fmt::panicString(fmt::makeString(Msg));
  }
  return static_cast<const Slice *>(XData);
}

void gs::gs_sort_Slice(const Type *XType, void *XData, Closure *Less) {
  const Slice *S = sliceArg(XType, XData);
  if (S->Len <= 1)
    return;
  uintptr_t Size = XType->Elem->Size;
  std::vector<uint8_t> Tmp(Size ? Size : 1);
  ClosureData D{static_cast<uint8_t *>(S->Ptr), Size, Less, Tmp.data()};
  PdqSort<ClosureData>(D).sort(S->Len);
}

void gs::gs_sort_SliceStable(const Type *XType, void *XData, Closure *Less) {
  const Slice *S = sliceArg(XType, XData);
  uintptr_t Size = XType->Elem->Size;
  std::vector<uint8_t> Tmp(Size ? Size : 1);
  ClosureData D{static_cast<uint8_t *>(S->Ptr), Size, Less, Tmp.data()};
  StableSort<ClosureData>(D).sort(S->Len);
}

void gs::gs_sort_Sort(const Itab *DataTab, void *DataData) {
  if (!DataTab)
    gs_panic_nil();
  IfaceData D{DataTab, DataData};
  intptr_t N = D.len();
  if (N <= 1)
    return;
  PdqSort<IfaceData>(D).sort(N);
}

void gs::gs_sort_Stable(const Itab *DataTab, void *DataData) {
  if (!DataTab)
    gs_panic_nil();
  IfaceData D{DataTab, DataData};
  StableSort<IfaceData>(D).sort(D.len());
}

intptr_t gs::gs_sort_Search(intptr_t N, Closure *F) {
  using Fn = bool (*)(Closure *, intptr_t);
  intptr_t I = 0, J = N;
  while (I < J) {
    intptr_t H = intptr_t((uintptr_t(I) + uintptr_t(J)) >> 1);
    if (!reinterpret_cast<Fn>(F->Fn)(F, H))
      I = H + 1;
    else
      J = H;
  }
  return I;
}
