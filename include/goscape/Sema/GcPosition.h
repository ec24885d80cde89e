//===- GcPosition.h - Where gc's front end positions its nodes --*- C++ -*-===//
//
// gc's front end builds each expression's IR in source pre-order and moves
// its "current position" as it goes; the conversions and address-ofs it
// inserts take that position. Escape analysis prints these positions, and
// IRGen gives the instructions it creates for them the same ones.
// Implemented in lib/Sema/GcPosition.cpp; unittests/Escape checks them
// against gc 1.19's output.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_SEMA_GCPOSITION_H
#define GOSCAPE_SEMA_GCPOSITION_H

#include "goscape/AST/AST.h"
#include "goscape/Basic/SourceManager.h"

namespace goscape {

class CheckedPackage;

/// The position gc gives the node E becomes: that of E without its
/// parentheses (a call or conversion at its `(`, a composite literal at its
/// `{`, `&T{}` at its `&`, an operation at its operator, a selector at its
/// `.`, a function literal at `func`, a name at its first byte). An
/// implicit conversion gc inserts (an interface conversion of an assigned
/// value or of a call argument) has the position of its context, not of
/// its operand; the caller knows that context.
SourceLoc gcExprLoc(const Expr *E);

/// gc's "current position" (base.Pos) right after its front end built the
/// IR of E: the position of the last non-constant expression of E in
/// source pre-order, except that a call (not a conversion or builtin)
/// leaves it at its own `(` once its arguments are done (a builtin's
/// name does not count: `len(s)` leaves it at s). Invalid when E has no
/// non-constant expression (a constant, a type).
SourceLoc gcLastEnteredLoc(const Expr *E, const CheckedPackage &CP);

/// The position gc gives the implicit conversion (to an interface, or to
/// a channel's or map's element type...) of Operand, an operand of the
/// statement or expression Context. gc positions these at its "current
/// position", which depends on the context:
///  * AssignStmt: gcLastEnteredLoc over the right-hand sides, then the
///    left-hand sides (`sink = []int{n}` at `sink`; the names of a `:=`
///    do not count);
///  * VarDecl: the first name, then gcLastEnteredLoc over the values
///    (`var y any = []int{n}` at `n`, `var s I = T("x")` at `s`);
///  * SendStmt: over the channel then the value;
///  * ReturnStmt, and CallExpr (a call or method call): the latest
///    operand up to Operand that has a position of its own (not a name),
///    else the call's `(` (for a return: the last-entered position of the
///    results); `fmt.Println(n)` converts n at `(`, `take([]int{n})` at
///    `{`, `f("s", n)` n at `"s"`;
///  * a builtin call (panic, ...): the last-entered position of its
///    operands, starting at the call's `(` (`panic(n)` at n, `panic(0)` at
///    `(`);
///  * CompositeLit: a map literal's key and value (and any keyed element)
///    at their `:`, another element at its own position;
///  * IndexExpr (a map key): gcLastEnteredLoc of the map operand.
/// Returns an invalid location for other contexts.
SourceLoc gcImplicitConvLoc(const Node *Context, const Expr *Operand,
                            const CheckedPackage &CP);

/// The position of the address-of gc inserts to evaluate E, which prints
/// as its operand (`from t (address-of) at`):
///  * a SelectorExpr calling or taking the value of a pointer method on an
///    addressable value (`t.M()`, `t.M`): the selector's `.`;
///  * a SliceExpr slicing an addressable array (`arr[n:]`):
///    gcLastEnteredLoc of the slice expression (`n`, or `arr` when the
///    bounds are constants).
/// Invalid for other expressions.
SourceLoc gcImplicitAddrLoc(const Expr *E, const CheckedPackage &CP);

} // namespace goscape

#endif // GOSCAPE_SEMA_GCPOSITION_H
