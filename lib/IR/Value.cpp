//===- Value.cpp - Values, uses and instruction helpers -------------------===//
//
// The use-list mechanics, the kind tables generated from Instrs.def, and
// the small accessors of Instructions.h that need the full Function type.
//
//===----------------------------------------------------------------------===//

#include "goscape/IR/Value.h"
#include "goscape/IR/Function.h"
#include "goscape/IR/Instructions.h"

#include "llvm/Support/ErrorHandling.h"

using namespace goscape;
using namespace goscape::ir;

// Every concrete class derives from the base Instrs.def names and is
// trivially destructible, as the function arena requires.
#define GS_INSTR(Name, Base)                                                   \
  static_assert(std::is_base_of_v<ir::Base, ir::Name>,                         \
                #Name " must derive " #Base);                                  \
  static_assert(std::is_trivially_destructible_v<ir::Name>,                    \
                #Name " lives in an arena");
#include "goscape/IR/Instrs.def"
static_assert(std::is_trivially_destructible_v<Use>, "uses live in arenas");
static_assert(std::is_trivially_destructible_v<BasicBlock>,
              "blocks live in arenas");

llvm::StringRef ir::getValueKindName(ValueKind K) {
  switch (K) {
#define GS_VALUE(Name)                                                         \
  case ValueKind::Name:                                                        \
    return #Name;
#define GS_INSTR(Name, Base)                                                   \
  case ValueKind::Name:                                                        \
    return #Name;
#include "goscape/IR/Instrs.def"
  }
  llvm_unreachable("covered switch over value kinds");
}

//===----------------------------------------------------------------------===//
// Use and Value
//===----------------------------------------------------------------------===//

void Use::unlink() {
  *Prev = Next;
  if (Next)
    Next->Prev = Prev;
  Next = nullptr;
  Prev = nullptr;
}

void Use::set(Value *V) {
  if (Val)
    unlink();
  Val = V;
  if (!V)
    return;
  Next = V->UseList;
  if (Next)
    Next->Prev = &Next;
  Prev = &V->UseList;
  V->UseList = this;
}

unsigned Use::getOperandNo() const {
  return unsigned(this - User->operands().data());
}

unsigned Value::getNumUses() const {
  unsigned N = 0;
  for (Use *U = UseList; U; U = U->getNextUse())
    ++N;
  return N;
}

void Value::replaceAllUsesWith(Value *V) {
  assert(V != this && "replacing a value with itself");
  while (UseList)
    UseList->set(V);
}

const Function *Value::getOwningFunction() const {
  switch (getKind()) {
  case ValueKind::Function:
  case ValueKind::Global:
    return nullptr;
  case ValueKind::Const:
    return llvm::cast<ir::Const>(this)->getParent();
  case ValueKind::Parameter:
    return llvm::cast<Parameter>(this)->getParent();
  case ValueKind::FreeVar:
    return llvm::cast<FreeVar>(this)->getParent();
#define GS_INSTR(Name, Base) case ValueKind::Name:
#include "goscape/IR/Instrs.def"
    return llvm::cast<Instr>(this)->getFunction();
  }
  llvm_unreachable("covered switch over value kinds");
}

//===----------------------------------------------------------------------===//
// Instr
//===----------------------------------------------------------------------===//

Function *Instr::getFunction() const {
  return Parent ? Parent->getParent() : nullptr;
}

void Instr::initOperands(Function &F, llvm::ArrayRef<Value *> Vs) {
  assert(!Ops && NumOps == 0 && "operands initialised twice");
  if (Vs.empty())
    return;
  Ops = F.getArena().Allocate<Use>(Vs.size());
  NumOps = Vs.size();
  for (unsigned I = 0; I != NumOps; ++I) {
    new (&Ops[I]) Use();
    Ops[I].User = this;
    Ops[I].set(Vs[I]);
  }
}

void Instr::dropAllReferences() {
  for (unsigned I = 0; I != NumOps; ++I)
    Ops[I].set(nullptr);
}

void Instr::removeOperand(unsigned I) {
  assert(I < NumOps && "operand index out of range");
  for (unsigned J = I; J + 1 < NumOps; ++J)
    Ops[J].set(Ops[J + 1].get());
  Ops[NumOps - 1].set(nullptr);
  --NumOps;
}

void Terminator::initSuccessors(Function &F, llvm::ArrayRef<BasicBlock *> BBs) {
  assert(!Succs && "successors initialised twice");
  if (BBs.empty())
    return;
  Succs = F.getArena().Allocate<BasicBlock *>(BBs.size());
  std::copy(BBs.begin(), BBs.end(), Succs);
  NumSuccs = BBs.size();
}

//===----------------------------------------------------------------------===//
// Accessors
//===----------------------------------------------------------------------===//

const Type *Alloc::getAllocatedType() const {
  return llvm::cast<Pointer>(getType())->getElem();
}

Function *MakeClosure::getFn() const {
  return llvm::cast_or_null<Function>(getOperand(0));
}

Function *CallInstr::getStaticCallee() const {
  assert(Mode == CallMode::Static && "not a static call");
  return llvm::dyn_cast_or_null<Function>(getOperand(0));
}

static Var *fieldOf(const Type *StructTy, unsigned I) {
  auto *S =
      StructTy ? llvm::dyn_cast<Struct>(StructTy->getUnderlying()) : nullptr;
  if (!S || I >= S->getFields().size())
    return nullptr;
  return S->getFields()[I];
}

Var *FieldAddr::getField() const {
  const Value *X = getX();
  auto *P = X ? llvm::dyn_cast_or_null<Pointer>(
                    X->getType() ? X->getType()->getUnderlying() : nullptr)
              : nullptr;
  return P ? fieldOf(P->getElem(), FieldIndex) : nullptr;
}

Var *ir::Field::getField() const {
  const Value *X = getX();
  return X ? fieldOf(X->getType(), FieldIndex) : nullptr;
}

void Select::setStates(llvm::ArrayRef<SelectState> S,
                       llvm::BumpPtrAllocator &A) {
  SelectState *Mem = A.Allocate<SelectState>(S.size());
  std::copy(S.begin(), S.end(), Mem);
  States = Mem;
  NumStates = S.size();
}

CallCommon CallCommon::staticCall(Function *F, llvm::ArrayRef<Value *> Args) {
  CallCommon C;
  C.Mode = CallMode::Static;
  C.Callee = F;
  C.Sig = F->getSignature();
  C.Args = Args;
  return C;
}

CallCommon CallCommon::closureCall(Value *Fn, llvm::ArrayRef<Value *> Args) {
  CallCommon C;
  C.Mode = CallMode::Closure;
  C.Callee = Fn;
  C.Sig = llvm::cast<Signature>(Fn->getType()->getUnderlying());
  C.Args = Args;
  return C;
}

CallCommon CallCommon::invoke(Value *Recv, Func *Method,
                              llvm::ArrayRef<Value *> Args) {
  CallCommon C;
  C.Mode = CallMode::Invoke;
  C.Callee = Recv;
  C.Method = Method;
  C.Sig = Method->getSignature();
  C.Args = Args;
  return C;
}

CallCommon CallCommon::builtin(BuiltinId Id, llvm::ArrayRef<Value *> Args) {
  CallCommon C;
  C.Mode = CallMode::Builtin;
  C.Builtin = Id;
  C.Args = Args;
  return C;
}

//===----------------------------------------------------------------------===//
// Enum names
//===----------------------------------------------------------------------===//

llvm::StringRef ir::getAllocDecisionName(AllocDecision D) {
  switch (D) {
  case AllocDecision::Undecided:
    return "undecided";
  case AllocDecision::Stack:
    return "stack";
  case AllocDecision::Heap:
    return "heap";
  }
  llvm_unreachable("covered switch");
}

llvm::StringRef ir::getAllocKindName(AllocKind K) {
  switch (K) {
  case AllocKind::Var:
    return "var";
  case AllocKind::New:
    return "new";
  case AllocKind::CompositeLit:
    return "lit";
  case AllocKind::Varargs:
    return "varargs";
  case AllocKind::Temp:
    return "temp";
  }
  llvm_unreachable("covered switch");
}

llvm::StringRef ir::getStringConvKindName(StringConvKind K) {
  switch (K) {
  case StringConvKind::BytesToString:
    return "bytes2str";
  case StringConvKind::RunesToString:
    return "runes2str";
  case StringConvKind::StringToBytes:
    return "str2bytes";
  case StringConvKind::StringToRunes:
    return "str2runes";
  case StringConvKind::RuneToString:
    return "rune2str";
  }
  llvm_unreachable("covered switch");
}

llvm::StringRef ir::getCallModeName(CallMode M) {
  switch (M) {
  case CallMode::Static:
    return "static";
  case CallMode::Closure:
    return "closure";
  case CallMode::Invoke:
    return "invoke";
  case CallMode::Builtin:
    return "builtin";
  }
  llvm_unreachable("covered switch");
}

llvm::StringRef ir::getBuiltinName(BuiltinId Id) {
  switch (Id) {
  case BuiltinId::Append:
    return "append";
  case BuiltinId::Cap:
    return "cap";
  case BuiltinId::Close:
    return "close";
  case BuiltinId::Complex:
    return "complex";
  case BuiltinId::Copy:
    return "copy";
  case BuiltinId::Delete:
    return "delete";
  case BuiltinId::Imag:
    return "imag";
  case BuiltinId::Len:
    return "len";
  case BuiltinId::Make:
    return "make";
  case BuiltinId::New:
    return "new";
  case BuiltinId::Panic:
    return "panic";
  case BuiltinId::Print:
    return "print";
  case BuiltinId::Println:
    return "println";
  case BuiltinId::Real:
    return "real";
  case BuiltinId::Recover:
    return "recover";
  case BuiltinId::Add:
    return "unsafe.Add";
  case BuiltinId::Alignof:
    return "unsafe.Alignof";
  case BuiltinId::Offsetof:
    return "unsafe.Offsetof";
  case BuiltinId::Sizeof:
    return "unsafe.Sizeof";
  case BuiltinId::Slice:
    return "unsafe.Slice";
  }
  llvm_unreachable("covered switch");
}
