//===- IRGenStmt.cpp - Statements and control flow ------------------------===//
//
// Statements in go/ssa's block shapes (if.then/if.else/if.done,
// for.loop/for.body/for.post/for.done, rangeindex/rangeiter/rangechan,
// switch and type switch as chains of tests, select as a Select then a
// chain of index tests). Blocks are sealed for SSA construction as soon as
// all their predecessors exist; loop headers after the body, labels at
// the end of the function. Range loops over strings and maps use
// Range/Next (strings decode UTF-8 as Go does); over arrays, pointers to
// arrays and slices an index loop; over channels a comma-ok receive.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

#include "goscape/Sema/GcPosition.h"

using namespace goscape;
using namespace goscape::irgen;

static Provenance syn(const Node *N) {
  return Provenance::synthetic(N ? N->getLoc() : SourceLoc(), N);
}

/// True when the Name declares a new variable at this position.
static Var *declaredAt(const Expr *E) {
  auto *N = llvm::dyn_cast<Name>(unparen(E));
  if (!N || N->isBlank())
    return nullptr;
  auto *V = llvm::dyn_cast_or_null<Var>(N->getObject());
  if (V && V->getLoc() == N->getLoc())
    return V;
  return nullptr;
}

void FuncGen::stmt(const Stmt *S) {
  // Every operand evaluated early by the previous statement was used there.
  assert(Early.empty() && "an early-evaluated operand was not lowered");
  switch (S->getKind()) {
  case NodeKind::EmptyStmt:
    return;
  case NodeKind::LabeledStmt: {
    auto *L = llvm::cast<LabeledStmt>(S);
    BasicBlock *BB = labelBlock(L);
    jump(BB, syn(L));
    setBlock(BB);
    const Stmt *Body = L->getBody();
    if (auto *For = llvm::dyn_cast<ForStmt>(Body))
      return forStmt(For, L);
    if (auto *Sw = llvm::dyn_cast<SwitchStmt>(Body))
      return Sw->isTypeSwitch() ? typeSwitchStmt(Sw, L) : switchStmt(Sw, L);
    if (auto *Sel = llvm::dyn_cast<SelectStmt>(Body))
      return selectStmt(Sel, L);
    return stmt(Body);
  }
  case NodeKind::BlockStmt:
    return stmts(llvm::cast<BlockStmt>(S)->getList());
  case NodeKind::ExprStmt:
    expr(llvm::cast<ExprStmt>(S)->getX());
    return;
  case NodeKind::SendStmt: {
    auto *Snd = llvm::cast<SendStmt>(S);
    evalEarly(Snd->getChan());
    evalEarly(Snd->getValue());
    Value *Ch = expr(Snd->getChan());
    const Type *Elem = llvm::cast<Chan>(under(Ch->getType()))->getElem();
    B.createSend(Provenance::of(S), Ch,
                 exprTo(Snd->getValue(), Elem,
                        gcImplicitConvLoc(Snd, Snd->getValue(), MG.CP)));
    return;
  }
  case NodeKind::DeclStmt:
    return declStmt(llvm::cast<DeclStmt>(S));
  case NodeKind::AssignStmt:
    return assignStmt(llvm::cast<AssignStmt>(S));
  case NodeKind::BranchStmt:
    return branchStmt(llvm::cast<BranchStmt>(S));
  case NodeKind::CallStmt:
    return callStmt(llvm::cast<CallStmt>(S));
  case NodeKind::ReturnStmt:
    return returnStmt(llvm::cast<ReturnStmt>(S));
  case NodeKind::IfStmt:
    return ifStmt(llvm::cast<IfStmt>(S));
  case NodeKind::ForStmt:
    return forStmt(llvm::cast<ForStmt>(S), nullptr);
  case NodeKind::SwitchStmt: {
    auto *Sw = llvm::cast<SwitchStmt>(S);
    return Sw->isTypeSwitch() ? typeSwitchStmt(Sw, nullptr)
                              : switchStmt(Sw, nullptr);
  }
  case NodeKind::SelectStmt:
    return selectStmt(llvm::cast<SelectStmt>(S), nullptr);
  default:
    return;
  }
}

