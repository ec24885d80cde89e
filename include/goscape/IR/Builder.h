//===- Builder.h - Creating instructions ------------------------*- C++ -*-===//
//
// IRBuilder appends instructions at the end of its insertion block. Every
// create* method takes the instruction's Provenance first (gc's position
// and the AST node; Provenance::synthetic() for instructions the source
// does not spell) and the operands and types the instruction's comment in
// Instructions.h describes. Result types that are Tuples (multi-value
// calls, comma-ok forms, Select, Next) are built here from the
// TypeContext. Terminators also record the block as a predecessor of their
// successors, so phi edges line up with BasicBlock::preds().
//
// The builder checks shapes with asserts (programming errors); the
// Verifier checks everything else.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_IR_BUILDER_H
#define GOSCAPE_IR_BUILDER_H

#include "goscape/IR/Function.h"

namespace goscape {
namespace ir {

class IRBuilder {
public:
  IRBuilder(Function &F, TypeContext &Types) : F(F), Types(Types) {}

  Function &getFunction() const { return F; }
  TypeContext &getTypes() const { return Types; }
  void setInsertPoint(BasicBlock *BB) {
    assert(BB->getParent() == &F && "block of another function");
    Block = BB;
  }
  BasicBlock *getInsertBlock() const { return Block; }
  /// While valid, every instruction created is part of a body inlined at
  /// this call position (Instr::setInlinedAt).
  void setInlineLoc(SourceLoc L) { InlineLoc = L; }
  SourceLoc getInlineLoc() const { return InlineLoc; }

  /// A constant operand (not inserted anywhere); C null is the zero value.
  Const *getConst(const Constant *C, const Type *Ty) {
    return F.createConst(C, Ty);
  }
  /// The Tuple (Ts...) of unnamed variables, for multi-value results.
  const Tuple *getTuple(llvm::ArrayRef<const Type *> Ts);

  // Allocation sites.
  Alloc *createAlloc(Provenance P, AllocKind K, const Type *Elem,
                     Var *Obj = nullptr);
  MakeSlice *createMakeSlice(Provenance P, const Type *SliceTy, Value *Len,
                             Value *Cap);
  MakeMap *createMakeMap(Provenance P, const Type *MapTy,
                         Value *Reserve = nullptr);
  MakeChan *createMakeChan(Provenance P, const Type *ChanTy, Value *Size);
  MakeClosure *createMakeClosure(Provenance P, Function *Fn,
                                 llvm::ArrayRef<Value *> Bindings);
  BoundMethod *createBoundMethod(Provenance P, Func *Method, Value *Recv,
                                 const Signature *Ty, bool IsInterface);
  MakeInterface *createMakeInterface(Provenance P, const Type *IfaceTy,
                                     Value *X);
  StringConvert *createStringConvert(Provenance P, StringConvKind K,
                                     const Type *To, Value *X);
  Concat *createConcat(Provenance P, llvm::ArrayRef<Value *> Parts);

  // Calls.
  /// The result type follows the signature: none, one, or a Tuple.
  Call *createCall(Provenance P, const CallCommon &C);
  Go *createGo(Provenance P, const CallCommon &C);
  Defer *createDefer(Provenance P, const CallCommon &C, bool InLoop);

  // Values.
  /// A phi with Edges in the order of the insertion block's predecessors.
  /// Edges may be null (a back edge not built yet) and set later with
  /// setOperand; the verifier checks that there is one per predecessor.
  Phi *createPhi(Provenance P, const Type *Ty, llvm::ArrayRef<Value *> Edges);
  BinOp *createBinOp(Provenance P, Operator Op, Value *X, Value *Y);
  UnOp *createUnOp(Provenance P, Operator Op, Value *X, bool CommaOk = false);
  /// Shorthand for the load `*Addr`.
  UnOp *createLoad(Provenance P, Value *Addr) {
    return createUnOp(P, Operator::Mul, Addr);
  }
  ChangeType *createChangeType(Provenance P, const Type *To, Value *X);
  Convert *createConvert(Provenance P, const Type *To, Value *X);
  ChangeInterface *createChangeInterface(Provenance P, const Type *To,
                                         Value *X);
  SliceToArrayPointer *createSliceToArrayPointer(Provenance P, const Type *To,
                                                 Value *X);
  Slice *createSlice(Provenance P, Value *X, Value *Low, Value *High,
                     Value *Max);
  FieldAddr *createFieldAddr(Provenance P, Value *X, unsigned FieldIndex);
  Field *createField(Provenance P, Value *X, unsigned FieldIndex);
  IndexAddr *createIndexAddr(Provenance P, Value *X, Value *Idx);
  Index *createIndex(Provenance P, Value *X, Value *Idx);
  Lookup *createLookup(Provenance P, Value *X, Value *Idx, bool CommaOk);
  /// One communication for createSelect: Send is null for a receive.
  struct SelectCase {
    Value *Chan;
    Value *Send;
    Provenance P;
  };
  Select *createSelect(Provenance P, llvm::ArrayRef<SelectCase> Cases,
                       bool Blocking);
  Range *createRange(Provenance P, Value *X);
  Next *createNext(Provenance P, Range *Iter);
  TypeAssert *createTypeAssert(Provenance P, Value *X, const Type *Asserted,
                               bool CommaOk);
  Extract *createExtract(Provenance P, Value *Tuple, unsigned Index);
  Append *createAppend(Provenance P, Value *S, llvm::ArrayRef<Value *> Elems,
                       bool HasDots);
  Copy *createCopy(Provenance P, Value *Dst, Value *Src);
  /// Ty is the result type, or null for close/print/println.
  BuiltinCall *createBuiltinCall(Provenance P, BuiltinId Id, const Type *Ty,
                                 llvm::ArrayRef<Value *> Args);

  // Effects.
  Store *createStore(Provenance P, Value *Addr, Value *Val);
  MapUpdate *createMapUpdate(Provenance P, Value *Map, Value *Key, Value *Val);
  MapDelete *createMapDelete(Provenance P, Value *Map, Value *Key);
  Send *createSend(Provenance P, Value *Chan, Value *X);
  RunDefers *createRunDefers(Provenance P);
  DebugRef *createDebugRef(Provenance P, Value *X, bool IsAddr);

  // Terminators.
  Jump *createJump(Provenance P, BasicBlock *Target);
  If *createIf(Provenance P, Value *Cond, BasicBlock *Then, BasicBlock *Else);
  Return *createReturn(Provenance P, llvm::ArrayRef<Value *> Results);
  Panic *createPanic(Provenance P, Value *X);

private:
  template <typename T, typename... As>
  T *insert(llvm::ArrayRef<Value *> Ops, As &&...Args) {
    assert(Block && "no insertion point");
    T *I = F.create<T>(std::forward<As>(Args)...);
    I->initOperands(F, Ops);
    if (InlineLoc.isValid())
      I->setInlinedAt(InlineLoc);
    Block->push_back(I);
    return I;
  }
  template <typename T> T *terminate(T *I, llvm::ArrayRef<BasicBlock *> Succs);

  Function &F;
  TypeContext &Types;
  BasicBlock *Block = nullptr;
  SourceLoc InlineLoc;
};

} // namespace ir
} // namespace goscape

#endif
