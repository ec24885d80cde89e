// errorcheck -0 -m -l

// The unnamed parameters of promoted interface methods are .anon0... in
// gc's wrappers, positioned at the start of their declaration: `func` of
// a func type, `<-` of a receive-only channel, `...` of a variadic one.

package p

type I interface {
	A(func(int) int)
	B(*int)
	C([]int)
	D(map[int]int)
	E(struct{ x *int })
	F(interface{ M() })
}

type T struct{ I }

type J interface {
	G(chan<- *int)
	H(<-chan *int)
	K(...*int)
	L(*int)
}

type U struct{ J }
