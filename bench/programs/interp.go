// interp: a small interpreter (interfaces, type switches, closures).
//
// Measures: dynamic dispatch and closure calls. A tiny imperative language
// (integer variables in slots, arithmetic and comparisons, assignment,
// if, while) is represented as an AST of interface values. The same two
// programs (count primes by trial division; total Collatz steps) are run
// twice: by a tree-walking evaluator that calls Eval/Exec through the
// interfaces, and after compiling the AST with a type switch into a tree
// of closures. Checksum: both modes' results, which must agree.
package main

import (
	"errors"
	"fmt"
)

// Expr is an integer-valued expression.
type Expr interface {
	Eval(env []int) int
}

// Stmt is a statement.
type Stmt interface {
	Exec(env []int)
}

// Const is an integer literal.
type Const struct{ V int }

// Var reads a variable slot.
type Var struct{ Slot int }

// Bin is a binary operation; comparisons yield 0 or 1.
type Bin struct {
	Op   byte
	L, R Expr
}

// Assign stores an expression's value in a slot.
type Assign struct {
	Slot int
	E    Expr
}

// If runs Then when Cond is non-zero, else Else.
type If struct {
	Cond       Expr
	Then, Else []Stmt
}

// While runs Body as long as Cond is non-zero.
type While struct {
	Cond Expr
	Body []Stmt
}

func (c Const) Eval(env []int) int { return c.V }
func (v Var) Eval(env []int) int   { return env[v.Slot] }

func apply(op byte, l, r int) int {
	switch op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	case '%':
		return l % r
	case '<':
		if l < r {
			return 1
		}
	case 'l': // <=
		if l <= r {
			return 1
		}
	case '=':
		if l == r {
			return 1
		}
	case '!':
		if l != r {
			return 1
		}
	}
	return 0
}

func (b *Bin) Eval(env []int) int { return apply(b.Op, b.L.Eval(env), b.R.Eval(env)) }

func (a *Assign) Exec(env []int) { env[a.Slot] = a.E.Eval(env) }

func (s *If) Exec(env []int) {
	body := s.Else
	if s.Cond.Eval(env) != 0 {
		body = s.Then
	}
	for _, st := range body {
		st.Exec(env)
	}
}

func (w *While) Exec(env []int) {
	for w.Cond.Eval(env) != 0 {
		for _, st := range w.Body {
			st.Exec(env)
		}
	}
}

var errUnknown = errors.New("unknown node")

// compileExpr turns an expression into a closure, specialising the common
// shapes (constant right operand, arithmetic operators).
func compileExpr(e Expr) (func([]int) int, error) {
	switch e := e.(type) {
	case Const:
		v := e.V
		return func([]int) int { return v }, nil
	case Var:
		s := e.Slot
		return func(env []int) int { return env[s] }, nil
	case *Bin:
		l, err := compileExpr(e.L)
		if err != nil {
			return nil, err
		}
		if c, ok := e.R.(Const); ok && e.Op == '+' {
			k := c.V
			return func(env []int) int { return l(env) + k }, nil
		}
		r, err := compileExpr(e.R)
		if err != nil {
			return nil, err
		}
		switch e.Op {
		case '+':
			return func(env []int) int { return l(env) + r(env) }, nil
		case '*':
			return func(env []int) int { return l(env) * r(env) }, nil
		case '%':
			return func(env []int) int { return l(env) % r(env) }, nil
		}
		op := e.Op
		return func(env []int) int { return apply(op, l(env), r(env)) }, nil
	}
	return nil, errUnknown
}

func compileBlock(ss []Stmt) (func([]int), error) {
	fs := make([]func([]int), len(ss))
	for i, s := range ss {
		f, err := compileStmt(s)
		if err != nil {
			return nil, err
		}
		fs[i] = f
	}
	if len(fs) == 1 {
		return fs[0], nil
	}
	return func(env []int) {
		for _, f := range fs {
			f(env)
		}
	}, nil
}

func compileStmt(s Stmt) (func([]int), error) {
	switch s := s.(type) {
	case *Assign:
		e, err := compileExpr(s.E)
		if err != nil {
			return nil, err
		}
		slot := s.Slot
		return func(env []int) { env[slot] = e(env) }, nil
	case *If:
		c, err := compileExpr(s.Cond)
		if err != nil {
			return nil, err
		}
		t, err := compileBlock(s.Then)
		if err != nil {
			return nil, err
		}
		f, err := compileBlock(s.Else)
		if err != nil {
			return nil, err
		}
		return func(env []int) {
			if c(env) != 0 {
				t(env)
			} else {
				f(env)
			}
		}, nil
	case *While:
		c, err := compileExpr(s.Cond)
		if err != nil {
			return nil, err
		}
		body, err := compileBlock(s.Body)
		if err != nil {
			return nil, err
		}
		return func(env []int) {
			for c(env) != 0 {
				body(env)
			}
		}, nil
	}
	return nil, errUnknown
}

func bin(op byte, l, r Expr) Expr { return &Bin{op, l, r} }

// primes counts the primes below limit; slots: 0 n, 1 count, 2 d, 3 prime.
func primes(limit int) []Stmt {
	n, count, d, prime := Var{0}, Var{1}, Var{2}, Var{3}
	return []Stmt{
		&Assign{0, Const{2}},
		&Assign{1, Const{0}},
		&While{bin('<', n, Const{limit}), []Stmt{
			&Assign{2, Const{2}},
			&Assign{3, Const{1}},
			&While{bin('l', bin('*', d, d), n), []Stmt{
				&If{bin('=', bin('%', n, d), Const{0}),
					[]Stmt{&Assign{3, Const{0}}, &Assign{2, n}}, nil},
				&Assign{2, bin('+', d, Const{1})},
			}},
			&Assign{1, bin('+', count, prime)},
			&Assign{0, bin('+', n, Const{1})},
		}},
	}
}

// collatz totals the Collatz steps of 1..limit-1; slots: 4 i, 5 x, 6 steps.
func collatz(limit int) []Stmt {
	i, x, steps := Var{4}, Var{5}, Var{6}
	return []Stmt{
		&Assign{4, Const{1}},
		&Assign{6, Const{0}},
		&While{bin('<', i, Const{limit}), []Stmt{
			&Assign{5, i},
			&While{bin('!', x, Const{1}), []Stmt{
				&If{bin('=', bin('%', x, Const{2}), Const{0}),
					[]Stmt{&Assign{5, bin('/', x, Const{2})}},
					[]Stmt{&Assign{5, bin('+', bin('*', x, Const{3}), Const{1})}}},
				&Assign{6, bin('+', steps, Const{1})},
			}},
			&Assign{4, bin('+', i, Const{1})},
		}},
	}
}

func main() {
	prog := append(primes(120000), collatz(60000)...)
	env := make([]int, 8)
	for _, s := range prog {
		s.Exec(env)
	}
	walkPrimes, walkSteps := env[1], env[6]

	run, err := compileBlock(prog)
	if err != nil {
		fmt.Println("compile error:", err)
		return
	}
	env2 := make([]int, 8)
	run(env2)
	fmt.Printf("interp: walk primes=%d collatz=%d; closures primes=%d collatz=%d\n",
		walkPrimes, walkSteps, env2[1], env2[6])
}
