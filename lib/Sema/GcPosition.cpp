//===- GcPosition.cpp - Where gc positions its implicit conversions -------===//
//
// gc's front end builds each expression's IR in source pre-order and sets
// its "current position" (base.Pos) to every non-constant expression it
// enters; a call leaves it at the call's `(` (the call's transformation
// sets it and nobody restores it), composite literals and argument checks
// restore what they found. Implicit conversions are created at that
// current position, after the context's operands were built, or, in
// argument and literal-element checks, after moving it to each operand
// that has a position of its own (not a name: gc shares name nodes). This
// file models that for the contexts ExprString.h lists.
//
//===----------------------------------------------------------------------===//

#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"
#include "goscape/Sema/GcPosition.h"
#include "goscape/Sema/Sema.h"

using namespace goscape;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

SourceLoc goscape::gcExprLoc(const Expr *E) { return unparen(E)->getLoc(); }

namespace {

/// Computes gc's current position while walking expressions.
class PosModel {
public:
  explicit PosModel(const CheckedPackage &CP) : CP(CP) {}

  /// Moves the current position as building E does.
  void enter(const Expr *E);
  SourceLoc get() const { return Cur; }
  void set(SourceLoc L) { Cur = L; }
  /// Whether gc's node for E has a position of its own: everything but a
  /// (non-constant) name, qualified or not; nil and constants do.
  bool hasUniquePos(const Expr *E) const;

private:
  bool isInert(const Expr *E) const {
    return CP.getMode(E) == ExprMode::TypeExpr ||
           (E->getConstValue() && CP.getMode(E) != ExprMode::TypeExpr);
  }

  const CheckedPackage &CP;
  SourceLoc Cur;
};

} // namespace

bool PosModel::hasUniquePos(const Expr *E) const {
  E = unparen(E);
  if (isInert(E))
    return true;
  // A qualified identifier (`os.Args`) is a name node to gc too.
  if (auto *S = dyn_cast<SelectorExpr>(E))
    return CP.getSelection(S) != nullptr;
  if (!isa<Name>(E))
    return true;
  return CP.getMode(E) == ExprMode::Nil;
}

void PosModel::enter(const Expr *E) {
  E = unparen(E);
  if (!E || isInert(E))
    return;
  Cur = E->getLoc();
  switch (E->getKind()) {
  case NodeKind::CompositeLit:
    for (const Expr *El : cast<CompositeLit>(E)->getElems()) {
      if (auto *KV = dyn_cast<KeyValueExpr>(El)) {
        // A struct literal's keys are field names, not expressions.
        const Type *T = E->getType();
        if (auto *P = dyn_cast_or_null<Pointer>(T))
          T = P->getElem();
        if (!(T && isa<Struct>(T->getUnderlying())))
          enter(KV->getKey());
        enter(KV->getValue());
        continue;
      }
      enter(El);
    }
    return;
  case NodeKind::SelectorExpr:
    if (CP.getSelection(cast<SelectorExpr>(E)))
      enter(cast<SelectorExpr>(E)->getX());
    return;
  case NodeKind::IndexExpr:
    enter(cast<IndexExpr>(E)->getX());
    enter(cast<IndexExpr>(E)->getIndex());
    return;
  case NodeKind::SliceExpr: {
    auto *S = cast<SliceExpr>(E);
    enter(S->getX());
    enter(S->getLow());
    enter(S->getHigh());
    enter(S->getMax());
    return;
  }
  case NodeKind::AssertExpr:
    enter(cast<AssertExpr>(E)->getX());
    return;
  case NodeKind::Operation:
    enter(cast<Operation>(E)->getX());
    enter(cast<Operation>(E)->getY());
    return;
  case NodeKind::KeyValueExpr:
    enter(cast<KeyValueExpr>(E)->getKey());
    enter(cast<KeyValueExpr>(E)->getValue());
    return;
  case NodeKind::CallExpr: {
    // A builtin's name is no expression to gc.
    auto *C = cast<CallExpr>(E);
    CallKind K = CP.getCallKind(C);
    if (K != CallKind::Builtin)
      enter(C->getFun());
    for (const Expr *A : C->getArgs())
      enter(A);
    // A conversion's or builtin's check restores the position; a call's
    // does not.
    if (K != CallKind::Conversion && K != CallKind::Builtin)
      Cur = C->getLoc();
    return;
  }
  default:
    return;
  }
}

