//===- Value.h - SSA values, uses and provenance ----------------*- C++ -*-===//
//
// goscape's SSA IR follows golang.org/x/tools/go/ssa: a Module holds
// Functions; a Function holds BasicBlocks of Instrs; operands are Values.
// A Value is a Function, a Global (the address of a package variable), a
// Const, a Parameter, a FreeVar, or an Instr that defines a result.
//
// Every operand slot is a Use in its instruction's arena. Each Value keeps
// the intrusive, doubly linked list of the Uses that name it (most recently
// created first), so passes find a value's users without side tables, and
// setting an operand keeps both sides in step. Uses, like all nodes of a
// function, are trivially destructible (STYLE practice 6).
//
// Provenance ties an instruction to the source: gc's position (SourceLoc)
// and the AST node it came from. See Instructions.h for what each kind
// records.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_IR_VALUE_H
#define GOSCAPE_IR_VALUE_H

#include "goscape/AST/AST.h"
#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/iterator_range.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Casting.h"

#include <cstring>
#include <iterator>
#include <type_traits>

namespace goscape {
class Constant;

namespace ir {

class Value;
class Instr;
class Function;
class Module;
class BasicBlock;

/// The kind of every Value, from Instrs.def.
enum class ValueKind : uint8_t {
#define GS_VALUE(Name) Name,
#define GS_INSTR(Name, Base) Name,
#include "goscape/IR/Instrs.def"
};

/// The class name of a kind, e.g. "MakeSlice".
llvm::StringRef getValueKindName(ValueKind K);

/// The first and last kind of each abstract class, from the range markers
/// of Instrs.def; classof() of abstract classes reads them.
template <typename C> struct KindRange;
#define GS_INSTR_RANGE(Class, First, Last)                                     \
  class Class;                                                                 \
  template <> struct KindRange<Class> {                                        \
    static constexpr ValueKind FirstKind = ValueKind::First;                   \
    static constexpr ValueKind LastKind = ValueKind::Last;                     \
  };
#include "goscape/IR/Instrs.def"

template <typename C> bool isKindOf(ValueKind K) {
  return K >= KindRange<C>::FirstKind && K <= KindRange<C>::LastKind;
}

/// Where an instruction comes from: gc's position of the construct and
/// the AST node (for printing the expression gc prints). Synthetic marks an
/// instruction the source does not spell (a loop's back-edge jump, a phi, a
/// parameter spill); it may still carry a location and node for messages.
struct Provenance {
  SourceLoc Loc;
  const Node *N = nullptr;
  bool Synthetic = false;

  /// The node's own gc position.
  static Provenance of(const Node *N) { return {N->getLoc(), N, false}; }
  /// A position other than the node's own (e.g. a variable's name).
  static Provenance at(SourceLoc L, const Node *N) { return {L, N, false}; }
  static Provenance synthetic(SourceLoc L = SourceLoc(),
                              const Node *N = nullptr) {
    return {L, N, true};
  }
};

/// One operand slot of an instruction. Lives in the instruction's
/// function arena; linked into the used value's use list while non-null.
class Use {
public:
  Value *get() const { return Val; }
  Instr *getUser() const { return User; }
  /// Points the slot at V (or empties it), updating both use lists.
  void set(Value *V);
  Use *getNextUse() const { return Next; }
  /// The index of this slot among its user's operands.
  unsigned getOperandNo() const;
  operator Value *() const { return Val; }

private:
  friend class Instr;
  void unlink();
  Value *Val = nullptr;
  Instr *User = nullptr;
  Use *Next = nullptr;
  Use **Prev = nullptr;
};

/// Forward iterator over a value's use list.
class UseIterator {
public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = Use *;
  using difference_type = std::ptrdiff_t;
  using pointer = Use **;
  using reference = Use *;

  explicit UseIterator(Use *U = nullptr) : U(U) {}
  Use *operator*() const { return U; }
  UseIterator &operator++() {
    U = U->getNextUse();
    return *this;
  }
  UseIterator operator++(int) {
    UseIterator T = *this;
    ++*this;
    return T;
  }
  bool operator==(const UseIterator &O) const { return U == O.U; }
  bool operator!=(const UseIterator &O) const { return U != O.U; }

private:
  Use *U;
};

/// Base of everything an operand can name.
class Value {
public:
  ValueKind getKind() const { return Kind; }
  /// The Go type of the value: a pointer type for Alloc, Global and
  /// FieldAddr/IndexAddr, a Signature for Function, a Tuple for a
  /// multi-valued Call/Select/Next/comma-ok form. Null only for
  /// instructions that define no value (and Range, whose iterator has no
  /// Go type).
  const Type *getType() const { return Ty; }

  bool hasUses() const { return UseList != nullptr; }
  unsigned getNumUses() const;
  llvm::iterator_range<UseIterator> uses() const {
    return {UseIterator(UseList), UseIterator()};
  }
  /// Makes every use of this value a use of V.
  void replaceAllUsesWith(Value *V);

