//===- LookupTest.cpp - Selector lookup and interface satisfaction --------===//
//
// Reasons are worded as gc 1.19 prints them, e.g. for
//   type I interface{ M(int); N() }; type T struct{}
//   func (T) M(string) {}; func (*T) N() {}
// `T does not implement I (wrong type for M method)\n\t\thave M(string)
// \n\t\twant M(int)`.
//
//===----------------------------------------------------------------------===//

#include "goscape/Sema/Lookup.h"

#include "llvm/ADT/DenseMap.h"

#include "gtest/gtest.h"

#include <vector>

using namespace goscape;
using llvm::cast;

namespace {
class LookupTest : public ::testing::Test {
protected:
  LookupTest() { Pkg = Types.createPackage("main", "main", nullptr); }

  const Type *intTy() { return Types.getBasic(BasicKind::Int); }
  const Type *strTy() { return Types.getBasic(BasicKind::String); }

  const Named *named(llvm::StringRef Name, const Type *U) {
    auto *TN = Types.createObject<TypeName>(SourceLoc(), Pkg, Name, nullptr);
    const Named *N = Types.createNamed(TN);
    TN->setType(N);
    N->setUnderlying(U);
    return N;
  }
  Var *field(llvm::StringRef Name, const Type *T, bool Embedded = false) {
    return Types.createObject<Var>(SourceLoc(), Pkg, Name, T, VarRole::Field,
                                   Embedded);
  }
  const Struct *structOf(std::initializer_list<Var *> Fields) {
    return Types.getStruct(llvm::ArrayRef<Var *>(Fields), {});
  }
  const Signature *sig(Var *Recv, std::initializer_list<const Type *> Params,
                       std::initializer_list<const Type *> Results = {}) {
    llvm::SmallVector<Var *, 4> P, R;
    for (const Type *T : Params)
      P.push_back(Types.createObject<Var>(SourceLoc(), Pkg, "", T,
                                          VarRole::Param));
    for (const Type *T : Results)
      R.push_back(Types.createObject<Var>(SourceLoc(), Pkg, "", T,
                                          VarRole::Result));
    return Types.getSignature(Recv, Types.getTuple(P), Types.getTuple(R),
                              false);
  }
  /// Declares method Name on N (pointer receiver if Ptr).
  Func *method(const Named *N, llvm::StringRef Name, bool Ptr,
               std::initializer_list<const Type *> Params = {}) {
    const Type *RT = Ptr ? static_cast<const Type *>(Types.getPointer(N)) : N;
    Var *Recv = Types.createObject<Var>(SourceLoc(), Pkg, "r", RT,
                                        VarRole::Recv);
    auto *F = Types.createObject<Func>(SourceLoc(), Pkg, Name,
                                       sig(Recv, Params), nullptr);
    N->addMethod(F, Types.getAllocator());
    return F;
  }
  const Interface *iface(std::initializer_list<Func *> Methods) {
    const Interface *I = Types.getInterface(llvm::ArrayRef<Func *>(Methods),
                                            {});
    llvm::SmallVector<Func *, 4> Sorted(Methods);
    llvm::sort(Sorted, [](Func *A, Func *B) {
      return A->getName() < B->getName();
    });
    I->setAllMethods(Types.copyArray<Func *>(Sorted));
    return I;
  }
  Func *imethod(llvm::StringRef Name,
                std::initializer_list<const Type *> Params) {
    return Types.createObject<Func>(SourceLoc(), Pkg, Name,
                                    sig(nullptr, Params), nullptr);
  }

  TypeContext Types;
  Package *Pkg;
};
} // namespace

