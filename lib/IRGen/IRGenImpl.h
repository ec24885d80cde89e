//===- IRGenImpl.h - IRGen's internal classes -------------------*- C++ -*-===//
//
// ModuleGen holds what all functions of a package share (the Module, the
// address analysis, method thunks); FuncGen lowers one function body. The
// member functions are split by concern over the IRGen*.cpp files, as the
// comments below say. See IRGen.cpp for the design.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_IRGEN_IRGENIMPL_H
#define GOSCAPE_LIB_IRGEN_IRGENIMPL_H

#include "goscape/IR/Builder.h"
#include "goscape/IRGen/IRGen.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

#include <deque>

namespace goscape {
namespace irgen {

using ir::BasicBlock;
using ir::Provenance;
using ir::Value;

/// The locals that must live in memory (an Alloc): their address is taken
/// (explicitly, or implicitly by a pointer-receiver method, slicing an
/// array, or assigning to part of a struct or array), or a closure
/// captures them. Computed declaration by declaration, each just before it
/// is lowered, so that its syntax is still in cache for lowering
/// (IRGenVars.cpp).
struct AddressInfo {
  llvm::DenseSet<const Var *> InMemory;
  /// Function bodies (FuncDecl/FuncLit) that contain a defer statement of
  /// their own.
  llvm::DenseSet<const Node *> HasDefer;
  /// The FuncDecls analysed so far.
  llvm::DenseSet<const Node *> Analyzed;
};

/// The underlying type of a value's type.
inline const Type *under(const Type *T) {
  return T ? T->getUnderlying() : nullptr;
}
/// True for the predeclared nil (in any context).
bool isNilExpr(const CheckedPackage &CP, const Expr *E);
class ModuleGen {
public:
  ModuleGen(const CheckedPackage &CP, const ASTContext &Ctx, ir::Module &M,
            const IRGenOptions &Opts);
  void run();

  /// The Function of a declared function or method, or the external one.
  ir::Function *functionFor(Func *F);
  /// The Global of a package variable (of this or a modelled package).
  ir::Global *globalFor(Var *V);
  /// A synthetic function for the method expression E (`T.M`, `(*T).M`,
  /// `I.M`): its parameters are the receiver and the method's.
  ir::Function *methodExprThunk(const SelectorExpr *E, const Selection &S);
  /// Runs the address analysis over D (once). Every local belongs to one
  /// declaration, so a body's analysis needs only that body; a method
  /// expression thunk reuses the method's parameters and analyses the
  /// method first.
  void analyzeDecl(const FuncDecl *D);
  /// Runs the address analysis over the package variables' initializers.
  void analyzeInitializers();

  const CheckedPackage &CP;
  const ASTContext &Ctx;
  TypeContext &Types;
  ConstantContext &Consts;
  ir::Module &M;
  const IRGenOptions Opts;
  AddressInfo Addr;

private:
  llvm::DenseMap<const SelectorExpr *, ir::Function *> Thunks;
  unsigned NumInits = 0;
};

/// One entry of the break/continue stack.
struct BranchTargets {
  const Stmt *S;
  BasicBlock *Break;
  BasicBlock *Continue; ///< Null for switch and select.
};

/// A step from an assignment target's base address to the target, taken
/// when the assignment is carried out: an element (IndexAddr, its index
/// evaluated with the operands) or a field (FieldAddr).
struct AddrStep {
  const Expr *E;          ///< The index or selector expression.
  Value *Index = nullptr; ///< An element step's index; null for a field.
  unsigned Field = 0;     ///< A field step's field index.
  bool Synthetic = false; ///< An implicit step through an embedded field.
};

/// An assignable place: a memory address, an SSA variable, a map element,
/// or the blank identifier.
///
/// Go assigns in two phases: first the operands of the targets' index
/// expressions and pointer indirections and the values are evaluated,
/// then the assignments are carried out left to right. The bounds and nil
/// checks of a target belong to the second phase (gc's order), so an
/// Address keeps its last steps (Steps, from the last pointer indirection
/// on) until assign or loadLValue takes them.
struct LValue {
  enum KindTy { Blank, Address, SSAVar, MapElem } Kind = Blank;
  Value *Addr = nullptr; ///< Address (before Steps); Map for MapElem.
  llvm::SmallVector<AddrStep, 2> Steps; ///< Address: not yet taken.
  Value *Key = nullptr;  ///< MapElem.
  Var *V = nullptr;      ///< SSAVar.
  const Type *Ty = nullptr;
  const Expr *E = nullptr;
};

class FuncGen {
public:
  FuncGen(ModuleGen &MG, ir::Function *F, FuncGen *Parent);

