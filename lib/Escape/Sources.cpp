//===- Sources.cpp - What an SSA value is made of -------------------------===//
//
// Instead of gc's holes (evaluation contexts pushed down an expression
// tree) the IR gives values: sources() says, for any SSA value, which
// locations it is made of and with how many dereferences (-1: the
// location's address). A load adds one dereference; field and index
// addresses keep the base's sources.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/ExprString.h"
#include "goscape/Sema/GcPosition.h"

using namespace goscape;
using namespace goscape::escape;
using namespace goscape::ir;

/// An operand of `iface == x` converted for the comparison (gc compares
/// without converting). The comparison's own result converted to an
/// interface, as in fmt.Println(a == b), is an ordinary conversion; so is
/// a constant comparison's (no operand of it is an interface).
bool escape::isComparisonOperand(const MakeInterface *MI) {
  // A switch case value compared with an interface tag (IRGen names the
  // case clause).
  if (llvm::isa_and_nonnull<CaseClause>(MI->getNode()))
    return true;
  auto *O = llvm::dyn_cast_or_null<Operation>(MI->getNode());
  if (!O || O->isUnary() || O->getConstValue() ||
      (O->getOp() != Operator::Eql && O->getOp() != Operator::Neq))
    return false;
  // A constant comparison's result is the value converted, not an operand.
  if (llvm::isa<ir::Const>(MI->getX()) && O->getConstValue())
    return false;
  auto *Result = llvm::dyn_cast<Instr>(MI->getX());
  return !Result || Result->getNode() != O;
}

bool escape::isConvertedAfterAnalysis(const Value *V) {
  auto *E = llvm::dyn_cast<Extract>(V);
  if (!E)
    return false;
  const Value *T = E->getTuple();
  if (llvm::isa<Select>(T))
    return E->getIndex() >= 2; // (0: the chosen case, 1: the ok flag)
  if (E->getIndex() > 1)
    return false;
  if (auto *TA = llvm::dyn_cast<TypeAssert>(T))
    return TA->isCommaOk();
  if (auto *L = llvm::dyn_cast<Lookup>(T))
    return L->isCommaOk();
  if (auto *U = llvm::dyn_cast<UnOp>(T))
    return U->isCommaOk();
  return false;
}

const Srcs &Batch::sources(Value *V) {
  auto It = SrcCache.find(V);
  if (It != SrcCache.end())
    return It->second;
  Srcs Out;
  // Only phis can be reached again while their sources are computed (any
  // other instruction's operands dominate it).
  if (!llvm::isa<Phi>(V)) {
    computeSources(V, Out);
  } else if (InProgress.insert(V).second) {
    computeSources(V, Out);
    InProgress.erase(V);
  }
  return SrcCache[V] = std::move(Out);
}

static void append(Srcs &Out, const Srcs &In, int Shift) {
  for (Src S : In)
    Out.push_back({S.L, S.Derefs + Shift});
}

void Batch::computeSources(Value *V, Srcs &Out) {
  if (auto *FV = llvm::dyn_cast<FreeVar>(V)) {
    // The captured variable of the enclosing function (one location).
    if (Location *L = freeVarLoc(FV))
      Out.push_back({L, -1});
    return;
  }
  if (auto *F = llvm::dyn_cast<ir::Function>(V)) {
    if (Location *L = LitLocs.lookup(F))
      Out.push_back({L, -1});
    return;
  }
  auto *I = llvm::dyn_cast<Instr>(V);
  if (!I)
    return;
  switch (I->getKind()) {
  case ValueKind::Alloc:
    if (Location *L = locOfAlloc(llvm::cast<Alloc>(I)))
      Out.push_back({L, -1});
    return;
  case ValueKind::Concat:
    // `s += x` is an assignment of x in gc, not an allocation site.
    if (llvm::isa_and_nonnull<AssignStmt>(I->getNode())) {
      append(Out, sources(I->getOperand(I->getNumOperands() - 1)), 0);
      return;
    }
    [[fallthrough]];
  case ValueKind::MakeSlice:
  case ValueKind::MakeMap:
  case ValueKind::MakeClosure:
  case ValueKind::BoundMethod:
  case ValueKind::StringConvert:
    if (Location *L = SiteLocs.lookup(I))
      Out.push_back({L, -1});
    return;
  case ValueKind::MakeInterface: {
    auto *MI = llvm::cast<MakeInterface>(I);
    if (isConvertedAfterAnalysis(MI->getX()) || isComparisonOperand(MI)) {
      append(Out, sources(MI->getX()), 0);
      return;
    }
    if (Location *L = SiteLocs.lookup(I))
      Out.push_back({L, -1});
    else
      append(Out, sources(MI->getX()), 0);
    return;
  }
  case ValueKind::UnOp: {
    auto *U = llvm::cast<UnOp>(I);
    if (U->getOp() == Operator::Mul && hasPointers(U->getType()))
      append(Out, sources(U->getX()), 1);
    return;
  }
  case ValueKind::Convert: {
    const Type *XT = I->getOperand(0)->getType();
    if (isUnsafePointer(I->getType()) && !hasPointers(XT)) {
      unsafeSources(I->getOperand(0), Out);
      return;
    }
    [[fallthrough]];
  }
  case ValueKind::ChangeType:
  case ValueKind::ChangeInterface:
  case ValueKind::SliceToArrayPointer:
  case ValueKind::Slice:
  case ValueKind::FieldAddr:
  case ValueKind::Field:
  case ValueKind::IndexAddr:
  case ValueKind::Index:
    if (hasPointers(I->getType()) && hasPointers(I->getOperand(0)->getType()))
      append(Out, sources(I->getOperand(0)), 0);
    return;
  case ValueKind::Phi:
    for (const Use &U : I->operands())
      append(Out, sources(U.get()), 0);
    return;
  case ValueKind::Call:
    if (I->getType() && !llvm::isa<Tuple>(I->getType()) &&
        hasPointers(I->getType()))
      Out.push_back({callResult(llvm::cast<CallInstr>(I), 0), 0});
    return;
  case ValueKind::TypeAssert: {
    auto *TA = llvm::cast<TypeAssert>(I);
    const Type *To = TA->isCommaOk()
                         ? llvm::cast<Tuple>(TA->getType())->getVars()[0]
                               ->getType()
                         : TA->getType();
    if (hasPointers(To))
      append(Out, sources(TA->getX()),
             (!isIfaceType(To) && !isDirectIface(To)) ? 1 : 0);
    return;
  }
  case ValueKind::Extract: {
    auto *E = llvm::cast<Extract>(I);
    if (!hasPointers(E->getType()))
      return;
    Value *T = E->getTuple();
    if (auto *C = llvm::dyn_cast<Call>(T)) {
      // A result gc's type checker assigns to a temporary first.
      if (Location *Tmp = MVTmpLocs.lookup({C, E->getIndex()})) {
        if (Tmp->Edges.empty())
          flowSrc(Tmp, {callResult(C, E->getIndex()), 0});
        Out.push_back({Tmp, 0});
        return;
      }
      Out.push_back({callResult(C, E->getIndex()), 0});
    } else if (E->getIndex() == 0 && llvm::isa<TypeAssert>(T)) {
      append(Out, sources(T), 0);
    } else if (auto *N = llvm::dyn_cast<Next>(T)) {
      // Range over a map: gc lets only the value flow from the contents.
      if (auto *R = llvm::dyn_cast<Range>(N->getIter()); R && E->getIndex() == 2)
        append(Out, sources(R->getX()), 1);
    }
    return;
  }
  case ValueKind::Append:
    if (Location *T = appendTmp(llvm::cast<Append>(I)))
      Out.push_back({T, 0});
    else
      append(Out, sources(llvm::cast<Append>(I)->getSlice()), 0);
    return;
  default:
    return;
  }
}

