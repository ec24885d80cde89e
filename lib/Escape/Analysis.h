//===- Analysis.h - Escape analysis' internal graph -------------*- C++ -*-===//
//
// The data escape analysis works on, private to lib/Escape: locations
// (one per Go variable, parameter, result and allocation site of a batch
// of functions, plus the heap), the edges that say which location's value
// flows into which (weighted by dereferences: -1 is "the address of"), the
// leak summaries of parameters, and the Batch that builds (Build.cpp) and
// solves (Solve.cpp) one strongly connected component of the call graph.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_ESCAPE_ANALYSIS_H
#define GOSCAPE_LIB_ESCAPE_ANALYSIS_H

#include "goscape/Escape/Escape.h"
#include "goscape/Escape/ExprString.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

#include <array>
#include <deque>
#include <string>
#include <vector>

namespace goscape {
namespace escape {

/// True when values of type T contain pointers (gc's HasPointers).
bool hasPointers(const Type *T);
/// True when T is stored directly in an interface's data word (gc's
/// IsDirectIface: pointers, maps, chans, funcs, unsafe.Pointer, and
/// single-element structs and arrays of those).
bool isDirectIface(const Type *T);
/// True for unsafe.Pointer (and types defined from it).
bool isUnsafePointer(const Type *T);
/// True for interface types.
bool isIfaceType(const Type *T);

/// How many results a leak summary tracks individually (gc's numEscResults).
inline constexpr unsigned NumEscResults = 7;

/// A parameter's leak summary: for the heap and each of the first seven
/// results, the minimal number of dereferences with which the parameter's
/// value reaches it, or -1 when it does not (gc's `leaks` encoding, stored
/// plus one).
class Leaks {
public:
  int heap() const { return get(0); }
  int result(unsigned I) const { return get(1 + I); }
  void addHeap(int Derefs) { add(0, Derefs); }
  void addResult(unsigned I, int Derefs) { add(1 + I, Derefs); }
  bool empty() const {
    for (uint8_t B : Raw)
      if (B)
        return false;
    return true;
  }
  /// Drops result leaks subsumed by a heap leak of no more derefs.
  void optimize() {
    int H = heap();
    if (H < 0)
      return;
    for (unsigned I = 0; I != NumEscResults; ++I)
      if (result(I) >= H)
        Raw[1 + I] = 0;
  }
  /// gc's export-data encoding ("" when the heap leak is level 0,
  /// `esc:` plus the raw bytes otherwise), printed in hex by the IR.
  std::string encode() const;
  /// The summary as `goscape ssa` prints it: `none`, or the leaks, e.g.
  /// `heap level=1, ~r0 level=0`.
  std::string describe() const;

private:
  int get(unsigned I) const { return int(Raw[I]) - 1; }
  void add(unsigned I, int Derefs) {
    int Old = get(I);
    if (Old < 0 || Derefs < Old)
      Raw[I] = uint8_t(std::min(Derefs + 1, 255));
  }
  std::array<uint8_t, 1 + NumEscResults> Raw = {};
};

/// The parameter tags of one analysed (or modelled) function: one Leaks
/// per parameter, the receiver first.
struct FuncTags {
  std::vector<Leaks> Params;
};

struct Location;

/// Src flows into the location that owns the edge, with Derefs
/// dereferences (-1: Src's address).
struct Edge {
  Location *Src;
  int Derefs;
  /// The explanation of the flow (Batch::NoteLists index; 0: none).
  uint32_t Notes = 0;
  /// The node and function of the instruction that made the edge (null:
  /// none), for gc's order of a location's edges.
  const Node *By = nullptr;
  const ir::Function *ByFn = nullptr;
};

/// One `from WHERE (WHY)` line of a -m -m explanation.
struct Note {
  const Node *Where;
  const char *Why;
  /// gc's position of the note when it is not Where's own (a spill of an
  /// implicit conversion is at the conversion's position).
  SourceLoc Loc = SourceLoc();
  /// How gc prints Where when the source has no node for it (the
  /// implicit `... argument` slice); null: Where's own text.
  llvm::StringRef Text = llvm::StringRef();
};

/// Where a flow comes from, for its explanation: the construct and
/// reason of the outermost note, and the source expression whose
/// sub-expressions (down to the flowing location) add the inner notes.
struct FlowCtx {
  const Node *Where = nullptr;
  const char *Why = nullptr;
  const Expr *Rhs = nullptr;
  /// The implicit interface conversion (without a box) the value went
  /// through right under Where, if any.
  const ir::Value *Conv = nullptr;
  /// Where is the implicit `... argument` slice of this call.
  bool Varargs = false;
  /// gc's position of Where, when not its own (implicit conversions).
  SourceLoc Loc = SourceLoc();
  /// The implicit `*x` / `&x` gc puts on a method call's receiver Rhs.
  const char *Implicit = nullptr;
  /// gc's position of that implicit operation (the selector's `.`).
  SourceLoc ImplicitLoc = SourceLoc();
  /// How gc prints Where when it is not Where's own text (one variable's
  /// assignment of a `var a, b = x, y`).
  llvm::StringRef Text = llvm::StringRef();
  /// The notes of the embedded-field selections (and the final implicit
  /// `&`/`*`) gc inserts between the flowing value and Where, innermost
  /// first, when Rhs does not give them (a promoted method value).
  std::vector<Note> Implicits;
};

/// A node of the graph: a variable, parameter, result, allocation site,
/// temporary, or the heap.
struct Location {
  /// Temp: a call result or literal storage gc has no location for;
  /// Later: a temporary gc has too (a range's operand), named {temp}.
  enum KindTy : uint8_t { Heap, Var, Param, Result, Site, Temp, Later };
  KindTy Kind = Temp;
  const ir::Function *Fn = nullptr;
  /// The Alloc of a Var, or the allocation site of a Site.
  const ir::Instr *I = nullptr;
  /// A Site for a function literal that captures nothing (no MakeClosure:
  /// the literal's Function is the value).
  const ir::Function *Lit = nullptr;
  /// A Temp holding a call's result: the call (explanations descend an
  /// expression down to it).
  const ir::CallInstr *ResultOf = nullptr;
  /// The Go variable of a Var, Param or Result.
  const goscape::Var *Obj = nullptr;
  /// 1-based index of a Result; 0 otherwise.
  unsigned ResultIndex = 0;
  /// The Param's index among the function's parameters (receiver first).
  unsigned ParamIndex = 0;
  int LoopDepth = 1;
  bool Escapes = false;
  bool Transient = false;
  bool Queued = false;
  /// The stores of the assignments to a variable after its definition
  /// (gc's `reassigned`, which the first capture at the variable's loop
  /// depth resets: only the ones after that capture count then).
  std::vector<const ir::Store *> Assigns;
  /// A closure captures this variable by reference (gc's `addrtaken`
  /// as later captures see it).
  bool CapturedByRef = false;
  /// A Site for the closure gc wraps a go/defer call in (I is the Go or
  /// Defer): explained at -m -m, never reported at -m.
  bool GoDeferWrapper = false;
  /// A Var for a temporary gc declares (`.autotmp_N`, no Obj): its name
  /// and position.
  llvm::StringRef TmpName = llvm::StringRef();
  SourceLoc TmpLoc = SourceLoc();
  /// gc's HeapAllocReason, when the location must be on the heap anyway.
  const char *HeapReason = nullptr;
  std::vector<Edge> Edges;
  // Solver state.
  int Derefs = 0;
  uint32_t WalkGen = 0;
  /// The location this one was reached from in the current walk, and the
  /// index of the edge (for explanations).
  Location *Dst = nullptr;
  unsigned DstEdge = 0;
  Leaks ParamEsc;
};

/// A source of a value: the value is Derefs dereferences of L's content
/// (-1: L's address).
struct Src {
  Location *L;
  int Derefs;
};
using Srcs = llvm::SmallVector<Src, 2>;

/// F's blocks in the order IRGen filled them, the source order of their
/// statements, which gc walks in (BasicBlock::getFillRank).
std::vector<ir::BasicBlock *> blocksInSourceOrder(const ir::Function &F);
/// Where gc adds the wrapper of the go/defer call C to the closures of
/// its batch: once it walked the call, at the call's `)`.
SourceLoc goDeferWrapperEnd(const ir::Instr *C);
/// True for the implicit slice of a variadic call's `...` arguments.
bool isVarargsSlice(const ir::Value *V);
/// The first of the arguments a variadic call N packs into its implicit
/// `...` slice, if any (gc visits the slice in that argument's place).
const Expr *firstPackedArg(const Node *N);
/// The go/defer call of which the slice literal VA (the implicit `...`
/// slice, an Alloc of kind Varargs, or a `[]T{...}` literal) is an
/// argument, if any: gc's wrapper copies its elements.
const ir::CallInstr *goDeferOfSliceLit(const ir::Alloc *VA);

/// gc's `.autotmp_N` temporaries of the multi-value calls of a function
/// whose results its type checker assigns first (MultiValue.cpp).
struct MultiValueTemps {
  /// Per rewritten call: the N of its first result's temporary, and the
  /// call, return or assignment using the results.
  llvm::DenseMap<const ir::CallInstr *, std::pair<unsigned, const Node *>>
      First;
  /// The calls whose callee or receiver gc's type checker evaluates into
  /// a temporary first (RewriteNonNameCall: `f()(x)`, `g().M()`), with
  /// the temporary's name.
  GcExprNames CalleeTemps;
  /// How many there are (gc's escape analysis numbers its own after).
  unsigned Count = 0;
};
/// The temporaries of F's multi-value calls and calls of non-names.
MultiValueTemps computeMultiValueTemps(const ir::Function &F,
                                       const CheckedPackage &CP);

/// When V is a result of a call of T that gc assigns to a temporary: its
/// name and gc's position of its use (an argument's conversion is at the
/// call's `(`).
bool multiValueTemp(const MultiValueTemps &T, const ir::Value *V,
                    std::string &Name, SourceLoc &Loc);

/// True when T's underlying type is a pointer.
inline bool isPtrType(const Type *T) {
  return T && llvm::isa<Pointer>(T->getUnderlying());
}
/// One step down a path of embedded fields (Explain.cpp): the field Idx of
/// the struct Cur is or points to, or null when there is none. Cur becomes
/// the field's type; ThroughPtr says whether Cur was a pointer (gc's
/// `dot of pointer`).
const Var *embeddedFieldStep(const Type *&Cur, unsigned Idx,
                             bool &ThroughPtr);

/// gc's name of a function in messages (`f`, `T.M`, `(*T).M`, `f.func1`).
std::string gcFuncName(const ir::Function *F);
/// The indices of Fn's free variables in the order gc's front end meets
/// them in the literal's body, which is the order gc captures them in
/// (CaptureOrder.cpp).
std::vector<unsigned> captureOrder(const ir::Function &Fn);
/// True for IRGen's synthetic package initializer (the variables'
/// initializers, then the init functions).
bool isPackageInitializer(const ir::Function *F);
/// True for the functions gc analyses as top-level: declared functions and
/// the function literals of package variables' initializers (gc's
/// glob..funcN, not closures of any function); their other literals go
/// in their batch.
bool isBatchRoot(const ir::Function *F);
/// gc's name of result I of F (`~r0` when unnamed, `~b0` when blank).
std::string resultName(const ir::Function *F, unsigned I);

/// gc's position of a variable: its name, or for the variable a type
/// switch declares in each clause, the clause's colon.
inline SourceLoc varLoc(const Var *V) {
  if (auto *CC = llvm::dyn_cast_or_null<CaseClause>(V->getDeclNode()))
    return CC->getColon();
  return V->getLoc();
}

/// gc's loop depth (1 outside loops) of every block of F that gc does not
/// consider dead code (LoopDepth.cpp); dead blocks get no entry. Consts
/// compares a constant switch's tag with its case values.
void computeLoopDepths(const ir::Function &F, ConstantContext &Consts,
                       llvm::DenseMap<const ir::BasicBlock *, int> &Out);

/// An operand of `iface == x` converted for the comparison (gc compares
/// without converting). The comparison's own result converted to an
/// interface, as in fmt.Println(a == b), is an ordinary conversion; so is
/// a constant comparison's (no operand of it is an interface).
bool isComparisonOperand(const ir::MakeInterface *MI);
/// A result (the value or the ok flag) of a comma-ok type assertion, map
/// lookup or receive, or a value a select case receives: gc converts these
/// where they are assigned only after escape analysis (a heap box, no
/// diagnostic).
bool isConvertedAfterAnalysis(const ir::Value *V);
/// True for the address of the Data field of a reflect.SliceHeader or
/// reflect.StringHeader reached through a pointer (gc's
/// IsReflectHeaderDataField).
bool isReflectHeaderData(const ir::Value *V);
/// True when Store S is the defining assignment of the variable it writes
/// (a `:=`, a `var` declaration, or a parameter's entry spill).
bool isDefiningStore(const ir::Store *S, const Var *V);

/// gc's isSelfAssign: `Dst = Src` only moves pointers within one object
/// (`b.buf = b.buf[1:]`, `p.x = p.y`), so escape analysis ignores it.
bool isSelfAssign(const Expr *Dst, const Expr *Src, const CheckedPackage &CP);

/// One line of a -m -m explanation block after its first: a flow
/// (`  flow: DST = &SRC:`), a note (`    from X (why)`, which -m -m
/// follows with ` at ` and Loc) or the truncation warning, with the
/// position gc's -json log gives it.
struct ExplainLine {
  enum KindTy : uint8_t { Flow, Note, Warning };
  KindTy Kind;
  SourceLoc Loc;
  std::string Text;
  /// The line is about gc's generated code: -json logs it at
  /// `<autogenerated>:1` (an invalid Loc is no position otherwise).
  bool Generated = false;
};

/// One diagnostic before sorting: its position and its text without the
/// position prefix.
struct Diag {
  SourceLoc Loc;
  /// A -m line, or an explanation block's first line without its colon.
  std::string Text;
  /// gc's -json code of an explanation block or heap allocation
  /// (`leak`, `escapes`, `escape`); null for other -m lines.
  const char *Code = nullptr;
  /// An explanation block's flow and note lines.
  std::vector<ExplainLine> Lines;
  /// The -m level that prints it (0: only -json logs it).
  unsigned Level = 1;
};

/// The parts of package variable initializers that gc's staticinit turns
/// into static data (StaticInit.cpp).
struct StaticInitData {
  /// Allocation nodes laid out statically: composite literals, &T{} of
  /// them, function literals, []byte/[]rune of constant strings.
  llvm::DenseSet<const Node *> Nodes;
  /// Nodes of values whose interface box is a static temporary (the value
  /// itself may still allocate dynamically, e.g. []byte(f())).
  llvm::DenseSet<const Node *> Boxes;
  /// A value gc assigns at init into static data (a map literal inside a
  /// static literal, a boxed call result): the left-hand side as gc prints
  /// the assignment (`(T)(pkg..stmp_N@off) = `) and its position.
  struct Assignment {
    std::string Lhs;
    SourceLoc Loc;
  };
  llvm::DenseMap<const Node *, Assignment> Dynamic;
};

/// What persists across batches: the tags of analysed functions and the
/// diagnostics reported so far.
struct ModuleState {
  ModuleState(const CheckedPackage &CP, const SourceManager &SM,
              const EscapeOptions &Opts)
      : CP(CP), SM(SM), Opts(Opts) {}
  const CheckedPackage &CP;
  const SourceManager &SM;
  const EscapeOptions &Opts;
  llvm::DenseMap<const ir::Function *, FuncTags> Tags;
  std::vector<Diag> Diags;
  /// The `devirtualizing` lines: gc's pass that prints them runs before
  /// escape analysis, so they come before Diags.
  std::vector<Diag> Devirtualized;
  /// The calls devirtualized so far, which print as gc rewrote them.
  DevirtualizedCalls Devirts;
  /// While an explanation is made as the graph is built: the source
  /// expression gc has not visited yet.
  const Node *Unvisited = nullptr;
  /// The calls of every function whose callee or receiver gc's type
  /// checker evaluates into a temporary first, with its name
  /// (MultiValue.cpp).
  GcExprNames CalleeTemps;
  /// gcExprString() of E as gc prints it now.
  std::string exprText(const Expr *E,
                       CallForm Form = CallForm::Rewritten) const {
    GcPrintState St{&Devirts, Unvisited, &CalleeTemps};
    return gcExprString(E, CP, Form, &St);
  }
  /// gcNodeString() of N as gc prints it now.
  std::string nodeText(const Node *N) const {
    GcPrintState St{&Devirts, Unvisited, &CalleeTemps};
    return gcNodeString(N, CP, CallForm::Rewritten, &St);
  }
  void report(SourceLoc Loc, std::string Text) {
    if (Opts.DiagLevel)
      Diags.push_back({Loc, std::move(Text)});
  }
  /// Records an explanation block (`Head:` and Lines), which -m -m prints
  /// and -json logs with Code.
  void explain(SourceLoc Loc, const char *Code, std::string Head,
               std::vector<ExplainLine> Lines) {
    if (Opts.DiagLevel >= 2 || !Opts.JSONDir.empty())
      Diags.push_back({Loc, std::move(Head), Code, std::move(Lines), 2});
  }
  /// gc's assumptions for a function declared without a body (reported
  /// once per declaration).
  FuncTags bodylessTags(const Func *Obj);
  /// Formats Loc as gc does (`./x.go:3:7`; an invalid Loc is the
  /// position of gc's generated code, `<autogenerated>:1`).
  std::string pos(SourceLoc Loc) const;
  /// The parameter tags of F: analysed, or modelled for the standard
  /// library; null when F is unknown (its arguments leak to the heap).
  const FuncTags *tagsOf(const ir::Function *F);
  /// The parameter tags of function or method Obj: its Function's in M,
  /// else the modelled library's (gc's assumption for bodyless
  /// functions when it is not modelled).
  const FuncTags *tagsOfFunc(const Func *Obj, const ir::Module &M);
  /// tagsOfFunc's tags of the functions M does not declare.
  llvm::DenseMap<const Func *, FuncTags> ModelledObjects;
  /// The parts of package variable initializers gc initializes statically
  /// (no code, no diagnostics).
  StaticInitData StaticInit;
  /// The tags gc's export data has for the modelled library functions.
  llvm::DenseMap<const ir::Function *, FuncTags> Modelled;
  /// Sizes::sizeOf(T), computed once per type.
  int64_t sizeOf(const Type *T) {
    auto [It, New] = Sizes.try_emplace(T, 0);
    if (New)
      It->second = Sizes::sizeOf(T);
    return It->second;
  }
  llvm::DenseMap<const Type *, int64_t> Sizes;
};

/// Escape analysis of one batch of functions (a strongly connected
/// component of the call graph, with the closures its functions contain).
class Batch {
public:
  Batch(ModuleState &MS, llvm::ArrayRef<ir::Function *> Fns);
  /// Builds the graph, solves it, decides the sites, records the tags
  /// and reports.
  void run();

private:
  // Build.cpp: the graph from the IR.
  void initFunc(ir::Function *F);
  void walkFunc(ir::Function *F);
  void instr(ir::Instr *I, int Depth);
  void call(ir::CallInstr *C, int Depth);
  /// gc's wrapper closure for the go/defer call C (null when gc calls C's
  /// function as it is): copies the operands into temporaries, captured
  /// by the wrapper, and sets CalleeTmp (the function value or interface
  /// receiver), ArgTmps (per argument, null when not copied) and CallText
  /// (the call as the wrapper makes it); a callee or receiver in CalleeTmp
  /// or ArgTmps on entry is the type checker's temporary (calleeTemp),
  /// which the wrapper copies. DevirtRecv: the sources of a
  /// devirtualized interface call's receiver `x.(T)` (devirtualize()),
  /// which CalleeTmp then holds.
  Location *goDeferWrapper(ir::CallInstr *C, int Depth, Location *&CalleeTmp,
                           std::vector<Location *> &ArgTmps,
                           llvm::StringRef &CallText, const Srcs *DevirtRecv);
  /// The notes of the embedded fields and the implicit `&`/`*` gc puts
  /// between a method call's written receiver and the receiver it passes.
  std::vector<Note> receiverNotes(const SelectorExpr *S, const Selection &Sel);
  /// The wrappers' captures of their temporaries (after the walk, as
  /// gc's closures), from the next one not yet flowed up to those of the
  /// go/defer statements that end before Before (all for an invalid
  /// location).
  void flowWrapperCaptures(SourceLoc Before);
  /// The index in WrapperCaptures of the next one flowWrapperCaptures
  /// takes.
  size_t NextWrapperCapture = 0;
  void flowClosures();
  /// The explanation context of each argument of C (receiver first).
  std::vector<FlowCtx> argContexts(const ir::CallInstr *C, unsigned N);
  Location *newLoc(Location::KindTy K, const ir::Function *F, int Depth);
  Location *locOfAlloc(const ir::Alloc *A);
  /// The location of the variable FV captures (for a variable of an
  /// inlined body, the one its closure binds).
  Location *freeVarLoc(const ir::FreeVar *FV);
  Location *callResult(const ir::CallInstr *C, unsigned I);
  const Srcs &sources(ir::Value *V);
  void computeSources(ir::Value *V, Srcs &Out);
  /// The pointers a uintptr expression converted back to unsafe.Pointer
  /// is computed from (gc's unsafeValue).
  void unsafeSources(ir::Value *V, Srcs &Out);
  void boundMethod(ir::BoundMethod *BM, Location *L);
  /// The temporary an append with pointerful elements routes its appendee
  /// through (null otherwise).
  Location *appendTmp(ir::Append *A);
  /// The location a store through Addr writes (the heap when Addr is not
  /// the address of a variable or allocation of this batch).
  Location *destOf(ir::Value *Addr);
  /// goDeferOfSliceLit(VA), computed once per literal: each of a literal's
  /// N element stores asks, and the search scans VA's N uses.
  const ir::CallInstr *goDeferOfLit(const ir::Alloc *VA);
  void flow(Location *Dst, int Shift, ir::Value *V, const FlowCtx &Ctx = {});
  void flowSrc(Location *Dst, Src S, uint32_t Notes = 0);
  /// S's address flows into Dst, which escapes already: S escapes now
  /// (gc's `escapes` log entry), and so do the allocations whose address
  /// flowed into S while its operands were walked.
  void escapeAtBuild(Location *Dst, Src S, uint32_t Notes);
  /// The relay (Temp) S flows into Dst, which escapes already: the
  /// addresses flowing into the relay escape now.
  void relayToEscaping(Location *Dst, Src S, uint32_t Notes);
  void flowSrcs(Location *Dst, int Shift, const Srcs &Ss,
                const FlowCtx &Ctx = {});

