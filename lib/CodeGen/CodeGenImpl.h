//===- CodeGenImpl.h - Shared state of code generation ----------*- C++ -*-===//
//
// ModuleCodeGen holds what every function's lowering shares: the LLVM
// module, the Go-type-to-LLVM-type cache, type descriptors, itabs, method
// wrappers, map type descriptors, and the Go functions' LLVM declarations.
// FunctionCodeGen lowers one ir::Function (FunctionCodeGen.cpp dispatches
// the instructions to the files by concern).
//
// Value representation (see README.md): bool i1, integers iN, floats
// float/double, strings {ptr, i64}, slices {ptr, i64, i64}, interfaces
// {ptr, ptr} (type or itab, data), pointers, maps, funcs (closure
// pointers) and unsafe.Pointer `ptr`, arrays [N x T], structs LLVM
// structs, tuples LLVM structs of their components. A large value (an
// array or struct over LargeValueSize bytes, or a tuple with a large
// component) lives in memory instead: its LLVM value is the address of an
// immutable copy (README.md, "Large values").
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_LIB_CODEGEN_CODEGENIMPL_H
#define GOSCAPE_LIB_CODEGEN_CODEGENIMPL_H

#include "goscape/Basic/SourceManager.h"
#include "goscape/CodeGen/RuntimeABI.h"
#include "goscape/IR/Function.h"
#include "goscape/Sema/Lookup.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace llvm {
class TargetMachine;
}

namespace goscape {
namespace codegen {

/// The TargetMachine of the host at OptLevel (null with Error set when
/// LLVM has no backend for it).
std::unique_ptr<llvm::TargetMachine> createHostTargetMachine(unsigned OptLevel,
                                                             std::string &Error);

/// True if F calls recover() or defers it: such a function is never
/// inlined, so that recover sees the frame the source says (Panic.h).
bool callsRecover(const ir::Function &F);
/// True if F calls Go code (a Go function, closure or interface method;
/// not the modelled library) or defers a call.
bool callsGoCode(const ir::Function &F);
/// True if F is a synthetic method-expression thunk (a wrapper for
/// recover()).
bool isMethodExprThunk(const ir::Function &F);

/// The module-wide state of code generation.
class ModuleCodeGen {
public:
  ModuleCodeGen(llvm::LLVMContext &Ctx, const ir::Module &M,
                const SourceManager &SM, llvm::raw_ostream &Err);

  /// Lowers every function, the globals and the C main; false after an
  /// error was reported.
  bool run();
  std::unique_ptr<llvm::Module> takeModule() { return std::move(LM); }

  // Types (Types.cpp).
  llvm::Type *llvmType(const Type *T);
  /// The LLVM function type of a Go signature: closure context first,
  /// then the receiver (if any) and the parameters; the results as void,
  /// one value or a struct.
  llvm::FunctionType *funcType(const Signature *Sig, bool WithRecv = true);
  llvm::Type *resultType(const Signature *Sig);
  /// Values of more bytes than this are large: kept in memory.
  static constexpr int64_t LargeValueSize = 32;
  /// True if values of T are large: an array or struct over
  /// LargeValueSize bytes, or a tuple with a large component.
  static bool isLarge(const Type *T);
  /// The LLVM type of an SSA value of type T: llvmType(T), or `ptr` (the
  /// address of the value's copy) for a large T.
  llvm::Type *valueType(const Type *T);
  /// True if Sig's results are large (one large result, or a tuple with a
  /// large component): the callee writes them through an extra last
  /// parameter pointing at caller-owned memory and returns void.
  static bool returnsInMemory(const Signature *Sig);
  /// A read-only zeroed global of type Ty: the memory of a large zero
  /// value.
  llvm::GlobalVariable *zeroGlobal(llvm::Type *Ty);
  static int64_t sizeOf(const Type *T) { return Sizes::sizeOf(T); }
  static bool isPointerShaped(const Type *T);
  static bool hasPointers(const Type *T);

