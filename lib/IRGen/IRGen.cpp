//===- IRGen.cpp - Lowering the typed AST into SSA IR ---------------------===//
//
// IRGen turns a type-checked package into goscape's SSA IR, following
// golang.org/x/tools/go/ssa's builder construct by construct, with one
// deliberate difference in how local variables become SSA values.
//
// Variables: address analysis, then on-the-fly SSA.
//   go/ssa allocates every local variable (an Alloc), lowers every read and
//   write to a load or store, and afterwards "lifts" the Allocs whose
//   address never escapes into SSA registers with phis at the dominance
//   frontiers. We get the same final form in one pass instead:
//
//   1. A pre-pass over each declaration, run just before it is lowered
//      (IRGenVars.cpp, analyzeDecl; its syntax is then still in cache),
//      finds the locals that must be locations: those whose address is
//      taken (`&x`, `&x.f`, `x[:]` of an array, a pointer-receiver
//      method called or bound on `x`), those assigned in
//      part (`x.f = v`, `x[i] = v` of an array: the IR has no instruction
//      that updates part of an SSA aggregate), and those a closure
//      captures. The rule is syntactic, like gc's own addrtaken/closure
//      analysis, so it matches gc's notion of "variable as location".
//      Named results of functions with defer are locations too (a deferred
//      closure may change them after the return statement, and the recover
//      block returns their current values).
//   2. Those variables are an Alloc (kind Var) at their declaration; reads
//      are loads, writes are stores, closures capture the Alloc's address.
//   3. All other locals are SSA values built while lowering with Braun et
//      al.'s "Simple and Efficient Construction of SSA Form" (CC 2013):
//      each block maps variables to their current value; a read in a block
//      that is not yet sealed (a loop header, a label, a switch body that a
//      fallthrough may still reach) creates an incomplete phi completed
//      when the block is sealed; trivial phis are removed on the spot.
//
//   Compared with alloc-then-lift this never materialises the Allocs,
//   loads and stores of the (many) ordinary locals, needs no dominance
//   frontiers, and keeps the escape-relevant Allocs exactly those the
//   pre-pass names, which makes the IR's memory form easy to explain in
//   -m -m output. The 100,000-line benchmark lowers in well under the
//   parse+typecheck time.
//
// Unreachable code: as in go/ssa, code after return, panic, break,
// continue, goto and fallthrough is lowered into a fresh block without
// predecessors; Function::removeUnreachableBlocks() deletes those blocks
// (and the phi edges they fed) when the function is finished. The memory
// form keeps the ones gc's dead code elimination keeps (it only drops the
// statements after an if on a constant whose branch taken ends in a
// return or panic): each such block, and the exit of a loop never left or
// of a switch whose clauses all return, names the block where the
// statement before it began (BasicBlock::setSyntacticPred), so that
// escape analysis sees that code as gc does and removes it afterwards.
//
// Evaluation order follows gc, which the spec leaves room for: within a
// statement, the calls, receives and a few other operands are evaluated
// first, left to right, and the plain variable reads after them
// (IRGenOrder.cpp). In assignments the index and pointer operands of the
// left-hand sides are then evaluated, then the right-hand sides left to
// right, then the stores happen left to right (so `a, b = b, a` swaps);
// call arguments are evaluated left to right after the function value
// and receiver.
//
// Implicit conversions are explicit instructions: assignment of a
// concrete value to an interface is MakeInterface (an allocation site),
// interface to interface ChangeInterface, identical underlying types
// ChangeType, untyped constants become typed Consts of the target type
// (nil included).
//
// Provenance: every instruction carries gc's position of the construct
// (AST Node::getLoc()) and its node; statement-level flows keep the
// statement node (Store -> AssignStmt/VarDecl/RangeClause, Return ->
// ReturnStmt, Go/Defer -> CallStmt, Send -> SendStmt). Instructions the
// source does not spell (phis, jumps between blocks, parameter spills,
// implicit loads) are synthetic.
//
// Files: IRGen.cpp (this essay, the package: globals, functions, init),
// IRGenVars.cpp (address analysis, SSA construction), IRGenFunc.cpp
// (bodies, parameters, closures, free variables, returns, defer/recover),
// IRGenExpr.cpp (operators, conversions, literals), IRGenAddr.cpp
// (addresses, selectors, indexing, assignment targets), IRGenCall.cpp
// (calls, builtins, method values and thunks), IRGenStmt.cpp (statements),
// IRGenOrder.cpp (gc's evaluation order within a statement).
//
//===----------------------------------------------------------------------===//

#include "goscape/IRGen/IRGen.h"

#include "IRGenImpl.h"

#include "goscape/Sema/Universe.h"

