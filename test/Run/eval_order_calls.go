// gc evaluates the calls, receives, len/cap/append, slicings, non-pointer
// type assertions and &&/|| of a statement before it reads the plain
// variables of its other operands: a call that changes a package
// variable, a captured local or memory behind a pointer is seen by the
// reads of the same statement, in binary operations, call arguments,
// composite literals, index expressions, assignments (targets included),
// op-assignments, declarations and returns. Map literals insert entry by
// entry; go/defer arguments are evaluated strictly left to right.
package main

import "fmt"

var y = 1
var s = []int{1, 2, 3}
var i = 0
var m = map[string]int{}

func f() int { y = 10; return 1 }
func g() int { i = 2; return 7 }
func h() int { s = append(s, 4); return 0 }

type T struct{ a, b int }

func ret() (int, int) { return y, f() }

type P struct{ x int }

func (p P) Get() int      { return p.x }
func (p *P) Inc() int     { p.x++; return p.x }
func (p P) Add(n int) int { return p.x + n }

type I interface{ Get() int }

var gp = P{1}
var gi I = P{5}
var gs = "a"
var ptr = &P{3}
var arr = [3]int{1, 2, 3}
var fn = func(n int) int { return n }

func setgs() string { gs = "b"; return "c" }
func changeI() int  { gi = P{9}; return 0 }
func chptr() int    { ptr = &P{100}; return 0 }
func charr() int    { arr[0] = 50; return 0 }
func chfn() int     { fn = func(n int) int { return n * 2 }; return 4 }

func main() {
	y = y + f()
	println(y)
	y = 1
	fmt.Println(y, f())
	y = 1
	fmt.Println([]int{y, f()})
	y = 1
	fmt.Println(T{y, f()})
	y = 1
	fmt.Println(map[int]int{1: y, 2: f()})
	y = 1
	fmt.Println(ret())
	y = 1
	p, q := y, f()
	fmt.Println(p, q)
	a := [3]int{}
	i = 0
	a[i] = g()
	fmt.Println(a, i)
	y = 1
	y += f()
	fmt.Println(y)
	s = []int{1, 2, 3}
	fmt.Println(len(s)+h(), len(s))
	y = 1
	ok := y == 1 && f() == 1
	fmt.Println(ok, y)
	y = 1
	if y+f() == 11 {
		fmt.Println("if 11")
	}
	y = 1
	var v = y * f()
	fmt.Println(v)
	y = 1
	m["a"] = y + f()
	fmt.Println(m)
	y = 1
	fmt.Println(fmt.Sprint(y) + fmt.Sprint(f()))
	y = 1
	defer fmt.Println("defer", y, f())
	y = 1
	x := y
	x = x + f()
	fmt.Println(x)

	fmt.Println(gp.Get() + gp.Inc())
	gp = P{1}
	fmt.Println(gp.x + gp.Inc())
	gp = P{1}
	fmt.Println(gp.Add(gp.Inc()))
	fmt.Println(gs + setgs())
	gs = "a"
	fmt.Println(gs, setgs(), gs)
	fmt.Println(gi.Get() + changeI())
	gi = P{5}
	fmt.Println(changeI() + gi.Get())
	fmt.Println(ptr.x + chptr())
	ptr = &P{3}
	fmt.Println(*ptr, chptr())
	fmt.Println(arr[0] + charr())
	arr[0] = 1
	fmt.Println(arr, charr())
	fmt.Println(fn(chfn()))

	z := 1
	setz := func() int { z = 20; return 2 }
	fmt.Println(z + setz())
	z = 1
	fmt.Println([]int{z, setz(), z})
	z = 1
	switch z + setz() {
	case 22:
		fmt.Println("22")
	default:
		fmt.Println("other")
	}
	z = 1
	for k := 0; k < 3 && z+setz() == 22; k++ {
		z = 1
		fmt.Println("loop", k)
		if k == 1 {
			break
		}
	}
	z = 1
	ms := []map[int]int{{1: z}, {2: setz()}, {3: z}}
	fmt.Println(ms)
	var e interface{} = 3
	sete := func() int { e = "s"; return 1 }
	fmt.Println(sete() + e.(int) + 0)
}
