//===- CheckExprString.cpp - Expressions and operands as gc prints them ---===//
//
// Error messages quote source expressions the way gc's syntax printer does
// in its short form (syntax.String): function literal bodies and composite
// literal elements collapse to `{…}`, binary operators get one blank on each
// side, parentheses appear only where the source has them. Operands print
// as types2's operandString: `x (variable of type int)`,
// `300 (untyped int constant)`, `len (built-in)`, `f() (no value)`.
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

#include "llvm/Support/raw_ostream.h"

using namespace goscape;
using namespace goscape::sema;

namespace {
/// gc's short-form syntax printer for expressions.
class ExprPrinter {
public:
  explicit ExprPrinter(llvm::raw_ostream &OS) : OS(OS) {}

  void print(const Expr *E);

private:
  void printList(llvm::ArrayRef<Expr *> L) {
    for (size_t I = 0; I != L.size(); ++I) {
      if (I)
        OS << ", ";
      print(L[I]);
    }
  }
  void printSignature(const FuncType *F);
  void printParams(llvm::ArrayRef<Field *> L);
  void printFields(const StructType *S);
  void printMethods(llvm::ArrayRef<Field *> L);

  llvm::raw_ostream &OS;
};
} // namespace

void ExprPrinter::printParams(llvm::ArrayRef<Field *> L) {
  OS << '(';
  for (size_t I = 0; I != L.size(); ++I) {
    const Field *F = L[I];
    if (I)
      OS << ", ";
    if (F->getName()) {
      OS << F->getName()->getValue();
      if (I + 1 < L.size() && L[I + 1]->getName() &&
          L[I + 1]->getTypeExpr() == F->getTypeExpr())
        continue;
      OS << ' ';
    }
    print(unparen(F->getTypeExpr()));
  }
  OS << ')';
}

void ExprPrinter::printSignature(const FuncType *F) {
  printParams(F->getParams());
  llvm::ArrayRef<Field *> R = F->getResults();
  if (R.empty())
    return;
  OS << ' ';
  if (R.size() == 1 && !R[0]->getName())
    print(R[0]->getTypeExpr());
  else
    printParams(R);
}

void ExprPrinter::printFields(const StructType *S) {
  llvm::ArrayRef<Field *> Fs = S->getFields();
  size_t I0 = 0;
  const Expr *Typ = nullptr;
  auto Group = [&](size_t I, size_t J) {
    if (I + 1 == J && !Fs[I]->getName()) {
      print(Fs[I]->getTypeExpr());
    } else {
      for (size_t K = I; K != J; ++K) {
        if (K != I)
          OS << ", ";
        OS << Fs[K]->getName()->getValue();
      }
      OS << ' ';
      print(Fs[I]->getTypeExpr());
    }
    if (const BasicLit *Tag = S->getTag(I))
      OS << ' ' << Tag->getValue();
  };
  for (size_t I = 0; I != Fs.size(); ++I) {
    if (!Fs[I]->getName() || Fs[I]->getTypeExpr() != Typ) {
      if (I0 < I) {
        Group(I0, I);
        OS << "; ";
        I0 = I;
      }
      Typ = Fs[I]->getTypeExpr();
    }
  }
  if (!Fs.empty())
    Group(I0, Fs.size());
}

void ExprPrinter::printMethods(llvm::ArrayRef<Field *> L) {
  for (size_t I = 0; I != L.size(); ++I) {
    if (I)
      OS << "; ";
    if (L[I]->getName()) {
      OS << L[I]->getName()->getValue();
      if (auto *FT = llvm::dyn_cast<FuncType>(L[I]->getTypeExpr()))
        printSignature(FT);
    } else {
      print(L[I]->getTypeExpr());
    }
  }
}