void FuncGen::stmts(llvm::ArrayRef<Stmt *> L) {
  for (const Stmt *S : L) {
    BasicBlock *Before = cur();
    stmt(S);
    if (!MG.Opts.LocalsInMemory)
      continue;
    // Code after a terminating statement starts a block without
    // predecessors (after the return, the loop never left, the switch
    // whose clauses all return): it follows where the statement began.
    if (auto *LS = llvm::dyn_cast<LabeledStmt>(S))
      Before = labelBlock(LS);
    BasicBlock *After = cur();
    if (After != Before && After->preds().empty() &&
        !After->getSyntacticPred() && After != F->getEntryBlock())
      After->setSyntacticPred(Before);
  }
}

BasicBlock *FuncGen::labelBlock(const LabeledStmt *L) {
  BasicBlock *&BB = Labels[L];
  if (!BB)
    BB = newBlock(("label." + L->getLabel()->getValue()).str());
  return BB;
}

//===----------------------------------------------------------------------===//
// Assignments and declarations
//===----------------------------------------------------------------------===//

void FuncGen::multiAssign(llvm::ArrayRef<Expr *> Lhs,
                          llvm::ArrayRef<Expr *> Rhs, bool Define,
                          const Stmt *S) {
  Provenance P = Provenance::of(S);
  // The targets' and values' calls first, in gc's order (IRGenOrder.cpp);
  // the variables a definition declares exist before its values.
  auto OrderOperands = [&] {
    for (const Expr *L : Lhs)
      evalEarly(L);
    for (auto [I, R] : llvm::enumerate(Rhs))
      evalEarlyConv(R, Lhs.size() == Rhs.size() && !Define
                           ? Lhs[I]->getType()
                           : nullptr);
  };
  if (!Define)
    OrderOperands();
  llvm::SmallVector<LValue, 4> Ls;
  for (const Expr *L : Lhs) {
    if (Define)
      if (Var *V = declaredAt(L)) {
        declareVar(V, unparen(L));
        LValue LV;
        LV.E = unparen(L);
        LV.Ty = V->getType();
        if (isMemVar(V)) {
          LV.Kind = LValue::Address;
          LV.Addr = Addrs[V];
        } else {
          LV.Kind = LValue::SSAVar;
          LV.V = V;
        }
        Ls.push_back(LV);
        continue;
      }
    Ls.push_back(lvalue(L));
  }
  if (Define)
    OrderOperands();
  // gc converts the values where building the statement left it: after
  // the values and the targets that are not blank; a definition of only
  // constants, at its first variable's declaration.
  SourceLoc ConvLoc;
  if (!Rhs.empty())
    ConvLoc = gcImplicitConvLoc(S, Rhs[0], MG.CP);
  if (!ConvLoc.isValid() && Define)
    if (auto *N = llvm::dyn_cast<Name>(unparen(Lhs[0])); N && N->getObject())
      ConvLoc = N->getObject()->getLoc();
  if (Lhs.size() == Rhs.size()) {
    llvm::SmallVector<Value *, 4> Vs;
    for (unsigned I = 0; I != Rhs.size(); ++I)
      Vs.push_back(exprTo(Rhs[I], Ls[I].Ty, ConvLoc));
    for (unsigned I = 0; I != Ls.size(); ++I)
      assign(Ls[I], Vs[I], P);
    return;
  }
  Value *T = expr(Rhs[0]);
  Provenance ConvP = !Define && ConvLoc.isValid()
                         ? Provenance::at(ConvLoc, Rhs[0])
                         : Provenance::of(Rhs[0]);
  for (unsigned I = 0; I != Ls.size(); ++I) {
    Value *V = extract(T, I, syn(S));
    assign(Ls[I], convert(V, Ls[I].Ty, ConvP), P);
  }
}

