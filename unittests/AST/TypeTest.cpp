//===- TypeTest.cpp - Type printing, identity, sizes ----------------------===//
//
// Printing is checked against what gc 1.19 prints in type-checker messages
// (e.g. `cannot use ... (value of type struct{A int "json:\"a\""})`), sizes
// against unsafe.Sizeof/Alignof/Offsetof printed by a gc-compiled program.
//
//===----------------------------------------------------------------------===//

#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"

#include "gtest/gtest.h"

using namespace goscape;

namespace {
class TypeTest : public ::testing::Test {
protected:
  TypeTest() {
    Local = Types.createPackage("main", "main", nullptr);
    Other = Types.createPackage("strings", "strings", nullptr);
    Other->setImported();
  }

  const Basic *basic(BasicKind K) { return Types.getBasic(K); }
  const Type *intTy() { return basic(BasicKind::Int); }
  const Type *strTy() { return basic(BasicKind::String); }

  Var *var(llvm::StringRef Name, const Type *T, VarRole R = VarRole::Param) {
    return Types.createObject<Var>(SourceLoc(), Local, Name, T, R);
  }
  Var *field(llvm::StringRef Name, const Type *T, bool Embedded = false) {
    return Types.createObject<Var>(SourceLoc(), Local, Name, T,
                                   VarRole::Field, Embedded);
  }
  const Named *named(Package *P, llvm::StringRef Name, const Type *U) {
    auto *TN = Types.createObject<TypeName>(SourceLoc(), P, Name, nullptr);
    const Named *N = Types.createNamed(TN);
    TN->setType(N);
    N->setUnderlying(U);
    return N;
  }
  const Struct *structOf(std::initializer_list<Var *> Fields) {
    return Types.getStruct(llvm::ArrayRef<Var *>(Fields), {});
  }
  const Signature *sig(std::initializer_list<Var *> Params,
                       std::initializer_list<Var *> Results,
                       bool Variadic = false) {
    return Types.getSignature(nullptr, Types.getTuple(Params),
                              Types.getTuple(Results), Variadic);
  }
  Func *method(llvm::StringRef Name, const Signature *S) {
    return Types.createObject<Func>(SourceLoc(), Local, Name, S, nullptr);
  }

  TypeContext Types;
  Package *Local, *Other;
};
} // namespace

TEST_F(TypeTest, PrintsBasics) {
  EXPECT_EQ(intTy()->toString(), "int");
  EXPECT_EQ(Types.getByte()->toString(), "byte");
  EXPECT_EQ(Types.getRune()->toString(), "rune");
  EXPECT_EQ(basic(BasicKind::Uint8)->toString(), "uint8");
  EXPECT_EQ(basic(BasicKind::UntypedInt)->toString(), "untyped int");
  EXPECT_EQ(basic(BasicKind::UntypedFloat)->toString(), "untyped float");
  EXPECT_EQ(basic(BasicKind::UntypedRune)->toString(), "untyped rune");
  EXPECT_EQ(basic(BasicKind::UntypedNil)->toString(), "untyped nil");
  EXPECT_EQ(basic(BasicKind::UnsafePointer)->toString(), "unsafe.Pointer");
  EXPECT_EQ(Types.getInvalid()->toString(), "invalid type");
}

TEST_F(TypeTest, PrintsComposites) {
  EXPECT_EQ(Types.getSlice(Types.getEmptyInterface())->toString(),
            "[]interface{}");
  EXPECT_EQ(Types.getAny()->toString(), "any");
  EXPECT_EQ(Types.getSlice(Types.getAny())->toString(), "[]any");
  const Named *S = named(Local, "S", structOf({}));
  EXPECT_EQ(Types.getMap(strTy(), Types.getPointer(Types.getArray(
                                      Types.getSlice(S), 3)))
                ->toString(),
            "map[string]*[3][]S");
  EXPECT_EQ(Types.getPointer(Types.getPointer(intTy()))->toString(), "**int");
  EXPECT_EQ(
      Types.getChan(ChanDirection::SendRecv,
                    Types.getChan(ChanDirection::RecvOnly, intTy()))
          ->toString(),
      "chan (<-chan int)");
  EXPECT_EQ(Types.getChan(ChanDirection::SendOnly, intTy())->toString(),
            "chan<- int");
  EXPECT_EQ(Types.getChan(ChanDirection::RecvOnly, intTy())->toString(),
            "<-chan int");
  EXPECT_EQ(
      Types.getChan(ChanDirection::SendRecv,
                    Types.getChan(ChanDirection::SendOnly, intTy()))
          ->toString(),
      "chan chan<- int");
}

