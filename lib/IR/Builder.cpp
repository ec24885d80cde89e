//===- Builder.cpp - Creating instructions --------------------------------===//
//
// Result types are derived from operand types as the Go spec says; shape
// errors are asserts (IRGen bugs), everything else is the Verifier's job.
//
//===----------------------------------------------------------------------===//

#include "goscape/IR/Builder.h"

#include "llvm/ADT/SmallVector.h"

using namespace goscape;
using namespace goscape::ir;

static const Type *under(const Value *V) {
  return V->getType()->getUnderlying();
}

const Tuple *IRBuilder::getTuple(llvm::ArrayRef<const Type *> Ts) {
  llvm::SmallVector<Var *, 4> Vars;
  for (const Type *T : Ts)
    Vars.push_back(
        Types.createObject<Var>(SourceLoc(), nullptr, "", T, VarRole::Result));
  return Types.getTuple(Vars);
}

template <typename T>
T *IRBuilder::terminate(T *I, llvm::ArrayRef<BasicBlock *> Succs) {
  llvm::ArrayRef<Instr *> Is = Block->instrs();
  assert((Is.size() < 2 || !llvm::isa<Terminator>(Is[Is.size() - 2])) &&
         "block already terminated");
  (void)Is;
  I->initSuccessors(F, Succs);
  for (BasicBlock *S : Succs)
    S->addPred(Block);
  return I;
}

//===----------------------------------------------------------------------===//
// Allocation sites
//===----------------------------------------------------------------------===//

Alloc *IRBuilder::createAlloc(Provenance P, AllocKind K, const Type *Elem,
                              Var *Obj) {
  assert((K == AllocKind::Var) == (Obj != nullptr) &&
         "exactly the variable allocs name a variable");
  return insert<Alloc>({}, P, Types.getPointer(Elem), K, Obj);
}

MakeSlice *IRBuilder::createMakeSlice(Provenance P, const Type *SliceTy,
                                      Value *Len, Value *Cap) {
  return insert<MakeSlice>({Len, Cap}, P, SliceTy);
}

MakeMap *IRBuilder::createMakeMap(Provenance P, const Type *MapTy,
                                  Value *Reserve) {
  if (Reserve)
    return insert<MakeMap>({Reserve}, P, MapTy);
  return insert<MakeMap>({}, P, MapTy);
}

MakeChan *IRBuilder::createMakeChan(Provenance P, const Type *ChanTy,
                                    Value *Size) {
  return insert<MakeChan>({Size}, P, ChanTy);
}

MakeClosure *IRBuilder::createMakeClosure(Provenance P, Function *Fn,
                                          llvm::ArrayRef<Value *> Bindings) {
  llvm::SmallVector<Value *, 4> Ops{Fn};
  Ops.append(Bindings.begin(), Bindings.end());
  return insert<MakeClosure>(Ops, P, Fn->getType());
}

BoundMethod *IRBuilder::createBoundMethod(Provenance P, Func *Method,
                                          Value *Recv, const Signature *Ty,
                                          bool IsInterface) {
  return insert<BoundMethod>({Recv}, P, Ty, Method, IsInterface);
}

MakeInterface *IRBuilder::createMakeInterface(Provenance P, const Type *IfaceTy,
                                              Value *X) {
  return insert<MakeInterface>({X}, P, IfaceTy);
}

StringConvert *IRBuilder::createStringConvert(Provenance P, StringConvKind K,
                                              const Type *To, Value *X) {
  return insert<StringConvert>({X}, P, To, K);
}

