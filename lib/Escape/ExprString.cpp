//===- ExprString.cpp - Expressions as gc prints them in -m ---------------===//
//
// printGcExpr() mirrors what gc 1.19's exprFmt prints for the IR node an
// expression becomes once gc's front end (irgen + typecheck) and escape
// analysis's call rewrites are done with it; see ExprString.h for the list
// of differences from the source text. Precedences are gc's OpPrec table:
// an operand is parenthesized when its precedence is below the context's,
// and nodes missing from that table (`&T{...}`, function literals, string
// concatenations, make of a map or channel, recover) count as 0.
//
//===----------------------------------------------------------------------===//

#include "GcPrinter.h"

#include "goscape/Sema/Lookup.h"

using namespace goscape;
using namespace goscape::escape;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

bool GcPrinter::isStringAdd(const Expr *E) const {
  auto *Op = dyn_cast<Operation>(E);
  return Op && !Op->isUnary() && Op->getOp() == Operator::Add &&
         !isConstant(E) && E->getType() && isString(E->getType());
}

/// gc's OpPrec of a binary operator.
static int binaryPrec(Operator Op) {
  switch (Op) {
  case Operator::OrOr:
    return PrecOrOr;
  case Operator::AndAnd:
    return PrecAndAnd;
  case Operator::Eql:
  case Operator::Neq:
  case Operator::Lss:
  case Operator::Leq:
  case Operator::Gtr:
  case Operator::Geq:
    return PrecCmp;
  case Operator::Add:
  case Operator::Sub:
  case Operator::Or:
  case Operator::Xor:
    return PrecAdd;
  default:
    return PrecMul;
  }
}

int GcPrinter::precOf(const Expr *E) const {
  if (isTypeExpr(E))
    return E->getType() && isa<Pointer>(E->getType()) ? PrecUnary
                                                       : PrecPrimary;
  // A constant prints as its source text, with the precedence of its
  // outermost operator (gc's RawOrigExpr keeps the operator).
  if (isConstant(E)) {
    auto *Op = dyn_cast<Operation>(E);
    if (!Op)
      return PrecPrimary;
    return Op->isUnary() ? PrecUnary : binaryPrec(Op->getOp());
  }
  switch (E->getKind()) {
  case NodeKind::CompositeLit:
    return E->getType() && isa<Pointer>(E->getType()) ? PrecNone
                                                       : PrecPrimary;
  case NodeKind::FuncLit:
  case NodeKind::KeyValueExpr:
    return PrecNone;
  case NodeKind::CallExpr: {
    auto *C = cast<CallExpr>(E);
    if (CP.getCallKind(C) != CallKind::Builtin)
      return PrecPrimary;
    switch (CP.getBuiltin(C)) {
    case BuiltinId::Recover:
      return PrecNone;
    case BuiltinId::Make: {
      const Type *T = E->getType() ? E->getType()->getUnderlying() : nullptr;
      return T && isa<Slice>(T) ? PrecPrimary : PrecNone;
    }
    default:
      return PrecPrimary;
    }
  }
  case NodeKind::Operation: {
    auto *Op = cast<Operation>(E);
    if (Op->isUnary())
      return isPtrLit(Op) ? PrecNone : PrecUnary;
    if (isStringAdd(E))
      return PrecNone;
    return binaryPrec(Op->getOp());
  }
  default:
    return PrecPrimary;
  }
}

void GcPrinter::list(llvm::ArrayRef<Expr *> L) {
  for (size_t I = 0; I != L.size(); ++I) {
    if (I)
      OS << ", ";
    expr(L[I], PrecNone);
  }
}

