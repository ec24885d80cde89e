//===- Operators.cpp - Arithmetic, comparison, conversion -----------------===//
//
// Go's integer semantics on top of LLVM's: wraparound (no nsw/nuw flags),
// division by zero panics, MinInt / -1 is MinInt and MinInt % -1 is 0 (not
// LLVM's undefined behaviour), shifts by the width or more give 0 (or the
// sign for signed >>), and negative signed shift counts panic.
//
// Float-to-integer conversions follow gc on amd64 instead of LLVM's poison
// for values out of range: gc converts to int32 (CVTTSx2SL) for the
// targets of at most 16 bits and int32, to int64 (CVTTSx2SQ) for int64 and
// uint32, and truncates; the "integer indefinite" 0x80...0 of the
// instructions stands for NaN and out-of-range values. uint64 takes gc's
// two-way expansion: x < 2^63 ? int64(x) : int64(x - 2^63) | 1<<63.
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

#include "goscape/AST/Object.h"

#include <functional>

using namespace goscape;
using namespace goscape::codegen;

/// True if comparing values of type T can panic: it holds interfaces,
/// whose dynamic values may be uncomparable.
static bool comparisonCanPanic(const Type *T) {
  const Type *U = T->getUnderlying();
  if (llvm::isa<Interface>(U))
    return true;
  if (auto *AT = llvm::dyn_cast<Array>(U))
    return AT->getLen() > 0 && comparisonCanPanic(AT->getElem());
  if (auto *ST = llvm::dyn_cast<Struct>(U))
    return llvm::any_of(ST->getFields(), [](Var *V) {
      return V->getName() != "_" && comparisonCanPanic(V->getType());
    });
  return false;
}

llvm::Value *
FunctionCodeGen::allOf(llvm::ArrayRef<std::function<llvm::Value *()>> Conds,
                       bool InOrder) {
  if (Conds.empty())
    return B.getTrue();
  if (!InOrder) {
    llvm::Value *R = B.getTrue();
    for (const auto &C : Conds)
      R = B.CreateAnd(R, C());
    return R;
  }
  // Short-circuit: a comparison that could panic runs only if all before
  // it held (gc stops at the first difference).
  auto *Done = llvm::BasicBlock::Create(MG.Ctx, "eq.done", Fn);
  std::vector<std::pair<llvm::BasicBlock *, llvm::Value *>> In;
  for (const auto &C : Conds.drop_back()) {
    llvm::Value *V = C();
    auto *Next = llvm::BasicBlock::Create(MG.Ctx, "eq.next", Fn);
    In.push_back({B.GetInsertBlock(), B.getFalse()});
    B.CreateCondBr(V, Next, Done);
    B.SetInsertPoint(Next);
  }
  llvm::Value *Last = Conds.back()();
  In.push_back({B.GetInsertBlock(), Last});
  B.CreateBr(Done);
  B.SetInsertPoint(Done);
  llvm::PHINode *R = B.CreatePHI(B.getInt1Ty(), In.size());
  for (auto &[BB, V] : In)
    R->addIncoming(V, BB);
  return R;
}

llvm::Value *FunctionCodeGen::allElements(
    int64_t N, llvm::function_ref<llvm::Value *(llvm::Value *)> Cond) {
  llvm::BasicBlock *Pre = B.GetInsertBlock();
  auto *Loop = llvm::BasicBlock::Create(MG.Ctx, "eq.elem", Fn);
  auto *Next = llvm::BasicBlock::Create(MG.Ctx, "eq.elem.next", Fn);
  auto *Done = llvm::BasicBlock::Create(MG.Ctx, "eq.elems.done", Fn);
  B.CreateBr(Loop);
  B.SetInsertPoint(Loop);
  llvm::PHINode *Idx = B.CreatePHI(MG.IntTy, 2);
  Idx->addIncoming(B.getInt64(0), Pre);
  llvm::Value *C = Cond(Idx);
  llvm::BasicBlock *CondEnd = B.GetInsertBlock();
  B.CreateCondBr(C, Next, Done);
  B.SetInsertPoint(Next);
  llvm::Value *Inc = B.CreateAdd(Idx, B.getInt64(1));
  Idx->addIncoming(Inc, Next);
  B.CreateCondBr(B.CreateICmpULT(Inc, B.getInt64(N)), Loop, Done);
  B.SetInsertPoint(Done);
  llvm::PHINode *R = B.CreatePHI(B.getInt1Ty(), 2);
  R->addIncoming(B.getFalse(), CondEnd);
  R->addIncoming(B.getTrue(), Next);
  return R;
}

