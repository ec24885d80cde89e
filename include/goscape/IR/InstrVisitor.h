//===- InstrVisitor.h - Visitor over instruction kinds ----------*- C++ -*-===//
//
// InstrVisitor<Derived, RetTy, IsConst> dispatches on an instruction's kind
// with an exhaustive switch generated from Instrs.def. Derived overrides
// visitX for the kinds it cares about; an unhandled kind falls back to its
// parent class's visitor (visitAlloc -> visitAllocationSite -> visitInstr),
// so adding a kind to Instrs.def never silently skips a pass's base case.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_IR_INSTRVISITOR_H
#define GOSCAPE_IR_INSTRVISITOR_H

#include "goscape/IR/Instructions.h"

#include "llvm/Support/ErrorHandling.h"

#include <type_traits>

namespace goscape {
namespace ir {

template <typename Derived, typename RetTy = void, bool IsConst = true>
class InstrVisitor {
  template <typename T> using Ref = std::conditional_t<IsConst, const T &, T &>;
  Derived &derived() { return *static_cast<Derived *>(this); }

public:
  RetTy visit(Ref<Instr> I) {
    switch (I.getKind()) {
#define GS_INSTR(Name, Base)                                                   \
  case ValueKind::Name:                                                        \
    return derived().visit##Name(llvm::cast<Name>(I));
#include "goscape/IR/Instrs.def"
#define GS_VALUE(Name) case ValueKind::Name:
#include "goscape/IR/Instrs.def"
      break;
    }
    llvm_unreachable("visiting a value that is not an instruction");
  }

#define GS_INSTR(Name, Base)                                                   \
  RetTy visit##Name(Ref<Name> I) { return derived().visit##Base(I); }
#include "goscape/IR/Instrs.def"

  RetTy visitAllocationSite(Ref<AllocationSite> I) {
    return derived().visitInstr(I);
  }
  RetTy visitCallInstr(Ref<CallInstr> I) { return derived().visitInstr(I); }
  RetTy visitTerminator(Ref<Terminator> I) { return derived().visitInstr(I); }
  RetTy visitInstr(Ref<Instr>) { return RetTy(); }
};

} // namespace ir
} // namespace goscape

#endif
