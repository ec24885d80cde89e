//===- Escape.cpp - Escape analysis entry point ---------------------------===//
//
// analyzeModule() splits the module into batches, the strongly connected
// components of its call graph (a closure belongs to the top-level
// function that contains it), and analyses them callees first (Tarjan's
// order, as gc's VisitFuncsBottomUp), so that each batch sees the
// parameter tags of everything it calls outside itself. gc prints every
// diagnostic as soon as it has it (with -m each warning is flushed at
// once, and the -m -m explanations are printed directly), so the text
// keeps the emission order; gc's -json optimization log (JSON.h) is
// sorted by position.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/JSON.h"

#include "llvm/ADT/StringMap.h"

#include <algorithm>

using namespace goscape;
using namespace goscape::escape;
using namespace goscape::ir;

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

bool escape::hasPointers(const Type *T) {
  if (!T)
    return false;
  T = T->getUnderlying();
  switch (T->getKind()) {
  case TypeKind::Basic: {
    BasicKind K = llvm::cast<Basic>(T)->getBasicKind();
    return K == BasicKind::String || K == BasicKind::UnsafePointer ||
           K == BasicKind::UntypedString || K == BasicKind::UntypedNil;
  }
  case TypeKind::Array: {
    auto *A = llvm::cast<Array>(T);
    return A->getLen() > 0 && hasPointers(A->getElem());
  }
  case TypeKind::Struct:
    for (const Var *F : llvm::cast<Struct>(T)->getFields())
      if (hasPointers(F->getType()))
        return true;
    return false;
  case TypeKind::Tuple:
    for (const Var *F : llvm::cast<Tuple>(T)->getVars())
      if (hasPointers(F->getType()))
        return true;
    return false;
  default:
    return true;
  }
}

bool escape::isIfaceType(const Type *T) {
  return T && T->getUnderlying()->getKind() == TypeKind::Interface;
}

bool escape::isDirectIface(const Type *T) {
  if (!T)
    return false;
  T = T->getUnderlying();
  switch (T->getKind()) {
  case TypeKind::Pointer:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Signature:
    return true;
  case TypeKind::Basic:
    return llvm::cast<Basic>(T)->getBasicKind() == BasicKind::UnsafePointer;
  case TypeKind::Array: {
    auto *A = llvm::cast<Array>(T);
    return A->getLen() == 1 && isDirectIface(A->getElem());
  }
  case TypeKind::Struct: {
    auto Fs = llvm::cast<Struct>(T)->getFields();
    return Fs.size() == 1 && isDirectIface(Fs[0]->getType());
  }
  default:
    return false;
  }
}

std::string Leaks::encode() const {
  if (heap() == 0)
    return "";
  unsigned N = Raw.size();
  while (N > 0 && Raw[N - 1] == 0)
    --N;
  std::string S = "esc:";
  for (unsigned I = 0; I != N; ++I)
    S += char(Raw[I]);
  return S;
}

std::string Leaks::describe() const {
  std::string S;
  auto Add = [&](const std::string &Part) {
    S += S.empty() ? Part : ", " + Part;
  };
  if (heap() >= 0)
    Add("heap level=" + std::to_string(heap()));
  for (unsigned I = 0; I != NumEscResults; ++I)
    if (result(I) >= 0)
      Add("~r" + std::to_string(I) + " level=" + std::to_string(result(I)));
  return S.empty() ? "none" : S;
}

//===----------------------------------------------------------------------===//
// Names and positions
//===----------------------------------------------------------------------===//

bool escape::isPackageInitializer(const ir::Function *F) {
  return !F->getSyntax() && !F->getParentFunction() && F->getName() == "init";
}

bool escape::isBatchRoot(const ir::Function *F) {
  const ir::Function *P = F->getParentFunction();
  return !P || (isPackageInitializer(P) &&
                llvm::isa_and_nonnull<FuncLit>(F->getSyntax()));
}