llvm::Value *FunctionCodeGen::equal(const Type *T, llvm::Value *A,
                                    llvm::Value *Bv) {
  const Type *U = T->getUnderlying();
  if (auto *AT = llvm::dyn_cast<Array>(U);
      AT && ModuleCodeGen::isLarge(AT) && AT->getLen() > 8) {
    // A long array in memory: a loop over the elements, in the order of
    // the unrolled comparison below.
    const Type *ET = AT->getElem();
    llvm::Type *ElemTy = MG.llvmType(ET);
    auto At = [&](llvm::Value *Base, llvm::Value *Idx) -> llvm::Value * {
      llvm::Value *Addr = B.CreateInBoundsGEP(ElemTy, Base, Idx);
      return ModuleCodeGen::isLarge(ET) ? Addr : B.CreateLoad(ElemTy, Addr);
    };
    return allElements(AT->getLen(), [&](llvm::Value *Idx) {
      return equal(ET, At(A, Idx), At(Bv, Idx));
    });
  }
  switch (U->getKind()) {
  case TypeKind::Basic: {
    auto *BT = llvm::cast<Basic>(U);
    if (BT->getInfo() & IsString) {
      if (llvm::Value *R = stringEqualsConstant(A, Bv))
        return R;
      return MG.RT->call_gs_eqstring(B, B.CreateExtractValue(A, 0),
                                     B.CreateExtractValue(A, 1),
                                     B.CreateExtractValue(Bv, 0),
                                     B.CreateExtractValue(Bv, 1));
    }
    if (BT->getInfo() & IsFloat)
      return B.CreateFCmpOEQ(A, Bv);
    return B.CreateICmpEQ(A, Bv);
  }
  case TypeKind::Interface: {
    llvm::Value *Args[] = {B.CreateExtractValue(A, 0), B.CreateExtractValue(A, 1),
                           B.CreateExtractValue(Bv, 0),
                           B.CreateExtractValue(Bv, 1)};
    if (llvm::cast<Interface>(U)->isEmpty())
      return MG.RT->call_gs_efaceequal(B, Args[0], Args[1], Args[2], Args[3]);
    return MG.RT->call_gs_ifaceequal(B, Args[0], Args[1], Args[2], Args[3]);
  }
  case TypeKind::Slice:
    // Only comparable to nil.
    return B.CreateICmpEQ(B.CreateExtractValue(A, 0),
                          B.CreateExtractValue(Bv, 0));
  case TypeKind::Struct: {
    std::vector<std::function<llvm::Value *()>> Conds;
    for (auto [I, V] : llvm::enumerate(llvm::cast<Struct>(U)->getFields())) {
      if (V->getName() == "_")
        continue;
      Conds.push_back([&, I = I, FT = V->getType()] {
        return equal(FT, element(T, A, I, FT), element(T, Bv, I, FT));
      });
    }
    return allOf(Conds, comparisonCanPanic(U));
  }
  case TypeKind::Array: {
    auto *AT = llvm::cast<Array>(U);
    const Type *ET = AT->getElem();
    // Element by element, as gc 1.19's generated equality does (also for
    // interfaces: no pass over the dynamic types first).
    std::vector<std::function<llvm::Value *()>> Conds;
    for (int64_t I = 0; I < AT->getLen(); ++I)
      Conds.push_back([&, I] {
        return equal(ET, element(T, A, I, ET), element(T, Bv, I, ET));
      });
    return allOf(Conds, comparisonCanPanic(U));
  }
  default:
    return B.CreateICmpEQ(A, Bv);
  }
}

/// Go's shift X << Y or X >> Y.
static llvm::Value *shift(FunctionCodeGen &G, const ir::BinOp *I,
                          llvm::Value *X, llvm::Value *Y) {
  llvm::IRBuilder<> &B = G.B;
  auto *XTy = llvm::cast<llvm::IntegerType>(X->getType());
  unsigned W = XTy->getBitWidth();
  bool YSigned = !isUnsigned(I->getY()->getType());
  llvm::Value *Y64 = YSigned ? B.CreateSExtOrTrunc(Y, B.getInt64Ty())
                             : B.CreateZExtOrTrunc(Y, B.getInt64Ty());
  if (YSigned && !llvm::isa<llvm::Constant>(Y64))
    G.panicIf(B.CreateICmpSLT(Y64, B.getInt64(0)), "gs_panic_shift", {});
  llvm::Value *Big = B.CreateICmpUGE(Y64, B.getInt64(W));
  bool Signed = !isUnsigned(I->getType());
  if (I->getOp() == Operator::Shr && Signed) {
    llvm::Value *Amt = B.CreateSelect(Big, B.getInt64(W - 1), Y64);
    return B.CreateAShr(X, B.CreateTrunc(Amt, XTy));
  }
  llvm::Value *Amt = B.CreateTrunc(B.CreateSelect(Big, B.getInt64(0), Y64), XTy);
  llvm::Value *R = I->getOp() == Operator::Shl ? B.CreateShl(X, Amt)
                                               : B.CreateLShr(X, Amt);
  return B.CreateSelect(Big, llvm::ConstantInt::get(XTy, 0), R);
}

