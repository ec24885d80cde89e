//===- Verifier.h - IR invariant checks -------------------------*- C++ -*-===//
//
// Run after every producer of IR (STYLE practice 7). The checks, all
// explained on OS in one line each naming the function, block and
// instruction:
//
//  * structure: every block ends in exactly one Terminator and has no
//    other; phis come first; predecessor lists match the terminators;
//    every block is reachable from the entry or kept on purpose;
//  * SSA: every operand is set, belongs to this function (or is a module
//    Global/Function), and its definition dominates the use (for a phi
//    edge, the end of the matching predecessor); a phi has one edge per
//    predecessor;
//  * types, where the Go type model can tell: stores, phis, branches,
//    returns, call arguments, closures' bindings, map and channel
//    operations, conversions and allocation sites;
//  * provenance: a valid location unless the instruction is synthetic.
//
// Dominance uses the Cooper-Harvey-Kennedy iterative algorithm
// (Dominators.h), which is deterministic and small.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_IR_VERIFIER_H
#define GOSCAPE_IR_VERIFIER_H

#include "goscape/IR/Function.h"

namespace goscape {
namespace ir {

/// Returns true and explains on OS (if non-null) when F breaks an IR
/// invariant; false when F is well formed (LLVM's convention).
bool verifyFunction(const Function &F, llvm::raw_ostream *OS = nullptr);
/// verifyFunction on every function of M, plus module-level checks.
bool verifyModule(const Module &M, llvm::raw_ostream *OS = nullptr);

} // namespace ir
} // namespace goscape

#endif
