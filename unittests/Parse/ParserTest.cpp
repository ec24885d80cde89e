//===- ParserTest.cpp - Tests of the parser's trees -----------------------===//
//
// Properties of the trees that the printed form does not show directly:
// shared field types, groups and iota indices, pragmas on declarations, and
// gc's positions.
//
//===----------------------------------------------------------------------===//

#include "goscape/Parse/Parser.h"

#include "gtest/gtest.h"

using namespace goscape;

namespace {

class ParserTest : public ::testing::Test {
protected:
  ParserTest() : Diags(SM) {}

  File *parse(llvm::StringRef Src) {
    FileId Id = SM.addBuffer("x.go", Src);
    return parseFile(Ctx, SM, Diags, Id);
  }
  std::string pos(const Node *N) {
    PresumedLoc P = SM.getPresumedLoc(N->getLoc());
    return std::to_string(P.Line) + ":" + std::to_string(P.Column);
  }

  SourceManager SM;
  DiagnosticEngine Diags;
  ASTContext Ctx;
};

TEST_F(ParserTest, ConstGroupsAndIota) {
  File *F = parse("package p\nconst (\n\tA = iota\n\tB\n\tC, D\n)\nconst E = 1\n");
  ASSERT_FALSE(Diags.hasErrors());
  ASSERT_EQ(F->getDecls().size(), 4u);
  auto *A = llvm::cast<ConstDecl>(F->getDecls()[0]);
  auto *C = llvm::cast<ConstDecl>(F->getDecls()[2]);
  auto *E = llvm::cast<ConstDecl>(F->getDecls()[3]);
  EXPECT_NE(A->getGroup(), 0u);
  EXPECT_EQ(A->getGroup(), C->getGroup());
  EXPECT_EQ(C->getIota(), 2u);
  EXPECT_EQ(C->getNames().size(), 2u);
  EXPECT_TRUE(C->getValues().empty());
  EXPECT_EQ(E->getGroup(), 0u);
}

TEST_F(ParserTest, SharedFieldTypes) {
  File *F = parse("package p\nfunc f(a, b int, c string) {}\n");
  ASSERT_FALSE(Diags.hasErrors());
  auto *FD = llvm::cast<FuncDecl>(F->getDecls()[0]);
  auto Params = FD->getFuncType()->getParams();
  ASSERT_EQ(Params.size(), 3u);
  EXPECT_EQ(Params[0]->getTypeExpr(), Params[1]->getTypeExpr());
  EXPECT_NE(Params[1]->getTypeExpr(), Params[2]->getTypeExpr());
  EXPECT_EQ(pos(Params[1]), "2:11");
}

TEST_F(ParserTest, UnnamedParametersAreTypes) {
  File *F = parse("package p\nfunc f(int, string) {}\n");
  auto *FD = llvm::cast<FuncDecl>(F->getDecls()[0]);
  auto Params = FD->getFuncType()->getParams();
  ASSERT_EQ(Params.size(), 2u);
  EXPECT_EQ(Params[0]->getName(), nullptr);
  EXPECT_EQ(llvm::cast<Name>(Params[0]->getTypeExpr())->getValue(), "int");
}

TEST_F(ParserTest, PragmasOnFuncDecls) {
  File *F = parse("package p\n//go:noinline\n//go:nosplit\nfunc f() {}\n"
                  "func g() {}\n//go:noescape\nfunc h(*int)\n");
  ASSERT_FALSE(Diags.hasErrors());
  ASSERT_EQ(F->getDecls().size(), 3u);
  EXPECT_EQ(F->getDecls()[0]->getPragmas(), PragmaNoinline | PragmaNosplit);
  EXPECT_EQ(F->getDecls()[1]->getPragmas(), 0u);
  EXPECT_EQ(F->getDecls()[2]->getPragmas(), uint32_t(PragmaNoescape));
  EXPECT_EQ(llvm::cast<FuncDecl>(F->getDecls()[2])->getBody(), nullptr);
}

TEST_F(ParserTest, TypeSwitchGuard) {
  File *F = parse("package p\nfunc f(x any) {\n\tswitch v := x.(type) {\n\t}\n}\n");
  ASSERT_FALSE(Diags.hasErrors());
  auto *FD = llvm::cast<FuncDecl>(F->getDecls()[0]);
  auto *S = llvm::cast<SwitchStmt>(FD->getBody()->getList()[0]);
  ASSERT_TRUE(S->isTypeSwitch());
  auto *G = llvm::cast<TypeSwitchGuard>(S->getTag());
  ASSERT_NE(G->getLhs(), nullptr);
  EXPECT_EQ(G->getLhs()->getValue(), "v");
  EXPECT_EQ(pos(G), "3:15");
  EXPECT_EQ(SM.getPresumedLoc(G->getStartLoc()).Column, 9u);
}

TEST_F(ParserTest, GenericsAreRecorded) {
  File *F = parse("package p\ntype L[T any] struct{}\nfunc M[T any]() {}\n"
                  "var _ L[int]\ntype A [N]int\n");
  ASSERT_FALSE(Diags.hasErrors());
  EXPECT_TRUE(llvm::cast<TypeDecl>(F->getDecls()[0])->hasTypeParams());
  EXPECT_TRUE(llvm::cast<FuncDecl>(F->getDecls()[1])->hasTypeParams());
  auto *V = llvm::cast<VarDecl>(F->getDecls()[2]);
  EXPECT_TRUE(llvm::isa<IndexExpr>(V->getTypeExpr()));
  EXPECT_FALSE(llvm::cast<TypeDecl>(F->getDecls()[3])->hasTypeParams());
  EXPECT_TRUE(
      llvm::isa<ArrayType>(llvm::cast<TypeDecl>(F->getDecls()[3])->getTypeExpr()));
}

TEST_F(ParserTest, StructTags) {
  File *F = parse("package p\ntype T struct {\n\ta int\n\tb, c int `t`\n}\n");
  auto *S = llvm::cast<StructType>(
      llvm::cast<TypeDecl>(F->getDecls()[0])->getTypeExpr());
  ASSERT_EQ(S->getFields().size(), 3u);
  EXPECT_EQ(S->getTag(0), nullptr);
  ASSERT_NE(S->getTag(1), nullptr);
  EXPECT_EQ(S->getTag(1), S->getTag(2));
  EXPECT_EQ(S->getTag(1)->getValue(), "`t`");
}

TEST_F(ParserTest, AlwaysReturnsAFile) {
  File *F = parse("func f() {}\n");
  ASSERT_NE(F, nullptr);
  EXPECT_TRUE(Diags.hasSyntaxErrors());
}

} // namespace
