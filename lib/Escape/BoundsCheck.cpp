//===- BoundsCheck.cpp - gc's "index bounds check elided" lines ----------===//
//
// After escape analysis gc walks every function, and at -m its walk says
// `index bounds check elided` at the `[` of an index into an array (or
// through a pointer to one) or into a constant string when the index is
// not a constant but its form proves it in range: a mask `x & c` (or
// `x &^ c`) with 0 <= c < len, an unsigned `x % c` with c <= len, or an
// unsigned index whose bits (fewer after `x / c` or `x >> c`) cannot reach
// len. The lines follow the escape analysis's, function by function in
// gc's compile order: for each declared function in source order, first
// its function literals that capture nothing (gc compiles those as
// functions of their own, innermost first), then the function itself
// followed by the literals it creates that capture something, depth first
// with later literals first (gc's todo stack). Within a function the lines
// are in source order.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

using namespace goscape;
using namespace goscape::escape;
using namespace goscape::ir;

namespace {

/// gc's IsSmallIntConst: an integer constant that fits in 32 bits.
std::optional<int64_t> smallIntConst(const Expr *E) {
  const Constant *C = E ? E->getConstValue() : nullptr;
  if (!C || C->getKind() != ConstKind::Int)
    return std::nullopt;
  std::optional<int64_t> V = C->getInt64();
  if (!V || *V < INT32_MIN || *V > INT32_MAX)
    return std::nullopt;
  return V;
}

/// gc's walk.bounded: true when the integer expression N is certainly in
/// [0, Max).
bool bounded(ModuleState &MS, const Expr *N, int64_t Max) {
  N = unparen(N);
  const Type *T = N->getType();
  if (!T || !isInteger(T))
    return false;
  bool Signed = !isUnsigned(T);
  int64_t Bits = 8 * MS.sizeOf(T);
  if (std::optional<int64_t> V = smallIntConst(N))
    return 0 <= *V && *V < Max;
  if (auto *Op = llvm::dyn_cast<Operation>(N); Op && !Op->isUnary()) {
    switch (Op->getOp()) {
    case Operator::And:
    case Operator::AndNot: {
      int64_t V = -1;
      if (std::optional<int64_t> C = smallIntConst(unparen(Op->getX()))) {
        V = *C;
      } else if (std::optional<int64_t> C =
                     smallIntConst(unparen(Op->getY()))) {
        V = *C;
        if (Op->getOp() == Operator::AndNot) {
          V = ~V;
          if (!Signed && Bits < 64)
            V &= (int64_t(1) << Bits) - 1;
        }
      }
      if (0 <= V && V < Max)
        return true;
      break;
    }
    case Operator::Rem:
      if (std::optional<int64_t> C = smallIntConst(unparen(Op->getY()));
          C && !Signed && 0 <= *C && *C <= Max)
        return true;
      break;
    case Operator::Div:
      if (std::optional<int64_t> C = smallIntConst(unparen(Op->getY()));
          C && !Signed)
        for (int64_t V = *C; Bits > 0 && V >= 2; V >>= 1)
          --Bits;
      break;
    case Operator::Shr:
      if (std::optional<int64_t> C = smallIntConst(unparen(Op->getY()));
          C && !Signed) {
        if (*C > Bits)
          return true;
        Bits -= *C;
      }
      break;
    default:
      break;
    }
  }
  return !Signed && Bits <= 62 && (int64_t(1) << Bits) <= Max;
}

/// True when gc's walk elides IE's bounds check and says so.
bool elided(ModuleState &MS, const IndexExpr *IE) {
  const Expr *X = unparen(IE->getX());
  const Expr *Index = IE->getIndex();
  if (!X || !Index || !X->getType() || !Index->getType() ||
      Index->getConstValue())
    return false;
  if (const Constant *C = X->getConstValue())
    return C->getKind() == ConstKind::String &&
           bounded(MS, Index, C->getString().size());
  const Type *T = X->getType()->getUnderlying();
  if (auto *P = llvm::dyn_cast<Pointer>(T))
    T = P->getElem()->getUnderlying();
  auto *A = llvm::dyn_cast<Array>(T);
  return A && bounded(MS, Index, A->getLen());
}

/// True for a function literal that captures nothing: gc compiles it as a
/// function of its own.
bool isTrivialLiteral(const ir::Function *F) {
  return F->getParentFunction() && F->freeVars().empty();
}

class ElidedChecks {
public:
  ElidedChecks(ModuleState &MS, const ir::Module &M) : MS(MS) {
    for (const auto &F : M.functions())
      if (const ir::Function *P = F->getParentFunction())
        Literals[P].push_back(F.get());
    for (auto &[Parent, Lits] : Literals)
      llvm::stable_sort(Lits, [](const ir::Function *A,
                                 const ir::Function *B) {
        return A->getSyntax()->getLoc() < B->getSyntax()->getLoc();
      });
  }

  /// Reports the lines of the declared function F and its literals.
  void reportDecl(const ir::Function *F) {
    reportTrivialLiterals(F);
    reportUnit(F);
  }

private:
  /// The literals of F that capture nothing, innermost first.
  void reportTrivialLiterals(const ir::Function *F) {
    for (const ir::Function *L : literalsOf(F)) {
      reportTrivialLiterals(L);
      if (isTrivialLiteral(L))
        reportUnit(L);
    }
  }

  /// F's own lines, then those of the capturing literals it creates.
  void reportUnit(const ir::Function *F) {
    std::vector<const IndexExpr *> Found;
    llvm::DenseSet<const Node *> Seen;
    for (const BasicBlock *BB : F->blocks())
      for (const Instr *I : BB->instrs())
        if (auto *IE = llvm::dyn_cast_or_null<IndexExpr>(I->getNode());
            IE && Seen.insert(IE).second && elided(MS, IE))
          Found.push_back(IE);
    llvm::stable_sort(Found, [](const IndexExpr *A, const IndexExpr *B) {
      return A->getLoc() < B->getLoc();
    });
    for (const IndexExpr *IE : Found)
      MS.report(IE->getLoc(), "index bounds check elided");
    llvm::ArrayRef<const ir::Function *> Lits = literalsOf(F);
    for (auto It = Lits.rbegin(); It != Lits.rend(); ++It)
      if (!isTrivialLiteral(*It))
        reportUnit(*It);
  }

  llvm::ArrayRef<const ir::Function *> literalsOf(const ir::Function *F) {
    auto It = Literals.find(F);
    return It == Literals.end() ? llvm::ArrayRef<const ir::Function *>()
                                : llvm::ArrayRef(It->second);
  }

  ModuleState &MS;
  /// Each function's literals, in source order.
  llvm::DenseMap<const ir::Function *, std::vector<const ir::Function *>>
      Literals;
};

} // namespace

void escape::reportElidedBoundsChecks(ModuleState &MS, const ir::Module &M) {
  ElidedChecks Checks(MS, M);
  // (A package's init functions have no object: find them by syntax.)
  llvm::DenseMap<const Node *, const ir::Function *> Declared;
  for (const auto &F : M.functions())
    if (!F->getParentFunction() && F->getSyntax())
      Declared[F->getSyntax()] = F.get();
  for (const FuncDecl *D : MS.CP.getFuncDecls())
    if (const ir::Function *F = Declared.lookup(D))
      Checks.reportDecl(F);
}