llvm::Value *FunctionCodeGen::lowerBinOp(const ir::BinOp *I) {
  llvm::Value *X = get(I->getX()), *Y = get(I->getY());
  const Type *OT = I->getX()->getType();
  const Type *U = OT->getUnderlying();
  Operator Op = I->getOp();
  bool IsFloat = X->getType()->isFloatingPointTy();
  bool Signed = !isUnsigned(OT);
  bool IsStr = isString(OT);
  // x == nil for an interface: only the type word matters.
  if ((Op == Operator::Eql || Op == Operator::Neq) && llvm::isa<Interface>(U)) {
    auto IsNil = [](const ir::Value *V) {
      auto *C = llvm::dyn_cast<ir::Const>(V);
      return C && C->isZero();
    };
    if (IsNil(I->getX()) || IsNil(I->getY())) {
      llvm::Value *W = B.CreateExtractValue(IsNil(I->getX()) ? Y : X, 0);
      return Op == Operator::Eql ? B.CreateIsNull(W) : B.CreateIsNotNull(W);
    }
  }
  switch (Op) {
  case Operator::Eql:
    return equal(OT, X, Y);
  case Operator::Neq:
    if (IsFloat)
      return B.CreateFCmpUNE(X, Y);
    return B.CreateNot(equal(OT, X, Y));
  case Operator::Lss:
  case Operator::Leq:
  case Operator::Gtr:
  case Operator::Geq: {
    if (IsStr) {
      llvm::Value *C = MG.RT->call_gs_cmpstring(
          B, B.CreateExtractValue(X, 0), B.CreateExtractValue(X, 1),
          B.CreateExtractValue(Y, 0), B.CreateExtractValue(Y, 1));
      X = C;
      Y = B.getInt64(0);
      Signed = true;
    }
    if (IsFloat) {
      auto P = Op == Operator::Lss   ? llvm::CmpInst::FCMP_OLT
               : Op == Operator::Leq ? llvm::CmpInst::FCMP_OLE
               : Op == Operator::Gtr ? llvm::CmpInst::FCMP_OGT
                                     : llvm::CmpInst::FCMP_OGE;
      return B.CreateFCmp(P, X, Y);
    }
    auto P = Op == Operator::Lss
                 ? (Signed ? llvm::CmpInst::ICMP_SLT : llvm::CmpInst::ICMP_ULT)
             : Op == Operator::Leq
                 ? (Signed ? llvm::CmpInst::ICMP_SLE : llvm::CmpInst::ICMP_ULE)
             : Op == Operator::Gtr
                 ? (Signed ? llvm::CmpInst::ICMP_SGT : llvm::CmpInst::ICMP_UGT)
                 : (Signed ? llvm::CmpInst::ICMP_SGE : llvm::CmpInst::ICMP_UGE);
    return B.CreateICmp(P, X, Y);
  }
  case Operator::Add:
    return IsFloat ? B.CreateFAdd(X, Y) : B.CreateAdd(X, Y);
  case Operator::Sub:
    return IsFloat ? B.CreateFSub(X, Y) : B.CreateSub(X, Y);
  case Operator::Mul:
    return IsFloat ? B.CreateFMul(X, Y) : B.CreateMul(X, Y);
  case Operator::Div:
  case Operator::Rem: {
    if (IsFloat)
      return B.CreateFDiv(X, Y);
    llvm::Type *Ty = X->getType();
    if (!llvm::isa<llvm::ConstantInt>(Y) ||
        llvm::cast<llvm::ConstantInt>(Y)->isZero())
      panicIf(B.CreateICmpEQ(Y, llvm::ConstantInt::get(Ty, 0)),
              "gs_panic_divide", {});
    if (!Signed)
      return Op == Operator::Div ? B.CreateUDiv(X, Y) : B.CreateURem(X, Y);
    llvm::Value *MinusOne = B.CreateICmpEQ(Y, llvm::ConstantInt::getSigned(Ty, -1));
    llvm::Value *SafeY =
        B.CreateSelect(MinusOne, llvm::ConstantInt::get(Ty, 1), Y);
    if (Op == Operator::Div)
      return B.CreateSelect(MinusOne, B.CreateNeg(X), B.CreateSDiv(X, SafeY));
    return B.CreateSelect(MinusOne, llvm::ConstantInt::get(Ty, 0),
                          B.CreateSRem(X, SafeY));
  }
  case Operator::And:
    return B.CreateAnd(X, Y);
  case Operator::Or:
    return B.CreateOr(X, Y);
  case Operator::Xor:
    return B.CreateXor(X, Y);
  case Operator::AndNot:
    return B.CreateAnd(X, B.CreateNot(Y));
  case Operator::Shl:
  case Operator::Shr:
    return shift(*this, I, X, Y);
  default:
    (void)U;
    MG.error(I->getLoc(), "internal error: unexpected binary operator " +
                              getOperatorSpelling(Op));
    return llvm::UndefValue::get(X->getType());
  }
}

