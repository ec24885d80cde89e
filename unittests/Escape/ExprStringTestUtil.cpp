//===- ExprStringTestUtil.cpp - Checking snippets for ExprString tests ----===//

#include "ExprStringTestUtil.h"

#include "goscape/Parse/Parser.h"

#include "llvm/Support/raw_ostream.h"

using namespace goscape;
using namespace goscape::testing;
using llvm::cast;

CheckedSnippet::CheckedSnippet(const std::string &Source) {
  FileId Id = SM.addBuffer("x.go", Source);
  File *F = parseFile(Ctx, SM, Diags, Id);
  Ctx.addFile(F);
  if (!Diags.hasErrors())
    Checked = checkPackage(Ctx, SM, Types, Consts, Diags);
  llvm::raw_string_ostream OS(Errors);
  Diags.flush(OS);
  if (F)
    for (const Decl *D : F->getDecls())
      index(D);
}

const std::vector<const Node *> &CheckedSnippet::nodesAt(unsigned Line,
                                                         unsigned Col) const {
  static const std::vector<const Node *> None;
  auto It = ByLoc.find({Line, Col});
  return It == ByLoc.end() ? None : It->second;
}

const std::vector<const Node *> &
CheckedSnippet::nodesOnLine(unsigned Line) const {
  static const std::vector<const Node *> None;
  auto It = ByLine.find(Line);
  return It == ByLine.end() ? None : It->second;
}

void CheckedSnippet::index(const Node *N) {
  if (!N)
    return;
  SourceLoc Loc = N->getLoc();
  // Parentheses have no node in gc; the inner expression carries the
  // position.
  if (N->getKind() != NodeKind::ParenExpr) {
    PresumedLoc P = SM.getPresumedLoc(Loc);
    ByLoc[{P.Line, P.Column}].push_back(N);
    ByLine[P.Line].push_back(N);
    unsigned StartLine = SM.getPresumedLoc(N->getStartLoc()).Line;
    if (StartLine != P.Line)
      ByLine[StartLine].push_back(N);
  }
  auto All = [&](auto List) {
    for (const Node *C : List)
      index(C);
  };
  switch (N->getKind()) {
  case NodeKind::Field:
    index(cast<Field>(N)->getName());
    index(cast<Field>(N)->getTypeExpr());
    return;
  case NodeKind::VarDecl:
    All(cast<VarDecl>(N)->getNames());
    All(cast<VarDecl>(N)->getValues());
    return;
  case NodeKind::ConstDecl:
    All(cast<ConstDecl>(N)->getValues());
    return;
  case NodeKind::FuncDecl: {
    auto *D = cast<FuncDecl>(N);
    index(D->getRecv());
    index(D->getFuncType());
    index(D->getBody());
    return;
  }
  case NodeKind::CompositeLit:
    index(cast<CompositeLit>(N)->getTypeExpr());
    All(cast<CompositeLit>(N)->getElems());
    return;
  case NodeKind::KeyValueExpr:
    index(cast<KeyValueExpr>(N)->getKey());
    index(cast<KeyValueExpr>(N)->getValue());
    return;
  case NodeKind::FuncLit:
    index(cast<FuncLit>(N)->getFuncType());
    index(cast<FuncLit>(N)->getBody());
    return;
  case NodeKind::ParenExpr:
    index(cast<ParenExpr>(N)->getX());
    return;
  case NodeKind::SelectorExpr:
    index(cast<SelectorExpr>(N)->getX());
    return;
  case NodeKind::IndexExpr:
    index(cast<IndexExpr>(N)->getX());
    index(cast<IndexExpr>(N)->getIndex());
    return;
  case NodeKind::SliceExpr: {
    auto *S = cast<SliceExpr>(N);
    index(S->getX());
    index(S->getLow());
    index(S->getHigh());
    index(S->getMax());
    return;
  }
  case NodeKind::AssertExpr:
    index(cast<AssertExpr>(N)->getX());
    return;
  case NodeKind::TypeSwitchGuard:
    index(cast<TypeSwitchGuard>(N)->getLhs());
    index(cast<TypeSwitchGuard>(N)->getX());
    return;
  case NodeKind::Operation:
    index(cast<Operation>(N)->getX());
    index(cast<Operation>(N)->getY());
    return;
  case NodeKind::CallExpr:
    index(cast<CallExpr>(N)->getFun());
    All(cast<CallExpr>(N)->getArgs());
    return;
  case NodeKind::FuncType:
    All(cast<FuncType>(N)->getParams());
    All(cast<FuncType>(N)->getResults());
    return;
  case NodeKind::LabeledStmt:
    index(cast<LabeledStmt>(N)->getBody());
    return;
  case NodeKind::BlockStmt:
    All(cast<BlockStmt>(N)->getList());
    return;
  case NodeKind::ExprStmt:
    index(cast<ExprStmt>(N)->getX());
    return;
  case NodeKind::SendStmt:
    index(cast<SendStmt>(N)->getChan());
    index(cast<SendStmt>(N)->getValue());
    return;
  case NodeKind::DeclStmt:
    All(cast<DeclStmt>(N)->getDecls());
    return;
  case NodeKind::AssignStmt:
    All(cast<AssignStmt>(N)->getLhs());
    All(cast<AssignStmt>(N)->getRhs());
    return;
  case NodeKind::CallStmt:
    index(cast<CallStmt>(N)->getCall());
    return;
  case NodeKind::ReturnStmt:
    All(cast<ReturnStmt>(N)->getResults());
    return;
  case NodeKind::IfStmt: {
    auto *I = cast<IfStmt>(N);
    index(I->getInit());
    index(I->getCond());
    index(I->getThen());
    index(I->getElse());
    return;
  }
  case NodeKind::ForStmt: {
    auto *F = cast<ForStmt>(N);
    index(F->getInit());
    index(F->getCond());
    index(F->getPost());
    index(F->getBody());
    return;
  }
  case NodeKind::RangeClause:
    All(cast<RangeClause>(N)->getLhs());
    index(cast<RangeClause>(N)->getX());
    return;
  case NodeKind::SwitchStmt: {
    auto *S = cast<SwitchStmt>(N);
    index(S->getInit());
    index(S->getTag());
    All(S->getBody());
    return;
  }
  case NodeKind::CaseClause:
    All(cast<CaseClause>(N)->getCases());
    All(cast<CaseClause>(N)->getBody());
    return;
  case NodeKind::SelectStmt:
    for (const CommClause *C : cast<SelectStmt>(N)->getBody()) {
      index(C->getComm());
      All(C->getBody());
    }
    return;
  default:
    return;
  }
}
