package main

// Bounds and nil checks of assignment targets happen when the assignment
// is carried out: after the right-hand sides are evaluated, and after the
// earlier targets of a multiple assignment are assigned.

type P struct{ i int }

type Inner struct{ vals [2]int }

type Outer struct {
	*Inner
	n int
}

func f() int { println("f called"); return 1 }

func try(name string, fn func()) {
	defer func() { println(name, recover() != nil) }()
	fn()
}

func main() {
	var s []int
	var p *P
	var a [3]int
	i := 5
	try("slice", func() { s[1] = f() })
	try("ptr", func() { p.i = f() })
	try("arr", func() { a[i] = f() })
	m := map[int]int{}
	try("multi", func() { m[1], s[0], m[2] = f(), 2, 3 })
	println(len(m))
	try("multi2", func() { m[3], p.i, m[4] = 1, 2, 3 })
	println(len(m))
	try("multi3", func() { m[5], a[i], m[6] = 1, 2, 3 })
	println(len(m))
	var q **P
	try("multi4", func() { m[7], (*q).i = 1, 2 })
	println(len(m))
	var o Outer
	try("embedded", func() { m[8], o.vals[1] = 1, 2 })
	println(len(m))
	x := 0
	try("ordered", func() { x, a[i], m[9] = 7, 8, 9 })
	println(x, len(m))
	b := []int{1, 2, 3}
	j := 0
	j, b[j] = 2, 9
	println(j, b[0], b[2])
	o.Inner = &Inner{}
	k := 1
	k, o.vals[k] = 0, 4
	println(k, o.vals[0], o.vals[1])
}
