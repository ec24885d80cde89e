//===- InlinePlan.cpp - gc 1.19's CanInline and InlineCalls ---------------===//
//
// Functions are decided callees first (a call costs its callee's cost when
// the callee is inlinable), as gc's bottom-up walk does; the functions of
// a cycle of several are decided in the order gc meets them (a call of
// one not decided yet is a plain call), and a function that refers to
// itself is not inlinable ("recursive"), nor are its literals. Functions
// are named as gc names them (`init.0`, `f.func1`, `glob..func1` for a
// package variable's literals, `_`). Then every body's calls are
// expanded as gc's InlineCalls does: a call to an inlinable callee within
// the caller's budget (80, or 20 in a function of more than 5000 nodes),
// other than the caller itself or a callee already being expanded there,
// is inlined, and the calls of the inlined body are expanded in turn, at
// the outermost call's position. Calls under go and defer are not inlined;
// function literals' bodies are expanded as functions of their own (and
// again where a call of the literal is inlined).
//
//===----------------------------------------------------------------------===//

#include "InlineImpl.h"

#include <functional>

using namespace goscape;

namespace {

/// Calls Fn on each direct child of N (statements, expressions, clauses),
/// in source order.
template <typename F> void forEachChild(const Node *N, F &&Fn) {
  auto Do = [&](const Node *C) {
    if (C)
      Fn(C);
  };
  switch (N->getKind()) {
  case NodeKind::CompositeLit:
    for (const Expr *E : llvm::cast<CompositeLit>(N)->getElems())
      Do(E);
    break;
  case NodeKind::KeyValueExpr:
    Do(llvm::cast<KeyValueExpr>(N)->getKey());
    Do(llvm::cast<KeyValueExpr>(N)->getValue());
    break;
  case NodeKind::FuncLit:
    Do(llvm::cast<FuncLit>(N)->getBody());
    break;
  case NodeKind::ParenExpr:
    Do(llvm::cast<ParenExpr>(N)->getX());
    break;
  case NodeKind::SelectorExpr:
    Do(llvm::cast<SelectorExpr>(N)->getX());
    break;
  case NodeKind::IndexExpr:
    Do(llvm::cast<IndexExpr>(N)->getX());
    Do(llvm::cast<IndexExpr>(N)->getIndex());
    break;
  case NodeKind::SliceExpr: {
    auto *S = llvm::cast<SliceExpr>(N);
    Do(S->getX());
    Do(S->getLow());
    Do(S->getHigh());
    Do(S->getMax());
    break;
  }
  case NodeKind::AssertExpr:
    Do(llvm::cast<AssertExpr>(N)->getX());
    break;
  case NodeKind::TypeSwitchGuard:
    Do(llvm::cast<TypeSwitchGuard>(N)->getX());
    break;
  case NodeKind::Operation:
    Do(llvm::cast<Operation>(N)->getX());
    Do(llvm::cast<Operation>(N)->getY());
    break;
  case NodeKind::CallExpr:
    Do(llvm::cast<CallExpr>(N)->getFun());
    for (const Expr *E : llvm::cast<CallExpr>(N)->getArgs())
      Do(E);
    break;
  case NodeKind::ListExpr:
    for (const Expr *E : llvm::cast<ListExpr>(N)->getElems())
      Do(E);
    break;
  case NodeKind::LabeledStmt:
    Do(llvm::cast<LabeledStmt>(N)->getBody());
    break;
  case NodeKind::BlockStmt:
    for (const Stmt *S : llvm::cast<BlockStmt>(N)->getList())
      Do(S);
    break;
  case NodeKind::ExprStmt:
    Do(llvm::cast<ExprStmt>(N)->getX());
    break;
  case NodeKind::SendStmt:
    Do(llvm::cast<SendStmt>(N)->getChan());
    Do(llvm::cast<SendStmt>(N)->getValue());
    break;
  case NodeKind::DeclStmt:
    for (const Decl *D : llvm::cast<DeclStmt>(N)->getDecls())
      if (auto *VD = llvm::dyn_cast<VarDecl>(D))
        for (const Expr *E : VD->getValues())
          Do(E);
    break;
  case NodeKind::AssignStmt:
    for (const Expr *E : llvm::cast<AssignStmt>(N)->getLhs())
      Do(E);
    for (const Expr *E : llvm::cast<AssignStmt>(N)->getRhs())
      Do(E);
    break;
  case NodeKind::CallStmt:
    Do(llvm::cast<CallStmt>(N)->getCall());
    break;
  case NodeKind::ReturnStmt:
    for (const Expr *E : llvm::cast<ReturnStmt>(N)->getResults())
      Do(E);
    break;
  case NodeKind::IfStmt: {
    auto *S = llvm::cast<IfStmt>(N);
    Do(S->getInit());
    Do(S->getCond());
    Do(S->getThen());
    Do(S->getElse());
    break;
  }
  case NodeKind::ForStmt: {
    auto *S = llvm::cast<ForStmt>(N);
    Do(S->getInit());
    Do(S->getCond());
    Do(S->getPost());
    Do(S->getBody());
    break;
  }
  case NodeKind::RangeClause:
    for (const Expr *E : llvm::cast<RangeClause>(N)->getLhs())
      Do(E);
    Do(llvm::cast<RangeClause>(N)->getX());
    break;
  case NodeKind::SwitchStmt: {
    auto *S = llvm::cast<SwitchStmt>(N);
    Do(S->getInit());
    Do(S->getTag());
    for (const CaseClause *C : S->getBody())
      Do(C);
    break;
  }
  case NodeKind::CaseClause:
    for (const Expr *E : llvm::cast<CaseClause>(N)->getCases())
      Do(E);
    for (const Stmt *S : llvm::cast<CaseClause>(N)->getBody())
      Do(S);
    break;
  case NodeKind::SelectStmt:
    for (const CommClause *C : llvm::cast<SelectStmt>(N)->getBody())
      Do(C);
    break;
  case NodeKind::CommClause:
    Do(llvm::cast<CommClause>(N)->getComm());
    for (const Stmt *S : llvm::cast<CommClause>(N)->getBody())
      Do(S);
    break;
  default:
    break;
  }
}

/// gc's name of a declared function or method; Inits counts the
/// package's init functions before D (gc's `init.0`, `init.1`, ...).
std::string declName(const CheckedPackage &CP, const FuncDecl *D,
                     unsigned &Inits) {
  llvm::StringRef Name = D->getName() ? D->getName()->getValue() : "init";
  if (Name == "_")
    return "_"; // a blank method too
  if (!D->getRecv() && Name == "init")
    return "init." + std::to_string(Inits++);
  Func *Obj = CP.getFunc(D);
  if (Obj && Obj->isMethod())
    return Obj->getFullName(); // `T.M`, `(*T).M`
  return Name.str();
}

/// The panic value strings.(*Builder).copyCheck converts.
#define COPY_CHECK_PANIC                                                       \
  "(interface {})(string(\"strings: illegal use of non-zero Builder copied "   \
  "by value\"))"
/// The buffer strings.(*Builder).grow allocates.
#define GROW_MAKE                                                              \
  "make([]byte, len(strings.b.buf), int(2) * cap(strings.b.buf) + strings.n)"
/// The receiver's flow in the Builder's methods that append Arg to its
/// buffer.
#define APPEND_TO_BUF(Arg)                                                     \
  "strings.b.buf (dot of pointer)\n"                                          \
  "append(strings.b.buf, " Arg ") (call parameter)\n"                          \
  "strings.b.buf = append(strings.b.buf, " Arg ") (assign)"
/// The modelled library functions gc 1.19 inlines, read from `go build
/// -gcflags='-m -m'` of callers of every modelled function and of the
/// library package itself (its unexported helpers are inlined into the
/// exported functions' bodies, and into gc's wrappers of the methods
/// types embedding the library's promote).
const InlinePlan::LibraryInline StdInlines[] = {
    {"errors.New", 6},
    {"fmt.Print", 72},
    {"fmt.Printf", 73},
    {"fmt.Println", 72},
    {"os.Environ", 60},
    {"sort.Ints", 61, nullptr, "sort.Interface(sort.IntSlice(sort.x))"},
    {"sort.Strings", 61, nullptr,
     "sort.Interface(sort.StringSlice(sort.x))"},
    {"strconv.FormatBool", 6},
    {"strconv.Itoa", 62},
    {"strings.(*Builder).Cap", 4},
    {"strings.(*Builder).Grow", 75,
     "strings.(*Builder).copyCheck,strings.(*Builder).grow",
     "strings.(*Builder).copyCheck\n"
     "(interface {})(string(\"strings.Builder.Grow: negative count\"))\n"
     "strings.(*Builder).grow"},
    {"strings.(*Builder).Len", 4},
    {"strings.(*Builder).Reset", 8},
    {"strings.(*Builder).String", 4, nullptr, nullptr,
     "strings.b.buf (dot of pointer)\n"
     "&strings.b.buf (address-of)\n"
     "*(*string)(unsafe.Pointer(&strings.b.buf)) (indirection)\n"
     "~R0 = *(*string)(unsafe.Pointer(&strings.b.buf)) (assign-pair)",
     true},
    {"strings.(*Builder).Write", 42, "strings.(*Builder).copyCheck",
     "strings.(*Builder).copyCheck", APPEND_TO_BUF("strings.p...")},
    {"strings.(*Builder).WriteByte", 40, "strings.(*Builder).copyCheck",
     "strings.(*Builder).copyCheck", APPEND_TO_BUF("strings.c")},
    {"strings.(*Builder).WriteString", 42, "strings.(*Builder).copyCheck",
     "strings.(*Builder).copyCheck", APPEND_TO_BUF("strings.s...")},
    {"strings.(*Builder).copyCheck", 28, "strings.noescape", COPY_CHECK_PANIC},
    {"strings.(*Builder).grow", 23, nullptr, GROW_MAKE},
    {"strings.Contains", 64},
    {"strings.ContainsAny", 64},
    {"strings.ContainsRune", 64},
    {"strings.HasPrefix", 14},
    {"strings.HasSuffix", 16},
    {"strings.IndexByte", 62},
    {"strings.ReplaceAll", 64},
    {"strings.Split", 64},
    {"strings.TrimPrefix", 26, "strings.HasPrefix"},
    {"strings.TrimSuffix", 31, "strings.HasSuffix"},
    {"strings.SplitAfterN", 65},
    {"strings.SplitN", 64},
    {"strings.noescape", 9},
};

} // namespace