void GcPrinter::expr(const Expr *E, int Prec) {
  E = unparen(E);
  if (!E) {
    OS << "<nil>";
    return;
  }
  // A go/defer wrapper's copy (of the type checker's temporary too).
  if (Subst)
    if (auto It = Subst->find(E); It != Subst->end()) {
      OS << It->second;
      return;
    }
  if (E == TempNode) {
    OS << TempName;
    return;
  }
  if (Unvisited && !InUnvisited && E == unparen(dyn_cast<Expr>(Unvisited))) {
    InUnvisited = true;
    expr(E, Prec);
    InUnvisited = false;
    return;
  }
  if (Prec > precOf(E)) {
    OS << '(';
    expr(E, PrecNone);
    OS << ')';
    return;
  }
  if (isTypeExpr(E)) {
    printGcType(OS, E->getType());
    return;
  }
  // gc keeps the source text of every constant expression.
  if (isConstant(E)) {
    printGcSyntax(OS, E);
    return;
  }
  switch (E->getKind()) {
  case NodeKind::Name: {
    // A name a dot import brought in is qualified, as gc prints it.
    const Object *O = cast<Name>(E)->getObject();
    const Package *P = O ? O->getPackage() : nullptr;
    if (P && CP.getPackage() && P != CP.getPackage() &&
        !isa<PkgName>(O) && O->getParent() == P->getScope())
      OS << P->getName() << '.';
    OS << cast<Name>(E)->getValue();
    return;
  }
  case NodeKind::BasicLit:
    OS << cast<BasicLit>(E)->getValue();
    return;
  case NodeKind::CompositeLit: {
    const Type *T = E->getType();
    if (auto *P = dyn_cast_or_null<Pointer>(T)) {
      // An elided `&T` in an outer literal (`[]*T{{...}}`).
      OS << '&';
      T = P->getElem();
    }
    printGcType(OS, T);
    OS << (cast<CompositeLit>(E)->getElems().empty() ? "{}" : "{...}");
    return;
  }
  case NodeKind::KeyValueExpr:
    expr(cast<KeyValueExpr>(E)->getKey(), PrecNone);
    OS << ':';
    expr(cast<KeyValueExpr>(E)->getValue(), PrecNone);
    return;
  case NodeKind::FuncLit:
    OS << "func literal";
    return;
  case NodeKind::SelectorExpr:
    selector(cast<SelectorExpr>(E));
    return;
  case NodeKind::IndexExpr:
    expr(cast<IndexExpr>(E)->getX(), PrecPrimary);
    OS << '[';
    expr(cast<IndexExpr>(E)->getIndex(), PrecNone);
    OS << ']';
    return;
  case NodeKind::SliceExpr: {
    auto *S = cast<SliceExpr>(E);
    expr(S->getX(), PrecPrimary);
    OS << '[';
    if (S->getLow())
      expr(S->getLow(), PrecNone);
    OS << ':';
    if (S->getHigh())
      expr(S->getHigh(), PrecNone);
    if (S->isFull()) {
      OS << ':';
      if (S->getMax())
        expr(S->getMax(), PrecNone);
    }
    OS << ']';
    return;
  }
  case NodeKind::AssertExpr:
    expr(cast<AssertExpr>(E)->getX(), PrecPrimary);
    OS << ".(";
    printGcType(OS, E->getType());
    OS << ')';
    return;
  case NodeKind::TypeSwitchGuard:
    expr(cast<TypeSwitchGuard>(E)->getX(), Prec);
    return;
  case NodeKind::Operation:
    operation(cast<Operation>(E));
    return;
  case NodeKind::CallExpr:
    call(cast<CallExpr>(E));
    return;
  default:
    // Type expressions are handled above; nothing else reaches here in a
    // checked program.
    printGcSyntax(OS, E);
    return;
  }
}

void GcPrinter::concatOperands(const Expr *E, bool &First) {
  E = unparen(E);
  if (isStringAdd(E)) {
    auto *Op = cast<Operation>(E);
    concatOperands(Op->getX(), First);
    concatOperands(Op->getY(), First);
    return;
  }
  if (!First)
    OS << " + ";
  First = false;
  expr(E, PrecNone);
}

void GcPrinter::operation(const Operation *Op) {
  if (Op->isUnary()) {
    if (isPtrLit(Op)) {
      OS << '&';
      expr(Op->getX(), PrecNone);
      return;
    }
    OS << getOperatorSpelling(Op->getOp());
    // gc separates a repeated operator (`- (-n)`); a dereference never.
    auto *Inner = dyn_cast<Operation>(unparen(Op->getX()));
    if (Op->getOp() != Operator::Mul && Inner && Inner->isUnary() &&
        Inner->getOp() == Op->getOp() && !isPtrLit(Inner) &&
        !isConstant(Inner))
      OS << ' ';
    expr(Op->getX(), PrecUnary + 1);
    return;
  }
  // String concatenations are one flattened node in gc.
  if (isStringAdd(Op)) {
    bool First = true;
    concatOperands(Op, First);
    return;
  }
  int P = precOf(Op);
  // gc converts one operand of == / != between different types to the
  // other's type (one interface to another, a named type to an unnamed
  // one), and prints the conversion.
  const Type *ConvX = nullptr, *ConvY = nullptr;
  comparisonConversion(Op, ConvX, ConvY);
  operand(Op->getX(), P, ConvX);
  OS << ' ' << getOperatorSpelling(Op->getOp()) << ' ';
  operand(Op->getY(), P + 1, ConvY);
}

