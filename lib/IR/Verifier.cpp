//===- Verifier.cpp - IR invariant checks ---------------------------------===//
//
// Structure first (blocks, terminators, predecessor lists, reachability),
// then every instruction: provenance, operands (set, same function,
// dominating), then kind-specific shape and type rules through an
// exhaustive InstrVisitor. Each problem is one line on the stream:
//
//   verifier: f: block 1 (for.body): `%t2 = %t1 + 1:int`: <what is wrong>
//
//===----------------------------------------------------------------------===//

#include "goscape/IR/Verifier.h"
#include "goscape/IR/Dominators.h"
#include "goscape/IR/InstrVisitor.h"
#include "goscape/IR/Printer.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <optional>

using namespace goscape;
using namespace goscape::ir;

static const Type *under(const Type *T) {
  return T ? T->getUnderlying() : nullptr;
}
static const Type *typeOf(const Value *V) { return V ? V->getType() : nullptr; }
/// Identity when both types are known; unknown types are not checked here.
static bool same(const Type *A, const Type *B) {
  return !A || !B || identical(A, B);
}
template <typename T> static const T *as(const Value *V) {
  return llvm::dyn_cast_or_null<T>(under(typeOf(V)));
}
static bool isByteSlice(const Type *T) {
  auto *S = llvm::dyn_cast_or_null<goscape::Slice>(under(T));
  auto *B = S ? llvm::dyn_cast<Basic>(under(S->getElem())) : nullptr;
  return B && B->getBasicKind() == BasicKind::Uint8;
}
static bool isRuneSlice(const Type *T) {
  auto *S = llvm::dyn_cast_or_null<goscape::Slice>(under(T));
  auto *B = S ? llvm::dyn_cast<Basic>(under(S->getElem())) : nullptr;
  return B && B->getBasicKind() == BasicKind::Int32;
}

namespace {
class Verifier : public InstrVisitor<Verifier> {
public:
  Verifier(const Function &F, llvm::raw_ostream *OS)
      : F(F), OS(OS), VN(F), DT(F) {}

  bool run();

  // Kind-specific rules (operands are known to be non-null here).
  void visitAlloc(const Alloc &I);
  void visitMakeSlice(const MakeSlice &I);
  void visitMakeMap(const MakeMap &I);
  void visitMakeChan(const MakeChan &I);
  void visitMakeClosure(const MakeClosure &I);
  void visitBoundMethod(const BoundMethod &I);
  void visitMakeInterface(const MakeInterface &I);
  void visitStringConvert(const StringConvert &I);
  void visitConcat(const Concat &I);
  void visitCall(const Call &I);
  void visitGo(const Go &I) { checkCall(I); }
  void visitDefer(const Defer &I) { checkCall(I); }
  void visitPhi(const Phi &I);
  void visitBinOp(const BinOp &I);
  void visitUnOp(const UnOp &I);
  void visitChangeType(const ChangeType &I);
  void visitConvert(const Convert &I);
  void visitChangeInterface(const ChangeInterface &I);
  void visitSliceToArrayPointer(const SliceToArrayPointer &I);
  void visitSlice(const ir::Slice &I);
  void visitFieldAddr(const FieldAddr &I);
  void visitField(const ir::Field &I);
  void visitIndexAddr(const IndexAddr &I);
  void visitIndex(const Index &I);
  void visitLookup(const Lookup &I);
  void visitSelect(const Select &I);
  void visitRange(const Range &I);
  void visitNext(const Next &I);
  void visitTypeAssert(const TypeAssert &I);
  void visitExtract(const Extract &I);
  void visitAppend(const Append &I);
  void visitCopy(const Copy &I);
  void visitBuiltinCall(const BuiltinCall &I);
  void visitStore(const Store &I);
  void visitMapUpdate(const MapUpdate &I);
  void visitMapDelete(const MapDelete &I);
  void visitSend(const Send &I);
  void visitRunDefers(const RunDefers &) {}
  void visitDebugRef(const DebugRef &) {}
  void visitJump(const Jump &) {}
  void visitIf(const If &I);
  void visitReturn(const Return &I);
  void visitPanic(const Panic &I);

private:
  void fail(const BasicBlock *BB, const Instr *I, const llvm::Twine &Msg);
  void check(bool Ok, const Instr &I, const llvm::Twine &Msg) {
    if (!Ok)
      fail(I.getParent(), &I, Msg);
  }
  void checkStructure();
  void checkPreds();
  /// BB is reachable once blocks' syntactic predecessors count.
  bool reachableAfterStmt(const BasicBlock *BB);
  void checkInstr(const BasicBlock *BB, const Instr &I, unsigned Pos);
  bool checkOperand(const BasicBlock *BB, const Instr &I, unsigned OpNo);
  void checkCall(const CallInstr &I);