const BlockStmt *InlinePlan::bodyOf(const Node *Fn) {
  if (auto *D = llvm::dyn_cast<FuncDecl>(Fn))
    return D->getBody();
  if (auto *L = llvm::dyn_cast<FuncLit>(Fn))
    return L->getBody();
  return nullptr;
}

InlinePlan::InlinePlan(const CheckedPackage &CP, unsigned DiagLevel)
    : CP(CP), DiagLevel(DiagLevel) {
  // gc numbers a declaration's literals func1, func2, ... and a
  // literal's own literals 1, 2, ... after its name.
  std::function<void(const Node *, const std::string &, unsigned &, bool)>
      Walk = [&](const Node *X, const std::string &Prefix, unsigned &N,
                 bool Top) {
        if (auto *L = llvm::dyn_cast<FuncLit>(X)) {
          std::string Name =
              Prefix + (Top ? ".func" : ".") + std::to_string(++N);
          Infos[L].Name = Name;
          unsigned Inner = 0;
          forEachChild(X, [&](const Node *C) { Walk(C, Name, Inner, false); });
          return;
        }
        forEachChild(X, [&](const Node *C) { Walk(C, Prefix, N, Top); });
      };
  unsigned Inits = 0;
  for (const FuncDecl *D : CP.getFuncDecls()) {
    if (Func *F = CP.getFunc(D))
      Decls[F] = D;
    // (A copy: Walk adds entries to Infos.)
    std::string DeclName = declName(CP, D, Inits);
    Infos[D].Name = DeclName;
    unsigned N = 0;
    if (D->getBody())
      Walk(D->getBody(), DeclName, N, true);
    if (D->getBody()) {
      markDeadStmts(D->getBody());
      collectAssigns(D->getBody());
    }
  }
  // The literals of package variables' initializers are gc's
  // glob..func1, glob..func2, ..., counted across the package in source
  // order.
  std::vector<const FuncLit *> GlobLits;
  std::function<void(const Node *)> FindLits = [&](const Node *X) {
    if (auto *L = llvm::dyn_cast<FuncLit>(X))
      GlobLits.push_back(L);
    else
      forEachChild(X, FindLits);
  };
  for (const Initializer &I : CP.getInitOrder())
    if (I.Init)
      FindLits(I.Init);
  llvm::stable_sort(GlobLits, [](const FuncLit *A, const FuncLit *B) {
    return A->getLoc() < B->getLoc();
  });
  GlobLits.erase(std::unique(GlobLits.begin(), GlobLits.end()),
                 GlobLits.end());
  unsigned NGlob = 0;
  for (const FuncLit *L : GlobLits) {
    Walk(L, "glob.", NGlob, true);
    markDeadStmts(L->getBody());
    collectAssigns(L->getBody());
  }
  computeSccs();
  // CanInline, callees first; then each function's calls.
  std::vector<const Node *> Fns;
  std::function<void(const Node *)> AddLits = [&](const Node *X) {
    if (DeadLits.count(X))
      return; // gc drops dead code before inlining
    if (llvm::isa<FuncLit>(X))
      Fns.push_back(X);
    forEachChild(X, AddLits);
  };
  for (const FuncDecl *D : CP.getFuncDecls()) {
    Fns.push_back(D);
    if (D->getBody())
      AddLits(D->getBody());
  }
  for (const FuncLit *L : GlobLits)
    AddLits(L);
  for (const Node *Fn : Fns)
    analyze(Fn);
  for (const Node *Fn : Fns) {
    std::vector<const Node *> Stack;
    if (const BlockStmt *B = bodyOf(Fn))
      inlineCalls(B, Fn, SourceLoc(), Stack);
  }
}

