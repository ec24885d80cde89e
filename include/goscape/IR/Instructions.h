//===- Instructions.h - SSA instructions ------------------------*- C++ -*-===//
//
// The instruction set, one class per GS_INSTR of Instrs.def, documented
// like go/ssa's: what it computes, its operands, how it fails at run time,
// which token pos() (getLoc()) names, what getNode() is, and its printed
// form. Create instructions through IRBuilder (Builder.h).
//
// Memory form. Go variables that may be addressed or captured are Allocs
// (locations, as in gc's escape analysis); loads are UnOp `*` and stores
// are Store. Other locals are SSA values (phis where control merges).
//
// Allocation sites. Every instruction that may allocate in gc derives from
// AllocationSite and carries one AllocDecision (stack or heap), initially
// Undecided, set by escape analysis and read by code generation:
//
//   Alloc          variables, new(T), &T{} and composite literal storage,
//                  the backing array of the implicit `...` slice
//   MakeSlice      make([]T, n, m)
//   MakeMap        make(map[K]V), map literals
//   MakeChan       make(chan T, n)
//   MakeClosure    function literals that capture variables
//   BoundMethod    method values x.M
//   MakeInterface  conversion of a non-interface value to an interface
//   StringConvert  string <-> []byte, []rune, and string(rune)
//   Concat         string concatenation a + b + ...
//
// Append is not an allocation site: gc's growslice always allocates on the
// heap, and escape analysis only follows the flows append creates.
//
// Printed forms name values `%tN` (numbered per function in block order),
// parameters and free variables `%name`, functions and globals `@name`,
// constants inline as `value:type`. Each line ends with `; line:col`,
// `synthetic` when the source does not spell the instruction, and the
// decision of an allocation site.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_IR_INSTRUCTIONS_H
#define GOSCAPE_IR_INSTRUCTIONS_H

#include "goscape/IR/Value.h"

namespace goscape {
namespace ir {

#define GS_IR_LEAF(K)                                                          \
  static bool classof(const Value *V) { return V->getKind() == ValueKind::K; }
#define GS_IR_RANGE(C)                                                         \
  static bool classof(const Value *V) { return isKindOf<C>(V->getKind()); }

/// Base of all instructions. An instruction belongs to one BasicBlock and
/// defines a value when definesValue() (then it is numbered `%tN`).
class Instr : public Value {
public:
  BasicBlock *getParent() const { return Parent; }
  /// The function of the instruction's block (null while detached).
  Function *getFunction() const;

  /// gc's position of the construct (see each class).
  SourceLoc getLoc() const { return Loc; }
  /// The AST node the instruction models (see each class); may be null
  /// for synthetic instructions.
  const Node *getNode() const { return N; }
  bool isSynthetic() const { return Synthetic; }
  /// True when the instruction comes from the body of an inlined call:
  /// getLoc() is then the outermost inlined call's position, where gc
  /// reports everything of an inlined body.
  bool isInlined() const { return Inlined; }
  /// Marks the instruction as part of an inlined body at Call.
  void setInlinedAt(SourceLoc Call) {
    Loc = Call;
    Inlined = true;
  }
  Provenance getProvenance() const { return {Loc, N, Synthetic}; }

  /// True when the instruction defines a value other instructions can use.
  bool definesValue() const { return Defines; }

  unsigned getNumOperands() const { return NumOps; }
  Value *getOperand(unsigned I) const {
    assert(I < NumOps && "operand index out of range");
    return Ops[I].get();
  }
  void setOperand(unsigned I, Value *V) {
    assert(I < NumOps && "operand index out of range");
    Ops[I].set(V);
  }
  llvm::ArrayRef<Use> operands() const { return {Ops, NumOps}; }
  /// Allocates the operand slots in F's arena and fills them; called once,
  /// by IRBuilder, right after creation.
  void initOperands(Function &F, llvm::ArrayRef<Value *> Vs);
  /// Empties every operand slot (before the instruction is discarded).
  void dropAllReferences();
  /// Removes operand slot I, shifting the later operands down by one (a
  /// phi losing the edge of a removed predecessor).
  void removeOperand(unsigned I);

