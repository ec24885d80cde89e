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

  // The go command shortens the package directory wherever gc prints it,
  // in line directives' names too (as a plain prefix of the name); not in
  // the bracketed real position of a message, which follows no blank.
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS((Here + "/x.go").str(), EC);
    ASSERT_FALSE(EC);
    OS << "package p\nvar v\nvar w\n";
  }
  SourceManager SM;
  std::string Error;
  FileId F = SM.loadFile("x.go", Error);
  ASSERT_TRUE(F.isValid());
  std::string InDir = (Here + "/y.go").str();
  std::string Other = (Base + "/b/z.go").str();
  SM.addLineDirective(F, 10, 0, /*LineComment=*/false, {InDir, 7, 0});
  SM.addLineDirective(F, 16, 0, /*LineComment=*/false, {Other, 8, 0});
  SourceLoc V = SM.getStartLoc(F).getAdvanced(14);
  EXPECT_EQ(SM.formatLoc(V), "./y.go:7");
  EXPECT_EQ(SM.formatLocInMessage(V),
            "./y.go:7[" + (Here + "/x.go:2:5]").str());
  EXPECT_EQ(SM.formatLoc(SM.getStartLoc(F).getAdvanced(20)), Other + ":8");
  EXPECT_EQ(SM.getDirectiveFileName(V), InDir);
  EXPECT_EQ(SM.getDirectiveFileName(SM.getStartLoc(F)), (Here + "/x.go").str());

  ASSERT_EQ(::chdir(Old.c_str()), 0);
  llvm::sys::fs::remove_directories(Base);
}

// A `//line name:line` directive (a line comment: it applies from the next
// line) counts lines on and makes columns unknown; `/*line name:line:col*/`
// counts columns on along its own line only.
TEST(SourceManagerTest, LineDirectives) {
  SourceManager SM;
  FileId F = SM.addBuffer("./x.go", "package p\n//line a.go:5\nvar x\n"
                                    "var y /*line b.go:9:4*/= 1\nvar z\n");
  SM.addLineDirective(F, 10, 13, /*LineComment=*/true, {"a.go", 5, 0});
  SourceLoc Start = SM.getStartLoc(F);
  EXPECT_EQ(SM.formatLoc(Start.getAdvanced(4)), "./x.go:1:5");
  EXPECT_EQ(SM.formatLoc(Start.getAdvanced(28)), "a.go:5");
  EXPECT_EQ(SM.formatLoc(Start.getAdvanced(34)), "a.go:6");
  PresumedLoc P = SM.getPresumedLoc(Start.getAdvanced(28));
  EXPECT_EQ(P.FileName, "a.go");
  EXPECT_EQ(P.Line, 5u);
  EXPECT_EQ(P.Column, 0u);
  PresumedLoc Real = SM.getPresumedLoc(Start.getAdvanced(28), false);
  EXPECT_EQ(Real.FileName, "./x.go");
  EXPECT_EQ(Real.Line, 3u);
  EXPECT_EQ(Real.Column, 5u);

  // The comment is the 17 bytes from offset 36 on.
  SM.addLineDirective(F, 36, 17, /*LineComment=*/false, {"b.go", 9, 4});
  // `=` right after the comment is column 4; `1` two bytes on.
  EXPECT_EQ(SM.formatLoc(Start.getAdvanced(53)), "b.go:9:4");
  EXPECT_EQ(SM.formatLoc(Start.getAdvanced(55)), "b.go:9:6");
  // On the next line the real column counts again.
  EXPECT_EQ(SM.formatLoc(Start.getAdvanced(61)), "b.go:10:5");
  EXPECT_EQ(SM.formatLocInMessage(Start.getAdvanced(61)),
            "b.go:10:5[./x.go:5:5]");
  // Each directive is a position base of its own.
  EXPECT_NE(SM.getPositionBase(Start),
            SM.getPositionBase(Start.getAdvanced(28)));
  EXPECT_NE(SM.getPositionBase(Start.getAdvanced(34)),
            SM.getPositionBase(Start.getAdvanced(55)));
  EXPECT_EQ(SM.getPositionBase(Start.getAdvanced(55)),
            SM.getPositionBase(Start.getAdvanced(61)));
}

// gc stores 8 bits of column: from 255 on it prints none, as for a column
// a directive pushes that far.
TEST(SourceManagerTest, ColumnsPast254AreNotPrinted) {
  SourceManager SM;
  std::string Text = "var a = " + std::string(300, ' ') + "1\n";
  FileId F = SM.addBuffer("./x.go", Text);
  SourceLoc Start = SM.getStartLoc(F);
  EXPECT_EQ(SM.formatLoc(Start.getAdvanced(253)), "./x.go:1:254");
  EXPECT_EQ(SM.formatLoc(Start.getAdvanced(254)), "./x.go:1");
  EXPECT_EQ(SM.formatLocInMessage(Start.getAdvanced(299)), "./x.go:1:300");
  EXPECT_EQ(SM.getGcLineColumn(Start.getAdvanced(299)),
            std::make_pair(1u, 255u));
}
