//===- GcTypeString.cpp - Types and constants as gc prints them -----------===//
//
// Two printers of ExprString.h that do not need the checker's tables:
// types in the form of gc's types package (fmtGo mode, the one messages
// use), and expressions in the form of gc's syntax printer (the text gc
// keeps for constant expressions).
//
//===----------------------------------------------------------------------===//

#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"
#include "goscape/Escape/ExprString.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <algorithm>

using namespace goscape;
using namespace goscape::escape;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

/// gc sorts an interface's methods exported names first, then by name.
static bool gcMethodLess(const Func *A, const Func *B) {
  bool EA = A->isExported(), EB = B->isExported();
  if (EA != EB)
    return EA;
  return A->getName() < B->getName();
}

/// Writes S quoted as Go's strconv.Quote does.
static void printQuoted(llvm::raw_ostream &OS, llvm::StringRef S) {
  writeGoQuoted(OS, S);
}

namespace {
/// gc's type printer (fmtGo mode, the one messages use). A type met again
/// while its own text is being written, which only an interface reached
/// through its methods' signatures can be, is written as `@N`, N being
/// where its text starts; like gc's, the printer tells types apart by
/// object, so identical literals written at two places are two types.
class GcTypePrinter {
public:
  /// Writes T (the method form of a signature has no `func` keyword).
  void print(const Type *T, bool MethodForm = false);
  /// The text written so far.
  const std::string &str() const { return Buf; }

private:
  void printComposite(const Type *T, bool MethodForm);
  void printParamTypes(const Tuple *Params, bool Variadic);
  void printSignatureTail(const Signature *S);

  std::string Buf;
  llvm::raw_string_ostream OS{Buf};
  /// The types whose text is being written, and where it starts.
  llvm::DenseMap<const Type *, size_t> Visited;
};
} // namespace

/// Writes the parameter or result list of a signature without names
/// (`(int, ...string)`).
void GcTypePrinter::printParamTypes(const Tuple *Params, bool Variadic) {
  OS << '(';
  auto Vars = Params ? Params->getVars() : llvm::ArrayRef<Var *>();
  for (size_t I = 0; I != Vars.size(); ++I) {
    if (I)
      OS << ", ";
    const Type *T = Vars[I]->getType();
    if (Variadic && I + 1 == Vars.size()) {
      OS << "...";
      if (auto *S = dyn_cast_or_null<Slice>(T))
        T = S->getElem();
    }
    print(T);
  }
  OS << ')';
}

/// The signature without the `func` keyword: `(int) string`.
void GcTypePrinter::printSignatureTail(const Signature *S) {
  printParamTypes(S->getParams(), S->isVariadic());
  auto Results = S->getResults() ? S->getResults()->getVars()
                                 : llvm::ArrayRef<Var *>();
  if (Results.empty())
    return;
  OS << ' ';
  if (Results.size() == 1) {
    print(Results[0]->getType());
    return;
  }
  printParamTypes(S->getResults(), /*Variadic=*/false);
}

void GcTypePrinter::print(const Type *T, bool MethodForm) {
  if (!T) {
    OS << "<T>";
    return;
  }
  // Basic and named types print as names; any other type is remembered
  // while its text is written.
  if (!isa<Basic>(T) && !isa<Named>(T)) {
    auto [It, New] = Visited.try_emplace(T, Buf.size());
    if (!New) {
      OS << '@' << It->second;
      return;
    }
  }
  printComposite(T, MethodForm);
  Visited.erase(T);
}

