//===- Checker.h - The type checker's private state -------------*- C++ -*-===//
//
// The Checker walks a package the way gc's types2 does (Go 1.19):
//
//  1. collectObjects (CheckPackage.cpp) declares every package-level object
//     in the package scope and imports in per-file scopes, remembering for
//     each object a DeclInfo: the syntax to check and the file scope.
//  2. packageObjects type-checks the objects in source order, non-alias
//     types first; objDecl checks an object on first reference, so
//     declarations may appear in any order. A grey/black colouring with an
//     object path detects cycles (validCycle / cycleError).
//  3. Function bodies are checked after all package-level objects, in
//     source order; each body's local declarations, unused variables and
//     branch statements (CheckLabels.cpp, which mirrors gc's parser-side
//     checkBranches) are handled there.
//  4. initOrder (CheckInitOrder.cpp) sorts package variables by dependency.
//
// Expressions evaluate into an Operand (types2's operand): a mode, the
// expression, its type and constant value. Untyped expressions keep their
// untyped type until context gives them one; updateExprType then writes
// the final type into the syntax tree, recursively, as types2's
// updateExprType does through its untyped map.
//
// Every message is gc's text (CompilerErrorMessages mode) declared in
// SemaDiagnostics.def; CheckExprString.cpp renders expressions, operands
// and objects the way gc's syntax printer and types2 render them.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_SEMA_CHECKER_H
#define GOSCAPE_LIB_SEMA_CHECKER_H

#include "goscape/AST/ASTContext.h"
#include "goscape/AST/Constant.h"
#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"
#include "goscape/Basic/Diagnostic.h"
#include "goscape/Sema/Lookup.h"
#include "goscape/Sema/Sema.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Allocator.h"

#include <functional>
#include <string>
#include <vector>

namespace goscape {
namespace sema {

/// The result of evaluating an expression (types2's operand).
struct Operand {
  ExprMode Mode = ExprMode::Invalid;
  Expr *E = nullptr;
  const Type *Ty = nullptr;
  const Constant *Val = nullptr;
  BuiltinId Id = BuiltinId::Append;

  bool isInvalid() const { return Mode == ExprMode::Invalid; }
  void setInvalid() { Mode = ExprMode::Invalid; }
};

/// What the checker knows about a package-level object's declaration
/// (types2's declInfo).
struct DeclInfo {
  Scope *FileScope = nullptr;
  /// For `var a, b = f()`: all variables initialized by Init.
  llvm::ArrayRef<Var *> Lhs;
  Expr *VType = nullptr;
  Expr *Init = nullptr;
  /// A const spec without values repeating an earlier spec's.
  bool Inherited = false;
  /// For inherited consts, the position of the repeating spec (errors in
  /// the repeated expression are reported there).
  SourceLoc InheritedPos;
  uint32_t Iota = 0;
  TypeDecl *TDecl = nullptr;
  FuncDecl *FDecl = nullptr;
  /// Source order among package objects.
  unsigned Order = 0;
  /// Package-level objects this declaration refers to (for init order).
  llvm::SmallSetVector<Object *, 4> Deps;
};

/// The kind of context an assignment happens in, for messages.
enum class AssignContext : uint8_t {
  Assignment,
  VarDecl,
  Argument,
  Return,
  MapIndex,
  ArrayOrSliceLit,
  MapLit,
  StructLit,
  Send,
  Range,
  ConstDecl,
  Blank,
  SwitchExpr,
};

/// What kind of expression an expression statement or go/defer holds
/// (types2's exprKind).
enum class ExprKind : uint8_t { Conversion, Expression, Statement };

/// Per-function checking state.
struct FuncContext {
  const Signature *Sig = nullptr;
  /// The scope holding parameters and results.
  Scope *SigScope = nullptr;
  /// Local variables declared in this function (not in nested literals),
  /// for "declared but not used".
  std::vector<Var *> Locals;
  bool HasDefer = false;
};

class Checker : public LookupHooks {
public:
  Checker(ASTContext &Ctx, const SourceManager &SM, TypeContext &Types,
          ConstantContext &Consts, DiagnosticEngine &Diags,
          CheckedPackage &Result);