SourceLoc goscape::gcLastEnteredLoc(const Expr *E, const CheckedPackage &CP) {
  PosModel M(CP);
  M.enter(E);
  return M.get();
}

/// Whether Operand is Root or inside it.
static bool contains(const Expr *Root, const Expr *Operand) {
  return unparen(Root) == unparen(Operand);
}

/// The position of the conversion of Operand among Operands, each checked
/// in order after moving the current position (starting at Start) to the
/// operands that have one. In a composite literal every element has one:
/// gc wraps a name element in a positioned node.
static SourceLoc checkedOperandLoc(const PosModel &M, SourceLoc Start,
                                   llvm::ArrayRef<Expr *> Operands,
                                   const Expr *Operand, bool AllUnique) {
  SourceLoc L = Start;
  for (const Expr *A : Operands) {
    const Expr *Value = A;
    SourceLoc Own = gcExprLoc(A);
    if (auto *KV = dyn_cast<KeyValueExpr>(unparen(A))) {
      Value = KV->getValue();
      Own = KV->getLoc();
      L = Own;
    } else if (AllUnique || M.hasUniquePos(A)) {
      L = Own;
    }
    if (contains(Value, Operand) || contains(A, Operand))
      return L;
  }
  return SourceLoc();
}

SourceLoc goscape::gcImplicitConvLoc(const Node *Context, const Expr *Operand,
                                    const CheckedPackage &CP) {
  PosModel M(CP);
  switch (Context->getKind()) {
  case NodeKind::AssignStmt: {
    // gc builds the right-hand sides first; the names of a `:=` are
    // declarations or references to gc, not expressions.
    auto *A = cast<AssignStmt>(Context);
    for (const Expr *R : A->getRhs())
      M.enter(R);
    if (!A->isDefine())
      for (const Expr *L : A->getLhs())
        if (!(isa<Name>(unparen(L)) && cast<Name>(unparen(L))->isBlank()))
          M.enter(L);
    return M.get();
  }
  case NodeKind::VarDecl:
    // gc starts a var declaration at its first name.
    M.set(Context->getLoc());
    for (const Expr *V : cast<VarDecl>(Context)->getValues())
      M.enter(V);
    return M.get();
  case NodeKind::SendStmt:
    M.enter(cast<SendStmt>(Context)->getChan());
    M.enter(cast<SendStmt>(Context)->getValue());
    return M.get();
  case NodeKind::ReturnStmt: {
    auto Results = cast<ReturnStmt>(Context)->getResults();
    for (const Expr *R : Results)
      M.enter(R);
    return checkedOperandLoc(M, M.get(), Results, Operand,
                             /*AllUnique=*/false);
  }
  case NodeKind::CallExpr: {
    auto *C = cast<CallExpr>(Context);
    if (CP.getCallKind(C) == CallKind::Builtin) {
      // Builtins convert where building the call left the position: at the
      // last non-constant operand (`panic(n)` at n, `panic(0)` at `(`).
      M.set(C->getLoc());
      for (const Expr *A : C->getArgs())
        M.enter(A);
      return M.get();
    }
    return checkedOperandLoc(M, C->getLoc(), C->getArgs(), Operand,
                             /*AllUnique=*/false);
  }
  case NodeKind::CompositeLit: {
    auto *Lit = cast<CompositeLit>(Context);
    const Type *T = Lit->getType();
    if (auto *P = dyn_cast_or_null<Pointer>(T))
      T = P->getElem();
    if (T && isa<Map>(T->getUnderlying())) {
      // Keys and values are converted at their `:`.
      for (const Expr *El : Lit->getElems())
        if (auto *KV = dyn_cast<KeyValueExpr>(El))
          if (contains(KV->getKey(), Operand) ||
              contains(KV->getValue(), Operand))
            return KV->getLoc();
      return SourceLoc();
    }
    return checkedOperandLoc(M, Lit->getLoc(), Lit->getElems(), Operand,
                             /*AllUnique=*/true);
  }
  case NodeKind::IndexExpr:
    return gcLastEnteredLoc(cast<IndexExpr>(Context), CP);
  default:
    return SourceLoc();
  }
}

SourceLoc goscape::gcImplicitAddrLoc(const Expr *E, const CheckedPackage &CP) {
  E = unparen(E);
  if (isa<SelectorExpr>(E))
    return E->getLoc();
  if (isa<SliceExpr>(E))
    return gcLastEnteredLoc(E, CP);
  return SourceLoc();
}
