//===- Printer.cpp - The `goscape ssa` text format ------------------------===//
//
// Formats functions and modules as described in Printer.h. Everything is
// printed in block and instruction order with names from ValueNumbering,
// so the output is a function of the IR alone (no addresses, no hashing).
//
//===----------------------------------------------------------------------===//

#include "goscape/IR/Printer.h"
#include "goscape/AST/Constant.h"
#include "goscape/Basic/SourceManager.h"
#include "goscape/IR/InstrVisitor.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"

using namespace goscape;
using namespace goscape::ir;

//===----------------------------------------------------------------------===//
// ValueNumbering
//===----------------------------------------------------------------------===//

/// Whether Name could be confused with a numbered value (`t3`).
static bool looksNumbered(llvm::StringRef Name) {
  if (!Name.consume_front("t") || Name.empty())
    return false;
  return llvm::all_of(Name, [](char C) { return C >= '0' && C <= '9'; });
}

ValueNumbering::ValueNumbering(const Function &F) {
  llvm::StringSet<> Used;
  auto Choose = [&](const Value *V, const Var *Obj, llvm::StringRef Prefix,
                    unsigned Index) {
    llvm::StringRef Name = Obj ? Obj->getName() : llvm::StringRef();
    if (Name.empty() || Name == "_" || looksNumbered(Name) ||
        !Used.insert(Name).second)
      Names[V] = (Prefix + llvm::Twine(Index)).str();
    else
      Names[V] = Name.str();
  };
  for (const Parameter *P : F.params())
    Choose(P, P->getVar(), "p", P->getIndex());
  for (const FreeVar *FV : F.freeVars())
    Choose(FV, FV->getVar(), "fv", FV->getIndex());
  unsigned Next = 0;
  for (const BasicBlock *BB : F.blocks())
    for (const Instr *I : BB->instrs())
      if (I->definesValue())
        Numbers[I] = Next++;
}

int ValueNumbering::getNumber(const Value *V) const {
  auto It = Numbers.find(V);
  return It == Numbers.end() ? -1 : int(It->second);
}

static void printConst(const ir::Const &C, llvm::raw_ostream &OS) {
  const Constant *V = C.getValue();
  if (!V)
    OS << (hasNil(C.getType()) ? "nil" : "zero");
  else if (V->getKind() == ConstKind::String)
    writeGoQuoted(OS, V->getString());
  else
    V->print(OS);
  OS << ':';
  C.getType()->print(OS);
}

void ValueNumbering::printRef(const Value *V, llvm::raw_ostream &OS) const {
  if (!V) {
    OS << "<null>";
    return;
  }
  switch (V->getKind()) {
  case ValueKind::Function:
    OS << '@' << llvm::cast<Function>(V)->getName();
    return;
  case ValueKind::Global:
    OS << '@' << llvm::cast<Global>(V)->getName();
    return;
  case ValueKind::Const:
    printConst(*llvm::cast<ir::Const>(V), OS);
    return;
  case ValueKind::Parameter:
  case ValueKind::FreeVar: {
    auto It = Names.find(V);
    if (It != Names.end()) {
      OS << '%' << It->second;
      return;
    }
    break;
  }
#define GS_INSTR(Name, Base) case ValueKind::Name:
#include "goscape/IR/Instrs.def"
    if (int N = getNumber(V); N >= 0) {
      OS << "%t" << N;
      return;
    }
    break;
  }
  // A value this function does not define (only in broken IR).
  OS << "%?" << getValueKindName(V->getKind());
}

std::string ValueNumbering::ref(const Value *V) const {
  std::string S;
  llvm::raw_string_ostream OS(S);
  printRef(V, OS);
  return S;
}

//===----------------------------------------------------------------------===//
// Instructions
//===----------------------------------------------------------------------===//

namespace {
/// Writes the part of an instruction line after `%tN = `.
class InstrPrinter : public InstrVisitor<InstrPrinter> {
public:
  InstrPrinter(const ValueNumbering &VN, llvm::raw_ostream &OS)
      : VN(VN), OS(OS) {}

  void ref(const Value *V) { VN.printRef(V, OS); }
  void type(const Type *T) {
    if (T)
      T->print(OS);
    else
      OS << "<no type>";
  }
  void list(llvm::ArrayRef<Use> Us) {
    bool First = true;
    for (const Use &U : Us) {
      if (!First)
        OS << ", ";
      First = false;
      ref(U.get());
    }
  }
  /// `op To <- From %x` for conversions.
  void conversion(llvm::StringRef Op, const Instr &I, const Value *X) {
    OS << Op << ' ';
    type(I.getType());
    OS << " <- ";
    type(X ? X->getType() : nullptr);
    OS << ' ';
    ref(X);
  }

