//===- GcPrinterCall.cpp - Calls as gc prints them --------------------------===//
//
// Calls, method expressions, devirtualized calls, conversions and builtin
// calls, printed the way gc 1.19's exprFmt prints the nodes they become.
//
//===----------------------------------------------------------------------===//

#include "GcPrinter.h"

#include "llvm/ADT/ScopeExit.h"

using namespace goscape;
using namespace goscape::escape;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

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
    const Var *F = gcStructField(T, I);
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