TEST_F(TypeTest, PrintsStructs) {
  llvm::StringRef Tags[] = {"json:\"a\""};
  Var *A = field("A", intTy());
  EXPECT_EQ(Types.getStruct({A}, Tags)->toString(),
            "struct{A int \"json:\\\"a\\\"\"}");
  const Named *T = named(Local, "T", structOf({}));
  EXPECT_EQ(structOf({field("a", intTy()), field("b", strTy()),
                      field("T", Types.getPointer(T), true)})
                ->toString(),
            "struct{a int; b string; *T}");
  EXPECT_EQ(structOf({})->toString(), "struct{}");
}

TEST_F(TypeTest, PrintsSignatures) {
  const Named *Err = named(nullptr, "error", Types.getEmptyInterface());
  EXPECT_EQ(sig({var("x", intTy()), var("y", Types.getSlice(strTy()))},
                {var("", intTy(), VarRole::Result),
                 var("", Err, VarRole::Result)},
                true)
                ->toString(),
            "func(x int, y ...string) (int, error)");
  EXPECT_EQ(sig({}, {})->toString(), "func()");
  EXPECT_EQ(sig({var("", intTy())}, {var("", strTy(), VarRole::Result)})
                ->toString(),
            "func(int) string");
  EXPECT_EQ(sig({}, {var("n", intTy(), VarRole::Result)})->toString(),
            "func() (n int)");
  // append([]byte, string...) is typed func([]byte, string...).
  EXPECT_EQ(sig({var("", Types.getSlice(Types.getByte())), var("", strTy())},
                {}, true)
                ->toString(),
            "func([]byte, string...)");
}

TEST_F(TypeTest, PrintsInterfacesAndQualifies) {
  Func *M = method("M", sig({}, {}));
  Func *N = method("N", sig({}, {var("", intTy(), VarRole::Result)}));
  const Interface *I = Types.getInterface({M, N}, {});
  EXPECT_EQ(I->toString(), "interface{M(); N() int}");
  const Named *B = named(Other, "Builder", structOf({}));
  EXPECT_EQ(B->toString(), "strings.Builder");
  EXPECT_EQ(Types.getPointer(B)->toString(), "*strings.Builder");
  const Named *T = named(Local, "T", structOf({}));
  EXPECT_EQ(T->toString(), "T");
  std::string S;
  llvm::raw_string_ostream OS(S);
  T->print(OS, Other);
  EXPECT_EQ(S, "main.T");
  const Interface *E = Types.getInterface({}, {B});
  EXPECT_EQ(E->toString(), "interface{strings.Builder}");
}

TEST_F(TypeTest, Identity) {
  EXPECT_TRUE(identical(Types.getByte(), basic(BasicKind::Uint8)));
  EXPECT_TRUE(identical(Types.getRune(), basic(BasicKind::Int32)));
  EXPECT_FALSE(identical(intTy(), basic(BasicKind::Int64)));
  EXPECT_TRUE(identical(Types.getSlice(intTy()), Types.getSlice(intTy())));
  EXPECT_FALSE(identical(Types.getArray(intTy(), 2),
                         Types.getArray(intTy(), 3)));
  EXPECT_TRUE(identical(Types.getAny(), Types.getEmptyInterface()));
  EXPECT_FALSE(identical(Types.getChan(ChanDirection::SendOnly, intTy()),
                         Types.getChan(ChanDirection::SendRecv, intTy())));
  // Parameter names do not matter; variadic-ness does.
  EXPECT_TRUE(identical(sig({var("a", intTy())}, {}),
                        sig({var("b", intTy())}, {})));
  EXPECT_FALSE(identical(sig({var("a", Types.getSlice(intTy()))}, {}, true),
                         sig({var("a", Types.getSlice(intTy()))}, {})));
  // Named types are identical only to themselves.
  const Named *T1 = named(Local, "T", intTy());
  const Named *T2 = named(Local, "T", intTy());
  EXPECT_FALSE(identical(T1, T2));
  EXPECT_TRUE(identical(T1, T1));
  // Struct tags and embedding count; identicalIgnoreTags ignores tags.
  llvm::StringRef TagA[] = {"a"}, TagB[] = {"b"};
  Var *F = field("X", intTy());
  const Struct *SA = Types.getStruct({F}, TagA);
  const Struct *SB = Types.getStruct({field("X", intTy())}, TagB);
  EXPECT_FALSE(identical(SA, SB));
  EXPECT_TRUE(identicalIgnoreTags(SA, SB));
  EXPECT_FALSE(identical(structOf({field("T", T1, true)}),
                         structOf({field("T", T1, false)})));
  // Unexported field names from different packages differ.
  Var *Fx = Types.createObject<Var>(SourceLoc(), Other, "x", intTy(),
                                    VarRole::Field);
  EXPECT_FALSE(identical(structOf({field("x", intTy())}), structOf({Fx})));
  // Interfaces: by method sets.
  Func *M1 = method("M", sig({var("a", intTy())}, {}));
  Func *M2 = method("M", sig({var("b", intTy())}, {}));
  const Interface *I1 = Types.getInterface({M1}, {});
  const Interface *I2 = Types.getInterface({M2}, {});
  I1->setAllMethods(I1->getExplicitMethods());
  I2->setAllMethods(I2->getExplicitMethods());
  EXPECT_TRUE(identical(I1, I2));
  EXPECT_FALSE(identical(I1, Types.getEmptyInterface()));
}

