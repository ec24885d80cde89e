//===- CheckDecl.cpp - Declarations ---------------------------------------===//
//
// Const, var, type and func declarations, package-level and local
// (types2's decl.go). Package-level objects arrive here through objDecl
// with their DeclInfo; local declarations through declStmt, which declares
// the names only after their initializers are checked (a local constant
// or variable's scope begins after its spec; a local type's at its name,
// so that it may refer to itself).
//
// Function bodies run as delayed actions after all package-level
// declarations, each with its own FuncContext; "declared but not used"
// is reported when a body is done (types2's usage), and branch statements
// are checked by checkBranches (gc does that in its parser).
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

#include "llvm/ADT/ScopeExit.h"

#include <algorithm>

using namespace goscape;
using namespace goscape::sema;

void Checker::processDelayed(size_t Top) {
  // Actions may queue further actions; each runs exactly once. A nested
  // call (from a statement of a function body run as an action here)
  // starts past the running action and truncates back to its own Top.
  for (size_t I = Top; I < Later.size(); ++I) {
    std::function<void()> F = std::move(Later[I]);
    F();
  }
  Later.resize(Top);
}

void Checker::addDeclDep(Object *To) {
  if (!CurDecl)
    return;
  // Only package-level objects have declarations (ObjMap); skip the map
  // for objects declared in any other scope (locals, universe, imports).
  if (Scope *P = To->getParent(); P && P != Pkg->getScope())
    return;
  if (!ObjMap.count(To))
    return;
  CurDecl->Deps.insert(To);
}

void Checker::constDecl(Const *Obj, Expr *Typ, Expr *Init, bool Inherited,
                        SourceLoc) {
  SourceLoc SavedInh = InheritedPos;
  InheritedPos = SourceLoc();
  Obj->setValue(Consts.getUnknown());
  if (Typ) {
    const Type *T = typExpr(Typ);
    if (!isConstType(T)) {
      if (T->getUnderlying() != Invalid)
        error(Typ->getStartLoc(), DiagId::InvalidConstantType,
              typeString(T));
      Obj->setType(Invalid);
      InheritedPos = SavedInh;
      return;
    }
    Obj->setType(T);
  }
  Operand X;
  if (Init) {
    if (Inherited)
      InheritedPos = Obj->getLoc();
    expr(X, Init);
  }
  // initConst
  if (X.isInvalid() || X.Ty == Invalid || Obj->getType() == Invalid) {
    if (!Obj->getType())
      Obj->setType(Invalid);
    InheritedPos = SavedInh;
    return;
  }
  if (X.Mode != ExprMode::Constant) {
    error(posOf(X), DiagId::NotConstant, operandString(X));
    if (!Obj->getType())
      Obj->setType(Invalid);
    InheritedPos = SavedInh;
    return;
  }
  if (!Obj->getType())
    Obj->setType(X.Ty);
  assignment(X, Obj->getType(), AssignContext::ConstDecl);
  if (!X.isInvalid())
    Obj->setValue(X.Val);
  InheritedPos = SavedInh;
}

void Checker::varDecl(Var *Obj, llvm::ArrayRef<Var *> Lhs, Expr *Typ,
                      Expr *Init) {
  // Variables left without a type by errors count as used, avoiding
  // follow-on "declared but not used" errors (as gc does).
  auto MarkInvalidUsed = llvm::make_scope_exit([&] {
    if (Obj->getType() == Invalid)
      Obj->setUsed();
    for (Var *V : Lhs)
      if (V->getType() == Invalid)
        V->setUsed();
  });
  if (Typ)
    Obj->setType(varType(Typ));
  if (!Init) {
    if (!Typ)
      Obj->setType(Invalid);
    return;
  }
  if (Lhs.size() <= 1) {
    Operand X;
    expr(X, Init);
    initVar(Obj, X, AssignContext::VarDecl);
    return;
  }
  if (Typ)
    for (Var *V : Lhs)
      V->setType(Obj->getType());
  initVars(Lhs, llvm::ArrayRef<Expr *>(Init), SourceLoc());
}