void GcPrinter::comparisonConversion(const Operation *Op, const Type *&ConvX,
                                     const Type *&ConvY) {
  if (Op->getOp() != Operator::Eql && Op->getOp() != Operator::Neq)
    return;
  const Expr *X = unparen(Op->getX()), *Y = unparen(Op->getY());
  const Type *LT = X->getType(), *RT = Y->getType();
  if (!LT || !RT || isUntyped(LT) || isUntyped(RT) || X->getConstValue() ||
      Y->getConstValue() || identical(LT, RT))
    return;
  constexpr int64_t Huge = 1 << 16;
  if (assignableValue(LT, RT)) {
    if (isInterface(LT) == isInterface(RT) || Sizes::sizeOf(LT) >= Huge)
      ConvX = RT;
  } else if (assignableValue(RT, LT)) {
    if (isInterface(LT) == isInterface(RT) || Sizes::sizeOf(RT) >= Huge)
      ConvY = LT;
  }
}

void GcPrinter::operand(const Expr *E, int Prec, const Type *ConvertTo) {
  if (!ConvertTo) {
    expr(E, Prec);
    return;
  }
  conversionType(ConvertTo);
  OS << '(';
  expr(E, PrecNone);
  OS << ')';
}

const Var *escape::gcStructField(const Type *T, unsigned Index) {
  if (!T)
    return nullptr;
  if (auto *P = dyn_cast<Pointer>(T->getUnderlying()))
    T = P->getElem();
  auto *S = dyn_cast_or_null<Struct>(T->getUnderlying());
  if (!S || Index >= S->getFields().size())
    return nullptr;
  return S->getFields()[Index];
}

void GcPrinter::receiverPath(const Expr *X, const Selection &Sel,
                             size_t Steps, int Prec) {
  expr(X, Steps ? int(PrecPrimary) : Prec);
  const Type *T = Sel.Recv;
  for (size_t I = 0; I != Steps && I < Sel.Path.size(); ++I) {
    const Var *F = gcStructField(T, Sel.Path[I]);
    if (!F)
      return;
    OS << '.' << F->getName();
    T = F->getType();
  }
}

void GcPrinter::selector(const SelectorExpr *S) {
  const Selection *Sel = CP.getSelection(S);
  if (!Sel) {
    // A qualified identifier: gc names the object with its package's name.
    const Object *Obj = S->getSel()->getObject();
    if (Obj && Obj->getPackage())
      OS << Obj->getPackage()->getName() << '.' << Obj->getName();
    else
      printGcSyntax(OS, S);
    return;
  }
  if (Sel->Kind == SelectionKind::MethodExpr) {
    expr(S->getX(), PrecPrimary);
  } else if (S == RecvTempSel) {
    OS << RecvTempName;
  } else {
    size_t Steps = Sel->Path.empty() ? 0 : Sel->Path.size() - 1;
    receiverPath(S->getX(), *Sel, Steps, PrecPrimary);
  }
  OS << '.' << S->getSel()->getValue();
}

