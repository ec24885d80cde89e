//===- Sema.h - The Go type checker's entry point and result ----*- C++ -*-===//
//
// checkPackage() type-checks the files of one package (modelled on gc's
// types2, Go 1.19, with gc's CompilerErrorMessages wording) and returns a
// CheckedPackage: everything later layers (SSA lowering, escape analysis)
// need to know about the program beyond the syntax.
//
// What lives where:
//
//  * In the AST itself (see AST.h): every Expr's final type (Expr::getType;
//    for a type expression, the type it denotes) and constant value
//    (Expr::getConstValue). As in types2, an untyped expression records the
//    type its context converted it to (`x + 1` with x float64 records
//    float64 on the literal `1`; `var f float64 = 3` records float64 on
//    `3`). Two cases stay untyped and must be read through their default
//    type: operands inside a folded constant expression (only the whole
//    expression's type and value matter), and untyped booleans used
//    directly as conditions (`if a < b`: the comparison is `untyped
//    bool`). A call of a function without results has the empty Tuple as
//    type; a builtin's name has no type. Every Name has its Object
//    (Name::getObject, at declaration sites too; the blank identifier on
//    the left of `=` has none), every BranchStmt's target statement, every
//    type switch clause's implicitly declared variable
//    (CaseClause::getImplicitObject).
//  * In the CheckedPackage: per-expression modes, selections, call kinds,
//    the package-level initialization order and function bodies to lower.
//
// Invariant when checkPackage() reported no errors: every Expr reachable
// from a declaration has a type and a mode; all Names resolve; every
// SelectorExpr that is not a qualified identifier (`fmt.Println`) has a
// Selection; every CallExpr has a CallKind.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_SEMA_SEMA_H
#define GOSCAPE_SEMA_SEMA_H

#include "goscape/AST/ASTContext.h"
#include "goscape/AST/Constant.h"
#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"
#include "goscape/Basic/Diagnostic.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

namespace goscape {

/// How an expression can be used (types2's operand modes).
enum class ExprMode : uint8_t {
  Invalid,  ///< The expression had an error.
  NoValue,  ///< A call of a function without results.
  Builtin,  ///< A builtin function name (`len`); only callable.
  TypeExpr, ///< The expression denotes a type.
  Constant, ///< A constant; Expr::getConstValue() holds its value.
  Variable, ///< An addressable variable (`x`, `*p`, `a[i]` of a slice...).
  MapIndex, ///< `m[k]`: assignable but not addressable.
  Value,    ///< A computed value.
  Nil,      ///< The predeclared nil (its type says which nil after
            ///< conversion; untyped nil when it stayed untyped).
  CommaOk,  ///< A value that may also be used in a `v, ok` context: a map
            ///< index, type assertion or receive. The CheckedPackage says
            ///< whether it was actually used with two results
            ///< (isCommaOk()).
};

/// The spelling types2 uses for a mode in messages ("variable",
/// "map index expression", ...).
llvm::StringRef getExprModeName(ExprMode M);

/// What a selector expression `X.Sel` selects (types2's SelectionKind plus
/// qualified identifiers, which types2 records as uses instead).
enum class SelectionKind : uint8_t {
  FieldVal,   ///< `x.f`: a struct field (possibly promoted).
  MethodVal,  ///< `x.m`: a method value or the callee of a method call.
  MethodExpr, ///< `T.m` / `(*T).m`: a method expression (a function whose
              ///< first parameter is the receiver).
};

/// The selection of `X.Sel` (types2's Selection).
///
/// Path is the index path to the selected object: for FieldVal, the field
/// indices through the embedded fields followed by the selected field's
/// index; for methods, the embedded field indices followed by the index of
/// the method in the declaring type's method list (Named::getMethods) or,
/// for an interface method, in Interface::getAllMethods. The path is
/// walked from X's type: when an intermediate embedded field (or X itself)
/// is a pointer, the walk dereferences it implicitly (Indirect is true if
/// any pointer was dereferenced on the way, as types2 reports).
struct Selection {
  SelectionKind Kind;
  /// The type of X (for MethodExpr, the type T written in `T.m`).
  const Type *Recv = nullptr;
  /// The selected field (a Var) or method (a Func).
  Object *Obj = nullptr;
  /// Index path, see above.
  llvm::ArrayRef<unsigned> Path;
  /// Whether a pointer indirection was needed to reach the field/method.
  bool Indirect = false;
  /// For methods: whether the method is declared with a pointer receiver
  /// (a method value/call on an addressable value then takes its address).
  bool PtrRecv = false;
  /// For methods: whether the method belongs to an interface (dynamic
  /// dispatch).
  bool InterfaceMethod = false;
  /// The type of the whole selector expression (a Signature without
  /// receiver for method values; with the receiver as first parameter for
  /// method expressions).
  const Type *Ty = nullptr;
};

/// What a CallExpr is.
enum class CallKind : uint8_t {
  Call,       ///< A function, method, closure or method value call.
  Conversion, ///< `T(x)`.
  Builtin,    ///< `len(x)`, `append(...)`, `unsafe.Sizeof(x)`, ...
};

/// One package-level variable initialization, in execution order:
/// `Lhs = Init` (several Lhs when Init is a call with several results).
/// Lhs entries may be null for blank (`_`) variables.
struct Initializer {
  llvm::SmallVector<Var *, 1> Lhs;
  Expr *Init = nullptr;
};

/// The result of type-checking a package. Owns nothing but its tables:
/// types, objects and constants live in the TypeContext/ConstantContext
/// passed to checkPackage, which must outlive it.
class CheckedPackage {
public:
  CheckedPackage(TypeContext &Types, ConstantContext &Consts)
      : Types(Types), Consts(Consts) {}

