//===- IRTestUtil.h - Shared fixture of the IR unit tests -------*- C++ -*-===//
//
// A TypeContext with a `main` package and an imported `fmt`, a Module, and
// a fake source file whose locations print as the line:col asked for.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_UNITTESTS_IR_IRTESTUTIL_H
#define GOSCAPE_UNITTESTS_IR_IRTESTUTIL_H

#include "goscape/AST/Constant.h"
#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"
#include "goscape/Basic/SourceManager.h"
#include "goscape/IR/Builder.h"
#include "goscape/IR/Printer.h"
#include "goscape/IR/Verifier.h"

#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <string>

namespace goscape {
namespace ir {

class IRTest : public ::testing::Test {
protected:
  static constexpr unsigned LineWidth = 80;

  IRTest() : M(Types, nullptr) {
    Main = Types.createPackage("main", "main", nullptr);
    Fmt = Types.createPackage("fmt", "fmt", nullptr);
    Fmt->setImported();
    std::string Text;
    for (unsigned L = 0; L != 60; ++L)
      Text += std::string(LineWidth, ' ') + "\n";
    File = SM.addBuffer("./x.go", Text);
  }

  /// A source location that prints as Line:Col.
  SourceLoc at(unsigned Line, unsigned Col) {
    return SM.getStartLoc(File).getAdvanced((Line - 1) * (LineWidth + 1) +
                                            (Col - 1));
  }
  Provenance P(unsigned Line, unsigned Col) {
    return Provenance::at(at(Line, Col), nullptr);
  }
  Provenance syn() { return Provenance::synthetic(); }

  const Type *intTy() { return Types.getBasic(BasicKind::Int); }
  const Type *boolTy() { return Types.getBasic(BasicKind::Bool); }
  const Type *strTy() { return Types.getBasic(BasicKind::String); }
  const Type *ptr(const Type *T) { return Types.getPointer(T); }
  const Type *any() { return Types.getEmptyInterface(); }

  Var *var(llvm::StringRef Name, const Type *T, VarRole R = VarRole::Local,
           unsigned Line = 0, unsigned Col = 0) {
    return Types.createObject<Var>(Line ? at(Line, Col) : SourceLoc(), Main,
                                   Name, T, R);
  }
  const Signature *sig(std::initializer_list<const Type *> Params,
                       std::initializer_list<const Type *> Results,
                       bool Variadic = false, Var *Recv = nullptr) {
    llvm::SmallVector<Var *, 4> Ps, Rs;
    for (const Type *T : Params)
      Ps.push_back(var("", T, VarRole::Param));
    for (const Type *T : Results)
      Rs.push_back(var("", T, VarRole::Result));
    return Types.getSignature(Recv, Types.getTuple(Ps), Types.getTuple(Rs),
                              Variadic);
  }
  /// A function whose parameters are named as given.
  Function *
  func(llvm::StringRef Name,
       std::initializer_list<std::pair<const char *, const Type *>> Params,
       std::initializer_list<const Type *> Results,
       Function *Parent = nullptr) {
    llvm::SmallVector<Var *, 4> Ps, Rs;
    for (auto &[N, T] : Params)
      Ps.push_back(var(N, T, VarRole::Param));
    for (const Type *T : Results)
      Rs.push_back(var("", T, VarRole::Result));
    const Signature *S = Types.getSignature(nullptr, Types.getTuple(Ps),
                                            Types.getTuple(Rs), false);
    Function *F = M.createFunction(Name, S, nullptr, nullptr, Parent);
    for (Var *V : Ps)
      F->addParam(V, V->getType());
    return F;
  }

  const Constant *cint(int64_t V) { return Consts.getInt64(V); }
  Const *ci(IRBuilder &B, int64_t V) { return B.getConst(cint(V), intTy()); }

  std::string print(const Function &F) {
    std::string S;
    llvm::raw_string_ostream OS(S);
    printFunction(F, OS, &SM);
    return S;
  }
  /// The verifier's explanation, or "" when F is well formed.
  std::string verify(const Function &F) {
    std::string S;
    llvm::raw_string_ostream OS(S);
    bool Broken = verifyFunction(F, &OS);
    EXPECT_EQ(Broken, !S.empty());
    return S;
  }

  TypeContext Types;
  ConstantContext Consts;
  SourceManager SM;
  FileId File;
  Package *Main, *Fmt;
  Module M;
};

} // namespace ir
} // namespace goscape

#endif
