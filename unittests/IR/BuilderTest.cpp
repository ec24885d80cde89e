//===- BuilderTest.cpp - Building and printing IR by hand -----------------===//
//
// Each test builds one function shape through IRBuilder the way IRGen
// will, checks the `goscape ssa` text exactly, and checks that the
// verifier accepts it.
//
//===----------------------------------------------------------------------===//

#include "IRTestUtil.h"

#include "goscape/IR/Dominators.h"
#include "goscape/IR/InstrVisitor.h"

using namespace goscape;
using namespace goscape::ir;

namespace {

// func add(x, y int) int { return x + y }
TEST_F(IRTest, StraightLine) {
  Function *F = func("add", {{"x", intTy()}, {"y", intTy()}}, {intTy()});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  BinOp *Sum =
      B.createBinOp(P(2, 11), Operator::Add, F->params()[0], F->params()[1]);
  B.createReturn(P(2, 4), {Sum});
  EXPECT_EQ(print(*F), "func add(%x int, %y int) int\n"
                       "0: entry\n"
                       "  %t0 = %x + %y ; 2:11\n"
                       "  return %t0 ; 2:4\n");
  EXPECT_EQ(verify(*F), "");
  // The parameters' use lists name the BinOp.
  ASSERT_EQ(F->params()[0]->getNumUses(), 1u);
  EXPECT_EQ((*F->params()[0]->uses().begin())->getUser(), Sum);
  EXPECT_EQ(Sum->getNumUses(), 1u);
}

// func sum(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }
TEST_F(IRTest, LoopWithPhis) {
  Function *F = func("sum", {{"n", intTy()}}, {intTy()});
  IRBuilder B(*F, Types);
  BasicBlock *Entry = F->createBlock("entry");
  BasicBlock *Loop = F->createBlock("for.loop");
  BasicBlock *Body = F->createBlock("for.body");
  BasicBlock *Done = F->createBlock("for.done");
  B.setInsertPoint(Entry);
  B.createJump(syn(), Loop);
  B.setInsertPoint(Loop);
  // The back edge does not exist yet: its phi edges are filled in later.
  Phi *S = B.createPhi(syn(), intTy(), {ci(B, 0), nullptr});
  Phi *I = B.createPhi(syn(), intTy(), {ci(B, 0), nullptr});
  BinOp *Cond = B.createBinOp(P(3, 20), Operator::Lss, I, F->params()[0]);
  B.createIf(syn(), Cond, Body, Done);
  B.setInsertPoint(Body);
  BinOp *S2 = B.createBinOp(P(3, 36), Operator::Add, S, I);
  BinOp *I2 = B.createBinOp(P(3, 29), Operator::Add, I, ci(B, 1));
  B.createJump(syn(), Loop);
  S->setOperand(1, S2);
  I->setOperand(1, I2);
  B.setInsertPoint(Done);
  B.createReturn(P(3, 44), {S});

  EXPECT_EQ(print(*F), "func sum(%n int) int\n"
                       "0: entry\n"
                       "  jump 1 ; synthetic\n"
                       "1: for.loop ; preds 0, 2\n"
                       "  %t0 = phi int [0: 0:int, 2: %t3] ; synthetic\n"
                       "  %t1 = phi int [0: 0:int, 2: %t4] ; synthetic\n"
                       "  %t2 = %t1 < %n ; 3:20\n"
                       "  if %t2 then 2 else 3 ; synthetic\n"
                       "2: for.body ; preds 1\n"
                       "  %t3 = %t0 + %t1 ; 3:36\n"
                       "  %t4 = %t1 + 1:int ; 3:29\n"
                       "  jump 1 ; synthetic\n"
                       "3: for.done ; preds 1\n"
                       "  return %t0 ; 3:44\n");
  EXPECT_EQ(verify(*F), "");

  DominatorTree DT(*F);
  EXPECT_EQ(DT.getIDom(Body), Loop);
  EXPECT_EQ(DT.getIDom(Done), Loop);
  EXPECT_EQ(DT.getIDom(Loop), Entry);
  EXPECT_TRUE(DT.dominates(Loop, Body));
  EXPECT_FALSE(DT.dominates(Body, Done));
}

// func main() { x := 0; f := func() { x++ }; f(); println(x) }
TEST_F(IRTest, ClosureCapturesThroughAlloc) {
  Function *Main = func("main", {}, {});
  Var *X = var("x", intTy(), VarRole::Local, 1, 15);
  Function *Lit = func("main$1", {}, {}, Main);
  FreeVar *FX = Lit->addFreeVar(X, ptr(intTy()));
  {
    IRBuilder B(*Lit, Types);
    B.setInsertPoint(Lit->createBlock("entry"));
    UnOp *Old = B.createLoad(Provenance::synthetic(at(1, 37)), FX);
    BinOp *New = B.createBinOp(P(1, 38), Operator::Add, Old, ci(B, 1));
    B.createStore(P(1, 38), FX, New);
    B.createReturn(Provenance::synthetic(at(1, 41)), {});
  }
  IRBuilder B(*Main, Types);
  B.setInsertPoint(Main->createBlock("entry"));
  Alloc *XA = B.createAlloc(P(1, 15), AllocKind::Var, intTy(), X);
  B.createStore(P(1, 17), XA, ci(B, 0));
  MakeClosure *MC = B.createMakeClosure(P(1, 28), Lit, {XA});
  B.createCall(P(1, 45), CallCommon::closureCall(MC, {}));
  UnOp *Load = B.createLoad(Provenance::synthetic(at(1, 57)), XA);
  B.createBuiltinCall(P(1, 56), BuiltinId::Println, nullptr, {Load});
  B.createReturn(Provenance::synthetic(at(1, 60)), {});

  EXPECT_EQ(print(*Main), "func main()\n"
                          "0: entry\n"
                          "  %t0 = alloc.var int (x) ; 1:15 undecided\n"
                          "  store *%t0 = 0:int ; 1:17\n"
                          "  %t1 = makeclosure @main$1 [%t0] ; 1:28 undecided\n"
                          "  call %t1() ; 1:45\n"
                          "  %t2 = *%t0 ; 1:57 synthetic\n"
                          "  builtin println(%t2) ; 1:56\n"
                          "  return ; 1:60 synthetic\n");
  EXPECT_EQ(print(*Lit), "func main$1() ; parent main\n"
                         "  freevar %x *int\n"
                         "0: entry\n"
                         "  %t0 = *%x ; 1:37 synthetic\n"
                         "  %t1 = %t0 + 1:int ; 1:38\n"
                         "  store *%x = %t1 ; 1:38\n"
                         "  return ; 1:41 synthetic\n");
  EXPECT_EQ(verify(*Main), "");
  EXPECT_EQ(verify(*Lit), "");
  EXPECT_EQ(Main->getAnonFuncs().size(), 1u);
  EXPECT_EQ(XA->getVar(), X);

  // Escape analysis' decisions show in the text.
  XA->setDecision(AllocDecision::Heap);
  XA->setExplanation(7);
  MC->setDecision(AllocDecision::Stack);
  FX->setCaptureMode(CaptureMode::ByReference);
  std::string Text = print(*Main) + print(*Lit);
  EXPECT_NE(Text.find("%t0 = alloc.var int (x) ; 1:15 heap\n"),
            std::string::npos);
  EXPECT_NE(Text.find("makeclosure @main$1 [%t0] ; 1:28 stack\n"),
            std::string::npos);
  EXPECT_NE(Text.find("  freevar %x *int ; byref\n"), std::string::npos);
  EXPECT_EQ(XA->getExplanation(), 7u);
}

// One function with an allocation site of every kind.
TEST_F(IRTest, EveryAllocationSite) {
  // type T struct{ a int }; func (*T) M() int
  auto *TN = Types.createObject<TypeName>(at(1, 6), Main, "T", nullptr);
  const Named *T = Types.createNamed(TN);
  TN->setType(T);
  Var *FieldA =
      Types.createObject<Var>(at(1, 17), Main, "a", intTy(), VarRole::Field);
  T->setUnderlying(Types.getStruct({FieldA}, {}));
  Var *Recv = var("t", ptr(T), VarRole::Recv);
  Func *MObj = Types.createObject<Func>(
      at(2, 12), Main, "M", sig({}, {intTy()}, false, Recv), nullptr);
  const Type *Bytes = Types.getSlice(Types.getByte());
  const Type *IntSlice = Types.getSlice(intTy());
  Function *Lit = func("f$1", {}, {}, nullptr);

  Function *F = func("f", {{"n", intTy()}, {"s", strTy()}}, {});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  Value *N = F->params()[0], *S = F->params()[1];
  Alloc *New = B.createAlloc(P(4, 10), AllocKind::New, intTy());
  Alloc *Lit1 = B.createAlloc(P(5, 7), AllocKind::CompositeLit, T);
  FieldAddr *FA = B.createFieldAddr(P(5, 10), Lit1, 0);
  B.createStore(P(5, 10), FA, ci(B, 1));
  Alloc *Arr =
      B.createAlloc(P(6, 3), AllocKind::Varargs, Types.getArray(intTy(), 2));
  IndexAddr *E0 = B.createIndexAddr(syn(), Arr, ci(B, 0));
  B.createStore(syn(), E0, N);
  ir::Slice *Args = B.createSlice(syn(), Arr, nullptr, nullptr, nullptr);
  MakeSlice *MS = B.createMakeSlice(P(7, 11), IntSlice, N, N);
  MakeMap *MM = B.createMakeMap(P(8, 11), Types.getMap(strTy(), intTy()));
  MakeChan *MCh = B.createMakeChan(
      P(9, 11), Types.getChan(ChanDirection::SendRecv, intTy()), ci(B, 0));
  MakeClosure *MC = B.createMakeClosure(P(10, 7), Lit, {});
  BoundMethod *BM = B.createBoundMethod(
      P(11, 9), MObj, Lit1, llvm::cast<Signature>(sig({}, {intTy()})), false);
  MakeInterface *MI = B.createMakeInterface(P(12, 14), any(), N);
  StringConvert *SC =
      B.createStringConvert(P(13, 12), StringConvKind::StringToBytes, Bytes, S);
  Concat *Cat = B.createConcat(
      P(14, 9), {S, B.getConst(Consts.getString("!"), strTy()), S});
  MS->setDecision(AllocDecision::Stack);
  MI->setDecision(AllocDecision::Heap);
  B.createReturn(P(15, 2), {});
  (void)New, (void)Args, (void)MM, (void)MCh, (void)MC, (void)BM, (void)SC,
      (void)Cat;

  EXPECT_EQ(print(*F),
            "func f(%n int, %s string)\n"
            "0: entry\n"
            "  %t0 = alloc.new int ; 4:10 undecided\n"
            "  %t1 = alloc.lit T ; 5:7 undecided\n"
            "  %t2 = fieldaddr &%t1.a #0 ; 5:10\n"
            "  store *%t2 = 1:int ; 5:10\n"
            "  %t3 = alloc.varargs [2]int ; 6:3 undecided\n"
            "  %t4 = indexaddr &%t3[0:int] ; synthetic\n"
            "  store *%t4 = %n ; synthetic\n"
            "  %t5 = slice %t3[:] ; synthetic\n"
            "  %t6 = makeslice []int %n, %n ; 7:11 stack\n"
            "  %t7 = makemap map[string]int ; 8:11 undecided\n"
            "  %t8 = makechan chan int 0:int ; 9:11 undecided\n"
            "  %t9 = makeclosure @f$1 [] ; 10:7 undecided\n"
            "  %t10 = boundmethod (*T).M %t1 ; 11:9 undecided\n"
            "  %t11 = makeinterface interface{} <- int %n ; 12:14 heap\n"
            "  %t12 = stringconv []byte <- string %s ; 13:12 undecided\n"
            "  %t13 = concat %s, \"!\":string, %s ; 14:9 undecided\n"
            "  return ; 15:2\n");
  EXPECT_EQ(verify(*F), "");

  // Passes find the sites by class, in order.
  unsigned Sites = 0;
  for (const Instr *I : F->getEntryBlock()->instrs())
    Sites += llvm::isa<AllocationSite>(I);
  EXPECT_EQ(Sites, 11u);
  EXPECT_EQ(FA->getField(), FieldA);
}

// Static, external, closure and interface calls, and go of a builtin.
TEST_F(IRTest, CallModes) {
  // type Stringer interface{ String() string }
  Func *StringM = Types.createObject<Func>(at(1, 25), Main, "String",
                                           sig({}, {strTy()}), nullptr);
  const Interface *Iface = Types.getInterface({StringM}, {});
  Iface->setAllMethods({StringM});
  Func *PrintlnObj = Types.createObject<Func>(
      SourceLoc(), Fmt, "Println",
      sig({Types.getSlice(any())}, {intTy(), Types.getInterface({}, {})}, true),
      nullptr);
  Function *Ext = M.getOrCreateExternal(PrintlnObj);
  EXPECT_EQ(M.getOrCreateExternal(PrintlnObj), Ext);
  Function *G = func("g", {{"a", intTy()}}, {intTy()});
  Function *F = func("f",
                     {{"s", Iface},
                      {"h", sig({}, {})},
                      {"c", Types.getChan(ChanDirection::SendRecv, intTy())}},
                     {});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  Call *C1 = B.createCall(P(3, 4), CallCommon::staticCall(G, {ci(B, 1)}));
  Call *C2 =
      B.createCall(P(4, 12), CallCommon::invoke(F->params()[0], StringM, {}));
  B.createCall(P(5, 3), CallCommon::closureCall(F->params()[1], {}));
  Call *C3 = B.createCall(
      P(6, 13), CallCommon::staticCall(
                    Ext, {B.getConst(nullptr, Types.getSlice(any()))}));
  Extract *E = B.createExtract(syn(), C3, 0);
  B.createGo(P(7, 2), CallCommon::builtin(BuiltinId::Close, {F->params()[2]}));
  B.createGo(P(8, 2), CallCommon::staticCall(G, {E}));
  B.createReturn(P(9, 2), {});
  (void)C1, (void)C2;

  EXPECT_EQ(print(*Ext), "func fmt.Println(...interface{}) (int, "
                         "interface{}) ; external\n");
  EXPECT_EQ(print(*F),
            "func f(%s interface{String() string}, %h func(), %c chan int)\n"
            "0: entry\n"
            "  %t0 = call @g(1:int) ; 3:4\n"
            "  %t1 = invoke %s.String() ; 4:12\n"
            "  call %h() ; 5:3\n"
            "  %t2 = call @fmt.Println(nil:[]interface{}) ; 6:13\n"
            "  %t3 = extract %t2 #0 ; synthetic\n"
            "  go builtin close(%c) ; 7:2\n"
            "  go call @g(%t3) ; 8:2\n"
            "  return ; 9:2\n");
  EXPECT_EQ(verify(*F), "");
  EXPECT_EQ(verify(*Ext), "");
  // G's use list holds its two callers.
  EXPECT_EQ(G->getNumUses(), 2u);
  EXPECT_EQ(C3->getStaticCallee(), Ext);
  EXPECT_EQ(C2->getMode(), CallMode::Invoke);
}

// for i := 0; i < 3; i++ { defer f() }
TEST_F(IRTest, DeferInLoop) {
  Function *G = func("g", {}, {});
  Function *F = func("f", {}, {});
  IRBuilder B(*F, Types);
  BasicBlock *Entry = F->createBlock("entry");
  BasicBlock *Loop = F->createBlock("for.loop");
  BasicBlock *Body = F->createBlock("for.body");
  BasicBlock *Done = F->createBlock("for.done");
  B.setInsertPoint(Entry);
  B.createDefer(P(2, 2), CallCommon::staticCall(G, {}), false);
  B.createJump(syn(), Loop);
  B.setInsertPoint(Loop);
  Phi *I = B.createPhi(syn(), intTy(), {ci(B, 0), nullptr});
  BinOp *Cond = B.createBinOp(P(3, 16), Operator::Lss, I, ci(B, 3));
  B.createIf(syn(), Cond, Body, Done);
  B.setInsertPoint(Body);
  Defer *D = B.createDefer(P(3, 27), CallCommon::staticCall(G, {}), true);
  I->setOperand(1, B.createBinOp(P(3, 22), Operator::Add, I, ci(B, 1)));
  B.createJump(syn(), Loop);
  B.setInsertPoint(Done);
  B.createRunDefers(syn());
  B.createReturn(Provenance::synthetic(at(4, 1)), {});

  EXPECT_TRUE(D->isInLoop());
  EXPECT_EQ(print(*F), "func f()\n"
                       "0: entry\n"
                       "  defer call @g() ; 2:2\n"
                       "  jump 1 ; synthetic\n"
                       "1: for.loop ; preds 0, 2\n"
                       "  %t0 = phi int [0: 0:int, 2: %t2] ; synthetic\n"
                       "  %t1 = %t0 < 3:int ; 3:16\n"
                       "  if %t1 then 2 else 3 ; synthetic\n"
                       "2: for.body ; preds 1\n"
                       "  defer call @g() ; 3:27 inloop\n"
                       "  %t2 = %t0 + 1:int ; 3:22\n"
                       "  jump 1 ; synthetic\n"
                       "3: for.done ; preds 1\n"
                       "  rundefers ; synthetic\n"
                       "  return ; 4:1 synthetic\n");
  EXPECT_EQ(verify(*F), "");
}

// select { case v := <-a: ...; case b <- 1: ...; default: }
TEST_F(IRTest, Select) {
  const Type *Ch = Types.getChan(ChanDirection::SendRecv, intTy());
  Function *F = func("f", {{"a", Ch}, {"b", Ch}}, {intTy()});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  Select *Sel = B.createSelect(P(2, 2),
                               {{F->params()[0], nullptr, P(3, 12)},
                                {F->params()[1], ci(B, 1), P(4, 9)}},
                               /*Blocking=*/false);
  Extract *Idx = B.createExtract(syn(), Sel, 0);
  Extract *V = B.createExtract(syn(), Sel, 2);
  B.createReturn(P(5, 2), {B.createBinOp(syn(), Operator::Add, Idx, V)});

  EXPECT_EQ(print(*F), "func f(%a chan int, %b chan int) int\n"
                       "0: entry\n"
                       "  %t0 = select nonblocking [<-%a, %b<-1:int] ; 2:2\n"
                       "  %t1 = extract %t0 #0 ; synthetic\n"
                       "  %t2 = extract %t0 #2 ; synthetic\n"
                       "  %t3 = %t1 + %t2 ; synthetic\n"
                       "  return %t3 ; 5:2\n");
  EXPECT_EQ(verify(*F), "");
  ASSERT_EQ(Sel->getStates().size(), 2u);
  EXPECT_EQ(Sel->getSendValue(0), nullptr);
  EXPECT_EQ(llvm::cast<Tuple>(Sel->getType())->size(), 3u);
}

// for k, v := range m { m2[k] = v; delete(m, k) }
TEST_F(IRTest, RangeNext) {
  const Type *MapTy = Types.getMap(strTy(), intTy());
  Function *F = func("f", {{"m", MapTy}, {"m2", MapTy}}, {});
  IRBuilder B(*F, Types);
  BasicBlock *Entry = F->createBlock("entry");
  BasicBlock *Loop = F->createBlock("range.loop");
  BasicBlock *Body = F->createBlock("range.body");
  BasicBlock *Done = F->createBlock("range.done");
  B.setInsertPoint(Entry);
  Range *R = B.createRange(P(2, 14), F->params()[0]);
  B.createJump(syn(), Loop);
  B.setInsertPoint(Loop);
  Next *N = B.createNext(P(2, 14), R);
  B.createIf(syn(), B.createExtract(syn(), N, 0), Body, Done);
  B.setInsertPoint(Body);
  Extract *K = B.createExtract(syn(), N, 1);
  Extract *V = B.createExtract(syn(), N, 2);
  B.createMapUpdate(P(3, 9), F->params()[1], K, V);
  B.createMapDelete(P(4, 9), F->params()[0], K);
  B.createJump(syn(), Loop);
  B.setInsertPoint(Done);
  B.createReturn(P(5, 1), {});

  EXPECT_EQ(print(*F), "func f(%m map[string]int, %m2 map[string]int)\n"
                       "0: entry\n"
                       "  %t0 = range %m ; 2:14\n"
                       "  jump 1 ; synthetic\n"
                       "1: range.loop ; preds 0, 2\n"
                       "  %t1 = next %t0 ; 2:14\n"
                       "  %t2 = extract %t1 #0 ; synthetic\n"
                       "  if %t2 then 2 else 3 ; synthetic\n"
                       "2: range.body ; preds 1\n"
                       "  %t3 = extract %t1 #1 ; synthetic\n"
                       "  %t4 = extract %t1 #2 ; synthetic\n"
                       "  mapupdate %m2[%t3] = %t4 ; 3:9\n"
                       "  mapdelete %m[%t3] ; 4:9\n"
                       "  jump 1 ; synthetic\n"
                       "3: range.done ; preds 1\n"
                       "  return ; 5:1\n");
  EXPECT_EQ(verify(*F), "");
}

// Slices, append, copy, type assertions, receive, panic.
TEST_F(IRTest, ValuesAndEffects) {
  const Type *Bytes = Types.getSlice(Types.getByte());
  const Type *Ch = Types.getChan(ChanDirection::SendRecv, intTy());
  Function *F = func(
      "f", {{"b", Bytes}, {"s", strTy()}, {"e", any()}, {"c", Ch}}, {intTy()});
  IRBuilder B(*F, Types);
  BasicBlock *Entry = F->createBlock("entry");
  BasicBlock *Bad = F->createBlock("if.then");
  BasicBlock *Good = F->createBlock("if.done");
  Value *Bv = F->params()[0], *S = F->params()[1], *E = F->params()[2],
        *C = F->params()[3];
  B.setInsertPoint(Entry);
  ir::Slice *Sub = B.createSlice(P(2, 8), Bv, ci(B, 1), nullptr, nullptr);
  Append *A1 = B.createAppend(P(3, 13), Sub, {S}, /*HasDots=*/true);
  Copy *Cp = B.createCopy(P(4, 10), A1, S);
  BuiltinCall *Len =
      B.createBuiltinCall(P(5, 10), BuiltinId::Len, intTy(), {A1});
  TypeAssert *TA = B.createTypeAssert(P(6, 10), E, intTy(), true);
  UnOp *Rv = B.createUnOp(P(7, 7), Operator::Recv, C, true);
  B.createSend(P(8, 4), C, Len);
  B.createIf(syn(), B.createExtract(syn(), TA, 1), Good, Bad);
  B.setInsertPoint(Bad);
  B.createPanic(P(9, 8), E);
  B.setInsertPoint(Good);
  B.createReturn(P(10, 2), {Cp});
  (void)Rv;

  EXPECT_EQ(print(*F),
            "func f(%b []byte, %s string, %e interface{}, %c chan int) int\n"
            "0: entry\n"
            "  %t0 = slice %b[1:int:] ; 2:8\n"
            "  %t1 = append %t0, %s... ; 3:13\n"
            "  %t2 = copy %t1, %s ; 4:10\n"
            "  %t3 = builtin len(%t1) ; 5:10\n"
            "  %t4 = typeassert %e.(int),ok ; 6:10\n"
            "  %t5 = <-%c,ok ; 7:7\n"
            "  send %c <- %t3 ; 8:4\n"
            "  %t6 = extract %t4 #1 ; synthetic\n"
            "  if %t6 then 2 else 1 ; synthetic\n"
            "1: if.then ; preds 0\n"
            "  panic %e ; 9:8\n"
            "2: if.done ; preds 0\n"
            "  return %t2 ; 10:2\n");
  EXPECT_EQ(verify(*F), "");
}

// Counting kinds with the generated visitor, and its fallbacks.
TEST_F(IRTest, VisitorFallsBackToBaseClasses) {
  Function *F = func("f", {{"n", intTy()}}, {});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  B.createAlloc(P(1, 1), AllocKind::New, intTy());
  B.createMakeSlice(P(1, 2), Types.getSlice(intTy()), F->params()[0],
                    F->params()[0]);
  B.createCall(P(1, 3), CallCommon::staticCall(F, {F->params()[0]}));
  B.createReturn(P(1, 4), {});

  struct Counter : InstrVisitor<Counter> {
    unsigned Allocs = 0, Sites = 0, Calls = 0, Others = 0;
    void visitAlloc(const Alloc &) { ++Allocs; }
    void visitAllocationSite(const AllocationSite &) { ++Sites; }
    void visitCallInstr(const CallInstr &) { ++Calls; }
    void visitInstr(const Instr &) { ++Others; }
  } C;
  for (const Instr *I : F->getEntryBlock()->instrs())
    C.visit(*I);
  EXPECT_EQ(C.Allocs, 1u);
  EXPECT_EQ(C.Sites, 1u); // MakeSlice
  EXPECT_EQ(C.Calls, 1u);
  EXPECT_EQ(C.Others, 1u); // Return, through visitTerminator
  EXPECT_EQ(getValueKindName(ValueKind::MakeSlice), "MakeSlice");
}

TEST_F(IRTest, ReplaceAllUsesAndErase) {
  Function *F = func("f", {{"x", intTy()}}, {intTy()});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  BinOp *A = B.createBinOp(P(1, 1), Operator::Add, F->params()[0], ci(B, 0));
  BinOp *M = B.createBinOp(P(1, 2), Operator::Mul, A, A);
  B.createReturn(P(1, 3), {M});
  EXPECT_EQ(A->getNumUses(), 2u);
  A->replaceAllUsesWith(F->params()[0]);
  EXPECT_FALSE(A->hasUses());
  EXPECT_EQ(F->params()[0]->getNumUses(), 3u);
  F->getEntryBlock()->erase(A);
  EXPECT_EQ(F->params()[0]->getNumUses(), 2u);
  EXPECT_EQ(print(*F), "func f(%x int) int\n"
                       "0: entry\n"
                       "  %t0 = %x * %x ; 1:2\n"
                       "  return %t0 ; 1:3\n");
  EXPECT_EQ(verify(*F), "");
}

TEST_F(IRTest, ModulePrintsGlobalsAndFunctions) {
  Var *G = var("counter", intTy(), VarRole::Package, 1, 5);
  Global *GV = M.createGlobal(G);
  EXPECT_EQ(M.getGlobal(G), GV);
  Function *F = func("inc", {}, {});
  IRBuilder B(*F, Types);
  B.setInsertPoint(F->createBlock("entry"));
  UnOp *L = B.createLoad(P(2, 9), GV);
  B.createStore(P(2, 9), GV,
                B.createBinOp(P(2, 9), Operator::Add, L, ci(B, 1)));
  B.createReturn(P(3, 1), {});
  std::string S;
  llvm::raw_string_ostream OS(S);
  printModule(M, OS, &SM);
  EXPECT_EQ(S, "var @counter int ; 1:5\n"
               "\n"
               "func inc()\n"
               "0: entry\n"
               "  %t0 = *@counter ; 2:9\n"
               "  %t1 = %t0 + 1:int ; 2:9\n"
               "  store *@counter = %t1 ; 2:9\n"
               "  return ; 3:1\n");
  EXPECT_FALSE(verifyModule(M, &OS));
}

} // namespace