  // Descriptors (Descriptors.cpp).
  /// The constant type descriptor (gs::Type) of T.
  llvm::Constant *typeDescriptor(const Type *T);
  /// The itab of concrete type T for interface type I.
  llvm::Constant *itab(const Type *T, const Type *I);
  /// The read-only table of the 256 byte values, one 8-byte word each,
  /// that boxes escaping one-byte values (gc's staticuint64s).
  llvm::GlobalVariable *smallValueBoxes();
  /// The storage of map type T's gs::MapType, filled at startup.
  llvm::GlobalVariable *mapTypeInfo(const Type *T);
  /// The index of method Name in interface I's sorted method list.
  unsigned imethodIndex(const Interface *I, llvm::StringRef Name);
  /// gc's spelling of T in messages: "int", "main.T", "*main.T".
  std::string typeName(const Type *T);
  /// The key descriptors are filed under: identical types share it, and
  /// typeDescriptor tells apart the types that share one by identity.
  std::string descriptorKey(const Type *T);
  /// The dynamic type of a non-empty interface whose itab is Tab (null
  /// for a nil interface).
  llvm::Value *ifaceDynType(llvm::IRBuilderBase &B, llvm::Value *Tab);
  /// A constant NUL-terminated copy of S.
  llvm::Constant *stringBytes(llvm::StringRef S);
  /// Calls runtime entry point Name (declared from the runtime headers by
  /// RuntimeABI).
  llvm::CallInst *rtCall(llvm::IRBuilderBase &B, llvm::StringRef Name,
                         llvm::ArrayRef<llvm::Value *> Args);

  // Memory (Memory.cpp).
  /// The type-based alias analysis tag of Go memory accessed as scalar
  /// type ScalarTy: one class per size, one for pointers.
  llvm::MDNode *tbaaTag(llvm::Type *ScalarTy);

  // Functions (FunctionCodeGen.cpp).
  llvm::Function *function(const ir::Function *F);
  /// Gives Fn, which holds Go code (a Go function, defer thunk or
  /// wrapper), the frame discipline recover() relies on (Panic.h): unwind
  /// tables and no tail calls; a Wrapper goes to the wrappers' section.
  void setFrameAttributes(llvm::Function *Fn, bool Wrapper);
  /// Tells LLVM what the large-value convention guarantees about Fn of
  /// signature Sig: a large parameter's copy is only read and the result
  /// memory is the caller's own, neither aliased nor captured.
  void addLargeValueAttributes(llvm::Function *Fn, const Signature *Sig);
  /// Marks every call in Fn (a thunk or wrapper) noinline and notail, so
  /// that the callee keeps a frame of its own.
  static void keepCalleeFrames(llvm::Function *Fn);
  /// The static closure {code} of a top-level function used as a value.
  llvm::Constant *staticClosure(const ir::Function *F);
  /// The LLVM function of a declared method (created on first use); for a
  /// method of a modelled library type, a Go-convention function calling
  /// the runtime; null if the runtime does not implement it.
  llvm::Function *methodFunction(Func *M);
  /// Calls the runtime's library entry point Name with Go values Args
  /// (strings, slices and interfaces flattened to their words) and returns
  /// its Go result of type ResTy (null: none); a result of several words
  /// comes back through Out, a temporary of type ResTy passed first.
  llvm::Value *callLibrary(llvm::IRBuilderBase &B, llvm::StringRef Name,
                           llvm::Type *ResTy, llvm::Value *Out,
                           llvm::ArrayRef<llvm::Value *> Args);
  /// gc's symbol name of an IR function: main.f, main.(*T).M, main.f.func1.
  std::string symbolName(const ir::Function *F);
  llvm::GlobalVariable *global(const ir::Global *G);
  /// A constant string header {ptr, len} for S.
  llvm::Constant *stringConstant(llvm::StringRef S);

  /// Reports an error at Loc in gc's format (written, sorted by position,
  /// when the module is done).
  void error(SourceLoc Loc, const llvm::Twine &Msg);
  void flushErrors();