void InlinePlan::computeSccs() {
  // The declared functions a declaration refers to, in source order
  // (its literals' references included: gc puts them in its component).
  llvm::DenseMap<const Node *, std::vector<const Node *>> Refs;
  for (const FuncDecl *D : CP.getFuncDecls()) {
    std::vector<const Node *> &Out = Refs[D];
    std::function<void(const Node *)> Visit = [&](const Node *X) {
      const Func *F = nullptr;
      if (auto *N = llvm::dyn_cast<Name>(X)) {
        F = llvm::dyn_cast_or_null<Func>(N->getObject());
      } else if (auto *S = llvm::dyn_cast<SelectorExpr>(X)) {
        const Selection *Sel = CP.getSelection(S);
        if (!Sel || (Sel->Kind != SelectionKind::FieldVal &&
                     !Sel->InterfaceMethod))
          F = llvm::dyn_cast_or_null<Func>(Sel ? Sel->Obj
                                               : S->getSel()->getObject());
      } else if (llvm::isa<FuncLit>(X)) {
        OuterDecl[X] = D;
      }
      if (const FuncDecl *Callee = F ? Decls.lookup(F) : nullptr)
        Out.push_back(Callee);
      forEachChild(X, Visit);
    };
    if (D->getBody())
      Visit(D->getBody());
  }
  // Tarjan's algorithm, visiting the declarations in source order as gc.
  llvm::DenseMap<const Node *, unsigned> Index, Low;
  llvm::DenseSet<const Node *> OnStack;
  std::vector<const Node *> Stack;
  unsigned Next = 0, NumSccs = 0;
  std::function<void(const Node *)> Connect = [&](const Node *V) {
    Index[V] = Low[V] = Next++;
    Stack.push_back(V);
    OnStack.insert(V);
    for (const Node *W : Refs[V]) {
      if (!Index.count(W)) {
        Connect(W);
        Low[V] = std::min(Low[V], Low[W]);
      } else if (OnStack.count(W)) {
        Low[V] = std::min(Low[V], Index[W]);
      }
    }
    if (Low[V] != Index[V])
      return;
    auto First = llvm::find(Stack, V);
    if (Stack.end() - First > 1)
      for (auto It = First; It != Stack.end(); ++It)
        Scc[*It] = NumSccs;
    else if (llvm::is_contained(Refs[V], V))
      SelfRecursive.insert(V);
    ++NumSccs;
    for (auto It = First; It != Stack.end(); ++It)
      OnStack.erase(*It);
    Stack.erase(First, Stack.end());
  };
  for (const FuncDecl *D : CP.getFuncDecls())
    if (!Index.count(D))
      Connect(D);
}

