// errorcheck -0 -m -l

// A variable of a named func type holding a func literal is still a
// directly called closure for gc (its StaticValue looks through the
// conversion to the named type): arguments flow into the literal's
// parameters, so a self-applied recursive literal explains its flows
// through `self` (compared at -m -m by the gc-multiset test).

package p

type F func(F, int) int
type G func(int) int

var sink interface{}

func a() int {
	var fact F = func(self F, n int) int { // ERROR "^leaking param: self$" "^func literal escapes to heap$"
		if n <= 1 {
			return 1
		}
		return n * self(self, n-1)
	}
	return fact(fact, 5)
}

func b(p *int) int { // ERROR "^p does not escape$"
	var g G = func(n int) int { return n + *p } // ERROR "^func literal does not escape$"
	return g(1)
}

func c(p *int) int { // ERROR "^leaking param: p$"
	g := G(func(n int) int { sink = p; return n }) // ERROR "^func literal does not escape$"
	return g(1)
}

type H func(*int) *int

func d(x int) int { // ERROR "^moved to heap: x$"
	var h H = func(p *int) *int { return p } // ERROR "^leaking param: p to result ~r0 level=0$" "^func literal does not escape$"
	return *h(&x)
}

func e() *int {
	h := H(func(p *int) *int { return p }) // ERROR "^leaking param: p$" "^func literal does not escape$"
	y := 1                                 // ERROR "^moved to heap: y$"
	return h(&y)
}
