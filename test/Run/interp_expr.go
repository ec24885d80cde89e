// An expression tree interpreter: node types behind an interface, an
// environment map, let-bindings with scoping, and errors for unknown
// variables returned through panics recovered at the top.
package main

import "fmt"

type Expr interface {
	Eval(env map[string]int) int
	String() string
}

type Num int
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Let struct {
	Name string
	Val  Expr
	Body Expr
}
type If struct{ Cond, Then, Else Expr }

func (n Num) Eval(map[string]int) int { return int(n) }
func (n Num) String() string          { return fmt.Sprint(int(n)) }

func (v Var) Eval(env map[string]int) int {
	x, ok := env[string(v)]
	if !ok {
		panic(fmt.Sprintf("unbound variable %s", string(v)))
	}
	return x
}
func (v Var) String() string { return string(v) }

func (b Bin) Eval(env map[string]int) int {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	case '<':
		if l < r {
			return 1
		}
		return 0
	}
	panic("bad operator " + string(b.Op))
}
func (b Bin) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func (l Let) Eval(env map[string]int) int {
	inner := make(map[string]int, len(env)+1)
	for k, v := range env {
		inner[k] = v
	}
	inner[l.Name] = l.Val.Eval(env)
	return l.Body.Eval(inner)
}
func (l Let) String() string { return fmt.Sprintf("let %s = %v in %v", l.Name, l.Val, l.Body) }

func (i If) Eval(env map[string]int) int {
	if i.Cond.Eval(env) != 0 {
		return i.Then.Eval(env)
	}
	return i.Else.Eval(env)
}
func (i If) String() string { return fmt.Sprintf("if %v then %v else %v", i.Cond, i.Then, i.Else) }

func run(e Expr, env map[string]int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("error: ", r)
		}
	}()
	return fmt.Sprint(e.Eval(env))
}

func main() {
	env := map[string]int{"x": 6, "y": 7}
	exprs := []Expr{
		Bin{'*', Var("x"), Var("y")},
		Let{"z", Bin{'+', Var("x"), Num(1)}, Bin{'*', Var("z"), Var("z")}},
		If{Bin{'<', Var("x"), Var("y")}, Num(100), Num(200)},
		Bin{'+', Var("w"), Num(1)},
		Bin{'/', Num(1), Bin{'-', Var("x"), Num(6)}},
		Let{"x", Num(2), Let{"y", Bin{'*', Var("x"), Num(10)}, Bin{'-', Var("y"), Var("x")}}},
		Bin{'%', Num(1), Num(2)},
	}
	for _, e := range exprs {
		fmt.Printf("%v => %s\n", e, run(e, env))
	}
	fmt.Println(env)
}