void FuncGen::assignStmt(const AssignStmt *S) {
  Provenance P = Provenance::of(S);
  Operator Op = S->getOp();
  if (Op == Operator::None || Op == Operator::Def)
    return multiAssign(S->getLhs(), S->getRhs(), S->isDefine(), S);
  evalEarly(S->getLhs()[0]);
  if (!S->isIncDec())
    evalEarly(S->getRhs()[0]);
  LValue L = lvalue(S->getLhs()[0]);
  // gc makes the calls of the operand before it loads the target (and
  // checks its bounds): `x += f()` adds f's result to x as f left it.
  Value *R = nullptr;
  if (!S->isIncDec())
    R = Op == Operator::Shl || Op == Operator::Shr
            ? expr(S->getRhs()[0])
            : exprTo(S->getRhs()[0], L.Ty);
  Value *Old = loadLValue(L, P);
  Value *New;
  if (S->isIncDec()) {
    New = B.createBinOp(P, Op, Old, B.getConst(MG.Consts.getInt64(1), L.Ty));
  } else if (Op == Operator::Shl || Op == Operator::Shr) {
    New = B.createBinOp(P, Op, Old, R);
  } else {
    if (Op == Operator::Add && isString(L.Ty))
      New = B.createConcat(P, {Old, R});
    else
      New = B.createBinOp(P, Op, Old, R);
  }
  assign(L, New, P);
}

void FuncGen::declStmt(const DeclStmt *S) {
  for (const Decl *D : S->getDecls()) {
    auto *VD = llvm::dyn_cast<VarDecl>(D);
    if (!VD)
      continue;
    Provenance P = Provenance::of(VD);
    llvm::ArrayRef<Name *> Names = VD->getNames();
    llvm::ArrayRef<Expr *> Vals = VD->getValues();
    for (auto [I, E] : llvm::enumerate(Vals)) {
      auto *V = Vals.size() == Names.size()
                    ? llvm::dyn_cast_or_null<Var>(Names[I]->getObject())
                    : nullptr;
      evalEarlyConv(E, V ? V->getType() : nullptr);
    }
    llvm::SmallVector<Value *, 4> Vs;
    if (Vals.size() == Names.size()) {
      for (unsigned I = 0; I != Names.size(); ++I) {
        auto *V = llvm::dyn_cast_or_null<Var>(Names[I]->getObject());
        Vs.push_back(exprTo(Vals[I], V ? V->getType() : nullptr,
                            gcImplicitConvLoc(VD, Vals[I], MG.CP)));
      }
    } else if (Vals.size() == 1) {
      Value *T = expr(Vals[0]);
      for (unsigned I = 0; I != Names.size(); ++I)
        Vs.push_back(extract(T, I, syn(VD)));
    }
    for (unsigned I = 0; I != Names.size(); ++I) {
      auto *V = llvm::dyn_cast_or_null<Var>(Names[I]->getObject());
      if (Names[I]->isBlank() && I < Vs.size())
        discard(Vs[I]);
      if (!V || Names[I]->isBlank())
        continue;
      declareVar(V, Names[I]);
      if (I < Vs.size())
        writeVar(V, Vs[I], P);
      else if (!isMemVar(V))
        writeVar(V, zero(V->getType()), P);
    }
  }
}

//===----------------------------------------------------------------------===//
// Control flow
//===----------------------------------------------------------------------===//

void FuncGen::ifStmt(const IfStmt *S) {
  if (S->getInit())
    stmt(S->getInit());
  BasicBlock *Then = newBlock("if.then");
  BasicBlock *Done = newBlock("if.done");
  BasicBlock *Else = S->getElse() ? newBlock("if.else") : Done;
  cond(S->getCond(), Then, Else, S);
  sealBlock(Then);
  setBlock(Then);
  stmts(S->getThen()->getList());
  jump(Done, syn(S));
  if (S->getElse()) {
    sealBlock(Else);
    setBlock(Else);
    stmt(S->getElse());
    jump(Done, syn(S));
  }
  if (CutIfs.count(S))
    // gc drops what follows this if: the block after its taken branch's
    // return or panic, jumping here, is not code gc keeps.
    for (BasicBlock *P : Done->preds())
      if (P->preds().empty())
        P->setSyntacticPred(nullptr);
  sealBlock(Done);
  setBlock(Done);
}

void FuncGen::forStmt(const ForStmt *S, const Stmt *Label) {
  if (auto *R = llvm::dyn_cast_or_null<RangeClause>(S->getInit()))
    return rangeStmt(S, R, Label);
  if (S->getInit())
    stmt(S->getInit());
  BasicBlock *Loop = newBlock("for.loop");
  BasicBlock *Body = newBlock("for.body");
  BasicBlock *Done = newBlock("for.done");
  BasicBlock *Post = S->getPost() ? newBlock("for.post") : Loop;
  jump(Loop, syn(S));
  setBlock(Loop);
  if (S->getCond())
    cond(S->getCond(), Body, Done);
  else
    jump(Body, syn(S));
  sealBlock(Body);
  setBlock(Body);
  Targets.push_back({S, Done, Post});
  ++LoopDepth;
  stmts(S->getBody()->getList());
  --LoopDepth;
  Targets.pop_back();
  jump(Post, syn(S));
  if (Post != Loop) {
    sealBlock(Post);
    setBlock(Post);
    stmt(S->getPost());
    jump(Loop, syn(S));
  }
  sealBlock(Loop);
  sealBlock(Done);
  setBlock(Done);
}

