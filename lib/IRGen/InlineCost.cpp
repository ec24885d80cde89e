//===- InlineCost.cpp - gc 1.19's inlining cost of a function body --------===//
//
// gc charges one unit per node of its typed IR (hairyVisitor), with a few
// exceptions: a call costs its callee's inlining cost when the callee is
// inlinable and 57 more otherwise, conversions that change only the type
// and blocks are free, a constant condition drops the if and the branch
// not taken. The visitor below walks goscape's typed AST and charges what
// gc's IR for the same source has: implicit nodes gc's type checker adds
// (interface conversions, the `&`/`*` of method receivers, embedded field
// steps, declarations of `:=` variables, the zeroing of `var x T`, the
// temporaries of a multi-value call used as arguments or results), and
// nothing for nodes gc folds (constant expressions, parentheses).
//
//===----------------------------------------------------------------------===//

#include "InlineImpl.h"

using namespace goscape;

namespace {
} // namespace

int goscape::foldCond(const Expr *E, const CheckedPackage &CP,
                      const Expr *&Folded,
                      llvm::SmallVectorImpl<const Expr *> *Dropped) {
  Folded = E;
  E = unparen(E);
  if (E->getConstValue() && CP.getMode(E) == ExprMode::Constant &&
      E->getConstValue()->getKind() == ConstKind::Bool)
    return E->getConstValue()->getBool();
  auto *O = llvm::dyn_cast<Operation>(E);
  if (!O || O->isUnary() ||
      (O->getOp() != Operator::AndAnd && O->getOp() != Operator::OrOr))
    return -1;
  const Expr *FX, *FY;
  int CX = foldCond(O->getX(), CP, FX, Dropped);
  llvm::SmallVector<const Expr *, 2> YDropped;
  int CY = foldCond(O->getY(), CP, FY, &YDropped);
  if (CX < 0)
    return -1;
  bool And = O->getOp() == Operator::AndAnd;
  if (CX == (And ? 1 : 0)) {
    Folded = FY;
    if (Dropped)
      Dropped->append(YDropped.begin(), YDropped.end());
    return CY;
  }
  Folded = FX;
  if (Dropped)
    Dropped->push_back(O->getY());
  return CX;
}

/// Appends L as gc's front end lists it: the statements of a plain block
/// and the body of a labeled statement join the enclosing list (after the
/// label); empty statements are nothing.
static void gcList(llvm::ArrayRef<Stmt *> L,
                   llvm::SmallVectorImpl<const Stmt *> &Out) {
  for (Stmt *S : L) {
    if (!S || llvm::isa<EmptyStmt>(S))
      continue;
    if (auto *B = llvm::dyn_cast<BlockStmt>(S)) {
      gcList(B->getList(), Out);
      continue;
    }
    Out.push_back(S);
    if (auto *LS = llvm::dyn_cast<LabeledStmt>(S)) {
      Stmt *Body = LS->getBody();
      gcList(llvm::ArrayRef<Stmt *>(&Body, 1), Out);
    }
  }
}

/// The list ends in a return or a call of panic (gc's ORETURN, OPANIC).
static bool endsInReturnOrPanic(llvm::ArrayRef<Stmt *> L,
                                const CheckedPackage &CP) {
  llvm::SmallVector<const Stmt *, 8> Flat;
  gcList(L, Flat);
  if (Flat.empty())
    return false;
  if (llvm::isa<ReturnStmt>(Flat.back()))
    return true;
  auto *ES = llvm::dyn_cast<ExprStmt>(Flat.back());
  auto *CE = ES ? llvm::dyn_cast<CallExpr>(unparen(ES->getX())) : nullptr;
  return CE && CP.getCallKind(CE) == CallKind::Builtin &&
         CP.getBuiltin(CE) == BuiltinId::Panic;
}