  const Function &F;
  llvm::raw_ostream *OS;
  ValueNumbering VN;
  DominatorTree DT;
  /// The tree with syntactic edges, made when an unreachable block is met.
  std::optional<DominatorTree> SyntacticDT;
  llvm::DenseMap<const Instr *, unsigned> Position;
  bool Broken = false;
};
} // namespace

void Verifier::fail(const BasicBlock *BB, const Instr *I,
                    const llvm::Twine &Msg) {
  Broken = true;
  if (!OS)
    return;
  *OS << "verifier: " << F.getName();
  if (BB) {
    *OS << ": block " << BB->getIndex();
    if (!BB->getComment().empty())
      *OS << " (" << BB->getComment() << ')';
  }
  if (I) {
    std::string Line;
    llvm::raw_string_ostream LS(Line);
    printInstr(*I, VN, LS);
    llvm::StringRef Text = llvm::StringRef(Line).trim();
    Text = Text.split(" ;").first;
    *OS << ": `" << Text << '`';
  }
  *OS << ": " << Msg << '\n';
}

bool Verifier::run() {
  if (F.isExternal()) {
    if (!F.freeVars().empty())
      fail(nullptr, nullptr, "external function has free variables");
    return Broken;
  }
  const Signature *Sig = F.getSignature();
  size_t Want = Sig->getParams()->size() + (Sig->getRecv() ? 1 : 0);
  if (F.params().size() != Want)
    fail(nullptr, nullptr,
         llvm::Twine("has ") + llvm::Twine(F.params().size()) +
             " parameters but its signature has " + llvm::Twine(Want));
  for (const FreeVar *FV : F.freeVars())
    if (!llvm::isa<Pointer>(FV->getType()))
      fail(nullptr, nullptr,
           "free variable " + VN.ref(FV) + " is not a pointer");
  if (!F.freeVars().empty() && !F.getParentFunction())
    fail(nullptr, nullptr, "function with free variables has no parent");

  checkStructure();
  checkPreds();
  for (const BasicBlock *BB : F.blocks())
    for (unsigned Pos = 0; Pos != BB->instrs().size(); ++Pos)
      checkInstr(BB, *BB->instrs()[Pos], Pos);
  return Broken;
}

void Verifier::checkStructure() {
  for (unsigned Idx = 0; Idx != F.blocks().size(); ++Idx) {
    const BasicBlock *BB = F.blocks()[Idx];
    if (BB->getIndex() != Idx || BB->getParent() != &F)
      fail(BB, nullptr, "block index or parent is wrong");
    llvm::ArrayRef<Instr *> Is = BB->instrs();
    if (Is.empty() || !llvm::isa<Terminator>(Is.back()))
      fail(BB, nullptr, "block does not end in a terminator");
    bool SeenNonPhi = false;
    for (unsigned Pos = 0; Pos != Is.size(); ++Pos) {
      const Instr *I = Is[Pos];
      Position[I] = Pos;
      if (I->getParent() != BB)
        fail(BB, I, "instruction's parent is another block");
      if (llvm::isa<Terminator>(I) && Pos + 1 != Is.size())
        fail(BB, I, "terminator in the middle of the block");
      if (llvm::isa<Phi>(I) && SeenNonPhi)
        fail(BB, I, "phi after a non-phi instruction");
      SeenNonPhi |= !llvm::isa<Phi>(I);
    }
    if (!DT.isReachable(BB) && !BB->isKeptUnreachable() &&
        BB != F.getRecoverBlock() && !reachableAfterStmt(BB))
      fail(BB, nullptr, "block is unreachable from the entry");
  }
}

