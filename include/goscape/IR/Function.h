//===- Function.h - Basic blocks, functions, modules ------------*- C++ -*-===//
//
// Ownership (STYLE practice 6): a Module owns its Functions through
// unique_ptr and its Globals in its own arena; a Function owns, in its
// BumpPtrAllocator, its blocks, instructions, operand slots, Consts,
// Parameters and FreeVars, all trivially destructible. Raw pointers are
// borrowed. Functions are kept in creation order and blocks in index
// order, so everything that walks them is deterministic (practice 12).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_IR_FUNCTION_H
#define GOSCAPE_IR_FUNCTION_H

#include "goscape/IR/Instructions.h"

#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <string>
#include <vector>

namespace goscape {
class SourceManager;

namespace ir {

/// A basic block: a list of instructions, phis first, ending in exactly
/// one Terminator. Its index is its position in the function (printed
/// `3:`), its comment says what it is for (`for.body`). Predecessors are
/// kept in the order phi edges use; successors come from the terminator.
class BasicBlock {
public:
  BasicBlock(Function *Parent, unsigned Index, llvm::StringRef Comment)
      : Parent(Parent), Comment(Comment), Index(Index) {}

  Function *getParent() const { return Parent; }
  unsigned getIndex() const { return Index; }
  llvm::StringRef getComment() const { return Comment; }

  llvm::ArrayRef<Instr *> instrs() const { return Instrs.asArray(); }
  bool empty() const { return Instrs.empty(); }
  /// The last instruction if it is a Terminator, else null.
  Terminator *getTerminator() const;
  llvm::ArrayRef<BasicBlock *> preds() const { return Preds.asArray(); }
  /// The terminator's successors (none while unterminated).
  llvm::ArrayRef<BasicBlock *> succs() const;

  /// Appends I (which must be detached).
  void push_back(Instr *I);
  /// Inserts I before position Pos.
  void insert(unsigned Pos, Instr *I);
  /// Removes I from the block and empties its operands.
  void erase(Instr *I);
  /// Adds P as the last predecessor (phis then need one more edge).
  void addPred(BasicBlock *P);
  void removePred(unsigned I) { Preds.erase(I); }

  /// Marks a block that is unreachable on purpose (e.g. a recover
  /// landing pad); the verifier accepts it.
  void setKeptUnreachable() { Kept = true; }
  bool isKeptUnreachable() const { return Kept; }

  /// Code that follows a terminating statement (return, panic, a jump, a
  /// loop never left, a switch whose clauses all end so) starts a block
  /// without predecessors. gc's dead code elimination keeps such code
  /// (only constant conditions remove statements), so its escape analysis
  /// sees it: the memory form keeps the block until escape analysis,
  /// naming the block where the statement before it started, and the
  /// verifier accepts it. Null for other blocks.
  void setSyntacticPred(BasicBlock *P) { SyntacticPred = P; }
  BasicBlock *getSyntacticPred() const { return SyntacticPred; }

  /// The rank of the block among its function's blocks in the order IRGen
  /// started to fill them (1 for the first, 0: never filled), which is
  /// the source order of the statements they hold: the block list is not
  /// (a statement's join block, such as a loop's exit, is made before the
  /// blocks of the statements nested in it).
  unsigned getFillRank() const { return FillRank; }

private:
  friend class Function;
  Function *Parent;
  llvm::StringRef Comment;
  ArenaList<Instr *> Instrs;
  ArenaList<BasicBlock *> Preds;
  unsigned Index;
  unsigned FillRank = 0;
  bool Kept = false;
  BasicBlock *SyntacticPred = nullptr;
};

/// A Go function, method, closure body, or external (modelled standard
/// library) function. Its value's type is its Signature; a method's
/// receiver is Parameter 0 and its Signature has getRecv(). Closures
/// (anonymous functions) have a parent function and FreeVars. An external
/// function has no blocks.
class Function : public Value {
public:
  Function(Module &M, llvm::StringRef Name, const Signature *Sig, Func *Obj,
           const Node *Syntax, Function *Parent);
  ~Function();
  Function(const Function &) = delete;
  Function &operator=(const Function &) = delete;

  /// The printed name: `f`, `T.M`, `(*T).M`, `f$1` for the first closure
  /// in f, `fmt.Println` for an external function.
  llvm::StringRef getName() const { return Name; }
  const Signature *getSignature() const {
    return llvm::cast<Signature>(getType());
  }
  /// The declared function or method (null for closures and synthetic
  /// functions).
  Func *getObject() const { return Obj; }
  /// The FuncDecl or FuncLit (null for external functions).
  const Node *getSyntax() const { return Syntax; }
  SourceLoc getLoc() const { return Syntax ? Syntax->getLoc() : SourceLoc(); }
  /// The enclosing function of a closure.
  Function *getParentFunction() const { return Parent; }
  /// Closures defined directly in this function, in creation order.
  llvm::ArrayRef<Function *> getAnonFuncs() const { return AnonFuncs; }
  Module &getModule() const { return M; }
  bool isExternal() const { return Blocks.empty(); }

  llvm::ArrayRef<Parameter *> params() const { return Params; }
  llvm::ArrayRef<FreeVar *> freeVars() const { return FreeVars; }
  llvm::ArrayRef<BasicBlock *> blocks() const { return Blocks; }
  BasicBlock *getEntryBlock() const {
    return Blocks.empty() ? nullptr : Blocks.front();
  }
  /// Where execution resumes after a deferred call recovered a panic
  /// (null when there is none); kept even if unreachable.
  BasicBlock *getRecoverBlock() const { return Recover; }
  void setRecoverBlock(BasicBlock *BB) { Recover = BB; }