void ExprPrinter::print(const Expr *E) {
  if (!E)
    return;
  switch (E->getKind()) {
  case NodeKind::BadExpr:
    OS << "<bad expr>";
    return;
  case NodeKind::Name:
    OS << llvm::cast<Name>(E)->getValue();
    return;
  case NodeKind::BasicLit:
    OS << llvm::cast<BasicLit>(E)->getValue();
    return;
  case NodeKind::FuncLit: {
    auto *F = llvm::cast<FuncLit>(E);
    OS << "func";
    printSignature(F->getFuncType());
    OS << ' ';
    if (F->getBody())
      OS << (F->getBody()->getList().empty() ? "{}" : "{…}");
    return;
  }
  case NodeKind::CompositeLit: {
    auto *C = llvm::cast<CompositeLit>(E);
    print(C->getTypeExpr());
    OS << (C->getElems().empty() ? "{}" : "{…}");
    return;
  }
  case NodeKind::KeyValueExpr: {
    auto *KV = llvm::cast<KeyValueExpr>(E);
    print(KV->getKey());
    OS << ": ";
    print(KV->getValue());
    return;
  }
  case NodeKind::ParenExpr:
    OS << '(';
    print(llvm::cast<ParenExpr>(E)->getX());
    OS << ')';
    return;
  case NodeKind::SelectorExpr: {
    auto *S = llvm::cast<SelectorExpr>(E);
    print(S->getX());
    OS << '.' << S->getSel()->getValue();
    return;
  }
  case NodeKind::IndexExpr: {
    auto *I = llvm::cast<IndexExpr>(E);
    print(I->getX());
    OS << '[';
    print(I->getIndex());
    OS << ']';
    return;
  }
  case NodeKind::SliceExpr: {
    auto *S = llvm::cast<SliceExpr>(E);
    print(S->getX());
    OS << '[';
    print(S->getLow());
    OS << ':';
    print(S->getHigh());
    if (S->getMax()) {
      OS << ':';
      print(S->getMax());
    }
    OS << ']';
    return;
  }
  case NodeKind::AssertExpr: {
    auto *A = llvm::cast<AssertExpr>(E);
    print(A->getX());
    OS << ".(";
    print(A->getTypeExpr());
    OS << ')';
    return;
  }
  case NodeKind::TypeSwitchGuard: {
    auto *G = llvm::cast<TypeSwitchGuard>(E);
    if (G->getLhs())
      OS << G->getLhs()->getValue() << " := ";
    print(G->getX());
    OS << ".(type)";
    return;
  }
  case NodeKind::Operation: {
    auto *O = llvm::cast<Operation>(E);
    if (O->isUnary()) {
      OS << getOperatorSpelling(O->getOp());
      print(O->getX());
      return;
    }
    print(O->getX());
    OS << ' ' << getOperatorSpelling(O->getOp()) << ' ';
    print(O->getY());
    return;
  }
  case NodeKind::CallExpr: {
    auto *C = llvm::cast<CallExpr>(E);
    print(C->getFun());
    OS << '(';
    printList(C->getArgs());
    if (C->hasDots())
      OS << "...";
    OS << ')';
    return;
  }
  case NodeKind::ListExpr:
    printList(llvm::cast<ListExpr>(E)->getElems());
    return;
  case NodeKind::ArrayType: {
    auto *A = llvm::cast<ArrayType>(E);
    OS << '[';
    if (A->getLen())
      print(A->getLen());
    else
      OS << "...";
    OS << ']';
    print(A->getElem());
    return;
  }
  case NodeKind::SliceType:
    OS << "[]";
    print(llvm::cast<SliceType>(E)->getElem());
    return;
  case NodeKind::DotsType:
    OS << "...";
    print(llvm::cast<DotsType>(E)->getElem());
    return;
  case NodeKind::StructType:
    OS << "struct{";
    printFields(llvm::cast<StructType>(E));
    OS << '}';
    return;
  case NodeKind::InterfaceType:
    OS << "interface{";
    printMethods(llvm::cast<InterfaceType>(E)->getMethods());
    OS << '}';
    return;
  case NodeKind::FuncType:
    OS << "func";
    printSignature(llvm::cast<FuncType>(E));
    return;
  case NodeKind::MapType: {
    auto *M = llvm::cast<MapType>(E);
    OS << "map[";
    print(M->getKey());
    OS << ']';
    print(M->getValue());
    return;
  }
  case NodeKind::ChanType: {
    auto *C = llvm::cast<ChanType>(E);
    if (C->getDir() == ChanDir::RecvOnly)
      OS << "<-";
    OS << "chan";
    if (C->getDir() == ChanDir::SendOnly)
      OS << "<-";
    OS << ' ';
    auto *Inner = llvm::dyn_cast<ChanType>(C->getElem());
    if (C->getDir() == ChanDir::Both && Inner &&
        Inner->getDir() == ChanDir::RecvOnly) {
      OS << '(';
      print(C->getElem());
      OS << ')';
    } else {
      print(C->getElem());
    }
    return;
  }
  default:
    OS << "<expr>";
    return;
  }
}

std::string Checker::exprString(const Expr *E) const {
  std::string S;
  llvm::raw_string_ostream OS(S);
  ExprPrinter(OS).print(E);
  return S;
}

std::string Checker::typeString(const Type *T) const {
  if (!T)
    return "<nil>";
  std::string S;
  llvm::raw_string_ostream OS(S);
  T->print(OS, Pkg);
  return S;
}

std::string Checker::constString(const Constant *C) const {
  return C ? C->toString() : std::string("unknown");
}

llvm::StringRef goscape::sema::modeString(ExprMode M) {
  switch (M) {
  case ExprMode::Invalid:
    return "invalid operand";
  case ExprMode::NoValue:
    return "no value";
  case ExprMode::Builtin:
    return "built-in";
  case ExprMode::TypeExpr:
    return "type";
  case ExprMode::Constant:
    return "constant";
  case ExprMode::Variable:
    return "variable";
  case ExprMode::MapIndex:
    return "map index expression";
  case ExprMode::Value:
    return "value";
  case ExprMode::Nil:
    return "nil";
  case ExprMode::CommaOk:
    return "comma, ok expression";
  }
  return "value";
}

llvm::StringRef goscape::getExprModeName(ExprMode M) {
  return sema::modeString(M);
}

