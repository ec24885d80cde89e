// Ranging over large array values (beyond what LLVM can copy as one
// value): the range works on a copy taken when the loop starts, so writes
// to the array during the loop are not seen; zero arrays, composite
// literals, arrays in structs and ranges through pointers (no copy).
package main

import "fmt"

const N = 1 << 16

type Grid struct {
	cells [N]int32
	name  string
}

var global [N]int

func main() {
	var zero [N]int
	s := 0
	for _, v := range zero {
		s += v
	}
	fmt.Println("zero:", s)

	var a [N]int
	for i := range a {
		a[i] = i
	}
	s = 0
	for i, v := range a {
		if i+1 < N {
			a[i+1] = -1 // not seen: the range copied a
		}
		s += v
	}
	fmt.Println("copy:", s, a[N-1])

	for i := range global {
		global[i] = 2
	}
	s = 0
	for i, v := range &global {
		if i+1 < N {
			global[i+1] = 3 // seen: no copy through a pointer
		}
		s += v
	}
	fmt.Println("pointer:", s)

	g := &Grid{name: "g"}
	for i := range g.cells {
		g.cells[i] = int32(i % 7)
	}
	t := int32(0)
	for _, c := range g.cells {
		t += c
	}
	fmt.Println(g.name, t)

	small := [...]string{"a", "b", "c"}
	out := ""
	for i, v := range small {
		small[2] = "z"
		out += fmt.Sprint(i, v)
	}
	fmt.Println(out, small)
}