  /// Escape analysis' summary of each parameter (receiver first): where
  /// its value leaks, e.g. `heap level=1, ~r0 level=0`, or `none`. Empty
  /// until escape analysis ran; printed as `tag` lines.
  llvm::ArrayRef<std::string> getParamTags() const { return ParamTags; }
  void setParamTags(std::vector<std::string> Tags) {
    ParamTags = std::move(Tags);
  }

  /// Appends a parameter; Obj may be null.
  Parameter *addParam(Var *Obj, const Type *Ty);
  /// Appends a free variable of pointer type PtrTy capturing Obj.
  FreeVar *addFreeVar(Var *Obj, const Type *PtrTy);
  /// Appends a block with the next index.
  BasicBlock *createBlock(llvm::StringRef Comment);
  /// Records that IRGen starts to fill BB now, unless it did before
  /// (BasicBlock::getFillRank).
  void noteFilling(BasicBlock *BB) {
    if (!BB->FillRank)
      BB->FillRank = ++NumFilled;
  }
  /// A fresh constant operand owned by this function (C null: zero value).
  Const *createConst(const Constant *C, const Type *Ty);

  /// Allocates a trivially destructible node in the function's arena.
  template <typename T, typename... As> T *create(As &&...Args) {
    static_assert(std::is_trivially_destructible_v<T>,
                  "IR nodes are never destroyed");
    return new (Arena.Allocate<T>()) T(std::forward<As>(Args)...);
  }
  llvm::BumpPtrAllocator &getArena() { return Arena; }
  llvm::StringRef copyString(llvm::StringRef S);

  /// Removes the blocks that are not reachable from the entry (and not
  /// kept on purpose): their instructions lose their operands, and the
  /// remaining blocks lose them as predecessors, together with the phi
  /// edges they contributed. The remaining blocks are renumbered in order.
  /// IRGen, like go/ssa, builds code that follows a return, panic or jump
  /// into such blocks and removes them here. With FollowSyntactic, a
  /// block whose syntactic predecessor stays stays too (the memory form
  /// keeps that code for escape analysis); without, every syntactic
  /// predecessor is forgotten. Returns how many were removed.
  unsigned removeUnreachableBlocks(bool FollowSyntactic = false);

  /// Replaces every phi whose edges all carry one value (or the phi
  /// itself) by that value, until none is left; removing blocks makes
  /// such phis.
  void removeTrivialPhis();

  /// Empties every operand of every instruction (so that values outside
  /// this function, such as Globals and other Functions, keep no use in
  /// its arena). ~Function() does this unless the whole Module is being
  /// destroyed: every Value an instruction can name is then owned by the
  /// Module and dies with it, so no use list needs unlinking.
  void dropAllReferences();

  /// Prints the function in the `goscape ssa` format (Printer.cpp); SM,
  /// when given, turns locations into line:col.
  void print(llvm::raw_ostream &OS, const SourceManager *SM = nullptr) const;

  static bool classof(const Value *V) {
    return V->getKind() == ValueKind::Function;
  }

private:
  friend class Module;
  llvm::BumpPtrAllocator Arena;
  Module &M;
  llvm::StringRef Name;
  Func *Obj;
  const Node *Syntax;
  Function *Parent;
  BasicBlock *Recover = nullptr;
  std::vector<Function *> AnonFuncs;
  std::vector<Parameter *> Params;
  std::vector<std::string> ParamTags;
  std::vector<FreeVar *> FreeVars;
  std::vector<BasicBlock *> Blocks;
  unsigned NumFilled = 0;
};

/// The SSA form of one package: its functions (declared, closures,
/// external) in creation order and its package variables.
class Module {
public:
  Module(TypeContext &Types, Package *Pkg) : Types(Types), Pkg(Pkg) {}
  ~Module();
  Module(const Module &) = delete;
  Module &operator=(const Module &) = delete;

  TypeContext &getTypes() const { return Types; }
  Package *getPackage() const { return Pkg; }

  /// Creates a function. Obj (if any) must not have one yet; Parent is
  /// the enclosing function of a closure (which records it).
  Function *createFunction(llvm::StringRef Name, const Signature *Sig,
                           Func *Obj, const Node *Syntax,
                           Function *Parent = nullptr);
  /// The function created for Obj, or null.
  Function *getFunction(const Func *Obj) const { return FuncMap.lookup(Obj); }
  /// The external (blockless) function for a modelled library function,
  /// created on first request and named Obj->getFullName().
  Function *getOrCreateExternal(Func *Obj);

  /// Creates the Global for package variable Obj (type *T).
  Global *createGlobal(Var *Obj);
  Global *getGlobal(const Var *Obj) const { return GlobalMap.lookup(Obj); }

  llvm::ArrayRef<std::unique_ptr<Function>> functions() const {
    return Functions;
  }
  llvm::ArrayRef<Global *> globals() const { return Globals; }

  void print(llvm::raw_ostream &OS, const SourceManager *SM = nullptr) const;

private:
  friend class Function;
  TypeContext &Types;
  Package *Pkg;
  llvm::BumpPtrAllocator Arena;
  std::vector<std::unique_ptr<Function>> Functions;
  std::vector<Global *> Globals;
  // Lookup only, never iterated (iteration uses the vectors).
  llvm::DenseMap<const Func *, Function *> FuncMap;
  llvm::DenseMap<const Var *, Global *> GlobalMap;
  /// Set by ~Module(): its functions are destroyed without unlinking uses.
  bool TearingDown = false;
};

} // namespace ir
} // namespace goscape

#endif