std::string escape::gcFuncName(const ir::Function *F) {
  if (const ir::Function *P = F->getParentFunction()) {
    // gc names a function literal when it meets it, after the function it
    // is in, counting that function's literals in source order: f.func1,
    // f.func2; a literal in a literal is f.func1.1, one in a package
    // variable's initializer glob..func1, counted across the package.
    std::vector<const ir::Function *> Lits(P->getAnonFuncs().begin(),
                                           P->getAnonFuncs().end());
    std::stable_sort(Lits.begin(), Lits.end(),
                     [](const ir::Function *A, const ir::Function *B) {
                       return A->getLoc() < B->getLoc();
                     });
    unsigned N = llvm::find(Lits, F) - Lits.begin() + 1;
    if (P->getParentFunction())
      return gcFuncName(P) + "." + std::to_string(N);
    if (isPackageInitializer(P))
      return "glob..func" + std::to_string(N);
    return gcFuncName(P) + ".func" + std::to_string(N);
  }
  if (Func *Obj = F->getObject())
    if (Obj->isMethod())
      return Obj->getFullName(); // `T.M`, `(*T).M`
  // IRGen's `init#N` (from 1) is gc's `init.N-1`.
  llvm::StringRef Name = F->getName();
  unsigned Init;
  if (Name.consume_front("init#") && !Name.getAsInteger(10, Init) && Init)
    return "init." + std::to_string(Init - 1);
  return F->getName().str();
}

std::string escape::resultName(const ir::Function *F, unsigned I) {
  const auto &Vs = F->getSignature()->getResults()->getVars();
  if (I < Vs.size()) {
    llvm::StringRef N = Vs[I]->getName();
    if (N == "_")
      return "~b" + std::to_string(I);
    if (!N.empty())
      return N.str();
  }
  return "~r" + std::to_string(I);
}

std::string ModuleState::pos(SourceLoc Loc) const {
  if (!Loc.isValid())
    return "<autogenerated>:1";
  return SM.formatLoc(Loc);
}

//===----------------------------------------------------------------------===//
// The modelled standard library
//===----------------------------------------------------------------------===//

/// How one parameter of a modelled function leaks.
enum class Model : uint8_t {
  None,      ///< does not escape
  Heap,      ///< leaking param
  Content,   ///< leaking param content
  Result0,   ///< leaking param: p to result ~r0 level=0
  Result0L1, ///< leaking param: p to result ~r0 level=1
};

/// The leaks of the parameters (receiver first) of a modelled library
/// function, as gc 1.19 computes them from the library's source (read
/// from `go build -gcflags=PKG=-m PKG`); scalar parameters are None.
struct ModelEntry {
  const char *Name;
  std::initializer_list<Model> Params;
};