  // IRGenFunc.cpp: bodies, parameters, variables, closures, returns.
  void buildBody(const Node *Syntax, const BlockStmt *Body,
                 const Signature *Sig, const FuncType *FT, const Field *Recv);
  void finish();
  bool isMemVar(const Var *V) const {
    return MG.Opts.LocalsInMemory || MG.Addr.InMemory.count(V);
  }
  bool isLocal(const Var *V) const;
  Value *lookupAddr(Var *V);
  void declareVar(Var *V, const Node *Decl);
  Value *readVar(Var *V, const Expr *Use);
  void writeVar(Var *V, Value *Val, Provenance P);
  Value *funcLit(const FuncLit *E);
  void emitReturn(llvm::ArrayRef<Value *> Results, Provenance P);
  void returnStmt(const ReturnStmt *S);
  Value *zero(const Type *T) { return B.getConst(nullptr, T); }
  Value *constant(const Constant *C, const Type *T) {
    return B.getConst(C, MG.Types.getDefaultType(T));
  }

  // IRGenVars.cpp: SSA construction for variables (Braun et al.).
  Value *readSSA(const Var *V, BasicBlock *BB);
  void writeSSA(const Var *V, BasicBlock *BB, Value *Val) {
    ssa(BB).Defs.set(V, Val);
  }
  bool isSealed(BasicBlock *BB) { return ssa(BB).Sealed; }
  void markSealed(BasicBlock *BB) { ssa(BB).Sealed = true; }
  void sealBlock(BasicBlock *BB);
  void sealAll();
  void simplifyPhis();

  // Blocks.
  BasicBlock *newBlock(llvm::StringRef Comment) {
    return F->createBlock(Comment);
  }
  /// Makes BB current; sealed blocks have all their predecessors.
  void setBlock(BasicBlock *BB) {
    F->noteFilling(BB);
    B.setInsertPoint(BB);
  }
  BasicBlock *cur() const { return B.getInsertBlock(); }
  void jump(BasicBlock *To, Provenance P);
  void branch(Value *Cond, BasicBlock *T, BasicBlock *F, Provenance P);
  /// Continues in a fresh block without predecessors (code after a
  /// return, panic or branch); removed when the function is finished,
  /// or in memory form kept with the current block as its syntactic
  /// predecessor (see BasicBlock::setSyntacticPred).
  void startUnreachable();

  // IRGenExpr.cpp: values, conversions, operators, composite literals.
  /// E's value: the one evalEarly() computed ahead of its statement, else
  /// lowered now (an outermost expression orders itself first).
  Value *expr(const Expr *E);
  /// Lowers E (not parenthesized) now.
  Value *lowerExpr(const Expr *E);
  /// E converted to T; an interface conversion gets gc's position ConvLoc
  /// when valid (the context's, for operands gc does not position
  /// themselves), E's own otherwise.
  Value *exprTo(const Expr *E, const Type *T, SourceLoc ConvLoc = SourceLoc());
  /// The argument of the `panic` call E, converted to interface{} at
  /// gc's position.
  Value *panicArg(const CallExpr *E);
  Value *convert(Value *V, const Type *To, Provenance P);
  Value *conversion(const CallExpr *E);
  /// Branches on E to T or F, short-circuiting && and ||. If is the `if`
  /// statement whose condition E is, or is the left operand of a && / ||
  /// chain of: a constant there is one gc's deadcode folds (its branch
  /// gets the IfStmt as node, which escape analysis prunes), while a
  /// constant elsewhere (`x && debug`, `v := false && y`) is kept.
  void cond(const Expr *E, BasicBlock *T, BasicBlock *F,
            const IfStmt *If = nullptr);
  Value *binary(const Operation *E);
  Value *compare(Operator Op, Value *X, Value *Y, Provenance P);
  Value *unary(const Operation *E);
  Value *compositeLit(const CompositeLit *E, Provenance AllocP, bool WantAddr);
  void fillLit(Value *Addr, const CompositeLit *E, const Type *Ty);
  Value *litElemValue(const Expr *Elem, const Type *ElemTy,
                      SourceLoc ConvLoc = SourceLoc());
  Value *extract(Value *Tuple, unsigned I, Provenance P) {
    return B.createExtract(P, Tuple, I);
  }
  const Type *typeOf(const Expr *E) const {
    return MG.Types.getDefaultType(E->getType());
  }

