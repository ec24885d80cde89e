//===- AllocTest.cpp - gs_alloc and gs_alloc_noscan -----------------------===//
//
// Blocks come back zeroed whatever the memory held before, including the
// multi-megabyte blocks that skip the collector's clearing (huge pages are
// handed back to the kernel and the ends cleared by hand), and pointers
// stored anywhere in a large pointerful block keep their targets alive.
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Alloc.h"

#include <gc/gc.h>
#include <gtest/gtest.h>

#include <cstring>

using namespace gs;

namespace {

/// True when all Size bytes at P are zero.
bool allZero(const void *P, size_t Size) {
  const auto *B = static_cast<const unsigned char *>(P);
  for (size_t I = 0; I < Size; ++I)
    if (B[I])
      return false;
  return true;
}

/// Sizes below, at and above the huge-page handling (two 2 MiB pages), at
/// odd offsets from a page boundary.
constexpr size_t Sizes[] = {24, 4096, (size_t(4) << 20) - 8,
                            (size_t(4) << 20) + 4097, (size_t(9) << 20) + 123};

TEST(AllocTest, BlocksAreZeroedWhenMemoryIsReused) {
  for (int Round = 0; Round < 4; ++Round) {
    for (size_t Size : Sizes) {
      void *Scan = gs_alloc(Size);
      void *Noscan = gs_alloc_noscan(Size);
      ASSERT_TRUE(allZero(Scan, Size)) << "gs_alloc(" << Size << ")";
      ASSERT_TRUE(allZero(Noscan, Size)) << "gs_alloc_noscan(" << Size << ")";
      // Dirty them, drop them and collect, so that later rounds are likely
      // to be handed the same memory.
      std::memset(Scan, 0xA5, Size);
      std::memset(Noscan, 0x5A, Size);
    }
    GC_gcollect();
  }
}

int Finalized = 0;

void countFinalized(void *, void *) { ++Finalized; }

TEST(AllocTest, LargeBlocksAreScannedInFull) {
  constexpr size_t Size = size_t(9) << 20;
  constexpr size_t Slots = Size / sizeof(void *);
  auto **Large = static_cast<void **>(gs_alloc(Size));
  // Targets referenced only from the first word, the middle and the last
  // word of the large block (the middle lies in a dropped huge page).
  const size_t At[] = {0, Slots / 2 + 3, Slots - 1};
  for (size_t I : At) {
    void *Target = gs_alloc(64);
    GC_register_finalizer(Target, countFinalized, nullptr, nullptr, nullptr);
    Large[I] = Target;
  }
  Finalized = 0;
  for (int I = 0; I < 3; ++I) {
    GC_gcollect();
    GC_invoke_finalizers();
  }
  EXPECT_EQ(Finalized, 0);
  // Still reachable, and unchanged.
  for (size_t I : At)
    EXPECT_NE(Large[I], nullptr);
}

} // namespace