  GS_IR_RANGE(Instr)

protected:
  Instr(ValueKind K, const Type *Ty, Provenance P, bool Defines)
      : Value(K, Ty), N(P.N), Loc(P.Loc), Synthetic(P.Synthetic),
        Defines(Defines) {}
  llvm::ArrayRef<Use> operandsFrom(unsigned I) const {
    return operands().drop_front(I);
  }

private:
  friend class BasicBlock;
  BasicBlock *Parent = nullptr;
  const Node *N;
  Use *Ops = nullptr;
  SourceLoc Loc;
  unsigned NumOps = 0;
  bool Synthetic;
  bool Defines;
  bool Inlined = false;
};

//===----------------------------------------------------------------------===//
// Allocation sites
//===----------------------------------------------------------------------===//

/// Where an allocation site's memory lives. Escape analysis moves sites
/// from Undecided to Stack or Heap; code generation requires a decision.
enum class AllocDecision : uint8_t { Undecided, Stack, Heap };
llvm::StringRef getAllocDecisionName(AllocDecision D);

/// Base of every instruction that may allocate (see the file comment).
/// getDecision() is the stack-or-heap decision; getExplanation() is the id
/// of escape analysis' explanation of it (0: none recorded), which the
/// -m -m reporter resolves in its own tables.
class AllocationSite : public Instr {
public:
  AllocDecision getDecision() const { return Decision; }
  void setDecision(AllocDecision D) { Decision = D; }
  uint32_t getExplanation() const { return Explanation; }
  void setExplanation(uint32_t Id) { Explanation = Id; }
  GS_IR_RANGE(AllocationSite)

protected:
  using Instr::Instr;

private:
  uint32_t Explanation = 0;
  AllocDecision Decision = AllocDecision::Undecided;
};

/// What an Alloc allocates.
enum class AllocKind : uint8_t {
  Var,          ///< a local variable, parameter or named result
  New,          ///< new(T)
  CompositeLit, ///< &T{...}, or the storage of a slice/array/struct literal
  Varargs,      ///< the backing array of a variadic call's implicit slice
  Temp,         ///< a compiler temporary (e.g. an addressable copy)
};
llvm::StringRef getAllocKindName(AllocKind K);

/// Alloc yields the address of a new zeroed variable of type
/// getAllocatedType(); the value's type is *T. For AllocKind::Var the Alloc
/// is the variable (gc's location): getVar() is its Object and getNode()
/// its declaring node (the Name, or the parameter's Field), getLoc() the
/// name's position, where gc reports `moved to heap: x`. For New,
/// getNode() is the `new` CallExpr and getLoc() its `(`; for CompositeLit
/// the CompositeLit (`{`), or the `&` Operation for &T{} (getLoc() the
/// `&`); for Varargs the CallExpr (`(`), whose `...` argument gc reports.
/// Never fails.
///
/// Printed: %t0 = alloc.var int (x)      ; 3:2 undecided
///          %t1 = alloc.new [4]byte      ; 4:9 stack
class Alloc : public AllocationSite {
public:
  Alloc(Provenance P, const Type *PtrTy, AllocKind K, Var *Obj)
      : AllocationSite(ValueKind::Alloc, PtrTy, P, true), Obj(Obj), AK(K) {}
  AllocKind getAllocKind() const { return AK; }
  /// The variable for AllocKind::Var; null otherwise.
  Var *getVar() const { return Obj; }
  /// T, for the value's type *T.
  const Type *getAllocatedType() const;
  GS_IR_LEAF(Alloc)

private:
  Var *Obj;
  AllocKind AK;
};

/// MakeSlice yields a slice of type getType() with length Len over a new
/// zeroed array of capacity Cap (both ints; IRGen passes Len twice for
/// make([]T, n)). Panics if Len < 0, Cap < Len, or the size overflows.
/// getNode(): the `make` CallExpr; getLoc(): its `(`.
///
/// Printed: %t3 = makeslice []int %t1, %t2    ; 7:11 stack
class MakeSlice : public AllocationSite {
public:
  MakeSlice(Provenance P, const Type *SliceTy)
      : AllocationSite(ValueKind::MakeSlice, SliceTy, P, true) {}
  Value *getLen() const { return getOperand(0); }
  Value *getCap() const { return getOperand(1); }
  GS_IR_LEAF(MakeSlice)
};

/// MakeMap yields a new empty map of type getType(); Reserve, when
/// present, is the size hint. Never fails. getNode(): the `make` CallExpr
/// (`(`) or the map CompositeLit (`{`).
///
/// Printed: %t2 = makemap map[string]int %t1  ; 5:10 undecided
class MakeMap : public AllocationSite {
public:
  MakeMap(Provenance P, const Type *MapTy)
      : AllocationSite(ValueKind::MakeMap, MapTy, P, true) {}
  /// The size hint, or null.
  Value *getReserve() const {
    return getNumOperands() ? getOperand(0) : nullptr;
  }
  GS_IR_LEAF(MakeMap)
};

/// MakeChan yields a new channel of type getType() with buffer capacity
/// Size (an int). Panics if Size < 0. getNode(): the `make` CallExpr;
/// getLoc(): its `(`.
///
/// Printed: %t1 = makechan chan int 0:int   ; 4:11 heap
class MakeChan : public AllocationSite {
public:
  MakeChan(Provenance P, const Type *ChanTy)
      : AllocationSite(ValueKind::MakeChan, ChanTy, P, true) {}
  Value *getSize() const { return getOperand(0); }
  GS_IR_LEAF(MakeChan)
};

/// MakeClosure yields a closure of the anonymous function Fn (operand 0,
/// whose signature is the value's type) binding its free variables:
/// Bindings[i] is the value of Fn's FreeVar i, the address (*T) of the
/// captured variable's Alloc or of an enclosing function's FreeVar. The
/// allocated object is the closure record; how each variable is held is
/// the FreeVar's CaptureMode. A function literal that captures nothing is
/// the Function value itself, not a MakeClosure. Never fails. getNode():
/// the FuncLit; getLoc(): its `func`.
///
/// Printed: %t4 = makeclosure @main$1 [%t0, %t2]   ; 6:7 stack
class MakeClosure : public AllocationSite {
public:
  MakeClosure(Provenance P, const Type *SigTy)
      : AllocationSite(ValueKind::MakeClosure, SigTy, P, true) {}
  Function *getFn() const;
  llvm::ArrayRef<Use> getBindings() const { return operandsFrom(1); }
  GS_IR_LEAF(MakeClosure)
};

/// BoundMethod yields the method value Recv.M: a closure (the allocated
/// object) holding a copy of Recv that calls Method with it. When
/// isInterface(), Recv is an interface and the call dispatches
/// dynamically; otherwise Method is the concrete method and Recv has its
/// receiver type. The value's type is Method's signature without the
/// receiver. Panics if Recv is a nil interface (or a nil pointer when the
/// method needs the pointed-to value). getNode(): the SelectorExpr;
/// getLoc(): its `.`.
///
/// Printed: %t2 = boundmethod (*T).M %t1   ; 9:7 undecided
class BoundMethod : public AllocationSite {
public:
  BoundMethod(Provenance P, const Type *SigTy, Func *Method, bool Iface)
      : AllocationSite(ValueKind::BoundMethod, SigTy, P, true), Method(Method),
        Iface(Iface) {}
  Func *getMethod() const { return Method; }
  bool isInterface() const { return Iface; }
  Value *getRecv() const { return getOperand(0); }
  GS_IR_LEAF(BoundMethod)

private:
  Func *Method;
  bool Iface;
};

/// MakeInterface converts X, of a non-interface type, to the interface
/// type getType(), boxing X (the allocation, which gc avoids for constants
/// and zero-sized or pointer-shaped values). Never fails. getNode(): the
/// expression converted (a conversion's CallExpr, an assigned or passed
/// argument); getLoc(): gc's position of that expression.
///
/// Printed: %t3 = makeinterface interface{} <- int %t2   ; 8:14 heap
class MakeInterface : public AllocationSite {
public:
  MakeInterface(Provenance P, const Type *IfaceTy)
      : AllocationSite(ValueKind::MakeInterface, IfaceTy, P, true) {}
  Value *getX() const { return getOperand(0); }
  GS_IR_LEAF(MakeInterface)
};

/// The conversions a StringConvert performs.
enum class StringConvKind : uint8_t {
  BytesToString, ///< string(b []byte)
  RunesToString, ///< string(r []rune)
  StringToBytes, ///< []byte(s)
  StringToRunes, ///< []rune(s)
  RuneToString,  ///< string(r rune) (any integer type)
};
llvm::StringRef getStringConvKindName(StringConvKind K);

/// StringConvert converts X as getConvKind() says, copying into a new
/// buffer (a small non-escaping result uses a stack buffer in gc). Types
/// may be named types with those underlying types. Never fails.
/// getNode(): the conversion CallExpr; getLoc(): its `(`.
///
/// Printed: %t2 = stringconv []byte <- string %t1    ; 4:12 stack
class StringConvert : public AllocationSite {
public:
  StringConvert(Provenance P, const Type *To, StringConvKind K)
      : AllocationSite(ValueKind::StringConvert, To, P, true), CK(K) {}
  StringConvKind getConvKind() const { return CK; }
  Value *getX() const { return getOperand(0); }
  GS_IR_LEAF(StringConvert)

private:
  StringConvKind CK;
};

/// Concat yields the concatenation of its two or more string operands
/// (gc's OADDSTR: `a + b + c` is one Concat). Never fails. getNode(): the
/// outermost `+` Operation (or the `+=` AssignStmt); getLoc(): its
/// operator.
///
/// Printed: %t3 = concat %t1, "x":string, %t2    ; 5:9 undecided
class Concat : public AllocationSite {
public:
  Concat(Provenance P, const Type *StrTy)
      : AllocationSite(ValueKind::Concat, StrTy, P, true) {}
  llvm::ArrayRef<Use> getParts() const { return operands(); }
  GS_IR_LEAF(Concat)
};

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

/// How a call names its callee (go/ssa's CallCommon modes).
enum class CallMode : uint8_t {
  /// A known Function (a declared function or method with the receiver as
  /// argument 0, a closure body, or an external modelled library function
  /// with no blocks). Operand 0 is the Function.
  Static,
  /// A func value (a closure, a method value, a func-typed variable).
  /// Operand 0 is the value.
  Closure,
  /// Dynamic dispatch of interface method getMethod() on the interface
  /// value in operand 0.
  Invoke,
  /// A builtin, only under Go and Defer (`defer close(ch)`); a builtin
  /// called directly is its own instruction. No callee operand.
  Builtin,
};
llvm::StringRef getCallModeName(CallMode M);

/// A description of a call for IRBuilder: mode, callee and arguments.
struct CallCommon {
  CallMode Mode = CallMode::Static;
  Value *Callee = nullptr; ///< Function, func value or interface receiver.
  Func *Method = nullptr;  ///< Invoke only.
  BuiltinId Builtin = BuiltinId::Print; ///< Builtin only.
  const Signature *Sig = nullptr;       ///< Null for Builtin.
  llvm::ArrayRef<Value *> Args;

