//===- ASTPrinter.cpp - Syntax trees as text ------------------------------===//
//
// One node per line: `Kind line:col` and the node's salient payload (names,
// literal values, operators, `define`, `dots`, `full`, `alias`, branch kind,
// pragmas), then the annotations the type checker added. Children are
// indented by two spaces under the parent; a child in a named field is
// prefixed by the field's label (`Fun: SelectorExpr 4:5`), and a list field
// prints its label on a line of its own with the elements indented below.
// Absent optional children are not printed.
//
//===----------------------------------------------------------------------===//

#include "goscape/AST/ASTPrinter.h"
#include "goscape/AST/Constant.h"
#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"

#include "llvm/Support/ErrorHandling.h"

using namespace goscape;

//===----------------------------------------------------------------------===//
// Type-checker annotations
//===----------------------------------------------------------------------===//

/// THE HOOK FOR THE TYPE CHECKER: prints ` type=... const=... obj=...` for an
/// expression the checker annotated (its type, constant value, and for a
/// Name its resolved Object). Prints nothing for an unannotated tree, so
/// `goscape ast` on a tree the checker has not seen shows syntax only.
/// Only this function is meant to change when annotations are added.
static void printAnnotations(const Expr &E, llvm::raw_ostream &OS) {
  // Declaration-site and use-site names print their object even when the
  // name itself carries no type (e.g. a method name in a declaration).
  const Object *Obj = nullptr;
  if (auto *N = llvm::dyn_cast<Name>(&E))
    Obj = N->getObject();
  if (!E.getType() && !Obj)
    return;
  if (const Type *T = E.getType())
    OS << " type=" << T->toString();
  if (const Constant *C = E.getConstValue())
    OS << " const=" << C->toString();
  if (!Obj)
    return;
  switch (Obj->getKind()) {
  case ObjectKind::Var:
    OS << (llvm::cast<Var>(Obj)->isField() ? " obj=field " : " obj=var ");
    break;
  case ObjectKind::Const:
    OS << " obj=const ";
    break;
  case ObjectKind::TypeName:
    OS << " obj=type ";
    break;
  case ObjectKind::Func:
    OS << " obj=func ";
    break;
  case ObjectKind::PkgName:
    OS << " obj=package ";
    break;
  case ObjectKind::Builtin:
    OS << " obj=builtin ";
    break;
  case ObjectKind::Label:
    OS << " obj=label ";
    break;
  case ObjectKind::Nil:
    OS << " obj=";
    break;
  }
  OS << Obj->getName();
}

//===----------------------------------------------------------------------===//
// The tree walk
//===----------------------------------------------------------------------===//

namespace {
class Printer {
public:
  Printer(const SourceManager &SM, llvm::raw_ostream &OS) : SM(SM), OS(OS) {}

  void file(const File &F);

private:
  void line(unsigned Indent, llvm::StringRef Label, const Node &N);
  void node(unsigned Indent, llvm::StringRef Label, const Node *N);
  template <typename T>
  void list(unsigned Indent, llvm::StringRef Label, llvm::ArrayRef<T *> L) {
    if (L.empty())
      return;
    OS.indent(Indent) << Label << ":\n";
    for (const T *N : L)
      node(Indent + 2, "", N);
  }
  void payload(const Node &N);
  void children(unsigned Indent, const Node &N);
  void pragmas(uint32_t P);

  const SourceManager &SM;
  llvm::raw_ostream &OS;
};
} // namespace

static llvm::StringRef litKindName(LitKind K) {
  switch (K) {
  case LitKind::Int: return "int";
  case LitKind::Float: return "float";
  case LitKind::Imag: return "imag";
  case LitKind::Rune: return "rune";
  case LitKind::String: return "string";
  }
  llvm_unreachable("covered switch over literal kinds");
}

static llvm::StringRef branchName(BranchKind K) {
  switch (K) {
  case BranchKind::Break: return "break";
  case BranchKind::Continue: return "continue";
  case BranchKind::Goto: return "goto";
  case BranchKind::Fallthrough: return "fallthrough";
  }
  llvm_unreachable("covered switch over branch kinds");
}