  Package *getPackage() const { return Pkg; }
  TypeContext &getTypes() const { return Types; }
  ConstantContext &getConsts() const { return Consts; }

  /// The mode of E (Invalid if E was never checked).
  ExprMode getMode(const Expr *E) const {
    uint32_t Id = E->getId();
    return Id < Modes.size() ? Modes[Id] : ExprMode::Invalid;
  }
  /// True when E (a map index, type assertion or receive) is used in a
  /// two-result `v, ok` context; its type is then the value type and the
  /// second result is an untyped bool.
  bool isCommaOk(const Expr *E) const { return CommaOkUses.count(E); }
  /// The selection of a selector expression, or null for a qualified
  /// identifier (`pkg.Name`: resolved through Sel->getObject()).
  const Selection *getSelection(const SelectorExpr *E) const {
    uint32_t Slot = E->getSemaSlot();
    if (Slot == 0 || Slot > Selections.size() ||
        Selections[Slot - 1].first != E)
      return nullptr;
    return &Selections[Slot - 1].second;
  }
  CallKind getCallKind(const CallExpr *E) const {
    uint32_t Id = E->getId();
    return Id < Calls.size() ? Calls[Id] : CallKind::Call;
  }
  /// For a CallKind::Builtin call, which builtin.
  BuiltinId getBuiltin(const CallExpr *E) const {
    uint32_t Id = E->getId();
    return Id < Builtins.size() ? Builtins[Id] : BuiltinId();
  }
  /// Package-level variable initializers in Go's initialization order
  /// (types2's Info.InitOrder).
  llvm::ArrayRef<Initializer> getInitOrder() const { return InitOrder; }
  /// The func declarations with bodies, `init` functions included, in
  /// source order.
  llvm::ArrayRef<FuncDecl *> getFuncDecls() const { return FuncDecls; }
  /// The Func object of a FuncDecl (init functions are not in any scope).
  Func *getFunc(const FuncDecl *D) const { return FuncObjs.lookup(D); }
  /// The Var objects implicitly declared by a node: the named or unnamed
  /// results and parameters of a FuncDecl / FuncLit are in its Signature;
  /// this map records, for a FuncLit or FuncDecl, its Signature.
  const Signature *getSignature(const Node *FuncNode) const {
    return Sigs.lookup(FuncNode);
  }