void FuncGen::rangeAssign(const Expr *Lhs, bool Define, Value *V,
                          Provenance P) {
  if (!Lhs)
    return;
  auto *N = llvm::dyn_cast<Name>(unparen(Lhs));
  if (N && N->isBlank())
    return;
  if (Define) {
    if (auto *Vr = llvm::dyn_cast_or_null<Var>(N ? N->getObject() : nullptr))
      writeVar(Vr, V, P);
    return;
  }
  LValue L = lvalue(Lhs);
  assign(L, V, P);
}

void FuncGen::rangeStmt(const ForStmt *S, const RangeClause *R,
                        const Stmt *Label) {
  Provenance P = Provenance::of(R);
  llvm::ArrayRef<Expr *> Lhs = R->getLhs();
  const Expr *K = Lhs.size() > 0 ? Lhs[0] : nullptr;
  const Expr *V = Lhs.size() > 1 ? Lhs[1] : nullptr;
  Value *X = expr(R->getX());
  // Go 1.19: one variable per loop, declared before it.
  if (R->isDefine())
    for (const Expr *L : Lhs)
      if (Var *Vr = declaredAt(L))
        declareVar(Vr, unparen(L));
  const Type *XT = under(X->getType());
  const Type *IntTy = MG.Types.getBasic(BasicKind::Int);
  BasicBlock *Loop, *Body, *Done;
  if (llvm::isa<Array>(XT) || llvm::isa<goscape::Slice>(XT) ||
      llvm::isa<Pointer>(XT)) {
    Value *Len;
    if (auto *A = llvm::dyn_cast<Array>(XT))
      Len = B.getConst(MG.Consts.getInt64(A->getLen()), IntTy);
    else if (auto *Ptr = llvm::dyn_cast<Pointer>(XT))
      Len = B.getConst(
          MG.Consts.getInt64(
              llvm::cast<Array>(under(Ptr->getElem()))->getLen()),
          IntTy);
    else
      Len = B.createBuiltinCall(syn(R), BuiltinId::Len, IntTy, {X});
    // The hidden index variable of the loop.
    Var *Idx = MG.Types.createObject<Var>(R->getLoc(), nullptr, "range.index",
                                          IntTy, VarRole::Local);
    writeSSA(Idx, cur(), B.getConst(MG.Consts.getInt64(-1), IntTy));
    Loop = newBlock("rangeindex.loop");
    Body = newBlock("rangeindex.body");
    Done = newBlock("rangeindex.done");
    jump(Loop, syn(S));
    setBlock(Loop);
    Value *I = B.createBinOp(syn(R), Operator::Add, readSSA(Idx, Loop),
                             B.getConst(MG.Consts.getInt64(1), IntTy));
    writeSSA(Idx, Loop, I);
    branch(B.createBinOp(syn(R), Operator::Lss, I, Len), Body, Done, syn(R));
    sealBlock(Body);
    setBlock(Body);
    rangeAssign(K, R->isDefine(), I, P);
    if (V && !(llvm::isa<Name>(unparen(V)) &&
               llvm::cast<Name>(unparen(V))->isBlank())) {
      Value *Elem;
      if (llvm::isa<Array>(XT))
        Elem = B.createIndex(syn(R), X, I);
      else
        Elem = B.createLoad(syn(R), B.createIndexAddr(syn(R), X, I));
      rangeAssign(V, R->isDefine(), Elem, P);
    }
  } else if (llvm::isa<Chan>(XT)) {
    Loop = newBlock("rangechan.loop");
    Body = newBlock("rangechan.body");
    Done = newBlock("rangechan.done");
    jump(Loop, syn(S));
    setBlock(Loop);
    Value *Rcv = B.createUnOp(P, Operator::Recv, X, /*CommaOk=*/true);
    branch(extract(Rcv, 1, syn(R)), Body, Done, syn(R));
    sealBlock(Body);
    setBlock(Body);
    if (K)
      rangeAssign(K, R->isDefine(), extract(Rcv, 0, syn(R)), P);
  } else {
    ir::Range *It = B.createRange(P, X);
    Loop = newBlock("rangeiter.loop");
    Body = newBlock("rangeiter.body");
    Done = newBlock("rangeiter.done");
    jump(Loop, syn(S));
    setBlock(Loop);
    Value *N = B.createNext(P, It);
    branch(extract(N, 0, syn(R)), Body, Done, syn(R));
    sealBlock(Body);
    setBlock(Body);
    if (K)
      rangeAssign(K, R->isDefine(), extract(N, 1, syn(R)), P);
    if (V)
      rangeAssign(V, R->isDefine(), extract(N, 2, syn(R)), P);
  }
  Targets.push_back({S, Done, Loop});
  ++LoopDepth;
  stmts(S->getBody()->getList());
  --LoopDepth;
  Targets.pop_back();
  jump(Loop, syn(S));
  sealBlock(Loop);
  sealBlock(Done);
  setBlock(Done);
  (void)Label;
}