  // IRGenOrder.cpp: gc's evaluation order within a statement.
  /// Evaluates, in gc's order, the operands of E that gc computes before
  /// the rest of the statement (calls, receives, &&, ...), E itself when it
  /// is one, and records their values for expr().
  void evalEarly(const Expr *E);
  /// evalEarly() for E converted to type To (null: unknown); also
  /// evaluates E itself when gc boxes it early (an unaddressable value
  /// converted to an interface through its address).
  void evalEarlyConv(const Expr *E, const Type *To);
  /// evalEarly() for the function value, receiver and arguments of C, not
  /// the call itself.
  void evalEarlyOperands(const CallExpr *C);
  /// evalEarly() for the elements of literal L; AsValue when L itself is
  /// lowered through expr() (not at an address).
  void orderLit(const CompositeLit *L, bool AsValue);
  /// evalEarly() for a literal element Val of type ElemTy (null: unknown),
  /// which litElemValue() lowers.
  void orderElem(const Expr *Val, const Type *ElemTy);
  /// Removes and returns E's value computed early, or null.
  Value *takeEarly(const Expr *E);
  /// Whether expr() yields E as a constant.
  bool isConstExpr(const Expr *E) const;
  /// Marks lowering as nested inside an expression while alive: expr()
  /// orders only outermost expressions.
  struct DepthGuard {
    explicit DepthGuard(FuncGen &G) : G(G) { ++G.ExprDepth; }
    ~DepthGuard() { --G.ExprDepth; }
    FuncGen &G;
  };
  /// Values evaluated early, by (unparenthesized) expression; each is
  /// taken once, before its statement ends.
  llvm::DenseMap<const Expr *, Value *> Early;
  /// How many expressions are being lowered or ordered.
  unsigned ExprDepth = 0;

  // IRGenAddr.cpp: addresses, selectors, indexing, assignment targets.
  bool isAddressable(const Expr *E) const;
  Value *addr(const Expr *E);
  Value *selector(const SelectorExpr *E, bool WantAddr);
  Value *walkFields(Value *Cur, bool IsAddr, llvm::ArrayRef<unsigned> Path,
                    const Expr *E, bool WantAddr);
  Value *receiver(const SelectorExpr *E, const Selection &S, Func *M);
  Value *index(const IndexExpr *E);
  Value *sliceExpr(const SliceExpr *E);
  LValue lvalue(const Expr *E);
  /// The base address of assignment target E, evaluating the operands of
  /// its index expressions and pointer indirections; the element and field
  /// steps after the last indirection are appended to Steps.
  Value *targetBase(const Expr *E, llvm::SmallVectorImpl<AddrStep> &Steps);
  /// The address Steps lead to from Cur.
  Value *takeSteps(Value *Cur, llvm::ArrayRef<AddrStep> Steps);
  /// Takes the pending steps of Address L; returns its address.
  Value *targetAddr(LValue &L);
  void assign(LValue &L, Value *V, Provenance P);
  Value *loadLValue(LValue &L, Provenance P);

  // IRGenInline.cpp: gc's inlining of calls (InlinePlan).
  /// Lowers call E as Callee's body in place (the arguments stored into
  /// the parameters, returns storing the results and jumping past the
  /// body); returns the result (null for none). False in Done when the
  /// call cannot be lowered inline (several results).
  Value *inlineCall(const CallExpr *E, const Node *Callee, bool &Done);
  /// A return statement of an inlined body.
  void inlineReturn(const ReturnStmt *S);
  /// The innermost inlined call being lowered: where its returns go.
  struct InlineFrame {
    BasicBlock *Exit = nullptr;
    /// Per result: its variable's Alloc (named) or a temporary Alloc.
    llvm::SmallVector<Value *, 2> Slots;
  };
  InlineFrame *Inl = nullptr;
  /// The callees being inlined at this point, outermost first.
  std::vector<const Node *> InlineStack;

  // IRGenCall.cpp: calls, builtins, method values.
  Value *call(const CallExpr *E);
  /// Fills CC (and Storage) for a call of a function, method, closure or
  /// builtin (only under go/defer); returns false for a builtin CC cannot
  /// describe.
  void callCommon(const CallExpr *E, ir::CallCommon &CC,
                  llvm::SmallVectorImpl<Value *> &Storage);
  void args(const CallExpr *E, const Signature *Sig,
            llvm::SmallVectorImpl<Value *> &Out);
  Value *builtin(const CallExpr *E);
  Value *methodValue(const SelectorExpr *E, const Selection &S);