using namespace goscape;
using namespace goscape::irgen;

ModuleGen::ModuleGen(const CheckedPackage &CP, const ASTContext &Ctx,
                     ir::Module &M, const IRGenOptions &Opts)
    : CP(CP), Ctx(Ctx), Types(CP.getTypes()), Consts(CP.getConsts()), M(M),
      Opts(Opts) {}

ir::Function *ModuleGen::functionFor(Func *F) {
  if (ir::Function *Fn = M.getFunction(F))
    return Fn;
  return M.getOrCreateExternal(F);
}

ir::Global *ModuleGen::globalFor(Var *V) {
  if (ir::Global *G = M.getGlobal(V))
    return G;
  return M.createGlobal(V);
}

void ModuleGen::run() {
  // Package variables, in declaration order.
  if (Package *Pkg = CP.getPackage())
    for (Object *O : Pkg->getScope()->objects())
      if (auto *V = llvm::dyn_cast<Var>(O))
        globalFor(V);

  // Create every declared function first so that calls can name them.
  llvm::SmallVector<std::pair<FuncDecl *, ir::Function *>, 64> Bodies;
  for (FuncDecl *D : CP.getFuncDecls()) {
    Func *Obj = CP.getFunc(D);
    const Signature *Sig = CP.getSignature(D);
    if (!Sig && Obj)
      Sig = Obj->getSignature();
    if (!Sig)
      continue;
    std::string Name = Obj ? Obj->getFullName() : std::string("?");
    bool IsInit = !D->getRecv() && D->getName()->getValue() == "init";
    if (IsInit)
      Name = "init#" + std::to_string(++NumInits);
    ir::Function *Fn =
        M.createFunction(Name, Sig, (IsInit || !Obj) ? nullptr : Obj, D);
    Bodies.push_back({D, Fn});
  }

  // The synthetic package initializer.
  const Signature *InitSig = Types.getSignature(
      nullptr, Types.getEmptyTuple(), Types.getEmptyTuple(), false);
  ir::Function *Init = M.createFunction("init", InitSig, nullptr, nullptr);

  for (auto &[D, Fn] : Bodies) {
    analyzeDecl(D);
    FuncGen G(*this, Fn, nullptr);
    G.buildBody(D, D->getBody(), Fn->getSignature(), D->getFuncType(),
                D->getRecv());
    G.finish();
  }

  // init: var initializers in dependency order, then init#1, init#2, ...
  analyzeInitializers();
  FuncGen G(*this, Init, nullptr);
  G.buildBody(nullptr, nullptr, InitSig, nullptr, nullptr);
  // A package variable's store names its declaration, as a local's does.
  llvm::DenseMap<const Expr *, const VarDecl *> DeclOf;
  for (const File *Fl : Ctx.getFiles())
    for (const Decl *D : Fl->getDecls())
      if (auto *VD = llvm::dyn_cast<VarDecl>(D))
        for (const Expr *V : VD->getValues())
          DeclOf[V] = VD;
  for (const Initializer &I : CP.getInitOrder()) {
    Provenance P = Provenance::of(I.Init);
    if (const VarDecl *VD = DeclOf.lookup(I.Init))
      P.N = VD;
    if (I.Lhs.size() == 1) {
      Var *V = I.Lhs[0];
      if (!V || V->getName() == "_") {
        G.expr(I.Init);
        continue;
      }
      Value *Val = G.exprTo(I.Init, V->getType());
      G.B.createStore(P, globalFor(V), Val);
      continue;
    }
    Value *Tup = G.expr(I.Init);
    for (unsigned K = 0; K != I.Lhs.size(); ++K) {
      if (!I.Lhs[K] || I.Lhs[K]->getName() == "_")
        continue;
      Value *Val = G.convert(G.extract(Tup, K, Provenance::synthetic(P.Loc)),
                             I.Lhs[K]->getType(), P);
      G.B.createStore(P, globalFor(I.Lhs[K]), Val);
    }
  }
  for (auto &[D, Fn] : Bodies)
    if (!D->getRecv() && D->getName()->getValue() == "init")
      G.B.createCall(Provenance::synthetic(D->getLoc(), D),
                     ir::CallCommon::staticCall(Fn, {}));
  G.emitReturn({}, Provenance::synthetic());
  G.finish();
}

std::unique_ptr<ir::Module> goscape::lowerPackage(const CheckedPackage &CP,
                                                  const ASTContext &Ctx,
                                                  const IRGenOptions &Opts) {
  auto M = std::make_unique<ir::Module>(CP.getTypes(), CP.getPackage());
  ModuleGen(CP, Ctx, *M, Opts).run();
  return M;
}