llvm::Value *FunctionCodeGen::lowerUnOp(const ir::UnOp *I) {
  llvm::Value *X = get(I->getX());
  switch (I->getOp()) {
  case Operator::Sub:
    return X->getType()->isFloatingPointTy() ? B.CreateFNeg(X) : B.CreateNeg(X);
  case Operator::Not:
  case Operator::Xor:
    return B.CreateNot(X);
  case Operator::Mul: {
    if (!llvm::isa<ir::Alloc, ir::Global, ir::FieldAddr, ir::IndexAddr,
                   ir::FreeVar>(I->getX()))
      nilCheck(X);
    return load(I->getType(), X);
  }
  default:
    MG.error(I->getLoc(), "internal error: unexpected unary operator " +
                              getOperatorSpelling(I->getOp()));
    return llvm::UndefValue::get(MG.valueType(I->getType()));
  }
}

/// The conversion of float X to a signed integer of Bits (32 or 64) bits
/// as x86-64's truncating conversions do it: 1 << (Bits-1) for NaN and
/// values outside [-2^(Bits-1), 2^(Bits-1)).
static llvm::Value *cvttToInt(llvm::IRBuilderBase &B, llvm::Value *X,
                              unsigned Bits) {
  llvm::Type *Ty = B.getIntNTy(Bits);
  double Limit = Bits == 64 ? 0x1p63 : 0x1p31;
  llvm::Type *FTy = X->getType();
  // Ordered comparisons: false for NaN.
  llvm::Value *InRange =
      B.CreateAnd(B.CreateFCmpOGE(X, llvm::ConstantFP::get(FTy, -Limit)),
                  B.CreateFCmpOLT(X, llvm::ConstantFP::get(FTy, Limit)));
  // fptosi is poison out of range; the select never yields it then.
  return B.CreateSelect(InRange, B.CreateFPToSI(X, Ty),
                        llvm::ConstantInt::get(
                            Ty, llvm::APInt::getSignedMinValue(Bits)));
}

llvm::Value *FunctionCodeGen::floatToInt(llvm::Value *X, llvm::Type *ToTy,
                                         bool ToSigned) {
  unsigned Bits = ToTy->getIntegerBitWidth();
  if (Bits < 32 || (Bits == 32 && ToSigned))
    return B.CreateTrunc(cvttToInt(B, X, 32), ToTy);
  if (Bits == 32 || ToSigned)
    return B.CreateTrunc(cvttToInt(B, X, 64), ToTy);
  llvm::Constant *Cutoff = llvm::ConstantFP::get(X->getType(), 0x1p63);
  llvm::Value *Low = cvttToInt(B, X, 64);
  llvm::Value *High = B.CreateOr(cvttToInt(B, B.CreateFSub(X, Cutoff), 64),
                                 B.getInt64(uint64_t(1) << 63));
  return B.CreateSelect(B.CreateFCmpOLT(X, Cutoff), Low, High);
}

llvm::Value *FunctionCodeGen::lowerConvert(const ir::Convert *I) {
  llvm::Value *X = get(I->getX());
  const Type *From = I->getX()->getType(), *To = I->getType();
  llvm::Type *ToTy = MG.valueType(To);
  llvm::Type *FromTy = X->getType();
  if (FromTy == ToTy)
    return X;
  bool FromSigned = !isUnsigned(From), ToSigned = !isUnsigned(To);
  if (FromTy->isIntegerTy() && ToTy->isIntegerTy())
    return FromSigned ? B.CreateSExtOrTrunc(X, ToTy)
                      : B.CreateZExtOrTrunc(X, ToTy);
  if (FromTy->isIntegerTy() && ToTy->isFloatingPointTy())
    return FromSigned ? B.CreateSIToFP(X, ToTy) : B.CreateUIToFP(X, ToTy);
  if (FromTy->isFloatingPointTy() && ToTy->isIntegerTy())
    return floatToInt(X, ToTy, ToSigned);
  if (FromTy->isFloatingPointTy() && ToTy->isFloatingPointTy())
    return B.CreateFPCast(X, ToTy);
  if (FromTy->isPointerTy() && ToTy->isIntegerTy())
    return B.CreatePtrToInt(X, ToTy);
  if (FromTy->isIntegerTy() && ToTy->isPointerTy())
    return B.CreateIntToPtr(X, ToTy);
  return X;
}