namespace {

// Code after a return lives in a block without predecessors (IRGen's
// "unreachable" blocks); removeUnreachableBlocks drops it, the phi edge it
// fed, and renumbers the remaining blocks.
TEST_F(IRTest, RemoveUnreachableBlocks) {
  Function *F = func("f", {{"c", boolTy()}}, {intTy()});
  IRBuilder B(*F, Types);
  BasicBlock *Entry = F->createBlock("entry");
  BasicBlock *Dead = F->createBlock("unreachable");
  BasicBlock *Join = F->createBlock("join");
  B.setInsertPoint(Entry);
  B.createJump(syn(), Join);
  B.setInsertPoint(Dead);
  BinOp *X = B.createBinOp(P(2, 3), Operator::Add, ci(B, 1), ci(B, 2));
  B.createJump(syn(), Join);
  B.setInsertPoint(Join);
  Phi *Ph = B.createPhi(syn(), intTy(), {ci(B, 0), X});
  B.createReturn(P(3, 2), {Ph});
  EXPECT_EQ(F->removeUnreachableBlocks(), 1u);
  EXPECT_EQ(print(*F), "func f(%c bool) int\n"
                       "0: entry\n"
                       "  jump 1 ; synthetic\n"
                       "1: join ; preds 0\n"
                       "  %t0 = phi int [0: 0:int] ; synthetic\n"
                       "  return %t0 ; 3:2\n");
  EXPECT_EQ(verify(*F), "");
  EXPECT_FALSE(X->hasUses());
}

// The memory form keeps the code after a return (gc analyses it): its
// block names the returning block as its syntactic predecessor, the
// verifier accepts it, dominators can count the link as an edge, and
// removeUnreachableBlocks keeps it on request; removed at last, it leaves
// a trivial phi that removeTrivialPhis replaces.
TEST_F(IRTest, KeepCodeAfterReturn) {
  Function *F = func("f", {{"c", boolTy()}}, {intTy()});
  IRBuilder B(*F, Types);
  BasicBlock *Entry = F->createBlock("entry");
  BasicBlock *Ret = F->createBlock("if.then");
  BasicBlock *Dead = F->createBlock("unreachable");
  BasicBlock *Join = F->createBlock("if.done");
  B.setInsertPoint(Entry);
  B.createIf(syn(), F->params()[0], Ret, Join);
  B.setInsertPoint(Ret);
  B.createReturn(P(2, 3), {ci(B, 1)});
  Dead->setSyntacticPred(Ret);
  B.setInsertPoint(Dead);
  BinOp *X = B.createBinOp(P(3, 3), Operator::Add, ci(B, 1), ci(B, 2));
  B.createJump(syn(), Join);
  B.setInsertPoint(Join);
  Phi *Ph = B.createPhi(syn(), intTy(), {ci(B, 0), X});
  B.createReturn(P(4, 2), {Ph});
  EXPECT_EQ(verify(*F), "");

  DominatorTree Real(*F);
  EXPECT_FALSE(Real.isReachable(Dead));
  EXPECT_EQ(Real.getIDom(Join), Entry);
  DominatorTree Syntactic(*F, /*SyntacticEdges=*/true);
  EXPECT_TRUE(Syntactic.isReachable(Dead));
  EXPECT_EQ(Syntactic.getIDom(Dead), Ret);
  EXPECT_EQ(Syntactic.getIDom(Join), Entry);

  EXPECT_EQ(F->removeUnreachableBlocks(/*FollowSyntactic=*/true), 0u);
  EXPECT_EQ(Dead->getSyntacticPred(), Ret);
  EXPECT_EQ(F->removeUnreachableBlocks(), 1u);
  F->removeTrivialPhis();
  EXPECT_EQ(print(*F), "func f(%c bool) int\n"
                       "0: entry\n"
                       "  if %c then 1 else 2 ; synthetic\n"
                       "1: if.then ; preds 0\n"
                       "  return 1:int ; 2:3\n"
                       "2: if.done ; preds 0\n"
                       "  return 0:int ; 4:2\n");
  EXPECT_EQ(verify(*F), "");
  EXPECT_FALSE(X->hasUses());
}

} // namespace