  void visitAlloc(const Alloc &I) {
    OS << "alloc." << getAllocKindName(I.getAllocKind()) << ' ';
    type(I.getAllocatedType());
    if (const Var *V = I.getVar())
      OS << " (" << V->getName() << ')';
  }
  void visitMakeSlice(const MakeSlice &I) {
    OS << "makeslice ";
    type(I.getType());
    OS << ' ';
    list(I.operands());
  }
  void visitMakeMap(const MakeMap &I) {
    OS << "makemap ";
    type(I.getType());
    if (I.getReserve()) {
      OS << ' ';
      ref(I.getReserve());
    }
  }
  void visitMakeChan(const MakeChan &I) {
    OS << "makechan ";
    type(I.getType());
    OS << ' ';
    ref(I.getSize());
  }
  void visitMakeClosure(const MakeClosure &I) {
    OS << "makeclosure ";
    ref(I.getOperand(0));
    OS << " [";
    list(I.getBindings());
    OS << ']';
  }
  void visitBoundMethod(const BoundMethod &I) {
    OS << "boundmethod ";
    if (I.isInterface())
      OS << "invoke ";
    OS << I.getMethod()->getFullName() << ' ';
    ref(I.getRecv());
  }
  void visitMakeInterface(const MakeInterface &I) {
    conversion("makeinterface", I, I.getX());
  }
  void visitStringConvert(const StringConvert &I) {
    conversion("stringconv", I, I.getX());
  }
  void visitConcat(const Concat &I) {
    OS << "concat ";
    list(I.getParts());
  }

  void call(const CallInstr &I) {
    switch (I.getMode()) {
    case CallMode::Static:
    case CallMode::Closure:
      OS << "call ";
      ref(I.getCalleeValue());
      break;
    case CallMode::Invoke:
      OS << "invoke ";
      ref(I.getCalleeValue());
      OS << '.' << I.getMethod()->getName();
      break;
    case CallMode::Builtin:
      OS << "builtin " << getBuiltinName(I.getBuiltin());
      break;
    }
    OS << '(';
    list(I.getArgs());
    OS << ')';
  }
  void visitCall(const Call &I) { call(I); }
  void visitGo(const Go &I) {
    OS << "go ";
    call(I);
  }
  void visitDefer(const Defer &I) {
    OS << "defer ";
    call(I);
  }