static const ModelEntry *findModel(llvm::StringRef Name) {
  using M = Model;
  static const ModelEntry Table[] = {
      {"fmt.Errorf", {M::None, M::Content}},
      {"fmt.Print", {M::Content}},
      {"fmt.Printf", {M::None, M::Content}},
      {"fmt.Println", {M::Content}},
      {"fmt.Sprint", {M::Content}},
      {"fmt.Sprintf", {M::None, M::Content}},
      {"fmt.Sprintln", {M::Content}},
      {"errors.As", {M::Heap, M::Heap}},
      {"errors.Is", {M::Heap, M::Heap}},
      {"errors.New", {M::Heap}},
      {"errors.Unwrap", {M::Heap}},
      {"strconv.Atoi", {M::Heap}},
      {"strconv.FormatBool", {M::None}},
      {"strconv.FormatFloat", {M::None, M::None, M::None, M::None}},
      {"strconv.FormatInt", {M::None, M::None}},
      {"strconv.Itoa", {M::None}},
      {"strconv.ParseFloat", {M::Heap, M::None}},
      {"strconv.ParseInt", {M::Heap, M::None, M::None}},
      {"strconv.Quote", {M::None}},
      {"strings.(*Builder).Cap", {M::None}},
      {"strings.(*Builder).Grow", {M::None, M::None}},
      {"strings.(*Builder).Len", {M::None}},
      {"strings.(*Builder).Reset", {M::None}},
      {"strings.(*Builder).String", {M::Result0L1}},
      {"strings.(*Builder).Write", {M::Content, M::None}},
      {"strings.(*Builder).WriteByte", {M::Content, M::None}},
      {"strings.(*Builder).WriteRune", {M::Content, M::None}},
      {"strings.(*Builder).WriteString", {M::Content, M::None}},
      {"strings.(*Builder).copyCheck", {M::None}},
      {"strings.(*Builder).grow", {M::None, M::None}},
      {"strings.Contains", {M::None, M::None}},
      {"strings.ContainsAny", {M::None, M::None}},
      {"strings.ContainsRune", {M::None, M::None}},
      {"strings.Count", {M::None, M::None}},
      {"strings.Fields", {M::Heap}},
      {"strings.HasPrefix", {M::None, M::None}},
      {"strings.HasSuffix", {M::None, M::None}},
      {"strings.Index", {M::None, M::None}},
      {"strings.IndexByte", {M::None, M::None}},
      {"strings.Join", {M::Result0L1, M::None}},
      {"strings.LastIndex", {M::None, M::None}},
      {"strings.Repeat", {M::None, M::None}},
      {"strings.Replace", {M::Result0, M::None, M::None, M::None}},
      {"strings.ReplaceAll", {M::Result0, M::None, M::None}},
      {"strings.Split", {M::Heap, M::None}},
      {"strings.SplitAfterN", {M::Heap, M::None, M::None}},
      {"strings.SplitN", {M::Heap, M::None, M::None}},
      {"strings.ToLower", {M::Result0}},
      {"strings.ToUpper", {M::Result0}},
      {"strings.Trim", {M::Result0, M::None}},
      {"strings.TrimLeft", {M::Result0, M::None}},
      {"strings.TrimPrefix", {M::Result0, M::None}},
      {"strings.TrimRight", {M::Result0, M::None}},
      {"strings.TrimSpace", {M::Result0}},
      {"strings.TrimSuffix", {M::Result0, M::None}},
      {"os.Exit", {M::None}},
      {"sort.Ints", {M::Heap}},
      {"sort.Search", {M::None, M::None}},
      {"sort.Slice", {M::Heap, M::None}},
      {"sort.SliceStable", {M::Heap, M::None}},
      {"sort.Sort", {M::Heap}},
      {"sort.Stable", {M::Heap}},
      {"sort.Strings", {M::Heap}},
      {"runtime.KeepAlive", {M::None}},
      {"reflect.Value.Elem", {M::Result0}},
      {"reflect.Value.Pointer", {M::None}},
      {"reflect.Value.UnsafeAddr", {M::None}},
      {"reflect.TypeOf", {M::Result0}},
      {"reflect.ValueOf", {M::Heap}},
      {"maphash.(*Hash).Reset", {M::None}},
      {"maphash.(*Hash).Sum64", {M::None}},
      {"maphash.(*Hash).Write", {M::None, M::None}},
      {"maphash.(*Hash).WriteByte", {M::None, M::None}},
      {"maphash.(*Hash).WriteString", {M::None, M::None}},
  };
  for (const ModelEntry &E : Table)
    if (Name == E.Name)
      return &E;
  return nullptr;
}

static FuncTags modelTags(const ModelEntry *E, unsigned N);

/// The name gc gives parameter N (1-based) in messages.
static std::string paramName(const Var *V, unsigned N) {
  if (V && !V->getName().empty())
    return V->getName().str();
  return "arg#" + std::to_string(N);
}

