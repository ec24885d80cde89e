//===- SyntaxString.cpp - Expressions as gc prints them in messages -------===//
//
// Some of gc's syntax errors quote source constructs ("cannot use x := 0 as
// value", "unexpected []int, expecting chan"). gc renders them with its
// syntax printer in short form: operators surrounded by blanks, no
// parentheses added, composite literal elements and function bodies shown
// as `…`. This is that printer, for the node kinds that can appear there.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

#include "llvm/Support/raw_ostream.h"

using namespace goscape;

static void print(llvm::raw_ostream &OS, const Expr *E);

static void printFields(llvm::raw_ostream &OS, llvm::ArrayRef<Field *> Fs,
                        llvm::StringRef Sep) {
  for (size_t I = 0; I != Fs.size(); ++I) {
    if (I)
      OS << Sep;
    const Field *F = Fs[I];
    // Consecutive fields sharing a type print as `a, b T`.
    bool SharesNext = I + 1 < Fs.size() && F->getName() &&
                      Fs[I + 1]->getName() &&
                      Fs[I + 1]->getTypeExpr() == F->getTypeExpr();
    if (F->getName()) {
      OS << F->getName()->getValue();
      if (SharesNext) {
        continue;
      }
      OS << ' ';
    }
    print(OS, F->getTypeExpr());
  }
}

static void printSignature(llvm::raw_ostream &OS, const FuncType *F) {
  OS << '(';
  printFields(OS, F->getParams(), ", ");
  OS << ')';
  auto Rs = F->getResults();
  if (Rs.empty())
    return;
  OS << ' ';
  if (Rs.size() == 1 && !Rs[0]->getName()) {
    print(OS, Rs[0]->getTypeExpr());
    return;
  }
  OS << '(';
  printFields(OS, Rs, ", ");
  OS << ')';
}

static void printList(llvm::raw_ostream &OS, llvm::ArrayRef<Expr *> L) {
  for (size_t I = 0; I != L.size(); ++I) {
    if (I)
      OS << ", ";
    print(OS, L[I]);
  }
}