  // Explain.cpp: -m -m explanations.
  bool explaining() const {
    return MS.Opts.DiagLevel >= 2 || !MS.Opts.JSONDir.empty();
  }
  /// The notes of a flow of L in context Ctx (a NoteLists index).
  uint32_t notesFor(const Location *L, const FlowCtx &Ctx);
  bool findNotes(const Expr *E, const Location *L, std::vector<Note> &Out);
  std::string locName(const Location *L) const;
  std::string locText(const Location *L) const;
  SourceLoc locPos(const Location *L) const;
  void explainFlow(std::vector<ExplainLine> &Out, const Location *Dst,
                   const Location *Src, int Derefs, llvm::ArrayRef<Note> Notes);
  std::vector<ExplainLine> explainPath(Location *Root, Location *Src);
  /// The notes gc gives the receiver of the method selector S (a method
  /// value): one per embedded field selected on the way (`x.E (dot)`,
  /// `x.E (dot of pointer)`), then the implicit `&` or `*` the method's
  /// receiver needs; empty for an interface method.
  std::vector<Note> implicitSelections(const SelectorExpr *S,
                                       const Selection &Sel);
  /// Appends to Ns the notes of selecting the embedded fields Path from
  /// the value Text of type Cur (`dot`, `dot of pointer`), then the
  /// implicit `&` or `*` when WantPtr (the method's receiver is a pointer)
  /// differs from what the path reaches; false when Path is not a path of
  /// embedded fields.
  bool fieldPathNotes(const SelectorExpr *S, std::string Text,
                      const Type *Cur, llvm::ArrayRef<unsigned> Path,
                      std::optional<bool> WantPtr, std::vector<Note> &Ns);
  /// V when it is an implicit interface conversion without a box (its
  /// note is `interface-converted`), else null.
  const ir::Value *implicitConv(const ir::Value *V) const;
  /// When gc's static initialization assigns E at init into static data
  /// (StaticInitData::Dynamic): true, with Ctx the flow of that assignment.
  bool staticInitAssign(const Expr *E, FlowCtx &Ctx);
  /// The explanation context of a store into D.
  FlowCtx storeContext(const ir::Store *St, const Location *D);
  /// True when St is one of gc's ignored self-assignments.
  bool isSelfAssignStore(const ir::Store *St);
  /// The index of the left-hand side St assigns in its `a, b = x, y`
  /// statement (-1 for any other store).
  int lhsIndex(const ir::Store *St);
  /// The temporary gc puts the switched value in for the type switch
  /// clause variable St assigns, or null when gc has none (fewer than two
  /// clause variables with pointers).
  Location *typeSwitchTmp(const ir::Store *St);
  /// gc's temporary for the operand of the range clause RC, made as J
  /// enters RC's loop from the block that evaluated the operand (gc makes
  /// it for every range statement, before walking the operand): the
  /// ranged value flows into it, the value variable from it (Build.cpp).
  void rangeTmp(const ir::Jump *J, const RangeClause *RC, int Depth);
  /// gc's devirtualization of an interface call whose receiver is known to
  /// hold one concrete type: reports it, sets RecvSrcs to the receiver's
  /// sources, and returns the concrete method (null when it is promoted
  /// from an embedded interface: Partial); Method is its object (also when
  /// the module does not declare it, for a library method).
  ir::Function *devirtualize(ir::CallInstr *C, Srcs &RecvSrcs, bool &Partial,
                             const Func *&Method);
  ir::Value *staticValue(ir::Value *V);
  ir::Function *staticCallee(ir::CallInstr *C);
  /// For a call CE whose callee or receiver gc's type checker puts in a
  /// temporary first (MS.CalleeTemps), makes that temporary's location,
  /// assigned the receiver (ArgTmps[0]) or function value (CalleeTmp).
  void calleeTemp(ir::CallInstr *C, const CallExpr *CE, int Depth,
                  Location *&CalleeTmp, std::vector<Location *> &ArgTmps);
  /// For the thunk IRGen makes of a method expression `T.M`, the function
  /// gc calls instead: the declared method M (receiver first; null for an
  /// interface's method, which gc cannot resolve). Sets IsMethodExpr.
  /// Any other F is returned as it is.
  ir::Function *methodExprTarget(ir::Function *F, bool &IsMethodExpr);
  /// The notes gc adds on a devirtualized call's receiver: `x.(T)` (dot),
  /// the embedded fields to the method's receiver (dot, dot of pointer)
  /// and the implicit `&`/`*` (address-of, indirection), innermost first.
  std::vector<Note> devirtualizedReceiverNotes(const ir::CallInstr *C);
  bool addrTaken(const Location *VL) const;
  bool inBatch(const ir::Function *F) const { return Members.count(F); }
  Location *paramLoc(const ir::Function *F, unsigned I);
  Location *resultLoc(const ir::Function *F, unsigned I);