FuncTags ModuleState::bodylessTags(const Func *Obj) {
  const Signature *S = Obj->getSignature();
  bool NoEscape = Obj->getDecl()->getPragmas() & PragmaNoescape;
  std::vector<const Var *> Ps;
  if (S->getRecv())
    Ps.push_back(S->getRecv());
  for (const Var *V : S->getParams()->getVars())
    Ps.push_back(V);
  FuncTags T;
  unsigned N = 0;
  for (const Var *V : Ps) {
    ++N;
    Leaks Esc;
    const Type *Ty = V->getType();
    bool Named = !V->getName().empty();
    auto *B = llvm::dyn_cast<Basic>(Ty->getUnderlying());
    if (B && B->getBasicKind() == BasicKind::Uintptr) {
      report(V->getLoc(), "assuming " + paramName(V, N) + " is unsafe uintptr");
    } else if (hasPointers(Ty)) {
      if (NoEscape) {
        if (Named)
          report(V->getLoc(), paramName(V, N) + " does not escape");
      } else {
        if (Named)
          report(V->getLoc(), "leaking param: " + paramName(V, N));
        Esc.addHeap(0);
      }
    }
    T.Params.push_back(Esc);
  }
  return T;
}

const FuncTags *ModuleState::tagsOf(const ir::Function *F) {
  auto It = Tags.find(F);
  if (It != Tags.end())
    return &It->second;
  if (!F->isExternal())
    return nullptr;
  auto MIt = Modelled.find(F);
  if (MIt != Modelled.end())
    return &MIt->second;
  const Signature *S = F->getSignature();
  unsigned N = S->getParams()->getVars().size() + (S->getRecv() ? 1 : 0);
  // Unmodelled library functions (the bodyless assembly of sync/atomic,
  // ...) get gc's assumption for bodyless functions: pointers leak.
  return &(Modelled[F] = modelTags(findModel(F->getName()), N));
}

/// The tags of a function with N parameters (receiver included) modelled
/// by E, or gc's assumption for bodyless functions when E is null.
static FuncTags modelTags(const ModelEntry *E, unsigned N) {
  FuncTags T;
  for (unsigned I = 0; I != N; ++I) {
    Leaks L;
    Model Mo = E ? (I < E->Params.size() ? E->Params.begin()[I] : Model::None)
                 : Model::Heap;
    switch (Mo) {
    case Model::None:
      break;
    case Model::Heap:
      L.addHeap(0);
      break;
    case Model::Content:
      L.addHeap(1);
      break;
    case Model::Result0:
      L.addResult(0, 0);
      break;
    case Model::Result0L1:
      L.addResult(0, 1);
      break;
    }
    T.Params.push_back(L);
  }
  return T;
}

const FuncTags *ModuleState::tagsOfFunc(const Func *Obj,
                                        const ir::Module &M) {
  if (ir::Function *F = M.getFunction(Obj))
    return tagsOf(F);
  auto It = ModelledObjects.find(Obj);
  if (It != ModelledObjects.end())
    return &It->second;
  const Signature *S = Obj->getSignature();
  unsigned N = S->getParams()->getVars().size() + (S->getRecv() ? 1 : 0);
  return &(ModelledObjects[Obj] =
               modelTags(findModel(Obj->getFullName()), N));
}

//===----------------------------------------------------------------------===//
// Batches
//===----------------------------------------------------------------------===//

Batch::Batch(ModuleState &MS, llvm::ArrayRef<ir::Function *> Fs)
    : MS(MS), Fns(Fs.begin(), Fs.end()) {
  HeapLoc.Kind = Location::Heap;
  HeapLoc.Escapes = true;
  for (ir::Function *F : Fns)
    Members.insert(F);
}

