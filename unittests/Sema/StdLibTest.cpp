//===- StdLibTest.cpp - Modelled standard packages ------------------------===//
//
// Signatures print as gc 1.19 prints them in messages, e.g.
// `fmt.Println (value of type func(a ...any) (n int, err error))`.
//
//===----------------------------------------------------------------------===//

#include "goscape/Sema/StdLib.h"
#include "goscape/Sema/Universe.h"
#include "goscape/AST/Constant.h"

#include "gtest/gtest.h"

using namespace goscape;
using llvm::cast;
using llvm::dyn_cast_or_null;

namespace {
std::string typeOf(Package *P, llvm::StringRef Name) {
  Object *O = P->getScope()->lookup(Name);
  if (!O)
    return "<missing " + Name.str() + ">";
  return O->getType()->toString();
}

Func *methodOf(const Type *T, llvm::StringRef Name) {
  for (Func *F : cast<Named>(T)->getMethods())
    if (F->getName() == Name)
      return F;
  return nullptr;
}
} // namespace

TEST(StdLibTest, Modelled) {
  for (const char *P : {"fmt", "errors", "strconv", "strings", "os", "sort",
                        "runtime", "reflect", "sync/atomic", "hash/maphash",
                        "runtime/internal/atomic", "unsafe"})
    EXPECT_TRUE(isModelledStdPackage(P)) << P;
  EXPECT_FALSE(isModelledStdPackage("math"));
  EXPECT_FALSE(isModelledStdPackage("foo"));
  EXPECT_FALSE(isModelledStdPackage("atomic"));
  EXPECT_EQ(unknownImportMessage("foo"),
            "package foo is not in GOROOT (/usr/lib/go-1.19/src/foo)");
  TypeContext Types;
  EXPECT_EQ(lookupStdPackage(Types, "foo"), nullptr);
  EXPECT_EQ(lookupStdPackage(Types, "unsafe"), getUnsafePackage(Types));
  Package *Fmt = lookupStdPackage(Types, "fmt");
  EXPECT_EQ(Fmt, lookupStdPackage(Types, "fmt"));
  EXPECT_EQ(lookupStdPackage(Types, "sync/atomic")->getName(), "atomic");
  EXPECT_EQ(lookupStdPackage(Types, "hash/maphash")->getName(), "maphash");
  EXPECT_TRUE(Fmt->isImported());
  ConstantContext Consts;
  EXPECT_EQ(importStdPackage(Types, Consts, "fmt"), Fmt);
}

