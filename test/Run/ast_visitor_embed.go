package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Node interface {
	Pos() Pos
	Accept(v Visitor) Node
}

type Expr interface {
	Node
	exprNode()
}

type Stmt interface {
	Node
	stmtNode()
}

// base is embedded in every node; it carries the position.
type base struct{ pos Pos }

func (b base) Pos() Pos { return b.pos }

type exprBase struct{ base }

func (exprBase) exprNode() {}

type stmtBase struct{ base }

func (stmtBase) stmtNode() {}

type Num struct {
	exprBase
	Val int
}

type Ident struct {
	exprBase
	Name string
}

type Binary struct {
	exprBase
	Op   byte
	L, R Expr
}

type Call struct {
	exprBase
	Fn   string
	Args []Expr
}

type Assign struct {
	stmtBase
	Name  string
	Value Expr
}

type Print struct {
	stmtBase
	Args []Expr
}

type Block struct {
	stmtBase
	Stmts []Stmt
}

type Visitor interface {
	Visit(n Node) (w Visitor)
}

func (n *Num) Accept(v Visitor) Node   { return visitLeaf(v, n) }
func (n *Ident) Accept(v Visitor) Node { return visitLeaf(v, n) }
func (n *Binary) Accept(v Visitor) Node {
	if w := v.Visit(n); w != nil {
		n.L = n.L.Accept(w).(Expr)
		n.R = n.R.Accept(w).(Expr)
	}
	return n
}
func (n *Call) Accept(v Visitor) Node {
	if w := v.Visit(n); w != nil {
		for i, a := range n.Args {
			n.Args[i] = a.Accept(w).(Expr)
		}
	}
	return n
}
func (n *Assign) Accept(v Visitor) Node {
	if w := v.Visit(n); w != nil {
		n.Value = n.Value.Accept(w).(Expr)
	}
	return n
}
func (n *Print) Accept(v Visitor) Node {
	if w := v.Visit(n); w != nil {
		for i := range n.Args {
			n.Args[i] = n.Args[i].Accept(w).(Expr)
		}
	}
	return n
}
func (n *Block) Accept(v Visitor) Node {
	if w := v.Visit(n); w != nil {
		for _, s := range n.Stmts {
			s.Accept(w)
		}
	}
	return n
}

func visitLeaf(v Visitor, n Node) Node {
	v.Visit(n)
	return n
}

// inspector adapts a func to the Visitor interface.
type inspector func(Node) bool

func (f inspector) Visit(n Node) Visitor {
	if f(n) {
		return f
	}
	return nil
}

// depthCounter tracks nesting with a pointer shared between copies.
type depthCounter struct {
	depth int
	max   *int
}

func (d depthCounter) Visit(n Node) Visitor {
	if d.depth+1 > *d.max {
		*d.max = d.depth + 1
	}
	return depthCounter{d.depth + 1, d.max}
}

// folder rewrites constant binary expressions in place.
type folder struct {
	folded int
}

func (f *folder) Visit(n Node) Visitor {
	if b, ok := n.(*Binary); ok {
		b.L = fold(b.L, f)
		b.R = fold(b.R, f)
	}
	return f
}

func fold(e Expr, f *folder) Expr {
	b, ok := e.(*Binary)
	if !ok {
		return e
	}
	b.L, b.R = fold(b.L, f), fold(b.R, f)
	l, ok1 := b.L.(*Num)
	r, ok2 := b.R.(*Num)
	if !ok1 || !ok2 {
		return e
	}
	f.folded++
	v := 0
	switch b.Op {
	case '+':
		v = l.Val + r.Val
	case '-':
		v = l.Val - r.Val
	case '*':
		v = l.Val * r.Val
	case '/':
		if r.Val == 0 {
			return e
		}
		v = l.Val / r.Val
	}
	return &Num{exprBase{base{b.pos}}, v}
}

func format(n Node) string {
	switch n := n.(type) {
	case *Num:
		return strconv.Itoa(n.Val)
	case *Ident:
		return n.Name
	case *Binary:
		return "(" + format(n.L) + " " + string(n.Op) + " " + format(n.R) + ")"
	case *Call:
		parts := make([]string, len(n.Args))
		for i, a := range n.Args {
			parts[i] = format(a)
		}
		return n.Fn + "(" + strings.Join(parts, ", ") + ")"
	case *Assign:
		return n.Name + " = " + format(n.Value)
	case *Print:
		parts := []string{}
		for _, a := range n.Args {
			parts = append(parts, format(a))
		}
		return "print " + strings.Join(parts, " ")
	case *Block:
		var sb strings.Builder
		sb.WriteString("{\n")
		for _, s := range n.Stmts {
			sb.WriteString("  " + format(s) + "\n")
		}
		sb.WriteString("}")
		return sb.String()
	case nil:
		return "<nil>"
	default:
		return fmt.Sprintf("%T", n)
	}
}

func p(l, c int) base { return base{Pos{l, c}} }

func num(l, c, v int) *Num         { return &Num{exprBase{p(l, c)}, v} }
func id(l, c int, s string) *Ident { return &Ident{exprBase{p(l, c)}, s} }
func bin(l, c int, op byte, x, y Expr) *Binary {
	return &Binary{exprBase: exprBase{p(l, c)}, Op: op, L: x, R: y}
}

func main() {
	prog := &Block{stmtBase{p(1, 1)}, []Stmt{
		&Assign{stmtBase{p(2, 3)}, "x", bin(2, 7, '+', num(2, 7, 2), bin(2, 11, '*', num(2, 11, 3), num(2, 15, 4)))},
		&Assign{stmtBase{p(3, 3)}, "y", bin(3, 7, '-', id(3, 7, "x"), bin(3, 11, '/', num(3, 11, 8), num(3, 15, 0)))},
		&Print{stmtBase{p(4, 3)}, []Expr{id(4, 9, "x"), &Call{exprBase{p(4, 12)}, "max", []Expr{num(4, 16, 1), bin(4, 19, '*', num(4, 19, 6), num(4, 23, 7))}}}},
	}}
	fmt.Println(format(prog))

	counts := map[string]int{}
	var positions []string
	prog.Accept(inspector(func(n Node) bool {
		name := fmt.Sprintf("%T", n)
		counts[strings.TrimPrefix(name, "*main.")]++
		if _, ok := n.(Expr); ok {
			positions = append(positions, n.Pos().String())
		}
		return true
	}))
	fmt.Println(counts)
	fmt.Println(strings.Join(positions, " "))

	max := 0
	prog.Accept(depthCounter{max: &max})
	fmt.Println("max depth", max)

	f := &folder{}
	prog.Accept(f)
	fmt.Println("folded", f.folded)
	fmt.Println(format(prog))

	var stmts []Stmt = prog.Stmts
	var nodes []Node
	for _, s := range stmts {
		nodes = append(nodes, s)
	}
	for _, n := range nodes {
		_, isStmt := n.(Stmt)
		_, isExpr := n.(Expr)
		fmt.Printf("%v %T stmt=%t expr=%t\n", n.Pos(), n, isStmt, isExpr)
	}
	var e Expr = num(9, 9, 42)
	fmt.Println(e.Pos(), format(e), e.(*Num).base.pos.Line)
	fmt.Printf("%+v\n", *num(1, 2, 3))
	fmt.Println(format(nil))
}