  static CallCommon staticCall(Function *F, llvm::ArrayRef<Value *> Args);
  static CallCommon closureCall(Value *Fn, llvm::ArrayRef<Value *> Args);
  static CallCommon invoke(Value *Recv, Func *Method,
                           llvm::ArrayRef<Value *> Args);
  static CallCommon builtin(BuiltinId Id, llvm::ArrayRef<Value *> Args);
};

/// Base of Call, Go and Defer: a call in one of the CallModes. Arguments
/// are fully evaluated and converted to the parameter types; a variadic
/// callee receives its `...` parameter as one slice argument (for implicit
/// `f(a, b)` IRGen builds it from an Alloc of kind Varargs).
class CallInstr : public Instr {
public:
  CallMode getMode() const { return Mode; }
  /// The callee's signature (for Invoke, the interface method's; for a
  /// static method call, including the receiver). Null for Builtin.
  const Signature *getSignature() const { return Sig; }
  /// Static mode: the callee.
  Function *getStaticCallee() const;
  /// Closure mode: the func value; Invoke mode: the interface receiver.
  Value *getCalleeValue() const {
    assert(Mode != CallMode::Builtin && "builtin call has no callee value");
    return getOperand(0);
  }
  /// Invoke mode: the interface method called.
  Func *getMethod() const { return Method; }
  /// Builtin mode: which builtin.
  BuiltinId getBuiltin() const { return Builtin; }
  llvm::ArrayRef<Use> getArgs() const {
    return operandsFrom(Mode == CallMode::Builtin ? 0 : 1);
  }
  /// gc inlines this call, which goscape makes as a call (a library
  /// function, a callee with several results): gc's messages name its
  /// results as the inlined result variables.
  bool isGcInlined() const { return GcInlined; }
  void setGcInlined() { GcInlined = true; }
  GS_IR_RANGE(CallInstr)

protected:
  CallInstr(ValueKind K, const Type *Ty, Provenance P, bool Defines,
            const CallCommon &C)
      : Instr(K, Ty, P, Defines), Sig(C.Sig), Method(C.Method), Mode(C.Mode),
        Builtin(C.Builtin) {}

private:
  const Signature *Sig;
  Func *Method;
  bool GcInlined = false;
  CallMode Mode;
  BuiltinId Builtin;
};

/// Call calls a function and yields its result: nothing (no value) for
/// none, the result for one, a Tuple for several (take them apart with
/// Extract). Fails as the callee fails; Closure and Invoke panic on a nil
/// func value or interface. getNode(): the CallExpr; getLoc(): its `(`.
///
/// Printed: %t4 = call @f(%t1, 2:int)      ; 7:3
///          %t5 = call %t3(%t1)            ; 8:3
///          %t6 = invoke %t2.String()      ; 9:14
class Call : public CallInstr {
public:
  Call(Provenance P, const Type *ResultTy, const CallCommon &C)
      : CallInstr(ValueKind::Call, ResultTy, P, ResultTy != nullptr, C) {}
  GS_IR_LEAF(Call)
};

/// Go starts a goroutine running the call (arguments evaluated now). Not
/// a value. Panics like Call, in the caller, for nil callees. getNode():
/// the `go` CallStmt; getLoc(): the `go` keyword.
///
/// Printed: go call @worker(%t1)        ; 12:2
class Go : public CallInstr {
public:
  Go(Provenance P, const CallCommon &C)
      : CallInstr(ValueKind::Go, nullptr, P, false, C) {}
  GS_IR_LEAF(Go)
};

/// Defer pushes the call (arguments evaluated now) on the function's defer
/// stack; RunDefers runs it. isInLoop() records that the statement is in a
/// loop (gc heap-allocates the defer record then, and treats the deferred
/// closure's arguments as escaping; a top-level defer is open-coded). Not
/// a value. getNode(): the `defer` CallStmt; getLoc(): `defer`.
///
/// Printed: defer call %t2()            ; 5:3 inloop
class Defer : public CallInstr {
public:
  Defer(Provenance P, const CallCommon &C, bool InLoop)
      : CallInstr(ValueKind::Defer, nullptr, P, false, C), InLoop(InLoop) {}
  bool isInLoop() const { return InLoop; }
  GS_IR_LEAF(Defer)

private:
  bool InLoop;
};

//===----------------------------------------------------------------------===//
// Other value instructions
//===----------------------------------------------------------------------===//

/// Phi yields Edges[i] when control arrives from the block's predecessor
/// i; edges are in the order of BasicBlock::preds(). Phis come first in
/// their block. Synthetic unless IRGen ties it to a variable; getNode() may
/// name the variable's declaration.
///
/// Printed: %t3 = phi int [0: 0:int, 2: %t5]    ; synthetic
class Phi : public Instr {
public:
  Phi(Provenance P, const Type *Ty) : Instr(ValueKind::Phi, Ty, P, true) {}
  llvm::ArrayRef<Use> getEdges() const { return operands(); }
  GS_IR_LEAF(Phi)
};

/// BinOp yields X Op Y for an arithmetic, bitwise, shift or comparison
/// operator (not && and ||, which are control flow, and not string `+`,
/// which is Concat). Operands have identical types except for shifts (Y
/// any integer type) and comparisons (the result is a boolean). Panics on
/// integer division by zero and negative shift counts. getNode(): the
/// Operation (or an `op=` / `++` AssignStmt); getLoc(): the operator.
///
/// Printed: %t3 = %t1 + %t2              ; 4:8
class BinOp : public Instr {
public:
  BinOp(Provenance P, const Type *Ty, Operator Op)
      : Instr(ValueKind::BinOp, Ty, P, true), Op(Op) {}
  Operator getOp() const { return Op; }
  Value *getX() const { return getOperand(0); }
  Value *getY() const { return getOperand(1); }
  GS_IR_LEAF(BinOp)

private:
  Operator Op;
};

/// UnOp yields Op X: Sub (negation), Not, Xor (complement), Mul (the load
/// `*X` of a pointer, panics on nil) or Recv (`<-X`, blocks; with
/// isCommaOk() yields the Tuple (value, ok bool)). getNode(): the
/// Operation; getLoc(): the operator (for a load of a variable IRGen
/// inserts, synthetic at the variable's use).
///
/// Printed: %t2 = *%t1    %t3 = <-%t0,ok    %t4 = -%t2
class UnOp : public Instr {
public:
  UnOp(Provenance P, const Type *Ty, Operator Op, bool CommaOk)
      : Instr(ValueKind::UnOp, Ty, P, true), Op(Op), CommaOk(CommaOk) {}
  Operator getOp() const { return Op; }
  bool isCommaOk() const { return CommaOk; }
  Value *getX() const { return getOperand(0); }
  GS_IR_LEAF(UnOp)

private:
  Operator Op;
  bool CommaOk;
};

/// ChangeType converts X between types with identical underlying types
/// (ignoring tags), e.g. a named type and its underlying type, between
/// pointer types whose base types have identical underlying types
/// (`(*T)(p)`), or between channel types that differ only in direction.
/// A no-op; never fails. getNode(): the
/// conversion CallExpr or the implicitly converted expression.
///
/// Printed: %t2 = changetype T <- int %t1
class ChangeType : public Instr {
public:
  ChangeType(Provenance P, const Type *To)
      : Instr(ValueKind::ChangeType, To, P, true) {}
  Value *getX() const { return getOperand(0); }
  GS_IR_LEAF(ChangeType)
};

/// Convert converts X between numeric types, or between unsafe.Pointer and
/// a pointer or uintptr. (String conversions that copy are
/// StringConvert; go/ssa's MultiConvert exists only for generics, which
/// the subset lacks.) Never fails. getNode(): the conversion CallExpr.
///
/// Printed: %t2 = convert float64 <- int %t1
class Convert : public Instr {
public:
  Convert(Provenance P, const Type *To)
      : Instr(ValueKind::Convert, To, P, true) {}
  Value *getX() const { return getOperand(0); }
  GS_IR_LEAF(Convert)
};

/// ChangeInterface converts interface X to another interface type; the
/// dynamic type and value are kept. Never fails (the assignment was
/// checked statically). getNode(): the converted expression.
///
/// Printed: %t2 = changeinterface interface{} <- error %t1
class ChangeInterface : public Instr {
public:
  ChangeInterface(Provenance P, const Type *To)
      : Instr(ValueKind::ChangeInterface, To, P, true) {}
  Value *getX() const { return getOperand(0); }
  GS_IR_LEAF(ChangeInterface)
};

/// SliceToArrayPointer converts slice X to *[N]T sharing its array.
/// Panics if len(X) < N. getNode(): the conversion CallExpr.
///
/// Printed: %t2 = slicetoarrayptr *[4]byte <- []byte %t1
class SliceToArrayPointer : public Instr {
public:
  SliceToArrayPointer(Provenance P, const Type *To)
      : Instr(ValueKind::SliceToArrayPointer, To, P, true) {}
  Value *getX() const { return getOperand(0); }
  GS_IR_LEAF(SliceToArrayPointer)
};

/// Slice yields X[Low:High:Max] for X a string, a slice or a pointer to an
/// array (an array variable is sliced through its address); absent
/// indices are absent operands. The result shares X's storage. Panics if
/// the indices are out of range. getNode(): the SliceExpr (`[`), or the
/// slice CompositeLit whose storage it exposes.
///
/// Printed: %t3 = slice %t1[%t2:]    %t4 = slice %t0[:]
class Slice : public Instr {
public:
  Slice(Provenance P, const Type *Ty, bool HasLow, bool HasHigh, bool HasMax)
      : Instr(ValueKind::Slice, Ty, P, true), HasLow(HasLow), HasHigh(HasHigh),
        HasMax(HasMax) {}
  Value *getX() const { return getOperand(0); }
  Value *getLow() const { return HasLow ? getOperand(1) : nullptr; }
  Value *getHigh() const { return HasHigh ? getOperand(1 + HasLow) : nullptr; }
  Value *getMax() const {
    return HasMax ? getOperand(1 + HasLow + HasHigh) : nullptr;
  }
  GS_IR_LEAF(Slice)

private:
  bool HasLow, HasHigh, HasMax;
};

/// FieldAddr yields the address &X.f of field getFieldIndex() of the
/// struct X points to. Panics if X is nil. getNode(): the SelectorExpr
/// (`.`), or the KeyValueExpr/element of a composite literal being
/// initialised (synthetic for implicit embedded-field steps).
///
/// Printed: %t2 = fieldaddr &%t1.x #0
class FieldAddr : public Instr {
public:
  FieldAddr(Provenance P, const Type *PtrTy, unsigned FieldIndex)
      : Instr(ValueKind::FieldAddr, PtrTy, P, true), FieldIndex(FieldIndex) {}
  Value *getX() const { return getOperand(0); }
  unsigned getFieldIndex() const { return FieldIndex; }
  /// The field's Var, from X's type (null if X is not *struct).
  Var *getField() const;
  GS_IR_LEAF(FieldAddr)

private:
  unsigned FieldIndex;
};

/// Field yields field getFieldIndex() of the struct value X. Never fails.
/// getNode(): the SelectorExpr; getLoc(): its `.`.
///
/// Printed: %t2 = field %t1.x #0
class Field : public Instr {
public:
  Field(Provenance P, const Type *Ty, unsigned FieldIndex)
      : Instr(ValueKind::Field, Ty, P, true), FieldIndex(FieldIndex) {}
  Value *getX() const { return getOperand(0); }
  unsigned getFieldIndex() const { return FieldIndex; }
  Var *getField() const;
  GS_IR_LEAF(Field)

private:
  unsigned FieldIndex;
};

/// IndexAddr yields the address &X[Index] of an element of the array X
/// points to, or of slice X. Panics if Index is out of range (or X is a
/// nil array pointer). getNode(): the IndexExpr (`[`) or the literal
/// element being initialised.
///
/// Printed: %t3 = indexaddr &%t1[%t2]
class IndexAddr : public Instr {
public:
  IndexAddr(Provenance P, const Type *PtrTy)
      : Instr(ValueKind::IndexAddr, PtrTy, P, true) {}
  Value *getX() const { return getOperand(0); }
  Value *getIndex() const { return getOperand(1); }
  GS_IR_LEAF(IndexAddr)
};

/// Index yields element Index of the array value X. Panics if Index is
/// out of range. getNode(): the IndexExpr; getLoc(): its `[`.
///
/// Printed: %t3 = index %t1[%t2]
class Index : public Instr {
public:
  Index(Provenance P, const Type *Ty) : Instr(ValueKind::Index, Ty, P, true) {}
  Value *getX() const { return getOperand(0); }
  Value *getIndex() const { return getOperand(1); }
  GS_IR_LEAF(Index)
};

/// Lookup yields X[Index] for a map (the zero value when absent; with
/// isCommaOk() the Tuple (value, ok bool)) or the byte of a string (panics
/// if out of range). getNode(): the IndexExpr; getLoc(): its `[`.
///
/// Printed: %t3 = lookup %t1[%t2]    %t4 = lookup %t1["k":string],ok
class Lookup : public Instr {
public:
  Lookup(Provenance P, const Type *Ty, bool CommaOk)
      : Instr(ValueKind::Lookup, Ty, P, true), CommaOk(CommaOk) {}
  Value *getX() const { return getOperand(0); }
  Value *getIndex() const { return getOperand(1); }
  bool isCommaOk() const { return CommaOk; }
  GS_IR_LEAF(Lookup)

private:
  bool CommaOk;
};

/// One communication of a Select.
struct SelectState {
  ChanDirection Dir;    ///< SendOnly or RecvOnly.
  SourceLoc Loc;        ///< gc's position of the communication.
  const Node *Clause;   ///< The CommClause.
  unsigned ChanOperand; ///< Operand index of the channel.
};

/// Select waits until one of its States can proceed (or, when not
/// isBlocking(), the default case runs) and performs it. It yields the
/// Tuple (index int, recvOk bool, r_0 T_0, ..., r_n-1 T_n-1): index is the
/// chosen state (-1 for default) and r_i the values received by the
/// receive states, in order. Operands: per state its channel, followed by
/// the value for a send. Panics on a send to a closed channel. getNode():
/// the SelectStmt; getLoc(): `select`.
///
/// Printed: %t5 = select blocking [<-%t1, %t2<-%t3]
class Select : public Instr {
public:
  Select(Provenance P, const Type *TupleTy, bool Blocking)
      : Instr(ValueKind::Select, TupleTy, P, true), Blocking(Blocking) {}
  bool isBlocking() const { return Blocking; }
  llvm::ArrayRef<SelectState> getStates() const { return {States, NumStates}; }
  Value *getChan(unsigned State) const {
    return getOperand(States[State].ChanOperand);
  }
  /// The value sent by a send state; null for a receive.
  Value *getSendValue(unsigned State) const {
    return States[State].Dir == ChanDirection::SendOnly
               ? getOperand(States[State].ChanOperand + 1)
               : nullptr;
  }
  void setStates(llvm::ArrayRef<SelectState> S, llvm::BumpPtrAllocator &A);
  GS_IR_LEAF(Select)

private:
  const SelectState *States = nullptr;
  unsigned NumStates = 0;
  bool Blocking;
};

/// Range yields an iterator over the string or map X, for use only by
/// Next (ranges over arrays, slices and channels are index or receive
/// loops). The iterator has no Go type (getType() is null). Never fails.
/// getNode(): the RangeClause; getLoc(): `range`.
///
/// Printed: %t2 = range %t1
class Range : public Instr {
public:
  explicit Range(Provenance P) : Instr(ValueKind::Range, nullptr, P, true) {}
  Value *getX() const { return getOperand(0); }
  GS_IR_LEAF(Range)
};

/// Next advances the iterator Iter (a Range) and yields the Tuple (ok bool,
/// k K, v V): for a string (isString()) the byte offset and the rune, for
/// a map a key and its value. ok is false at the end. Never fails (a map
/// may be modified while iterated). getNode(): the RangeClause.
///
/// Printed: %t3 = next %t2
class Next : public Instr {
public:
  Next(Provenance P, const Type *TupleTy, bool IsString)
      : Instr(ValueKind::Next, TupleTy, P, true), IsString(IsString) {}
  Value *getIter() const { return getOperand(0); }
  bool isString() const { return IsString; }
  GS_IR_LEAF(Next)

private:
  bool IsString;
};

/// TypeAssert yields X.(T) for interface X: the dynamic value when T is a
/// concrete type, X converted when T is an interface. Panics when the
/// assertion fails, unless isCommaOk(), which yields the Tuple (T, bool)
/// instead. getNode(): the AssertExpr (`.`), or the type switch guard.
///
/// Printed: %t2 = typeassert %t1.(*T)    %t3 = typeassert %t1.(error),ok
class TypeAssert : public Instr {
public:
  TypeAssert(Provenance P, const Type *Ty, const Type *Asserted, bool CommaOk)
      : Instr(ValueKind::TypeAssert, Ty, P, true), Asserted(Asserted),
        CommaOk(CommaOk) {}
  Value *getX() const { return getOperand(0); }
  const Type *getAssertedType() const { return Asserted; }
  bool isCommaOk() const { return CommaOk; }
  GS_IR_LEAF(TypeAssert)

private:
  const Type *Asserted;
  bool CommaOk;
};

/// Extract yields component getIndex() of the Tuple-typed Tuple. Never
/// fails. getNode(): the expression whose value it selects (often
/// synthetic).
///
/// Printed: %t4 = extract %t3 #1
class Extract : public Instr {
public:
  Extract(Provenance P, const Type *Ty, unsigned Index)
      : Instr(ValueKind::Extract, Ty, P, true), Idx(Index) {}
  Value *getTuple() const { return getOperand(0); }
  unsigned getIndex() const { return Idx; }
  GS_IR_LEAF(Extract)

private:
  unsigned Idx;
};

/// Append yields append(S, Elems...): S with the elements added, in S's
/// array if its capacity suffices, otherwise in a new heap array (gc's
/// growslice, never a stack candidate). With hasDots() there is exactly one
/// element operand, a slice of the element type or, for []byte, a string,
/// whose contents are appended. Panics on size overflow. getNode(): the
/// `append` CallExpr; getLoc(): its `(`.
///
/// Printed: %t3 = append %t1, %t2    %t4 = append %t1, %t2...
class Append : public Instr {
public:
  Append(Provenance P, const Type *SliceTy, bool HasDots)
      : Instr(ValueKind::Append, SliceTy, P, true), HasDots(HasDots) {}
  Value *getSlice() const { return getOperand(0); }
  llvm::ArrayRef<Use> getElems() const { return operandsFrom(1); }
  bool hasDots() const { return HasDots; }
  GS_IR_LEAF(Append)

private:
  bool HasDots;
};

/// Copy copies min(len(Dst), len(Src)) elements from Src (a slice, or a
/// string when Dst is []byte) to slice Dst and yields that count (int).
/// Never fails. getNode(): the `copy` CallExpr.
///
/// Printed: %t3 = copy %t1, %t2
class Copy : public Instr {
public:
  Copy(Provenance P, const Type *IntTy)
      : Instr(ValueKind::Copy, IntTy, P, true) {}
  Value *getDst() const { return getOperand(0); }
  Value *getSrc() const { return getOperand(1); }
  GS_IR_LEAF(Copy)
};

/// BuiltinCall calls one of the builtins without flows of their own for
/// escape analysis: len, cap, close, print, println, recover, and unsafe's
/// Add, Slice, Sizeof, Alignof, Offsetof (the last three normally fold to
/// constants). The builtins with dedicated instructions (append, copy,
/// delete, make, new, panic) and complex/real/imag never appear. Defines a
/// value when the builtin has a result. Panics as the builtin does (close
/// of nil or closed channel, unsafe.Slice with bad length). getNode(): the
/// CallExpr; getLoc(): its `(`.
///
/// Printed: %t2 = builtin len(%t1)     builtin println(%t1, %t2)
class BuiltinCall : public Instr {
public:
  BuiltinCall(Provenance P, const Type *Ty, BuiltinId Id)
      : Instr(ValueKind::BuiltinCall, Ty, P, Ty != nullptr), Id(Id) {}
  BuiltinId getBuiltin() const { return Id; }
  llvm::ArrayRef<Use> getArgs() const { return operands(); }
  GS_IR_LEAF(BuiltinCall)

private:
  BuiltinId Id;
};

/// The spelling of a builtin: "len", "unsafe.Add", ...
llvm::StringRef getBuiltinName(BuiltinId Id);

//===----------------------------------------------------------------------===//
// Effects
//===----------------------------------------------------------------------===//

/// Store writes Val to *Addr. Panics if Addr is nil. getNode(): the
/// statement or expression whose flow it models: the AssignStmt (getLoc()
/// its operator), a VarDecl, a RangeClause, an IncDec, or the composite
/// literal element being initialised; synthetic for parameter spills
/// (getNode() the parameter's declaration).
///
/// Printed: store *%t0 = %t1              ; 5:4
class Store : public Instr {
public:
  explicit Store(Provenance P) : Instr(ValueKind::Store, nullptr, P, false) {}
  Value *getAddr() const { return getOperand(0); }
  Value *getVal() const { return getOperand(1); }
  GS_IR_LEAF(Store)
};

/// MapUpdate sets Map[Key] = Val. Panics if Map is nil. getNode(): the
/// AssignStmt, or the map literal's KeyValueExpr.
///
/// Printed: mapupdate %t1[%t2] = %t3
class MapUpdate : public Instr {
public:
  explicit MapUpdate(Provenance P)
      : Instr(ValueKind::MapUpdate, nullptr, P, false) {}
  Value *getMap() const { return getOperand(0); }
  Value *getKey() const { return getOperand(1); }
  Value *getVal() const { return getOperand(2); }
  GS_IR_LEAF(MapUpdate)
};

/// MapDelete is delete(Map, Key). Never fails. getNode(): the `delete`
/// CallExpr; getLoc(): its `(`.
///
/// Printed: mapdelete %t1[%t2]
class MapDelete : public Instr {
public:
  explicit MapDelete(Provenance P)
      : Instr(ValueKind::MapDelete, nullptr, P, false) {}
  Value *getMap() const { return getOperand(0); }
  Value *getKey() const { return getOperand(1); }
  GS_IR_LEAF(MapDelete)
};

/// Send sends X on channel Chan (blocking). Panics if Chan is closed.
/// getNode(): the SendStmt; getLoc(): its `<-`.
///
/// Printed: send %t1 <- %t2
class Send : public Instr {
public:
  explicit Send(Provenance P) : Instr(ValueKind::Send, nullptr, P, false) {}
  Value *getChan() const { return getOperand(0); }
  Value *getX() const { return getOperand(1); }
  GS_IR_LEAF(Send)
};

/// RunDefers runs the deferred calls of the current invocation, last
/// first, before a Return. Fails as they fail. Synthetic or at the return
/// statement.
///
/// Printed: rundefers
class RunDefers : public Instr {
public:
  explicit RunDefers(Provenance P)
      : Instr(ValueKind::RunDefers, nullptr, P, false) {}
  GS_IR_LEAF(RunDefers)
};

/// DebugRef records that the source expression getNode() has the value X
/// (its address when isAddr()), for tools that map IR back to source. No
/// run-time effect.
///
/// Printed: debugref %t1    debugref &%t0
class DebugRef : public Instr {
public:
  DebugRef(Provenance P, bool IsAddr)
      : Instr(ValueKind::DebugRef, nullptr, P, false), IsAddr(IsAddr) {}
  Value *getX() const { return getOperand(0); }
  bool isAddr() const { return IsAddr; }
  GS_IR_LEAF(DebugRef)

private:
  bool IsAddr;
};

//===----------------------------------------------------------------------===//
// Terminators
//===----------------------------------------------------------------------===//

/// Base of the instructions that end a block. getSuccessors() are the
/// blocks control may go to; each successor lists this block among its
/// predecessors (IRBuilder keeps both in step).
class Terminator : public Instr {
public:
  llvm::ArrayRef<BasicBlock *> getSuccessors() const {
    return {Succs, NumSuccs};
  }
  /// Retargets successor I; the caller updates the predecessor lists.
  void setSuccessor(unsigned I, BasicBlock *BB) {
    assert(I < NumSuccs && "successor index out of range");
    Succs[I] = BB;
  }
  void initSuccessors(Function &F, llvm::ArrayRef<BasicBlock *> BBs);
  GS_IR_RANGE(Terminator)

protected:
  using Instr::Instr;

private:
  BasicBlock **Succs = nullptr;
  unsigned NumSuccs = 0;
};

/// Jump transfers control to its one successor. Synthetic for implicit
/// fallthrough; getNode() the BranchStmt for break/continue/goto.
///
/// Printed: jump 3
class Jump : public Terminator {
public:
  explicit Jump(Provenance P)
      : Terminator(ValueKind::Jump, nullptr, P, false) {}
  BasicBlock *getTarget() const { return getSuccessors()[0]; }
  GS_IR_LEAF(Jump)
};

/// If transfers control to successor 0 (Then) when the boolean Cond is
/// true, else to successor 1 (Else). getNode(): the condition expression
/// of the if/for/switch, or the Operation of && and ||.
///
/// Printed: if %t2 then 1 else 2
class If : public Terminator {
public:
  explicit If(Provenance P) : Terminator(ValueKind::If, nullptr, P, false) {}
  Value *getCond() const { return getOperand(0); }
  BasicBlock *getThen() const { return getSuccessors()[0]; }
  BasicBlock *getElse() const { return getSuccessors()[1]; }
  GS_IR_LEAF(If)
};

/// Return returns its operands, one per result of the function's signature
/// (named results are loaded from their Allocs first). getNode(): the
/// ReturnStmt (getLoc() `return`); synthetic at the closing `}` when the
/// body falls off its end.
///
/// Printed: return %t1, nil:error
class Return : public Terminator {
public:
  explicit Return(Provenance P)
      : Terminator(ValueKind::Return, nullptr, P, false) {}
  llvm::ArrayRef<Use> getResults() const { return operands(); }
  GS_IR_LEAF(Return)
};

/// Panic starts a panic with the interface value X (after runtime errors
/// IRGen makes explicit) and does not return normally; its block has no
/// successors. getNode(): the `panic` CallExpr; getLoc(): its `(`.
///
/// Printed: panic %t1
class Panic : public Terminator {
public:
  explicit Panic(Provenance P)
      : Terminator(ValueKind::Panic, nullptr, P, false) {}
  Value *getX() const { return getOperand(0); }
  GS_IR_LEAF(Panic)
};

#undef GS_IR_LEAF
#undef GS_IR_RANGE

} // namespace ir
} // namespace goscape

#endif