TEST_F(TypeTest, Predicates) {
  EXPECT_TRUE(isInteger(Types.getByte()));
  EXPECT_TRUE(isUnsigned(basic(BasicKind::Uintptr)));
  EXPECT_TRUE(isOrdered(strTy()));
  EXPECT_FALSE(isOrdered(basic(BasicKind::Bool)));
  EXPECT_TRUE(isUntyped(basic(BasicKind::UntypedRune)));
  EXPECT_TRUE(isNumeric(named(Local, "F", basic(BasicKind::Float64))));
  EXPECT_TRUE(isComparable(structOf({field("a", intTy())})));
  EXPECT_FALSE(
      isComparable(structOf({field("a", Types.getSlice(intTy()))})));
  EXPECT_FALSE(isComparable(Types.getMap(intTy(), intTy())));
  EXPECT_TRUE(isComparable(Types.getArray(Types.getAny(), 2)));
  EXPECT_FALSE(isComparable(basic(BasicKind::UntypedNil)));
  EXPECT_TRUE(hasNil(basic(BasicKind::UnsafePointer)));
  EXPECT_TRUE(hasNil(sig({}, {})));
  EXPECT_FALSE(hasNil(Types.getArray(intTy(), 1)));
  EXPECT_FALSE(hasNil(strTy()));
  EXPECT_TRUE(isInterface(named(Local, "I", Types.getEmptyInterface())));
}

