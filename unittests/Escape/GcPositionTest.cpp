//===- GcPositionTest.cpp - gcImplicitConvLoc against gc 1.19 ------------===//
//
// gc names an implicit interface conversion that allocates (`X escapes to
// heap`, `X does not escape`) at a position that depends on its context.
// The programs below were compiled with Go 1.19's
//   go build -gcflags='-m -l' x.go
// and the GcLines tables are that output's escape lines verbatim (without
// the `./x.go:` prefix). The test finds every implicit conversion of a
// non-pointer-shaped value to an interface in the program (assignments,
// typed var declarations, sends, returns, call and builtin arguments,
// composite literal elements, map index keys) and requires gc's output to
// name it at gcImplicitConvLoc with gcExprString's text.
//
//===----------------------------------------------------------------------===//

#include "ExprStringTestUtil.h"

#include "goscape/AST/ASTContext.h"
#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"
#include "goscape/Escape/ExprString.h"
#include "goscape/Parse/Parser.h"
#include "goscape/Sema/Sema.h"

#include "gtest/gtest.h"

#include <set>
#include <string>

using namespace goscape;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {

/// Program p4 (contexts of assignments, declarations, calls, literals).
const char *const SourceP4 = R"go(package main

type S struct{ f interface{} }

var sink interface{}

func take(x interface{}) {}

func g(s *S, n int) interface{} {
	s.f = []int{n}
	var y interface{} = []int{n}
	sink = y
	z := interface{}(n)
	sink = z
	take([]int{n})
	   sink, sink = []int{n}, n+1
	m := map[string]interface{}{"a": n}
	sink = m
	sl := []interface{}{n, n + 2}
	sink = sl
	ch := make(chan interface{})
	ch <- n
	sink = ch
	if true { sink = n }
	return []int{n}
}

func main() {}
)go";

static const char *const GcLinesP4[] = {
    R"(7:11: x does not escape)",
    R"(9:8: s does not escape)",
    R"(10:2: []int{...} escapes to heap)",
    R"(10:13: []int{...} escapes to heap)",
    R"(11:27: []int{...} escapes to heap)",
    R"(11:28: []int{...} escapes to heap)",
    R"(13:18: (interface {})(n) escapes to heap)",
    R"(15:12: []int{...} does not escape)",
    R"(15:12: []int{...} does not escape)",
    R"(16:11: []int{...} escapes to heap)",
    R"(16:11: n + 1 escapes to heap)",
    R"(16:23: []int{...} escapes to heap)",
    R"(17:29: map[string]interface {}{...} escapes to heap)",
    R"(17:33: n escapes to heap)",
    R"(19:21: []interface {}{...} escapes to heap)",
    R"(19:22: n escapes to heap)",
    R"(19:27: n + 2 escapes to heap)",
    R"(20:2: sl escapes to heap)",
    R"(22:8: n escapes to heap)",
    R"(24:12: n escapes to heap)",
    R"(25:14: []int{...} escapes to heap)",
    R"(25:14: []int{...} escapes to heap)",
};

/// Program p6 (every context kind, names and non-names mixed).
const char *const SourceP6 = R"go(package main

import "fmt"

type S struct {
	f interface{}
	g interface{}
}

type R struct{}

func (R) Take(a int, x interface{}) {}

var sink interface{}

func take(x interface{})                {}
func take2(a interface{}, b interface{}) {}
func vtake(a int, xs ...interface{})    {}

func pos(s *S, n int, str string, m map[interface{}]int, ch chan interface{}, r R) (interface{}, interface{}) {
	s.f = n
	sink, s.g = str, n+1
	var y interface{} = []int{n}
	sink = y
	take(n)
	take(n + 1)
	take2(str+"x", n)
	take2(n, str[1:])
	vtake(1, n, str, n*2)
	fmt.Println(n, str)
	r.Take(n, n)
	ch <- n
	ch <- n * 3
	_ = m[n]
	_ = m[n+4]
	sink = map[interface{}]interface{}{n: str}
	sink = []interface{}{n, str, n + 5}
	sink = [3]interface{}{2: n}
	sink = S{n, str}
	sink = &S{g: n, f: str}
	if n > 0 {
		panic(n)
	}
	if n > 1 {
		return n, str
	}
	return n + 6, n
}