void goscape::gcDeadStmts(llvm::ArrayRef<Stmt *> Body,
                          const CheckedPackage &CP,
                          llvm::DenseSet<const IfStmt *> *Cuts,
                          llvm::DenseSet<const Stmt *> *Dropped) {
  llvm::SmallVector<const Stmt *, 16> Flat;
  gcList(Body, Flat);
  size_t LastLabel = 0;
  bool HasLabel = false;
  for (size_t I = 0; I != Flat.size(); ++I)
    if (llvm::isa<LabeledStmt>(Flat[I])) {
      LastLabel = I;
      HasLabel = true;
    }
  auto Nested = [&](llvm::ArrayRef<Stmt *> L) {
    gcDeadStmts(L, CP, Cuts, Dropped);
  };
  for (size_t I = 0; I != Flat.size(); ++I) {
    const Stmt *S = Flat[I];
    if (auto *If = llvm::dyn_cast<IfStmt>(S)) {
      Stmt *Else = If->getElse();
      Nested(If->getThen()->getList());
      if (Else)
        Nested(llvm::ArrayRef<Stmt *>(&Else, 1));
      const Expr *Folded;
      int C = If->getCond() ? foldCond(If->getCond(), CP, Folded) : -1;
      llvm::ArrayRef<Stmt *> Taken;
      if (C == 1)
        Taken = If->getThen()->getList();
      else if (C == 0 && Else)
        Taken = llvm::ArrayRef<Stmt *>(&Else, 1);
      if (C >= 0 && (!HasLabel || I > LastLabel) && I + 1 < Flat.size() &&
          endsInReturnOrPanic(Taken, CP)) {
        if (Cuts)
          Cuts->insert(If);
        if (Dropped)
          Dropped->insert(Flat.begin() + I + 1, Flat.end());
        return;
      }
    } else if (auto *For = llvm::dyn_cast<ForStmt>(S)) {
      Nested(For->getBody()->getList());
    } else if (auto *Sw = llvm::dyn_cast<SwitchStmt>(S)) {
      for (const CaseClause *CC : Sw->getBody())
        Nested(CC->getBody());
    } else if (auto *Sel = llvm::dyn_cast<SelectStmt>(S)) {
      for (const CommClause *CC : Sel->getBody())
        Nested(CC->getBody());
    }
  }
}

InlineCostVisitor::InlineCostVisitor(InlinePlan &P, const Node *Fn)
    : P(P), CP(P.CP), Fn(Fn) {}

void InlineCostVisitor::hairy(std::string Why) {
  if (!Hairy) {
    Hairy = true;
    Reason = std::move(Why);
  }
}

bool InlineCostVisitor::isConst(const Expr *E) const {
  return E && E->getConstValue() && CP.getMode(E) == ExprMode::Constant;
}

int InlineCostVisitor::convTo(const Expr *E, const Type *To) {
  int C = expr(E);
  if (!To || !E || !isInterface(To))
    return C;
  const Expr *U = unparen(E);
  if (CP.getMode(U) == ExprMode::Nil)
    return C;
  const Type *From = E->getType();
  if (!From || llvm::isa<Tuple>(From) || identical(From, To))
    return C;
  return C + 1; // OCONVIFACE
}

int InlineCostVisitor::funcBody(const BlockStmt *B) {
  if (!B)
    return 0;
  gcDeadStmts(B->getList(), CP, nullptr, &Dropped);
  return body(B);
}

int InlineCostVisitor::body(const BlockStmt *B) {
  return B ? stmts(B->getList()) : 0;
}

int InlineCostVisitor::stmts(llvm::ArrayRef<Stmt *> L) {
  int C = 0;
  for (const Stmt *S : L)
    if (!Dropped.count(S))
      C += stmt(S);
  return C;
}

int InlineCostVisitor::cond(const Expr *E) {
  const Expr *F;
  if (foldCond(E, CP, F) >= 0)
    return 1;
  auto *O = llvm::dyn_cast<Operation>(unparen(F));
  if (O && !O->isUnary() &&
      (O->getOp() == Operator::AndAnd || O->getOp() == Operator::OrOr))
    return 1 + cond(O->getX()) + cond(O->getY());
  return expr(F);
}