TEST(StdLibTest, Signatures) {
  TypeContext Types;
  Package *Fmt = lookupStdPackage(Types, "fmt");
  EXPECT_EQ(typeOf(Fmt, "Println"), "func(a ...any) (n int, err error)");
  EXPECT_EQ(typeOf(Fmt, "Printf"),
            "func(format string, a ...any) (n int, err error)");
  EXPECT_EQ(typeOf(Fmt, "Sprintf"), "func(format string, a ...any) string");
  EXPECT_EQ(typeOf(Fmt, "Sprint"), "func(a ...any) string");
  EXPECT_EQ(typeOf(Fmt, "Sprintln"), "func(a ...any) string");
  EXPECT_EQ(typeOf(Fmt, "Print"), "func(a ...any) (n int, err error)");
  EXPECT_EQ(typeOf(Fmt, "Errorf"), "func(format string, a ...any) error");
  EXPECT_EQ(typeOf(Fmt, "Stringer"), "fmt.Stringer");
  EXPECT_EQ(Fmt->getScope()->lookup("Stringer")->getType()->getUnderlying()
                ->toString(),
            "interface{String() string}");
  auto *Println = cast<Func>(Fmt->getScope()->lookup("Println"));
  EXPECT_EQ(Println->getFullName(), "fmt.Println");
  EXPECT_TRUE(Println->getSignature()->isVariadic());

  EXPECT_EQ(typeOf(lookupStdPackage(Types, "errors"), "New"),
            "func(text string) error");
  Package *Strconv = lookupStdPackage(Types, "strconv");
  EXPECT_EQ(typeOf(Strconv, "Itoa"), "func(i int) string");
  EXPECT_EQ(typeOf(Strconv, "Atoi"), "func(s string) (int, error)");

  Package *Strings = lookupStdPackage(Types, "strings");
  EXPECT_EQ(typeOf(Strings, "Repeat"), "func(s string, count int) string");
  EXPECT_EQ(typeOf(Strings, "Join"), "func(elems []string, sep string) string");
  EXPECT_EQ(typeOf(Strings, "Split"), "func(s string, sep string) []string");
  EXPECT_EQ(typeOf(Strings, "Contains"),
            "func(s string, substr string) bool");
  EXPECT_EQ(typeOf(Strings, "HasPrefix"),
            "func(s string, prefix string) bool");
  EXPECT_EQ(typeOf(Strings, "Index"), "func(s string, substr string) int");
  EXPECT_EQ(typeOf(Strings, "ToUpper"), "func(s string) string");
  EXPECT_EQ(typeOf(Strings, "Fields"), "func(s string) []string");
  const Type *Builder = Strings->getScope()->lookup("Builder")->getType();
  EXPECT_EQ(Builder->toString(), "strings.Builder");
  EXPECT_EQ(Builder->getUnderlying()->toString(),
            "struct{addr *strings.Builder; buf []byte}");
  EXPECT_EQ(Sizes::sizeOf(Builder), 32);
  Func *WS = methodOf(Builder, "WriteString");
  ASSERT_TRUE(WS);
  EXPECT_EQ(WS->getType()->toString(), "func(s string) (int, error)");
  EXPECT_EQ(WS->getFullName(), "strings.(*Builder).WriteString");
  EXPECT_EQ(methodOf(Builder, "WriteByte")->getType()->toString(),
            "func(c byte) error");
  EXPECT_EQ(methodOf(Builder, "WriteRune")->getType()->toString(),
            "func(r rune) (int, error)");
  EXPECT_EQ(methodOf(Builder, "String")->getType()->toString(),
            "func() string");
  for (const char *M : {"Len", "Reset", "Grow"})
    EXPECT_TRUE(methodOf(Builder, M)) << M;

  Package *Os = lookupStdPackage(Types, "os");
  EXPECT_EQ(typeOf(Os, "Exit"), "func(code int)");
  EXPECT_EQ(typeOf(Os, "Args"), "[]string");
  Package *Sort = lookupStdPackage(Types, "sort");
  EXPECT_EQ(typeOf(Sort, "Ints"), "func(x []int)");
  EXPECT_EQ(typeOf(Sort, "Strings"), "func(x []string)");
  EXPECT_EQ(typeOf(Sort, "Slice"),
            "func(x any, less func(i int, j int) bool)");
}

TEST(StdLibTest, AnalysisOnlyDeclarations) {
  TypeContext Types;
  Package *Atomic = lookupStdPackage(Types, "sync/atomic");
  EXPECT_EQ(typeOf(Atomic, "CompareAndSwapPointer"),
            "func(addr *unsafe.Pointer, old unsafe.Pointer, "
            "new unsafe.Pointer) (swapped bool)");
  EXPECT_EQ(typeOf(Atomic, "LoadPointer"),
            "func(addr *unsafe.Pointer) (val unsafe.Pointer)");
  Package *RA = lookupStdPackage(Types, "runtime/internal/atomic");
  EXPECT_EQ(typeOf(RA, "Loadp"), "func(ptr unsafe.Pointer) unsafe.Pointer");
  Package *Reflect = lookupStdPackage(Types, "reflect");
  EXPECT_EQ(typeOf(Reflect, "ValueOf"), "func(i any) reflect.Value");
  const Type *SH = Reflect->getScope()->lookup("SliceHeader")->getType();
  EXPECT_EQ(SH->getUnderlying()->toString(),
            "struct{Data uintptr; Len int; Cap int}");
  EXPECT_EQ(typeOf(lookupStdPackage(Types, "runtime"), "KeepAlive"),
            "func(x any)");
  Package *Maphash = lookupStdPackage(Types, "hash/maphash");
  const Type *Hash = Maphash->getScope()->lookup("Hash")->getType();
  EXPECT_FALSE(isComparable(Hash));
  EXPECT_EQ(Sizes::sizeOf(Hash), 152); // gc: unsafe.Sizeof(maphash.Hash{})
  EXPECT_EQ(methodOf(Hash, "Sum64")->getType()->toString(), "func() uint64");
}