  void checkFiles();

  //===--- CheckPackage.cpp ----------------------------------------------===//
  void collectObjects();
  bool declare(Scope *S, Name *Id, Object *Obj);
  void declarePkgObj(Name *Id, Object *Obj, DeclInfo *D);
  void packageObjects();
  void objDecl(Object *Obj, const Named *Def);
  bool validCycle(Object *Obj);
  void cycleError(llvm::ArrayRef<Object *> Cycle);
  void unusedImports();
  /// gc's back-end check, run on an otherwise valid package: a variable or
  /// defined type whose array type is larger than the address space.
  void checkSizes();
  void checkMainAndInit();
  TypeName *resolveBaseTypeName(Expr *RecvType, Scope *FileScope);

  //===--- CheckDecl.cpp -------------------------------------------------===//
  void constDecl(Const *Obj, Expr *Typ, Expr *Init, bool Inherited,
                 SourceLoc InheritedPos);
  void varDecl(Var *Obj, llvm::ArrayRef<Var *> Lhs, Expr *Typ, Expr *Init);
  void typeDecl(TypeName *Obj, TypeDecl *TD, const Named *Def);
  /// The underlying type that `type N RN` gives N, RN a defined type. RN
  /// may still be under declaration (`type T1 struct{ Next *T2 }; type T2
  /// T1`): N then forwards to RN until validType resolves the chain, as
  /// types2's Named.under does. A chain of forwards back to N is a cycle
  /// without structure (`type A B; type B A`): reported, and every type on
  /// it becomes invalid.
  const Type *definedUnderlying(const Named *N, const Named *RN);
  void collectMethods(TypeName *Obj);
  void funcDecl(Func *Obj, DeclInfo *D);
  /// Checks a function's body; BodyIota is the iota its constant
  /// expressions see (that of the constant declaration a literal is in).
  void funcBody(DeclInfo *D, const Signature *Sig, Scope *SigScope,
                BlockStmt *Body, const Constant *BodyIota);
  void declStmt(DeclStmt *S);
  void usage(FuncContext &F);
  void addDeclDep(Object *To);

  //===--- CheckTypes.cpp ------------------------------------------------===//
  const Type *typExpr(Expr *E);
  const Type *definedType(Expr *E, const Named *Def);
  const Type *varType(Expr *E);
  const Type *typInternal(Expr *E, const Named *Def);
  int64_t arrayLength(Expr *E);
  const Struct *structType(StructType *E);
  const Interface *interfaceType(InterfaceType *E, const Named *Def);
  const Signature *funcType(FuncType *E, Field *Recv, Scope *&SigScope,
                            bool DeclareParams);
  void computeInterfaceMethods(const Interface *I, SourceLoc Pos);
  void validType(const Named *T);
  bool validType0(const Type *T, llvm::SmallVectorImpl<const Named *> &Path);
  void genericError(SourceLoc Loc);

  //===--- CheckExprString.cpp -------------------------------------------===//
  std::string exprString(const Expr *E) const;
  std::string operandString(const Operand &X) const;
  std::string typeString(const Type *T) const;
  std::string constString(const Constant *C) const;
  std::string objectString(const Object *O) const;
  std::string funcString(const Func *F) const;
  std::string tupleString(llvm::ArrayRef<const Type *> Types,
                          bool Variadic) const;

  //===--- CheckExpr.cpp -------------------------------------------------===//
  void rawExpr(Operand &X, Expr *E, const Type *Hint, bool AllowGeneric);
  void exprInternal(Operand &X, Expr *E, const Type *Hint);
  void expr(Operand &X, Expr *E);
  void exprWithHint(Operand &X, Expr *E, const Type *Hint);
  void exprOrType(Operand &X, Expr *E);
  void multiExpr(Operand &X, Expr *E);
  void singleValue(Operand &X);
  void ident(Operand &X, Name *E, const Named *Def, bool WantType);
  void basicLit(Operand &X, BasicLit *E);
  void unary(Operand &X, Operation *E);
  void record(Operand &X);
  void updateExprType(Expr *E, const Type *T, bool Final);
  void convertUntyped(Operand &X, const Type *Target);
  const Type *implicitTypeAndValue(Operand &X, const Type *Target,
                                   const Constant **Val, int &Code);
  void invalidConversion(Operand &X, const Type *Target, int Code);
  bool representable(Operand &X, const Basic *T, bool Report);
  void overflow(Operand &X, SourceLoc OpPos);
  const Type *defaultType(const Type *T) const;
  Object *lookup(llvm::StringRef Name) const;
  Object *lookupParent(llvm::StringRef Name, Scope *&Found) const;
  /// As above, with Hash == hashName(Name) (Name::getHash()).
  Object *lookupParent(llvm::StringRef Name, uint32_t Hash,
                       Scope *&Found) const;
  void useExprs(llvm::ArrayRef<Expr *> Es);
  void use(Expr *E);
  bool isUsedVar(Expr *E);