/// The static type of the i-th value of a multi-value expression.
static const Type *tupleElem(const Type *T, unsigned I) {
  if (auto *Tu = llvm::dyn_cast_or_null<Tuple>(T))
    return I < Tu->size() ? Tu->getVars()[I]->getType() : nullptr;
  return I == 0 ? T : nullptr;
}

int InlineCostVisitor::declared(const Expr *Lhs, bool Define) {
  // A `:=` declares the names it introduces (an ODCL of the name).
  if (!Define)
    return 0;
  auto *N = llvm::dyn_cast_or_null<Name>(unparen(Lhs));
  if (!N || N->isBlank())
    return 0;
  auto *V = llvm::dyn_cast_or_null<Var>(N->getObject());
  if (!V || V->getDeclNode() != N)
    return 0;
  return 2;
}

int InlineCostVisitor::assign(const AssignStmt *S) {
  llvm::ArrayRef<Expr *> L = S->getLhs(), R = S->getRhs();
  bool Def = S->isDefine();
  if (S->isIncDec())
    return 1 + expr(L[0]) + 1;
  if (S->getOp() != Operator::None && S->getOp() != Operator::Def)
    return 1 + expr(L[0]) + expr(R[0]); // x op= y
  int C = 1;
  for (const Expr *X : L)
    C += expr(X) + declared(X, Def);
  if (L.size() == R.size()) {
    for (unsigned I = 0; I != L.size(); ++I)
      C += convTo(R[I], L[I]->getType());
    return C;
  }
  // v, ok = m[k] / x.(T) / <-c, or a, b = f().
  const Expr *X = unparen(R[0]);
  if (CP.isCommaOk(X) || CP.isCommaOk(R[0])) {
    if (auto *I = llvm::dyn_cast<IndexExpr>(X))
      return C + 1 + expr(I->getX()) + expr(I->getIndex());
    if (auto *A = llvm::dyn_cast<AssertExpr>(X))
      return C + 1 + expr(A->getX());
    if (auto *O = llvm::dyn_cast<Operation>(X))
      return C + 1 + expr(O->getX());
  }
  return C + expr(R[0]);
}

int InlineCostVisitor::varDecl(const VarDecl *D) {
  llvm::ArrayRef<Name *> Ns = D->getNames();
  llvm::ArrayRef<Expr *> Vs = D->getValues();
  int C = 0;
  if (Vs.empty()) {
    // var x T: the declaration and x = zero.
    for (const Name *N : Ns)
      C += N->isBlank() ? 0 : 4;
    return C;
  }
  if (Vs.size() == Ns.size()) {
    for (unsigned I = 0; I != Ns.size(); ++I)
      C += (Ns[I]->isBlank() ? 0 : 2) + 1 + 1 +
           convTo(Vs[I], Ns[I]->getType());
    return C;
  }
  // var a, b = f() / m[k] / x.(T) / <-c: one multi-assignment.
  C = 1;
  for (const Name *N : Ns)
    C += 1 + (N->isBlank() ? 0 : 2);
  const Expr *X = unparen(Vs[0]);
  if (auto *I = llvm::dyn_cast<IndexExpr>(X); I && CP.isCommaOk(X))
    return C + 1 + expr(I->getX()) + expr(I->getIndex());
  if (auto *A = llvm::dyn_cast<AssertExpr>(X); A && CP.isCommaOk(X))
    return C + 1 + expr(A->getX());
  if (auto *O = llvm::dyn_cast<Operation>(X); O && CP.isCommaOk(X))
    return C + 1 + expr(O->getX());
  return C + expr(Vs[0]);
}

