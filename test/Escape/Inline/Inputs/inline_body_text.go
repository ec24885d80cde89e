// Inlinable functions whose bodies gc prints at -m -m (`can inline f
// with cost N as: TYPE { BODY }`): statements joined by "; ", loops and
// switches abbreviated, `x++` as `x += 1`, variable declarations as a
// declaration and an assignment, one node per constant, labels as
// statements of their own, static method calls as method expressions,
// variadic arguments unpacked.
package main

import "fmt"

var sink interface{}

type T struct{ x, y int }

func (t T) Get() int   { return t.x }
func (t *T) PGet() int { return t.y }

type Outer struct{ T }

func index(a []int) int { return a[0] + a[1] }

func branches(x int) int {
	y := x * 2
	if y > 3 {
		return y
	} else if y < -3 {
		y = 1
	} else {
		y++
	}
	return -y
}

func fields(p *T) { p.x = 1; p.y++ }

func loop(x int) (r int) {
	for i := 0; i < x; i++ {
		r += i
	}
	return
}

func typeSwitch(x interface{}) int {
	switch v := x.(type) {
	case int:
		return v
	}
	return 0
}

func literal(t *T) *T { return &T{t.x, 2} }

func commaOk(m map[string]int, k string) (int, bool) { v, ok := m[k]; return v, ok }

func ranged(xs []int) int {
	s := 0
	for _, v := range xs {
		s += v
	}
	return s
}

func statements(x int) {
	sink = x
	println(x)
	{
		x--
	}
	if v := x; v > 0 {
		return
	}
}

func swap(x, y int) (int, int) { x, y = y, x; a, b := x+1, y; _ = a; return a, b }

func variadic(xs ...int) int { return len(xs) }

func variadicCalls() int { return variadic(1, 2) + variadic() + variadic([]int{1}...) }

func printed(s string) { fmt.Println("enter", s) }

func consts() int {
	const a, b = 1, 2
	var z = a
	var w int
	x := a + b + z + w
L:
	for x > 10 {
		x--
		continue L
	}
	return x
}

func methods(t T, p *T, o Outer) int { return t.Get() + p.PGet() + p.Get() + o.Get() }

func main() {}