// The expected numbers are gc 1.19's (amd64), printed by a program that
// declares these structs and prints unsafe.Sizeof, unsafe.Alignof and
// unsafe.Offsetof of each field:
//   type S1 struct{ a bool; b int64; c bool }            24 8 | 0 8 16
//   type S2 struct{ a int32; b struct{} }                 8 4 | 0 4
//   type S3 struct{ a struct{}; b int8 }                  1 1 | 0 0
//   type S4 struct{ a int8; b string; c []int;
//                   d interface{}; e int16 }             72 8 | 0 8 24 48 64
//   type S5 struct{ a [3]int16; b float32; c byte }      16 4 | 0 8 12
//   type S6 struct{ a struct{}; b [0]int }                0 8
//   map, chan, func, *int: 8; [5]int32: 20, align 4.
TEST_F(TypeTest, SizesMatchGc) {
  auto Check = [&](const Struct *S, int64_t Size, int64_t Align,
                   std::vector<int64_t> Offsets) {
    EXPECT_EQ(Sizes::sizeOf(S), Size) << S->toString();
    EXPECT_EQ(Sizes::alignOf(S), Align) << S->toString();
    llvm::SmallVector<int64_t, 8> Got;
    Sizes::offsetsOf(S, Got);
    EXPECT_EQ(std::vector<int64_t>(Got.begin(), Got.end()), Offsets)
        << S->toString();
  };
  const Type *Bool = basic(BasicKind::Bool);
  const Struct *Empty = structOf({});
  Check(structOf({field("a", Bool), field("b", basic(BasicKind::Int64)),
                  field("c", Bool)}),
        24, 8, {0, 8, 16});
  Check(structOf({field("a", basic(BasicKind::Int32)), field("b", Empty)}), 8,
        4, {0, 4});
  Check(structOf({field("a", Empty), field("b", basic(BasicKind::Int8))}), 1,
        1, {0, 0});
  Check(structOf({field("a", basic(BasicKind::Int8)), field("b", strTy()),
                  field("c", Types.getSlice(intTy())),
                  field("d", Types.getEmptyInterface()),
                  field("e", basic(BasicKind::Int16))}),
        72, 8, {0, 8, 24, 48, 64});
  Check(structOf({field("a", Types.getArray(basic(BasicKind::Int16), 3)),
                  field("b", basic(BasicKind::Float32)),
                  field("c", Types.getByte())}),
        16, 4, {0, 8, 12});
  Check(structOf({field("a", Empty), field("b", Types.getArray(intTy(), 0))}),
        0, 8, {0, 0});
  EXPECT_EQ(Sizes::sizeOf(Types.getMap(intTy(), intTy())), 8);
  EXPECT_EQ(Sizes::sizeOf(Types.getChan(ChanDirection::SendRecv, intTy())), 8);
  EXPECT_EQ(Sizes::sizeOf(sig({}, {})), 8);
  EXPECT_EQ(Sizes::sizeOf(Types.getPointer(intTy())), 8);
  const Array *A = Types.getArray(basic(BasicKind::Int32), 5);
  EXPECT_EQ(Sizes::sizeOf(A), 20);
  EXPECT_EQ(Sizes::alignOf(A), 4);
  EXPECT_EQ(Sizes::sizeOf(strTy()), 16);
  EXPECT_EQ(Sizes::sizeOf(Types.getSlice(intTy())), 24);
  EXPECT_EQ(Sizes::sizeOf(Types.getAny()), 16);
  EXPECT_EQ(Sizes::sizeOf(basic(BasicKind::Float32)), 4);
  EXPECT_EQ(Sizes::sizeOf(named(Local, "N", Types.getSlice(intTy()))), 24);
}

TEST_F(TypeTest, ObjectsAndScopes) {
  Scope *S = Types.createScope(nullptr, "block");
  Var *X = var("x", intTy(), VarRole::Local);
  EXPECT_EQ(S->insert(X), nullptr);
  EXPECT_EQ(X->getParent(), S);
  Var *X2 = var("x", strTy(), VarRole::Local);
  EXPECT_EQ(S->insert(X2), X);
  EXPECT_EQ(S->lookup("x"), X);
  EXPECT_EQ(S->lookup("y"), nullptr);
  EXPECT_FALSE(X->isExported());
  EXPECT_TRUE(var("Éa", intTy())->isExported());
  EXPECT_FALSE(var("éa", intTy())->isExported());
  EXPECT_FALSE(var("_X", intTy())->isExported());

  const Named *T = named(Local, "T", structOf({}));
  auto *Alias = Types.createObject<TypeName>(SourceLoc(), Local, "A", T);
  EXPECT_TRUE(Alias->isAlias());
  EXPECT_FALSE(T->getObject()->isAlias());

  Var *RV = var("t", T, VarRole::Recv);
  Var *RP = var("t", Types.getPointer(T), VarRole::Recv);
  auto *M = Types.createObject<Func>(
      SourceLoc(), Local, "M",
      Types.getSignature(RV, nullptr, nullptr, false), nullptr);
  auto *PM = Types.createObject<Func>(
      SourceLoc(), Local, "P",
      Types.getSignature(RP, nullptr, nullptr, false), nullptr);
  auto *F = Types.createObject<Func>(SourceLoc(), Local, "f", sig({}, {}),
                                     nullptr);
  auto *G = Types.createObject<Func>(SourceLoc(), Other, "Repeat",
                                     sig({}, {}), nullptr);
  EXPECT_EQ(M->getFullName(), "T.M");
  EXPECT_EQ(PM->getFullName(), "(*T).P");
  EXPECT_EQ(F->getFullName(), "f");
  EXPECT_EQ(G->getFullName(), "strings.Repeat");
  for (int I = 0; I < 10; ++I)
    T->addMethod(I % 2 ? M : PM, Types.getAllocator());
  ASSERT_EQ(T->getMethods().size(), 10u);
  EXPECT_EQ(T->getMethods()[0], PM);
  EXPECT_EQ(T->getMethods()[9], M);
}