void FuncGen::switchStmt(const SwitchStmt *S, const Stmt *Label) {
  if (S->getInit())
    stmt(S->getInit());
  Value *Tag = S->getTag() ? expr(S->getTag()) : nullptr;
  BasicBlock *Done = newBlock("switch.done");
  llvm::ArrayRef<CaseClause *> Cs = S->getBody();
  llvm::SmallVector<BasicBlock *, 8> Bodies;
  for (unsigned I = 0; I != Cs.size(); ++I)
    Bodies.push_back(newBlock("switch.body"));
  BasicBlock *Default = nullptr;
  for (unsigned I = 0; I != Cs.size(); ++I) {
    if (Cs[I]->isDefault()) {
      Default = Bodies[I];
      continue;
    }
    for (const Expr *X : Cs[I]->getCases()) {
      BasicBlock *Next = newBlock("switch.next");
      if (Tag) {
        // A case value compared with an interface tag is converted as the
        // case clause's operand (gc converts it after escape analysis).
        bool IfaceTag = isInterface(Tag->getType());
        bool IsNil = MG.CP.getMode(unparen(X)) == ExprMode::Nil;
        Value *Y = (X->getConstValue() && !IfaceTag) || IsNil
                       ? exprTo(X, Tag->getType())
                       : expr(X);
        branch(compare(Operator::Eql, Tag, Y,
                       Provenance::at(X->getLoc(), Cs[I])),
               Bodies[I], Next, Provenance::of(X));
      } else if (isBoolean(X->getType()) && !isInterface(X->getType())) {
        cond(X, Bodies[I], Next);
      } else {
        // `switch { case i: }` with i an interface: compare with true
        // (converted as the case clause's operand, like a tag above).
        const Type *BoolTy = MG.Types.getBasic(BasicKind::Bool);
        Value *True = B.getConst(MG.Consts.getBool(true), BoolTy);
        branch(compare(Operator::Eql, True, expr(X),
                       Provenance::at(X->getLoc(), Cs[I])),
               Bodies[I], Next, Provenance::of(X));
      }
      sealBlock(Next);
      setBlock(Next);
    }
  }
  jump(Default ? Default : Done, syn(S));
  Targets.push_back({S, Done, nullptr});
  BasicBlock *SavedFT = FallthroughTarget;
  for (unsigned I = 0; I != Cs.size(); ++I) {
    sealBlock(Bodies[I]);
    setBlock(Bodies[I]);
    FallthroughTarget = I + 1 < Cs.size() ? Bodies[I + 1] : Done;
    stmts(Cs[I]->getBody());
    jump(Done, syn(Cs[I]));
  }
  FallthroughTarget = SavedFT;
  Targets.pop_back();
  sealBlock(Done);
  setBlock(Done);
  (void)Label;
}

