package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Package-level initialization across dependent declarations.
var (
	total    = sum(weights...) + offset
	weights  = []int{a, b, c}
	a, b     = pair()
	c        = b * 2
	offset   = len(registry)
	registry = map[string]BinOp{
		"+": add, "-": sub, "*": mul, "/": div, "%": mod, "^": pow,
	}
	order   = trace("order", 1)
	order2  = trace("order2", order+1)
	version = "v" + strconv.Itoa(order2)
	lookup  = defaultEnv.Get
)

var defaultEnv = Env{"x": 3, "y": -4, "zero": 0}

var initLog []string

func trace(name string, v int) int {
	initLog = append(initLog, fmt.Sprintf("%s=%d", name, v))
	return v
}

func pair() (int, int) { trace("pair", 0); return 2, 5 }

func sum(xs ...int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func init() { trace("init1", total) }
func init() { trace("init2", len(weights)) }

type BinOp func(l, r int) (int, error)

type EvalError struct {
	Pos int
	Msg string
}

func (e *EvalError) Error() string { return "at " + strconv.Itoa(e.Pos) + ": " + e.Msg }

func add(l, r int) (int, error) { return l + r, nil }
func sub(l, r int) (int, error) { return l - r, nil }
func mul(l, r int) (int, error) { return l * r, nil }
func div(l, r int) (int, error) {
	if r == 0 {
		return 0, &EvalError{-1, "division by zero"}
	}
	return l / r, nil
}
func mod(l, r int) (int, error) {
	if r == 0 {
		return 0, &EvalError{-1, "modulo by zero"}
	}
	return l % r, nil
}
func pow(l, r int) (int, error) {
	if r < 0 {
		return 0, &EvalError{-1, "negative exponent"}
	}
	res := 1
	for ; r > 0; r-- {
		res *= l
	}
	return res, nil
}

type Env map[string]int

func (e Env) Get(name string) (int, bool) { v, ok := e[name]; return v, ok }

type Node interface {
	Eval(env Env) (int, error)
	String() string
}

type Num int
type Var struct {
	Name string
	Pos  int
}
type Bin struct {
	Op   string
	L, R Node
	Pos  int
}
type Neg struct{ X Node }

func (n Num) Eval(Env) (int, error) { return int(n), nil }
func (n Num) String() string         { return strconv.Itoa(int(n)) }
func (v Var) Eval(env Env) (int, error) {
	if x, ok := env[v.Name]; ok {
		return x, nil
	}
	if x, ok := lookup(v.Name); ok {
		return x, nil
	}
	return 0, &EvalError{v.Pos, "undefined: " + v.Name}
}
func (v Var) String() string { return v.Name }
func (b *Bin) Eval(env Env) (int, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	v, err := registry[b.Op](l, r)
	if e, ok := err.(*EvalError); ok && e.Pos < 0 {
		e.Pos = b.Pos
	}
	return v, err
}
func (b *Bin) String() string { return "(" + b.L.String() + " " + b.Op + " " + b.R.String() + ")" }
func (n Neg) Eval(env Env) (int, error) {
	v, err := n.X.Eval(env)
	return -v, err
}
func (n Neg) String() string { return "-" + n.X.String() }

type parser struct {
	src string
	pos int
}

type syntaxError string

func (p *parser) fail(msg string) {
	panic(syntaxError(fmt.Sprintf("%d: %s", p.pos, msg)))
}

func (p *parser) skip() {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
}

func (p *parser) peek() byte {
	p.skip()
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

var prec = map[byte]int{'+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 3}

func (p *parser) expr(minPrec int) Node {
	lhs := p.unary()
	for {
		op := p.peek()
		pr, ok := prec[op]
		if !ok || pr < minPrec {
			return lhs
		}
		pos := p.pos
		p.pos++
		next := pr + 1
		if op == '^' {
			next = pr
		}
		rhs := p.expr(next)
		lhs = &Bin{string(op), lhs, rhs, pos}
	}
}

func (p *parser) unary() Node {
	switch c := p.peek(); {
	case c == '-':
		p.pos++
		return Neg{p.unary()}
	case c == '(':
		p.pos++
		n := p.expr(1)
		if p.peek() != ')' {
			p.fail("expected )")
		}
		p.pos++
		return n
	case c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
		}
		v, err := strconv.Atoi(p.src[start:p.pos])
		if err != nil {
			p.fail(err.Error())
		}
		return Num(v)
	case c == '_' || c >= 'a' && c <= 'z':
		start := p.pos
		for p.pos < len(p.src) && (p.src[p.pos] == '_' || p.src[p.pos] >= 'a' && p.src[p.pos] <= 'z') {
			p.pos++
		}
		return Var{p.src[start:p.pos], start}
	case c == 0:
		p.fail("unexpected end")
	default:
		p.fail(fmt.Sprintf("unexpected %q", c))
	}
	return nil
}

func Parse(s string) (n Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(syntaxError)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("syntax error at %s", string(se))
		}
	}()
	p := &parser{src: s}
	n = p.expr(1)
	if p.peek() != 0 {
		p.fail("trailing input")
	}
	return n, nil
}

func main() {
	fmt.Println(strings.Join(initLog, " "))
	fmt.Println(total, weights, a, b, c, offset, version)
	env := Env{"n": 7}
	inputs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-x * -(y - 1)",
		"n % 4 - zero",
		"10 / (x - 3)",
		"q + 1",
		"3 +",
		"(4 * 5",
		"7 # 2",
		"99999999999999999999",
		"2 ^ -1",
		"100 / 7 % 3 * n",
	}
	for _, in := range inputs {
		n, err := Parse(in)
		if err != nil {
			fmt.Printf("%-22q parse error: %v\n", in, err)
			continue
		}
		v, err := n.Eval(env)
		var ee *EvalError
		if e, ok := err.(*EvalError); ok {
			ee = e
		}
		fmt.Printf("%-22q %-26s = %6d err=%v (%t)\n", in, n, v, err, ee != nil)
	}
	var nodes []Node
	nodes = append(nodes, Num(1), Var{"x", 0}, Neg{Num(2)}, &Bin{"+", Num(1), Num(2), 0})
	for _, n := range nodes {
		switch n := n.(type) {
		case Num, Neg:
			fmt.Printf("value-ish %T %v\n", n, n)
		case *Bin:
			fmt.Printf("bin %s with op %q\n", n, n.Op)
		default:
			fmt.Printf("other %T %v\n", n, n)
		}
	}
}