void Printer::pragmas(uint32_t P) {
  static const struct {
    uint32_t Bit;
    const char *Name;
  } Names[] = {
      {PragmaNoescape, "noescape"},
      {PragmaNoinline, "noinline"},
      {PragmaNosplit, "nosplit"},
      {PragmaNoCheckPtr, "nocheckptr"},
      {PragmaUintptrEscapes, "uintptrescapes"},
      {PragmaUintptrKeepAlive, "uintptrkeepalive"},
      {PragmaNoWriteBarrier, "nowritebarrier"},
      {PragmaLinkname, "linkname"},
  };
  for (const auto &N : Names)
    if (P & N.Bit)
      OS << " go:" << N.Name;
}

void Printer::payload(const Node &N) {
  switch (N.getKind()) {
  case NodeKind::File:
    OS << " package " << llvm::cast<File>(N).getPkgName()->getValue();
    return;
  case NodeKind::Name:
    OS << ' ' << llvm::cast<Name>(N).getValue();
    return;
  case NodeKind::BasicLit: {
    auto &B = llvm::cast<BasicLit>(N);
    OS << ' ' << litKindName(B.getLitKind()) << ' ' << B.getValue();
    if (B.isBad())
      OS << " bad";
    return;
  }
  case NodeKind::CompositeLit:
    if (unsigned K = llvm::cast<CompositeLit>(N).getNumKeys())
      OS << " keys=" << K;
    return;
  case NodeKind::Operation:
    OS << ' ' << getOperatorSpelling(llvm::cast<Operation>(N).getOp());
    return;
  case NodeKind::CallExpr:
    if (llvm::cast<CallExpr>(N).hasDots())
      OS << " dots";
    return;
  case NodeKind::SliceExpr:
    if (llvm::cast<SliceExpr>(N).isFull())
      OS << " full";
    return;
  case NodeKind::ChanType:
    switch (llvm::cast<ChanType>(N).getDir()) {
    case ChanDir::Both:
      OS << " both";
      return;
    case ChanDir::SendOnly:
      OS << " send";
      return;
    case ChanDir::RecvOnly:
      OS << " recv";
      return;
    }
    return;
  case NodeKind::ImportDecl:
  case NodeKind::VarDecl:
  case NodeKind::FuncDecl:
    break;
  case NodeKind::ConstDecl: {
    auto &C = llvm::cast<ConstDecl>(N);
    if (C.getGroup())
      OS << " iota=" << C.getIota();
    break;
  }
  case NodeKind::TypeDecl: {
    auto &T = llvm::cast<TypeDecl>(N);
    OS << ' ' << T.getName()->getValue();
    if (T.isAlias())
      OS << " alias";
    if (T.hasTypeParams())
      OS << " tparams";
    break;
  }
  case NodeKind::AssignStmt: {
    auto &A = llvm::cast<AssignStmt>(N);
    llvm::StringRef Op = getOperatorSpelling(A.getOp());
    if (A.isIncDec())
      OS << ' ' << Op << Op;
    else if (A.isDefine())
      OS << " := define";
    else
      OS << ' ' << Op << '=';
    return;
  }
  case NodeKind::BranchStmt:
    OS << ' ' << branchName(llvm::cast<BranchStmt>(N).getBranchKind());
    return;
  case NodeKind::CallStmt:
    OS << (llvm::cast<CallStmt>(N).isDefer() ? " defer" : " go");
    return;
  case NodeKind::RangeClause:
    if (llvm::cast<RangeClause>(N).isDefine())
      OS << " define";
    return;
  case NodeKind::CaseClause:
    if (llvm::cast<CaseClause>(N).isDefault())
      OS << " default";
    return;
  case NodeKind::CommClause:
    if (llvm::cast<CommClause>(N).isDefault())
      OS << " default";
    return;
  default:
    return;
  }
  // Declarations: group and pragmas.
  auto &D = llvm::cast<Decl>(N);
  if (D.getGroup())
    OS << " group=" << D.getGroup();
  pragmas(D.getPragmas());
}

void Printer::line(unsigned Indent, llvm::StringRef Label, const Node &N) {
  OS.indent(Indent);
  if (!Label.empty())
    OS << Label << ": ";
  PresumedLoc P = SM.getPresumedLoc(N.getLoc());
  OS << getNodeKindName(N.getKind()) << ' ' << P.Line << ':' << P.Column;
  payload(N);
  if (auto *E = llvm::dyn_cast<Expr>(&N))
    printAnnotations(*E, OS);
  OS << '\n';
}

void Printer::node(unsigned Indent, llvm::StringRef Label, const Node *N) {
  if (!N)
    return;
  line(Indent, Label, *N);
  children(Indent + 2, *N);
}