  llvm::LLVMContext &Ctx;
  const ir::Module &M;
  const SourceManager &SM;
  llvm::raw_ostream &Err;
  std::unique_ptr<llvm::Module> LM;
  std::unique_ptr<RuntimeABI> RT;
  bool HadError = false;

  llvm::GlobalVariable *SmallValueBoxes = nullptr;
  llvm::PointerType *PtrTy;
  llvm::IntegerType *IntTy;
  llvm::StructType *StringTy, *SliceTy, *IfaceTy, *DescTy;
  /// Map types whose gs::MapType must be filled by gs_maptype_init at
  /// startup: (storage, key descriptor, element descriptor).
  std::vector<std::tuple<llvm::GlobalVariable *, llvm::Constant *,
                         llvm::Constant *>>
      MapTypeInits;

private:
  llvm::Function *libraryMethod(Func *Method);
  llvm::Function *methodWrapper(const Type *T, const MethodSetEntry &E);
  llvm::Constant *nullSlot();
  llvm::GlobalVariable *NullSlot = nullptr;
  llvm::Constant *buildDescriptor(const Type *T, llvm::GlobalVariable *GV);
  llvm::Function *equalFunction(const Type *T);
  llvm::Function *hashFunction(const Type *T);
  void emitMain();

  std::vector<std::pair<const Type *, llvm::GlobalVariable *>> Descs;
  std::map<std::string, std::vector<unsigned>> DescIndex;
  std::map<std::pair<llvm::Constant *, llvm::Constant *>, llvm::Constant *>
      Itabs;
  llvm::DenseMap<llvm::Constant *, llvm::GlobalVariable *> MapInfos;
  llvm::DenseMap<const ir::Function *, llvm::Function *> Functions;
  llvm::DenseMap<const Func *, llvm::Function *> Methods;
  /// Interface-call wrappers by (receiver type descriptor, method); a
  /// pointer method of *T is its own entry.
  llvm::DenseMap<std::pair<llvm::Constant *, const Func *>, llvm::Function *>
      Wrappers;
  llvm::DenseMap<const ir::Function *, llvm::Constant *> StaticClosures;
  llvm::DenseMap<const ir::Global *, llvm::GlobalVariable *> Globals;
  llvm::StringMap<llvm::Constant *> Strings;
  llvm::DenseMap<const Type *, llvm::Type *> TypeCache;
  llvm::DenseMap<llvm::Type *, llvm::GlobalVariable *> ZeroGlobals;
  llvm::MDNode *TBAARoot = nullptr;
  /// tbaaTag's tags by class: 0 for pointers, else the size in bytes.
  llvm::DenseMap<unsigned, llvm::MDNode *> TBAATags;
  std::vector<std::pair<SourceLoc, std::string>> Errors;
};

/// Lowers one ir::Function into its LLVM function.
class FunctionCodeGen {
public:
  FunctionCodeGen(ModuleCodeGen &MG, const ir::Function &F);
  void run();
  /// The body of external (library) function F used as a func value.
  void emitStdlibWrapper();

  // Values.
  llvm::Value *get(const ir::Value *V);
  llvm::Value *constant(const ir::Const *C);
  llvm::Value *zeroValue(const Type *T);

  // Runtime calls: Name must be a runtime entry point.
  llvm::CallInst *rt(llvm::StringRef Name, llvm::ArrayRef<llvm::Value *> Args);
  /// A panic path: branches to a new block calling the runtime's
  /// [[noreturn]] Name with Args when Cond holds, and continues in the other.
  void panicIf(llvm::Value *Cond, llvm::StringRef Name,
               llvm::ArrayRef<llvm::Value *> Args);
  void nilCheck(llvm::Value *Ptr);
  /// Panics unless 0 <= Idx < Len; Signed: Idx has a signed Go type.
  void boundsCheck(llvm::Value *Idx, llvm::Value *Len, bool Signed);