void FuncGen::typeSwitchStmt(const SwitchStmt *S, const Stmt *Label) {
  if (S->getInit())
    stmt(S->getInit());
  auto *G = llvm::cast<TypeSwitchGuard>(S->getTag());
  Value *X = expr(G->getX());
  BasicBlock *Done = newBlock("typeswitch.done");
  llvm::ArrayRef<CaseClause *> Cs = S->getBody();
  llvm::SmallVector<BasicBlock *, 8> Bodies;
  llvm::SmallVector<Value *, 8> Bound;
  BasicBlock *Default = nullptr;
  for (unsigned I = 0; I != Cs.size(); ++I) {
    Bodies.push_back(newBlock("typeswitch.body"));
    Bound.push_back(X);
    if (Cs[I]->isDefault()) {
      Default = Bodies[I];
      continue;
    }
    bool Single = Cs[I]->getCases().size() == 1;
    for (const Expr *T : Cs[I]->getCases()) {
      BasicBlock *Next = newBlock("typeswitch.next");
      Value *C;
      if (isNilExpr(MG.CP, T)) {
        C = B.createBinOp(Provenance::of(T), Operator::Eql, X,
                          zero(X->getType()));
      } else {
        Value *TA =
            B.createTypeAssert(Provenance::of(G), X, T->getType(), true);
        C = extract(TA, 1, syn(T));
        if (Single)
          Bound[I] = extract(TA, 0, syn(T));
      }
      branch(C, Bodies[I], Next, syn(T));
      sealBlock(Next);
      setBlock(Next);
    }
  }
  jump(Default ? Default : Done, syn(S));
  Targets.push_back({S, Done, nullptr});
  for (unsigned I = 0; I != Cs.size(); ++I) {
    sealBlock(Bodies[I]);
    setBlock(Bodies[I]);
    if (auto *Obj = llvm::dyn_cast_or_null<Var>(Cs[I]->getImplicitObject())) {
      declareVar(Obj, Cs[I]);
      writeVar(Obj, Bound[I], syn(Cs[I]));
    }
    stmts(Cs[I]->getBody());
    jump(Done, syn(Cs[I]));
  }
  Targets.pop_back();
  sealBlock(Done);
  setBlock(Done);
  (void)Label;
}

void FuncGen::selectStmt(const SelectStmt *S, const Stmt *Label) {
  llvm::SmallVector<ir::IRBuilder::SelectCase, 4> Cases;
  llvm::SmallVector<const CommClause *, 4> Clauses;
  const CommClause *Default = nullptr;
  for (const CommClause *C : S->getBody()) {
    if (C->isDefault()) {
      Default = C;
      continue;
    }
    const Stmt *Comm = C->getComm();
    Provenance P = Provenance::at(Comm->getLoc(), C);
    if (auto *Snd = llvm::dyn_cast<SendStmt>(Comm)) {
      Value *Ch = expr(Snd->getChan());
      const Type *Elem = llvm::cast<Chan>(under(Ch->getType()))->getElem();
      Cases.push_back({Ch,
                       exprTo(Snd->getValue(), Elem,
                              gcImplicitConvLoc(Snd, Snd->getValue(), MG.CP)),
                       P});
    } else {
      const Expr *Rcv = nullptr;
      if (auto *ES = llvm::dyn_cast<ExprStmt>(Comm))
        Rcv = ES->getX();
      else if (auto *AS = llvm::dyn_cast<AssignStmt>(Comm))
        Rcv = AS->getRhs()[0];
      auto *Op = llvm::cast<Operation>(unparen(Rcv));
      Cases.push_back({expr(Op->getX()), nullptr, P});
    }
    Clauses.push_back(C);
  }
  Value *Sel = B.createSelect(Provenance::of(S), Cases, Default == nullptr);
  Value *Idx = extract(Sel, 0, syn(S));
  const Type *IntTy = MG.Types.getBasic(BasicKind::Int);
  BasicBlock *Done = newBlock("select.done");
  Targets.push_back({S, Done, nullptr});
  unsigned RecvIdx = 0;
  for (unsigned I = 0; I != Clauses.size(); ++I) {
    const CommClause *C = Clauses[I];
    BasicBlock *Body = newBlock("select.body");
    BasicBlock *Next = newBlock("select.next");
    branch(B.createBinOp(syn(C), Operator::Eql, Idx,
                         B.getConst(MG.Consts.getInt64(I), IntTy)),
           Body, Next, syn(C));
    sealBlock(Body);
    setBlock(Body);
    if (!Cases[I].Send) {
      unsigned RI = 2 + RecvIdx++;
      if (auto *AS = llvm::dyn_cast<AssignStmt>(C->getComm())) {
        llvm::ArrayRef<Expr *> Lhs = AS->getLhs();
        Value *Vals[2] = {extract(Sel, RI, syn(C)), nullptr};
        if (Lhs.size() > 1)
          Vals[1] = extract(Sel, 1, syn(C));
        for (unsigned L = 0; L != Lhs.size() && L != 2; ++L) {
          if (AS->isDefine())
            if (Var *V = declaredAt(Lhs[L]))
              declareVar(V, unparen(Lhs[L]));
          rangeAssign(Lhs[L], false, Vals[L], Provenance::of(AS));
        }
      }
    }
    stmts(C->getBody());
    jump(Done, syn(C));
    sealBlock(Next);
    setBlock(Next);
  }
  if (Default)
    stmts(Default->getBody());
  jump(Done, syn(S));
  Targets.pop_back();
  sealBlock(Done);
  setBlock(Done);
  (void)Label;
}