  void visitPhi(const Phi &I) {
    OS << "phi ";
    type(I.getType());
    OS << " [";
    llvm::ArrayRef<BasicBlock *> Preds;
    if (I.getParent())
      Preds = I.getParent()->preds();
    for (unsigned E = 0; E != I.getNumOperands(); ++E) {
      if (E)
        OS << ", ";
      if (E < Preds.size())
        OS << Preds[E]->getIndex();
      else
        OS << '?';
      OS << ": ";
      ref(I.getOperand(E));
    }
    OS << ']';
  }
  void visitBinOp(const BinOp &I) {
    ref(I.getX());
    OS << ' ' << getOperatorSpelling(I.getOp()) << ' ';
    ref(I.getY());
  }
  void visitUnOp(const UnOp &I) {
    OS << (I.getOp() == Operator::Mul ? llvm::StringRef("*")
                                      : getOperatorSpelling(I.getOp()));
    ref(I.getX());
    if (I.isCommaOk())
      OS << ",ok";
  }
  void visitChangeType(const ChangeType &I) {
    conversion("changetype", I, I.getX());
  }
  void visitConvert(const Convert &I) { conversion("convert", I, I.getX()); }
  void visitChangeInterface(const ChangeInterface &I) {
    conversion("changeinterface", I, I.getX());
  }
  void visitSliceToArrayPointer(const SliceToArrayPointer &I) {
    conversion("slicetoarrayptr", I, I.getX());
  }
  void optional(const Value *V) {
    if (V)
      ref(V);
  }
  void visitSlice(const ir::Slice &I) {
    OS << "slice ";
    ref(I.getX());
    OS << '[';
    optional(I.getLow());
    OS << ':';
    optional(I.getHigh());
    if (I.getMax()) {
      OS << ':';
      ref(I.getMax());
    }
    OS << ']';
  }
  void field(const Var *F, unsigned Index) {
    OS << '.' << (F ? F->getName() : llvm::StringRef("?")) << " #" << Index;
  }
  void visitFieldAddr(const FieldAddr &I) {
    OS << "fieldaddr &";
    ref(I.getX());
    field(I.getField(), I.getFieldIndex());
  }
  void visitField(const ir::Field &I) {
    OS << "field ";
    ref(I.getX());
    field(I.getField(), I.getFieldIndex());
  }
  void index(llvm::StringRef Op, const Value *X, const Value *Idx) {
    OS << Op;
    ref(X);
    OS << '[';
    ref(Idx);
    OS << ']';
  }
  void visitIndexAddr(const IndexAddr &I) {
    index("indexaddr &", I.getX(), I.getIndex());
  }
  void visitIndex(const Index &I) { index("index ", I.getX(), I.getIndex()); }
  void visitLookup(const Lookup &I) {
    index("lookup ", I.getX(), I.getIndex());
    if (I.isCommaOk())
      OS << ",ok";
  }
  void visitSelect(const Select &I) {
    OS << "select " << (I.isBlocking() ? "blocking" : "nonblocking") << " [";
    for (unsigned S = 0, E = I.getStates().size(); S != E; ++S) {
      if (S)
        OS << ", ";
      if (const Value *V = I.getSendValue(S)) {
        ref(I.getChan(S));
        OS << "<-";
        ref(V);
      } else {
        OS << "<-";
        ref(I.getChan(S));
      }
    }
    OS << ']';
  }
  void visitRange(const Range &I) {
    OS << "range ";
    ref(I.getX());
  }
  void visitNext(const Next &I) {
    OS << "next ";
    ref(I.getIter());
  }
  void visitTypeAssert(const TypeAssert &I) {
    OS << "typeassert ";
    ref(I.getX());
    OS << ".(";
    type(I.getAssertedType());
    OS << ')';
    if (I.isCommaOk())
      OS << ",ok";
  }
  void visitExtract(const Extract &I) {
    OS << "extract ";
    ref(I.getTuple());
    OS << " #" << I.getIndex();
  }
  void visitAppend(const Append &I) {
    OS << "append ";
    list(I.operands());
    if (I.hasDots())
      OS << "...";
  }
  void visitCopy(const Copy &I) {
    OS << "copy ";
    list(I.operands());
  }
  void visitBuiltinCall(const BuiltinCall &I) {
    OS << "builtin " << getBuiltinName(I.getBuiltin()) << '(';
    list(I.getArgs());
    OS << ')';
  }
  void visitStore(const Store &I) {
    OS << "store *";
    ref(I.getAddr());
    OS << " = ";
    ref(I.getVal());
  }
  void visitMapUpdate(const MapUpdate &I) {
    index("mapupdate ", I.getMap(), I.getKey());
    OS << " = ";
    ref(I.getVal());
  }
  void visitMapDelete(const MapDelete &I) {
    index("mapdelete ", I.getMap(), I.getKey());
  }
  void visitSend(const Send &I) {
    OS << "send ";
    ref(I.getChan());
    OS << " <- ";
    ref(I.getX());
  }
  void visitRunDefers(const RunDefers &) { OS << "rundefers"; }
  void visitDebugRef(const DebugRef &I) {
    OS << "debugref " << (I.isAddr() ? "&" : "");
    ref(I.getX());
  }
  void target(const BasicBlock *BB) {
    if (BB)
      OS << BB->getIndex();
    else
      OS << "<null>";
  }
  void visitJump(const Jump &I) {
    OS << "jump ";
    target(I.getTarget());
  }
  void visitIf(const If &I) {
    OS << "if ";
    ref(I.getCond());
    OS << " then ";
    target(I.getThen());
    OS << " else ";
    target(I.getElse());
  }
  void visitReturn(const Return &I) {
    OS << "return";
    if (I.getNumOperands()) {
      OS << ' ';
      list(I.getResults());
    }
  }
  void visitPanic(const Panic &I) {
    OS << "panic ";
    ref(I.getX());
  }

private:
  const ValueNumbering &VN;
  llvm::raw_ostream &OS;
};
} // namespace

/// Writes ` ; part part...` when there are parts.
static void printComment(llvm::ArrayRef<std::string> Parts,
                         llvm::raw_ostream &OS) {
  if (Parts.empty())
    return;
  OS << " ;";
  for (const std::string &P : Parts)
    OS << ' ' << P;
}

static std::string formatLoc(SourceLoc L, const SourceManager *SM) {
  if (!SM || !L.isValid())
    return "";
  PresumedLoc PL = SM->getPresumedLoc(L);
  return (llvm::Twine(PL.Line) + ":" + llvm::Twine(PL.Column)).str();
}

