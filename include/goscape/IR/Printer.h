//===- Printer.h - The `goscape ssa` text format ----------------*- C++ -*-===//
//
// One line per instruction, FileCheck-friendly and deterministic:
//
//   func f(%n int) []int                  ; 3:6
//   0: entry
//     %t0 = makeslice []int %n, %n         ; 4:11 stack
//     return %t0                           ; 5:2
//
// Values are `%tN` (numbered per function, in block order), parameters and
// free variables `%name` (`%pN` / `%fvN` when unnamed, blank or clashing),
// functions and globals `@name`, constants `value:type`. A block header is
// `index: comment`, followed by `; preds a, b` when it has predecessors.
// The trailing comment holds the location (`line:col`, with a
// SourceManager), `synthetic`, the decision of an allocation site and
// flags such as `inloop`. Instructions.h shows each kind's form.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_IR_PRINTER_H
#define GOSCAPE_IR_PRINTER_H

#include "goscape/IR/Function.h"

#include "llvm/ADT/DenseMap.h"

#include <string>

namespace goscape {
class SourceManager;

namespace ir {

/// The printed names of a function's values, computed once in block
/// order (never from pointer order).
class ValueNumbering {
public:
  explicit ValueNumbering(const Function &F);
  /// Writes the operand form of V: `%t3`, `%x`, `@f`, `1:int`.
  void printRef(const Value *V, llvm::raw_ostream &OS) const;
  std::string ref(const Value *V) const;
  /// The number N of `%tN`, or -1 when V is not a numbered instruction.
  int getNumber(const Value *V) const;

private:
  llvm::DenseMap<const Value *, unsigned> Numbers;
  llvm::DenseMap<const Value *, std::string> Names;
};

/// Prints one instruction line (with indentation and newline).
void printInstr(const Instr &I, const ValueNumbering &VN, llvm::raw_ostream &OS,
                const SourceManager *SM = nullptr);
/// Prints F: its header, free variables and blocks.
void printFunction(const Function &F, llvm::raw_ostream &OS,
                   const SourceManager *SM = nullptr);
/// Prints M: its globals, then its functions in creation order.
void printModule(const Module &M, llvm::raw_ostream &OS,
                 const SourceManager *SM = nullptr);

} // namespace ir
} // namespace goscape

#endif
