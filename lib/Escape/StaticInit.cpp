//===- StaticInit.cpp - gc's static initialization of package variables --===//
//
// Before escape analysis, gc's staticinit turns every package variable
// initializer it can into static data: composite literals other than maps
// (a slice literal's array and the target of &T{...} become numbered
// static temporaries, `pkg..stmp_N`), function literals, []byte and
// []rune of constant strings, and interface boxes (a static temporary per
// boxed value). What it cannot lay out (a map literal, a call, []byte of a
// variable) it assigns at init to its place in the static data, printed
// `(T)(pkg..stmp_N@offset)`: escape analysis sees only those assignments.
// `var _ = E` is dropped when evaluating E has no side effect.
//
// planStaticInit replays that in gc's order (the package's initialization
// order, each initializer depth first) to number the temporaries as gc
// does, and records which allocations are static (reported by nobody) and
// which dynamic values go where.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/ExprString.h"

using namespace goscape;
using namespace goscape::escape;

namespace {

/// gc's AnySideEffects: whether evaluating E may do more than compute a
/// value (call, receive, index, dereference, divide by a non-constant,
/// make a slice or a sized map...). When it may not, Nodes receives E's
/// expressions.
bool mayHaveSideEffects(const Expr *E, const CheckedPackage &CP,
                        llvm::SmallVectorImpl<const Expr *> &Nodes) {
  E = unparen(E);
  if (!E)
    return false;
  Nodes.push_back(E);
  if (E->getConstValue() || llvm::isa<Name>(E) || llvm::isa<BasicLit>(E))
    return false;
  auto Any = [&](std::initializer_list<const Expr *> Xs) {
    for (const Expr *X : Xs)
      if (mayHaveSideEffects(X, CP, Nodes))
        return true;
    return false;
  };
  if (auto *O = llvm::dyn_cast<Operation>(E)) {
    if (O->isUnary())
      return O->getOp() == Operator::Recv || O->getOp() == Operator::Mul ||
             Any({O->getX()});
    if ((O->getOp() == Operator::Div || O->getOp() == Operator::Rem) &&
        !(O->getY()->getConstValue() &&
          O->getY()->getConstValue()->sign() != 0))
      return true;
    return Any({O->getX(), O->getY()});
  }
  if (auto *CL = llvm::dyn_cast<CompositeLit>(E)) {
    for (const Expr *El : CL->getElems())
      if (mayHaveSideEffects(El, CP, Nodes))
        return true;
    return false;
  }
  if (auto *KV = llvm::dyn_cast<KeyValueExpr>(E))
    return Any({KV->getKey(), KV->getValue()});
  if (auto *Sel = llvm::dyn_cast<SelectorExpr>(E)) {
    const Selection *S = CP.getSelection(Sel);
    if (!S) // a qualified identifier
      return false;
    return S->Kind != SelectionKind::FieldVal || S->Indirect ||
           Any({Sel->getX()});
  }
  auto *C = llvm::dyn_cast<CallExpr>(E);
  if (!C)
    return true;
  auto Args = C->getArgs();
  switch (CP.getCallKind(C)) {
  case CallKind::Conversion:
    return Any({Args.empty() ? nullptr : Args[0]});
  case CallKind::Call:
    return true;
  case CallKind::Builtin:
    break;
  }
  switch (CP.getBuiltin(C)) {
  case BuiltinId::Len:
  case BuiltinId::Cap:
  case BuiltinId::New:
    return Any({Args.empty() ? nullptr : Args[0]});
  case BuiltinId::Make: {
    // A map or channel of constant size 0 (or no size) cannot panic.
    const Type *T = C->getType() ? C->getType()->getUnderlying() : nullptr;
    if (!T || llvm::isa<goscape::Slice>(T))
      return true;
    if (Args.size() < 2)
      return false;
    const Constant *N = Args[1]->getConstValue();
    return !N || N->sign() != 0;
  }
  default:
    return true;
  }
}

/// Replays gc's StaticAssign over one package's initializers.
class StaticInitPlanner {
public:
  StaticInitPlanner(ModuleState &MS)
      : MS(MS), CP(MS.CP), Out(MS.StaticInit),
        Pkg(CP.getPackage()->getName() == "main" ? "main"
                                                 : "command-line-arguments") {}

