//===- MultiValue.cpp - gc's temporaries of multi-value calls -------------===//
//
// gc's type checker rewrites the uses of a multi-value call g() that
// cannot take its results as they are into an assignment to temporaries
// first:
//
//   f(g())          t1, t2 := g(); f(t1, t2)
//   return g()      t1, t2 := g(); return t1, t2
//   a, b = g()      t1, t2 := g(); a, b = t1, t2   (only when a result
//                                                   is converted)
//
// Each temporary is a declaration of the function, `.autotmp_N` with N
// the number of its declarations so far (parameters, results, the
// variables declared before the statement, the earlier temporaries). So
// escape analysis reports an argument's interface conversion as
// `.autotmp_1 escapes to heap`, at the call's `(` (a return's at g's,
// an assignment's at its last assigned variable), and the go/defer
// temporaries gc's escape analysis declares later are numbered after all
// of these.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/ExprString.h"

using namespace goscape;
using namespace goscape::escape;
using namespace goscape::ir;

/// True when Ex, an Extract of a multi-value call, is converted where it
/// is used (the assignment gc rewrites only then).
static bool isConverted(const Extract *Ex) {
  for (const Use *U : Ex->uses())
    if (llvm::isa<MakeInterface, ChangeInterface>(U->getUser()))
      return true;
  return false;
}

MultiValueTemps escape::computeMultiValueTemps(const ir::Function &F,
                                               const CheckedPackage &CP) {
  MultiValueTemps Out;
  // The calls gc rewrites, with the statement that uses them, in order;
  // with Callee, the call whose callee (or receiver) Callee gc evaluates
  // into a temporary first.
  struct Group {
    const CallInstr *Call;
    const Node *User;
    unsigned Size;
    const Expr *Callee = nullptr;
    /// Where the call is (a go/defer call's `(`, not its statement's).
    SourceLoc At = Call->getLoc();
  };
  std::vector<Group> Groups;
  llvm::DenseMap<const CallInstr *, unsigned> GroupOf;
  llvm::DenseSet<const Var *> Named;
  std::vector<const Var *> Locals;
  // Instructions in order; for a variable that a `:=` initializes, the
  // index of that store: gc declares such a variable only after its
  // initializer, so the temporaries in it come first (a `var` comes
  // before its initializer).
  llvm::DenseMap<const Instr *, unsigned> Index;
  llvm::DenseMap<const Alloc *, const Var *> VarOf;
  llvm::DenseMap<const Var *, unsigned> InitStore;
  for (const BasicBlock *BB : F.blocks())
    for (const Instr *I : BB->instrs()) {
      Index[I] = Index.size();
      if (auto *A = llvm::dyn_cast<Alloc>(I);
          A && A->getAllocKind() == AllocKind::Var && A->getVar() &&
          !A->getVar()->getName().empty() && A->getVar()->getName() != "_" &&
          Named.insert(A->getVar()).second) {
        Locals.push_back(A->getVar());
        VarOf[A] = A->getVar();
      }
      if (auto *St = llvm::dyn_cast<Store>(I)) {
        auto *A = llvm::dyn_cast<Alloc>(St->getAddr());
        const Var *V = A ? VarOf.lookup(A) : nullptr;
        auto *AS = llvm::dyn_cast_or_null<AssignStmt>(St->getNode());
        if (V && AS && AS->isDefine())
          InitStore.try_emplace(V, Index[I]);
      }
      // The called expression of a go/defer call too: the wrapper gc's
      // escape analysis makes (GoDefer.cpp) copies that temporary.
      if (auto *C = llvm::dyn_cast<CallInstr>(I);
          C && C->getMode() != CallMode::Builtin) {
        const Node *N = C->getNode();
        if (auto *CS = llvm::dyn_cast_or_null<CallStmt>(N);
            CS && llvm::isa<Go, Defer>(C))
          N = CS->getCall();
        if (auto *CE = llvm::dyn_cast_or_null<CallExpr>(N))
          if (const Expr *Callee = nonNameCallee(CE, CP))
            Groups.push_back({C, CE, 1, Callee, CE->getLoc()});
      }
      auto *Ex = llvm::dyn_cast<Extract>(I);
      if (!Ex)
        continue;
      auto *C = llvm::dyn_cast<CallInstr>(Ex->getTuple());
      const Node *User = Ex->getNode();
      if (!C || !User || User == C->getNode())
        continue;
      bool Rewritten = llvm::isa<CallExpr>(User) || llvm::isa<ReturnStmt>(User);
      auto [It, New] = GroupOf.try_emplace(C, Groups.size());
      if (New) {
        unsigned Size = llvm::cast<Tuple>(C->getType())->size();
        Groups.push_back({C, Rewritten ? User : nullptr, Size});
      }
      if (!Rewritten && isConverted(Ex))
        Groups[It->second].User = User;
    }
  // The declarations before the first statement: parameters and results
  // (unnamed and blank results are declared too, `~r0`, `~b0`).
  unsigned Before = 0;
  if (const Signature *S = F.getSignature())
    for (const Var *R : S->getResults()->getVars())
      if (R->getName().empty() || R->getName() == "_")
        ++Before;
  // gc's front end makes a call's temporaries when it has converted the
  // call, after its callee and its arguments (a call inside the callee or
  // an argument ends first): in the order of the calls' `)`, the callee's
  // temporary before the rewrite of the call's multi-value argument.
  auto End = [](const Group &G) {
    const Node *N = G.Callee ? G.User : nullptr;
    if (auto *CE = llvm::dyn_cast_or_null<CallExpr>(G.User))
      N = CE;
    if (!N) {
      N = G.Call->getNode();
      if (auto *CS = llvm::dyn_cast_or_null<CallStmt>(N))
        N = CS->getCall();
    }
    auto *CE = llvm::dyn_cast_or_null<CallExpr>(N);
    return CE ? CE->getRparen() : G.At;
  };
  std::stable_sort(Groups.begin(), Groups.end(),
                   [&](const Group &A, const Group &B) {
                     SourceLoc EA = End(A), EB = End(B);
                     if (EA < EB || EB < EA)
                       return EA < EB;
                     return A.Callee && !B.Callee;
                   });
  unsigned Tmps = 0;
  for (const Group &G : Groups) {
    if (!G.User)
      continue;
    SourceLoc At = G.User->getLoc();
    if (auto *E = llvm::dyn_cast<Expr>(G.User))
      At = E->getStartLoc();
    else if (auto *AS = llvm::dyn_cast<AssignStmt>(G.User))
      At = AS->getStartLoc();
    else if (auto *RS = llvm::dyn_cast<ReturnStmt>(G.User))
      At = RS->getLoc();
    unsigned Declared = 0;
    unsigned CallAt = Index.lookup(G.Call);
    for (const Var *V : Locals) {
      auto Init = InitStore.find(V);
      if (varLoc(V) < At &&
          (Init == InitStore.end() || Init->second < CallAt))
        ++Declared;
    }
    if (G.Callee)
      Out.CalleeTemps[llvm::cast<CallExpr>(G.User)] =
          ".autotmp_" + std::to_string(Before + Declared + Tmps);
    else
      Out.First[G.Call] = {Before + Declared + Tmps, G.User};
    Tmps += G.Size;
  }
  Out.Count = Tmps;
  return Out;
}