TEST_F(LookupTest, FieldsAndPromotion) {
  // type Inner struct{ x int }; func (*Inner) M()
  // type Outer struct{ a int; *Inner }
  const Named *Inner = named("Inner", structOf({field("x", intTy())}));
  Func *M = method(Inner, "M", /*Ptr=*/true);
  const Named *Outer = named(
      "Outer", structOf({field("a", intTy()),
                         field("Inner", Types.getPointer(Inner), true)}));
  LookupResult R = lookupFieldOrMethod(Outer, false, Pkg, "a");
  ASSERT_TRUE(R.found());
  EXPECT_EQ(R.Index, (llvm::SmallVector<unsigned, 4>{0}));
  EXPECT_FALSE(R.Indirect);

  R = lookupFieldOrMethod(Outer, false, Pkg, "x");
  ASSERT_TRUE(R.found());
  EXPECT_EQ(R.Index, (llvm::SmallVector<unsigned, 4>{1, 0}));
  EXPECT_TRUE(R.Indirect);
  EXPECT_EQ(R.getEmbeddedPath().size(), 1u);

  // Promoted through an embedded pointer: found even when not addressable.
  R = lookupFieldOrMethod(Outer, false, Pkg, "M");
  ASSERT_TRUE(R.found());
  EXPECT_EQ(R.Obj, M);
  EXPECT_EQ(R.Index, (llvm::SmallVector<unsigned, 4>{1, 0}));

  R = lookupFieldOrMethod(Outer, false, Pkg, "nope");
  EXPECT_EQ(R.Status, LookupResult::NotFound);
  R = lookupFieldOrMethod(Outer, false, Pkg, "_");
  EXPECT_EQ(R.Status, LookupResult::NotFound);

  // Unexported names of another package are not found.
  Package *Other = Types.createPackage("other", "other", nullptr);
  R = lookupFieldOrMethod(Outer, false, Other, "a");
  EXPECT_EQ(R.Status, LookupResult::NotFound);
}

TEST_F(LookupTest, PointerReceiversNeedAddressability) {
  const Named *T = named("T", structOf({}));
  Func *P = method(T, "P", /*Ptr=*/true);
  Func *V = method(T, "V", /*Ptr=*/false);
  LookupResult R = lookupFieldOrMethod(T, /*Addressable=*/false, Pkg, "P");
  EXPECT_EQ(R.Status, LookupResult::NeedsAddressable);
  EXPECT_TRUE(R.Indirect);
  R = lookupFieldOrMethod(T, /*Addressable=*/true, Pkg, "P");
  EXPECT_EQ(R.Obj, P);
  R = lookupFieldOrMethod(Types.getPointer(T), false, Pkg, "P");
  EXPECT_EQ(R.Obj, P);
  EXPECT_TRUE(R.Indirect);
  R = lookupFieldOrMethod(Types.getPointer(T), false, Pkg, "V");
  EXPECT_EQ(R.Obj, V);
  EXPECT_EQ(R.Index, (llvm::SmallVector<unsigned, 4>{1}));
  // Pointers to interfaces have no methods.
  Func *IM = imethod("M", {});
  const Named *I = named("I", iface({IM}));
  EXPECT_EQ(lookupFieldOrMethod(I, false, Pkg, "M").Obj, IM);
  EXPECT_EQ(lookupFieldOrMethod(Types.getPointer(I), false, Pkg, "M").Status,
            LookupResult::NotFound);
}