bool InlinePlan::laterInScc(const Node *Fn, const Node *Callee) const {
  if (const Node *D = OuterDecl.lookup(Fn))
    Fn = D;
  auto A = Scc.find(Fn), B = Scc.find(Callee);
  return Fn != Callee && A != Scc.end() && B != Scc.end() &&
         A->second == B->second && !Done.count(Callee);
}

void InlinePlan::collectAssigns(const Node *N) {
  auto Assigned = [&](const Expr *L) {
    if (auto *Nm = llvm::dyn_cast_or_null<Name>(unparen(L)))
      if (auto *V = llvm::dyn_cast_or_null<Var>(Nm->getObject()))
        if (V->getDeclNode() != Nm)
          Reassigned.insert(V);
  };
  if (auto *AS = llvm::dyn_cast<AssignStmt>(N)) {
    llvm::ArrayRef<Expr *> L = AS->getLhs(), R = AS->getRhs();
    for (unsigned I = 0; I != L.size(); ++I) {
      Assigned(L[I]);
      auto *Nm = llvm::dyn_cast<Name>(unparen(L[I]));
      auto *V = Nm ? llvm::dyn_cast_or_null<Var>(Nm->getObject()) : nullptr;
      if (V && V->getDeclNode() == Nm && AS->isDefine() &&
          L.size() == R.size() && !AS->isIncDec())
        Defs[V] = R[I];
    }
  } else if (auto *DS = llvm::dyn_cast<DeclStmt>(N)) {
    for (const Decl *D : DS->getDecls())
      if (auto *VD = llvm::dyn_cast<VarDecl>(D))
        if (VD->getNames().size() == VD->getValues().size())
          for (unsigned I = 0; I != VD->getNames().size(); ++I)
            if (auto *V = llvm::dyn_cast_or_null<Var>(
                    VD->getNames()[I]->getObject()))
              Defs[V] = VD->getValues()[I];
  } else if (auto *R = llvm::dyn_cast<RangeClause>(N)) {
    for (const Expr *L : R->getLhs())
      Assigned(L);
  } else if (auto *IS = llvm::dyn_cast<IfStmt>(N)) {
    // gc's dead code elimination drops what a constant condition never
    // runs before inlining: its calls are never inlined.
    if (const Expr *Cond = IS->getCond()) {
      const Expr *F;
      llvm::SmallVector<const Expr *, 2> Dropped;
      int K = foldCond(Cond, CP, F, &Dropped);
      for (const Expr *D : Dropped)
        markDead(D);
      if (K >= 0) {
        const Node *Dead = K ? IS->getElse()
                             : static_cast<const Node *>(IS->getThen());
        if (Dead)
          markDead(Dead);
      }
    }
  } else if (auto *FL = llvm::dyn_cast<FuncLit>(N)) {
    markDeadStmts(FL->getBody());
  } else if (auto *O = llvm::dyn_cast<Operation>(N)) {
    if (O->isUnary() && O->getOp() == Operator::And)
      if (auto *Nm = llvm::dyn_cast_or_null<Name>(unparen(O->getX())))
        if (auto *V = llvm::dyn_cast_or_null<Var>(Nm->getObject()))
          Reassigned.insert(V);
  }
  forEachChild(N, [&](const Node *C) { collectAssigns(C); });
}

