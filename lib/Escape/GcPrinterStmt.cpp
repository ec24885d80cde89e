//===- GcPrinterStmt.cpp - Statements as gc prints them ---------------------===//
//
// Assignments, statement lists, declarations and the other nodes gc's
// -m lines and inlining bodies print, as gc 1.19's stmtFmt does.
//
//===----------------------------------------------------------------------===//

#include "GcPrinter.h"

using namespace goscape;
using namespace goscape::escape;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

void GcPrinter::assign(const AssignStmt *A) {
  // gc's front end makes `x++` the assignment `x += 1`.
  if (A->isIncDec()) {
    expr(A->getLhs()[0], PrecNone);
    OS << (A->getOp() == Operator::Add ? " += 1" : " -= 1");
    return;
  }
  list(A->getLhs());
  switch (A->getOp()) {
  case Operator::None:
    OS << " = ";
    break;
  case Operator::Def:
    OS << " := ";
    break;
  default:
    OS << ' ' << getOperatorSpelling(A->getOp()) << "= ";
    break;
  }
  list(A->getRhs());
}

void GcPrinter::stmts(llvm::ArrayRef<Stmt *> List) {
  // gc joins a statement list with "; " (empty statements have no node).
  bool First = true;
  for (const Stmt *S : List) {
    if (isa<EmptyStmt>(S))
      continue;
    if (!First)
      OS << "; ";
    First = false;
    node(S);
  }
}

void GcPrinter::declStmt(const DeclStmt *D) {
  // gc declares each variable (`var x T`) and assigns it its value right
  // after, the zero value as `x = <nil>`; the results of a multi-value
  // call are assigned once all its variables are declared. A constant
  // declares each name.
  bool First = true;
  auto Declare = [&](const Name *N) {
    if (!First)
      OS << "; ";
    First = false;
    OS << "var " << N->getValue() << ' ';
    printGcType(OS, N->getObject() ? N->getObject()->getType() : nullptr);
  };
  for (const Decl *Dl : D->getDecls()) {
    // gc keeps a declaration node per constant, which it has no text for.
    if (auto *C = dyn_cast<ConstDecl>(Dl)) {
      for (size_t I = 0; I != C->getNames().size(); ++I) {
        if (!First)
          OS << "; ";
        First = false;
        OS << "<node DCLCONST>";
      }
      continue;
    }
    auto *V = dyn_cast<VarDecl>(Dl);
    if (!V)
      continue;
    llvm::ArrayRef<Name *> Names = V->getNames();
    llvm::ArrayRef<Expr *> Values = V->getValues();
    if (!Values.empty() && Values.size() != Names.size()) {
      for (const Name *N : Names)
        Declare(N);
      OS << "; ";
      node(V);
      continue;
    }
    for (size_t I = 0; I != Names.size(); ++I) {
      Declare(Names[I]);
      OS << "; " << Names[I]->getValue() << " = ";
      if (Values.empty())
        OS << "<nil>";
      else
        expr(Values[I], PrecNone);
    }
  }
}

void GcPrinter::node(const Node *N) {
  if (auto *E = dyn_cast<Expr>(N)) {
    expr(E, PrecNone);
    return;
  }
  switch (N->getKind()) {
  case NodeKind::AssignStmt:
    assign(cast<AssignStmt>(N));
    return;
  case NodeKind::VarDecl: {
    // gc turns `var a, b = x, y` into a plain assignment.
    auto *V = cast<VarDecl>(N);
    auto Names = V->getNames();
    for (size_t I = 0; I != Names.size(); ++I) {
      if (I)
        OS << ", ";
      OS << Names[I]->getValue();
    }
    OS << " = ";
    list(V->getValues());
    return;
  }
  case NodeKind::ReturnStmt:
    OS << "return ";
    list(cast<ReturnStmt>(N)->getResults());
    return;
  case NodeKind::SendStmt:
    expr(cast<SendStmt>(N)->getChan(), PrecSend);
    OS << " <- ";
    expr(cast<SendStmt>(N)->getValue(), PrecSend + 1);
    return;
  case NodeKind::CallStmt:
    OS << (cast<CallStmt>(N)->isDefer() ? "defer " : "go ");
    expr(cast<CallStmt>(N)->getCall(), PrecNone);
    return;
  case NodeKind::ExprStmt:
    expr(cast<ExprStmt>(N)->getX(), PrecNone);
    return;
  case NodeKind::ForStmt:
  case NodeKind::RangeClause:
    OS << "for loop";
    return;
  case NodeKind::CaseClause: {
    auto *C = cast<CaseClause>(N);
    if (C->isDefault()) {
      OS << "default";
    } else {
      OS << "case ";
      list(C->getCases());
    }
    OS << ": ";
    stmts(C->getBody());
    return;
  }
  case NodeKind::BlockStmt:
    stmts(cast<BlockStmt>(N)->getList());
    return;
  case NodeKind::IfStmt: {
    auto *I = cast<IfStmt>(N);
    OS << "if ";
    // gc prints no init that declares variables (its declarations make
    // the init more than one statement).
    auto *InitAssign = dyn_cast_or_null<AssignStmt>(I->getInit());
    if (I->getInit() && !(InitAssign && InitAssign->isDefine())) {
      node(I->getInit());
      OS << "; ";
    }
    expr(I->getCond(), PrecNone);
    // gc's deadcode empties the branch a constant condition never takes.
    const Constant *C = I->getCond()->getConstValue();
    bool Const = C && C->getKind() == ConstKind::Bool;
    OS << " { ";
    if (!Const || C->getBool())
      node(I->getThen());
    OS << " }";
    if (I->getElse() && (!Const || !C->getBool())) {
      OS << " else { ";
      node(I->getElse());
      OS << " }";
    }
    return;
  }
  case NodeKind::BranchStmt: {
    auto *B = cast<BranchStmt>(N);
    static const char *const Names[] = {"break", "continue", "goto",
                                        "fallthrough"};
    OS << Names[unsigned(B->getBranchKind())];
    if (B->getLabel())
      OS << ' ' << B->getLabel()->getValue();
    return;
  }
  case NodeKind::LabeledStmt: {
    // gc's label is a statement of its own, before the labeled one.
    auto *L = cast<LabeledStmt>(N);
    OS << L->getLabel()->getValue() << ": ";
    if (L->getBody() && !isa<EmptyStmt>(L->getBody())) {
      OS << "; ";
      node(L->getBody());
    }
    return;
  }
  case NodeKind::DeclStmt:
    declStmt(cast<DeclStmt>(N));
    return;
  case NodeKind::SwitchStmt:
    OS << "switch statement";
    return;
  case NodeKind::SelectStmt:
    OS << "select statement";
    return;
  default:
    OS << '<' << getNodeKindName(N->getKind()) << '>';
    return;
  }
}