  /// The function that owns this value: the one an instruction, Const,
  /// Parameter or FreeVar belongs to; null for the module-level Global and
  /// Function (which every function of the module may use).
  const Function *getOwningFunction() const;

protected:
  Value(ValueKind Kind, const Type *Ty) : Ty(Ty), Kind(Kind) {}
  void setType(const Type *T) { Ty = T; }

private:
  friend class Use;
  Use *UseList = nullptr;
  const Type *Ty;
  ValueKind Kind;
};

/// A constant operand: Value is the exact constant, or null for the zero
/// value of Ty (nil for pointer-like types, zero for structs and arrays).
/// Consts are not shared: each use site gets its own, owned by the
/// function. Printed inline: `42:int`, `"a":string`, `nil:*T`, `zero:T`.
class Const : public Value {
public:
  Const(Function *Parent, const Constant *C, const Type *Ty)
      : Value(ValueKind::Const, Ty), Parent(Parent), C(C) {}
  const Constant *getValue() const { return C; }
  bool isZero() const { return C == nullptr; }
  Function *getParent() const { return Parent; }
  static bool classof(const Value *V) {
    return V->getKind() == ValueKind::Const;
  }

private:
  Function *Parent;
  const Constant *C;
};

/// The address of a package-level variable; its type is *T for a variable
/// of type T. Owned by the Module. Printed `@name`.
class Global : public Value {
public:
  Global(Module *M, Var *Obj, llvm::StringRef Name, const Type *PtrTy)
      : Value(ValueKind::Global, PtrTy), M(M), Obj(Obj), Name(Name) {}
  Var *getVar() const { return Obj; }
  llvm::StringRef getName() const { return Name; }
  Module *getModule() const { return M; }
  static bool classof(const Value *V) {
    return V->getKind() == ValueKind::Global;
  }

private:
  Module *M;
  Var *Obj;
  llvm::StringRef Name;
};

/// A parameter of a function, in order; a method's receiver is parameter 0.
/// Obj is the parameter's Var (null for an unnamed or synthetic one). A
/// parameter whose address is taken or that a closure captures is spilled
/// into an Alloc by IRGen: the Parameter then only feeds that Store.
/// Printed `%name` (or `%pN` when unnamed, blank or ambiguous).
class Parameter : public Value {
public:
  Parameter(Function *Parent, Var *Obj, const Type *Ty, unsigned Index)
      : Value(ValueKind::Parameter, Ty), Parent(Parent), Obj(Obj),
        Index(Index) {}
  Var *getVar() const { return Obj; }
  unsigned getIndex() const { return Index; }
  Function *getParent() const { return Parent; }
  static bool classof(const Value *V) {
    return V->getKind() == ValueKind::Parameter;
  }

private:
  Function *Parent;
  Var *Obj;
  unsigned Index;
};

/// How a closure holds a captured variable: gc's capture-by-value rule
/// (escape analysis decides; a variable never reassigned after capture and
/// at most 128 bytes is copied into the closure).
enum class CaptureMode : uint8_t { Undecided, ByReference, ByValue };

/// A variable a closure captures. In the IR every capture is by reference:
/// the FreeVar's type is *T, the address of the captured variable's Alloc
/// (bound by the MakeClosure). Escape analysis records gc's by-value
/// decision in CaptureMode; code generation then copies the value into the
/// closure object and the body addresses that copy. Printed `%name`.
class FreeVar : public Value {
public:
  FreeVar(Function *Parent, Var *Obj, const Type *PtrTy, unsigned Index)
      : Value(ValueKind::FreeVar, PtrTy), Parent(Parent), Obj(Obj),
        Index(Index) {}
  Var *getVar() const { return Obj; }
  unsigned getIndex() const { return Index; }
  Function *getParent() const { return Parent; }
  CaptureMode getCaptureMode() const { return Mode; }
  void setCaptureMode(CaptureMode M) { Mode = M; }
  static bool classof(const Value *V) {
    return V->getKind() == ValueKind::FreeVar;
  }

private:
  Function *Parent;
  Var *Obj;
  unsigned Index;
  CaptureMode Mode = CaptureMode::Undecided;
};

/// A growable array in an arena, trivially destructible: the storage of
/// blocks' instruction and predecessor lists.
template <typename T> class ArenaList {
  static_assert(std::is_trivially_copyable_v<T>, "arena lists hold PODs");

public:
  unsigned size() const { return Size; }
  bool empty() const { return Size == 0; }
  T *begin() const { return Data; }
  T *end() const { return Data + Size; }
  T &operator[](unsigned I) const {
    assert(I < Size && "ArenaList index out of range");
    return Data[I];
  }
  T &back() const { return (*this)[Size - 1]; }
  llvm::ArrayRef<T> asArray() const { return {Data, Size}; }

  void insert(unsigned Pos, T V, llvm::BumpPtrAllocator &A) {
    assert(Pos <= Size && "insert position out of range");
    if (Size == Cap) {
      unsigned NewCap = Cap ? Cap * 2 : 4;
      T *New = A.Allocate<T>(NewCap);
      if (Size)
        std::memcpy(static_cast<void *>(New), Data, Size * sizeof(T));
      Data = New;
      Cap = NewCap;
    }
    for (unsigned I = Size; I > Pos; --I)
      Data[I] = Data[I - 1];
    Data[Pos] = V;
    ++Size;
  }
  void push_back(T V, llvm::BumpPtrAllocator &A) { insert(Size, V, A); }
  void erase(unsigned Pos) {
    assert(Pos < Size && "erase position out of range");
    for (unsigned I = Pos; I + 1 < Size; ++I)
      Data[I] = Data[I + 1];
    --Size;
  }

private:
  T *Data = nullptr;
  unsigned Size = 0, Cap = 0;
};

} // namespace ir
} // namespace goscape

#endif