bool escape::isUnsafePointer(const Type *T) {
  auto *B = T ? llvm::dyn_cast<Basic>(T->getUnderlying()) : nullptr;
  return B && B->getBasicKind() == BasicKind::UnsafePointer;
}

/// True for the address of the Data field of a reflect.SliceHeader or
/// reflect.StringHeader reached through a pointer (gc's
/// IsReflectHeaderDataField).
bool escape::isReflectHeaderData(const Value *V) {
  auto *FA = llvm::dyn_cast<FieldAddr>(V);
  // Through a pointer value, not in a variable of the header type.
  if (!FA || llvm::isa<Alloc>(FA->getX()) || llvm::isa<FreeVar>(FA->getX()) ||
      llvm::isa<Global>(FA->getX()) || llvm::isa<FieldAddr>(FA->getX()) ||
      llvm::isa<IndexAddr>(FA->getX()))
    return false;
  auto *P = llvm::dyn_cast<Pointer>(FA->getX()->getType()->getUnderlying());
  auto *N = P ? llvm::dyn_cast<Named>(P->getElem()) : nullptr;
  if (!N || !N->getObject() || !N->getObject()->getPackage() ||
      N->getObject()->getPackage()->getPath() != "reflect")
    return false;
  llvm::StringRef TN = N->getObject()->getName();
  if (TN != "SliceHeader" && TN != "StringHeader")
    return false;
  auto *ST = llvm::cast<Struct>(N->getUnderlying());
  return FA->getFieldIndex() < ST->getFields().size() &&
         ST->getFields()[FA->getFieldIndex()]->getName() == "Data";
}

void Batch::unsafeSources(Value *V, Srcs &Out) {
  if (auto *C = llvm::dyn_cast<Convert>(V)) {
    if (isUnsafePointer(C->getX()->getType()))
      append(Out, sources(C->getX()), 0);
    return;
  }
  if (auto *C = llvm::dyn_cast<ChangeType>(V)) {
    unsafeSources(C->getX(), Out);
    return;
  }
  if (auto *U = llvm::dyn_cast<UnOp>(V)) {
    if (U->getOp() == Operator::Mul) {
      // hdr.Data of a *reflect.SliceHeader or *reflect.StringHeader holds
      // the pointer the header describes.
      if (isReflectHeaderData(U->getX()))
        append(Out, sources(llvm::cast<FieldAddr>(U->getX())->getX()), 1);
      return;
    }
    if (U->getOp() == Operator::Sub || U->getOp() == Operator::Xor ||
        U->getOp() == Operator::Add)
      unsafeSources(U->getX(), Out);
    return;
  }
  auto *B = llvm::dyn_cast<BinOp>(V);
  if (!B)
    return;
  switch (B->getOp()) {
  case Operator::Add:
  case Operator::Sub:
  case Operator::Or:
  case Operator::Xor:
  case Operator::Mul:
  case Operator::Div:
  case Operator::Rem:
  case Operator::And:
  case Operator::AndNot:
    unsafeSources(B->getX(), Out);
    unsafeSources(B->getY(), Out);
    return;
  case Operator::Shl:
  case Operator::Shr:
    unsafeSources(B->getX(), Out);
    return;
  default:
    return;
  }
}

