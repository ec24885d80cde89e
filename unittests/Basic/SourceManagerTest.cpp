//===- SourceManagerTest.cpp - Positions as gc prints them ----------------===//

#include "goscape/Basic/SourceManager.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <gtest/gtest.h>
#include <unistd.h>

using namespace goscape;

TEST(SourceManagerTest, LineAndByteColumn) {
  SourceManager SM;
  FileId F = SM.addBuffer("./x.go", "package p\n\tvar x = 1\n");
  SourceLoc Start = SM.getStartLoc(F);
  PresumedLoc P = SM.getPresumedLoc(Start);
  EXPECT_EQ(P.FileName, "./x.go");
  EXPECT_EQ(P.Line, 1u);
  EXPECT_EQ(P.Column, 1u);
  // "var" on line 2 follows a tab, which counts as one column.
  PresumedLoc Var = SM.getPresumedLoc(Start.getAdvanced(11));
  EXPECT_EQ(Var.Line, 2u);
  EXPECT_EQ(Var.Column, 2u);
  EXPECT_EQ(SM.formatLoc(Start.getAdvanced(11)), "./x.go:2:2");
}

TEST(SourceManagerTest, SeveralFilesKeepTheirOwnPositions) {
  SourceManager SM;
  FileId A = SM.addBuffer("./a.go", "package p\n");
  FileId B = SM.addBuffer("./b.go", "package p\n\nfunc f() {}\n");
  SourceLoc InB = SM.getStartLoc(B).getAdvanced(11);
  EXPECT_EQ(SM.getFileId(InB).Index, B.Index);
  EXPECT_EQ(SM.formatLoc(InB), "./b.go:3:1");
  EXPECT_EQ(SM.getFileId(SM.getStartLoc(A)).Index, A.Index);
  // The end-of-file position belongs to its file.
  SourceLoc EndA = SM.getStartLoc(A).getAdvanced(10);
  EXPECT_EQ(SM.getFileId(EndA).Index, A.Index);
  EXPECT_EQ(SM.formatLoc(EndA), "./a.go:2:1");
}

TEST(SourceManagerTest, MultiByteCharactersCountAsBytes) {
  SourceManager SM;
  FileId F = SM.addBuffer("./u.go", "var \xc3\xa9 = x\n");
  // 'x' sits after a two-byte 'é': byte column 10.
  EXPECT_EQ(SM.formatLoc(SM.getStartLoc(F).getAdvanced(9)), "./u.go:1:10");
}

// The go command shows a file's directory relative to the current one when
// that is shorter than the absolute path, and "." for the current one.
TEST(SourceManagerTest, DisplayNamesAsGoBuildShowsThem) {
  llvm::SmallString<128> Base;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("gs-names", Base));
  llvm::SmallString<128> Here(Base), Sub(Base);
  llvm::sys::path::append(Here, "a");
  llvm::sys::path::append(Sub, "a", "sub");
  ASSERT_FALSE(llvm::sys::fs::create_directories(Sub));
  llvm::SmallString<128> Old;
  ASSERT_FALSE(llvm::sys::fs::current_path(Old));
  ASSERT_EQ(::chdir(Here.c_str()), 0);

  EXPECT_EQ(SourceManager::displayNameFor("x.go"), "./x.go");
  EXPECT_EQ(SourceManager::displayNameFor("./x.go"), "./x.go");
  EXPECT_EQ(SourceManager::displayNameFor((Here + "/x.go").str()), "./x.go");
  EXPECT_EQ(SourceManager::displayNameFor("sub/x.go"), "sub/x.go");
  EXPECT_EQ(SourceManager::displayNameFor((Base + "/b/x.go").str()),
            "../b/x.go");
  EXPECT_EQ(SourceManager::displayNameFor("/x.go"), "/x.go");

  ASSERT_EQ(::chdir(Old.c_str()), 0);
  llvm::sys::fs::remove_directories(Base);
}
