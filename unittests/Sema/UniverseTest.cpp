//===- UniverseTest.cpp - Predeclared identifiers and unsafe --------------===//

#include "goscape/Sema/Universe.h"
#include "goscape/AST/Constant.h"

#include "gtest/gtest.h"

using namespace goscape;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

TEST(UniverseTest, PredeclaredTypes) {
  TypeContext Types;
  ConstantContext Consts;
  Scope *U = getUniverse(Types, Consts);
  EXPECT_EQ(U, getUniverse(Types, Consts));
  EXPECT_EQ(U->getComment(), "universe");
  for (const char *Name :
       {"bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
        "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
        "string", "byte", "rune", "error", "any"}) {
    auto *TN = dyn_cast_or_null<TypeName>(U->lookup(Name));
    ASSERT_TRUE(TN) << Name;
    EXPECT_EQ(TN->getType()->toString(), Name);
    EXPECT_EQ(TN->getPackage(), nullptr);
  }
  EXPECT_TRUE(cast<TypeName>(U->lookup("byte"))->isAlias());
  EXPECT_TRUE(cast<TypeName>(U->lookup("any"))->isAlias());
  EXPECT_FALSE(cast<TypeName>(U->lookup("int"))->isAlias());
  EXPECT_FALSE(cast<TypeName>(U->lookup("error"))->isAlias());
  EXPECT_EQ(U->lookup("complex128"), nullptr);
  EXPECT_EQ(U->lookup("Pointer"), nullptr);

  const Named *Err = getErrorType(Types);
  EXPECT_EQ(U->lookup("error")->getType(), Err);
  auto *EI = cast<Interface>(Err->getUnderlying());
  ASSERT_EQ(EI->getAllMethods().size(), 1u);
  EXPECT_EQ(EI->getAllMethods()[0]->getName(), "Error");
  EXPECT_EQ(EI->getAllMethods()[0]->getType()->toString(), "func() string");
  EXPECT_EQ(getErrorMethod(Types), EI->getAllMethods()[0]);
  EXPECT_TRUE(identical(U->lookup("any")->getType(),
                        Types.getEmptyInterface()));
}

TEST(UniverseTest, ConstantsNilAndBuiltins) {
  TypeContext Types;
  ConstantContext Consts;
  Scope *U = getUniverse(Types, Consts);
  auto *True = cast<Const>(U->lookup("true"));
  EXPECT_TRUE(True->getValue()->getBool());
  EXPECT_EQ(True->getType()->toString(), "untyped bool");
  EXPECT_FALSE(cast<Const>(U->lookup("false"))->getValue()->getBool());
  auto *Iota = cast<Const>(U->lookup("iota"));
  EXPECT_EQ(Iota->getValue()->getInt64(), 0);
  EXPECT_EQ(Iota->getType()->toString(), "untyped int");
  EXPECT_TRUE(isa<Nil>(U->lookup("nil")));
  EXPECT_EQ(U->lookup("nil")->getType()->toString(), "untyped nil");
  struct {
    const char *Name;
    BuiltinId Id;
  } Expect[] = {{"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},
                {"close", BuiltinId::Close},   {"complex", BuiltinId::Complex},
                {"copy", BuiltinId::Copy},     {"delete", BuiltinId::Delete},
                {"imag", BuiltinId::Imag},     {"len", BuiltinId::Len},
                {"make", BuiltinId::Make},     {"new", BuiltinId::New},
                {"panic", BuiltinId::Panic},   {"print", BuiltinId::Print},
                {"println", BuiltinId::Println}, {"real", BuiltinId::Real},
                {"recover", BuiltinId::Recover}};
  for (const auto &E : Expect) {
    auto *B = dyn_cast_or_null<Builtin>(U->lookup(E.Name));
    ASSERT_TRUE(B) << E.Name;
    EXPECT_EQ(B->getId(), E.Id);
  }
}

TEST(UniverseTest, Unsafe) {
  TypeContext Types;
  Package *P = getUnsafePackage(Types);
  EXPECT_EQ(P->getPath(), "unsafe");
  EXPECT_EQ(P->getName(), "unsafe");
  EXPECT_TRUE(P->isImported());
  auto *Ptr = cast<TypeName>(P->getScope()->lookup("Pointer"));
  EXPECT_FALSE(Ptr->isAlias());
  EXPECT_EQ(Ptr->getType()->toString(), "unsafe.Pointer");
  EXPECT_TRUE(hasNil(Ptr->getType()));
  for (const char *Name : {"Add", "Alignof", "Offsetof", "Sizeof", "Slice"})
    EXPECT_TRUE(isa<Builtin>(P->getScope()->lookup(Name))) << Name;
  EXPECT_EQ(cast<Builtin>(P->getScope()->lookup("Sizeof"))->getId(),
            BuiltinId::Sizeof);
}