int InlineCostVisitor::stmt(const Stmt *S) {
  if (!S || Hairy)
    return 0;
  switch (S->getKind()) {
  case NodeKind::EmptyStmt:
    return 0;
  case NodeKind::LabeledStmt:
    return 1 + stmt(llvm::cast<LabeledStmt>(S)->getBody());
  case NodeKind::BlockStmt:
    return body(llvm::cast<BlockStmt>(S));
  case NodeKind::ExprStmt:
    return expr(llvm::cast<ExprStmt>(S)->getX());
  case NodeKind::SendStmt: {
    auto *SS = llvm::cast<SendStmt>(S);
    const Type *Elem = nullptr;
    if (auto *Ch = llvm::dyn_cast_or_null<Chan>(
            SS->getChan()->getType() ? SS->getChan()->getType()->getUnderlying()
                                     : nullptr))
      Elem = Ch->getElem();
    return 1 + expr(SS->getChan()) + convTo(SS->getValue(), Elem);
  }
  case NodeKind::DeclStmt: {
    int C = 0;
    for (const Decl *D : llvm::cast<DeclStmt>(S)->getDecls()) {
      if (auto *VD = llvm::dyn_cast<VarDecl>(D))
        C += varDecl(VD);
      else if (llvm::isa<TypeDecl>(D))
        hairy("unhandled op DCLTYPE");
    }
    return C;
  }
  case NodeKind::AssignStmt:
    return assign(llvm::cast<AssignStmt>(S));
  case NodeKind::BranchStmt:
    return llvm::cast<BranchStmt>(S)->getBranchKind() == BranchKind::Fallthrough
               ? 0
               : 1;
  case NodeKind::CallStmt:
    hairy(llvm::cast<CallStmt>(S)->isDefer() ? "unhandled op DEFER"
                                             : "unhandled op GO");
    return 0;
  case NodeKind::ReturnStmt:
    return returnStmt(llvm::cast<ReturnStmt>(S));
  case NodeKind::IfStmt: {
    auto *IS = llvm::cast<IfStmt>(S);
    const Expr *F;
    if (int K = foldCond(IS->getCond(), CP, F); K >= 0) {
      int C = stmt(IS->getInit());
      return C + (K ? body(IS->getThen()) : stmt(IS->getElse()));
    }
    int C = 1 + stmt(IS->getInit());
    C += cond(IS->getCond());
    C += body(IS->getThen());
    return C + stmt(IS->getElse());
  }
  case NodeKind::ForStmt: {
    auto *FS = llvm::cast<ForStmt>(S);
    if (auto *R = llvm::dyn_cast_or_null<RangeClause>(FS->getInit())) {
      int C = 1;
      for (const Expr *L : R->getLhs())
        C += expr(L) + declared(L, R->isDefine());
      C += expr(R->getX());
      return C + body(FS->getBody());
    }
    int C = 1 + stmt(FS->getInit());
    C += expr(FS->getCond());
    C += stmt(FS->getPost());
    return C + body(FS->getBody());
  }
  case NodeKind::SwitchStmt:
    return switchStmt(llvm::cast<SwitchStmt>(S));
  case NodeKind::SelectStmt: {
    int C = 1;
    for (const CommClause *CC : llvm::cast<SelectStmt>(S)->getBody()) {
      C += 1;
      if (const Stmt *Comm = CC->getComm()) {
        if (auto *SS = llvm::dyn_cast<SendStmt>(Comm)) {
          C += stmt(SS);
        } else if (auto *ES = llvm::dyn_cast<ExprStmt>(Comm)) {
          C += 1 + 2 + expr(ES->getX()); // OSELRECV2 _, _ = <-c
        } else if (auto *AS = llvm::dyn_cast<AssignStmt>(Comm)) {
          C += 1 + 2 + expr(AS->getRhs()[0]);
          for (const Expr *L : AS->getLhs())
            C += declared(L, AS->isDefine());
        }
      }
      C += stmts(CC->getBody());
    }
    return C;
  }
  case NodeKind::RangeClause:
    return 0;
  default:
    return 0;
  }
}