  //===--- CheckBinary.cpp -----------------------------------------------===//
  void binary(Operand &X, Expr *E, Expr *Lhs, Expr *Rhs, Operator Op,
              SourceLoc OpPos, bool OpAssign);
  void shift(Operand &X, Operand &Y, Expr *E, Operator Op);
  void comparison(Operand &X, Operand &Y, Operator Op, bool Switch,
                  Expr *Whole);
  void matchTypes(Operand &X, Operand &Y);
  bool opPredicate(Operand &X, Operator Op, bool Binary);
  bool isComparison(Operator Op) const;
  std::string incomparableCause(const Type *T);

  //===--- CheckCall.cpp -------------------------------------------------===//
  ExprMode callExpr(Operand &X, CallExpr *Call);
  void arguments(CallExpr *Call, const Signature *Sig,
                 llvm::ArrayRef<Operand> Args, bool Ddd, Expr *Fun);
  void argList(llvm::ArrayRef<Expr *> Es, llvm::SmallVectorImpl<Operand> &Out,
               bool AllowCommaOk);
  void selector(Operand &X, SelectorExpr *E, const Named *Def, bool WantType);
  void conversion(Operand &X, const Type *T, Expr *Call);
  bool convertibleTo(Operand &X, const Type *T, std::string *Cause);

  //===--- CheckBuiltins.cpp ---------------------------------------------===//
  bool builtin(Operand &X, CallExpr *Call, BuiltinId Id);

  //===--- CheckLiteral.cpp ----------------------------------------------===//
  void compositeLit(Operand &X, CompositeLit *E, const Type *Hint);
  int64_t indexedElts(llvm::ArrayRef<Expr *> Elts, const Type *Elem,
                      int64_t Length);
  void funcLit(Operand &X, FuncLit *E);
  bool indexExpr(Operand &X, IndexExpr *E);
  void sliceExpr(Operand &X, SliceExpr *E);
  bool index(Expr *Index, int64_t Max, int64_t *Out);
  bool isValidIndex(Operand &X, const char *What, bool AllowNegative);
  void typeAssertion(Expr *E, Operand &X, const Type *T, bool TypeSwitch);

  //===--- CheckAssign.cpp -----------------------------------------------===//
  bool assignableTo(Operand &X, const Type *T, std::string *Reason);
  void assignment(Operand &X, const Type *T, AssignContext Ctx);
  /// How messages name the context C ("assignment", "argument to f").
  std::string assignContext(AssignContext C) const;
  /// Checks the assignment of X to Lhs; false if it failed (types2's
  /// assignVar returning nil).
  bool assignVar(Expr *Lhs, Operand &X);
  void initVar(Var *Lhs, Operand &X, AssignContext Ctx);
  void initVars(llvm::ArrayRef<Var *> Lhs, llvm::ArrayRef<Expr *> Orig,
                SourceLoc ReturnPos);
  void assignVars(llvm::ArrayRef<Expr *> Lhs, llvm::ArrayRef<Expr *> Rhs);
  void shortVarDecl(AssignStmt *S);
  void assignError(llvm::ArrayRef<Expr *> Rhs, size_t NVars, size_t NVals);
  void returnError(SourceLoc At, llvm::ArrayRef<Var *> Lhs,
                   llvm::ArrayRef<Operand> Rhs);
  std::string implementsReason(const Type *V, const Type *T);
  bool implements(const Type *V, const Type *T, std::string *Cause);
  std::string missingMethodCause(const Type *V, const Type *T, Func *M,
                                 Func *Alt);

