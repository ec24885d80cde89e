// Large arrays and structs (kept in memory by code generation) through
// every path that handles values: calls of every kind, results, defer,
// closures, method values, interfaces, maps, comparison, range, phis.
package main

import "fmt"

type Grid [100][100]int

func step(g Grid) Grid {
	var n Grid
	for i := range g {
		for j := range g[i] {
			n[i][j] = g[i][j] + i - j
		}
	}
	return n
}

type Vec struct {
	X, Y, Z, W, V float64
}

func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k, v.Z * k, v.W * k, v.V * k} }
func (v Vec) Sum() float64       { return v.X + v.Y + v.Z + v.W + v.V }
func (v *Vec) Bump()             { v.X++ }

type Summer interface{ Sum() float64 }

type Big [64]int

func (b Big) Sum() float64 {
	s := 0
	for _, x := range b {
		s += x
	}
	return float64(s)
}

func sum(a [65536]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func pair(k int) (Big, string, Vec) {
	var b Big
	b[k] = k
	return b, fmt.Sprint("k=", k), Vec{X: float64(k)}
}

func modify(b Big) Big {
	b[0] = 99
	return b
}

func apply(f func(Big) Big, b Big) Big { return f(b) }

type Rec struct {
	Name string
	Tag  [6]int
}

func main() {
	var a [65536]int
	a[7] = 3
	a[65535] = 4
	fmt.Println(sum(a))

	var g Grid
	for k := 0; k < 10; k++ {
		g = step(g)
	}
	fmt.Println(g[5][5], g[99][0], g[0][99])

	// The callee's copy is its own.
	var b Big
	b[1] = 5
	c := modify(b)
	fmt.Println(b[0], c[0], c[1])

	// Multiple results with large components.
	p, s, v := pair(3)
	fmt.Println(p[3], s, v.X)

	// Methods, method values and interface dispatch.
	w := Vec{1, 2, 3, 4, 5}
	fmt.Println(w.Scale(2).Sum())
	f := w.Scale
	w.X = 100
	fmt.Println(f(1).X)
	w.Bump()
	var sm Summer = w
	w.X = 0
	fmt.Println(sm.Sum(), Summer(b).Sum())
	g2 := Vec.Scale
	fmt.Println(g2(w, 3).Y)
	pw := &w
	var ps Summer = pw
	fmt.Println(ps.Sum())

	// Closures capturing and passing large values.
	add := func(x Big) Big {
		x[2] += b[1]
		return x
	}
	fmt.Println(apply(add, b)[2])

	// Comparison.
	b2 := b
	fmt.Println(b == b2, b != c, w == Vec{0, 2, 3, 4, 5}, g == step(step(Grid{})))
	var r1, r2 Rec
	r1.Tag[5] = 1
	fmt.Println(r1 == r2, r1 != r2)

	// Interfaces: boxing, assertion, comma-ok.
	var e interface{} = b
	bb := e.(Big)
	bb[1] = 7
	fmt.Println(b[1], bb[1])
	if v2, ok := e.(Vec); !ok {
		fmt.Println("not a Vec", v2.X)
	}
	if b3, ok := e.(Big); ok {
		fmt.Println("a Big", b3[1])
	}
	var ez interface{} = Big{}
	fmt.Println(ez.(Big)[0], ez == interface{}(Big{}))

	// Maps with large keys and values.
	m := map[Rec]Big{}
	m[r1] = b
	m[r2] = c
	m[r1] = modify(m[r1])
	got, ok := m[Rec{Name: "x"}]
	fmt.Println(len(m), m[r1][0], m[r2][1], got[1], ok)
	total := 0
	for k, val := range m {
		total += k.Tag[5] + val[0] + val[1]
	}
	fmt.Println(total)
	delete(m, r1)
	fmt.Println(len(m))

	// Range over an array value: the copy is taken before the loop.
	arr := Big{1, 2, 3}
	n := 0
	for i, x := range arr {
		arr[(i+1)&63] = 100
		n += x
	}
	fmt.Println(n)

	// Phis: loop-carried values swapped every iteration.
	x, y := Big{1}, Big{2}
	for i := 0; i < 5; i++ {
		x, y = y, x
		x[1] += i
	}
	fmt.Println(x[0], x[1], y[0], y[1])
	var q Vec
	if len(s) > 2 {
		q = w
	} else {
		q = v
	}
	fmt.Println(q.Y)

	// Composite literals and slices of large values.
	list := []Rec{{Name: "a", Tag: [6]int{1}}, {Name: "b"}}
	list = append(list, Rec{Name: "c", Tag: [6]int{5: 9}})
	for _, r := range list {
		fmt.Print(r.Name, r.Tag[0]+r.Tag[5], " ")
	}
	fmt.Println()

	// Deferred calls with large arguments, evaluated at the defer.
	func() {
		d := Big{4}
		defer fmt.Println("deferred", d[0])
		defer func(x Big, v Vec) { fmt.Println("thunk", x[0], v.Sum()) }(d, w)
		defer d.Sum()
		d[0] = 8
	}()

	// A 1 MiB array.
	var huge [131072]int
	huge[131071] = 2
	fmt.Println(sum65536(huge))
}

func sum65536(h [131072]int) int {
	var lo [65536]int
	copy(lo[:], h[:65536])
	var hi [65536]int
	copy(hi[:], h[65536:])
	return sum(lo)*10 + sum(hi)
}