static void print(llvm::raw_ostream &OS, const Expr *E) {
  if (!E)
    return;
  switch (E->getKind()) {
  case NodeKind::BadExpr:
    OS << "BadExpr";
    return;
  case NodeKind::Name:
    OS << llvm::cast<Name>(E)->getValue();
    return;
  case NodeKind::BasicLit:
    OS << llvm::cast<BasicLit>(E)->getValue();
    return;
  case NodeKind::CompositeLit: {
    auto *C = llvm::cast<CompositeLit>(E);
    print(OS, C->getTypeExpr());
    OS << '{';
    if (!C->getElems().empty())
      OS << "\xE2\x80\xA6";
    OS << '}';
    return;
  }
  case NodeKind::KeyValueExpr: {
    auto *K = llvm::cast<KeyValueExpr>(E);
    print(OS, K->getKey());
    OS << ": ";
    print(OS, K->getValue());
    return;
  }
  case NodeKind::FuncLit: {
    auto *F = llvm::cast<FuncLit>(E);
    OS << "func";
    printSignature(OS, F->getFuncType());
    OS << " {\xE2\x80\xA6}";
    return;
  }
  case NodeKind::ParenExpr:
    OS << '(';
    print(OS, llvm::cast<ParenExpr>(E)->getX());
    OS << ')';
    return;
  case NodeKind::SelectorExpr: {
    auto *S = llvm::cast<SelectorExpr>(E);
    print(OS, S->getX());
    OS << '.' << S->getSel()->getValue();
    return;
  }
  case NodeKind::IndexExpr: {
    auto *I = llvm::cast<IndexExpr>(E);
    print(OS, I->getX());
    OS << '[';
    print(OS, I->getIndex());
    OS << ']';
    return;
  }
  case NodeKind::SliceExpr: {
    auto *S = llvm::cast<SliceExpr>(E);
    print(OS, S->getX());
    OS << '[';
    print(OS, S->getLow());
    OS << ':';
    print(OS, S->getHigh());
    if (S->isFull()) {
      OS << ':';
      print(OS, S->getMax());
    }
    OS << ']';
    return;
  }
  case NodeKind::AssertExpr: {
    auto *A = llvm::cast<AssertExpr>(E);
    print(OS, A->getX());
    OS << ".(";
    print(OS, A->getTypeExpr());
    OS << ')';
    return;
  }
  case NodeKind::TypeSwitchGuard: {
    auto *G = llvm::cast<TypeSwitchGuard>(E);
    if (G->getLhs())
      OS << G->getLhs()->getValue() << " := ";
    print(OS, G->getX());
    OS << ".(type)";
    return;
  }
  case NodeKind::Operation: {
    auto *Op = llvm::cast<Operation>(E);
    if (Op->isUnary()) {
      OS << getOperatorSpelling(Op->getOp());
      print(OS, Op->getX());
      return;
    }
    print(OS, Op->getX());
    OS << ' ' << getOperatorSpelling(Op->getOp()) << ' ';
    print(OS, Op->getY());
    return;
  }
  case NodeKind::CallExpr: {
    auto *C = llvm::cast<CallExpr>(E);
    print(OS, C->getFun());
    OS << '(';
    printList(OS, C->getArgs());
    if (C->hasDots())
      OS << "...";
    OS << ')';
    return;
  }
  case NodeKind::ListExpr:
    printList(OS, llvm::cast<ListExpr>(E)->getElems());
    return;
  case NodeKind::ArrayType: {
    auto *A = llvm::cast<ArrayType>(E);
    OS << '[';
    if (A->getLen())
      print(OS, A->getLen());
    else
      OS << "...";
    OS << ']';
    print(OS, A->getElem());
    return;
  }
  case NodeKind::SliceType:
    OS << "[]";
    print(OS, llvm::cast<SliceType>(E)->getElem());
    return;
  case NodeKind::DotsType:
    OS << "...";
    print(OS, llvm::cast<DotsType>(E)->getElem());
    return;
  case NodeKind::StructType: {
    auto *S = llvm::cast<StructType>(E);
    OS << "struct{";
    if (!S->getFields().empty())
      OS << "\xE2\x80\xA6";
    OS << '}';
    return;
  }
  case NodeKind::InterfaceType: {
    auto *I = llvm::cast<InterfaceType>(E);
    OS << "interface{";
    if (!I->getMethods().empty())
      OS << "\xE2\x80\xA6";
    OS << '}';
    return;
  }
  case NodeKind::FuncType:
    OS << "func";
    printSignature(OS, llvm::cast<FuncType>(E));
    return;
  case NodeKind::MapType: {
    auto *M = llvm::cast<MapType>(E);
    OS << "map[";
    print(OS, M->getKey());
    OS << ']';
    print(OS, M->getValue());
    return;
  }
  case NodeKind::ChanType: {
    auto *C = llvm::cast<ChanType>(E);
    switch (C->getDir()) {
    case ChanDir::Both:
      OS << "chan ";
      break;
    case ChanDir::SendOnly:
      OS << "chan<- ";
      break;
    case ChanDir::RecvOnly:
      OS << "<-chan ";
      break;
    }
    print(OS, C->getElem());
    return;
  }
  default:
    OS << getNodeKindName(E->getKind());
    return;
  }
}

std::string goscape::exprString(const Expr *E) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  print(OS, E);
  return OS.str();
}

std::string goscape::stmtString(const Stmt *S) {
  std::string Str;
  llvm::raw_string_ostream OS(Str);
  switch (S->getKind()) {
  case NodeKind::ExprStmt:
    print(OS, llvm::cast<ExprStmt>(S)->getX());
    break;
  case NodeKind::SendStmt: {
    auto *Send = llvm::cast<SendStmt>(S);
    print(OS, Send->getChan());
    OS << " <- ";
    print(OS, Send->getValue());
    break;
  }
  case NodeKind::AssignStmt: {
    auto *A = llvm::cast<AssignStmt>(S);
    printList(OS, A->getLhs());
    if (A->isIncDec()) {
      OS << getOperatorSpelling(A->getOp()) << getOperatorSpelling(A->getOp());
      break;
    }
    OS << ' ';
    if (A->isDefine())
      OS << ":=";
    else
      OS << getOperatorSpelling(A->getOp()) << '=';
    OS << ' ';
    printList(OS, A->getRhs());
    break;
  }
  case NodeKind::RangeClause: {
    auto *R = llvm::cast<RangeClause>(S);
    if (!R->getLhs().empty()) {
      printList(OS, R->getLhs());
      OS << (R->isDefine() ? " := " : " = ");
    }
    OS << "range ";
    print(OS, R->getX());
    break;
  }
  default:
    OS << getNodeKindName(S->getKind());
    break;
  }
  return OS.str();
}
