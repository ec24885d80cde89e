//===- RuntimeABITest.cpp - The generated runtime ABI ---------------------===//
//
// RuntimeABI is generated from the runtime headers at build time; these
// tests check the declarations it creates for a few real entry points
// against what clang++-19 emits for the same C++ declarations on x86-64
// (bool is zeroext i1, uint8_t zeroext i8, [[noreturn]] is noreturn), and
// that declaring everything yields a valid module.
//
//===----------------------------------------------------------------------===//

#include "goscape/CodeGen/RuntimeABI.h"

#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <string>

using namespace goscape::codegen;

namespace {

class RuntimeABITest : public ::testing::Test {
protected:
  llvm::LLVMContext Ctx;
  llvm::Module M{"abi", Ctx};
  RuntimeABI ABI{M};

  /// The declaration's type and attributes as textual IR.
  std::string declText(llvm::StringRef Name) {
    auto *F = llvm::cast<llvm::Function>(ABI.get(Name).getCallee());
    std::string S;
    llvm::raw_string_ostream OS(S);
    F->getFunctionType()->print(OS);
    OS << " ret[" << F->getAttributes().getRetAttrs().getAsString() << "]";
    for (unsigned I = 0; I != F->arg_size(); ++I)
      OS << " p" << I << "["
         << F->getAttributes().getParamAttrs(I).getAsString() << "]";
    OS << " fn[" << F->getAttributes().getFnAttrs().getAsString() << "]";
    return S;
  }

  bool verify() {
    std::string Err;
    llvm::raw_string_ostream OS(Err);
    bool Broken = llvm::verifyModule(M, &OS);
    EXPECT_FALSE(Broken) << Err;
    return !Broken;
  }
};

TEST_F(RuntimeABITest, PointerAndIntegerTypes) {
  EXPECT_EQ(declText("gs_alloc"), "ptr (i64) ret[] p0[] fn[nounwind]");
  EXPECT_EQ(declText("gs_fastrand"), "i32 () ret[] fn[nounwind]");
  EXPECT_EQ(declText("gs_printfloat"), "void (double) ret[] p0[] fn[nounwind]");
}

TEST_F(RuntimeABITest, BoolIsZeroExtI1) {
  EXPECT_EQ(declText("gs_memequal"),
            "i1 (ptr, ptr, i64) ret[zeroext] p0[] p1[] p2[] fn[nounwind]");
  EXPECT_EQ(declText("gs_printbool"),
            "void (i1) ret[] p0[zeroext] fn[nounwind]");
}

TEST_F(RuntimeABITest, NoReturnAndNarrowIntegers) {
  EXPECT_EQ(declText("gs_panic_index"),
            "void (i64, i64) ret[] p0[] p1[] fn[noreturn nounwind]");
  // uint8_t Code: clang extends it for the x86-64 calling convention.
  EXPECT_TRUE(llvm::cast<llvm::Function>(ABI.get("gs_panic_bounds").getCallee())
                  ->hasParamAttribute(0, llvm::Attribute::ZExt));
}

TEST_F(RuntimeABITest, DeclaresOnceAndLookupIsByName) {
  llvm::FunctionCallee A = ABI.get("gs_alloc");
  RuntimeABI Other(M);
  EXPECT_EQ(Other.get("gs_alloc").getCallee(), A.getCallee());
  EXPECT_TRUE(RuntimeABI::isEntryPoint("gs_alloc"));
  EXPECT_FALSE(RuntimeABI::isEntryPoint("gs_no_such_function"));
  EXPECT_FALSE(RuntimeABI::isEntryPoint("gs_type_int"));
  EXPECT_TRUE(RuntimeABI::isGlobal("gs_type_int"));
}

TEST_F(RuntimeABITest, GlobalsHaveTheCSizeAndAlignment) {
  llvm::GlobalVariable *G = ABI.getGlobal("gs_type_int");
  EXPECT_TRUE(G->isDeclaration());
  EXPECT_TRUE(G->isConstant());
  EXPECT_EQ(G->getAlign().valueOrOne().value(), alignof(void *));
  EXPECT_TRUE(G->getValueType()->isArrayTy());
  EXPECT_GT(G->getValueType()->getArrayNumElements(), 0u);
  EXPECT_EQ(ABI.global_gs_type_int(), G);
  EXPECT_EQ(ABI.getGlobal("gs_type_empty_interface"),
            ABI.global_gs_type_empty_interface());
}

TEST_F(RuntimeABITest, WrappersEmitCallsWithTheDeclarationsAttributes) {
  auto *FTy = llvm::FunctionType::get(llvm::Type::getVoidTy(Ctx),
                                      {llvm::Type::getInt64Ty(Ctx)}, false);
  auto *F = llvm::Function::Create(FTy, llvm::GlobalValue::ExternalLinkage,
                                   "main.f", M);
  llvm::IRBuilder<> B(llvm::BasicBlock::Create(Ctx, "entry", F));
  llvm::Value *N = F->getArg(0);
  llvm::CallInst *P = ABI.call_gs_alloc(B, N);
  llvm::CallInst *Eq = ABI.call_gs_memequal(B, P, ABI.global_gs_type_int(), N);
  EXPECT_TRUE(Eq->getType()->isIntegerTy(1));
  EXPECT_TRUE(Eq->hasRetAttr(llvm::Attribute::ZExt));
  ABI.call_gs_printbool(B, Eq);
  llvm::CallInst *Panic = ABI.call_gs_panic_index(B, N, N);
  EXPECT_TRUE(Panic->doesNotReturn());
  B.CreateUnreachable();
  verify();
}

TEST_F(RuntimeABITest, EveryEntryPointDeclaresIntoAValidModule) {
  std::vector<llvm::StringRef> Fns = RuntimeABI::entryPointNames();
  EXPECT_TRUE(std::is_sorted(Fns.begin(), Fns.end()));
  EXPECT_GT(Fns.size(), 20u);
  for (llvm::StringRef Name : Fns) {
    llvm::FunctionCallee C = ABI.get(Name);
    ASSERT_TRUE(C.getCallee()) << Name.str();
    EXPECT_EQ(llvm::cast<llvm::Function>(C.getCallee())->getName(), Name);
  }
  for (llvm::StringRef Name : RuntimeABI::globalNames())
    EXPECT_EQ(ABI.getGlobal(Name)->getName(), Name);
  EXPECT_TRUE(verify());
}

} // namespace