void Batch::heapReasons() {
  constexpr int64_t MaxStackVarSize = 10 * 1024 * 1024;
  constexpr int64_t MaxImplicitStackVarSize = 64 * 1024;
  for (Location *LP : Order) {
    Location &L = *LP;
    if (!L.I || (L.Kind != Location::Var && L.Kind != Location::Site))
      continue;
    const char *Why = nullptr;
    if (auto *A = llvm::dyn_cast<Alloc>(L.I)) {
      // Only arrays and structs are larger than a few words.
      const Type *T = A->getAllocatedType()->getUnderlying();
      if (!llvm::isa<Array>(T) && !llvm::isa<Struct>(T))
        continue;
      int64_t Size = MS.sizeOf(T);
      if (A->getAllocKind() == AllocKind::Var && Size > MaxStackVarSize)
        Why = "too large for stack";
      else if ((A->getAllocKind() == AllocKind::New ||
                (A->getAllocKind() == AllocKind::CompositeLit &&
                 llvm::isa_and_nonnull<Operation>(A->getNode()))) &&
               Size > MaxImplicitStackVarSize)
        Why = "too large for stack";
    } else if (auto *BM = llvm::dyn_cast<BoundMethod>(L.I)) {
      // A method value is a closure of the code pointer and a copy of the
      // receiver.
      if (8 + MS.sizeOf(BM->getRecv()->getType()) > MaxImplicitStackVarSize)
        Why = "too large for stack";
    } else if (auto *Make = llvm::dyn_cast<MakeSlice>(L.I)) {
      auto *C = llvm::dyn_cast<ir::Const>(Make->getCap());
      const auto *ST =
          llvm::cast<goscape::Slice>(Make->getType()->getUnderlying());
      std::optional<int64_t> N;
      if (C)
        N = C->getValue() ? C->getValue()->getInt64() : std::optional<int64_t>(0);
      // gc wants a constant that fits in 32 bits.
      if (!N || *N != int64_t(int32_t(*N)))
        Why = "non-constant size";
      else if (int64_t ES = MS.sizeOf(ST->getElem());
               ES != 0 && *N > MaxImplicitStackVarSize / ES)
        Why = "too large for stack";
    }
    if (Why) {
      L.HeapReason = Why;
      if (explaining() && L.I->getNode() && !isSilent(&L)) {
        std::vector<ExplainLine> Lines;
        Note N{L.I->getNode(), Why};
        explainFlow(Lines, &HeapLoc, &L, -1, N);
        MS.explain(locPos(&L), "escapes", locText(&L) + " escapes to heap",
                   std::move(Lines));
      }
      L.Escapes = true;
    }
  }
}

void Batch::run() {
  for (ir::Function *F : Fns)
    initFunc(F);
  // The closures are walked where their literal is (walkFunc), as gc.
  for (ir::Function *F : Fns)
    if (!F->getParentFunction() || !inBatch(F->getParentFunction()))
      walkFunc(F);
  // A literal only dead code uses: gc's deadcode pass removed it, so it
  // reports nothing, but its allocations still need a decision.
  for (ir::Function *F : Fns)
    if (!Walked.count(F)) {
      DeadLiterals.insert(F);
      walkFunc(F);
    }
  flowClosures();
  heapReasons();
  walkAll();
  finish();
  // -json logs every allocation that goes to the heap, without a message,
  // after the decisions (variables, `moved to heap`, excepted).
  if (!MS.Opts.JSONDir.empty())
    for (const Location *L : Order)
      if (L->Kind == Location::Site && L->Escapes && !isSilent(L))
        MS.Diags.push_back({locPos(L), "", "escape", {}, /*Level=*/0});
}