const InlinePlan::LibraryInline *
InlinePlan::libraryInline(llvm::StringRef GcName) {
  for (const LibraryInline &LI : StdInlines)
    if (GcName == LI.Name)
      return &LI;
  return nullptr;
}

/// The comma-separated callees of List (may be null).
static llvm::SmallVector<llvm::StringRef, 4> inlinedCallees(const char *List) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  if (List)
    llvm::StringRef(List).split(Parts, ',');
  return Parts;
}

void InlinePlan::LibraryInline::reported(std::vector<std::string> &Out) const {
  Out.push_back(Name);
  for (llvm::StringRef C : inlinedCallees(Inlines)) {
    if (const LibraryInline *LI = libraryInline(C))
      LI->reported(Out);
    else
      Out.push_back(C.str());
  }
}

void InlinePlan::LibraryInline::escapes(std::vector<std::string> &Out) const {
  if (!Escapes)
    return;
  llvm::SmallVector<llvm::StringRef, 4> Items;
  llvm::StringRef(Escapes).split(Items, '\n');
  auto Callees = inlinedCallees(Inlines);
  for (llvm::StringRef X : Items) {
    if (llvm::is_contained(Callees, X))
      if (const LibraryInline *LI = libraryInline(X)) {
        LI->escapes(Out);
        continue;
      }
    Out.push_back(X.str());
  }
}

