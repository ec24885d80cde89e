// gc's names and costs at -m -m for the functions of
// test/Escape/Inline/names-costs.test.
package main

import "fmt"

// init functions are init.0, init.1, ...; their literals init.0.func1.
var trace []string

func init() {
	trace = append(trace, "init1")
	func() { trace = append(trace, "lit") }()
}

func init() { trace = append(trace, "init2") }

// Package variables' literals are glob..func1, glob..func1.1, ...
var table = map[string]func(int) int{
	"sq": func(x int) int { return x * x },
	"adder": func(k int) int {
		add := func(x int) int { return x + k }
		return add(k)
	},
}

var late = func() string { return "L" }()

// A blank method is `_`.
type ring struct{ n int }

func (ring) _() {}

// A conversion between float types of one kind rounds: it costs.
type Celsius float64

func (c Celsius) F() float64    { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

type Meters int

func (m Meters) Int() int { return int(m) }

// make of a map without a size gets a constant 0.
type Graph struct {
	adj map[string][]string
}

func NewGraph() *Graph {
	return &Graph{adj: make(map[string][]string)}
}

func NewSized(n int) *Graph {
	return &Graph{adj: make(map[string][]string, n)}
}

// A method value passes its receiver as a call does (implicit * or &).
type T struct{ a int }

func (t T) Val() int  { return t.a }
func (t *T) Ptr() int { return t.a }

var sink interface{}

func valOfPtr(p *T) { f := p.Val; sink = f }
func ptrOfPtr(p *T) { f := p.Ptr; sink = f }
func ptrOfVal(v T)  { f := v.Ptr; sink = f }

// print and println of a multi-value call go through temporaries.
func pair() (int, string) { return 1, "a" }

func printPair()   { println(pair()) }
func printPairNL() { print(pair()) }

// Mutual recursion: the first function gc meets is decided first.
func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// A function referring to itself is not decided, nor its literals; a
// literal it calls directly is decided as a callee too.
func depth(n int) (s string) {
	defer func() { s += fmt.Sprint(n) }()
	if n == 0 {
		return "|"
	}
	return depth(n - 1)
}

func viaClosure(n int) int {
	f := func() int { return viaClosure(n - 1) }
	if n == 0 {
		return 0
	}
	return f()
}

// Many literals in one function.
type ops struct{ fs []func() int }

func many() ops {
	var s []int
	return ops{[]func() int{
		func() int { s = nil; return 0 },
		func() int { s = append(s, 1); return len(s) },
		func() int { s = append(s, 2); return len(s) },
		func() int { s = append(s, 3); return len(s) },
		func() int { s = append(s, 4); return len(s) },
		func() int { s = append(s, 5); return len(s) },
		func() int { s = append(s, 6); return len(s) },
		func() int { s = append(s, 7); return len(s) },
		func() int { s = append(s, 8); return len(s) },
		func() int { s = append(s, 9); return len(s) },
		func() int { s = s[:0]; return cap(s) },
	}}
}

func main() {
	var c Celsius = 20
	c.Warm(1.5)
	valOfPtr(&T{1})
	ptrOfPtr(&T{2})
	ptrOfVal(T{3})
	printPair()
	printPairNL()
	fmt.Println(trace, table["sq"](3), late, c.F(), Meters(3).Int(), NewGraph() != nil,
		NewSized(2) != nil, isEven(4), depth(2), viaClosure(3), len(many().fs))
}