  // Memory.
  /// Allocates a zeroed T: on the stack (an entry-block alloca, zeroed at
  /// this point) or on the heap.
  llvm::Value *allocate(const Type *T, bool OnStack);
  llvm::Value *allocateBytes(llvm::Value *Size, bool Scan, bool OnStack);
  /// The value of type T at Ptr: loaded, or for a large T copied to a
  /// new temporary (the source may change later).
  llvm::Value *load(const Type *T, llvm::Value *Ptr);
  /// Loads the small value of type T at Ptr with type-based alias tags,
  /// word by word when it is a small aggregate (Memory.cpp).
  llvm::Value *loadTyped(const Type *T, llvm::Value *Ptr);
  /// Stores the small value V of type T at Ptr as loadTyped reads it.
  void storeTyped(const Type *T, llvm::Value *V, llvm::Value *Ptr);
  /// Marks C, a call of a runtime allocation function, as returning
  /// memory nothing else points to (like malloc); returns C.
  static llvm::CallInst *freshMemory(llvm::CallInst *C);
  /// Tells LLVM that length Len is not negative.
  void assumeLength(llvm::Value *Len);
  /// Tells LLVM that pointer P is not nil here.
  void assumeNonNil(llvm::Value *P);
  /// assumeLength of the length of V if it is a slice or string of type T.
  void assumeLengths(const Type *T, llvm::Value *V);
  /// Zeroes the Ty at Ptr.
  void zeroMemory(llvm::Value *Ptr, llvm::Type *Ty);
  /// Stores value V of type T at Ptr (a memcpy for a large T).
  void store(const Type *T, llvm::Value *V, llvm::Value *Ptr);
  /// Copies the large value of type T at Src to Dst (a memset for a zero
  /// constant).
  void copyValue(const Type *T, llvm::Value *Dst, llvm::Value *Src);
  /// Component Idx (of type ElemT) of aggregate value V of type AggT (a
  /// struct, array or tuple): extracted, or read from V's memory when AggT
  /// is large (a large component is then addressed in place).
  llvm::Value *element(const Type *AggT, llvm::Value *V, unsigned Idx,
                       const Type *ElemT);
  /// The tuple value of type TT with components Elems.
  llvm::Value *makeTuple(const Tuple *TT, llvm::ArrayRef<llvm::Value *> Elems);
  /// An entry-block alloca for a temporary of type Ty.
  llvm::AllocaInst *temp(llvm::Type *Ty);
  /// Passes V of type T by address: spills it to a temporary (a large
  /// value is its address already).
  llvm::Value *spill(const Type *T, llvm::Value *V);
  /// The address of a copy of array value X (lowered from V) to index:
  /// constants in read-only data, other values stored once where they are
  /// defined.
  llvm::Value *arrayInMemory(const ir::Value *V, llvm::Value *X);

  // Strings and slices.
  llvm::Value *makeString(llvm::Value *Ptr, llvm::Value *Len);
  llvm::Value *makeSlice(llvm::Value *Ptr, llvm::Value *Len, llvm::Value *Cap);
  /// Go's == (Eq) on two values of type T.
  llvm::Value *equal(const Type *T, llvm::Value *A, llvm::Value *B);
  /// The conjunction of Conds (each emits its condition); InOrder:
  /// evaluated left to right, stopping at the first false one.
  llvm::Value *allOf(llvm::ArrayRef<std::function<llvm::Value *()>> Conds,
                     bool InOrder);
  /// True if Cond(i) holds for every i in [0, N): a loop, in order,
  /// stopping at the first false one.
  llvm::Value *allElements(
      int64_t N, llvm::function_ref<llvm::Value *(llvm::Value *)> Cond);
  /// Converts float X to the integer type ToTy as gc on amd64 does, with
  /// definite results for NaN, infinities and values out of range.
  llvm::Value *floatToInt(llvm::Value *X, llvm::Type *ToTy, bool ToSigned);
  /// Converts interface value V of type From to interface type To.
  llvm::Value *convertInterface(llvm::Value *V, const Type *From,
                                const Type *To);