bool Verifier::reachableAfterStmt(const BasicBlock *BB) {
  // Dead code the memory form keeps for escape analysis: reachable when
  // syntactic predecessors count.
  if (!SyntacticDT)
    SyntacticDT.emplace(F, /*SyntacticEdges=*/true);
  return SyntacticDT->isReachable(BB);
}

void Verifier::checkPreds() {
  // Each block's predecessor list must be, as a multiset, the blocks whose
  // terminators name it.
  std::vector<std::vector<unsigned>> Expected(F.blocks().size());
  for (const BasicBlock *BB : F.blocks())
    for (const BasicBlock *S : BB->succs()) {
      if (!S || S->getParent() != &F) {
        fail(BB, BB->getTerminator(),
             "successor is not a block of this function");
        continue;
      }
      Expected[S->getIndex()].push_back(BB->getIndex());
    }
  for (const BasicBlock *BB : F.blocks()) {
    std::vector<unsigned> Have;
    for (const BasicBlock *P : BB->preds())
      Have.push_back(P->getIndex());
    std::vector<unsigned> &Want = Expected[BB->getIndex()];
    std::sort(Have.begin(), Have.end());
    std::sort(Want.begin(), Want.end());
    if (Have != Want)
      fail(BB, nullptr,
           "predecessor list does not match the terminators that branch "
           "here");
  }
}

bool Verifier::checkOperand(const BasicBlock *BB, const Instr &I,
                            unsigned OpNo) {
  const Value *V = I.getOperand(OpNo);
  std::string Which = ("operand " + llvm::Twine(OpNo)).str();
  if (!V) {
    fail(BB, &I, Which + " is not set");
    return false;
  }
  if (auto *C = llvm::dyn_cast<ir::Const>(V))
    if (isUntyped(C->getType()))
      fail(BB, &I, Which + " is a constant of untyped type");
  if (auto *G = llvm::dyn_cast<Global>(V)) {
    if (G->getModule() != &F.getModule())
      fail(BB, &I, Which + " is a global of another module");
    return true;
  }
  if (auto *Fn = llvm::dyn_cast<Function>(V)) {
    if (&Fn->getModule() != &F.getModule())
      fail(BB, &I, Which + " is a function of another module");
    return true;
  }
  const Function *Owner = V->getOwningFunction();
  if (Owner != &F) {
    fail(BB, &I,
         Which + " belongs to function '" +
             (Owner ? Owner->getName() : llvm::StringRef("<none>")) + "'");
    return false;
  }
  auto *D = llvm::dyn_cast<Instr>(V);
  if (!D)
    return true;
  if (!D->definesValue()) {
    fail(BB, &I, Which + " is an instruction that defines no value");
    return false;
  }
  if (!DT.isReachable(BB))
    return true;
  const BasicBlock *DefBB = D->getParent();
  if (auto *P = llvm::dyn_cast<Phi>(&I)) {
    // A phi edge is used at the end of the matching predecessor.
    if (OpNo < BB->preds().size()) {
      const BasicBlock *Pred = BB->preds()[OpNo];
      if (DT.isReachable(Pred) && !DT.dominates(DefBB, Pred))
        fail(BB, P,
             "edge from block " + llvm::Twine(Pred->getIndex()) + " uses " +
                 VN.ref(D) + ", which does not dominate that predecessor");
    }
    return true;
  }
  bool Dominated = DefBB == BB ? Position.lookup(D) < Position.lookup(&I)
                               : DT.dominates(DefBB, BB);
  if (!Dominated)
    fail(BB, &I, "use of " + VN.ref(D) + " is not dominated by its definition");
  return true;
}

void Verifier::checkInstr(const BasicBlock *BB, const Instr &I, unsigned Pos) {
  if (!I.getLoc().isValid() && !I.isSynthetic())
    fail(BB, &I, "no source location and not marked synthetic");
  if (I.definesValue() != (I.getType() != nullptr) && !llvm::isa<Range>(I))
    fail(BB, &I, "result type does not match whether a value is defined");
  bool OperandsOk = true;
  for (unsigned Op = 0; Op != I.getNumOperands(); ++Op)
    OperandsOk &= checkOperand(BB, I, Op);
  if (auto *T = llvm::dyn_cast<Terminator>(&I)) {
    size_t Want = llvm::isa<Jump>(T) ? 1 : llvm::isa<If>(T) ? 2 : 0;
    if (T->getSuccessors().size() != Want)
      fail(BB, &I, "wrong number of successors");
  }
  if (OperandsOk)
    visit(I);
}

