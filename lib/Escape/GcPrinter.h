//===- GcPrinter.h - gc's expression and statement printer ------*- C++ -*-===//
//
// The printer behind ExprString.h's functions, shared by the files that
// implement it: ExprString.cpp (expressions, operators, selectors),
// GcPrinterCall.cpp (calls, conversions, builtins) and GcPrinterStmt.cpp
// (statements and other nodes).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_ESCAPE_GCPRINTER_H
#define GOSCAPE_LIB_ESCAPE_GCPRINTER_H

#include "goscape/Escape/ExprString.h"
#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"
#include "goscape/Sema/Sema.h"

namespace goscape::escape {

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
           llvm::isa<CompositeLit>(unparen(Op->getX()));
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


/// The field at Index of the struct T (or *T) names, or null.
const Var *gcStructField(const Type *T, unsigned Index);

} // namespace goscape::escape

#endif
