//===- CheckInitOrder.cpp - Package initialization order ------------------===//
//
// types2's initorder.go. The dependency graph has a node per package-level
// constant, variable and function, with an edge to every package-level
// object its declaration (or body) refers to. Function nodes are removed
// by connecting their predecessors to their successors, so variables
// depend on what the functions they call refer to. Nodes are then taken
// in order of fewest remaining dependencies, ties broken by source order;
// a node taken with dependencies left is on (or behind) a cycle, which is
// reported as gc does ("initialization loop for x"). Variables with
// initializers are emitted in that order, a multi-variable `a, b = f()`
// once.
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"

#include <algorithm>
#include <set>
#include <tuple>

using namespace goscape;
using namespace goscape::sema;

namespace {
struct GraphNode {
  Object *Obj;
  unsigned Order;
  llvm::SmallSetVector<GraphNode *, 4> Succ, Pred;
  int NDeps = 0;
  bool Done = false;
};
} // namespace

static bool isDependency(Object *O) {
  return llvm::isa<Const>(O) || llvm::isa<Var>(O) || llvm::isa<Func>(O);
}

static bool findPath(Checker &C, Object *From, Object *To,
                     llvm::SmallPtrSetImpl<Object *> &Seen,
                     std::vector<Object *> &Path) {
  if (!Seen.insert(From).second)
    return false;
  DeclInfo *D = C.ObjMap.lookup(From);
  if (!D)
    return false;
  for (Object *Dep : D->Deps) {
    if (Dep == To) {
      Path.push_back(Dep);
      return true;
    }
    if (findPath(C, Dep, To, Seen, Path)) {
      Path.push_back(Dep);
      return true;
    }
  }
  return false;
}

void Checker::initOrder() {
  std::vector<std::unique_ptr<GraphNode>> Store;
  llvm::DenseMap<Object *, GraphNode *> M;
  for (Object *O : ObjList) {
    if (!isDependency(O))
      continue;
    Store.push_back(std::make_unique<GraphNode>());
    GraphNode *N = Store.back().get();
    N->Obj = O;
    N->Order = ObjMap[O]->Order;
    M[O] = N;
  }
  // Edges between non-function nodes, with paths through functions
  // collapsed (types2 removes function nodes by connecting predecessors to
  // successors; a per-node walk over function dependencies gives the same
  // edges in time linear in what each variable reaches).
  std::vector<GraphNode *> G;
  llvm::DenseMap<Object *, unsigned> Visited;
  unsigned Stamp = 0;
  for (auto &NP : Store) {
    GraphNode *N = NP.get();
    if (llvm::isa<Func>(N->Obj))
      continue;
    G.push_back(N);
    ++Stamp;
    llvm::SmallVector<Object *, 16> Work(ObjMap[N->Obj]->Deps.begin(),
                                         ObjMap[N->Obj]->Deps.end());
    while (!Work.empty()) {
      Object *D = Work.pop_back_val();
      GraphNode *DN = M.lookup(D);
      if (!DN)
        continue;
      if (llvm::isa<Func>(D)) {
        unsigned &V = Visited[D];
        if (V == Stamp)
          continue;
        V = Stamp;
        DeclInfo *DI = ObjMap[D];
        Work.append(DI->Deps.begin(), DI->Deps.end());
        continue;
      }
      N->Succ.insert(DN);
    }
  }
  for (GraphNode *N : G)
    for (GraphNode *S : N->Succ)
      S->Pred.insert(N);
  for (GraphNode *N : G)
    N->NDeps = N->Succ.size();

  llvm::SmallPtrSet<DeclInfo *, 16> Emitted;
  // Priority queue on (remaining dependencies, source order); entries are
  // re-inserted when a count drops, so each edge costs O(log N).
  std::set<std::tuple<int, unsigned, GraphNode *>> Queue;
  for (GraphNode *N : G)
    Queue.insert({N->NDeps, N->Order, N});
  while (!Queue.empty()) {
    GraphNode *Best = std::get<2>(*Queue.begin());
    Queue.erase(Queue.begin());
    GraphNode *N = Best;
    N->Done = true;
    if (N->NDeps > 0) {
      std::vector<Object *> Cycle;
      llvm::SmallPtrSet<Object *, 8> Seen;
      if (findPath(*this, N->Obj, N->Obj, Seen, Cycle)) {
        // types2 prints cycle[0] first, then cycle[n-1], ..., cycle[1].
        std::vector<Object *> &P = Cycle;
        Object *Obj = P[0];
        std::string Msg = "initialization loop for " + Obj->getName().str();
        for (size_t I = P.size(); I-- > 0;) {
          Msg += "\n\t" + fmtLoc(Obj->getLoc()) + ": " +
                 Obj->getName().str() + " refers to";
          Obj = P[I];
        }
        Msg += "\n\t" + fmtLoc(Obj->getLoc()) + ": " + Obj->getName().str();
        report(P[0]->getLoc(), Msg);
      }
    }
    for (GraphNode *P : N->Pred) {
      if (P->Done)
        continue;
      Queue.erase({P->NDeps, P->Order, P});
      --P->NDeps;
      Queue.insert({P->NDeps, P->Order, P});
    }
    auto *V = llvm::dyn_cast<Var>(N->Obj);
    if (!V)
      continue;
    DeclInfo *Info = ObjMap[V];
    if (!Info->Init || !Emitted.insert(Info).second)
      continue;
    Initializer I;
    if (Info->Lhs.empty())
      I.Lhs.push_back(V);
    else
      I.Lhs.append(Info->Lhs.begin(), Info->Lhs.end());
    I.Init = Info->Init;
    Result.addInitializer(std::move(I));
  }
}
