//===- VerifierTest.cpp - The verifier rejects broken IR ------------------===//
//
// Each test breaks one invariant of an otherwise valid function and checks
// the verifier's one-line explanation.
//
//===----------------------------------------------------------------------===//

#include "IRTestUtil.h"

using namespace goscape;
using namespace goscape::ir;

namespace {

// A use in block 1 of a value defined in block 2, which does not dominate.
TEST_F(IRTest, RejectsUseNotDominatedAcrossBlocks) {
  Function *F = func("f", {{"c", boolTy()}}, {intTy()});
  IRBuilder B(*F, Types);
  BasicBlock *Entry = F->createBlock("entry");
  BasicBlock *Then = F->createBlock("if.then");
  BasicBlock *Else = F->createBlock("if.else");
  B.setInsertPoint(Entry);
  B.createIf(P(1, 4), F->params()[0], Then, Else);
  B.setInsertPoint(Else);
  BinOp *X = B.createBinOp(P(3, 5), Operator::Add, ci(B, 1), ci(B, 2));
  B.createReturn(P(3, 2), {X});
  B.setInsertPoint(Then);
  B.createReturn(P(2, 2), {X});
  EXPECT_EQ(verify(*F), "verifier: f: block 1 (if.then): `return %t0`: use "
                        "of %t0 is not dominated by its definition\n");
}

TEST_F(IRTest, RejectsUseBeforeDefInBlock) {
  Function *F = func("f", {}, {intTy()});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  BinOp *X = B.createBinOp(P(1, 1), Operator::Add, ci(B, 1), ci(B, 2));
  BinOp *Y = B.createBinOp(P(1, 2), Operator::Add, X, ci(B, 3));
  B.createReturn(P(1, 3), {Y});
  X->setOperand(0, Y);
  EXPECT_EQ(verify(*F), "verifier: f: block 0 (entry): `%t0 = %t1 + 2:int`: "
                        "use of %t1 is not dominated by its definition\n");
}

TEST_F(IRTest, RejectsMissingTerminator) {
  Function *F = func("f", {}, {});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  B.createAlloc(P(1, 1), AllocKind::New, intTy());
  EXPECT_EQ(verify(*F), "verifier: f: block 0 (entry): block does not end "
                        "in a terminator\n");
}

TEST_F(IRTest, RejectsBadPhiArity) {
  Function *F = func("f", {}, {intTy()});
  IRBuilder B(*F, Types);
  BasicBlock *Entry = F->createBlock("entry");
  BasicBlock *Join = F->createBlock("join");
  B.setInsertPoint(Entry);
  B.createJump(syn(), Join);
  B.setInsertPoint(Join);
  Phi *Ph = B.createPhi(syn(), intTy(), {ci(B, 1), ci(B, 2)});
  B.createReturn(P(2, 2), {Ph});
  EXPECT_EQ(verify(*F), "verifier: f: block 1 (join): `%t0 = phi int [0: "
                        "1:int, ?: 2:int]`: phi has 2 edges but its block "
                        "has 1 predecessors\n");
}

TEST_F(IRTest, RejectsUnsetPhiEdge) {
  Function *F = func("f", {}, {intTy()});
  IRBuilder B(*F, Types);
  BasicBlock *Entry = F->createBlock("entry");
  BasicBlock *Join = F->createBlock("join");
  B.setInsertPoint(Entry);
  B.createJump(syn(), Join);
  B.setInsertPoint(Join);
  Phi *Ph = B.createPhi(syn(), intTy(), {nullptr});
  B.createReturn(P(2, 2), {Ph});
  EXPECT_EQ(verify(*F), "verifier: f: block 1 (join): `%t0 = phi int [0: "
                        "<null>]`: operand 0 is not set\n");
}

TEST_F(IRTest, RejectsOperandFromAnotherFunction) {
  Function *G = func("g", {{"y", intTy()}}, {});
  Function *F = func("f", {}, {intTy()});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  B.createReturn(P(1, 1), {G->params()[0]});
  EXPECT_EQ(verify(*F), "verifier: f: block 0 (entry): `return "
                        "%?Parameter`: operand 0 belongs to function 'g'\n");
}

TEST_F(IRTest, RejectsMissingProvenance) {
  Function *F = func("f", {}, {});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  B.createReturn(Provenance(), {});
  EXPECT_EQ(verify(*F), "verifier: f: block 0 (entry): `return`: no source "
                        "location and not marked synthetic\n");
}

TEST_F(IRTest, RejectsUnreachableBlockUnlessKept) {
  Function *F = func("f", {}, {});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  B.createReturn(P(1, 1), {});
  BasicBlock *Dead = F->createBlock("dead");
  B.setInsertPoint(Dead);
  B.createReturn(P(2, 1), {});
  EXPECT_EQ(verify(*F), "verifier: f: block 1 (dead): block is unreachable "
                        "from the entry\n");
  Dead->setKeptUnreachable();
  EXPECT_EQ(verify(*F), "");
}

TEST_F(IRTest, RejectsTypeMismatches) {
  Function *F = func("f", {{"p", ptr(intTy())}, {"s", strTy()}}, {intTy()});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  B.createStore(P(1, 3), F->params()[0], F->params()[1]);
  B.createReturn(P(2, 2), {F->params()[1]});
  EXPECT_EQ(verify(*F),
            "verifier: f: block 0 (entry): `store *%p = %s`: stored value "
            "does not have the pointed-to type\n"
            "verifier: f: block 0 (entry): `return %s`: result 0 does not "
            "have the result type\n");
}

TEST_F(IRTest, RejectsBadCallsAndClosures) {
  Function *G = func("g", {{"a", intTy()}}, {});
  Function *Lit = func("f$1", {}, {}, nullptr);
  Var *X = var("x", intTy());
  Lit->addFreeVar(X, ptr(intTy()));
  Lit->createBlock("entry");
  Function *F = func("f", {}, {});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  B.createCall(P(1, 2), CallCommon::staticCall(G, {}));
  B.createMakeClosure(P(2, 2), Lit, {});
  B.createReturn(P(3, 1), {});
  EXPECT_EQ(verify(*F),
            "verifier: f: block 0 (entry): `call @g()`: call passes 0 "
            "arguments but the signature has 1 parameters\n"
            "verifier: f: block 0 (entry): `%t0 = makeclosure @f$1 []`: "
            "makeclosure binds 0 values but the function has 1 free "
            "variables\n");
  EXPECT_EQ(verify(*Lit), "verifier: f$1: function with free variables has "
                          "no parent\n"
                          "verifier: f$1: block 0 (entry): block does not "
                          "end in a terminator\n");
}

TEST_F(IRTest, RejectsStalePredecessors) {
  Function *F = func("f", {}, {});
  IRBuilder B(*F, Types);
  BasicBlock *Entry = F->createBlock("entry");
  BasicBlock *Next = F->createBlock("next");
  B.setInsertPoint(Entry);
  Jump *J = B.createJump(syn(), Next);
  B.setInsertPoint(Next);
  B.createReturn(P(1, 1), {});
  J->setSuccessor(0, Entry); // without updating predecessor lists
  std::string Out = verify(*F);
  EXPECT_NE(Out.find("verifier: f: block 0 (entry): predecessor list does "
                     "not match the terminators that branch here\n"),
            std::string::npos);
  EXPECT_NE(Out.find("block 1 (next): block is unreachable"),
            std::string::npos);
}

} // namespace