  // Mutators, for the checker.
  void setPackage(Package *P) { Pkg = P; }
  void setMode(const Expr *E, ExprMode M) {
    uint32_t Id = E->getId();
    if (Id >= Modes.size())
      Modes.resize(std::max<size_t>(Id + 1, Modes.size() * 2),
                   ExprMode::Invalid);
    Modes[Id] = M;
  }
  void setCommaOk(const Expr *E) { CommaOkUses.insert({E, true}); }
  void setSelection(const SelectorExpr *E, const Selection &S) {
    uint32_t Slot = E->getSemaSlot();
    if (Slot != 0 && Slot <= Selections.size() &&
        Selections[Slot - 1].first == E) {
      Selections[Slot - 1].second = S;
      return;
    }
    Selections.emplace_back(E, S);
    // The slot is checker scratch in the node (SelectorExpr::getSemaSlot);
    // the checker owns the AST it annotates.
    const_cast<SelectorExpr *>(E)->setSemaSlot(Selections.size());
  }
  void setCallKind(const CallExpr *E, CallKind K) {
    uint32_t Id = E->getId();
    if (Id >= Calls.size())
      Calls.resize(std::max<size_t>(Id + 1, Calls.size() * 2),
                   CallKind::Call);
    Calls[Id] = K;
  }
  void setBuiltin(const CallExpr *E, BuiltinId B) {
    uint32_t Id = E->getId();
    if (Id >= Builtins.size())
      Builtins.resize(std::max<size_t>(Id + 1, Builtins.size() * 2),
                      BuiltinId());
    Builtins[Id] = B;
  }
  void addInitializer(Initializer I) { InitOrder.push_back(std::move(I)); }
  void addFuncDecl(FuncDecl *D, Func *F) {
    FuncDecls.push_back(D);
    FuncObjs[D] = F;
  }
  void setSignature(const Node *N, const Signature *S) { Sigs[N] = S; }

private:
  TypeContext &Types;
  ConstantContext &Consts;
  Package *Pkg = nullptr;
  /// Modes, call kinds and builtins by node id (ids are dense per
  /// ASTContext).
  std::vector<ExprMode> Modes;
  llvm::DenseMap<const Expr *, bool> CommaOkUses;
  /// Found through each SelectorExpr's slot; a deque keeps the Selections
  /// in place as it grows.
  std::deque<std::pair<const SelectorExpr *, Selection>> Selections;
  std::vector<CallKind> Calls;
  std::vector<BuiltinId> Builtins;
  std::vector<Initializer> InitOrder;
  std::vector<FuncDecl *> FuncDecls;
  llvm::DenseMap<const FuncDecl *, Func *> FuncObjs;
  llvm::DenseMap<const Node *, const Signature *> Sigs;
};

/// Type-checks the files of Ctx as one package, reporting errors to Diags
/// in gc's words. Always returns a CheckedPackage (partially annotated when
/// there were errors; check Diags.hasErrors()). BranchesChecked says that
/// checkBranches already ran over every function body; otherwise each body
/// is checked for them when it is type-checked.
std::unique_ptr<CheckedPackage>
checkPackage(ASTContext &Ctx, const SourceManager &SM, TypeContext &Types,
             ConstantContext &Consts, DiagnosticEngine &Diags,
             bool BranchesChecked = false);

/// Reports the label and branch errors of Bodies (function bodies parsed
/// without syntax errors, in source order) and records branch targets:
/// gc's parser checks those bodies before type checking, and even in a
/// package that has syntax errors (and so is not type-checked).
void checkBranches(ASTContext &Ctx, const SourceManager &SM, TypeContext &Types,
                   ConstantContext &Consts, DiagnosticEngine &Diags,
                   llvm::ArrayRef<BlockStmt *> Bodies);

} // namespace goscape

#endif
