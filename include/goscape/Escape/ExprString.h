//===- ExprString.h - Nodes and types as gc prints them in -m ---*- C++ -*-===//
//
// gc's escape analysis names expressions and statements with `%v` of its IR
// nodes (`&T{...} escapes to heap`, `from sink = x (assign)`). Those IR
// nodes are gc's typechecked rewrite of the syntax, so their spelling is
// not the source text:
//
//  * Parentheses are dropped and re-inserted by operator precedence, with
//    gc's table (`(n + 1) * 2`, `*(&n)`, `- (-n)`, `(func literal)()`).
//  * A constant expression prints as its source text in gc's syntax-printer
//    form (`1 << 3 | 4`, `K * K2`, `int8(-5)`, `"a\n"`).
//  * Composite literals print their type and `{...}` (`[1]int{...}` for
//    `[...]int{1}`, `&T{}` for an elided `&T`), function literals print as
//    `func literal`, conversions to unnamed types parenthesize the type
//    (`([]byte)(s)`, `(interface {})(n)`).
//  * Calls are shown after gc's rewrites: a static method call is a call
//    of the method expression with the receiver first (`(*T).M(t, x)`, the
//    implicit `&`/`*` omitted, promoted fields spelled out: `T.V(e.T)`),
//    and the variadic arguments of a call without `...` are the implicit
//    slice `... argument` (`fmt.Println(... argument...)`, `f(nil...)`
//    when there are none).
//  * Selectors spell out promoted fields (`e.T.a`, `e.T.M`).
//
// Types print as gc's types package does for users (fmtGo): `interface {}`,
// `struct { x int; y int }`, `func(int, string) (bool, error)`, `any`,
// `byte` distinct from `uint8`, other packages' types qualified.
//
// Positions (gcExprLoc, gcImplicitConvLoc, gcImplicitAddrLoc) are
// goscape/Sema/GcPosition.h, which IRGen uses too.
//
// Implemented in lib/Escape/ExprString.cpp (expressions, statements) and
// GcTypeString.cpp (types, the syntax printer); unittests/Escape checks
// them against gc 1.19's output.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_ESCAPE_EXPRSTRING_H
#define GOSCAPE_ESCAPE_EXPRSTRING_H

#include "goscape/AST/AST.h"
#include "goscape/Basic/SourceManager.h"
#include "goscape/Sema/GcPosition.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace goscape {

class CheckedPackage;
class Func;
class Type;