int InlineCostVisitor::returnStmt(const ReturnStmt *R) {
  const Signature *Sig = P.CP.getSignature(Fn);
  llvm::ArrayRef<Var *> RVars;
  if (Sig)
    RVars = Sig->getResults()->getVars();
  llvm::ArrayRef<Expr *> Es = R->getResults();
  if (Es.size() == 1 && RVars.size() > 1) {
    // return f(): t1, t2 := f(); return t1, t2.
    unsigned N = RVars.size();
    return 1 + N + 1 + N + expr(Es[0]) + 2 * N;
  }
  int C = 1;
  for (unsigned I = 0; I != Es.size(); ++I)
    C += convTo(Es[I], I < RVars.size() ? RVars[I]->getType() : nullptr);
  return C;
}

int InlineCostVisitor::switchStmt(const SwitchStmt *S) {
  int C = 1 + stmt(S->getInit());
  if (S->isTypeSwitch()) {
    auto *G = llvm::cast<TypeSwitchGuard>(S->getTag());
    C += 1 + (G->getLhs() ? 1 : 0) + expr(G->getX());
    for (const CaseClause *CC : S->getBody()) {
      C += 1 + CC->getCases().size() + (G->getLhs() ? 1 : 0);
      C += stmts(CC->getBody());
    }
    return C;
  }
  C += expr(S->getTag());
  for (const CaseClause *CC : S->getBody()) {
    C += 1;
    for (const Expr *E : CC->getCases())
      C += expr(E);
    C += stmts(CC->getBody());
  }
  return C;
}

int InlineCostVisitor::compositeLit(const CompositeLit *E, const Type *Ty) {
  if (!Ty)
    Ty = E->getType();
  const Type *U = Ty ? Ty->getUnderlying() : nullptr;
  if (auto *Pt = llvm::dyn_cast_or_null<Pointer>(U)) {
    // An elided &T{...} element.
    return 1 + compositeLit(E, Pt->getElem());
  }
  auto Elem = [&](const Expr *V, const Type *T) {
    if (auto *CL = llvm::dyn_cast<CompositeLit>(unparen(V));
        CL && !CL->getTypeExpr())
      return compositeLit(CL, T);
    return convTo(V, T);
  };
  int C = 1;
  if (auto *St = llvm::dyn_cast_or_null<Struct>(U)) {
    unsigned I = 0;
    for (const Expr *X : E->getElems()) {
      const Type *FT = nullptr;
      if (auto *KV = llvm::dyn_cast<KeyValueExpr>(X)) {
        X = KV->getValue();
        if (auto *N = llvm::dyn_cast<Name>(KV->getKey()))
          if (auto *V = llvm::dyn_cast_or_null<Var>(N->getObject()))
            FT = V->getType();
      } else if (I < St->getFields().size()) {
        FT = St->getFields()[I]->getType();
      }
      ++I;
      C += 1 + Elem(X, FT);
    }
    return C;
  }
  if (auto *M = llvm::dyn_cast_or_null<Map>(U)) {
    for (const Expr *X : E->getElems())
      if (auto *KV = llvm::dyn_cast<KeyValueExpr>(X))
        C += 1 + Elem(KV->getKey(), M->getKey()) +
             Elem(KV->getValue(), M->getElem());
    return C;
  }
  const Type *ET = nullptr;
  if (auto *A = llvm::dyn_cast_or_null<Array>(U))
    ET = A->getElem();
  else if (auto *Sl = llvm::dyn_cast_or_null<Slice>(U)) {
    ET = Sl->getElem();
    C = 2; // OSLICELIT and its implicit length
  }
  for (const Expr *X : E->getElems()) {
    if (auto *KV = llvm::dyn_cast<KeyValueExpr>(X)) {
      C += 1 + 1 + Elem(KV->getValue(), ET);
      continue;
    }
    C += Elem(X, ET);
  }
  return C;
}