  void run() {
    for (const Initializer &I : CP.getInitOrder()) {
      if (I.Lhs.size() != 1)
        continue;
      const Var *V = I.Lhs[0];
      // gc drops `var _ = E` when E has no side effects.
      llvm::SmallVector<const Expr *, 16> Nodes;
      if (V->getName() == "_" && !mayHaveSideEffects(I.Init, CP, Nodes)) {
        Out.Nodes.insert(Nodes.begin(), Nodes.end());
        Out.Boxes.insert(Nodes.begin(), Nodes.end());
        continue;
      }
      // gc positions what it assigns at the declared name, until an
      // element moves the position to its own.
      Pos = V->getLoc();
      staticAssign(V->getName() == "_" ? "_" : Pkg + "." + V->getName().str(),
                   0, I.Init, V->getType());
    }
  }

private:
  /// The next static temporary's name.
  std::string newTemp() { return Pkg + "..stmp_" + std::to_string(Temps++); }

  /// Lays out E, stored as a T at Target+Off, statically if gc can.
  bool staticAssign(const std::string &Target, int64_t Off, const Expr *E,
                    const Type *T) {
    E = unparen(E);
    if (!E || !E->getType())
      return false;
    if (isNil(E))
      return true;
    // An implicit conversion to the interface it is stored as (of a
    // constant too: its box is a static temporary).
    if (isInterface(T) && !isInterface(E->getType()))
      return box(Target, Off, E, E);
    if (E->getConstValue())
      return true;
    if (auto *C = llvm::dyn_cast<CallExpr>(E)) {
      if (CP.getCallKind(C) != CallKind::Conversion || C->getArgs().size() != 1)
        return false;
      const Expr *X = unparen(C->getArgs()[0]);
      const Type *To = E->getType()->getUnderlying();
      const Type *From = X->getType() ? X->getType()->getUnderlying() : nullptr;
      if (llvm::isa<Interface>(To)) {
        // An explicit conversion: box the innermost non-interface value.
        while (auto *XC = llvm::dyn_cast<CallExpr>(X)) {
          if (CP.getCallKind(XC) != CallKind::Conversion ||
              !isInterface(XC->getType()) || XC->getArgs().size() != 1)
            break;
          X = unparen(XC->getArgs()[0]);
        }
        if (isInterface(X->getType()))
          return isNil(X);
        return box(Target, Off, E, X);
      }
      // []byte or []rune of a constant string: static data (the latter is a
      // slice literal to gc, with its own temporary).
      if (llvm::isa<goscape::Slice>(To) && X->getConstValue()) {
        auto *Elem = llvm::dyn_cast<Basic>(
            llvm::cast<goscape::Slice>(To)->getElem()->getUnderlying());
        if (Elem && Elem->getBasicKind() == BasicKind::Int32)
          newTemp();
        Out.Nodes.insert(E);
        return true;
      }
      // A conversion that changes no representation.
      if (From && identicalIgnoreTags(From, To))
        return staticAssign(Target, Off, X, T);
      return false;
    }
    if (llvm::isa<FuncLit>(E)) {
      Out.Nodes.insert(E);
      return true;
    }
    if (auto *O = llvm::dyn_cast<Operation>(E)) {
      if (!O->isUnary() || O->getOp() != Operator::And)
        return false;
      const Expr *X = unparen(O->getX());
      if (llvm::isa<CompositeLit>(X)) {
        // &T{...}: the pointer to a static temporary holding T{...}.
        Out.Nodes.insert(O);
        assign(newTemp(), 0, X, X->getType());
        return true;
      }
      // The address of a package variable is static.
      return llvm::isa<Name>(X);
    }
    auto *CL = llvm::dyn_cast<CompositeLit>(E);
    if (!CL)
      return false;
    const Type *LT = CL->getType()->getUnderlying();
    std::string Into = Target;
    int64_t Base = Off;
    auto *P = llvm::dyn_cast<Pointer>(LT);
    if (P)
      LT = P->getElem()->getUnderlying();
    if (llvm::isa<Map>(LT))
      return false;
    Out.Nodes.insert(CL);
    if (P) {
      // An element `{...}` with its `&T` elided is a &T{...}: a pointer
      // to a static temporary of its own.
      Into = newTemp();
      Base = 0;
    }
    if (llvm::isa<goscape::Slice>(LT)) {
      // The slice's array is a static temporary of its own.
      Into = newTemp();
      Base = 0;
    }
    elements(Into, Base, CL, LT);
    return true;
  }

