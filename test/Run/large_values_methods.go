// Large results through interface methods, embedded interfaces, method
// values and expressions, closures and defer; a blank-named result kept
// across a recovered panic.
package main

import "fmt"

type Big [10]int

type Maker interface{ Make(k int) Big }

type M struct{ base int }

func (m M) Make(k int) Big  { var b Big; b[k] = m.base; return b }
func (m *M) MakeP(k int) Big { var b Big; b[k] = m.base + 1; return b }

type W struct {
	Maker
	tag string
}

func blank() (_ int) {
	defer func() { recover() }()
	defer func() { panic(1) }()
	return 7
}

func gen() func(int) Big {
	n := 3
	return func(k int) Big { var b Big; b[k] = n; n++; return b }
}

type LargeS struct {
	A [5]int
	S string
}

func (l LargeS) Get(i int) (int, LargeS) { l.A[i]++; return l.A[i], l }

func main() {
	var mk Maker = M{5}
	fmt.Println(mk.Make(2))
	mk = &M{6}
	fmt.Println(mk.Make(3))
	w := W{Maker: M{7}, tag: "w"}
	fmt.Println(w.Make(4), Maker(w).Make(5))
	f := mk.Make
	fmt.Println(f(1))
	p := &M{8}
	g := p.MakeP
	fmt.Println(g(0), (*M).MakeP(p, 9), M.Make(M{2}, 1))
	h := gen()
	fmt.Println(h(0), h(1))
	defer fmt.Println(h(2))
	defer mk.Make(0)
	fmt.Println(blank())
	l := LargeS{S: "s"}
	n, l2 := l.Get(1)
	fmt.Println(n, l.A, l2.A, l2.S)
	var ip interface{ Get(int) (int, LargeS) } = l2
	n, l3 := ip.Get(1)
	fmt.Println(n, l3.A)
	arrs := [3]LargeS{{S: "a"}, {S: "b"}, {S: "c"}}
	for i, v := range arrs {
		arrs[2].S = "changed"
		fmt.Print(i, v.S, " ")
	}
	fmt.Println(arrs[2].S)
	var nilp *M
	defer func() { fmt.Println("recovered:", recover()) }()
	var mm Maker = nilp
	mm.Make(1)
}