/// True when gc's conversion from From to To changes only the type
/// (OCONVNOP).
static bool isConvNop(const Type *From, const Type *To) {
  if (!From || !To)
    return false;
  // gc keeps a conversion between float types of one kind: it implies
  // rounding.
  if (identicalIgnoreTags(From->getUnderlying(), To->getUnderlying()))
    return !isFloat(To);
  auto *PF = llvm::dyn_cast<Pointer>(From->getUnderlying());
  auto *PT = llvm::dyn_cast<Pointer>(To->getUnderlying());
  if (PF && PT &&
      identicalIgnoreTags(PF->getElem()->getUnderlying(),
                          PT->getElem()->getUnderlying()))
    return true;
  auto IsUnsafePtr = [](const Type *T) {
    auto *B = llvm::dyn_cast<Basic>(T->getUnderlying());
    return B && B->getBasicKind() == BasicKind::UnsafePointer;
  };
  return (IsUnsafePtr(From) && PT) || (PF && IsUnsafePtr(To));
}

int InlineCostVisitor::selector(const SelectorExpr *E) {
  const Selection *Sel = CP.getSelection(E);
  if (!Sel)
    return 1; // pkg.Name
  switch (Sel->Kind) {
  case SelectionKind::FieldVal:
    return int(Sel->Path.size()) + expr(E->getX());
  case SelectionKind::MethodVal:
    // (The receiver as a call passes it: an implicit `*` or `&` too.)
    return 2 + receiverCost(E, *Sel);
  case SelectionKind::MethodExpr:
    return 1;
  }
  return 1;
}

int InlineCostVisitor::receiverCost(const SelectorExpr *S,
                                    const Selection &Sel) {
  // gc calls T.M(recv): the embedded steps, then & or * to match M's
  // receiver.
  int C = expr(S->getX()) + int(Sel.Path.size()) - 1;
  const Type *T = S->getX()->getType();
  for (unsigned I = 0; I + 1 < Sel.Path.size() && T; ++I) {
    const Type *U = T->getUnderlying();
    if (auto *Pt = llvm::dyn_cast<Pointer>(U))
      U = Pt->getElem()->getUnderlying();
    auto *St = llvm::dyn_cast<Struct>(U);
    if (!St || Sel.Path[I] >= St->getFields().size())
      return C;
    T = St->getFields()[Sel.Path[I]]->getType();
  }
  bool IsPtr = T && llvm::isa<Pointer>(T->getUnderlying());
  if (Sel.PtrRecv != IsPtr)
    ++C;
  return C;
}

int InlineCostVisitor::args(const CallExpr *E, const Signature *Sig) {
  llvm::ArrayRef<Expr *> As = E->getArgs();
  llvm::ArrayRef<Var *> Ps;
  if (Sig)
    Ps = Sig->getParams()->getVars();
  auto ParamTy = [&](unsigned I) -> const Type * {
    if (Ps.empty())
      return nullptr;
    if (Sig->isVariadic() && !E->hasDots() && I + 1 >= Ps.size()) {
      auto *Sl = llvm::dyn_cast<Slice>(Ps.back()->getType()->getUnderlying());
      return Sl ? Sl->getElem() : nullptr;
    }
    return I < Ps.size() ? Ps[I]->getType() : nullptr;
  };
  if (As.size() == 1 && As[0]->getType() && llvm::isa<Tuple>(As[0]->getType())) {
    // f(g()): t1, t2 := g(); f(t1, t2).
    unsigned N = llvm::cast<Tuple>(As[0]->getType())->size();
    int C = 2 * N + 1 + N + expr(As[0]);
    for (unsigned I = 0; I != N; ++I) {
      const Type *PT = ParamTy(I);
      const Type *AT = tupleElem(As[0]->getType(), I);
      C += 1 + (PT && AT && isInterface(PT) && !identical(AT, PT) ? 1 : 0);
    }
    return C;
  }
  int C = 0;
  for (unsigned I = 0; I != As.size(); ++I)
    C += convTo(As[I], ParamTy(I));
  return C;
}