  // Solve.cpp: the solver and the decisions.
  void walkAll();
  void walkOne(Location *Root, uint32_t Gen,
               std::vector<Location *> &Todo);
  /// walkOne's work list, kept across walks.
  std::vector<Location *> WalkStack;
  bool outlives(const Location *L, const Location *Other) const;
  void leakTo(Location *L, Location *Sink, int Derefs);
  void finish();
  /// True for locations gc reports nothing about (package variables'
  /// static data, compiler-made functions).
  bool isSilent(const Location *L) const;
  /// True when F is, or is nested in, a function literal that only dead
  /// code creates (DeadLiterals).
  bool inDeadLiteral(const ir::Function *F) const;

  void report(SourceLoc Loc, std::string Text);
  std::string siteString(const Location *L) const;
  /// How gc prints the inner literal of CL, an elided `&T{...}` (typed
  /// *T) in a note: `T{...}`; empty (the node's own text) for other CLs
  /// or when not explaining.
  llvm::StringRef innerLitText(const CompositeLit *CL);
  void heapReasons();
  bool containsClosure(const ir::Function *F, const ir::Function *C) const;

  ModuleState &MS;
  std::vector<ir::Function *> Fns;
  llvm::DenseSet<const ir::Function *> Members;
  /// Closures called directly where they are defined.
  llvm::DenseSet<const ir::Function *> ClosureCalled;
  std::deque<Location> Locs;
  /// The locations in gc's creation order (its allLocs), which decides
  /// the order of the walks and of the reports: as Locs, except that an
  /// allocation site comes before the sites of its operands, since gc
  /// makes an expression's location before it visits the operands.
  std::vector<Location *> Order;
  /// Moves L, the site of node N, before the locations made for N's
  /// operands (the last ones of Order).
  void placeBeforeOperands(Location *L, const Node *N);
  /// The node and function of the instruction being walked (Edge::By).
  const Node *CurNode = nullptr;
  const ir::Function *CurFn = nullptr;
  /// True when gc makes the flows of (From, FromFn), which the IR made
  /// before CurNode's, after CurNode's: From is visited after CurNode,
  /// and in the same function (gc walks a closure's body where the
  /// literal is, before the rest of the enclosing expression).
  bool flowsLater(const Node *From, const ir::Function *FromFn) const;
  /// True when X is (inside) the callee or receiver of the call N that
  /// gc's type checker evaluates into a temporary: gc visits that
  /// temporary's assignment before N.
  bool inCalleeTemp(const Node *X, const Node *N) const;
  /// The package variable initializer (its index in the init order) X
  /// is part of or declares, or -1: gc's package initializer runs them
  /// one after the other, so nothing of one is visited after another.
  int initializerOf(const Node *X) const;
  /// True when X and N, nodes of the package initializer F, are of
  /// different initializers (unknown ones are alike).
  bool otherInitializer(const ir::Function *F, const Node *X,
                        const Node *N) const;
  mutable llvm::DenseMap<const Node *, int> InitializerOf;
  /// The flows being made are those of a call's implicit `...` slice,
  /// visited (at CurNode, its first element) before that element's
  /// callee temporaries.
  bool PackedSlice = false;
  /// The explanations printed while the graph is built, in gc's order:
  /// their MS.Diags index and the instruction's node and function.
  struct BuildExplain {
    size_t Index;
    const Node *By;
    const ir::Function *ByFn;
  };
  std::vector<BuildExplain> BuildExplains;
  /// Moves the explanation just recorded at build time before those of
  /// the flows gc makes after CurNode's.
  void placeBuildExplanation();
  Location HeapLoc;
  llvm::DenseMap<const ir::Instr *, Location *> SiteLocs;
  llvm::DenseMap<const ir::Function *, Location *> LitLocs;
  /// The functions walkFunc has walked (a closure with its literal).
  llvm::DenseSet<const ir::Function *> Walked;
  /// The function literals only dead code creates: walked for their
  /// decisions, silent as gc (whose deadcode pass removed them).
  llvm::DenseSet<const ir::Function *> DeadLiterals;
  std::vector<std::vector<Note>> NoteLists{{}};
  /// Storage of the notes' own texts (Note::Text).
  std::deque<std::string> NoteTexts;
  llvm::DenseMap<const RangeClause *, Location *> RangeTmps;
  /// The answers of goDeferOfLit.
  llvm::DenseMap<const ir::Alloc *, const ir::CallInstr *> LitGoDefers;
  llvm::DenseMap<const ir::Append *, Location *> AppendTmps;
  /// How many stores of each assignment statement were seen.
  llvm::DenseMap<const AssignStmt *, unsigned> StoreIndex;
  llvm::DenseMap<const ir::Store *, int> LhsIndex;
  /// How many map updates of each assignment statement were seen.
  llvm::DenseMap<const AssignStmt *, unsigned> MapPutIndex;
  /// The captures of the go/defer wrappers, decided with the closures'.
  struct WrapperCapture {
    Location *Wrapper;
    Location *Tmp;
    int64_t Size;
    /// Where the wrapper takes it: the call's `(`, a slice literal's `{`
    /// for the literal's elements.
    SourceLoc Loc;
  };
  std::vector<WrapperCapture> WrapperCaptures;
  /// The locations of the multi-value call temporaries with pointers,
  /// per call and result index.
  llvm::DenseMap<std::pair<const ir::Instr *, unsigned>, Location *>
      MVTmpLocs;
  /// The locations of the temporaries gc puts a call's callee or
  /// receiver in (MultiValueTemps::CalleeTemps), per call.
  llvm::DenseMap<const ir::Instr *, Location *> CalleeTmpLocs;
  /// The multi-value call temporaries of each function (computed once).
  llvm::DenseMap<const ir::Function *, MultiValueTemps> MVTemps;
  const MultiValueTemps &mvTemps(const ir::Function *F) {
    auto [It, New] = MVTemps.try_emplace(F);
    if (New)
      It->second = computeMultiValueTemps(*F, MS.CP);
    return It->second;
  }
  /// When V (or the value V converts) is a result of a multi-value call
  /// gc assigns to temporaries first: their names, `.autotmp_1,
  /// .autotmp_2` (gc's rewritten return or assignment shows them).
  bool multiValueNames(const ir::Value *V, std::string &Names);
  /// The number of gc's declarations in each function so far (the N of
  /// its next `.autotmp_N`).
  llvm::DenseMap<const ir::Function *, unsigned> DclCount;
  /// Per switched value of a type switch, typeSwitchTmp's answer.
  llvm::DenseMap<const ir::Value *, Location *> TypeSwitchTmps;
  /// The free variables (in closures of the batch) capturing each variable.
  llvm::DenseMap<const goscape::Var *, std::vector<const ir::FreeVar *>>
      FreeVarsOf;
  llvm::DenseMap<const Var *, Location *> VarLocs;
  llvm::DenseMap<const ir::Function *, std::vector<Location *>> ParamLocs;
  llvm::DenseMap<const ir::Function *, std::vector<Location *>> ResultLocs;
  llvm::DenseMap<std::pair<const ir::Instr *, unsigned>, Location *>
      CallResults;
  llvm::DenseMap<const ir::Value *, Srcs> SrcCache;
  llvm::DenseSet<const ir::Value *> InProgress;
  /// MakeClosures of the batch, for capture decisions after the walk.
  std::vector<std::pair<ir::MakeClosure *, int>> Closures;
  llvm::DenseMap<const ir::BasicBlock *, int> BlockDepth;
};

/// Replays gc's static initialization of the package's variables into
/// MS.StaticInit (StaticInit.cpp).
void planStaticInit(ModuleState &MS);
/// Reports gc's `index bounds check elided` lines (BoundsCheck.cpp), in
/// gc's order, after the escape analysis's.
void reportElidedBoundsChecks(ModuleState &MS, const ir::Module &M);

/// Reports, at -m -m, the explanations of gc's compiler-generated method
/// wrappers of the package's types (Wrappers.cpp), after every batch.
void reportMethodWrappers(ModuleState &MS, ir::Module &M);

} // namespace escape
} // namespace goscape

#endif