TEST_F(LookupTest, AmbiguityAndShadowing) {
  // type A struct{ X int }; type B struct{ X int }
  // type C struct{ A; B }: C.X is ambiguous.
  // type D struct{ C; X string }: D.X is D's own field (shallower).
  const Named *A = named("A", structOf({field("X", intTy())}));
  const Named *B = named("B", structOf({field("X", intTy())}));
  const Named *C =
      named("C", structOf({field("A", A, true), field("B", B, true)}));
  LookupResult R = lookupFieldOrMethod(C, false, Pkg, "X");
  EXPECT_EQ(R.Status, LookupResult::Ambiguous);
  EXPECT_EQ(R.Obj, nullptr);
  const Named *D =
      named("D", structOf({field("C", C, true), field("X", strTy())}));
  R = lookupFieldOrMethod(D, false, Pkg, "X");
  ASSERT_TRUE(R.found());
  EXPECT_EQ(R.Index, (llvm::SmallVector<unsigned, 4>{1}));
  // The same type embedded twice at one depth: everything below it is
  // ambiguous. type E struct{ A }; type F struct{ A }; type G struct{ E; F }
  const Named *E = named("E", structOf({field("A", A, true)}));
  const Named *F = named("F", structOf({field("A", A, true)}));
  const Named *G =
      named("G", structOf({field("E", E, true), field("F", F, true)}));
  EXPECT_EQ(lookupFieldOrMethod(G, false, Pkg, "X").Status,
            LookupResult::Ambiguous);
  // Recursive embedding terminates: type R struct{ *R; Y int }.
  auto *RN = Types.createObject<TypeName>(SourceLoc(), Pkg, "R", nullptr);
  const Named *Rec = Types.createNamed(RN);
  RN->setType(Rec);
  Rec->setUnderlying(structOf({field("R", Types.getPointer(Rec), true),
                               field("Y", intTy())}));
  EXPECT_EQ(lookupFieldOrMethod(Rec, false, Pkg, "Z").Status,
            LookupResult::NotFound);
  EXPECT_TRUE(lookupFieldOrMethod(Rec, false, Pkg, "Y").found());
}

TEST_F(LookupTest, MethodSets) {
  const Named *T = named("T", structOf({}));
  method(T, "B", /*Ptr=*/true);
  method(T, "A", /*Ptr=*/false);
  const Named *S = named("S", structOf({field("T", T, true)}));
  llvm::SmallVector<MethodSetEntry, 4> MS;
  computeMethodSet(T, MS);
  ASSERT_EQ(MS.size(), 1u);
  EXPECT_EQ(MS[0].Method->getName(), "A");
  computeMethodSet(Types.getPointer(T), MS);
  ASSERT_EQ(MS.size(), 2u);
  EXPECT_EQ(MS[0].Method->getName(), "A");
  EXPECT_EQ(MS[1].Method->getName(), "B");
  computeMethodSet(S, MS);
  ASSERT_EQ(MS.size(), 1u);
  EXPECT_EQ(MS[0].Index, (llvm::SmallVector<unsigned, 4>{0, 1}));
  computeMethodSet(Types.getPointer(S), MS);
  EXPECT_EQ(MS.size(), 2u);
}

TEST_F(LookupTest, Implements) {
  // type I interface{ M(int); N() }; type T struct{}
  // func (T) M(string) {}; func (*T) N() {}
  const Named *I =
      named("I", iface({imethod("M", {intTy()}), imethod("N", {})}));
  const Named *T = named("T", structOf({}));
  method(T, "M", false, {strTy()});
  method(T, "N", true);
  std::string Why;
  EXPECT_FALSE(implements(T, I, &Why));
  EXPECT_EQ(Why, "T does not implement I (wrong type for M method)\n"
                 "\t\thave M(string)\n\t\twant M(int)");
  EXPECT_FALSE(implements(Types.getPointer(T), I, &Why));
  EXPECT_EQ(Why, "*T does not implement I (wrong type for M method)\n"
                 "\t\thave M(string)\n\t\twant M(int)");

  // type J interface{ N() }: T lacks N (pointer receiver); *T has it.
  const Named *J = named("J", iface({imethod("N", {})}));
  EXPECT_FALSE(implements(T, J, &Why));
  EXPECT_EQ(Why, "T does not implement J (N method has pointer receiver)");
  EXPECT_TRUE(implements(Types.getPointer(T), J, nullptr));

  // type U struct{}; func (U) m(): missing M, have m().
  const Named *K = named("K", iface({imethod("M", {})}));
  const Named *U = named("U", structOf({}));
  method(U, "m", false);
  EXPECT_FALSE(implements(U, K, &Why));
  EXPECT_EQ(Why, "U does not implement K (missing M method)\n"
                 "\t\thave m()\n\t\twant M()");
  const Named *W = named("W", structOf({}));
  EXPECT_FALSE(implements(W, K, &Why));
  EXPECT_EQ(Why, "W does not implement K (missing M method)");

  // Pointer to interface.
  EXPECT_FALSE(implements(Types.getPointer(I), K, &Why));
  EXPECT_EQ(Why, "*I does not implement K (type *I is pointer to interface, "
                 "not interface)");

  // Interfaces implement interfaces with subsets of their methods, and
  // every type implements the empty interface.
  EXPECT_TRUE(implements(I, J, nullptr));
  EXPECT_FALSE(implements(J, I, nullptr));
  EXPECT_TRUE(implements(T, Types.getAny(), nullptr));
  MissingMethod MM = missingMethod(J, cast<Interface>(I->getUnderlying()),
                                   /*Static=*/false);
  EXPECT_FALSE(MM);
}