namespace escape {

/// Writes T as gc's types package prints a type in messages (`%v`).
void printGcType(llvm::raw_ostream &OS, const Type *T);
/// printGcType() into a string.
std::string gcTypeString(const Type *T);

/// gc's devirtualization of an interface method call `x.M(args)` whose
/// receiver holds a known concrete type (lib/Escape/Call.cpp).
struct DevirtualizedCall {
  /// The concrete type T of `x.(T)`.
  const Type *Concrete = nullptr;
  /// The method found on T (an interface's method when Partial).
  const Func *Method = nullptr;
  /// The embedded fields from T to the method's receiver.
  llvm::SmallVector<unsigned, 2> Embedded;
  /// The method is promoted from an embedded interface: the call stays an
  /// interface call, on that field.
  bool Partial = false;
};
/// The devirtualized calls of a package.
using DevirtualizedCalls =
    llvm::DenseMap<const CallExpr *, DevirtualizedCall>;

/// The calls whose function (or method receiver) gc's type checker
/// evaluates into a temporary first, with its name: the call prints it in
/// place of that expression (`.autotmp_2.M()` for `f().M()`).
using GcExprNames = llvm::DenseMap<const CallExpr *, std::string>;

/// What gc's escape analysis has rewritten when it prints a message.
struct GcPrintState {
  /// The calls it devirtualized (before escape analysis).
  const DevirtualizedCalls *Devirt = nullptr;
  /// An expression it has not visited yet (the source of a flow it
  /// explains while building the graph): the calls in it print as the type
  /// checker left them, their variadic arguments as written and a
  /// devirtualized call as `x.(T).M(args)`.
  const Node *Unvisited = nullptr;
  /// The calls whose callee or receiver the type checker put in a
  /// temporary first, with its name.
  const GcExprNames *CallTemps = nullptr;
};

/// Whether calls print after escape analysis's rewrites of them.
///
/// gc rewrites a call (variadic arguments into `... argument`, a static
/// method call into `T.M(recv, ...)`) when its escape analysis visits the
/// call. Almost every message is printed after that; but a `-m -m`
/// explanation block that gc prints while it builds the graph (an edge
/// into an already escaping location: `sink = fmt.Sprint(n)` prints
/// `fmt.Sprint(n) escapes to heap:` and `from fmt.Sprint(n) (spill)`)
/// shows the calls not yet visited as written. AsWritten prints the
/// outermost call as written (gc keeps the original of a call whose
/// multi-value argument its type checker rewrote), the calls in it
/// rewritten. Typechecked prints every call as gc's type checker leaves it
/// (the form its inliner keeps of a body): static method calls rewritten,
/// variadic arguments not yet packed.
enum class CallForm { Rewritten, AsWritten, Typechecked };

/// The expression gc's type checker evaluates into a temporary before the
/// call CE (RewriteNonNameCall): its function, or a method call's
/// receiver, when that contains a call (other than `new`) or a receive;
/// null when there is none.
const Expr *nonNameCallee(const CallExpr *CE, const CheckedPackage &CP);

/// Writes the expression E as gc prints the IR node it becomes with `%v`
/// in escape analysis messages (see the file comment). E must have been
/// type-checked without errors in CP.
void printGcExpr(llvm::raw_ostream &OS, const Expr *E,
                 const CheckedPackage &CP,
                 CallForm Form = CallForm::Rewritten,
                 const GcPrintState *State = nullptr);
/// printGcExpr() into a string.
std::string gcExprString(const Expr *E, const CheckedPackage &CP,
                         CallForm Form = CallForm::Rewritten,
                         const GcPrintState *State = nullptr);

/// gcExprString() of the call C as gc's go/defer wrapper makes it: the
/// operands (function value, arguments) it copied into temporaries print
/// as their names, given by Temps (`f(.autotmp_1)`), and so does a method
/// call's receiver as the call passes it (embedded fields, implicit
/// `&`/`*` and a devirtualizing assertion included) when RecvTemp names
/// it (`(*T).M(.autotmp_2)` for `defer o.M()` of a promoted method).
std::string
gcWrappedCallString(const CallExpr *C, const CheckedPackage &CP,
                    const llvm::DenseMap<const Expr *, std::string> &Temps,
                    const GcPrintState *State = nullptr,
                    llvm::StringRef RecvTemp = llvm::StringRef());

/// The receiver gc evaluates for the method value or method call S
/// (`X.M`), with the embedded fields of a promoted method spelled out:
/// `e.T` for `e.M` when M is T's. gc names this implicit node in `-m -m`
/// explanations (`from e.T (dot) at` the selector's `.`).
std::string gcReceiverString(const SelectorExpr *S, const CheckedPackage &CP);

/// Writes the statement-like node N as gc prints it with `%v` in the
/// `from ... (reason)` lines of -m -m:
///  * AssignStmt: `x := v`, `a, b = f()`, `x += y`, `x++`;
///  * VarDecl (a `var` spec with values): `k = h` (gc's assignment, never
///    `:=`);
///  * ReturnStmt `return p, q`, SendStmt `ch <- v`, CallStmt `defer f(x)` /
///    `go f(x)`, ExprStmt (its expression);
///  * ForStmt and RangeClause `for loop`, SwitchStmt `switch statement`,
///    SelectStmt `select statement`;
///  * any Expr: printGcExpr().
void printGcNode(llvm::raw_ostream &OS, const Node *N,
                 const CheckedPackage &CP,
                 CallForm Form = CallForm::Rewritten,
                 const GcPrintState *State = nullptr);
/// printGcNode() into a string.
std::string gcNodeString(const Node *N, const CheckedPackage &CP,
                         CallForm Form = CallForm::Rewritten,
                         const GcPrintState *State = nullptr);

/// gc's -m -m text of the inlinable function Fn (a FuncDecl or FuncLit):
/// its type and its body, `func(int) int { return x + 1 }`, a method's
/// type as `method(T) func() int`.
std::string gcInlineBodyString(const Node *Fn, const CheckedPackage &CP);

/// Writes E in the form of gc's syntax printer (syntax.String, short form:
/// operators between blanks, parentheses as written, non-empty composite
/// literal and function bodies as `…`): the text gc shows for a constant
/// expression.
void printGcSyntax(llvm::raw_ostream &OS, const Expr *E);

} // namespace escape
} // namespace goscape

#endif