void Checker::typeDecl(TypeName *Obj, TypeDecl *TD, const Named *) {
  if (TD->hasTypeParams()) {
    Obj->setType(Invalid);
    return;
  }
  if (TD->isAlias()) {
    const Type *RHS = varType(TD->getTypeExpr());
    if (!Obj->getType() || Obj->getType() != Invalid || RHS != Invalid)
      Obj->setType(RHS);
    return;
  }
  const Named *N = Types.createNamed(Obj);
  Obj->setType(N);
  PendingDefs[N] = TD->getTypeExpr();
  const Type *RHS = definedType(TD->getTypeExpr(), N);
  PendingDefs.erase(N);
  FromRHS[N] = RHS;
  const Type *U = RHS;
  if (auto *RN = llvm::dyn_cast<Named>(RHS))
    U = definedUnderlying(N, RN);
  if (!N->getUnderlyingType())
    N->setUnderlying(U ? U : Invalid);
  Later.push_back([this, N] { validType(N); });
}

const Type *Checker::definedUnderlying(const Named *N, const Named *RN) {
  llvm::SmallVector<Object *, 4> Chain{N->getObject()};
  for (const Named *Cur = RN;;) {
    if (Cur == N) {
      cycleError(Chain);
      for (Object *O : Chain)
        llvm::cast<Named>(O->getType())->setUnderlying(Invalid);
      return Invalid;
    }
    Chain.push_back(Cur->getObject());
    const Type *U = Cur->getUnderlyingType();
    if (!U)
      return RN;
    Cur = llvm::dyn_cast<Named>(U);
    if (!Cur)
      return U;
  }
}

void Checker::collectMethods(TypeName *Obj) {
  auto It = Methods.find(Obj);
  if (It == Methods.end())
    return;
  llvm::SmallVector<Func *, 4> List = std::move(It->second);
  Methods.erase(It);
  auto *Base = llvm::dyn_cast_or_null<Named>(Obj->getType());
  llvm::StringMap<Func *> Seen;
  if (Base)
    for (Func *M : Base->getMethods())
      Seen[M->getName()] = M;
  for (Func *M : List) {
    auto [SIt, New] = Seen.try_emplace(M->getName(), M);
    if (!New) {
      report(M->getLoc(), Obj->getName().str() + "." + M->getName().str() +
                              " redeclared in this block\n\t" +
                              fmtLoc(SIt->second->getLoc()) +
                              ": other declaration of " +
                              M->getName().str());
      continue;
    }
    if (Base)
      Base->addMethod(M, Types.getAllocator());
  }
  if (!Base)
    return;
  Later.push_back([this, Base] {
    auto *S = llvm::dyn_cast_or_null<Struct>(Base->getUnderlying());
    if (!S)
      return;
    for (Func *M : Base->getMethods())
      for (Var *F : S->getFields())
        if (F->getName() == M->getName() && F->getName() != "_") {
          report(M->getLoc(), "field and method with the same name " +
                                  M->getName().str() + "\n\t" +
                                  fmtLoc(F->getLoc()) +
                                  ": other declaration of " +
                                  M->getName().str());
        }
  });
}

/// The receiver type of a method of a generic type (`Stack[T]` in
/// `func (s *Stack[T]) Push(v T)`), or null.
static IndexExpr *genericRecv(const FuncDecl *FD) {
  if (!FD->getRecv())
    return nullptr;
  Expr *T = unparen(FD->getRecv()->getTypeExpr());
  if (auto *Op = llvm::dyn_cast<Operation>(T);
      Op && Op->getOp() == Operator::Mul && !Op->getY())
    T = unparen(Op->getX());
  return llvm::dyn_cast<IndexExpr>(T);
}