  // Calls.
  /// Calls Go code Callee (an LLVM function or code pointer of type FTy)
  /// with closure context Ctx and Go arguments Args; returns the result
  /// value (null for none).
  /// Large results (ModuleCodeGen::returnsInMemory of the callee's
  /// signature Sig) come back in a new temporary, the returned value.
  llvm::Value *callGo(llvm::FunctionType *FTy, llvm::Value *Callee,
                      llvm::Value *CtxArg, llvm::ArrayRef<llvm::Value *> Args,
                      const Signature *Sig);
  /// Calls a modelled standard-library function through the runtime.
  llvm::Value *callStdlib(const ir::Function *Ext, const Tuple *Results,
                          llvm::ArrayRef<llvm::Value *> Args,
                          llvm::ArrayRef<const Type *> ArgTys, SourceLoc Loc);
  /// The inline form of the library entry point Name (InlineLibrary.cpp)
  /// with callStdlib's operands, calling the runtime on its slow path;
  /// null when Name has none or these operands do not allow it.
  llvm::Value *inlineLibraryCall(llvm::StringRef Name,
                                 llvm::ArrayRef<llvm::Value *> Args,
                                 llvm::Type *ResTy, llvm::Value *Out);
  /// Go's == of string values X and Y when one is a constant: the length
  /// test, then a memcmp of constant size; null if neither is constant.
  llvm::Value *stringEqualsConstant(llvm::Value *X, llvm::Value *Y);
  /// Cond && the N bytes at X and Y are equal (read only if Cond holds).
  llvm::Value *bytesEqualIf(llvm::Value *Cond, llvm::Value *X, llvm::Value *Y,
                            uint64_t N);
  /// The layout of the closure object of Body: {code, slot per FreeVar}.
  llvm::StructType *closureType(const ir::Function *Body);
  /// The call of I (any mode but Builtin) with lowered operands.
  llvm::Value *emitCall(const ir::CallInstr *I, llvm::Value *CalleeV,
                        llvm::ArrayRef<llvm::Value *> Args);
  /// A zeroed closure object of layout CT.
  llvm::Value *newClosure(llvm::StructType *CT, bool OnStack);
  /// A builtin with lowered operands Vs (Args give their types).
  llvm::Value *lowerBuiltinCall(BuiltinId Id, llvm::ArrayRef<ir::Use> Args,
                                llvm::ArrayRef<llvm::Value *> Vs,
                                SourceLoc Loc);
  void printValue(const Type *T, llvm::Value *V, SourceLoc Loc);
  /// recover() for the function whose return-address slot is at Frame.
  llvm::Value *recoverValue(llvm::Value *Frame);
  /// The address of this function's return-address slot: its frame for
  /// gs_recover.
  llvm::Value *returnSlot();
  /// gc's 32-byte temporary buffer for a non-escaping string result, or
  /// null.
  llvm::Value *stackBuf(bool OnStack);
  /// A zero value of the element type of map type MapT, also the marker
  /// of a missing key.
  llvm::Value *mapZero(const Type *MapT);

  ModuleCodeGen &MG;
  const ir::Function &F;
  llvm::Function *Fn;
  llvm::IRBuilder<> B;
  llvm::BasicBlock *EntryBB;
  /// The defer frame of a function that defers (null otherwise).
  llvm::Value *DeferFrame = nullptr;
  /// For a function with unnamed results and a recover block: escaped
  /// memory holding the results a return statement set before the
  /// deferred calls ran, which a recovered panic returns.
  llvm::Value *ResultSlot = nullptr;

