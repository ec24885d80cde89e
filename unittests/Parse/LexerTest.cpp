//===- LexerTest.cpp - Tests of the Go lexer ------------------------------===//
//
// Token kinds, texts and positions for every literal form, automatic
// semicolons, comments and directives, and gc's wording of lexical errors.
//
//===----------------------------------------------------------------------===//

#include "goscape/Parse/Lexer.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

using namespace goscape;

namespace {

struct Lexed {
  Tok Kind;
  std::string Text;
  unsigned Line, Col;
  LitKind Lit;
  bool Bad;
};

class LexerTest : public ::testing::Test {
protected:
  LexerTest() : Diags(SM) { Diags.setUnlimited(true); }

  /// Lexes Src up to EOF.
  std::vector<Lexed> lex(llvm::StringRef Src) {
    FileId Id = SM.addBuffer("x.go", Src);
    Lexer L(SM.getBuffer(Id), SM.getStartLoc(Id), Diags);
    L.setDirectiveHandler([this](SourceLoc Loc, bool Blank,
                                 llvm::StringRef Text) {
      PresumedLoc P = SM.getPresumedLoc(Loc);
      Directives.push_back(std::to_string(P.Line) + ":" +
                           std::to_string(P.Column) + (Blank ? " " : " !") +
                           Text.str());
    });
    std::vector<Lexed> R;
    Token T;
    do {
      L.next(T);
      PresumedLoc P = SM.getPresumedLoc(T.Loc);
      std::string Text;
      if (T.Kind == Tok::Name || T.Kind == Tok::Literal || T.Kind == Tok::Semi)
        Text = T.Text.str();
      else if (T.Kind == Tok::Operator || T.Kind == Tok::AssignOp ||
               T.Kind == Tok::IncOp || T.Kind == Tok::Star)
        Text = getOperatorSpelling(T.Op).str();
      R.push_back({T.Kind, Text, P.Line, P.Column, T.Lit, T.Bad});
    } while (T.Kind != Tok::Eof);
    return R;
  }

  /// The errors reported so far, as gc prints them.
  std::string errors() {
    std::string S;
    llvm::raw_string_ostream OS(S);
    Diags.flush(OS);
    return OS.str();
  }

  /// Lexes a single literal and checks its kind and that it is well formed.
  void expectLit(llvm::StringRef Src, LitKind K) {
    auto R = lex(Src);
    ASSERT_GE(R.size(), 2u) << Src.str();
    EXPECT_EQ(R[0].Kind, Tok::Literal) << Src.str();
    EXPECT_EQ(R[0].Text, Src.str());
    EXPECT_EQ(R[0].Lit, K) << Src.str();
    EXPECT_FALSE(R[0].Bad) << Src.str();
    EXPECT_EQ(errors(), "") << Src.str();
  }

  /// Lexes Src and expects exactly the error Msg at Line:Col.
  void expectError(llvm::StringRef Src, llvm::StringRef Where,
                   llvm::StringRef Msg) {
    lex(Src);
    EXPECT_EQ(errors(), ("x.go:" + Where + ": " + Msg + "\n").str())
        << Src.str();
  }