void Checker::funcDecl(Func *Obj, DeclInfo *D) {
  FuncDecl *FD = D->FDecl;
  Scope *SigScope = nullptr;
  IndexExpr *GenericRecv = genericRecv(FD);
  if (GenericRecv)
    genericError(GenericRecv->getStartLoc());
  if (FD->hasTypeParams() || GenericRecv) {
    // Reported once; the type parameters are unknown names, and uses of
    // the function (instantiations, calls) report nothing more.
    Obj->setType(Invalid);
    return;
  }
  // Guard against cycles through the signature.
  Obj->setType(Types.getSignature(nullptr, Types.getEmptyTuple(),
                                  Types.getEmptyTuple(), false));
  const Signature *Sig =
      funcType(FD->getFuncType(), FD->getRecv(), SigScope, true);
  Obj->setType(Sig);
  Result.setSignature(FD, Sig);
  if (!FD->getBody())
    return;
  Result.addFuncDecl(FD, Obj);
  Later.push_back([this, D, SigScope, FD, Sig] {
    funcBody(D, Sig, SigScope, FD->getBody(), nullptr);
  });
}

void Checker::funcBody(DeclInfo *D, const Signature *Sig, Scope *SigScope,
                       BlockStmt *Body, const Constant *BodyIota) {
  DeclInfo *SavedDecl = CurDecl;
  Scope *SavedScope = CurScope;
  const Constant *SavedIota = Iota;
  FuncContext *SavedFunc = CurFunc;
  SourceLoc SavedInh = InheritedPos;
  FuncContext F;
  F.Sig = Sig;
  F.SigScope = SigScope;
  CurDecl = D;
  CurScope = SigScope;
  Iota = BodyIota;
  InheritedPos = SourceLoc();
  CurFunc = &F;

  stmtList(Body->getList());
  if (!BranchesChecked)
    checkBranches(Body);
  if (Sig->getResults()->size() > 0 && !isTerminating(Body, ""))
    error(Body->getRbrace(), DiagId::MissingReturn);
  usage(F);

  CurDecl = SavedDecl;
  CurScope = SavedScope;
  Iota = SavedIota;
  CurFunc = SavedFunc;
  InheritedPos = SavedInh;
}

void Checker::usage(FuncContext &F) {
  std::vector<Var *> Unused;
  for (Var *V : F.Locals)
    if (!V->isUsed())
      Unused.push_back(V);
  std::stable_sort(Unused.begin(), Unused.end(),
                   [](Var *A, Var *B) { return A->getLoc() < B->getLoc(); });
  for (Var *V : Unused)
    error(V->getLoc(), DiagId::DeclaredNotUsed, V->getName());
}