/// True when E, outside function literals, calls something in gc's sense
/// (a call other than `new`, a receive, a builtin other than a
/// conversion's or unsafe's constant ones): ir.Any(E, callOrChan).
static bool callsOrReceives(const Expr *E, const CheckedPackage &CP) {
  if (!E || E->getConstValue())
    return false;
  auto Any = [&](llvm::ArrayRef<Expr *> Es) {
    return llvm::any_of(
        Es, [&](const Expr *X) { return callsOrReceives(X, CP); });
  };
  switch (E->getKind()) {
  case NodeKind::ParenExpr:
    return callsOrReceives(llvm::cast<ParenExpr>(E)->getX(), CP);
  case NodeKind::SelectorExpr:
    return CP.getSelection(llvm::cast<SelectorExpr>(E)) &&
           callsOrReceives(llvm::cast<SelectorExpr>(E)->getX(), CP);
  case NodeKind::IndexExpr: {
    auto *I = llvm::cast<IndexExpr>(E);
    return callsOrReceives(I->getX(), CP) || callsOrReceives(I->getIndex(), CP);
  }
  case NodeKind::SliceExpr: {
    auto *S = llvm::cast<SliceExpr>(E);
    return callsOrReceives(S->getX(), CP) ||
           callsOrReceives(S->getLow(), CP) ||
           callsOrReceives(S->getHigh(), CP) ||
           callsOrReceives(S->getMax(), CP);
  }
  case NodeKind::AssertExpr:
    return callsOrReceives(llvm::cast<AssertExpr>(E)->getX(), CP);
  case NodeKind::Operation: {
    auto *O = llvm::cast<Operation>(E);
    if (O->isUnary() && O->getOp() == Operator::Recv)
      return true;
    return callsOrReceives(O->getX(), CP) || callsOrReceives(O->getY(), CP);
  }
  case NodeKind::KeyValueExpr:
    return callsOrReceives(llvm::cast<KeyValueExpr>(E)->getValue(), CP);
  case NodeKind::CompositeLit:
    return Any(llvm::cast<CompositeLit>(E)->getElems());
  case NodeKind::CallExpr: {
    auto *C = llvm::cast<CallExpr>(E);
    switch (CP.getCallKind(C)) {
    case CallKind::Conversion:
      return Any(C->getArgs());
    case CallKind::Builtin:
      if (CP.getBuiltin(C) == BuiltinId::New)
        return false;
      return true;
    case CallKind::Call:
      return true;
    }
    return true;
  }
  default:
    return false;
  }
}

const Expr *escape::nonNameCallee(const CallExpr *CE,
                                  const CheckedPackage &CP) {
  const Expr *Fun = CE->getFun();
  while (auto *P = llvm::dyn_cast<ParenExpr>(Fun))
    Fun = P->getX();
  if (auto *S = llvm::dyn_cast<SelectorExpr>(Fun))
    if (const Selection *Sel = CP.getSelection(S);
        Sel && Sel->Kind == SelectionKind::MethodVal)
      Fun = S->getX(); // the receiver
  return callsOrReceives(Fun, CP) ? Fun : nullptr;
}

void escape::printGcExpr(llvm::raw_ostream &OS, const Expr *E,
                         const CheckedPackage &CP, CallForm Form,
                         const GcPrintState *State) {
  GcPrinter P(OS, CP, Form);
  P.setState(State);
  P.expr(E, PrecNone);
}

std::string escape::gcExprString(const Expr *E, const CheckedPackage &CP,
                                 CallForm Form,
                                 const GcPrintState *State) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  printGcExpr(OS, E, CP, Form, State);
  return S;
}

std::string escape::gcWrappedCallString(
    const CallExpr *C, const CheckedPackage &CP,
    const llvm::DenseMap<const Expr *, std::string> &Temps,
    const GcPrintState *State, llvm::StringRef RecvTemp) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  GcPrinter P(OS, CP, CallForm::Rewritten);
  P.Subst = &Temps;
  if (!RecvTemp.empty()) {
    P.RecvTempSel = dyn_cast<SelectorExpr>(unparen(C->getFun()));
    P.RecvTempName = RecvTemp;
  }
  P.setState(State);
  P.expr(C, PrecNone);
  return S;
}

std::string escape::gcReceiverString(const SelectorExpr *S,
                                     const CheckedPackage &CP) {
  std::string Str;
  llvm::raw_string_ostream OS(Str);
  GcPrinter P(OS, CP, CallForm::Rewritten);
  const Selection *Sel = CP.getSelection(S);
  if (!Sel || Sel->Path.empty()) {
    P.expr(S->getX(), PrecNone);
    return Str;
  }
  P.receiverPath(S->getX(), *Sel, Sel->Path.size() - 1, PrecNone);
  return Str;
}

void escape::printGcNode(llvm::raw_ostream &OS, const Node *N,
                         const CheckedPackage &CP, CallForm Form,
                         const GcPrintState *State) {
  GcPrinter P(OS, CP, Form);
  P.setState(State);
  P.node(N);
}

std::string escape::gcNodeString(const Node *N, const CheckedPackage &CP,
                                 CallForm Form,
                                 const GcPrintState *State) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  printGcNode(OS, N, CP, Form, State);
  return S;
}
