// Multiple assignment carries out the assignments left to right after
// evaluating all operands: a map assignment before a failing slice index or
// nil field store still happens; a store through a pointer before a nil map
// assignment too.
package main
import "fmt"

type P struct{ i int }

func a() {
	m := map[int]int{}
	var p *int
	defer func() { recover(); fmt.Println("a", len(m), m[2]) }()
	m[2], *p = 42, 2
}

func b() {
	m := map[int]int{}
	p := []int{}
	defer func() { recover(); fmt.Println("b", len(m), m[2]) }()
	m[2], p[1] = 2, 2
}

func c() {
	m := map[int]int{}
	var p *P
	defer func() { recover(); fmt.Println("c", len(m), m[2]) }()
	m[2], p.i = 3, 2
}

func d() {
	var m map[int]int
	var x int
	p := &x
	defer func() { recover(); fmt.Println("d", *p) }()
	*p, m[2] = 5, 2
}

func main() {
	a()
	b()
	c()
	d()
}