static llvm::StringRef builtinName(BuiltinId Id) {
  switch (Id) {
  case BuiltinId::Append: return "append";
  case BuiltinId::Cap: return "cap";
  case BuiltinId::Close: return "close";
  case BuiltinId::Complex: return "complex";
  case BuiltinId::Copy: return "copy";
  case BuiltinId::Delete: return "delete";
  case BuiltinId::Imag: return "imag";
  case BuiltinId::Len: return "len";
  case BuiltinId::Make: return "make";
  case BuiltinId::New: return "new";
  case BuiltinId::Panic: return "panic";
  case BuiltinId::Print: return "print";
  case BuiltinId::Println: return "println";
  case BuiltinId::Real: return "real";
  case BuiltinId::Recover: return "recover";
  case BuiltinId::Add: return "Add";
  case BuiltinId::Alignof: return "Alignof";
  case BuiltinId::Offsetof: return "Offsetof";
  case BuiltinId::Sizeof: return "Sizeof";
  case BuiltinId::Slice: return "Slice";
  }
  return "builtin";
}

std::string Checker::operandString(const Operand &X) const {
  if (X.Mode == ExprMode::Nil) {
    if (!X.Ty || X.Ty == Invalid)
      return "nil (with invalid type)";
    auto *B = llvm::dyn_cast<Basic>(X.Ty);
    if (B && B->getBasicKind() == BasicKind::UntypedNil)
      return "nil";
    return "nil (of type " + typeString(X.Ty) + ")";
  }
  std::string Buf;
  llvm::raw_string_ostream OS(Buf);
  std::string E;
  if (X.E) {
    E = exprString(X.E);
  } else {
    switch (X.Mode) {
    case ExprMode::Builtin:
      E = builtinName(X.Id).str();
      break;
    case ExprMode::TypeExpr:
      E = typeString(X.Ty);
      break;
    case ExprMode::Constant:
      E = constString(X.Val);
      break;
    default:
      break;
    }
  }
  if (!E.empty())
    OS << E << " (";
  bool HasType = false;
  switch (X.Mode) {
  case ExprMode::Invalid:
  case ExprMode::NoValue:
  case ExprMode::Builtin:
  case ExprMode::TypeExpr:
    break;
  default:
    if (X.Ty) {
      if (isUntyped(X.Ty)) {
        OS << llvm::cast<Basic>(X.Ty)->getName() << ' ';
        break;
      }
      HasType = true;
    }
  }
  OS << modeString(X.Mode);
  if (X.Mode == ExprMode::Constant) {
    std::string V = constString(X.Val);
    if (V != E)
      OS << ' ' << V;
  }
  if (HasType) {
    if (X.Ty != Invalid)
      OS << " of type " << typeString(X.Ty);
    else
      OS << " with invalid type";
  }
  if (!E.empty())
    OS << ')';
  return Buf;
}

std::string Checker::funcString(const Func *F) const {
  std::string S = typeString(F->getType());
  // Drop the leading "func" of the signature.
  if (llvm::StringRef(S).starts_with("func"))
    S = S.substr(4);
  return F->getName().str() + S;
}

std::string Checker::tupleString(llvm::ArrayRef<const Type *> Ts,
                                 bool Variadic) const {
  std::string S = "(";
  for (size_t I = 0; I != Ts.size(); ++I) {
    if (I)
      S += ", ";
    if (Variadic && I + 1 == Ts.size()) {
      S += "...";
      if (auto *Sl = llvm::dyn_cast<Slice>(Ts[I])) {
        S += typeString(Sl->getElem());
        continue;
      }
    }
    if (!Ts[I] || Ts[I] == Invalid) {
      S += "<T>";
    } else if (isUntyped(Ts[I])) {
      // types2's typesSummary: untyped numbers print as "number", other
      // untyped kinds without the "untyped " prefix.
      if (isNumeric(Ts[I]))
        S += "number";
      else
        S += llvm::StringRef(typeString(Ts[I])).drop_front(8).str();
    } else {
      S += typeString(Ts[I]);
    }
  }
  return S + ")";
}

std::string Checker::objectString(const Object *O) const {
  if (!O)
    return "<nil>";
  std::string S;
  switch (O->getKind()) {
  case ObjectKind::Var:
    S = llvm::cast<Var>(O)->isField() ? "field " : "var ";
    break;
  case ObjectKind::Const:
    S = "const ";
    break;
  case ObjectKind::TypeName:
    S = "type ";
    break;
  case ObjectKind::Func:
    S = "func ";
    break;
  case ObjectKind::PkgName:
    S = "package ";
    break;
  case ObjectKind::Builtin:
    S = "builtin ";
    break;
  case ObjectKind::Label:
    S = "label ";
    break;
  case ObjectKind::Nil:
    return "nil";
  }
  return S + O->getName().str();
}

void Checker::report(SourceLoc Loc, std::string Msg) {
  // Like types2, drop likely follow-on errors that mention an invalid
  // operand or type once an error has been reported.
  if (FirstErr) {
    size_t A = Msg.find("invalid operand"), B = Msg.find("invalid type");
    if ((A != std::string::npos && A > 0) || (B != std::string::npos && B > 0))
      return;
  }
  if (InheritedPos.isValid())
    Loc = InheritedPos;
  FirstErr = true;
  Diags.report(Loc, std::move(Msg));
}