  SourceManager SM;
  DiagnosticEngine Diags;
  std::vector<std::string> Directives;
};

TEST_F(LexerTest, IntegerLiterals) {
  for (const char *S : {"0", "42", "1_000", "0x1F", "0XaB_cd", "0o17",
                        "0O7_7", "0b1011", "0B1_0", "017", "0_17", "0"})
    expectLit(S, LitKind::Int);
}

TEST_F(LexerTest, FloatLiterals) {
  for (const char *S : {"1.5", ".5", "1.", "1e3", "1E-3", "1_0.2_5e+1_0",
                        "0x1p-2", "0x1.8p3", "0X.8P0", "0x_1p1", "089.5",
                        "00.1e9"})
    expectLit(S, LitKind::Float);
}

TEST_F(LexerTest, ImaginaryLiteralsAreLexed) {
  for (const char *S : {"1i", "1.5i", "0x1p2i", "0b1i", "089i"})
    expectLit(S, LitKind::Imag);
}

TEST_F(LexerTest, RuneLiterals) {
  for (const char *S : {"'a'", "'\\n'", "'\\''", "'\\x41'", "'\\101'",
                        "'\\u00e9'", "'\\U0001F600'", "'\xC3\xA9'", "'\"'",
                        "'\\a'", "'\\\\'"})
    expectLit(S, LitKind::Rune);
}

TEST_F(LexerTest, StringLiterals) {
  for (const char *S : {"\"\"", "\"abc\"", "\"a\\tb\\\"c\\\\\"",
                        "\"\\x00\\377\\u00e9\\U0010FFFF\"", "`raw`",
                        "`multi\nline \\n`", "\"\xE6\x97\xA5\""})
    expectLit(S, LitKind::String);
}

TEST_F(LexerTest, NumberErrors) {
  expectError("0128", "1:4", "invalid digit '8' in octal literal");
  expectError("0b102", "1:5", "invalid digit '2' in binary literal");
  expectError("0o19", "1:4", "invalid digit '9' in octal literal");
  expectError("1__0", "1:3", "'_' must separate successive digits");
  expectError("10_", "1:3", "'_' must separate successive digits");
  expectError("0x", "1:3", "hexadecimal literal has no digits");
  expectError("0b", "1:3", "binary literal has no digits");
  expectError("0x1.5", "1:6", "hexadecimal mantissa requires a 'p' exponent");
  expectError("1e+", "1:4", "exponent has no digits");
  expectError("0b1e3", "1:4", "'e' exponent requires decimal mantissa");
  expectError("1p3", "1:2", "'p' exponent requires hexadecimal mantissa");
  expectError("0o1.2", "1:4", "invalid radix point in octal literal");
}

TEST_F(LexerTest, RuneAndStringErrors) {
  expectError("''", "1:2", "empty rune literal or unescaped '");
  expectError("'ab'", "1:1", "more than one character in rune literal");
  expectError("'a\n", "1:3", "newline in rune literal");
  expectError("'\\", "1:1", "rune literal not terminated");
  expectError("\"abc\n", "1:5", "newline in string");
  expectError("\"abc", "1:1", "string not terminated");
  expectError("`abc", "1:1", "string not terminated");
  expectError("\"\\q\"", "1:3", "unknown escape");
  expectError("\"\\xZZ\"", "1:4", "invalid character 'Z' in hexadecimal escape");
  expectError("\"\\08\"", "1:4", "invalid character '8' in octal escape");
  expectError("\"\\400\"", "1:6", "octal escape value 256 > 255");
  expectError("\"\\uD800\"", "1:8",
              "escape is invalid Unicode code point U+D800");
  expectError("'\\\"'", "1:3", "unknown escape");
}

TEST_F(LexerTest, CharacterErrors) {
  expectError("a @", "1:3", "invalid character U+0040 '@'");
  expectError("a\xC2\xB7" "b", "1:2",
              "invalid character U+00B7 '\xC2\xB7' in identifier");
  expectError("\xD9\xA1x", "1:1",
              "identifier cannot begin with digit U+0661 '\xD9\xA1'");
  expectError(llvm::StringRef("x // a\0b", 8), "1:7", "invalid NUL character");
  expectError("x\n\xEF\xBB\xBFy", "2:1",
              "invalid BOM in the middle of the file");
  expectError("\"\xFF\"", "1:2", "invalid UTF-8 encoding");
  expectError("/* abc", "1:1", "comment not terminated");
}

TEST_F(LexerTest, LeadingBOMIsSkipped) {
  auto R = lex("\xEF\xBB\xBFpackage p");
  ASSERT_EQ(R.size(), 4u);
  EXPECT_EQ(R[0].Kind, Tok::Package);
  EXPECT_EQ(R[0].Col, 4u);
  EXPECT_EQ(errors(), "");
}

TEST_F(LexerTest, UnicodeIdentifiers) {
  auto R = lex("\xE6\x97\xA5\xE6\x9C\xAC x\xCE\xB1\xD9\xA1 _");
  ASSERT_EQ(R.size(), 5u);
  EXPECT_EQ(R[0].Kind, Tok::Name);
  EXPECT_EQ(R[0].Text, "\xE6\x97\xA5\xE6\x9C\xAC");
  EXPECT_EQ(R[1].Text, "x\xCE\xB1\xD9\xA1");
  EXPECT_EQ(R[1].Col, 8u);
  EXPECT_EQ(R[2].Text, "_");
  EXPECT_EQ(errors(), "");
}

TEST_F(LexerTest, SemicolonInsertion) {
  auto R = lex("x\n1\n)\n]\n}\ni++\nreturn\nbreak\ncontinue\nfallthrough\n"
               "+\nfunc\n'a'\n`s`\n");
  std::vector<std::pair<Tok, std::string>> Want = {
      {Tok::Name, "x"},         {Tok::Semi, "newline"},
      {Tok::Literal, "1"},      {Tok::Semi, "newline"},
      {Tok::Rparen, ""},        {Tok::Semi, "newline"},
      {Tok::Rbrack, ""},        {Tok::Semi, "newline"},
      {Tok::Rbrace, ""},        {Tok::Semi, "newline"},
      {Tok::Name, "i"},         {Tok::IncOp, "+"},
      {Tok::Semi, "newline"},   {Tok::Return, ""},
      {Tok::Semi, "newline"},   {Tok::Break, ""},
      {Tok::Semi, "newline"},   {Tok::Continue, ""},
      {Tok::Semi, "newline"},   {Tok::Fallthrough, ""},
      {Tok::Semi, "newline"},   {Tok::Operator, "+"},
      {Tok::Func, ""},          {Tok::Literal, "'a'"},
      {Tok::Semi, "newline"},   {Tok::Literal, "`s`"},
      {Tok::Semi, "newline"},   {Tok::Eof, ""},
  };
  ASSERT_EQ(R.size(), Want.size());
  for (size_t I = 0; I != Want.size(); ++I) {
    EXPECT_EQ(R[I].Kind, Want[I].first) << I;
    EXPECT_EQ(R[I].Text, Want[I].second) << I;
  }
}

TEST_F(LexerTest, SemicolonAtEOFAndComments) {
  auto R = lex("x");
  ASSERT_EQ(R.size(), 3u);
  EXPECT_EQ(R[1].Kind, Tok::Semi);
  EXPECT_EQ(R[1].Text, "EOF");

  // A line comment keeps its newline; the semicolon is at the newline.
  R = lex("x // c\ny");
  ASSERT_GE(R.size(), 2u);
  EXPECT_EQ(R[1].Kind, Tok::Semi);
  EXPECT_EQ(R[1].Col, 7u);

  // A multi-line block comment acts as a newline, positioned at the comment.
  R = lex("x /* a\nb */ y");
  ASSERT_GE(R.size(), 3u);
  EXPECT_EQ(R[1].Kind, Tok::Semi);
  EXPECT_EQ(R[1].Text, "newline");
  EXPECT_EQ(R[1].Col, 3u);
  EXPECT_EQ(R[2].Text, "y");

  // A single-line block comment does not.
  R = lex("x /* a */ y");
  ASSERT_GE(R.size(), 2u);
  EXPECT_EQ(R[1].Text, "y");

  // Explicit semicolons say so.
  R = lex("x;");
  EXPECT_EQ(R[1].Text, "semicolon");
}

TEST_F(LexerTest, Operators) {
  auto R = lex("+ += ++ - -= -- * *= / /= % %= & &= && &^ &^= | |= || ^ ^= "
               "<< <<= >> >>= < <= > >= == != ! = := <- ~ ... . , ; : ( ) [ "
               "] { }");
  std::vector<Tok> Want = {
      Tok::Operator, Tok::AssignOp, Tok::IncOp,    Tok::Operator,
      Tok::AssignOp, Tok::IncOp,    Tok::Star,     Tok::AssignOp,
      Tok::Operator, Tok::AssignOp, Tok::Operator, Tok::AssignOp,
      Tok::Operator, Tok::AssignOp, Tok::Operator, Tok::Operator,
      Tok::AssignOp, Tok::Operator, Tok::AssignOp, Tok::Operator,
      Tok::Operator, Tok::AssignOp, Tok::Operator, Tok::AssignOp,
      Tok::Operator, Tok::AssignOp, Tok::Operator, Tok::Operator,
      Tok::Operator, Tok::Operator, Tok::Operator, Tok::Operator,
      Tok::Operator, Tok::Assign,   Tok::Define,   Tok::Arrow,
      Tok::Operator, Tok::DotDotDot, Tok::Dot,     Tok::Comma,
      Tok::Semi,     Tok::Colon,    Tok::Lparen,   Tok::Rparen,
      Tok::Lbrack,   Tok::Rbrack,   Tok::Lbrace,   Tok::Rbrace,
  };
  ASSERT_GE(R.size(), Want.size());
  for (size_t I = 0; I != Want.size(); ++I)
    EXPECT_EQ(R[I].Kind, Want[I]) << I;
  EXPECT_EQ(R[15].Text, "&^");
  EXPECT_EQ(R[22].Text, "<<");
  EXPECT_EQ(errors(), "");
}

TEST_F(LexerTest, Keywords) {
  auto R = lex("break case chan const continue default defer else "
               "fallthrough for func go goto if import interface map package "
               "range return select struct switch type var breaks x");
  for (size_t I = 0; I != 25; ++I)
    EXPECT_NE(R[I].Kind, Tok::Name) << I;
  EXPECT_EQ(R[25].Kind, Tok::Name);
  EXPECT_EQ(R[26].Kind, Tok::Name);
}

TEST_F(LexerTest, Positions) {
  auto R = lex("package p\n\nfunc\tf() {\n\t\tx := 1\n}\n");
  // package p ; func f ( ) { x := 1 ; } ; EOF
  ASSERT_EQ(R.size(), 15u);
  EXPECT_EQ(R[0].Line, 1u);
  EXPECT_EQ(R[0].Col, 1u);
  EXPECT_EQ(R[1].Col, 9u);
  EXPECT_EQ(R[2].Col, 10u); // the newline
  EXPECT_EQ(R[3].Line, 3u);
  EXPECT_EQ(R[4].Col, 6u); // a tab counts as one column
  EXPECT_EQ(R[8].Line, 4u);
  EXPECT_EQ(R[8].Col, 3u);
  EXPECT_EQ(R[9].Col, 5u);
  EXPECT_EQ(R[10].Col, 8u);
}

TEST_F(LexerTest, Directives) {
  lex("//go:noinline\nfunc f() {}\nvar x int //go:nosplit\n  //go:linkname a b\n"
      "// go:notadirective\n/*go:no*/");
  ASSERT_EQ(Directives.size(), 3u);
  EXPECT_EQ(Directives[0], "1:3 go:noinline");
  EXPECT_EQ(Directives[1], "3:13 !go:nosplit");
  EXPECT_EQ(Directives[2], "4:5 go:linkname a b");
}

} // namespace