int InlinePlan::libraryCost(const CallExpr *E, std::vector<std::string> *Reported,
                            std::vector<std::string> *Escapes) const {
  if (CP.getCallKind(E) != CallKind::Call)
    return -1;
  const Expr *Fun = unparen(E->getFun());
  auto *S = llvm::dyn_cast<SelectorExpr>(Fun);
  if (!S)
    return -1;
  const Func *F = nullptr;
  if (const Selection *Sel = CP.getSelection(S)) {
    if (Sel->Kind == SelectionKind::MethodVal && !Sel->InterfaceMethod)
      F = llvm::dyn_cast<Func>(Sel->Obj);
  } else {
    F = llvm::dyn_cast_or_null<Func>(S->getSel()->getObject());
  }
  if (!F || !F->getPackage() || !F->getPackage()->isImported())
    return -1;
  const LibraryInline *LI = libraryInline(F->getFullName());
  if (!LI)
    return -1;
  if (Reported)
    LI->reported(*Reported);
  if (Escapes)
    LI->escapes(*Escapes);
  return LI->Cost;
}

void InlinePlan::markDeadStmts(const BlockStmt *Body) {
  llvm::DenseSet<const Stmt *> Dropped;
  gcDeadStmts(Body->getList(), CP, nullptr, &Dropped);
  for (const Stmt *S : Dropped)
    markDead(S);
}

void InlinePlan::markDead(const Node *N) {
  if (auto *CE = llvm::dyn_cast<CallExpr>(N))
    DeadCalls.insert(CE);
  if (llvm::isa<FuncLit>(N))
    DeadLits.insert(N);
  forEachChild(N, [&](const Node *C) { markDead(C); });
}

const InlinePlan::FuncInfo *InlinePlan::info(const Node *Fn) const {
  auto It = Infos.find(Fn);
  return It == Infos.end() ? nullptr : &It->second;
}