void Checker::declStmt(DeclStmt *S) {
  llvm::ArrayRef<Decl *> List = S->getDecls();
  ConstDecl *Last = nullptr;
  int First = -1;
  for (size_t Index = 0; Index != List.size(); ++Index) {
    Decl *D = List[Index];
    if (!llvm::isa<ConstDecl>(D))
      First = -1;
    switch (D->getKind()) {
    case NodeKind::ConstDecl: {
      auto *CD = llvm::cast<ConstDecl>(D);
      if (First < 0 || CD->getGroup() == 0 ||
          llvm::cast<ConstDecl>(List[Index - 1])->getGroup() !=
              CD->getGroup()) {
        First = Index;
        Last = nullptr;
      }
      bool Inherited = true;
      if (CD->getTypeExpr() || !CD->getValues().empty()) {
        Last = CD;
        Inherited = false;
      } else if (!Last) {
        Inherited = false;
      }
      llvm::ArrayRef<Expr *> Values =
          Last ? Last->getValues() : llvm::ArrayRef<Expr *>();
      Expr *Typ = Last ? Last->getTypeExpr() : nullptr;
      llvm::SmallVector<Const *, 4> Lhs;
      const Constant *SavedIota = Iota;
      Iota = Consts.getInt64(Index - First);
      for (size_t I = 0; I != CD->getNames().size(); ++I) {
        Name *N = CD->getNames()[I];
        auto *Obj = Types.createObject<Const>(N->getLoc(), Pkg, N->getValue(),
                                              nullptr, nullptr);
        Lhs.push_back(Obj);
        constDecl(Obj, Typ, I < Values.size() ? Values[I] : nullptr,
                  Inherited, CD->getLoc());
      }
      Iota = SavedIota;
      llvm::ArrayRef<Name *> Names = CD->getNames();
      if (Names.size() < Values.size()) {
        if (Inherited)
          error(CD->getLoc(), DiagId::ExtraInitExprAt,
                fmtLoc(Values[Names.size()]->getLoc()));
        else
          error(Values[Names.size()]->getStartLoc(), DiagId::ExtraInitExpr,
                exprString(Values[Names.size()]));
      } else if (Names.size() > Values.size()) {
        error(Names[Values.size()]->getStartLoc(), DiagId::MissingInitExpr,
              Names[Values.size()]->getValue());
      }
      for (size_t I = 0; I != Names.size(); ++I) {
        declare(CurScope, Names[I], Lhs[I]);
        Names[I]->setType(Lhs[I]->getType());
        Names[I]->setConstValue(Lhs[I]->getValue());
        Result.setMode(Names[I], ExprMode::Constant);
      }
      break;
    }
    case NodeKind::VarDecl: {
      auto *VD = llvm::cast<VarDecl>(D);
      llvm::ArrayRef<Name *> Names = VD->getNames();
      llvm::ArrayRef<Expr *> Values = VD->getValues();
      llvm::SmallVector<Var *, 4> Lhs0;
      for (Name *N : Names) {
        auto *V = Types.createObject<Var>(N->getLoc(), Pkg, N->getValue(),
                                          nullptr, VarRole::Local);
        V->setDeclNode(N);
        Lhs0.push_back(V);
      }
      for (size_t I = 0; I != Lhs0.size(); ++I) {
        llvm::ArrayRef<Var *> Lhs;
        Expr *Init = nullptr;
        if (Values.size() == Names.size()) {
          Init = Values[I];
        } else if (Values.size() == 1) {
          Lhs = Lhs0;
          Init = Values[0];
        } else if (I < Values.size()) {
          Init = Values[I];
        }
        varDecl(Lhs0[I], Lhs, VD->getTypeExpr(), Init);
        if (Values.size() == 1)
          break;
      }
      for (size_t I = 0; I != Lhs0.size(); ++I) {
        if (!Lhs0[I]->getType())
          Lhs0[I]->setType(Invalid);
        Names[I]->setType(Lhs0[I]->getType());
        Result.setMode(Names[I], ExprMode::Variable);
      }
      if (!VD->getTypeExpr() || !Values.empty()) {
        if (Names.size() < Values.size())
          error(Values[Names.size()]->getStartLoc(), DiagId::ExtraInitExpr,
                exprString(Values[Names.size()]));
        else if (Names.size() > Values.size() && Values.size() != 1)
          error(Names[Values.size()]->getStartLoc(), DiagId::MissingInitExpr,
                Names[Values.size()]->getValue());
      }
      for (size_t I = 0; I != Names.size(); ++I) {
        if (declare(CurScope, Names[I], Lhs0[I]) && CurFunc)
          CurFunc->Locals.push_back(Lhs0[I]);
      }
      break;
    }
    case NodeKind::TypeDecl: {
      auto *TD = llvm::cast<TypeDecl>(D);
      if (TD->hasTypeParams())
        genericError(TD->getName()->getLoc());
      auto *Obj = Types.createObject<TypeName>(
          TD->getName()->getLoc(), Pkg, TD->getName()->getValue(), nullptr);
      declare(CurScope, TD->getName(), Obj);
      // types2's brokenAlias: until its right-hand side is known, a local
      // alias has the invalid type, so that validCycle sees an alias.
      if (TD->isAlias())
        Obj->setType(Invalid);
      Colors[Obj] = 2 + ObjPath.size();
      ObjPath.push_back(Obj);
      typeDecl(Obj, TD, nullptr);
      ObjPath.pop_back();
      Colors[Obj] = 1;
      break;
    }
    default:
      break;
    }
  }
}