func main() {}
)go";

static const char *const GcLinesP6[] = {
    R"(12:22: x does not escape)",
    R"(16:11: x does not escape)",
    R"(17:12: a does not escape)",
    R"(17:27: b does not escape)",
    R"(18:19: xs does not escape)",
    R"(20:10: s does not escape)",
    R"(20:35: m does not escape)",
    R"(20:58: ch does not escape)",
    R"(21:2: n escapes to heap)",
    R"(22:8: n + 1 escapes to heap)",
    R"(22:8: str escapes to heap)",
    R"(23:27: []int{...} escapes to heap)",
    R"(23:28: []int{...} escapes to heap)",
    R"(25:6: n does not escape)",
    R"(26:9: n + 1 does not escape)",
    R"(27:11: n does not escape)",
    R"(27:11: str + "x" does not escape)",
    R"(27:11: str + "x" does not escape)",
    R"(28:7: n does not escape)",
    R"(28:14: str[1:] does not escape)",
    R"(29:7: ... argument does not escape)",
    R"(29:8: n does not escape)",
    R"(29:8: str does not escape)",
    R"(29:20: n * 2 does not escape)",
    R"(30:13: ... argument does not escape)",
    R"(30:13: n escapes to heap)",
    R"(30:13: str escapes to heap)",
    R"(31:8: n does not escape)",
    R"(32:8: n escapes to heap)",
    R"(33:8: n * 3 escapes to heap)",
    R"(34:8: n does not escape)",
    R"(35:8: n + 4 does not escape)",
    R"(36:36: map[interface {}]interface {}{...} escapes to heap)",
    R"(36:38: n escapes to heap)",
    R"(36:38: str escapes to heap)",
    R"(37:2: []interface {}{...} escapes to heap)",
    R"(37:22: []interface {}{...} escapes to heap)",
    R"(37:23: n escapes to heap)",
    R"(37:26: str escapes to heap)",
    R"(37:33: n + 5 escapes to heap)",
    R"(38:2: [3]interface {}{...} escapes to heap)",
    R"(38:25: n escapes to heap)",
    R"(39:2: S{...} escapes to heap)",
    R"(39:11: n escapes to heap)",
    R"(39:14: str escapes to heap)",
    R"(40:9: &S{...} escapes to heap)",
    R"(40:13: n escapes to heap)",
    R"(40:19: str escapes to heap)",
    R"(42:9: n escapes to heap)",
    R"(45:13: n escapes to heap)",
    R"(45:13: str escapes to heap)",
    R"(47:11: n + 6 escapes to heap)",
    R"(47:11: n escapes to heap)",
};

/// Program p8 (the modelled standard library, qualified names).
const char *const SourceP8 = R"go(package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

var sink interface{}

type Shower interface {
	fmt.Stringer
	error
	show()
}

func g(s []int, strs []string, n int) {
	type L struct{ v int }
	type LI int
	sink = L{n}
	sink = LI(n)
	sink = []Shower{}
	sink = []fmt.Stringer{}
	sink = map[string]*strings.Builder{}
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	sort.Ints(s)
	sink = os.Args
	sink = strings.Join(strs, ",")
	sink = strings.Split(strs[0], ",")
	sink = fmt.Sprintf("%d-%s", n, strs[0])
	sink = fmt.Errorf("e %d", n)
	var sb strings.Builder
	sb.WriteString("x")
	sink = sb.String()
	r := &strings.Builder{}
	sink = r
	fmt.Println(os.Args, n)
	sink = func() int { return n }
	sink = [][]string{strs}
	sink = &L{v: n}
	sink = &[2]L{}
}

func main() {}
)go";