//===----------------------------------------------------------------------===//
// Kind-specific rules
//===----------------------------------------------------------------------===//

void Verifier::visitAlloc(const Alloc &I) {
  check(llvm::isa<Pointer>(I.getType()), I, "alloc's type is not a pointer");
  check((I.getAllocKind() == AllocKind::Var) == (I.getVar() != nullptr), I,
        "only a variable alloc names a variable");
}

void Verifier::visitMakeSlice(const MakeSlice &I) {
  check(llvm::isa<goscape::Slice>(under(I.getType())), I,
        "makeslice of a non-slice type");
  check(isInteger(typeOf(I.getLen())) && isInteger(typeOf(I.getCap())), I,
        "makeslice length and capacity must be integers");
}

void Verifier::visitMakeMap(const MakeMap &I) {
  check(llvm::isa<Map>(under(I.getType())), I, "makemap of a non-map type");
  check(!I.getReserve() || isInteger(typeOf(I.getReserve())), I,
        "makemap size hint must be an integer");
}

void Verifier::visitMakeChan(const MakeChan &I) {
  check(llvm::isa<Chan>(under(I.getType())), I,
        "makechan of a non-channel type");
  check(isInteger(typeOf(I.getSize())), I, "makechan size must be an integer");
}

void Verifier::visitMakeClosure(const MakeClosure &I) {
  const Function *Fn = I.getFn();
  if (!Fn) {
    check(false, I, "makeclosure of a value that is not a function");
    return;
  }
  llvm::ArrayRef<Use> Bs = I.getBindings();
  if (Bs.size() != Fn->freeVars().size()) {
    check(false, I,
          "makeclosure binds " + llvm::Twine(Bs.size()) +
              " values but the function has " +
              llvm::Twine(Fn->freeVars().size()) + " free variables");
    return;
  }
  for (unsigned B = 0; B != Bs.size(); ++B)
    check(same(typeOf(Bs[B].get()), Fn->freeVars()[B]->getType()), I,
          "binding " + llvm::Twine(B) +
              " does not have its free variable's "
              "type");
}

void Verifier::visitBoundMethod(const BoundMethod &I) {
  check(I.getMethod() != nullptr, I, "bound method names no method");
  check(!I.isInterface() || isInterface(typeOf(I.getRecv())), I,
        "interface method value of a non-interface receiver");
  check(llvm::isa<Signature>(under(I.getType())), I,
        "bound method's type is not a signature");
}

void Verifier::visitMakeInterface(const MakeInterface &I) {
  check(isInterface(I.getType()), I, "makeinterface to a non-interface type");
  check(!isInterface(typeOf(I.getX())), I,
        "makeinterface of an interface value (use changeinterface)");
}

void Verifier::visitStringConvert(const StringConvert &I) {
  const Type *From = typeOf(I.getX()), *To = I.getType();
  bool Ok = false;
  switch (I.getConvKind()) {
  case StringConvKind::BytesToString:
    Ok = isByteSlice(From) && isString(To);
    break;
  case StringConvKind::RunesToString:
    Ok = isRuneSlice(From) && isString(To);
    break;
  case StringConvKind::StringToBytes:
    Ok = isString(From) && isByteSlice(To);
    break;
  case StringConvKind::StringToRunes:
    Ok = isString(From) && isRuneSlice(To);
    break;
  case StringConvKind::RuneToString:
    Ok = isInteger(From) && isString(To);
    break;
  }
  check(Ok, I, "operand and result types do not fit the string conversion");
}

void Verifier::visitConcat(const Concat &I) {
  check(I.getNumOperands() >= 2, I, "concat needs at least two operands");
  for (const Use &U : I.getParts())
    check(isString(typeOf(U.get())), I, "concat of a non-string operand");
}