namespace {
/// Tarjan's strongly connected components over the top-level functions.
class SCCFinder {
public:
  SCCFinder(ModuleState &MS, ir::Module &M) : MS(MS) {
    for (const auto &F : M.functions())
      if (!F->isExternal())
        Top[F.get()] = top(F.get());
    // In source order (gc meets a package variable's literal between the
    // functions around it), the package initializer last.
    ir::Function *PkgInit = nullptr;
    for (const auto &F : M.functions())
      if (!F->isExternal() && isBatchRoot(F.get())) {
        if (isPackageInitializer(F.get()))
          PkgInit = F.get();
        else
          Roots.push_back(F.get());
      }
    std::stable_sort(Roots.begin(), Roots.end(),
                     [](const ir::Function *A, const ir::Function *B) {
                       return A->getLoc() < B->getLoc();
                     });
    if (PkgInit)
      Roots.push_back(PkgInit);
    // A top-level function refers to G's top-level function when an
    // instruction of it (or of its closures) uses G: the uses of the
    // function values are the call graph's edges.
    llvm::DenseMap<ir::Function *,
                   std::vector<std::pair<std::pair<SourceLoc, unsigned>,
                                         ir::Function *>>>
        Refs;
    for (const auto &G : M.functions()) {
      ir::Function *TG = Top.lookup(G.get());
      if (!TG)
        continue;
      for (Use *U : G->uses())
        if (ir::Function *T = Top.lookup(U->getUser()->getFunction());
            T && T != TG)
          Refs[T].push_back({refKey(U), TG});
    }
    // So does a method value (gc's OMETHVALUE), which names its method.
    for (const auto &G : M.functions()) {
      ir::Function *TG = Top.lookup(G.get());
      if (!TG)
        continue;
      for (BasicBlock *BB : G->blocks())
        for (Instr *I : BB->instrs())
          if (auto *BM = llvm::dyn_cast<BoundMethod>(I); BM && !BM->isInterface())
            if (ir::Function *T = Top.lookup(M.getFunction(BM->getMethod()));
                T && T != TG)
              Refs[TG].push_back({{I->getLoc(), 1}, T});
    }
    // gc visits a function's callees in the order its body names them.
    for (auto &[T, Rs] : Refs) {
      llvm::stable_sort(Rs, [](const auto &A, const auto &B) {
        return A.first < B.first;
      });
      for (auto &R : Rs)
        Succs[T].push_back(R.second);
    }
  }

  void run() {
    for (ir::Function *F : Roots)
      if (!Index.count(F))
        visit(F);
  }

private:
  /// Where gc's walk of a body names the function that use U of an
  /// instruction I refers to, and a rank that orders uses at one place: at
  /// I, but a call's callee where the call's text starts (before its
  /// arguments: `run(f)` names run before f), and a multi-value call used
  /// whole by another (`f(g())`) at the start of the call using it, ranked
  /// first: gc makes it a statement of its own before that call.
  static std::pair<SourceLoc, unsigned> refKey(const Use *U) {
    const Instr *I = U->getUser();
    SourceLoc L = I->getLoc();
    if (!llvm::isa<CallInstr>(I))
      return {L, 1};
    if (U->getOperandNo() == 0)
      if (const Node *N = I->getNode(); N && N->getStartLoc() < L)
        L = N->getStartLoc();
    if (!llvm::isa_and_nonnull<Tuple>(I->getType()))
      return {L, 1};
    unsigned Rank = 1;
    for (const Use *R : I->uses())
      if (auto *E = llvm::dyn_cast<Extract>(R->getUser()))
        for (const Use *EU : E->uses())
          if (const Node *N = EU->getUser()->getNode();
              N && !(L < N->getStartLoc())) {
            L = N->getStartLoc();
            Rank = 0;
          }
    return {L, Rank};
  }

  static ir::Function *top(ir::Function *F) {
    while (!isBatchRoot(F))
      F = F->getParentFunction();
    return F;
  }