int InlineCostVisitor::calleeCost(const CallExpr *E) {
  if (int LC = P.libraryCost(E); LC >= 0)
    return LC;
  const Node *Callee = P.callee(E);
  if (Callee == Fn && llvm::isa<FuncDecl>(Fn))
    Recursive = true;
  // gc decides the functions of a cycle in the order it met them: one
  // met later is not inlinable yet.
  if (Callee && Callee != Fn && !P.laterInScc(Fn, Callee)) {
    P.analyze(Callee);
    if (const InlinePlan::FuncInfo *I = P.info(Callee); I && I->Inlinable)
      return I->Cost;
  }
  return 57;
}

int InlineCostVisitor::call(const CallExpr *E) {
  switch (CP.getCallKind(E)) {
  case CallKind::Conversion: {
    const Expr *A = E->getArgs().empty() ? nullptr : E->getArgs()[0];
    const Type *To = E->getType();
    if (To && isInterface(To))
      return (A && A->getType() && identical(A->getType(), To) ? 0 : 1) +
             expr(A);
    return (A && isConvNop(A->getType(), To) ? 0 : 1) + expr(A);
  }
  case CallKind::Builtin:
    return builtin(E);
  case CallKind::Call:
    break;
  }
  const Expr *Fun = unparen(E->getFun());
  if (auto *S = llvm::dyn_cast<SelectorExpr>(Fun)) {
    const Selection *Sel = CP.getSelection(S);
    if (Sel && Sel->Kind == SelectionKind::MethodVal) {
      auto *M = llvm::cast<Func>(Sel->Obj);
      if (Sel->InterfaceMethod)
        return 57 + 1 + 1 + expr(S->getX()) + int(Sel->Path.size()) - 1 +
               args(E, M->getSignature());
      int C = 1 + 1 + receiverCost(S, *Sel) + args(E, M->getSignature());
      return C + calleeCost(E);
    }
  }
  const Type *FT = Fun->getType();
  auto *Sig = FT ? llvm::dyn_cast<Signature>(FT->getUnderlying()) : nullptr;
  int C = 1 + expr(Fun) + args(E, Sig);
  return C + calleeCost(E);
}

int InlineCostVisitor::builtin(const CallExpr *E) {
  llvm::ArrayRef<Expr *> As = E->getArgs();
  int C = 1;
  switch (CP.getBuiltin(E)) {
  case BuiltinId::Recover:
    hairy("call to recover");
    return 0;
  case BuiltinId::Panic:
    // gc's extra panic cost, minus its undo for an implicit conversion.
    return 2 + (As.empty() ? 0 : expr(As[0]));
  case BuiltinId::New:
    return 2;
  case BuiltinId::Make:
    for (unsigned I = 1; I < As.size(); ++I)
      C += expr(As[I]);
    // A map or channel made without a size gets gc's constant 0.
    if (As.size() == 1 && As[0]->getType() &&
        (llvm::isa<Map>(As[0]->getType()->getUnderlying()) ||
         llvm::isa<Chan>(As[0]->getType()->getUnderlying())))
      ++C;
    return C;
  case BuiltinId::Append: {
    if (As.empty())
      return C;
    C += expr(As[0]);
    const Type *ET = nullptr;
    if (As[0]->getType())
      if (auto *Sl = llvm::dyn_cast<Slice>(As[0]->getType()->getUnderlying()))
        ET = Sl->getElem();
    for (unsigned I = 1; I < As.size(); ++I)
      C += E->hasDots() ? expr(As[I]) : convTo(As[I], ET);
    return C;
  }
  case BuiltinId::Print:
  case BuiltinId::Println:
    // (`println(g())` goes through temporaries as any call does.)
    return C + args(E, nullptr);
  default:
    for (const Expr *A : As)
      C += expr(A);
    return C;
  }
}

