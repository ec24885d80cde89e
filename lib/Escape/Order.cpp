//===- Order.cpp - gc's order of locations, edges and explanations --------===//
//
// gc prints its diagnostics as it makes them, so their order follows the
// order of its walk, which visits an expression before its operands: the
// location of an allocation is made (and its flow into the enclosing
// expression's hole added, and explained when that hole escapes already)
// before those of the allocations inside it. The IR evaluates the
// operands first. So a new allocation site, edge or build-time
// explanation goes before the last ones made for the nodes gc visits
// after its node: inside it, or to its right (a loop's post statement,
// which gc visits before the body). A closure's body is walked where its
// literal is; its flows are never moved over.
//
// The parser makes a node after its operands, so node ids grow bottom-up
// and give the nesting without a walk of the syntax.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/ExprString.h"

#include <algorithm>

using namespace goscape;
using namespace goscape::escape;

/// The multi-value call N uses as its only operand (`f(g())`, `return
/// g()`, `a, b = g()`), if any.
static const Expr *multiValueOperand(const Node *N) {
  const Expr *Only = nullptr;
  if (auto *C = llvm::dyn_cast<CallExpr>(N); C && C->getArgs().size() == 1)
    Only = C->getArgs()[0];
  else if (auto *R = llvm::dyn_cast<ReturnStmt>(N);
           R && R->getResults().size() == 1)
    Only = R->getResults()[0];
  else if (auto *A = llvm::dyn_cast<AssignStmt>(N);
           A && A->getRhs().size() == 1 && A->getLhs().size() > 1)
    Only = A->getRhs()[0];
  return Only && llvm::isa_and_nonnull<Tuple>(Only->getType()) ? Only
                                                                : nullptr;
}

/// True when gc visits node X after node N, which the IR evaluated
/// first: X is N itself (an implicit conversion of N's value comes
/// before it), inside N's subtree, or to its right. The parser makes a
/// node after its operands (ids grow bottom-up), so X is an ancestor of
/// N, visited first, when it starts at or before N and has a larger id.
static bool visitedAfter(const Node *X, const Node *N) {
  if (X == N)
    return true;
  if (X->getStartLoc() < N->getStartLoc())
    return false;
  bool Ancestor =
      X->getId() > N->getId() && !(N->getStartLoc() < X->getStartLoc());
  if (Ancestor)
    return false;
  // gc takes the addresses of an assignment's left-hand sides (their
  // bases, indexes and map keys) before it visits the right-hand sides.
  if (llvm::isa<AssignStmt>(N) && X->getStartLoc() < N->getLoc())
    return false;
  // A multi-value call N uses (`f(g())`, `return g()`, `a, b = g()`) is
  // gc's statement before N's (MultiValue.cpp): what is inside it is
  // visited before N (the conversions of its results, after).
  const Expr *Only = multiValueOperand(N);
  if (Only && X->getId() < Only->getId() &&
      !(X->getStartLoc() < Only->getStartLoc()))
    return false;
  return true;
}

void Batch::placeBeforeOperands(Location *L, const Node *N) {
  assert(!Order.empty() && Order.back() == L && "L must be the newest");
  // The locations gc makes after N's end Order (the IR evaluated N's
  // operands, and sometimes the expressions to its right, first); those
  // without a node (relays) go along with them.
  // gc visits a call's implicit `...` slice in place of the first
  // argument it packs: after the arguments to that one's left.
  const Expr *Packed = nullptr;
  if (auto *VA = llvm::dyn_cast_or_null<ir::Alloc>(L->I);
      VA && VA->getAllocKind() == ir::AllocKind::Varargs)
    Packed = firstPackedArg(N);
  auto LeftOfPacked = [Packed](const Node *X) {
    return Packed && X->getStartLoc() < Packed->getStartLoc();
  };
  unsigned First = Order.size() - 1;
  for (unsigned J = First; J-- > 0;) {
    const Location *O = Order[J];
    // Declared variables' locations are all made before the walk.
    if (O->Obj)
      break;
    // The locations of a closure's body are made where its literal is.
    if (O->Fn != L->Fn) {
      const ir::Function *C = O->Fn;
      while (C && C->getParentFunction() != L->Fn)
        C = C->getParentFunction();
      if (C && C->getSyntax() && visitedAfter(C->getSyntax(), N) &&
          !LeftOfPacked(C->getSyntax()))
        continue;
      break;
    }
    const Node *ON =
        O->Lit ? O->Lit->getSyntax() : (O->I ? O->I->getNode() : nullptr);
    if (ON && ON != N && LeftOfPacked(ON))
      break;
    if (!ON) {
      if (O->Kind == Location::Temp || O->Kind == Location::Later)
        continue;
      break;
    }
    // (Two conversions of one node, or of the temporaries of one
    // multi-value call, are of the results of one call.)
    // (The multi-value call's own sites, as its `...` slice, are made in
    // its statement, before N.)
    if (!visitedAfter(ON, N) || inCalleeTemp(ON, N) ||
        otherInitializer(L->Fn, ON, N) ||
        (ON == multiValueOperand(N) && O->TmpName.empty()) ||
        (ON == N && O->I && llvm::isa<ir::MakeInterface>(O->I)) ||
        (!L->TmpName.empty() && !O->TmpName.empty()))
      break;
    First = J;
  }
  if (First == Order.size() - 1)
    return;
  Order.pop_back();
  Order.insert(Order.begin() + First, L);
}