Concat *IRBuilder::createConcat(Provenance P, llvm::ArrayRef<Value *> Parts) {
  assert(Parts.size() >= 2 && "concat needs two operands");
  return insert<Concat>(Parts, P, Parts.front()->getType());
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

static llvm::SmallVector<Value *, 8> callOperands(const CallCommon &C) {
  llvm::SmallVector<Value *, 8> Ops;
  if (C.Mode != CallMode::Builtin)
    Ops.push_back(C.Callee);
  Ops.append(C.Args.begin(), C.Args.end());
  return Ops;
}

Call *IRBuilder::createCall(Provenance P, const CallCommon &C) {
  assert(C.Mode != CallMode::Builtin && "builtins are their own instructions");
  const Tuple *Results = C.Sig->getResults();
  const Type *Ty = nullptr;
  if (Results->size() == 1)
    Ty = Results->getVars()[0]->getType();
  else if (Results->size() > 1)
    Ty = Results;
  return insert<Call>(callOperands(C), P, Ty, C);
}

Go *IRBuilder::createGo(Provenance P, const CallCommon &C) {
  return insert<Go>(callOperands(C), P, C);
}

Defer *IRBuilder::createDefer(Provenance P, const CallCommon &C, bool InLoop) {
  return insert<Defer>(callOperands(C), P, C, InLoop);
}

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

Phi *IRBuilder::createPhi(Provenance P, const Type *Ty,
                          llvm::ArrayRef<Value *> Edges) {
  return insert<Phi>(Edges, P, Ty);
}

static bool isComparison(Operator Op) {
  return Op == Operator::Eql || Op == Operator::Neq || Op == Operator::Lss ||
         Op == Operator::Leq || Op == Operator::Gtr || Op == Operator::Geq;
}

BinOp *IRBuilder::createBinOp(Provenance P, Operator Op, Value *X, Value *Y) {
  const Type *Ty =
      isComparison(Op) ? Types.getBasic(BasicKind::Bool) : X->getType();
  return insert<BinOp>({X, Y}, P, Ty, Op);
}

UnOp *IRBuilder::createUnOp(Provenance P, Operator Op, Value *X, bool CommaOk) {
  const Type *Ty = X->getType();
  if (Op == Operator::Mul)
    Ty = llvm::cast<Pointer>(under(X))->getElem();
  if (Op == Operator::Recv) {
    Ty = llvm::cast<Chan>(under(X))->getElem();
    if (CommaOk)
      Ty = getTuple({Ty, Types.getBasic(BasicKind::Bool)});
  }
  assert((!CommaOk || Op == Operator::Recv) && "only receives are comma-ok");
  return insert<UnOp>({X}, P, Ty, Op, CommaOk);
}

ChangeType *IRBuilder::createChangeType(Provenance P, const Type *To,
                                        Value *X) {
  return insert<ChangeType>({X}, P, To);
}

Convert *IRBuilder::createConvert(Provenance P, const Type *To, Value *X) {
  return insert<Convert>({X}, P, To);
}

ChangeInterface *IRBuilder::createChangeInterface(Provenance P, const Type *To,
                                                  Value *X) {
  return insert<ChangeInterface>({X}, P, To);
}

SliceToArrayPointer *
IRBuilder::createSliceToArrayPointer(Provenance P, const Type *To, Value *X) {
  return insert<SliceToArrayPointer>({X}, P, To);
}

ir::Slice *IRBuilder::createSlice(Provenance P, Value *X, Value *Low,
                                  Value *High, Value *Max) {
  const Type *Ty = X->getType();
  if (auto *Ptr = llvm::dyn_cast<Pointer>(under(X)))
    Ty = Types.getSlice(
        llvm::cast<Array>(Ptr->getElem()->getUnderlying())->getElem());
  llvm::SmallVector<Value *, 4> Ops{X};
  for (Value *V : {Low, High, Max})
    if (V)
      Ops.push_back(V);
  return insert<ir::Slice>(Ops, P, Ty, Low != nullptr, High != nullptr,
                           Max != nullptr);
}

static const Type *fieldType(const Type *StructTy, unsigned I) {
  auto *S = llvm::cast<Struct>(StructTy->getUnderlying());
  assert(I < S->getFields().size() && "field index out of range");
  return S->getFields()[I]->getType();
}

FieldAddr *IRBuilder::createFieldAddr(Provenance P, Value *X,
                                      unsigned FieldIndex) {
  const Type *Elem = llvm::cast<Pointer>(under(X))->getElem();
  return insert<FieldAddr>(
      {X}, P, Types.getPointer(fieldType(Elem, FieldIndex)), FieldIndex);
}

ir::Field *IRBuilder::createField(Provenance P, Value *X, unsigned FieldIndex) {
  return insert<ir::Field>({X}, P, fieldType(X->getType(), FieldIndex),
                           FieldIndex);
}

IndexAddr *IRBuilder::createIndexAddr(Provenance P, Value *X, Value *Idx) {
  const Type *Elem;
  if (auto *S = llvm::dyn_cast<goscape::Slice>(under(X)))
    Elem = S->getElem();
  else
    Elem = llvm::cast<Array>(
               llvm::cast<Pointer>(under(X))->getElem()->getUnderlying())
               ->getElem();
  return insert<IndexAddr>({X, Idx}, P, Types.getPointer(Elem));
}

Index *IRBuilder::createIndex(Provenance P, Value *X, Value *Idx) {
  return insert<Index>({X, Idx}, P, llvm::cast<Array>(under(X))->getElem());
}

Lookup *IRBuilder::createLookup(Provenance P, Value *X, Value *Idx,
                                bool CommaOk) {
  const Type *Ty;
  if (auto *M = llvm::dyn_cast<Map>(under(X))) {
    Ty = M->getElem();
    if (CommaOk)
      Ty = getTuple({Ty, Types.getBasic(BasicKind::Bool)});
  } else {
    assert(!CommaOk && "comma-ok lookup of a string");
    Ty = Types.getByte();
  }
  return insert<Lookup>({X, Idx}, P, Ty, CommaOk);
}

Select *IRBuilder::createSelect(Provenance P, llvm::ArrayRef<SelectCase> Cases,
                                bool Blocking) {
  llvm::SmallVector<const Type *, 8> Results{Types.getBasic(BasicKind::Int),
                                             Types.getBasic(BasicKind::Bool)};
  llvm::SmallVector<Value *, 8> Ops;
  llvm::SmallVector<SelectState, 4> States;
  for (const SelectCase &C : Cases) {
    SelectState S{C.Send ? ChanDirection::SendOnly : ChanDirection::RecvOnly,
                  C.P.Loc, C.P.N, unsigned(Ops.size())};
    States.push_back(S);
    Ops.push_back(C.Chan);
    if (C.Send)
      Ops.push_back(C.Send);
    else
      Results.push_back(llvm::cast<Chan>(under(C.Chan))->getElem());
  }
  Select *I = insert<Select>(Ops, P, getTuple(Results), Blocking);
  I->setStates(States, F.getArena());
  return I;
}

Range *IRBuilder::createRange(Provenance P, Value *X) {
  return insert<Range>({X}, P);
}

Next *IRBuilder::createNext(Provenance P, Range *Iter) {
  const Type *X = under(Iter->getX());
  const Type *Bool = Types.getBasic(BasicKind::Bool);
  if (auto *M = llvm::dyn_cast<Map>(X))
    return insert<Next>({Iter}, P, getTuple({Bool, M->getKey(), M->getElem()}),
                        false);
  return insert<Next>(
      {Iter}, P,
      getTuple({Bool, Types.getBasic(BasicKind::Int), Types.getRune()}), true);
}

TypeAssert *IRBuilder::createTypeAssert(Provenance P, Value *X,
                                        const Type *Asserted, bool CommaOk) {
  const Type *Ty = Asserted;
  if (CommaOk)
    Ty = getTuple({Asserted, Types.getBasic(BasicKind::Bool)});
  return insert<TypeAssert>({X}, P, Ty, Asserted, CommaOk);
}

Extract *IRBuilder::createExtract(Provenance P, Value *Tup, unsigned Index) {
  auto *T = llvm::cast<Tuple>(Tup->getType());
  assert(Index < T->size() && "extract index out of range");
  return insert<Extract>({Tup}, P, T->getVars()[Index]->getType(), Index);
}

Append *IRBuilder::createAppend(Provenance P, Value *S,
                                llvm::ArrayRef<Value *> Elems, bool HasDots) {
  assert((!HasDots || Elems.size() == 1) && "append(s, t...) has one tail");
  llvm::SmallVector<Value *, 4> Ops{S};
  Ops.append(Elems.begin(), Elems.end());
  return insert<Append>(Ops, P, S->getType(), HasDots);
}

Copy *IRBuilder::createCopy(Provenance P, Value *Dst, Value *Src) {
  return insert<Copy>({Dst, Src}, P, Types.getBasic(BasicKind::Int));
}

BuiltinCall *IRBuilder::createBuiltinCall(Provenance P, BuiltinId Id,
                                          const Type *Ty,
                                          llvm::ArrayRef<Value *> Args) {
  return insert<BuiltinCall>(Args, P, Ty, Id);
}

//===----------------------------------------------------------------------===//
// Effects and terminators
//===----------------------------------------------------------------------===//

Store *IRBuilder::createStore(Provenance P, Value *Addr, Value *Val) {
  return insert<Store>({Addr, Val}, P);
}

MapUpdate *IRBuilder::createMapUpdate(Provenance P, Value *Map, Value *Key,
                                      Value *Val) {
  return insert<MapUpdate>({Map, Key, Val}, P);
}

MapDelete *IRBuilder::createMapDelete(Provenance P, Value *Map, Value *Key) {
  return insert<MapDelete>({Map, Key}, P);
}

Send *IRBuilder::createSend(Provenance P, Value *Chan, Value *X) {
  return insert<Send>({Chan, X}, P);
}

RunDefers *IRBuilder::createRunDefers(Provenance P) {
  return insert<RunDefers>({}, P);
}

DebugRef *IRBuilder::createDebugRef(Provenance P, Value *X, bool IsAddr) {
  return insert<DebugRef>({X}, P, IsAddr);
}

Jump *IRBuilder::createJump(Provenance P, BasicBlock *Target) {
  return terminate(insert<Jump>({}, P), {Target});
}

If *IRBuilder::createIf(Provenance P, Value *Cond, BasicBlock *Then,
                        BasicBlock *Else) {
  return terminate(insert<If>({Cond}, P), {Then, Else});
}

Return *IRBuilder::createReturn(Provenance P, llvm::ArrayRef<Value *> Results) {
  return terminate(insert<Return>(Results, P), {});
}

Panic *IRBuilder::createPanic(Provenance P, Value *X) {
  return terminate(insert<Panic>({X}, P), {});
}