const Node *InlinePlan::staticFunc(const Expr *E, bool Vars) const {
  E = unparen(E);
  if (auto *L = llvm::dyn_cast<FuncLit>(E))
    return L;
  if (auto *N = llvm::dyn_cast<Name>(E)) {
    if (auto *F = llvm::dyn_cast_or_null<Func>(N->getObject()))
      return Decls.lookup(F);
    if (auto *V = llvm::dyn_cast_or_null<Var>(N->getObject())) {
      if (!Vars || V->getRole() != VarRole::Local || Reassigned.count(V))
        return nullptr;
      if (const Expr *D = Defs.lookup(V))
        return staticFunc(D, Vars);
    }
    return nullptr;
  }
  if (auto *S = llvm::dyn_cast<SelectorExpr>(E)) {
    if (!CP.getSelection(S))
      if (auto *F = llvm::dyn_cast_or_null<Func>(S->getSel()->getObject()))
        return Decls.lookup(F);
  }
  return nullptr;
}

const Node *InlinePlan::callee(const CallExpr *E) const {
  return callee(E, true);
}

const Node *InlinePlan::callee(const CallExpr *E, bool Vars) const {
  if (CP.getCallKind(E) != CallKind::Call)
    return nullptr;
  const Expr *Fun = unparen(E->getFun());
  if (auto *S = llvm::dyn_cast<SelectorExpr>(Fun)) {
    const Selection *Sel = CP.getSelection(S);
    if (Sel && Sel->Kind == SelectionKind::MethodVal) {
      if (Sel->InterfaceMethod)
        return nullptr;
      return Decls.lookup(llvm::cast<Func>(Sel->Obj));
    }
    if (Sel && Sel->Kind == SelectionKind::MethodExpr) {
      // T.M(x): the receiver type must be the method's own.
      auto *M = llvm::cast<Func>(Sel->Obj);
      const Signature *MS = M->getSignature();
      if (MS && MS->getRecv() && Sel->Recv &&
          identical(MS->getRecv()->getType(), Sel->Recv))
        return Decls.lookup(M);
      return nullptr;
    }
  }
  return staticFunc(Fun, Vars);
}

void InlinePlan::analyze(const Node *Fn) {
  if (Done.count(Fn) || !InProgress.insert(Fn).second)
    return;
  const BlockStmt *Body = bodyOf(Fn);
  auto *D = llvm::dyn_cast<FuncDecl>(Fn);
  SourceLoc Loc = Fn->getLoc();
  auto Cannot = [&](std::string Why) {
    Infos[Fn].Reason = Why;
    if (DiagLevel >= 2)
      Diags.push_back({Loc, "cannot inline " + Infos[Fn].Name + ": " + Why});
  };
  // gc decides no function of a component made of one function that
  // refers to itself, nor its literals, except the literals that the
  // function calls directly, which its inlining pass decides as callees
  // (they get both lines).
  const Node *Outer = OuterDecl.lookup(Fn);
  bool SelfRec = SelfRecursive.count(Fn);
  bool InSelfRec = Outer && SelfRecursive.count(Outer);
  if (InSelfRec && !InProgress.count(Outer)) {
    Cannot("recursive");
  } else if (!SelfRec && D && (D->getPragmas() & PragmaNoinline)) {
    Cannot("marked go:noinline");
  } else if (!SelfRec && D && (D->getPragmas() & PragmaUintptrKeepAlive)) {
    Cannot("marked as having a keep-alive uintptr argument");
  } else if (!SelfRec && D && (D->getPragmas() & PragmaUintptrEscapes)) {
    Cannot("marked as having an escaping uintptr argument");
  } else if (!Body || Body->getList().empty()) {
    if (!Body)
      Cannot("no function body");
    else {
      Infos[Fn].Inlinable = true;
      Infos[Fn].Cost = 0;
    }
  } else {
    InlineCostVisitor V(*this, Fn);
    int Cost = V.funcBody(Body);
    FuncInfo &F = Infos[Fn];
    F.Cost = Cost;
    F.Big = Cost > 5000;
    if (V.Recursive || SelfRec)
      Cannot("recursive");
    else if (V.Hairy)
      Cannot(V.Reason);
    else if (Cost > 80)
      Cannot("function too complex: cost " + std::to_string(Cost) +
             " exceeds budget 80");
    else
      F.Inlinable = true;
  }
  FuncInfo &F = Infos[Fn];
  if (F.Inlinable && DiagLevel >= 2)
    Diags.push_back({Loc,
                     "can inline " + F.Name + " with cost " +
                         std::to_string(F.Cost),
                     Fn});
  else if (F.Inlinable && DiagLevel)
    Diags.push_back({Loc, "can inline " + F.Name});
  if (InSelfRec && InProgress.count(Outer) && DiagLevel >= 2)
    Diags.push_back({Loc, "cannot inline " + F.Name + ": recursive"});
  InProgress.erase(Fn);
  Done.insert(Fn);
}