bool escape::multiValueTemp(const MultiValueTemps &T, const ir::Value *V,
                            std::string &Name, SourceLoc &Loc) {
  auto *Ex = llvm::dyn_cast<Extract>(V);
  if (!Ex)
    return false;
  auto *C = llvm::dyn_cast<CallInstr>(Ex->getTuple());
  auto It = C ? T.First.find(C) : T.First.end();
  if (It == T.First.end())
    return false;
  Name = ".autotmp_" + std::to_string(It->second.first + Ex->getIndex());
  const Node *User = It->second.second;
  if (llvm::isa<CallExpr>(User)) {
    Loc = User->getLoc();
  } else if (auto *AS = llvm::dyn_cast<AssignStmt>(User)) {
    // The last variable assigned.
    Loc = AS->getLoc();
    for (const Expr *L : AS->getLhs())
      if (auto *N = llvm::dyn_cast<goscape::Name>(L);
          !N || N->getValue() != "_")
        Loc = gcExprLoc(L);
  } else {
    Loc = C->getLoc();
  }
  return true;
}

bool Batch::multiValueNames(const ir::Value *V, std::string &Names) {
  if (auto *MI = llvm::dyn_cast<MakeInterface>(V))
    V = MI->getX();
  else if (auto *CI = llvm::dyn_cast<ChangeInterface>(V))
    V = CI->getOperand(0);
  auto *Ex = llvm::dyn_cast<Extract>(V);
  if (!Ex)
    return false;
  auto *C = llvm::dyn_cast<CallInstr>(Ex->getTuple());
  const MultiValueTemps &T = mvTemps(Ex->getFunction());
  auto It = C ? T.First.find(C) : T.First.end();
  if (It == T.First.end())
    return false;
  Names.clear();
  for (unsigned I = 0, N = llvm::cast<Tuple>(C->getType())->size(); I != N; ++I)
    Names += (I ? ", .autotmp_" : ".autotmp_") +
             std::to_string(It->second.first + I);
  return true;
}