bool Batch::inCalleeTemp(const Node *X, const Node *N) const {
  // A go/defer call's callee temporary too.
  if (auto *CS = llvm::dyn_cast<CallStmt>(N))
    N = CS->getCall();
  auto *CE = llvm::dyn_cast_or_null<CallExpr>(N);
  if (!CE || !MS.CalleeTemps.count(CE))
    return false;
  const Expr *T = nonNameCallee(CE, MS.CP);
  return T && (X == T || (X->getId() < T->getId() &&
                          !(X->getStartLoc() < T->getStartLoc())));
}

bool Batch::flowsLater(const Node *From, const ir::Function *FromFn) const {
  if (!CurNode || !From)
    return false;
  // An edge made in the body of a closure of CurFn is placed as its
  // literal, whose body gc walks after it made the literal's own flows.
  if (FromFn != CurFn) {
    const ir::Function *C = FromFn;
    while (C && C->getParentFunction() != CurFn)
      C = C->getParentFunction();
    if (!C || !llvm::isa_and_nonnull<FuncLit>(C->getSyntax()))
      return false;
    From = C->getSyntax();
  } else if (From == CurNode) {
    return false;
  }
  return visitedAfter(From, CurNode) &&
         !otherInitializer(CurFn, From, CurNode) &&
         (PackedSlice || !inCalleeTemp(From, CurNode));
}

/// True when A is B or contains it (ids grow bottom-up: a node that
/// starts at or before another and has a larger id contains it).
static bool containsNode(const Node *A, const Node *B) {
  return A == B ||
         (!(B->getStartLoc() < A->getStartLoc()) && A->getId() > B->getId());
}

int Batch::initializerOf(const Node *X) const {
  auto [It, New] = InitializerOf.try_emplace(X, -1);
  if (!New)
    return It->second;
  llvm::ArrayRef<Initializer> Inits = MS.CP.getInitOrder();
  for (unsigned I = 0; I != Inits.size(); ++I)
    if (const Expr *E = Inits[I].Init;
        E && (containsNode(E, X) || containsNode(X, E)))
      return InitializerOf[X] = I;
  return -1;
}

bool Batch::otherInitializer(const ir::Function *F, const Node *X,
                             const Node *N) const {
  if (!F || !isPackageInitializer(F))
    return false;
  int A = initializerOf(X), B = initializerOf(N);
  return A >= 0 && B >= 0 && A != B;
}

void Batch::placeBuildExplanation() {
  // Like edges, the explanations of the operands' flows the IR made
  // first come after this one (the newest diagnostic).
  size_t New = MS.Diags.size() - 1, At = New;
  size_t K = BuildExplains.size();
  while (K > 0 && BuildExplains[K - 1].Index + 1 == At &&
         flowsLater(BuildExplains[K - 1].By, BuildExplains[K - 1].ByFn)) {
    --K;
    --At;
  }
  if (At != New) {
    std::rotate(MS.Diags.begin() + At, MS.Diags.begin() + New, MS.Diags.end());
    for (size_t J = K; J != BuildExplains.size(); ++J)
      ++BuildExplains[J].Index;
  }
  BuildExplains.insert(BuildExplains.begin() + K, {At, CurNode, CurFn});
}
