//===- Inline.h - gc 1.19's inlining decisions ------------------*- C++ -*-===//
//
// gc inlines small functions before escape analysis, so its -m output (and
// its escape decisions) depend on which calls it inlines. InlinePlan makes
// gc 1.19's decisions over the typed AST: which functions are inlinable
// (CanInline: a budget of 80 over gc's node count, the constructs that
// forbid inlining), and which calls are inlined (InlineCalls: static
// callees, the caller's budget, no recursion). It records gc's -m lines
// (`can inline f`, `inlining call to f`); IRGen asks it at every call site
// (shouldInline) and lowers the callee's body in place.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_IRGEN_INLINE_H
#define GOSCAPE_IRGEN_INLINE_H

#include "goscape/Sema/Sema.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace goscape {

/// gc 1.19's inlining decisions for one package.
class InlinePlan {
public:
  /// What CanInline found for one function body (a FuncDecl or FuncLit).
  struct FuncInfo {
    /// gc's name (`f`, `T.M`, `(*T).M`, `f.func1`).
    std::string Name;
    /// The body's cost (computed in full even past the budget).
    int Cost = 0;
    bool Inlinable = false;
    /// Why it is not inlinable (gc's -m -m text), when it is not.
    std::string Reason;
    /// More than 5000 nodes: calls in it inline only callees of cost <= 20.
    bool Big = false;
  };

  /// A modelled library function gc 1.19 inlines (its body comes from
  /// export data, so gc inlines it even under -l where it compiles
  /// inlining calls, as in its method wrappers).
  struct LibraryInline {
    /// gc's name (`strings.(*Builder).Len`).
    const char *Name;
    /// The inlined body's cost.
    int Cost;
    /// The calls of the modelled library its body inlines in turn, in
    /// order (gc names, comma-separated; null: none). A callee with an
    /// entry of its own brings its own inlined calls and escapes.
    const char *Inlines = nullptr;
    /// What gc's escape analysis of the inlined body reports as escaping
    /// to the heap at the call, in its order (newline-separated; null:
    /// nothing); an item naming one of Inlines stands for what that
    /// callee's body makes escape.
    const char *Escapes = nullptr;
    /// How the receiver's pointee gets out of the inlined body, as gc
    /// explains the flow from the receiver parameter (`*strings.b`): its
    /// notes (`WHERE (WHY)`, innermost first, newline-separated), to the
    /// heap, or to the result through gc's `~R0` when RecvToResult; null
    /// when it does not.
    const char *RecvLeak = nullptr;
    bool RecvToResult = false;

    /// Appends the functions gc reports inlining for a call of this one:
    /// itself, then the calls its body inlines, depth first.
    void reported(std::vector<std::string> &Out) const;
    /// Appends what the inlined body, with the bodies it inlines, makes
    /// escape to the heap, in gc's order.
    void escapes(std::vector<std::string> &Out) const;
  };
  /// The modelled library function named GcName gc inlines, or null.
  static const LibraryInline *libraryInline(llvm::StringRef GcName);

  /// One -m diagnostic: its position and text (without the position).
  struct Diag {
    SourceLoc Loc;
    std::string Text;
    /// At -m -m, the inlinable function a `can inline f with cost N` line
    /// is about: gc follows it with ` as: ` and the function's text
    /// (escape::gcInlineBodyString).
    const Node *Fn = nullptr;
  };

  /// Decides for every function of CP; DiagLevel is the -m level whose
  /// lines are recorded in getDiags().
  InlinePlan(const CheckedPackage &CP, unsigned DiagLevel);

  /// The body a call resolves to statically (gc's inlCallee: a declared
  /// function, a concrete method, a function literal called directly or
  /// through a local variable that is assigned only once), or null.
  const Node *callee(const CallExpr *E) const;
  /// What CanInline found for Fn (a FuncDecl or FuncLit), or null.
  const FuncInfo *info(const Node *Fn) const;
  /// The callee's body (FuncDecl or FuncLit) when gc inlines call E made
  /// in the body of Cur (the function being compiled) while the callees
  /// of Stack are being inlined there; null when it does not.
  const Node *shouldInline(const CallExpr *E, const Node *Cur,
                    llvm::ArrayRef<const Node *> Stack) const;
  /// The cost of a call of a modelled library function gc inlines (-1
  /// for any other call); appends to Reported the functions gc says it
  /// inlines for it, and to Escapes what gc's escape analysis of the
  /// inlined body reports as escaping at the call.
  int libraryCost(const CallExpr *E,
                  std::vector<std::string> *Reported = nullptr,
                  std::vector<std::string> *Escapes = nullptr) const;
  /// True when gc inlines call E (in Cur, with Stack being inlined), be
  /// it a call shouldInline() answers or a library call.
  bool gcInlines(const CallExpr *E, const Node *Cur,
                 llvm::ArrayRef<const Node *> Stack) const;
  /// The body of a FuncDecl or FuncLit.
  static const BlockStmt *bodyOf(const Node *Fn);
  /// gc's -m lines, in the order gc prints them.
  const std::vector<Diag> &getDiags() const { return Diags; }

private:
  friend class InlineCostVisitor;
  void analyze(const Node *Fn);
  /// Groups the declared functions into gc's strongly connected
  /// components of references (ir.VisitFuncsBottomUp), for laterInScc.
  void computeSccs();
  /// True when Callee is a declared function of the same recursive
  /// component as the one Fn is in (or is), which gc decides after Fn:
  /// it has not been decided yet, and a call of it costs a plain call.
  bool laterInScc(const Node *Fn, const Node *Callee) const;
  void collectFuncs(const Node *N, const Node *Top);
  void collectAssigns(const Node *N);
  void markDead(const Node *N);
  /// Marks dead the statements of a function body (its nested lists
  /// included, not its literals') that gc's dead code elimination drops.
  void markDeadStmts(const BlockStmt *Body);
  void inlineCalls(const Node *Body, const Node *Cur, SourceLoc Outer,
                   std::vector<const Node *> &Stack);
  /// callee(), following local variables to their definition when Vars.
  const Node *callee(const CallExpr *E, bool Vars) const;
  const Node *staticFunc(const Expr *E, bool Vars) const;

  const CheckedPackage &CP;
  unsigned DiagLevel;
  llvm::DenseMap<const Node *, FuncInfo> Infos;
  llvm::DenseSet<const Node *> InProgress, Done;
  /// Local variables defined once (`x := e`, `var x = e`): their value.
  llvm::DenseMap<const Var *, const Expr *> Defs;
  /// Local variables assigned after their definition or address-taken.
  llvm::DenseSet<const Var *> Reassigned;
  /// Calls in the branch a constant if condition never takes.
  llvm::DenseSet<const CallExpr *> DeadCalls;
  /// Function literals in dead code.
  llvm::DenseSet<const Node *> DeadLits;
  /// Declared functions and methods by their object.
  llvm::DenseMap<const Func *, const FuncDecl *> Decls;
  /// The component of each declared function of a cycle of several
  /// (computeSccs), and the declaration each function literal is in.
  llvm::DenseMap<const Node *, unsigned> Scc;
  llvm::DenseMap<const Node *, const Node *> OuterDecl;
  /// The declared functions that are a component of their own referring
  /// to themselves: gc decides neither them nor their literals
  /// ("recursive").
  llvm::DenseSet<const Node *> SelfRecursive;
  std::vector<Diag> Diags;
};

} // namespace goscape

#endif
