//===- InlineBodyString.cpp - gc's text of an inlinable body ---------------===//
//
// gc's -m -m says what it keeps of an inlinable function: `can inline f
// with cost N as: TYPE { BODY }`, the function's type (a method's as
// `method(R) func(...)`) and its statements joined as its formatter joins
// a statement list.
//
//===----------------------------------------------------------------------===//

#include "goscape/Escape/ExprString.h"
#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"
#include "goscape/Sema/Sema.h"

#include "llvm/Support/raw_ostream.h"

using namespace goscape;
using namespace goscape::escape;

std::string escape::gcInlineBodyString(const Node *Fn,
                                       const CheckedPackage &CP) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  const BlockStmt *Body = nullptr;
  const Signature *Sig = nullptr;
  if (auto *D = llvm::dyn_cast<FuncDecl>(Fn)) {
    Body = D->getBody();
    if (Func *F = CP.getFunc(D))
      Sig = F->getSignature();
  } else if (auto *L = llvm::dyn_cast<FuncLit>(Fn)) {
    Body = L->getBody();
    Sig = llvm::dyn_cast_or_null<Signature>(L->getType());
  }
  if (Sig && Sig->getRecv()) {
    OS << "method(";
    printGcType(OS, Sig->getRecv()->getType());
    OS << ") ";
  }
  printGcType(OS, Sig);
  OS << " { ";
  if (Body)
    printGcNode(OS, Body, CP, CallForm::Typechecked);
  OS << " }";
  return S;
}
