//===- DiagnosticTest.cpp - gc's error ordering and limits ----------------===//

#include "goscape/Basic/Diagnostic.h"

#include <gtest/gtest.h>

using namespace goscape;

namespace {
struct DiagnosticTest : ::testing::Test {
  SourceManager SM;
  FileId F = SM.addBuffer("./x.go", std::string(40, '\n'));
  SourceLoc line(unsigned L, unsigned Col = 1) {
    return SM.getStartLoc(F).getAdvanced(L - 1 + Col - 1);
  }
  std::string flush(DiagnosticEngine &D) {
    std::string S;
    llvm::raw_string_ostream OS(S);
    D.flush(OS);
    return S;
  }
};
} // namespace

TEST_F(DiagnosticTest, SortedByPositionWithFormattedArguments) {
  DiagnosticEngine D(SM);
  D.error(line(5), DiagId::Undefined, "y");
  D.error(line(2), DiagId::Undefined, "x");
  EXPECT_EQ(flush(D), "./x.go:2:1: undefined: x\n./x.go:5:1: undefined: y\n");
}

// gc sorts by position base first, in the order the bases got their first
// error: here the line directive's base before the file's.
TEST_F(DiagnosticTest, SortedByBaseInOrderOfFirstError) {
  // From line 21 on (offset 20), lines count from a.go:1.
  SM.addLineDirective(F, 20, 0, /*LineComment=*/false, {"a.go", 1, 0});
  DiagnosticEngine D(SM);
  D.error(line(30), DiagId::Undefined, "late");
  D.error(line(5), DiagId::Undefined, "early");
  D.error(line(25), DiagId::Undefined, "mid");
  EXPECT_EQ(flush(D), "a.go:5: undefined: mid\na.go:10: undefined: late\n"
                      "./x.go:5:1: undefined: early\n");
}

TEST_F(DiagnosticTest, OneSyntaxErrorPerLine) {
  DiagnosticEngine D(SM);
  D.error(line(3), DiagId::SyntaxError, "unexpected x");
  D.error(line(3), DiagId::SyntaxError, "unexpected y");
  EXPECT_EQ(D.getNumErrors(), 1u);
  EXPECT_TRUE(D.hasSyntaxErrors());
  EXPECT_EQ(flush(D), "./x.go:3:1: syntax error: unexpected x\n");
}

TEST_F(DiagnosticTest, RepeatedMessageOnOneLineReportedOnce) {
  DiagnosticEngine D(SM);
  D.error(line(4), DiagId::Undefined, "x");
  D.error(line(4), DiagId::Undefined, "x");
  D.error(line(4), DiagId::Undefined, "z");
  EXPECT_EQ(D.getNumErrors(), 2u);
}

TEST_F(DiagnosticTest, TooManyErrorsAfterTen) {
  DiagnosticEngine D(SM);
  for (unsigned L = 1; L <= 12; ++L)
    D.error(line(L), DiagId::Undefined, "v");
  EXPECT_TRUE(D.hasTooManyErrors());
  std::string Out = flush(D);
  EXPECT_NE(Out.find("./x.go:10:1: undefined: v\n./x.go:10:1: too many errors\n"),
            std::string::npos);
  EXPECT_EQ(Out.find("./x.go:11:1"), std::string::npos);
}

TEST_F(DiagnosticTest, UnlimitedKeepsGoing) {
  DiagnosticEngine D(SM);
  D.setUnlimited(true);
  for (unsigned L = 1; L <= 12; ++L)
    D.error(line(L), DiagId::Undefined, "v");
  EXPECT_FALSE(D.hasTooManyErrors());
  EXPECT_EQ(D.getNumErrors(), 12u);
}