static const char *const GcLinesP8[] = {
    R"(21:2: L{...} escapes to heap)",
    R"(22:2: LI(n) escapes to heap)",
    R"(23:2: []Shower{} escapes to heap)",
    R"(23:17: []Shower{} escapes to heap)",
    R"(24:2: []fmt.Stringer{} escapes to heap)",
    R"(24:23: []fmt.Stringer{} escapes to heap)",
    R"(25:36: map[string]*strings.Builder{} escapes to heap)",
    R"(26:12: s escapes to heap)",
    R"(26:16: func literal does not escape)",
    R"(28:2: os.Args escapes to heap)",
    R"(29:2: strings.Join(strs, ",") escapes to heap)",
    R"(30:2: strings.Split(strs[0], ",") escapes to heap)",
    R"(31:2: fmt.Sprintf("%d-%s", ... argument...) escapes to heap)",
    R"(31:20: ... argument does not escape)",
    R"(31:21: n escapes to heap)",
    R"(31:37: strs[0] escapes to heap)",
    R"(32:19: ... argument does not escape)",
    R"(32:20: n escapes to heap)",
    R"(35:2: (*strings.Builder).String(sb) escapes to heap)",
    R"(36:7: &strings.Builder{} escapes to heap)",
    R"(38:13: ... argument does not escape)",
    R"(38:13: n escapes to heap)",
    R"(38:13: os.Args escapes to heap)",
    R"(39:9: func literal escapes to heap)",
    R"(40:2: [][]string{...} escapes to heap)",
    R"(40:19: [][]string{...} escapes to heap)",
    R"(41:9: &L{...} escapes to heap)",
    R"(42:9: &[2]L{} escapes to heap)",
};

/// Program p11 (constant operands: nothing of theirs moves the position).
const char *const SourceP11 = R"go(package main

type name string

func (n name) String() string { return string(n) }

type stringer interface{ String() string }

type S struct{ f interface{} }

const K = 7

func consts(s *S, ch chan interface{}) interface{} {
	var v stringer = name("x")
	var w interface{} = K
	s.f = K + 1
	ch <- 3
	ch <- name("y")
	_, _ = v, w
	return 5
}

func main() {}
)go";

static const char *const GcLinesP11[] = {
    R"(13:13: s does not escape)",
    R"(13:19: ch does not escape)",
    R"(14:6: name("x") does not escape)",
    R"(15:6: K does not escape)",
    R"(16:2: K + 1 escapes to heap)",
    R"(17:2: 3 escapes to heap)",
    R"(18:2: name("y") escapes to heap)",
    R"(20:9: 5 escapes to heap)",
};

/// Program p12 (multi-value declarations and assignments convert after
/// building every value; a builtin call leaves the position at its last
/// non-constant operand).
const char *const SourceP12 = R"go(package main

type P struct{ X, Y int }

const c = 5

var sink, sink2 interface{}

func id(s string) string { return s }

func pairs(p P, a string, b []int, m map[string]int) {
	var i1, i2 interface{} = p, P{1, 2}
	var j1, j2 interface{} = c == 1, c == 2
	var k1, k2 interface{} = a + a, id(a)
	var l1, l2 interface{} = a, len(b)
	var n1, n2 interface{} = a, append(b, 1)
	var o1, o2 interface{} = a, P{len(a), cap(b)}
	var q1 interface{} = m[a] + len(m)
	sink, sink2 = i1, i2
	sink, sink2 = j1, j2
	sink, sink2 = k1, k2
	sink, sink2 = l1, l2
	sink, sink2 = n1, n2
	sink, sink2 = o1, o2
	sink = q1
	sink, sink2 = p.X, a
	var arr [3]interface{}
	arr[0], arr[1] = a, len(a)
	sink = arr
}

func main() {}
)go";

static const char *const GcLinesP12[] = {
    R"(9:9: leaking param: s to result ~r0 level=0)",
    R"(11:17: leaking param: a)",
    R"(11:27: leaking param: b)",
    R"(11:36: m does not escape)",
    R"(12:31: p escapes to heap)",
    R"(12:31: P{...} escapes to heap)",
    R"(13:6: c == 1 escapes to heap)",
    R"(13:6: c == 2 escapes to heap)",
    R"(14:36: a + a escapes to heap)",
    R"(14:29: a + a escapes to heap)",
    R"(14:36: id(a) escapes to heap)",
    R"(15:34: a escapes to heap)",
    R"(15:34: len(b) escapes to heap)",
    R"(16:37: a escapes to heap)",
    R"(16:37: append(b, 1) escapes to heap)",
    R"(17:44: a escapes to heap)",
    R"(17:44: P{...} escapes to heap)",
    R"(18:34: m[a] + len(m) escapes to heap)",
    R"(26:8: p.X escapes to heap)",
    R"(26:8: a escapes to heap)",
    R"(28:10: a escapes to heap)",
    R"(28:10: len(a) escapes to heap)",
    R"(29:2: arr escapes to heap)",
};