int InlineCostVisitor::expr(const Expr *E) {
  if (!E || Hairy)
    return 0;
  if (isConst(E))
    return 1;
  switch (E->getKind()) {
  case NodeKind::ParenExpr:
    return expr(llvm::cast<ParenExpr>(E)->getX());
  case NodeKind::Name:
  case NodeKind::BasicLit:
    return 1;
  case NodeKind::FuncLit: {
    auto *FL = llvm::cast<FuncLit>(E);
    int C = 16;
    const Node *Saved = Fn;
    Fn = FL;
    C += funcBody(FL->getBody());
    Fn = Saved;
    return C;
  }
  case NodeKind::CompositeLit:
    return compositeLit(llvm::cast<CompositeLit>(E), nullptr);
  case NodeKind::SelectorExpr:
    return selector(llvm::cast<SelectorExpr>(E));
  case NodeKind::IndexExpr: {
    auto *IE = llvm::cast<IndexExpr>(E);
    const Type *XT = IE->getX()->getType();
    const Type *U = XT ? XT->getUnderlying() : nullptr;
    int C = 1 + expr(IE->getX());
    if (auto *M = llvm::dyn_cast_or_null<Map>(U))
      return C + convTo(IE->getIndex(), M->getKey());
    if (llvm::isa_and_nonnull<Pointer>(U))
      ++C; // implicit *p
    return C + expr(IE->getIndex());
  }
  case NodeKind::SliceExpr: {
    auto *SE = llvm::cast<SliceExpr>(E);
    const Type *XT = SE->getX()->getType();
    int C = 1 + expr(SE->getX());
    if (XT && llvm::isa<Array>(XT->getUnderlying()))
      ++C; // implicit &a
    return C + expr(SE->getLow()) + expr(SE->getHigh()) + expr(SE->getMax());
  }
  case NodeKind::AssertExpr:
    return 1 + expr(llvm::cast<AssertExpr>(E)->getX());
  case NodeKind::Operation:
    return operation(llvm::cast<Operation>(E));
  case NodeKind::CallExpr:
    return call(llvm::cast<CallExpr>(E));
  case NodeKind::KeyValueExpr:
    return expr(llvm::cast<KeyValueExpr>(E)->getValue());
  default:
    return 1; // a type
  }
}

int InlineCostVisitor::operation(const Operation *E) {
  const Expr *X = E->getX();
  if (E->isUnary()) {
    switch (E->getOp()) {
    case Operator::And:
      if (auto *CL = llvm::dyn_cast<CompositeLit>(unparen(X)))
        return 1 + compositeLit(CL, nullptr);
      return 1 + expr(X);
    case Operator::Mul: {
      // *&x costs as one node.
      auto *Inner = llvm::dyn_cast<Operation>(unparen(X));
      if (Inner && Inner->isUnary() && Inner->getOp() == Operator::And)
        return expr(X);
      return 1 + expr(X);
    }
    default:
      return 1 + expr(X);
    }
  }
  const Expr *Y = E->getY();
  const Type *T = E->getType();
  auto *B = T ? llvm::dyn_cast<Basic>(T->getUnderlying()) : nullptr;
  if (E->getOp() == Operator::Add && B &&
      B->getBasicKind() == BasicKind::String) {
    // gc flattens a chain of string additions into one OADDSTR.
    int C = 1;
    llvm::SmallVector<const Expr *, 8> Work{E};
    while (!Work.empty()) {
      const Expr *W = Work.pop_back_val();
      auto *O = llvm::dyn_cast<Operation>(unparen(W));
      if (W != E && (isConst(W) || !O || O->isUnary() ||
                     O->getOp() != Operator::Add)) {
        C += expr(W);
        continue;
      }
      Work.push_back(O->getY());
      Work.push_back(O->getX());
    }
    return C;
  }
  // (gc converts the concrete side of a mixed comparison only later.)
  int C = 1;
  return C + expr(X) + expr(Y);
}