void Verifier::checkCall(const CallInstr &I) {
  const Signature *Sig = I.getSignature();
  switch (I.getMode()) {
  case CallMode::Builtin:
    check(!llvm::isa<Call>(I), I,
          "builtin mode outside go/defer (use the builtin's instruction)");
    return;
  case CallMode::Static:
    check(I.getStaticCallee() != nullptr, I,
          "static call of a value that is not a function");
    break;
  case CallMode::Closure:
    check(llvm::isa<Signature>(under(typeOf(I.getCalleeValue()))), I,
          "closure call of a non-function value");
    break;
  case CallMode::Invoke:
    check(I.getMethod() != nullptr && isInterface(typeOf(I.getCalleeValue())),
          I, "invoke needs a method and an interface receiver");
    break;
  }
  if (!Sig) {
    check(false, I, "call without a signature");
    return;
  }
  llvm::SmallVector<const Type *, 8> Params;
  if (I.getMode() == CallMode::Static && Sig->getRecv())
    Params.push_back(Sig->getRecv()->getType());
  for (const Var *P : Sig->getParams()->getVars())
    Params.push_back(P->getType());
  llvm::ArrayRef<Use> Args = I.getArgs();
  if (Args.size() != Params.size()) {
    check(false, I,
          "call passes " + llvm::Twine(Args.size()) +
              " arguments but the signature has " + llvm::Twine(Params.size()) +
              " parameters");
    return;
  }
  for (unsigned A = 0; A != Args.size(); ++A)
    check(same(typeOf(Args[A].get()), Params[A]), I,
          "argument " + llvm::Twine(A) + " does not have the parameter's type");
}

void Verifier::visitCall(const Call &I) {
  checkCall(I);
  if (!I.getSignature())
    return;
  const Tuple *Rs = I.getSignature()->getResults();
  const Type *Want = Rs->size() == 0   ? nullptr
                     : Rs->size() == 1 ? Rs->getVars()[0]->getType()
                                       : Rs;
  check(Want ? same(I.getType(), Want) : !I.getType(), I,
        "call's type does not match the signature's results");
}

void Verifier::visitPhi(const Phi &I) {
  size_t Preds = I.getParent()->preds().size();
  if (I.getNumOperands() != Preds)
    check(false, I,
          "phi has " + llvm::Twine(I.getNumOperands()) +
              " edges but its block has " + llvm::Twine(Preds) +
              " predecessors");
  for (const Use &U : I.getEdges())
    check(same(typeOf(U.get()), I.getType()), I,
          "phi edge " + VN.ref(U.get()) + " does not have the phi's type");
}

void Verifier::visitBinOp(const BinOp &I) {
  if (I.getOp() == Operator::Shl || I.getOp() == Operator::Shr) {
    check(isInteger(typeOf(I.getX())) && isInteger(typeOf(I.getY())), I,
          "shift of non-integer operands");
    return;
  }
  check(same(typeOf(I.getX()), typeOf(I.getY())), I,
        "binary operands have different types");
}

void Verifier::visitUnOp(const UnOp &I) {
  switch (I.getOp()) {
  case Operator::Mul:
    check(as<Pointer>(I.getX()) != nullptr, I, "load from a non-pointer");
    return;
  case Operator::Recv:
    check(as<Chan>(I.getX()) != nullptr, I, "receive from a non-channel");
    return;
  case Operator::Not:
    check(isBoolean(typeOf(I.getX())), I, "! of a non-boolean");
    return;
  case Operator::Sub:
  case Operator::Xor:
  case Operator::Add:
    check(isNumeric(typeOf(I.getX())), I, "arithmetic on a non-number");
    return;
  case Operator::None:
  case Operator::Def:
  case Operator::Tilde:
  case Operator::OrOr:
  case Operator::AndAnd:
  case Operator::Eql:
  case Operator::Neq:
  case Operator::Lss:
  case Operator::Leq:
  case Operator::Gtr:
  case Operator::Geq:
  case Operator::Or:
  case Operator::Div:
  case Operator::Rem:
  case Operator::And:
  case Operator::AndNot:
  case Operator::Shl:
  case Operator::Shr:
    check(false, I, "not a unary operator");
    return;
  }
}

void Verifier::visitChangeType(const ChangeType &I) {
  const Type *From = under(typeOf(I.getX())), *To = under(I.getType());
  bool Ok = identicalIgnoreTags(From, To);
  auto *FP = llvm::dyn_cast<Pointer>(From), *TP = llvm::dyn_cast<Pointer>(To);
  if (!Ok && FP && TP)
    Ok = identicalIgnoreTags(under(FP->getElem()), under(TP->getElem()));
  auto *FC = llvm::dyn_cast<Chan>(From), *TC = llvm::dyn_cast<Chan>(To);
  if (!Ok && FC && TC)
    Ok = identical(FC->getElem(), TC->getElem());
  check(Ok, I, "changetype between different underlying types");
}