bool isIfaceType(const Type *T) {
  return T && isa<Interface>(T->getUnderlying());
}

/// Whether gc stores a value of T in an interface without allocating.
bool isPointerShaped(const Type *T) {
  T = T->getUnderlying();
  if (isa<Pointer>(T) || isa<Map>(T) || isa<Chan>(T) || isa<Signature>(T))
    return true;
  if (auto *B = dyn_cast<Basic>(T))
    return B->getBasicKind() == BasicKind::UnsafePointer;
  if (auto *S = dyn_cast<Struct>(T))
    return S->getFields().size() == 1 &&
           isPointerShaped(S->getFields()[0]->getType());
  if (auto *A = dyn_cast<Array>(T))
    return A->getLen() == 1 && isPointerShaped(A->getElem());
  return false;
}

/// Finds the implicit conversions of a checked file and checks them
/// against gc's lines.
class ConversionChecker {
public:
  ConversionChecker(const CheckedPackage &CP, const SourceManager &SM,
                    llvm::ArrayRef<const char *> GcLines)
      : CP(CP), SM(SM), GcLines(GcLines.begin(), GcLines.end()) {}

  void walk(const Node *N);
  unsigned getChecked() const { return Checked; }

private:
  void conversion(const Node *Ctx, const Expr *Op, const Type *Target);
  template <typename List> void walkAll(List L) {
    for (const Node *C : L)
      walk(C);
  }
  void call(const CallExpr *C);
  void compositeLit(const CompositeLit *L);

  const CheckedPackage &CP;
  const SourceManager &SM;
  std::set<std::string> GcLines;
  std::vector<const Signature *> Funcs;
  unsigned Checked = 0;
};

void ConversionChecker::conversion(const Node *Ctx, const Expr *Op,
                                   const Type *Target) {
  if (!Op || !isIfaceType(Target))
    return;
  const Expr *U = unparen(Op);
  const Type *T = U->getType();
  if (CP.getMode(U) == ExprMode::Nil || !T || isIfaceType(T) ||
      isa<Tuple>(T) || isPointerShaped(T))
    return;
  PresumedLoc P = SM.getPresumedLoc(gcImplicitConvLoc(Ctx, Op, CP));
  std::string Line = std::to_string(P.Line) + ":" + std::to_string(P.Column) +
                     ": " + escape::gcExprString(Op, CP);
  ++Checked;
  EXPECT_TRUE(GcLines.count(Line + " escapes to heap") ||
              GcLines.count(Line + " does not escape"))
      << "gc does not name `" << Line << "`";
}

void ConversionChecker::call(const CallExpr *C) {
  walk(C->getFun());
  walkAll(C->getArgs());
  auto Args = C->getArgs();
  if (CP.getCallKind(C) == CallKind::Builtin) {
    if (CP.getBuiltin(C) == BuiltinId::Panic && Args.size() == 1)
      conversion(C, Args[0], CP.getTypes().getEmptyInterface());
    return;
  }
  if (CP.getCallKind(C) != CallKind::Call)
    return;
  const Type *FT = unparen(C->getFun())->getType();
  auto *Sig = FT ? dyn_cast<Signature>(FT->getUnderlying()) : nullptr;
  if (!Sig || !Sig->getParams())
    return;
  auto Params = Sig->getParams()->getVars();
  for (size_t I = 0; I != Args.size(); ++I) {
    const Type *T;
    if (Sig->isVariadic() && I + 1 >= Params.size()) {
      T = Params.back()->getType();
      if (!C->hasDots())
        T = cast<Slice>(T)->getElem();
    } else if (I < Params.size()) {
      T = Params[I]->getType();
    } else {
      return;
    }
    conversion(C, Args[I], T);
  }
}

