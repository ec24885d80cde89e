//===- Function.cpp - Basic blocks, functions, modules --------------------===//
//
// Ownership and bookkeeping of the IR containers (see Function.h).
//
//===----------------------------------------------------------------------===//

#include "goscape/IR/Function.h"
#include "goscape/IR/Printer.h"

#include <algorithm>

using namespace goscape;
using namespace goscape::ir;

//===----------------------------------------------------------------------===//
// BasicBlock
//===----------------------------------------------------------------------===//

Terminator *BasicBlock::getTerminator() const {
  if (Instrs.empty())
    return nullptr;
  return llvm::dyn_cast<Terminator>(Instrs.back());
}

llvm::ArrayRef<BasicBlock *> BasicBlock::succs() const {
  if (Terminator *T = getTerminator())
    return T->getSuccessors();
  return {};
}

void BasicBlock::push_back(Instr *I) { insert(Instrs.size(), I); }

void BasicBlock::insert(unsigned Pos, Instr *I) {
  assert(!I->Parent && "instruction already in a block");
  I->Parent = this;
  Instrs.insert(Pos, I, Parent->getArena());
}

void BasicBlock::erase(Instr *I) {
  auto *It = std::find(Instrs.begin(), Instrs.end(), I);
  assert(It != Instrs.end() && "instruction not in this block");
  Instrs.erase(unsigned(It - Instrs.begin()));
  I->dropAllReferences();
  I->Parent = nullptr;
}

void BasicBlock::addPred(BasicBlock *P) {
  Preds.push_back(P, Parent->getArena());
}

//===----------------------------------------------------------------------===//
// Function
//===----------------------------------------------------------------------===//

Function::Function(Module &M, llvm::StringRef Name, const Signature *Sig,
                   Func *Obj, const Node *Syntax, Function *Parent)
    : Value(ValueKind::Function, Sig), M(M), Obj(Obj), Syntax(Syntax),
      Parent(Parent) {
  this->Name = copyString(Name);
  if (Parent)
    Parent->AnonFuncs.push_back(this);
}

Function::~Function() {
  // A function dying with its Module needs no unlinking (see Function.h):
  // the values its uses name die too, and nothing reads a use list again.
  if (!M.TearingDown)
    dropAllReferences();
}

void Function::dropAllReferences() {
  for (BasicBlock *BB : Blocks)
    for (Instr *I : BB->instrs())
      I->dropAllReferences();
}

llvm::StringRef Function::copyString(llvm::StringRef S) {
  if (S.empty())
    return {};
  char *Mem = Arena.Allocate<char>(S.size());
  std::copy(S.begin(), S.end(), Mem);
  return {Mem, S.size()};
}

Parameter *Function::addParam(Var *Obj, const Type *Ty) {
  Parameter *P = create<Parameter>(this, Obj, Ty, unsigned(Params.size()));
  Params.push_back(P);
  return P;
}

FreeVar *Function::addFreeVar(Var *Obj, const Type *PtrTy) {
  FreeVar *FV = create<FreeVar>(this, Obj, PtrTy, unsigned(FreeVars.size()));
  FreeVars.push_back(FV);
  return FV;
}

BasicBlock *Function::createBlock(llvm::StringRef Comment) {
  BasicBlock *BB =
      create<BasicBlock>(this, unsigned(Blocks.size()), copyString(Comment));
  Blocks.push_back(BB);
  return BB;
}