void Verifier::visitConvert(const Convert &I) {
  const Type *From = typeOf(I.getX()), *To = I.getType();
  bool Strings =
      (isString(From) && !isString(To)) || (isString(To) && !isString(From));
  check(!Strings, I, "string conversions are stringconv");
}

void Verifier::visitChangeInterface(const ChangeInterface &I) {
  check(isInterface(typeOf(I.getX())) && isInterface(I.getType()), I,
        "changeinterface between non-interface types");
}

void Verifier::visitSliceToArrayPointer(const SliceToArrayPointer &I) {
  auto *P = llvm::dyn_cast<Pointer>(under(I.getType()));
  check(as<goscape::Slice>(I.getX()) && P &&
            llvm::isa<Array>(under(P->getElem())),
        I, "slicetoarrayptr needs a slice and a pointer-to-array type");
}

void Verifier::visitSlice(const ir::Slice &I) {
  const Type *X = under(typeOf(I.getX()));
  bool Ok = isString(X) || llvm::isa<goscape::Slice>(X);
  if (auto *P = llvm::dyn_cast<Pointer>(X))
    Ok = llvm::isa<Array>(under(P->getElem()));
  check(Ok, I, "slice of a value that is not a string, slice or *array");
  check(!I.getMax() || !isString(X), I, "3-index slice of a string");
}

void Verifier::visitFieldAddr(const FieldAddr &I) {
  auto *P = as<Pointer>(I.getX());
  check(P && llvm::isa<Struct>(under(P->getElem())) && I.getField(), I,
        "fieldaddr needs a pointer to a struct and a field index in range");
}

void Verifier::visitField(const ir::Field &I) {
  check(I.getField() != nullptr, I,
        "field needs a struct and a field index in range");
}

void Verifier::visitIndexAddr(const IndexAddr &I) {
  bool Ok = as<goscape::Slice>(I.getX()) != nullptr;
  if (auto *P = as<Pointer>(I.getX()))
    Ok = llvm::isa<Array>(under(P->getElem()));
  check(Ok, I, "indexaddr needs a slice or a pointer to an array");
  check(isInteger(typeOf(I.getIndex())), I, "index is not an integer");
}

void Verifier::visitIndex(const Index &I) {
  check(as<Array>(I.getX()) != nullptr, I, "index of a non-array value");
  check(isInteger(typeOf(I.getIndex())), I, "index is not an integer");
}

void Verifier::visitLookup(const Lookup &I) {
  if (auto *M = as<Map>(I.getX())) {
    check(same(typeOf(I.getIndex()), M->getKey()), I,
          "map key does not have the key type");
    return;
  }
  check(isString(typeOf(I.getX())) && !I.isCommaOk(), I,
        "lookup needs a map or a string");
}

void Verifier::visitSelect(const Select &I) {
  for (unsigned S = 0; S != I.getStates().size(); ++S) {
    auto *C = as<Chan>(I.getChan(S));
    check(C != nullptr, I, "select on a non-channel");
    if (const Value *V = I.getSendValue(S); V && C)
      check(same(typeOf(V), C->getElem()), I,
            "sent value does not have the channel's element type");
  }
}

void Verifier::visitRange(const Range &I) {
  check(isString(typeOf(I.getX())) || as<Map>(I.getX()), I,
        "range instruction over a value that is not a string or map");
}

void Verifier::visitNext(const Next &I) {
  check(llvm::isa<Range>(I.getIter()), I, "next of a non-range operand");
}

void Verifier::visitTypeAssert(const TypeAssert &I) {
  check(isInterface(typeOf(I.getX())), I, "type assertion of a non-interface");
}

void Verifier::visitExtract(const Extract &I) {
  auto *T = llvm::dyn_cast_or_null<Tuple>(typeOf(I.getTuple()));
  check(T && I.getIndex() < T->size(), I,
        "extract needs a tuple and an index in range");
}

