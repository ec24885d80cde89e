// RUN: %goscape ast %s | FileCheck %s
// gc's positions of statements: labels at their `:`, range clauses at
// `range`, type switch guards at the `.`, sends at `<-`, go/defer/return and
// branches at their keyword, case clauses at `case`/`default`.
package main

func main() {
	c := make(chan int, 1)
	var x interface{} = 1
L:
	for i := range []int{1} {
		c <- i
		switch v := x.(type) {
		case int:
			_ = v
			continue L
		default:
			break L
		}
	}
	go func() {}()
	defer close(c)
	select {
	case y, ok := <-c:
		_, _ = y, ok
	default:
	}
	goto M
M:
	return
}

// CHECK:        LabeledStmt 10:2
// CHECK-NEXT:     Label: Name 10:1 L
// CHECK-NEXT:     Body: ForStmt 11:2
// CHECK-NEXT:       Init: RangeClause 11:11 define
// CHECK-NEXT:         Lhs:
// CHECK-NEXT:           Name 11:6 i
// CHECK-NEXT:         X: CompositeLit 11:22
// CHECK:              SendStmt 12:5
// CHECK-NEXT:           Chan: Name 12:3 c
// CHECK-NEXT:           Value: Name 12:8 i
// CHECK-NEXT:         SwitchStmt 13:3
// CHECK-NEXT:           Tag: TypeSwitchGuard 13:16
// CHECK-NEXT:             Lhs: Name 13:10 v
// CHECK-NEXT:             X: Name 13:15 x
// CHECK-NEXT:           Body:
// CHECK-NEXT:             CaseClause 14:3
// CHECK:                    BranchStmt 16:4 continue
// CHECK-NEXT:                 Label: Name 16:13 L
// CHECK-NEXT:             CaseClause 17:3 default
// CHECK-NEXT:               Body:
// CHECK-NEXT:                 BranchStmt 18:4 break
// CHECK:          CallStmt 21:2 go
// CHECK-NEXT:       Call: CallExpr 21:14
// CHECK-NEXT:         Fun: FuncLit 21:5
// CHECK:          CallStmt 22:2 defer
// CHECK-NEXT:       Call: CallExpr 22:13
// CHECK:          SelectStmt 23:2
// CHECK-NEXT:       Body:
// CHECK-NEXT:         CommClause 24:2
// CHECK-NEXT:           Comm: AssignStmt 24:13 := define
// CHECK:                      Operation 24:16 <-
// CHECK:              CommClause 26:2 default
// CHECK-NEXT:     BranchStmt 28:2 goto
// CHECK-NEXT:       Label: Name 28:7 M
// CHECK-NEXT:     LabeledStmt 29:2
// CHECK-NEXT:       Label: Name 29:1 M
// CHECK-NEXT:       Body: ReturnStmt 30:2
