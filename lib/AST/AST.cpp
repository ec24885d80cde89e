//===- AST.cpp - Go syntax trees ------------------------------------------===//

#include "goscape/AST/AST.h"

#include "llvm/Support/ErrorHandling.h"

using namespace goscape;

llvm::StringRef goscape::getNodeKindName(NodeKind K) {
  switch (K) {
#define GS_NODE(Name)                                                          \
  case NodeKind::Name:                                                         \
    return #Name;
#include "goscape/AST/ASTNodes.def"
  }
  llvm_unreachable("covered switch over node kinds");
}

llvm::StringRef goscape::getOperatorSpelling(Operator Op) {
  switch (Op) {
  case Operator::None: return "";
  case Operator::Def: return ":";
  case Operator::Not: return "!";
  case Operator::Recv: return "<-";
  case Operator::Tilde: return "~";
  case Operator::OrOr: return "||";
  case Operator::AndAnd: return "&&";
  case Operator::Eql: return "==";
  case Operator::Neq: return "!=";
  case Operator::Lss: return "<";
  case Operator::Leq: return "<=";
  case Operator::Gtr: return ">";
  case Operator::Geq: return ">=";
  case Operator::Add: return "+";
  case Operator::Sub: return "-";
  case Operator::Or: return "|";
  case Operator::Xor: return "^";
  case Operator::Mul: return "*";
  case Operator::Div: return "/";
  case Operator::Rem: return "%";
  case Operator::And: return "&";
  case Operator::AndNot: return "&^";
  case Operator::Shl: return "<<";
  case Operator::Shr: return ">>";
  }
  llvm_unreachable("covered switch over operators");
}

// gc's StartPos: walk down the leftmost operand for the nodes whose own
// position is not their first byte.
SourceLoc Node::getStartLoc() const {
  const Node *N = this;
  while (true) {
    switch (N->getKind()) {
    case NodeKind::CompositeLit:
      if (Expr *T = llvm::cast<CompositeLit>(N)->getTypeExpr()) {
        N = T;
        continue;
      }
      return N->getLoc();
    case NodeKind::SelectorExpr:
      N = llvm::cast<SelectorExpr>(N)->getX();
      continue;
    case NodeKind::IndexExpr:
      N = llvm::cast<IndexExpr>(N)->getX();
      continue;
    case NodeKind::AssertExpr:
      N = llvm::cast<AssertExpr>(N)->getX();
      continue;
    case NodeKind::TypeSwitchGuard: {
      auto *G = llvm::cast<TypeSwitchGuard>(N);
      N = G->getLhs() ? static_cast<const Node *>(G->getLhs()) : G->getX();
      continue;
    }
    case NodeKind::Operation: {
      auto *Op = llvm::cast<Operation>(N);
      if (Op->isUnary())
        return N->getLoc();
      N = Op->getX();
      continue;
    }
    case NodeKind::CallExpr:
      N = llvm::cast<CallExpr>(N)->getFun();
      continue;
    case NodeKind::ListExpr: {
      auto Elems = llvm::cast<ListExpr>(N)->getElems();
      if (Elems.empty())
        return N->getLoc();
      N = Elems.front();
      continue;
    }
    case NodeKind::SendStmt:
      N = llvm::cast<SendStmt>(N)->getChan();
      continue;
    case NodeKind::AssignStmt: {
      auto Lhs = llvm::cast<AssignStmt>(N)->getLhs();
      if (Lhs.empty())
        return N->getLoc();
      N = Lhs.front();
      continue;
    }
    case NodeKind::RangeClause: {
      auto *R = llvm::cast<RangeClause>(N);
      if (!R->getLhs().empty())
        N = R->getLhs().front();
      else
        N = R->getX();
      continue;
    }
    // gc leaves these uncorrected, even where the node's own position is not
    // its first byte (a KeyValueExpr is at its `:`).
    case NodeKind::File:
    case NodeKind::Field:
    case NodeKind::KeyValueExpr:
    case NodeKind::ExprStmt:
    case NodeKind::CaseClause:
    case NodeKind::CommClause:
    case NodeKind::ImportDecl:
    case NodeKind::ConstDecl:
    case NodeKind::TypeDecl:
    case NodeKind::VarDecl:
    case NodeKind::FuncDecl:
    case NodeKind::BadExpr:
    case NodeKind::Name:
    case NodeKind::BasicLit:
    case NodeKind::FuncLit:
    case NodeKind::ParenExpr:
    case NodeKind::SliceExpr:
    case NodeKind::ArrayType:
    case NodeKind::SliceType:
    case NodeKind::DotsType:
    case NodeKind::StructType:
    case NodeKind::InterfaceType:
    case NodeKind::FuncType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
    case NodeKind::EmptyStmt:
    case NodeKind::LabeledStmt:
    case NodeKind::BlockStmt:
    case NodeKind::DeclStmt:
    case NodeKind::BranchStmt:
    case NodeKind::CallStmt:
    case NodeKind::ReturnStmt:
    case NodeKind::IfStmt:
    case NodeKind::ForStmt:
    case NodeKind::SwitchStmt:
    case NodeKind::SelectStmt:
      return N->getLoc();
    }
    llvm_unreachable("covered switch over node kinds");
  }
}