void Verifier::visitAppend(const Append &I) {
  auto *S = as<goscape::Slice>(I.getSlice());
  if (!S) {
    check(false, I, "append to a non-slice");
    return;
  }
  if (I.hasDots()) {
    const Value *Tail = I.getNumOperands() == 2 ? I.getOperand(1) : nullptr;
    check(Tail &&
              (same(under(typeOf(Tail)), under(typeOf(I.getSlice()))) ||
               (isByteSlice(typeOf(I.getSlice())) && isString(typeOf(Tail)))),
          I, "append(s, t...) needs one slice (or string) tail");
    return;
  }
  for (const Use &U : I.getElems())
    check(same(typeOf(U.get()), S->getElem()), I,
          "appended element does not have the element type");
}

void Verifier::visitCopy(const Copy &I) {
  check(as<goscape::Slice>(I.getDst()) &&
            (as<goscape::Slice>(I.getSrc()) || isString(typeOf(I.getSrc()))),
        I, "copy needs a slice destination and a slice or string source");
}

void Verifier::visitBuiltinCall(const BuiltinCall &I) {
  switch (I.getBuiltin()) {
  case BuiltinId::Len:
  case BuiltinId::Cap:
  case BuiltinId::Close:
  case BuiltinId::Print:
  case BuiltinId::Println:
  case BuiltinId::Recover:
  case BuiltinId::Add:
  case BuiltinId::Alignof:
  case BuiltinId::Offsetof:
  case BuiltinId::Sizeof:
  case BuiltinId::Slice:
    return;
  case BuiltinId::Append:
  case BuiltinId::Copy:
  case BuiltinId::Delete:
  case BuiltinId::Make:
  case BuiltinId::New:
  case BuiltinId::Panic:
  case BuiltinId::Complex:
  case BuiltinId::Imag:
  case BuiltinId::Real:
    check(false, I, "this builtin has its own instruction (or none)");
    return;
  }
}

void Verifier::visitStore(const Store &I) {
  auto *P = as<Pointer>(I.getAddr());
  check(P != nullptr, I, "store to a non-pointer");
  if (P)
    check(same(typeOf(I.getVal()), P->getElem()), I,
          "stored value does not have the pointed-to type");
}

void Verifier::visitMapUpdate(const MapUpdate &I) {
  auto *M = as<Map>(I.getMap());
  check(M && same(typeOf(I.getKey()), M->getKey()) &&
            same(typeOf(I.getVal()), M->getElem()),
        I, "mapupdate needs a map and its key and element types");
}

void Verifier::visitMapDelete(const MapDelete &I) {
  auto *M = as<Map>(I.getMap());
  check(M && same(typeOf(I.getKey()), M->getKey()), I,
        "mapdelete needs a map and its key type");
}

void Verifier::visitSend(const Send &I) {
  auto *C = as<Chan>(I.getChan());
  check(C && same(typeOf(I.getX()), C->getElem()), I,
        "send needs a channel and its element type");
}

void Verifier::visitIf(const If &I) {
  check(isBoolean(typeOf(I.getCond())), I, "if condition is not boolean");
}

void Verifier::visitReturn(const Return &I) {
  llvm::ArrayRef<Var *> Rs = F.getSignature()->getResults()->getVars();
  if (I.getNumOperands() != Rs.size()) {
    check(false, I,
          "returns " + llvm::Twine(I.getNumOperands()) +
              " values but the function has " + llvm::Twine(Rs.size()) +
              " results");
    return;
  }
  for (unsigned R = 0; R != Rs.size(); ++R)
    check(same(typeOf(I.getOperand(R)), Rs[R]->getType()), I,
          "result " + llvm::Twine(R) + " does not have the result type");
}

void Verifier::visitPanic(const Panic &I) {
  check(isInterface(typeOf(I.getX())), I, "panic of a non-interface value");
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

bool ir::verifyFunction(const Function &F, llvm::raw_ostream *OS) {
  return Verifier(F, OS).run();
}

bool ir::verifyModule(const Module &M, llvm::raw_ostream *OS) {
  bool Broken = false;
  for (const auto &F : M.functions()) {
    Broken |= verifyFunction(*F, OS);
    if (&F->getModule() != &M) {
      Broken = true;
      if (OS)
        *OS << "verifier: " << F->getName() << ": not owned by its module\n";
    }
  }
  return Broken;
}