namespace {
/// Stands in for the type checker: completes interfaces and "checks"
/// method signatures on demand, recording what it was asked to do.
class RecordingHooks : public LookupHooks {
public:
  void completeInterface(const Interface *I) override {
    ++Completed;
    if (!I->isComplete())
      I->setAllMethods(I->getExplicitMethods());
  }
  void declareMethod(Func *M) override {
    Declared.push_back(M);
    if (!M->getType() && Sigs.count(M))
      M->setType(Sigs[M]);
  }
  unsigned Completed = 0;
  std::vector<Func *> Declared;
  llvm::DenseMap<Func *, const Type *> Sigs;
};
} // namespace

TEST_F(LookupTest, HooksForAPackageBeingChecked) {
  // func (*T) P() found before its signature is checked: the receiver's
  // syntax (setPtrRecvHint) decides addressability.
  const Named *T = named("T", structOf({}));
  auto *P = Types.createObject<Func>(SourceLoc(), Pkg, "P", nullptr, nullptr);
  P->setPtrRecvHint(true);
  T->addMethod(P, Types.getAllocator());
  RecordingHooks Hooks;
  LookupResult R = lookupFieldOrMethod(T, /*Addressable=*/false, Pkg, "P",
                                       /*FoldCase=*/false, &Hooks);
  EXPECT_EQ(R.Status, LookupResult::NeedsAddressable);
  R = lookupFieldOrMethod(T, /*Addressable=*/true, Pkg, "P", false, &Hooks);
  EXPECT_EQ(R.Obj, P);

  // An interface whose method set is not computed yet is completed first.
  Func *IM = imethod("M", {});
  const Interface *Raw =
      Types.getInterface(llvm::ArrayRef<Func *>(IM), {});
  const Named *I = named("I", Raw);
  EXPECT_FALSE(Raw->isComplete());
  R = lookupFieldOrMethod(I, false, Pkg, "M", false, &Hooks);
  EXPECT_EQ(R.Obj, IM);
  EXPECT_EQ(Hooks.Completed, 1u);
  EXPECT_TRUE(Raw->isComplete());

  // missingMethod checks a found method's signature before comparing it.
  const Named *U = named("U", structOf({}));
  auto *UM = Types.createObject<Func>(SourceLoc(), Pkg, "M", nullptr, nullptr);
  U->addMethod(UM, Types.getAllocator());
  Var *Recv = Types.createObject<Var>(SourceLoc(), Pkg, "u", U, VarRole::Recv);
  Hooks.Sigs[UM] = sig(Recv, {});
  MissingMethod MM = missingMethod(U, Raw, /*Static=*/true, &Hooks);
  EXPECT_FALSE(MM);
  ASSERT_EQ(Hooks.Declared.size(), 1u);
  EXPECT_EQ(Hooks.Declared[0], UM);
}