  unsigned visit(ir::Function *F) {
    unsigned Min = Index[F] = Next++;
    Stack.push_back(F);
    OnStack.insert(F);
    auto SIt = Succs.find(F);
    llvm::ArrayRef<ir::Function *> Ss;
    if (SIt != Succs.end())
      Ss = SIt->second;
    for (ir::Function *S : Ss) {
      auto It = Index.find(S);
      if (It == Index.end())
        Min = std::min(Min, visit(S));
      else if (OnStack.count(S))
        Min = std::min(Min, It->second);
    }
    if (Min == Index[F]) {
      std::vector<ir::Function *> Comp;
      for (;;) {
        ir::Function *G = Stack.back();
        Stack.pop_back();
        OnStack.erase(G);
        Comp.push_back(G);
        if (G == F)
          break;
      }
      std::reverse(Comp.begin(), Comp.end());
      // The batch: the component's functions with all their closures.
      std::vector<ir::Function *> Fns;
      for (ir::Function *G : Comp) {
        Fns.push_back(G);
        for (unsigned K = Fns.size() - 1; K != Fns.size(); ++K)
          for (ir::Function *C : Fns[K]->getAnonFuncs())
            if (!isBatchRoot(C))
              Fns.push_back(C);
      }
      Batch(MS, Fns).run();
    }
    return Min;
  }

  ModuleState &MS;
  std::vector<ir::Function *> Roots;
  llvm::DenseMap<ir::Function *, ir::Function *> Top;
  llvm::DenseMap<ir::Function *, std::vector<ir::Function *>> Succs;
  llvm::DenseMap<ir::Function *, unsigned> Index;
  std::vector<ir::Function *> Stack;
  llvm::DenseSet<ir::Function *> OnStack;
  unsigned Next = 0;
};
} // namespace

/// Writes gc's -json log of the sorted diagnostics Diags (those with a
/// code) under Dir; false with Error set when it cannot be written.
static bool writeLog(llvm::StringRef Dir, const std::vector<Diag> &Diags,
                     const CheckedPackage &CP, const SourceManager &SM,
                     std::string &Error) {
  // gc's log names files by absolute path, computed once per file.
  llvm::StringMap<std::string> Files;
  // gc's generated code (its method wrappers) has a file of its own.
  const JSONPos Generated{"<autogenerated>", 1, 0};
  auto Pos = [&](SourceLoc Loc) {
    if (!Loc.isValid())
      return JSONPos();
    // The log has the position in the file, whatever //line says.
    PresumedLoc P = SM.getPresumedLoc(Loc, /*UseLineDirectives=*/false);
    auto [It, New] = Files.try_emplace(P.FileName);
    if (New)
      It->second = jsonSourceFileName(P.FileName);
    auto [Line, Col] = SM.getGcLineColumn(Loc);
    return JSONPos{It->second, Line, Col};
  };
  std::vector<JSONDiagnostic> Log;
  for (const Diag &D : Diags) {
    if (!D.Code)
      continue;
    JSONDiagnostic J{D.Loc.isValid() ? Pos(D.Loc) : Generated, D.Code,
                     D.Text, {}};
    for (const ExplainLine &L : D.Lines)
      if (L.Kind != ExplainLine::Warning)
        // gc's log has the line as -m -m prints it after the position's
        // colon (one more blank), without a note's ` at POS`.
        J.Related.push_back({L.Generated ? Generated : Pos(L.Loc),
                             " " + L.Text});
    Log.push_back(std::move(J));
  }
  // go build compiles a main package as `main`, any other as the
  // command-line-arguments package.
  JSONLogInfo Info;
  if (CP.getPackage()->getName() != "main")
    Info.Package = "command-line-arguments";
  return writeJSONLogs(Dir, Info, std::move(Log), Error);
}

