package main

// x op= y makes the calls of y before it loads x: a call that changes x
// is seen by the operation, and a target's bounds or nil check fails only
// after the calls ran.

type P struct{ i int }

var g int

func f() int { println("f called"); return 1 }

func try(name string, fn func()) {
	defer func() { println(name, recover() != nil) }()
	fn()
}

func main() {
	a := []int{1}
	a[0] += func() int { a[0] = 10; return 1 }()
	x := 1
	x += func() int { x = 10; return 1 }()
	g = 1
	g *= func() int { g = 10; return 3 }()
	m := map[string]int{"k": 1}
	m["k"] += func() int { m["k"] = 10; return 1 }()
	s := "a"
	s += func() string { s = "b"; return "c" }()
	u := uint(1)
	u <<= func() uint { u = 4; return 1 }()
	println(a[0], x, g, m["k"], s, u)

	var e []int
	var p *P
	var arr [2]int
	i := 5
	try("slice", func() { e[i] += f() })
	try("pointer", func() { p.i -= f() })
	try("array", func() { arr[i] |= f() })
	try("incdec", func() { e[0]++ })
}