void GcTypePrinter::printComposite(const Type *T, bool MethodForm) {
  switch (T->getKind()) {
  case TypeKind::Basic: {
    auto *B = cast<Basic>(T);
    if (B->getBasicKind() == BasicKind::UnsafePointer)
      OS << "unsafe.Pointer";
    else
      OS << B->getName();
    return;
  }
  case TypeKind::Named: {
    const TypeName *Obj = cast<Named>(T)->getObject();
    const Package *P = Obj->getPackage();
    if (P && P->isImported())
      OS << P->getName() << '.';
    OS << Obj->getName();
    return;
  }
  case TypeKind::Pointer:
    OS << '*';
    print(cast<Pointer>(T)->getElem());
    return;
  case TypeKind::Array:
    OS << '[' << cast<Array>(T)->getLen() << ']';
    print(cast<Array>(T)->getElem());
    return;
  case TypeKind::Slice:
    OS << "[]";
    print(cast<Slice>(T)->getElem());
    return;
  case TypeKind::Map:
    OS << "map[";
    print(cast<Map>(T)->getKey());
    OS << ']';
    print(cast<Map>(T)->getElem());
    return;
  case TypeKind::Chan: {
    auto *C = cast<Chan>(T);
    switch (C->getDir()) {
    case ChanDirection::RecvOnly:
      OS << "<-chan ";
      break;
    case ChanDirection::SendOnly:
      OS << "chan<- ";
      break;
    case ChanDirection::SendRecv: {
      OS << "chan ";
      auto *EC = dyn_cast<Chan>(C->getElem());
      if (EC && EC->getDir() == ChanDirection::RecvOnly) {
        OS << '(';
        print(EC);
        OS << ')';
        return;
      }
      break;
    }
    }
    print(C->getElem());
    return;
  }
  case TypeKind::Struct: {
    auto *S = cast<Struct>(T);
    OS << "struct {";
    auto Fields = S->getFields();
    for (size_t I = 0; I != Fields.size(); ++I) {
      OS << (I ? "; " : " ");
      if (!Fields[I]->isEmbedded())
        OS << Fields[I]->getName() << ' ';
      print(Fields[I]->getType());
      if (!S->getTag(I).empty()) {
        OS << ' ';
        printQuoted(OS, S->getTag(I));
      }
    }
    OS << (Fields.empty() ? "}" : " }");
    return;
  }
  case TypeKind::Tuple: {
    auto Vars = cast<Tuple>(T)->getVars();
    for (size_t I = 0; I != Vars.size(); ++I) {
      if (I)
        OS << ',';
      print(Vars[I]->getType());
    }
    return;
  }
  case TypeKind::Signature:
    if (!MethodForm)
      OS << "func";
    printSignatureTail(cast<Signature>(T));
    return;
  case TypeKind::Interface: {
    auto *IT = cast<Interface>(T);
    if (IT->isAny()) {
      OS << "any";
      return;
    }
    llvm::SmallVector<const Func *, 8> Methods(IT->getAllMethods().begin(),
                                               IT->getAllMethods().end());
    if (Methods.empty()) {
      OS << "interface {}";
      return;
    }
    std::stable_sort(Methods.begin(), Methods.end(), gcMethodLess);
    OS << "interface {";
    for (size_t I = 0; I != Methods.size(); ++I) {
      OS << (I ? "; " : " ");
      const Func *M = Methods[I];
      // gc qualifies unexported method names with the package path.
      if (!M->isExported() && M->getPackage())
        OS << M->getPackage()->getPath() << '.';
      OS << M->getName();
      if (const Signature *Sig = M->getSignature())
        print(Sig, /*MethodForm=*/true);
    }
    OS << " }";
    return;
  }
  default:
    OS << "<T>";
    return;
  }
}

void escape::printGcType(llvm::raw_ostream &OS, const Type *T) {
  GcTypePrinter P;
  P.print(T);
  OS << P.str();
}

std::string escape::gcTypeString(const Type *T) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  printGcType(OS, T);
  return S;
}

//===----------------------------------------------------------------------===//
// gc's syntax printer (short form), for constant expressions
//===----------------------------------------------------------------------===//

/// The ellipsis gc's short form prints for elided bodies.
static constexpr const char *SyntaxEllipsis = "\xE2\x80\xA6";

static void printSyntaxList(llvm::raw_ostream &OS,
                            llvm::ArrayRef<Expr *> List) {
  for (size_t I = 0; I != List.size(); ++I) {
    if (I)
      OS << ", ";
    printGcSyntax(OS, List[I]);
  }
}

/// `a, b int, c string` as gc's syntax printer writes field lists.
static void printSyntaxFields(llvm::raw_ostream &OS,
                              llvm::ArrayRef<Field *> Fields) {
  for (size_t I = 0; I != Fields.size(); ++I) {
    if (I)
      OS << ", ";
    const Field *F = Fields[I];
    bool SharesNext = I + 1 < Fields.size() && F->getName() &&
                      Fields[I + 1]->getName() &&
                      Fields[I + 1]->getTypeExpr() == F->getTypeExpr();
    if (F->getName()) {
      OS << F->getName()->getValue();
      if (SharesNext)
        continue;
      OS << ' ';
    }
    printGcSyntax(OS, F->getTypeExpr());
  }
}

static void printSyntaxSignature(llvm::raw_ostream &OS, const FuncType *F) {
  OS << '(';
  printSyntaxFields(OS, F->getParams());
  OS << ')';
  auto Results = F->getResults();
  if (Results.empty())
    return;
  OS << ' ';
  if (Results.size() == 1 && !Results[0]->getName()) {
    printGcSyntax(OS, Results[0]->getTypeExpr());
    return;
  }
  OS << '(';
  printSyntaxFields(OS, Results);
  OS << ')';
}

