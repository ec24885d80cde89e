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

#include "goscape/Escape/ExprString.h"
#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"
#include "goscape/Sema/Lookup.h"
#include "goscape/Sema/Sema.h"

#include "llvm/ADT/ScopeExit.h"

using namespace goscape;
using namespace goscape::escape;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;


namespace {

/// gc's OpPrec values used below.
enum GcPrec : int {
  PrecNone = 0,  ///< Not in gc's table.
  PrecOrOr = 1,
  PrecAndAnd = 2,
  PrecSend = 3,
  PrecCmp = 4,
  PrecAdd = 5,
  PrecMul = 6,
  PrecUnary = 7,
  PrecPrimary = 8,
};

/// One printing job: the stream and the checker's tables.
class GcPrinter {
public:
  GcPrinter(llvm::raw_ostream &OS, const CheckedPackage &CP, CallForm Form)
      : OS(OS), CP(CP), Form(Form) {}

  void expr(const Expr *E, int Prec);
  void node(const Node *N);
  void receiverPath(const Expr *X, const Selection &Sel, size_t Steps,
                    int Prec);

private:
  bool isConstant(const Expr *E) const {
    return E->getConstValue() && CP.getMode(E) != ExprMode::TypeExpr;
  }
  bool isTypeExpr(const Expr *E) const {
    return CP.getMode(E) == ExprMode::TypeExpr;
  }
  bool isPtrLit(const Operation *Op) const {
    return Op->isUnary() && Op->getOp() == Operator::And &&
           isa<CompositeLit>(unparen(Op->getX()));
  }
  bool isStringAdd(const Expr *E) const;
  int precOf(const Expr *E) const;

  void list(llvm::ArrayRef<Expr *> L);
  void operation(const Operation *Op);
  /// The type gc converts an operand of comparison Op to, if any.
  void comparisonConversion(const Operation *Op, const Type *&ConvX,
                            const Type *&ConvY);
  /// E as an operand at precedence Prec, converted to ConvertTo if set.
  void operand(const Expr *E, int Prec, const Type *ConvertTo);
  /// The type of a conversion, `T` or `(T)` as gc prints it.
  void conversionType(const Type *T);
  void concatOperands(const Expr *E, bool &First);
  void selector(const SelectorExpr *S);
  void call(const CallExpr *C);
  void builtinCall(const CallExpr *C);
  void conversion(const CallExpr *C);
  void callArgs(const CallExpr *C, llvm::ArrayRef<Expr *> Args,
                const Signature *Sig, bool Leading);
  void assign(const AssignStmt *A);
  void stmts(llvm::ArrayRef<Stmt *> List);
  void declStmt(const DeclStmt *D);

  llvm::raw_ostream &OS;
  const CheckedPackage &CP;
  CallForm Form;

public:
  /// Expressions printed as other text (gc's go/defer temporaries).
  const llvm::DenseMap<const Expr *, std::string> *Subst = nullptr;
  /// A method call's selector whose receiver, as the call passes it,
  /// prints as RecvTempName (gc's go/defer wrapper copied it).
  const SelectorExpr *RecvTempSel = nullptr;
  llvm::StringRef RecvTempName;
  void setState(const GcPrintState *S) {
    if (S) {
      Devirt = S->Devirt;
      Unvisited = S->Unvisited;
      CallTemps = S->CallTemps;
    }
  }

private:
  /// Calls whose callee or receiver prints as a temporary's name.
  const GcExprNames *CallTemps = nullptr;
  /// While a call of CallTemps is printed: its callee or receiver, and
  /// the name it prints as.
  const Expr *TempNode = nullptr;
  llvm::StringRef TempName;
  /// The calls gc devirtualized.
  const DevirtualizedCalls *Devirt = nullptr;
  /// The expression escape analysis has not visited yet, and whether it
  /// is being printed.
  const Node *Unvisited = nullptr;
  bool InUnvisited = false;

  void methodExprType(const Func *M);
  void fieldPath(const Type *T, llvm::ArrayRef<unsigned> Path);
  bool devirtualizedCall(const CallExpr *C, const Expr *Fun);
};

} // namespace

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