  llvm::Instruction *AllocaPoint;

private:
  void lowerInstr(const ir::Instr *I);
  // Per-family lowering (one file each).
  llvm::Value *lowerBinOp(const ir::BinOp *I);
  llvm::Value *lowerUnOp(const ir::UnOp *I);
  llvm::Value *lowerConvert(const ir::Convert *I);
  llvm::Value *lowerCall(const ir::CallInstr *I);
  void lowerDefer(const ir::Defer *I);
  llvm::Value *lowerMakeClosure(const ir::MakeClosure *I);
  llvm::Value *lowerBoundMethod(const ir::BoundMethod *I);
  llvm::Value *lowerSlice(const ir::Slice *I);
  llvm::Value *lowerMakeSlice(const ir::MakeSlice *I);
  llvm::Value *lowerConcat(const ir::Concat *I);
  llvm::Value *lowerStringConvert(const ir::StringConvert *I);
  llvm::Value *lowerAppend(const ir::Append *I);
  llvm::Value *lowerCopy(const ir::Copy *I);
  /// copy(Dst, Src) for a destination slice of type DstT; the count copied.
  llvm::Value *sliceCopy(const Type *DstT, llvm::Value *Dst, llvm::Value *Src);
  llvm::Value *lowerBuiltin(const ir::BuiltinCall *I);
  llvm::Value *lowerLookup(const ir::Lookup *I);
  /// For the map Lookup Instrs[Idx]: the MapUpdate of the same map and key
  /// that follows it with only instructions between that cannot panic
  /// before gc's mapassign would nor touch the map (`m[k] op= v`,
  /// `m[k] = append(m[k], ...)`), else null.
  const ir::MapUpdate *updateAfterLookup(llvm::ArrayRef<ir::Instr *> Instrs,
                                         unsigned Idx);
  /// Whether map or key operands A and B of two instructions of one block,
  /// with only updateAfterLookup's instructions between them, have the
  /// same value.
  bool sameOperand(const ir::Value *A, const ir::Value *B);
  /// The address of H[Key]'s element, inserted (zeroed) if absent: the
  /// mapassign entry point of map type MapT.
  llvm::Value *mapAssign(const Type *MapT, llvm::Value *H, llvm::Value *Key);
  llvm::Value *lowerMakeMap(const ir::MakeMap *I);
  void lowerMapUpdate(const ir::MapUpdate *I);
  void lowerMapDelete(const ir::MapDelete *I);
  /// delete(H, Key) for a map of type MapT (Key of its key type).
  void mapDelete(const Type *MapT, llvm::Value *H, llvm::Value *Key);
  llvm::Value *lowerRange(const ir::Range *I);
  llvm::Value *lowerNext(const ir::Next *I);
  llvm::Value *lowerMakeInterface(const ir::MakeInterface *I);
  llvm::Value *lowerTypeAssert(const ir::TypeAssert *I);
  void lowerReturn(const ir::Return *I);
  /// Stores Return I's operands to ResultSlot (before the deferred calls
  /// run).
  void saveResults(const ir::Return *I);
  /// Completes the phis of IR block BB: the LLVM phis of small values and
  /// the copies into the memory of large ones, on each incoming edge.
  void completePhis(
      const ir::BasicBlock *BB,
      llvm::ArrayRef<std::pair<const ir::Phi *, llvm::Value *>> Phis);
  void lowerPanic(const ir::Panic *I);
  /// Calls the runtime's panic with X, an interface value of type XT (no
  /// terminator: the caller ends the block).
  void callPanic(const Type *XT, llvm::Value *X);
  void setupDefers();
  void unsupported(const ir::Instr *I, llvm::StringRef What);

  llvm::DenseMap<const ir::Value *, llvm::Value *> Values;
  llvm::DenseMap<const ir::BasicBlock *, llvm::BasicBlock *> Blocks;
  /// The LLVM block each IR block ends in (phi edges come from there).
  llvm::DenseMap<const ir::BasicBlock *, llvm::BasicBlock *> EndBlocks;
  /// Iterator state of Range instructions.
  llvm::DenseMap<const ir::Value *, llvm::Value *> Iters;
  /// Array values indexed with a variable index: their copy in memory.
  llvm::DenseMap<const ir::Value *, llvm::Value *> Spills;
  /// Lookups that read the element through the mapassign of the update
  /// after them (updateAfterLookup), and that update.
  llvm::DenseMap<const ir::Lookup *, const ir::MapUpdate *> AssigningLookups;
  /// The element address each such update stores to.
  llvm::DenseMap<const ir::MapUpdate *, llvm::Value *> AssignedSlots;
};

} // namespace codegen
} // namespace goscape

#endif