unsigned Function::removeUnreachableBlocks(bool FollowSyntactic) {
  if (Blocks.empty())
    return 0;
  // The blocks each block is the syntactic predecessor of.
  std::vector<std::vector<BasicBlock *>> SynSuccs;
  if (FollowSyntactic) {
    SynSuccs.resize(Blocks.size());
    for (BasicBlock *BB : Blocks)
      if (BasicBlock *P = BB->getSyntacticPred())
        SynSuccs[P->getIndex()].push_back(BB);
  }
  // Mark from the entry and from kept blocks (a worklist over blocks: each
  // is pushed at most once).
  std::vector<bool> Live(Blocks.size(), false);
  std::vector<BasicBlock *> Todo;
  auto Push = [&](BasicBlock *BB) {
    if (!Live[BB->getIndex()]) {
      Live[BB->getIndex()] = true;
      Todo.push_back(BB);
    }
  };
  Push(Blocks.front());
  for (BasicBlock *BB : Blocks)
    if (BB->isKeptUnreachable())
      Push(BB);
  while (!Todo.empty()) {
    BasicBlock *BB = Todo.back();
    Todo.pop_back();
    for (BasicBlock *S : BB->succs())
      Push(S);
    if (FollowSyntactic)
      for (BasicBlock *S : SynSuccs[BB->getIndex()])
        Push(S);
  }
  unsigned Removed = 0;
  for (BasicBlock *BB : Blocks)
    if (!Live[BB->getIndex()])
      for (Instr *I : BB->instrs())
        I->dropAllReferences();
  for (BasicBlock *BB : Blocks) {
    if (!Live[BB->getIndex()])
      continue;
    if (BasicBlock *P = BB->getSyntacticPred();
        P && (!FollowSyntactic || !Live[P->getIndex()]))
      BB->setSyntacticPred(nullptr);
    for (unsigned P = BB->Preds.size(); P-- > 0;) {
      if (Live[BB->Preds[P]->getIndex()])
        continue;
      BB->removePred(P);
      for (Instr *I : BB->instrs()) {
        if (!llvm::isa<Phi>(I))
          break;
        I->removeOperand(P);
      }
    }
  }
  std::vector<BasicBlock *> Kept;
  for (BasicBlock *BB : Blocks) {
    if (!Live[BB->getIndex()]) {
      ++Removed;
      continue;
    }
    BB->Index = unsigned(Kept.size());
    Kept.push_back(BB);
  }
  Blocks = std::move(Kept);
  return Removed;
}

void Function::removeTrivialPhis() {
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (BasicBlock *BB : Blocks) {
      llvm::SmallVector<Phi *, 8> Phis;
      for (Instr *I : BB->instrs())
        if (auto *P = llvm::dyn_cast<Phi>(I))
          Phis.push_back(P);
      for (Phi *P : Phis) {
        Value *Same = nullptr;
        bool Trivial = true;
        for (const Use &U : P->operands()) {
          Value *Op = U.get();
          if (Op == P || Op == Same)
            continue;
          if (Same) {
            Trivial = false;
            break;
          }
          Same = Op;
        }
        if (!Trivial || !Same)
          continue;
        P->replaceAllUsesWith(Same);
        BB->erase(P);
        Changed = true;
      }
    }
  }
}

ir::Const *Function::createConst(const Constant *C, const Type *Ty) {
  return create<ir::Const>(this, C, Ty);
}

void Function::print(llvm::raw_ostream &OS, const SourceManager *SM) const {
  printFunction(*this, OS, SM);
}

//===----------------------------------------------------------------------===//
// Module
//===----------------------------------------------------------------------===//

Module::~Module() {
  // Every Value an operand can name (Functions, Globals, and each
  // function's own Consts, Parameters, FreeVars and instructions) is owned
  // here and dies now, and a Module shares no Value with another: nothing
  // can walk a use list after this point, so the functions and arenas are
  // freed without unlinking every use one by one.
  TearingDown = true;
  Functions.clear();
}

Function *Module::createFunction(llvm::StringRef Name, const Signature *Sig,
                                 Func *Obj, const Node *Syntax,
                                 Function *Parent) {
  assert(Sig && "a function needs a signature");
  assert((!Obj || !FuncMap.count(Obj)) && "function created twice");
  Functions.push_back(
      std::make_unique<Function>(*this, Name, Sig, Obj, Syntax, Parent));
  Function *F = Functions.back().get();
  if (Obj)
    FuncMap[Obj] = F;
  return F;
}

Function *Module::getOrCreateExternal(Func *Obj) {
  if (Function *F = getFunction(Obj))
    return F;
  return createFunction(Obj->getFullName(), Obj->getSignature(), Obj, nullptr);
}

Global *Module::createGlobal(Var *Obj) {
  assert(!GlobalMap.count(Obj) && "global created twice");
  auto *G = new (Arena.Allocate<Global>())
      Global(this, Obj, Obj->getName(), Types.getPointer(Obj->getType()));
  Globals.push_back(G);
  GlobalMap[Obj] = G;
  return G;
}

void Module::print(llvm::raw_ostream &OS, const SourceManager *SM) const {
  printModule(*this, OS, SM);
}