  /// gc's static layout of the elements of CL (of underlying type LT).
  void elements(const std::string &Target, int64_t Base,
                const CompositeLit *CL, const Type *LT) {
    const Type *ElemT = nullptr;
    if (auto *A = llvm::dyn_cast<Array>(LT))
      ElemT = A->getElem();
    else if (auto *S = llvm::dyn_cast<goscape::Slice>(LT))
      ElemT = S->getElem();
    auto *St = llvm::dyn_cast<Struct>(LT);
    llvm::SmallVector<int64_t, 8> Offsets;
    if (St)
      Sizes::offsetsOf(St, Offsets);
    int64_t Index = 0;
    for (const Expr *El : CL->getElems()) {
      const Expr *Key = nullptr;
      if (auto *KV = llvm::dyn_cast<KeyValueExpr>(El)) {
        Key = KV->getKey();
        El = KV->getValue();
      }
      const Type *T = ElemT;
      int64_t At = 0;
      if (St) {
        unsigned F = unsigned(Index);
        if (auto *K = llvm::dyn_cast_or_null<Name>(Key))
          for (unsigned J = 0; J != St->getFields().size(); ++J)
            if (St->getFields()[J]->getName() == K->getValue())
              F = J;
        if (F >= St->getFields().size())
          return;
        T = St->getFields()[F]->getType();
        At = Offsets[F];
      } else {
        if (Key && Key->getConstValue())
          if (std::optional<int64_t> K = Key->getConstValue()->getInt64())
            Index = *K;
        At = Index * MS.sizeOf(ElemT);
      }
      ++Index;
      El = unparen(El);
      // (A constant converted to an interface element is a box, below.)
      if (!El || isNil(El) ||
          (El->getConstValue() && !(isInterface(T) && !isInterface(El->getType()))))
        continue;
      Pos = gcExprLoc(El);
      assign(Target, Base + At, El, T);
    }
  }

  /// gc's box of Val (E converted to an interface) stored at Target+Off.
  bool box(const std::string &Target, int64_t Off, const Expr *E,
           const Expr *Val) {
    Out.Boxes.insert(E);
    Out.Boxes.insert(Val);
    if (isNil(Val))
      return true;
    if (isDirectIface(Val->getType())) {
      // A pointer-shaped value is the interface's data word itself.
      Pos = gcExprLoc(Val);
      assign(Target, Off + 8, Val, Val->getType());
      return true;
    }
    assign(newTemp(), 0, Val, Val->getType());
    return true;
  }

  /// gc's assign: E at Target+Off, statically or by an assignment at init.
  void assign(const std::string &Target, int64_t Off, const Expr *E,
              const Type *T) {
    if (staticAssign(Target, Off, E, T))
      return;
    // (The value is converted to T first when T is an interface.)
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    OS << '(' << gcTypeString(E->getType()) << ")(" << Target << '@' << Off
       << ") = ";
    Out.Dynamic[E] = {std::move(Text), Pos};
  }

  bool isNil(const Expr *E) const {
    return CP.getMode(unparen(E)) == ExprMode::Nil;
  }

  ModuleState &MS;
  const CheckedPackage &CP;
  StaticInitData &Out;
  /// The package's path as gc's symbols print it.
  std::string Pkg;
  /// gc's count of static temporaries.
  unsigned Temps = 0;
  /// gc's current position (base.Pos), which the assignments take.
  SourceLoc Pos;
};

} // namespace

void escape::planStaticInit(ModuleState &MS) { StaticInitPlanner(MS).run(); }
