//===- ExprStringGcTest.cpp - gcExprString against gc 1.19's own output --===//
//
// Each program of Inputs/ExprStringGc_*.inc was compiled with Go 1.19's
//   go build -gcflags='-m -m -l' x.go
// (GO111MODULE=off, in a directory of its own). Every expression gc names in
// a message -- `X escapes to heap`, `X does not escape`, and each
// `from X (reason) at LINE:COL` explanation line -- is listed with the
// position gc printed, verbatim from that output (a script turned the
// output into the tables; the programs are our own). The test finds the nodes
// at that position and requires one of them to print as gc's text.
//
// gc gives an implicit interface conversion the position of its context
// (GcPositionTest checks those positions), where no syntax node of the
// converted operand is; such an entry matches a node elsewhere on the
// same line or starting on it (counted in the SameLineMatches property).
// gc's own go/defer wrapper closures (`func literal` at a `go` or `defer`)
// are not syntax and are left out.
//
//===----------------------------------------------------------------------===//

#include "ExprStringTestUtil.h"

#include "goscape/Escape/ExprString.h"

#include "gtest/gtest.h"

using namespace goscape;
using namespace goscape::testing;

namespace {

/// One expression gc printed: where and what.
struct Expectation {
  unsigned Line, Col;
  const char *Text;
};

#include "Inputs/ExprStringGc_p1.inc"
#include "Inputs/ExprStringGc_p2.inc"
#include "Inputs/ExprStringGc_p3.inc"
#include "Inputs/ExprStringGc_p4.inc"
#include "Inputs/ExprStringGc_p6.inc"
#include "Inputs/ExprStringGc_p7.inc"
#include "Inputs/ExprStringGc_p8.inc"
#include "Inputs/ExprStringGc_p9.inc"
#include "Inputs/ExprStringGc_p10.inc"

/// Checks every expectation of one program; returns how many matched only
/// through the same-line fallback.
static unsigned checkProgram(const char *Source,
                             llvm::ArrayRef<Expectation> Expected) {
  CheckedSnippet S(Source);
  EXPECT_TRUE(S.ok()) << S.errors();
  if (!S.ok())
    return 0;
  unsigned Fallbacks = 0;
  for (const Expectation &E : Expected) {
    std::vector<std::string> Seen;
    bool Found = false;
    for (const Node *N : S.nodesAt(E.Line, E.Col)) {
      std::string Text = escape::gcNodeString(N, S.getPackage());
      std::string Written = escape::gcNodeString(N, S.getPackage(),
                                                 escape::CallForm::AsWritten);
      std::string Receiver;
      if (auto *Sel = llvm::dyn_cast<SelectorExpr>(N))
        Receiver = escape::gcReceiverString(Sel, S.getPackage());
      if (Text == E.Text || Written == E.Text || Receiver == E.Text) {
        Found = true;
        break;
      }
      Seen.push_back(Text);
    }
    if (Found)
      continue;
    for (const Node *N : S.nodesOnLine(E.Line)) {
      if (llvm::isa<Expr>(N) &&
          (escape::gcNodeString(N, S.getPackage()) == E.Text ||
           escape::gcNodeString(N, S.getPackage(),
                                escape::CallForm::AsWritten) == E.Text)) {
        Found = true;
        ++Fallbacks;
        break;
      }
    }
    if (Found)
      continue;
    std::string All;
    for (const std::string &T : Seen)
      All += "\n    " + T;
    EXPECT_TRUE(Found) << E.Line << ":" << E.Col << ": gc printed `"
                       << E.Text << "`; nodes there print:" << All;
  }
  return Fallbacks;
}

TEST(ExprStringGcTest, Program_p1) {
  unsigned Fallbacks = checkProgram(Source_p1, Expect_p1);
  RecordProperty("SameLineMatches", int(Fallbacks));
  RecordProperty("Expectations", int(std::size(Expect_p1)));
}

TEST(ExprStringGcTest, Program_p2) {
  unsigned Fallbacks = checkProgram(Source_p2, Expect_p2);
  RecordProperty("SameLineMatches", int(Fallbacks));
  RecordProperty("Expectations", int(std::size(Expect_p2)));
}

TEST(ExprStringGcTest, Program_p3) {
  unsigned Fallbacks = checkProgram(Source_p3, Expect_p3);
  RecordProperty("SameLineMatches", int(Fallbacks));
  RecordProperty("Expectations", int(std::size(Expect_p3)));
}

TEST(ExprStringGcTest, Program_p4) {
  unsigned Fallbacks = checkProgram(Source_p4, Expect_p4);
  RecordProperty("SameLineMatches", int(Fallbacks));
  RecordProperty("Expectations", int(std::size(Expect_p4)));
}

TEST(ExprStringGcTest, Program_p6) {
  unsigned Fallbacks = checkProgram(Source_p6, Expect_p6);
  RecordProperty("SameLineMatches", int(Fallbacks));
  RecordProperty("Expectations", int(std::size(Expect_p6)));
}

TEST(ExprStringGcTest, Program_p7) {
  unsigned Fallbacks = checkProgram(Source_p7, Expect_p7);
  RecordProperty("SameLineMatches", int(Fallbacks));
  RecordProperty("Expectations", int(std::size(Expect_p7)));
}

TEST(ExprStringGcTest, Program_p8) {
  unsigned Fallbacks = checkProgram(Source_p8, Expect_p8);
  RecordProperty("SameLineMatches", int(Fallbacks));
  RecordProperty("Expectations", int(std::size(Expect_p8)));
}

TEST(ExprStringGcTest, Program_p9) {
  unsigned Fallbacks = checkProgram(Source_p9, Expect_p9);
  RecordProperty("SameLineMatches", int(Fallbacks));
  RecordProperty("Expectations", int(std::size(Expect_p9)));
}

TEST(ExprStringGcTest, Program_p10) {
  unsigned Fallbacks = checkProgram(Source_p10, Expect_p10);
  RecordProperty("SameLineMatches", int(Fallbacks));
  RecordProperty("Expectations", int(std::size(Expect_p10)));
}

} // namespace