  // IRGenStmt.cpp: statements and control flow.
  void stmt(const Stmt *S);
  /// Lowers a statement list; in memory form it also links the code gc's
  /// dead code elimination keeps after terminating statements to where
  /// they began (see BasicBlock::setSyntacticPred).
  void stmts(llvm::ArrayRef<Stmt *> L);
  void assignStmt(const AssignStmt *S);
  void declStmt(const DeclStmt *S);
  void ifStmt(const IfStmt *S);
  void forStmt(const ForStmt *S, const Stmt *Label);
  void rangeStmt(const ForStmt *S, const RangeClause *R, const Stmt *Label);
  void switchStmt(const SwitchStmt *S, const Stmt *Label);
  void typeSwitchStmt(const SwitchStmt *S, const Stmt *Label);
  void selectStmt(const SelectStmt *S, const Stmt *Label);
  void branchStmt(const BranchStmt *S);
  void callStmt(const CallStmt *S);
  void rangeAssign(const Expr *Lhs, bool Define, Value *V, Provenance P);
  /// V goes to the blank identifier. gc's escape analysis still gives a
  /// function literal there a location (which does not escape): in memory
  /// form a literal that captures nothing, a Function no instruction
  /// would name, gets a DebugRef.
  void discard(Value *V);
  void multiAssign(llvm::ArrayRef<Expr *> Lhs, llvm::ArrayRef<Expr *> Rhs,
                   bool Define, const Stmt *S);
  BasicBlock *labelBlock(const LabeledStmt *L);

  ModuleGen &MG;
  ir::Function *F;
  FuncGen *Parent;
  ir::IRBuilder B;
  const Signature *Sig = nullptr;
  const Node *Syntax = nullptr;
  bool HasDefer = false;
  unsigned LoopDepth = 0;
  unsigned NumAnon = 0;
  /// Named results (null entries for unnamed ones).
  llvm::SmallVector<Var *, 4> Results;
  bool NamedResults = false;
  /// Memory form: the ifs after which gc drops the rest of the list
  /// (gcDeadStmts).
  llvm::DenseSet<const IfStmt *> CutIfs;

  /// Memory variables: their Alloc, or FreeVar in a closure.
  llvm::DenseMap<const Var *, Value *> Addrs;
  /// Locals declared in this function (not in a parent).
  llvm::DenseSet<const Var *> Own;

  // Braun et al.'s SSA construction state, per block (indexed by the
  // block's index, stable until finish() removes unreachable blocks): the
  // current value of each variable written or read there, the incomplete
  // phis of an unsealed block, and whether it is sealed. Most blocks see
  // few variables, so a small map per block beats one big table keyed by
  // (block, variable).
  /// A block's variable -> value map: a short list searched linearly,
  /// indexed by a hash table once it grows long.
  class BlockDefs {
  public:
    /// Finds V's current value (which may be null) in Out.
    bool find(const Var *V, Value *&Out) const {
      if (!Index.empty()) {
        auto It = Index.find(V);
        if (It == Index.end())
          return false;
        Out = It->second;
        return true;
      }
      for (const auto &[K, Val] : List)
        if (K == V) {
          Out = Val;
          return true;
        }
      return false;
    }
    void set(const Var *V, Value *Val) {
      if (!Index.empty()) {
        Index[V] = Val;
        return;
      }
      for (auto &[K, Old] : List)
        if (K == V) {
          Old = Val;
          return;
        }
      List.push_back({V, Val});
      if (List.size() > 16) {
        for (const auto &[K, X] : List)
          Index[K] = X;
        List.clear();
      }
    }

  private:
    llvm::SmallVector<std::pair<const Var *, Value *>, 6> List;
    llvm::DenseMap<const Var *, Value *> Index;
  };
  struct SSABlock {
    BlockDefs Defs;
    llvm::SmallVector<std::pair<ir::Phi *, const Var *>, 0> Incomplete;
    bool Sealed = false;
  };
  /// A deque: references stay valid while readSSA recurses and creates
  /// the state of other blocks.
  std::deque<SSABlock> SSABlocks;
  SSABlock &ssa(BasicBlock *BB) {
    unsigned I = BB->getIndex();
    while (SSABlocks.size() <= I)
      SSABlocks.emplace_back();
    return SSABlocks[I];
  }
  llvm::DenseMap<Value *, Value *> Forward;
  Value *resolve(Value *V) const {
    for (auto It = Forward.find(V); It != Forward.end(); It = Forward.find(V))
      V = It->second;
    return V;
  }
  ir::Phi *newPhi(BasicBlock *BB, const Type *Ty, unsigned NumEdges,
                  const Var *V);
  Value *addPhiOperands(const Var *V, ir::Phi *P);
  Value *tryRemoveTrivialPhi(ir::Phi *P);

  // Control flow context.
  llvm::SmallVector<BranchTargets, 8> Targets;
  /// The body block a `fallthrough` in the current switch clause goes to.
  BasicBlock *FallthroughTarget = nullptr;
  llvm::DenseMap<const LabeledStmt *, BasicBlock *> Labels;
};

/// Adapts Cur (an address when IsAddr, else a value) to a method's
/// receiver type RT (null for an interface method): takes the address,
/// loads, or dereferences as needed.
Value *adaptRecv(FuncGen &G, Value *Cur, bool IsAddr, const Type *RT,
                 const Expr *E);

} // namespace irgen
} // namespace goscape

#endif
