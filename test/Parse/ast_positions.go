// RUN: %goscape ast %s | FileCheck %s
// gc's node positions, as escape analysis prints them (verified against
// `go build -gcflags=-m`): calls at `(`, composite literals at `{`, &T{} at
// `&`, selectors at `.`, func literals at `func`, assignments at the
// operator, key-value pairs at `:`, index and slice expressions at `[`.
package main

type T struct{ a, b int }

var sink interface{}

func (t *T) get() *T { return t }

func main() {
	x := &T{a: 1}
	sink = x
	s := make([]int, 10)
	f := func() int { return x.a }
	sink = []int{1, 2}[0:1:2]
	m := map[string]int{"a": 1}
	sink = x.get()
	s[0] += m["a"] * -s[1]
	s[1]++
	sink = f
	return
}

// CHECK:      FuncDecl 12:6
// CHECK:        Recv: Field 12:7
// CHECK:          Type: Operation 12:9 *
// CHECK:      FuncDecl 14:6
// CHECK:        Type: FuncType 14:10
// CHECK:        Body: BlockStmt 14:13
// CHECK:            AssignStmt 15:4 := define
// CHECK-NEXT:         Lhs:
// CHECK-NEXT:           Name 15:2 x
// CHECK-NEXT:         Rhs:
// CHECK-NEXT:           Operation 15:7 &
// CHECK-NEXT:             X: CompositeLit 15:9 keys=1
// CHECK-NEXT:               Type: Name 15:8 T
// CHECK-NEXT:               Elems:
// CHECK-NEXT:                 KeyValueExpr 15:11
// CHECK-NEXT:                   Key: Name 15:10 a
// CHECK-NEXT:                   Value: BasicLit 15:13 int 1
// CHECK:            AssignStmt 16:7 =
// CHECK:            AssignStmt 17:4 := define
// CHECK:                CallExpr 17:11
// CHECK-NEXT:             Fun: Name 17:7 make
// CHECK-NEXT:             Args:
// CHECK-NEXT:               SliceType 17:12
// CHECK-NEXT:                 Elem: Name 17:14 int
// CHECK-NEXT:               BasicLit 17:19 int 10
// CHECK:                FuncLit 18:7
// CHECK-NEXT:             Type: FuncType 18:11
// CHECK:                  Body: BlockStmt 18:18
// CHECK-NEXT:               List:
// CHECK-NEXT:                 ReturnStmt 18:20
// CHECK-NEXT:                   Results:
// CHECK-NEXT:                     SelectorExpr 18:28
// CHECK-NEXT:                       X: Name 18:27 x
// CHECK-NEXT:                       Sel: Name 18:29 a
// CHECK:                SliceExpr 19:20 full
// CHECK-NEXT:             X: CompositeLit 19:14
// CHECK:                  Low: BasicLit 19:21 int 0
// CHECK-NEXT:             High: BasicLit 19:23 int 1
// CHECK-NEXT:             Max: BasicLit 19:25 int 2
// CHECK:                CompositeLit 20:21 keys=1
// CHECK-NEXT:             Type: MapType 20:7
// CHECK:                    KeyValueExpr 20:25
// CHECK:                CallExpr 21:14
// CHECK-NEXT:             Fun: SelectorExpr 21:10
// CHECK:            AssignStmt 22:7 +=
// CHECK-NEXT:         Lhs:
// CHECK-NEXT:           IndexExpr 22:3
// CHECK:                Operation 22:17 *
// CHECK-NEXT:             X: IndexExpr 22:11
// CHECK:                  Y: Operation 22:19 -
// CHECK-NEXT:               X: IndexExpr 22:21
// CHECK:            AssignStmt 23:6 ++
// CHECK:            ReturnStmt 25:2