void FuncGen::branchStmt(const BranchStmt *S) {
  Provenance P = Provenance::of(S);
  if (S->getBranchKind() == BranchKind::Goto) {
    auto *L = llvm::dyn_cast_or_null<LabeledStmt>(S->getTarget());
    if (L)
      B.createJump(P, labelBlock(L));
    startUnreachable();
    return;
  }
  if (S->getBranchKind() == BranchKind::Fallthrough) {
    if (FallthroughTarget)
      B.createJump(P, FallthroughTarget);
    startUnreachable();
    return;
  }
  const Stmt *T = S->getTarget();
  while (auto *L = llvm::dyn_cast_or_null<LabeledStmt>(T))
    T = L->getBody();
  bool IsBreak = S->getBranchKind() == BranchKind::Break;
  BasicBlock *To = nullptr;
  for (unsigned I = Targets.size(); I-- > 0;) {
    const BranchTargets &BT = Targets[I];
    if (T ? BT.S != T : (!IsBreak && !BT.Continue))
      continue;
    To = IsBreak ? BT.Break : BT.Continue;
    break;
  }
  if (To)
    B.createJump(P, To);
  startUnreachable();
}

void FuncGen::callStmt(const CallStmt *S) {
  const CallExpr *C = S->getCall();
  Provenance P = Provenance::of(S);
  // No evalEarly() over the whole call: gc copies go/defer's function
  // value and arguments into temporaries one after another, so each is
  // an outermost expression ordered on its own.
  ir::CallCommon CC;
  llvm::SmallVector<Value *, 8> Storage;
  if (MG.CP.getCallKind(C) == CallKind::Builtin) {
    BuiltinId Id = MG.CP.getBuiltin(C);
    llvm::ArrayRef<Expr *> As = C->getArgs();
    if (Id == BuiltinId::Panic) {
      Storage.push_back(panicArg(C));
    } else if (As.size() == 1 && llvm::isa_and_nonnull<Tuple>(As[0]->getType())) {
      // `defer copy(f())`: the results are the operands.
      Value *T = expr(As[0]);
      for (unsigned I = 0; I != llvm::cast<Tuple>(T->getType())->size(); ++I)
        Storage.push_back(extract(T, I, Provenance::synthetic(P.Loc, C)));
    } else if (Id == BuiltinId::Delete && As.size() == 2) {
      // The key is converted to the map's key type as in the statement.
      Storage.push_back(expr(As[0]));
      const Type *K = llvm::cast<Map>(under(Storage[0]->getType()))->getKey();
      Storage.push_back(
          exprTo(As[1], K, gcImplicitConvLoc(C, As[1], MG.CP)));
    } else {
      for (const Expr *A : As)
        Storage.push_back(expr(A));
    }
    // `defer delete(f())`: the key is converted as in the statement.
    if (Id == BuiltinId::Delete && As.size() == 1 && Storage.size() == 2) {
      const Type *K = llvm::cast<Map>(under(Storage[0]->getType()))->getKey();
      Storage[1] = convert(Storage[1], K, Provenance::of(As[0]));
    }
    CC = ir::CallCommon::builtin(Id, Storage);
  } else {
    callCommon(C, CC, Storage);
  }
  if (S->isDefer())
    B.createDefer(P, CC, LoopDepth > 0);
  else
    B.createGo(P, CC);
}
