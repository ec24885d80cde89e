// Method values bind their receiver when evaluated (a copy for value
// receivers); method expressions take the receiver as first argument.
package main

import "fmt"

type Acc struct{ total int }

func (a Acc) Value() int     { return a.total }
func (a *Acc) Add(n int)     { a.total += n }
func (a Acc) Plus(n int) int { return a.total + n }

type Op func(int) int

func apply(f func(int) int, xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	a := Acc{10}
	value := a.Value
	add := a.Add
	plus := a.Plus
	add(5)
	add(5)
	fmt.Println(a.total, value(), plus(1), a.Plus(1))
	fval := Acc.Value
	fplus := Acc.Plus
	fadd := (*Acc).Add
	fadd(&a, 100)
	fmt.Println(fval(a), fplus(a, 2), (*Acc).Value(&a))
	fmt.Println(apply(a.Plus, []int{1, 2, 3}))
	var ops []func(int)
	accs := []*Acc{{1}, {2}, {3}}
	for _, p := range accs {
		ops = append(ops, p.Add)
	}
	for i, op := range ops {
		op(i * 10)
	}
	fmt.Println(accs[0].total, accs[1].total, accs[2].total)
	var o Op = func(x int) int { return x * x }
	fmt.Println(apply(o, []int{4, 5}))
	fmt.Printf("%T %T\n", fplus, fadd)
}