const Node *InlinePlan::shouldInline(const CallExpr *E, const Node *Cur,
                                     llvm::ArrayRef<const Node *> Stack) const {
  // The variables of an inlined body have no definition gc could follow.
  const Node *C = callee(E, Stack.empty());
  if (!C || C == Cur || DeadCalls.count(E) || !info(Cur))
    return nullptr;
  const FuncInfo *FI = info(C);
  if (!FI || !FI->Inlinable)
    return nullptr;
  const FuncInfo *CurInfo = info(Cur);
  int MaxCost = CurInfo && CurInfo->Big ? 20 : 80;
  if (FI->Cost > MaxCost)
    return nullptr;
  return llvm::find(Stack, C) == Stack.end() ? C : nullptr;
}

bool InlinePlan::gcInlines(const CallExpr *E, const Node *Cur,
                           llvm::ArrayRef<const Node *> Stack) const {
  if (shouldInline(E, Cur, Stack))
    return true;
  int LC = libraryCost(E);
  const FuncInfo *CurInfo = info(Cur);
  return LC >= 0 && CurInfo && !DeadCalls.count(E) &&
         LC <= (CurInfo->Big ? 20 : 80);
}

void InlinePlan::inlineCalls(const Node *N, const Node *Cur, SourceLoc Outer,
                             std::vector<const Node *> &Stack) {
  if (llvm::isa<FuncLit>(N))
    return; // expanded as a function of its own
  if (auto *CS = llvm::dyn_cast<CallStmt>(N)) {
    // The go/defer call itself is not inlined; its operands are.
    forEachChild(CS->getCall(), [&](const Node *C) {
      inlineCalls(C, Cur, Outer, Stack);
    });
    return;
  }
  forEachChild(N, [&](const Node *C) { inlineCalls(C, Cur, Outer, Stack); });
  auto *E = llvm::dyn_cast<CallExpr>(N);
  if (!E)
    return;
  SourceLoc At = Outer.isValid() ? Outer : E->getLoc();
  std::vector<std::string> Reported;
  std::vector<std::string> Escapes;
  if (int LC = libraryCost(E, &Reported, &Escapes); LC >= 0) {
    const FuncInfo *CurInfo = info(Cur);
    if (DiagLevel && !DeadCalls.count(E) &&
        LC <= (CurInfo && CurInfo->Big ? 20 : 80)) {
      for (const std::string &R : Reported)
        Diags.push_back({At, "inlining call to " + R});
      for (const std::string &X : Escapes)
        Diags.push_back({At, X + " escapes to heap"});
    }
    return;
  }
  const Node *C = shouldInline(E, Cur, Stack);
  if (!C)
    return;
  if (DiagLevel)
    Diags.push_back({At, "inlining call to " + Infos[C].Name});
  Stack.push_back(C);
  inlineCalls(bodyOf(C), Cur, At, Stack);
  Stack.pop_back();
}