/// The field at Index of the struct T (or *T) names, or null.
static const Var *structField(const Type *T, unsigned Index) {
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
    const Var *F = structField(T, Sel.Path[I]);
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

void GcPrinter::callArgs(const CallExpr *C, llvm::ArrayRef<Expr *> Args,
                         const Signature *Sig, bool Leading) {
  // gc's escape analysis packs the variadic arguments of a call without
  // `...` into an implicit slice literal (or nil when there are none).
  if (Sig && Sig->isVariadic() && !C->hasDots() &&
      Form != CallForm::Typechecked) {
    size_t Fixed = Sig->getParams() ? Sig->getParams()->size() - 1 : 0;
    bool First = !Leading;
    for (size_t I = 0; I < Fixed && I < Args.size(); ++I) {
      if (!First)
        OS << ", ";
      First = false;
      expr(Args[I], PrecNone);
    }
    if (!First)
      OS << ", ";
    OS << (Args.size() > Fixed ? "... argument..." : "nil...");
    return;
  }
  if (Leading && !Args.empty())
    OS << ", ";
  list(Args);
  if (C->hasDots())
    OS << "...";
}

void GcPrinter::call(const CallExpr *C) {
  switch (CP.getCallKind(C)) {
  case CallKind::Conversion:
    conversion(C);
    return;
  case CallKind::Builtin:
    builtinCall(C);
    return;
  case CallKind::Call:
    break;
  }
  const Expr *Fun = unparen(C->getFun());
  const Signature *Sig =
      Fun->getType() ? dyn_cast<Signature>(Fun->getType()->getUnderlying())
                     : nullptr;
  // The callee or receiver gc's type checker put in a temporary.
  const Expr *SavedNode = TempNode;
  llvm::StringRef SavedName = TempName;
  auto Restore = llvm::make_scope_exit([&] {
    TempNode = SavedNode;
    TempName = SavedName;
  });
  if (CallTemps)
    if (auto It = CallTemps->find(C); It != CallTemps->end()) {
      TempNode = unparen(nonNameCallee(C, CP));
      TempName = It->second;
    }
  // gc keeps the original of a call whose multi-value argument its type
  // checker rewrote (`f(g())`) and prints that, as written.
  bool MultiValueArg = C->getArgs().size() == 1 && C->getArgs()[0]->getType() &&
                       isa<Tuple>(C->getArgs()[0]->getType());
  if (Form == CallForm::AsWritten || MultiValueArg) {
    // (Only this call: gc rewrites the calls inside it when it visits
    // them.)
    CallForm Saved = std::exchange(Form, CallForm::Rewritten);
    expr(Fun, PrecPrimary);
    OS << '(';
    list(C->getArgs());
    Form = Saved;
    if (C->hasDots())
      OS << "...";
    OS << ')';
    return;
  }
  if (devirtualizedCall(C, Fun))
    return;
  // A static method call is printed as gc rewrites it: `T.M(recv, args)`.
  if (auto *S = dyn_cast<SelectorExpr>(Fun)) {
    const Selection *Sel = CP.getSelection(S);
    auto *M = Sel ? dyn_cast_or_null<Func>(Sel->Obj) : nullptr;
    if (M && Sel->Kind == SelectionKind::MethodVal && !Sel->InterfaceMethod &&
        M->getSignature() && M->getSignature()->getRecv()) {
      methodExprType(M);
      OS << '.' << M->getName() << '(';
      if (S == RecvTempSel)
        OS << RecvTempName;
      else
        receiverPath(S->getX(), *Sel, Sel->Path.size() - 1, PrecNone);
      callArgs(C, C->getArgs(), InUnvisited ? nullptr : M->getSignature(),
               /*Leading=*/true);
      OS << ')';
      return;
    }
  }
  expr(Fun, PrecPrimary);
  OS << '(';
  callArgs(C, C->getArgs(), InUnvisited ? nullptr : Sig, /*Leading=*/false);
  OS << ')';
}

/// The receiver type of M as a method expression names it: `T`, `(*T)`.
void GcPrinter::methodExprType(const Func *M) {
  const Type *RT = M->getSignature()->getRecv()->getType();
  if (auto *P = dyn_cast_or_null<Pointer>(RT)) {
    OS << "(*";
    printGcType(OS, P->getElem());
    OS << ')';
  } else {
    printGcType(OS, RT);
  }
}

/// The embedded fields Path selects from a value of type T (`.A.B`).
void GcPrinter::fieldPath(const Type *T, llvm::ArrayRef<unsigned> Path) {
  for (unsigned I : Path) {
    const Var *F = structField(T, I);
    if (!F)
      return;
    OS << '.' << F->getName();
    T = F->getType();
  }
}

/// Prints C if gc devirtualized it: the concrete method called with the
/// asserted receiver `x.(T)` (its embedded fields spelled out, the
/// implicit `&`/`*` omitted) first; an interface method promoted from an
/// embedded interface stays an interface call, on that field.
bool GcPrinter::devirtualizedCall(const CallExpr *C, const Expr *Fun) {
  auto *S = dyn_cast<SelectorExpr>(Fun);
  if (!S || !Devirt)
    return false;
  auto It = Devirt->find(C);
  if (It == Devirt->end())
    return false;
  const DevirtualizedCall &D = It->second;
  // Not yet visited, the call is still a method call (on the asserted
  // receiver), its variadic arguments as written.
  const Signature *Sig = InUnvisited ? nullptr : D.Method->getSignature();
  auto Recv = [&] {
    if (S == RecvTempSel) {
      OS << RecvTempName;
      return;
    }
    expr(S->getX(), PrecPrimary);
    OS << ".(";
    printGcType(OS, D.Concrete);
    OS << ')';
    fieldPath(D.Concrete, D.Embedded);
  };
  if (D.Partial || InUnvisited) {
    Recv();
    OS << '.' << D.Method->getName() << '(';
    callArgs(C, C->getArgs(), Sig, /*Leading=*/false);
    OS << ')';
    return true;
  }
  methodExprType(D.Method);
  OS << '.' << D.Method->getName() << '(';
  Recv();
  callArgs(C, C->getArgs(), Sig, /*Leading=*/true);
  OS << ')';
  return true;
}

void GcPrinter::conversion(const CallExpr *C) {
  const Type *T = C->getType();
  // gc's type checker turns a constant string converted to []rune into a
  // slice literal of its runes.
  if (auto *ST = T ? dyn_cast<goscape::Slice>(T->getUnderlying()) : nullptr;
      ST && C->getArgs().size() == 1 && isConstant(C->getArgs()[0])) {
    auto *ET = dyn_cast<Basic>(ST->getElem()->getUnderlying());
    if (ET && ET->getBasicKind() == BasicKind::Int32) {
      printGcType(OS, T);
      const Constant *V = C->getArgs()[0]->getConstValue();
      OS << (V->getString().empty() ? "{}" : "{...}");
      return;
    }
  }
  conversionType(T);
  OS << '(';
  if (!C->getArgs().empty()) {
    // string([]B) with B a defined byte or rune type: gc's type checker
    // converts the slice to []byte or []rune first.
    const Expr *X = C->getArgs()[0];
    const auto *XS = X->getType()
                         ? dyn_cast<goscape::Slice>(X->getType()->getUnderlying())
                         : nullptr;
    const auto *Str = T ? dyn_cast<Basic>(T->getUnderlying()) : nullptr;
    if (XS && isa<Named>(XS->getElem()) && Str &&
        Str->getBasicKind() == BasicKind::String) {
      const auto *EB = dyn_cast<Basic>(XS->getElem()->getUnderlying());
      OS << (EB && EB->getBasicKind() == BasicKind::Int32 ? "([]rune)("
                                                          : "([]byte)(");
      expr(X, PrecNone);
      OS << ')';
    } else {
      expr(X, PrecNone);
    }
  }
  OS << ')';
}

void GcPrinter::conversionType(const Type *T) {
  // gc parenthesizes a type without a name (`([]byte)(s)`).
  bool HasName = T && (isa<Named>(T) || isa<Basic>(T) ||
                       (isa<Interface>(T) && cast<Interface>(T)->isAny()));
  if (!HasName)
    OS << '(';
  printGcType(OS, T);
  if (!HasName)
    OS << ')';
}

void GcPrinter::builtinCall(const CallExpr *C) {
  auto Args = C->getArgs();
  switch (CP.getBuiltin(C)) {
  case BuiltinId::Make:
    OS << "make(";
    printGcType(OS, C->getType());
    for (size_t I = 1; I < Args.size(); ++I) {
      OS << ", ";
      expr(Args[I], PrecNone);
    }
    OS << ')';
    return;
  case BuiltinId::New:
    OS << "new(";
    printGcType(OS, Args.empty() ? nullptr : Args[0]->getType());
    OS << ')';
    return;
  case BuiltinId::Add:
    OS << "unsafe.Add(";
    break;
  case BuiltinId::Slice:
    OS << "unsafe.Slice(";
    break;
  case BuiltinId::Alignof:
    OS << "unsafe.Alignof(";
    break;
  case BuiltinId::Offsetof:
    OS << "unsafe.Offsetof(";
    break;
  case BuiltinId::Sizeof:
    OS << "unsafe.Sizeof(";
    break;
  case BuiltinId::Recover:
    // gc's type checker makes recover() an ORECOVERFP node, which its
    // printer has no syntax for.
    OS << "<node RECOVERFP>";
    return;
  default: {
    // append, cap, close, complex, copy, delete, imag, len, panic, print,
    // println, real, recover: the builtin's name.
    const Expr *Fun = unparen(C->getFun());
    if (auto *N = dyn_cast<Name>(Fun))
      OS << N->getValue();
    else
      printGcSyntax(OS, Fun);
    OS << '(';
    break;
  }
  }
  list(Args);
  if (C->hasDots())
    OS << "...";
  OS << ')';
}

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