  //===--- CheckStmt.cpp -------------------------------------------------===//
  void stmtList(llvm::ArrayRef<Stmt *> List);
  void stmt(Stmt *S);
  void simpleStmt(Stmt *S);
  void openScope(llvm::StringRef Comment);
  void closeScope();
  void switchStmt(SwitchStmt *S);
  void typeSwitchStmt(SwitchStmt *S);
  void forStmt(ForStmt *S);
  void rangeStmt(ForStmt *S, RangeClause *RC);
  void selectStmt(SelectStmt *S);
  void returnStmt(ReturnStmt *S);
  bool isTerminating(Stmt *S, llvm::StringRef Label);
  bool isTerminatingList(llvm::ArrayRef<Stmt *> List, llvm::StringRef Label);
  bool hasBreak(Stmt *S, llvm::StringRef Label, bool Implicit);
  bool hasBreakList(llvm::ArrayRef<Stmt *> L, llvm::StringRef Label,
                    bool Implicit);
  void caseValues(Operand &X, llvm::ArrayRef<Expr *> Values,
                  std::vector<std::pair<Operand, Expr *>> &Seen);

  //===--- CheckLabels.cpp -----------------------------------------------===//
  void checkBranches(BlockStmt *Body);

  //===--- CheckInitOrder.cpp --------------------------------------------===//
  void initOrder();

  //===--- Field and method lookup (Lookup.cpp) -------------------------===//
  /// Selector lookup in the package being checked; methods and interfaces
  /// met on the way are completed on demand (the LookupHooks below).
  /// types2's LookupFieldOrMethod: a named pointer type has no methods, so
  /// look in its underlying pointer type and drop a method found there.
  LookupResult lookupFieldOrMethod(const Type *T, bool Addressable,
                                   llvm::StringRef Name) {
    if (auto *N = llvm::dyn_cast_or_null<Named>(T))
      if (auto *P = llvm::dyn_cast_or_null<Pointer>(N->getUnderlying())) {
        LookupResult R = goscape::lookupFieldOrMethod(P, false, Pkg, Name,
                                                      /*FoldCase=*/false, this);
        if (llvm::isa_and_nonnull<Func>(R.Obj))
          return LookupResult();
        return R;
      }
    return goscape::lookupFieldOrMethod(T, Addressable, Pkg, Name,
                                        /*FoldCase=*/false, this);
  }
  /// The first method of interface T that V lacks (Alt: a method of that
  /// name with the wrong type or pointer receiver), or null.
  Func *missingMethod(const Type *V, const Interface *T, bool Static,
                      Func *&Alt) {
    MissingMethod M = goscape::missingMethod(V, T, Static, this);
    Alt = M.Alt;
    return M.Method;
  }
  void completeInterface(const Interface *I) override {
    computeInterfaceMethods(I, SourceLoc());
  }
  void declareMethod(Func *M) override {
    if (!M->getType())
      objDecl(M, nullptr);
  }

  //===--- Diagnostics ---------------------------------------------------===//
  template <typename... Ts> void error(SourceLoc Loc, DiagId Id, Ts &&...A) {
    report(Loc, llvm::formatv(getDiagnosticFormat(Id), std::forward<Ts>(A)...)
                    .str());
  }
  /// Reports a formatted multi-part message (gc's "\n\t" continuations).
  void report(SourceLoc Loc, std::string Msg);
  SourceLoc startOf(const Node *N) const {
    return N ? N->getStartLoc() : SourceLoc();
  }
  SourceLoc posOf(const Operand &X) const {
    return X.E ? X.E->getStartLoc() : SourceLoc();
  }
  std::string fmtLoc(SourceLoc L) const { return SM.formatLocInMessage(L); }
  unsigned lineOf(SourceLoc L) const { return SM.getPresumedLoc(L).Line; }