void ConversionChecker::compositeLit(const CompositeLit *L) {
  walkAll(L->getElems());
  const Type *T = L->getType();
  if (auto *P = dyn_cast_or_null<Pointer>(T))
    T = P->getElem();
  T = T->getUnderlying();
  unsigned Index = 0;
  for (const Expr *E : L->getElems()) {
    auto *KV = dyn_cast<KeyValueExpr>(E);
    if (auto *M = dyn_cast<Map>(T)) {
      conversion(L, KV->getKey(), M->getKey());
      conversion(L, KV->getValue(), M->getElem());
      continue;
    }
    const Expr *V = KV ? KV->getValue() : E;
    const Type *ET = nullptr;
    if (auto *S = dyn_cast<Slice>(T)) {
      ET = S->getElem();
    } else if (auto *A = dyn_cast<Array>(T)) {
      ET = A->getElem();
    } else if (auto *S = dyn_cast<Struct>(T)) {
      for (unsigned F = 0; F != S->getFields().size(); ++F)
        if (KV ? S->getFields()[F]->getName() ==
                     cast<Name>(KV->getKey())->getValue()
               : F == Index)
          ET = S->getFields()[F]->getType();
    }
    conversion(L, V, ET);
    ++Index;
  }
}

void ConversionChecker::walk(const Node *N) {
  if (!N)
    return;
  switch (N->getKind()) {
  case NodeKind::FuncDecl:
    Funcs.push_back(CP.getSignature(N));
    walk(cast<FuncDecl>(N)->getBody());
    Funcs.pop_back();
    return;
  case NodeKind::VarDecl: {
    auto *V = cast<VarDecl>(N);
    walkAll(V->getValues());
    if (V->getTypeExpr() && V->getNames().size() == V->getValues().size())
      for (const Expr *E : V->getValues())
        conversion(V, E, V->getTypeExpr()->getType());
    return;
  }
  case NodeKind::AssignStmt: {
    auto *A = cast<AssignStmt>(N);
    walkAll(A->getLhs());
    walkAll(A->getRhs());
    if (!A->isDefine() && A->getOp() == Operator::None &&
        A->getLhs().size() == A->getRhs().size())
      for (size_t I = 0; I != A->getLhs().size(); ++I)
        conversion(A, A->getRhs()[I], A->getLhs()[I]->getType());
    return;
  }
  case NodeKind::ReturnStmt: {
    auto *R = cast<ReturnStmt>(N);
    walkAll(R->getResults());
    const Signature *S = Funcs.empty() ? nullptr : Funcs.back();
    if (S && S->getResults()->size() == R->getResults().size())
      for (size_t I = 0; I != R->getResults().size(); ++I)
        conversion(R, R->getResults()[I],
                   S->getResults()->getVars()[I]->getType());
    return;
  }
  case NodeKind::SendStmt: {
    auto *S = cast<SendStmt>(N);
    walk(S->getChan());
    walk(S->getValue());
    conversion(S, S->getValue(),
               cast<Chan>(S->getChan()->getType()->getUnderlying())->getElem());
    return;
  }
  case NodeKind::CallExpr:
    call(cast<CallExpr>(N));
    return;
  case NodeKind::CompositeLit:
    compositeLit(cast<CompositeLit>(N));
    return;
  case NodeKind::IndexExpr: {
    auto *X = cast<IndexExpr>(N);
    walk(X->getX());
    walk(X->getIndex());
    if (auto *M = dyn_cast<Map>(X->getX()->getType()->getUnderlying()))
      conversion(X, X->getIndex(), M->getKey());
    return;
  }
  case NodeKind::ParenExpr:
    walk(cast<ParenExpr>(N)->getX());
    return;
  case NodeKind::SelectorExpr:
    walk(cast<SelectorExpr>(N)->getX());
    return;
  case NodeKind::SliceExpr:
    walk(cast<SliceExpr>(N)->getX());
    return;
  case NodeKind::Operation:
    walk(cast<Operation>(N)->getX());
    walk(cast<Operation>(N)->getY());
    return;
  case NodeKind::BlockStmt:
    walkAll(cast<BlockStmt>(N)->getList());
    return;
  case NodeKind::ExprStmt:
    walk(cast<ExprStmt>(N)->getX());
    return;
  case NodeKind::DeclStmt:
    walkAll(cast<DeclStmt>(N)->getDecls());
    return;
  case NodeKind::IfStmt: {
    auto *I = cast<IfStmt>(N);
    walk(I->getCond());
    walk(I->getThen());
    walk(I->getElse());
    return;
  }
  default:
    return;
  }
}