void ir::printInstr(const Instr &I, const ValueNumbering &VN,
                    llvm::raw_ostream &OS, const SourceManager *SM) {
  OS << "  ";
  if (I.definesValue())
    OS << VN.ref(&I) << " = ";
  InstrPrinter(VN, OS).visit(I);
  llvm::SmallVector<std::string, 4> Parts;
  if (std::string L = formatLoc(I.getLoc(), SM); !L.empty())
    Parts.push_back(L);
  if (I.isSynthetic())
    Parts.push_back("synthetic");
  if (auto *A = llvm::dyn_cast<AllocationSite>(&I))
    Parts.push_back(getAllocDecisionName(A->getDecision()).str());
  if (auto *D = llvm::dyn_cast<Defer>(&I); D && D->isInLoop())
    Parts.push_back("inloop");
  printComment(Parts, OS);
  OS << '\n';
}

//===----------------------------------------------------------------------===//
// Functions and modules
//===----------------------------------------------------------------------===//

void ir::printFunction(const Function &F, llvm::raw_ostream &OS,
                       const SourceManager *SM) {
  ValueNumbering VN(F);
  // Parameters as `%name type`; an external function's, which have no
  // Parameter values, as the signature's types. A variadic signature's
  // last parameter prints as `...T`.
  const Signature *Sig = F.getSignature();
  auto ParamType = [&](unsigned I, unsigned N, const Type *T) {
    auto *S = llvm::dyn_cast<goscape::Slice>(T);
    if (Sig->isVariadic() && I + 1 == N && S) {
      OS << "...";
      S->getElem()->print(OS);
      return;
    }
    T->print(OS);
  };
  OS << "func " << F.getName() << '(';
  if (F.isExternal() && F.params().empty()) {
    llvm::ArrayRef<Var *> Ps = Sig->getParams()->getVars();
    for (unsigned I = 0; I != Ps.size(); ++I) {
      if (I)
        OS << ", ";
      ParamType(I, Ps.size(), Ps[I]->getType());
    }
  }
  for (const Parameter *P : F.params()) {
    if (P->getIndex())
      OS << ", ";
    VN.printRef(P, OS);
    OS << ' ';
    ParamType(P->getIndex(), F.params().size(), P->getType());
  }
  OS << ')';
  llvm::ArrayRef<Var *> Results = F.getSignature()->getResults()->getVars();
  if (Results.size() == 1) {
    OS << ' ';
    Results[0]->getType()->print(OS);
  } else if (Results.size() > 1) {
    OS << " (";
    for (unsigned I = 0; I != Results.size(); ++I) {
      if (I)
        OS << ", ";
      Results[I]->getType()->print(OS);
    }
    OS << ')';
  }
  llvm::SmallVector<std::string, 4> Parts;
  if (std::string L = formatLoc(F.getLoc(), SM); !L.empty())
    Parts.push_back(L);
  if (F.isExternal())
    Parts.push_back("external");
  if (const Function *P = F.getParentFunction())
    Parts.push_back(("parent " + P->getName()).str());
  printComment(Parts, OS);
  OS << '\n';

  for (const FreeVar *FV : F.freeVars()) {
    OS << "  freevar ";
    VN.printRef(FV, OS);
    OS << ' ';
    FV->getType()->print(OS);
    switch (FV->getCaptureMode()) {
    case CaptureMode::Undecided:
      break;
    case CaptureMode::ByReference:
      OS << " ; byref";
      break;
    case CaptureMode::ByValue:
      OS << " ; byvalue";
      break;
    }
    OS << '\n';
  }
  for (unsigned I = 0; I != F.getParamTags().size(); ++I) {
    OS << "  tag ";
    if (I < F.params().size())
      VN.printRef(F.params()[I], OS);
    else
      OS << '#' << I;
    OS << ": " << F.getParamTags()[I] << '\n';
  }
  if (const BasicBlock *R = F.getRecoverBlock())
    OS << "  recover " << R->getIndex() << '\n';

  for (const BasicBlock *BB : F.blocks()) {
    OS << BB->getIndex() << ':';
    if (!BB->getComment().empty())
      OS << ' ' << BB->getComment();
    if (!BB->preds().empty()) {
      OS << " ; preds";
      for (unsigned I = 0; I != BB->preds().size(); ++I)
        OS << (I ? ", " : " ") << BB->preds()[I]->getIndex();
    }
    OS << '\n';
    for (const Instr *I : BB->instrs())
      printInstr(*I, VN, OS, SM);
  }
}

void ir::printModule(const Module &M, llvm::raw_ostream &OS,
                     const SourceManager *SM) {
  for (const Global *G : M.globals()) {
    OS << "var @" << G->getName() << ' ';
    llvm::cast<Pointer>(G->getType())->getElem()->print(OS);
    if (std::string L = formatLoc(G->getVar()->getLoc(), SM); !L.empty())
      OS << " ; " << L;
    OS << '\n';
  }
  bool First = M.globals().empty();
  for (const auto &F : M.functions()) {
    if (!First)
      OS << '\n';
    First = false;
    printFunction(*F, OS, SM);
  }
}