  //===--- Shared state --------------------------------------------------===//
  ASTContext &Ctx;
  const SourceManager &SM;
  TypeContext &Types;
  ConstantContext &Consts;
  DiagnosticEngine &Diags;
  CheckedPackage &Result;
  /// checkBranches' per-function blocks (CheckLabels.cpp).
  llvm::BumpPtrAllocator BranchScratch;
  /// Labels and branches were checked before type checking (as gc's parser
  /// does), so funcBody does not check them again.
  bool BranchesChecked = false;
  Package *Pkg = nullptr;
  Scope *Universe = nullptr;
  Package *Unsafe = nullptr;
  const Type *Invalid = nullptr;
  const Type *ErrorType = nullptr;
  bool FirstErr = false;

  /// Package-level objects and their declarations, in source order.
  std::vector<Object *> ObjList;
  llvm::DenseMap<Object *, DeclInfo *> ObjMap;
  std::vector<std::unique_ptr<DeclInfo>> DeclStore;
  /// Methods by receiver base type name, in source order.
  llvm::DenseMap<TypeName *, llvm::SmallVector<Func *, 4>> Methods;
  /// Imports: the PkgName objects and the file scopes.
  std::vector<PkgName *> Imports;
  std::vector<Scope *> FileScopes;
  llvm::DenseMap<const File *, Scope *> FileScopeOf;
  /// Dot-imported objects per file scope, for "imported and not used".
  llvm::DenseMap<Object *, PkgName *> DotImportMap;

  /// Cycle detection: object colours (0 white, 1 black, 2+i grey at
  /// path index i) and the path of objects being declared.
  llvm::DenseMap<Object *, unsigned> Colors;
  std::vector<Object *> ObjPath;
  /// Named types already validated by validType.
  llvm::SmallPtrSet<const Named *, 16> ValidTypes;
  /// Variables and type names as declared, for checkSizes.
  std::vector<Object *> SizedObjects;
  /// Variables declared by := (typed by their values), for checkSizes.
  llvm::SmallPtrSet<const Var *, 16> ShortDeclVars;
  /// The position and type argument of each make and new, for checkSizes.
  std::vector<std::pair<SourceLoc, const Type *>> SizedCalls;
  /// Named types whose declaration is being checked and is invalid.
  llvm::SmallPtrSet<const Named *, 4> InvalidNamed;

  /// The environment (types2's environment).
  DeclInfo *CurDecl = nullptr;
  Scope *CurScope = nullptr;
  const Constant *Iota = nullptr;
  SourceLoc InheritedPos;
  FuncContext *CurFunc = nullptr;
  /// The context of the current argument assignment: a string (builtins)
  /// or the callee, for "argument to f" (see assignContext).
  std::string *CurArgContext = nullptr;
  Expr *CurArgFun = nullptr;
  /// The exprKind of the last expression checked by exprInternal.
  ExprKind LastKind = ExprKind::Expression;
  /// Whether the current len/cap argument contains a call or receive.
  bool HasCallOrRecv = false;
  /// Calls of the predeclared panic (terminating statements).
  llvm::SmallPtrSet<const CallExpr *, 8> PanicCalls;
  /// Untyped left operands of non-constant shifts and their shifts.
  llvm::SmallPtrSet<Expr *, 4> UntypedShiftLhs;
  llvm::DenseMap<Expr *, Expr *> UntypedShiftParent;
  /// Packages whose import failed (selectors on them report nothing).
  llvm::SmallPtrSet<Package *, 4> FakePackages;
  /// Delayed actions (types2's check.later): checks that need complete
  /// types, run in FIFO order after package-level declarations, and those
  /// queued by a statement at the end of that statement.
  std::vector<std::function<void()>> Later;
  /// Runs the actions queued at index Top and after (including those they
  /// queue), then drops them.
  void processDelayed(size_t Top = 0);
  /// The type expression of each defined type whose underlying type is
  /// being resolved (composite literals of it inside are cycles).
  llvm::DenseMap<const Named *, const Expr *> PendingDefs;
  /// The right-hand side type of each defined type (for validType).
  llvm::DenseMap<const Named *, const Type *> FromRHS;
};

/// Mode names as types2 prints them.
llvm::StringRef modeString(ExprMode M);

} // namespace sema
} // namespace goscape

#endif