void Printer::children(unsigned I, const Node &N) {
  switch (N.getKind()) {
  case NodeKind::File:
    list(I, "Decls", llvm::cast<File>(N).getDecls());
    return;
  case NodeKind::Field: {
    auto &F = llvm::cast<Field>(N);
    node(I, "Name", F.getName());
    node(I, "Type", F.getTypeExpr());
    return;
  }
  case NodeKind::CaseClause: {
    auto &C = llvm::cast<CaseClause>(N);
    list(I, "Cases", C.getCases());
    list(I, "Body", C.getBody());
    return;
  }
  case NodeKind::CommClause: {
    auto &C = llvm::cast<CommClause>(N);
    node(I, "Comm", C.getComm());
    list(I, "Body", C.getBody());
    return;
  }
  case NodeKind::ImportDecl: {
    auto &D = llvm::cast<ImportDecl>(N);
    node(I, "LocalName", D.getLocalName());
    node(I, "Path", D.getPath());
    return;
  }
  case NodeKind::ConstDecl: {
    auto &D = llvm::cast<ConstDecl>(N);
    list(I, "Names", D.getNames());
    node(I, "Type", D.getTypeExpr());
    list(I, "Values", D.getValues());
    return;
  }
  case NodeKind::TypeDecl:
    node(I, "Type", llvm::cast<TypeDecl>(N).getTypeExpr());
    return;
  case NodeKind::VarDecl: {
    auto &D = llvm::cast<VarDecl>(N);
    list(I, "Names", D.getNames());
    node(I, "Type", D.getTypeExpr());
    list(I, "Values", D.getValues());
    return;
  }
  case NodeKind::FuncDecl: {
    auto &D = llvm::cast<FuncDecl>(N);
    node(I, "Recv", D.getRecv());
    node(I, "Name", D.getName());
    node(I, "Type", D.getFuncType());
    node(I, "Body", D.getBody());
    return;
  }
  case NodeKind::BadExpr:
  case NodeKind::Name:
  case NodeKind::BasicLit:
    return;
  case NodeKind::CompositeLit: {
    auto &C = llvm::cast<CompositeLit>(N);
    node(I, "Type", C.getTypeExpr());
    list(I, "Elems", C.getElems());
    return;
  }
  case NodeKind::KeyValueExpr: {
    auto &K = llvm::cast<KeyValueExpr>(N);
    node(I, "Key", K.getKey());
    node(I, "Value", K.getValue());
    return;
  }
  case NodeKind::FuncLit: {
    auto &F = llvm::cast<FuncLit>(N);
    node(I, "Type", F.getFuncType());
    node(I, "Body", F.getBody());
    return;
  }
  case NodeKind::ParenExpr:
    node(I, "X", llvm::cast<ParenExpr>(N).getX());
    return;
  case NodeKind::SelectorExpr: {
    auto &S = llvm::cast<SelectorExpr>(N);
    node(I, "X", S.getX());
    node(I, "Sel", S.getSel());
    return;
  }
  case NodeKind::IndexExpr: {
    auto &X = llvm::cast<IndexExpr>(N);
    node(I, "X", X.getX());
    node(I, "Index", X.getIndex());
    return;
  }
  case NodeKind::SliceExpr: {
    auto &S = llvm::cast<SliceExpr>(N);
    node(I, "X", S.getX());
    node(I, "Low", S.getLow());
    node(I, "High", S.getHigh());
    node(I, "Max", S.getMax());
    return;
  }
  case NodeKind::AssertExpr: {
    auto &A = llvm::cast<AssertExpr>(N);
    node(I, "X", A.getX());
    node(I, "Type", A.getTypeExpr());
    return;
  }
  case NodeKind::TypeSwitchGuard: {
    auto &G = llvm::cast<TypeSwitchGuard>(N);
    node(I, "Lhs", G.getLhs());
    node(I, "X", G.getX());
    return;
  }
  case NodeKind::Operation: {
    auto &O = llvm::cast<Operation>(N);
    node(I, "X", O.getX());
    node(I, "Y", O.getY());
    return;
  }
  case NodeKind::CallExpr: {
    auto &C = llvm::cast<CallExpr>(N);
    node(I, "Fun", C.getFun());
    list(I, "Args", C.getArgs());
    return;
  }
  case NodeKind::ListExpr:
    list(I, "Elems", llvm::cast<ListExpr>(N).getElems());
    return;
  case NodeKind::ArrayType: {
    auto &A = llvm::cast<ArrayType>(N);
    node(I, "Len", A.getLen());
    node(I, "Elem", A.getElem());
    return;
  }
  case NodeKind::SliceType:
    node(I, "Elem", llvm::cast<SliceType>(N).getElem());
    return;
  case NodeKind::DotsType:
    node(I, "Elem", llvm::cast<DotsType>(N).getElem());
    return;
  case NodeKind::StructType: {
    auto &S = llvm::cast<StructType>(N);
    auto Fs = S.getFields();
    if (Fs.empty())
      return;
    OS.indent(I) << "Fields:\n";
    for (unsigned K = 0; K != Fs.size(); ++K) {
      node(I + 2, "", Fs[K]);
      node(I + 4, "Tag", S.getTag(K));
    }
    return;
  }
  case NodeKind::InterfaceType:
    list(I, "Methods", llvm::cast<InterfaceType>(N).getMethods());
    return;
  case NodeKind::FuncType: {
    auto &F = llvm::cast<FuncType>(N);
    list(I, "Params", F.getParams());
    list(I, "Results", F.getResults());
    return;
  }
  case NodeKind::MapType: {
    auto &M = llvm::cast<MapType>(N);
    node(I, "Key", M.getKey());
    node(I, "Value", M.getValue());
    return;
  }
  case NodeKind::ChanType:
    node(I, "Elem", llvm::cast<ChanType>(N).getElem());
    return;
  case NodeKind::EmptyStmt:
    return;
  case NodeKind::LabeledStmt: {
    auto &L = llvm::cast<LabeledStmt>(N);
    node(I, "Label", L.getLabel());
    node(I, "Body", L.getBody());
    return;
  }
  case NodeKind::BlockStmt:
    list(I, "List", llvm::cast<BlockStmt>(N).getList());
    return;
  case NodeKind::ExprStmt:
    node(I, "X", llvm::cast<ExprStmt>(N).getX());
    return;
  case NodeKind::SendStmt: {
    auto &S = llvm::cast<SendStmt>(N);
    node(I, "Chan", S.getChan());
    node(I, "Value", S.getValue());
    return;
  }
  case NodeKind::DeclStmt:
    list(I, "Decls", llvm::cast<DeclStmt>(N).getDecls());
    return;
  case NodeKind::AssignStmt: {
    auto &A = llvm::cast<AssignStmt>(N);
    list(I, "Lhs", A.getLhs());
    list(I, "Rhs", A.getRhs());
    return;
  }
  case NodeKind::BranchStmt:
    node(I, "Label", llvm::cast<BranchStmt>(N).getLabel());
    return;
  case NodeKind::CallStmt:
    node(I, "Call", llvm::cast<CallStmt>(N).getCall());
    return;
  case NodeKind::ReturnStmt:
    list(I, "Results", llvm::cast<ReturnStmt>(N).getResults());
    return;
  case NodeKind::IfStmt: {
    auto &S = llvm::cast<IfStmt>(N);
    node(I, "Init", S.getInit());
    node(I, "Cond", S.getCond());
    node(I, "Then", S.getThen());
    node(I, "Else", S.getElse());
    return;
  }
  case NodeKind::ForStmt: {
    auto &S = llvm::cast<ForStmt>(N);
    node(I, "Init", S.getInit());
    node(I, "Cond", S.getCond());
    node(I, "Post", S.getPost());
    node(I, "Body", S.getBody());
    return;
  }
  case NodeKind::SwitchStmt: {
    auto &S = llvm::cast<SwitchStmt>(N);
    node(I, "Init", S.getInit());
    node(I, "Tag", S.getTag());
    list(I, "Body", S.getBody());
    return;
  }
  case NodeKind::SelectStmt:
    list(I, "Body", llvm::cast<SelectStmt>(N).getBody());
    return;
  case NodeKind::RangeClause: {
    auto &R = llvm::cast<RangeClause>(N);
    list(I, "Lhs", R.getLhs());
    node(I, "X", R.getX());
    return;
  }
  }
  llvm_unreachable("covered switch over node kinds");
}

void Printer::file(const File &F) { node(0, "", &F); }

void goscape::printAST(const ASTContext &Ctx, const SourceManager &SM,
                       llvm::raw_ostream &OS) {
  Printer P(SM, OS);
  for (const File *F : Ctx.getFiles())
    P.file(*F);
}