/// Checks Source's conversions against GcLines; returns how many.
unsigned checkConversions(const char *Source,
                          llvm::ArrayRef<const char *> GcLines) {
  SourceManager SM;
  DiagnosticEngine Diags(SM);
  ASTContext Ctx;
  TypeContext Types;
  ConstantContext Consts;
  File *F = parseFile(Ctx, SM, Diags, SM.addBuffer("x.go", Source));
  Ctx.addFile(F);
  auto CP = checkPackage(Ctx, SM, Types, Consts, Diags);
  EXPECT_FALSE(Diags.hasErrors());
  if (Diags.hasErrors())
    return 0;
  ConversionChecker Checker(*CP, SM, GcLines);
  for (const Decl *D : F->getDecls())
    Checker.walk(D);
  return Checker.getChecked();
}

TEST(GcPositionTest, ImplicitConversionsP4) {
  EXPECT_EQ(checkConversions(SourceP4, GcLinesP4), 12u);
}

TEST(GcPositionTest, ImplicitConversionsP6) {
  EXPECT_EQ(checkConversions(SourceP6, GcLinesP6), 38u);
}

TEST(GcPositionTest, ImplicitConversionsP8) {
  EXPECT_EQ(checkConversions(SourceP8, GcLinesP8), 16u);
}

TEST(GcPositionTest, ImplicitConversionsOfConstants) {
  EXPECT_EQ(checkConversions(SourceP11, GcLinesP11), 6u);
}

TEST(GcPositionTest, ImplicitConversionsOfValueLists) {
  EXPECT_EQ(checkConversions(SourceP12, GcLinesP12), 18u);
}

/// Program p9: implicit address-of for method receivers and array slicing.
/// gc 1.19 (-m -m -l) explains each `from X (address-of) at` the position
/// listed in the test below.
const char *const SourceP9 = R"go(package main

type T struct {
	a   [4]int
	buf []int
}

func (t *T) M() *int { return &t.a[0] }

var sp *int
var ss []int
var gf func() *int

func g(b *T, n int) {
	var arr [4]int
	ss = arr[n:]
	var arr2 [4]int
	ss = arr2[1:]
	var t T
	sp = t.M()
	var t2 T
	gf = t2.M
	ss = b.a[n:]
	var t3 T
	sp = t3.
		M()
}

func main() {}
)go";

TEST(GcPositionTest, ImplicitAddressOf) {
  goscape::testing::CheckedSnippet S(SourceP9);
  ASSERT_TRUE(S.ok()) << S.errors();
  // {line of the expression, its kind, gc's line:col of the address-of}
  struct Case {
    unsigned Line;
    NodeKind Kind;
    unsigned AddrLine, AddrCol;
  } Cases[] = {
      {16, NodeKind::SliceExpr, 16, 11},    // ss = arr[n:]
      {18, NodeKind::SliceExpr, 18, 7},     // ss = arr2[1:]
      {20, NodeKind::SelectorExpr, 20, 8},  // sp = t.M()
      {22, NodeKind::SelectorExpr, 22, 9},  // gf = t2.M
      {23, NodeKind::SliceExpr, 23, 11},    // ss = b.a[n:]
      {25, NodeKind::SelectorExpr, 25, 9},  // sp = t3.\n M()
  };
  for (const Case &C : Cases) {
    const Expr *E = nullptr;
    for (const Node *N : S.nodesOnLine(C.Line))
      if (N->getKind() == C.Kind && !E)
        E = cast<Expr>(N);
    ASSERT_TRUE(E) << C.Line;
    SourceLoc L = gcImplicitAddrLoc(E, S.getPackage());
    PresumedLoc P = S.getSourceManager().getPresumedLoc(L);
    EXPECT_EQ(P.Line, C.AddrLine) << C.Line;
    EXPECT_EQ(P.Column, C.AddrCol) << C.Line;
  }
}

} // namespace