/// The diagnostics sorted by position (file, line, column), stably, as
/// gc's -json log is written; -m prints them in emission order instead.
static std::vector<Diag> sortedByPosition(const std::vector<Diag> &Diags,
                                          const SourceManager &SM) {
  // The positions are resolved once per diagnostic.
  struct Key {
    llvm::StringRef File;
    unsigned Line, Col, Index;
  };
  std::vector<Key> Keys;
  Keys.reserve(Diags.size());
  for (unsigned I = 0; I != Diags.size(); ++I) {
    // gc sorts its log by the position in the file, whatever //line says.
    PresumedLoc P =
        SM.getPresumedLoc(Diags[I].Loc, /*UseLineDirectives=*/false);
    auto [Line, Col] = SM.getGcLineColumn(Diags[I].Loc);
    Keys.push_back({P.FileName, Line, Col, I});
  }
  std::stable_sort(Keys.begin(), Keys.end(), [](const Key &A, const Key &B) {
    if (A.File != B.File)
      return A.File < B.File;
    if (A.Line != B.Line)
      return A.Line < B.Line;
    return A.Col < B.Col;
  });
  std::vector<Diag> Sorted;
  Sorted.reserve(Keys.size());
  for (const Key &K : Keys)
    Sorted.push_back(Diags[K.Index]);
  return Sorted;
}

std::vector<std::string> escape::analyzeModule(ir::Module &M,
                                               const CheckedPackage &CP,
                                               const SourceManager &SM,
                                               const EscapeOptions &Opts,
                                               std::string *JSONError) {
  ModuleState MS(CP, SM, Opts);
  planStaticInit(MS);
  // Functions and methods declared without a body: gc's assumptions,
  // reported once.
  auto AssumeIfBodyless = [&](const Func *Fn) {
    if (!Fn->getDecl() || Fn->getDecl()->getBody())
      return;
    FuncTags T = MS.bodylessTags(Fn);
    if (ir::Function *F = M.getFunction(Fn))
      MS.Modelled[F] = std::move(T);
  };
  for (Object *O : CP.getPackage()->getScope()->objects()) {
    if (auto *Fn = llvm::dyn_cast<Func>(O))
      AssumeIfBodyless(Fn);
    else if (auto *TN = llvm::dyn_cast<TypeName>(O); TN && !TN->isAlias())
      if (auto *N = llvm::dyn_cast_or_null<Named>(TN->getType()))
        for (const Func *Method : N->getMethods())
          AssumeIfBodyless(Method);
  }
  // gc's type checker made its temporaries before escape analysis: every
  // message prints them.
  for (const auto &F : M.functions()) {
    MultiValueTemps T = computeMultiValueTemps(*F, CP);
    MS.CalleeTemps.insert(T.CalleeTemps.begin(), T.CalleeTemps.end());
  }
  SCCFinder(MS, M).run();
  reportElidedBoundsChecks(MS, M);
  if (Opts.DiagLevel || !Opts.JSONDir.empty())
    reportMethodWrappers(MS, M);
  // The code after terminating statements IRGen kept for the analysis
  // goes now: code generation never sees unreachable code.
  for (const auto &F : M.functions())
    if (F->removeUnreachableBlocks())
      F->removeTrivialPhis();
  // gc devirtualizes function by function, in source order.
  std::vector<Diag> All = sortedByPosition(MS.Devirtualized, SM);
  All.insert(All.end(), std::make_move_iterator(MS.Diags.begin()),
             std::make_move_iterator(MS.Diags.end()));
  MS.Diags = std::move(All);
  if (!Opts.JSONDir.empty()) {
    std::string Error;
    if (!writeLog(Opts.JSONDir, sortedByPosition(MS.Diags, SM), CP, SM,
                  Error) &&
        JSONError)
      *JSONError = Error;
  }
  std::vector<std::string> Out;
  for (const Diag &D : MS.Diags) {
    if (!D.Level || D.Level > Opts.DiagLevel)
      continue;
    // An explanation block repeats the position on every line; a note
    // ends with its own position.
    std::string P = MS.pos(D.Loc) + ": ";
    std::string Text = P + D.Text;
    if (D.Level == 2)
      Text += ":";
    for (const ExplainLine &L : D.Lines) {
      Text += "\n" + P + L.Text;
      if (L.Kind == ExplainLine::Note)
        Text += " at " + MS.pos(L.Loc);
    }
    Out.push_back(std::move(Text));
  }
  return Out;
}