void escape::printGcSyntax(llvm::raw_ostream &OS, const Expr *E) {
  if (!E)
    return;
  switch (E->getKind()) {
  case NodeKind::Name:
    OS << cast<Name>(E)->getValue();
    return;
  case NodeKind::BasicLit:
    OS << cast<BasicLit>(E)->getValue();
    return;
  case NodeKind::CompositeLit: {
    auto *C = cast<CompositeLit>(E);
    printGcSyntax(OS, C->getTypeExpr());
    OS << '{' << (C->getElems().empty() ? "" : SyntaxEllipsis) << '}';
    return;
  }
  case NodeKind::KeyValueExpr:
    printGcSyntax(OS, cast<KeyValueExpr>(E)->getKey());
    OS << ": ";
    printGcSyntax(OS, cast<KeyValueExpr>(E)->getValue());
    return;
  case NodeKind::FuncLit: {
    auto *F = cast<FuncLit>(E);
    OS << "func";
    printSyntaxSignature(OS, F->getFuncType());
    OS << " {";
    if (F->getBody() && !F->getBody()->getList().empty())
      OS << SyntaxEllipsis;
    OS << '}';
    return;
  }
  case NodeKind::ParenExpr:
    OS << '(';
    printGcSyntax(OS, cast<ParenExpr>(E)->getX());
    OS << ')';
    return;
  case NodeKind::SelectorExpr:
    printGcSyntax(OS, cast<SelectorExpr>(E)->getX());
    OS << '.' << cast<SelectorExpr>(E)->getSel()->getValue();
    return;
  case NodeKind::IndexExpr:
    printGcSyntax(OS, cast<IndexExpr>(E)->getX());
    OS << '[';
    printGcSyntax(OS, cast<IndexExpr>(E)->getIndex());
    OS << ']';
    return;
  case NodeKind::SliceExpr: {
    auto *S = cast<SliceExpr>(E);
    printGcSyntax(OS, S->getX());
    OS << '[';
    printGcSyntax(OS, S->getLow());
    OS << ':';
    printGcSyntax(OS, S->getHigh());
    if (S->isFull()) {
      OS << ':';
      printGcSyntax(OS, S->getMax());
    }
    OS << ']';
    return;
  }
  case NodeKind::AssertExpr:
    printGcSyntax(OS, cast<AssertExpr>(E)->getX());
    OS << ".(";
    printGcSyntax(OS, cast<AssertExpr>(E)->getTypeExpr());
    OS << ')';
    return;
  case NodeKind::Operation: {
    auto *Op = cast<Operation>(E);
    if (Op->isUnary()) {
      OS << getOperatorSpelling(Op->getOp());
      printGcSyntax(OS, Op->getX());
      return;
    }
    printGcSyntax(OS, Op->getX());
    OS << ' ' << getOperatorSpelling(Op->getOp()) << ' ';
    printGcSyntax(OS, Op->getY());
    return;
  }
  case NodeKind::CallExpr: {
    auto *C = cast<CallExpr>(E);
    printGcSyntax(OS, C->getFun());
    OS << '(';
    printSyntaxList(OS, C->getArgs());
    if (C->hasDots())
      OS << "...";
    OS << ')';
    return;
  }
  case NodeKind::ListExpr:
    printSyntaxList(OS, cast<ListExpr>(E)->getElems());
    return;
  case NodeKind::ArrayType:
    OS << '[';
    if (cast<ArrayType>(E)->getLen())
      printGcSyntax(OS, cast<ArrayType>(E)->getLen());
    else
      OS << "...";
    OS << ']';
    printGcSyntax(OS, cast<ArrayType>(E)->getElem());
    return;
  case NodeKind::SliceType:
    OS << "[]";
    printGcSyntax(OS, cast<SliceType>(E)->getElem());
    return;
  case NodeKind::DotsType:
    OS << "...";
    printGcSyntax(OS, cast<DotsType>(E)->getElem());
    return;
  case NodeKind::StructType:
    OS << "struct{"
       << (cast<StructType>(E)->getFields().empty() ? "" : SyntaxEllipsis)
       << '}';
    return;
  case NodeKind::InterfaceType:
    OS << "interface{"
       << (cast<InterfaceType>(E)->getMethods().empty() ? "" : SyntaxEllipsis)
       << '}';
    return;
  case NodeKind::FuncType:
    OS << "func";
    printSyntaxSignature(OS, cast<FuncType>(E));
    return;
  case NodeKind::MapType:
    OS << "map[";
    printGcSyntax(OS, cast<MapType>(E)->getKey());
    OS << ']';
    printGcSyntax(OS, cast<MapType>(E)->getValue());
    return;
  case NodeKind::ChanType: {
    auto *C = cast<ChanType>(E);
    if (C->getDir() == ChanDir::RecvOnly)
      OS << "<-";
    OS << "chan";
    if (C->getDir() == ChanDir::SendOnly)
      OS << "<-";
    OS << ' ';
    printGcSyntax(OS, C->getElem());
    return;
  }
  default:
    OS << "<expr>";
    return;
  }
}
