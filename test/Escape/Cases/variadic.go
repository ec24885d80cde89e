// errorcheck -0 -m -l

// Variadic calls: the implicit ... argument slice and its elements.

package p

var gi *int
var gs []*int
var gx interface{}

func sum(xs ...int) int { // ERROR "^xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keepAll(xs ...*int) { // ERROR "^leaking param: xs$"
	gs = xs
}

func keepFirst(xs ...*int) { // ERROR "^leaking param content: xs$"
	gi = xs[0]
}

func ifaces(xs ...interface{}) int { // ERROR "^xs does not escape$"
	return len(xs)
}

func ifacesLeak(xs ...interface{}) { // ERROR "^leaking param content: xs$"
	gx = xs[0]
}

func callSum() int {
	return sum(1, 2, 3) // ERROR "^\.\.\. argument does not escape$"
}

func callSumEmpty() int {
	return sum()
}

func callSumSpread(s []int) int { // ERROR "^s does not escape$"
	return sum(s...)
}

func callKeepAll(a, b *int) { // ERROR "^leaking param: a$" "^leaking param: b$"
	keepAll(a, b) // ERROR "^\.\.\. argument escapes to heap$"
}

func callKeepFirst(a, b *int) { // ERROR "^leaking param: a$" "^leaking param: b$"
	keepFirst(a, b) // ERROR "^\.\.\. argument does not escape$"
}

func callKeepFirstLocal() {
	x, y := 1, 2 // ERROR "^moved to heap: x$" "^moved to heap: y$"
	keepFirst(&x, &y) // ERROR "^\.\.\. argument does not escape$"
}

func callIfaces(n int, s string) int { // ERROR "^s does not escape$"
	return ifaces(n, s) // ERROR "^\.\.\. argument does not escape$" "^n does not escape$" "^s does not escape$"
}

func callIfacesLeak(n int) {
	ifacesLeak(n) // ERROR "^\.\.\. argument does not escape$" "^n escapes to heap$"
}

func callKeepAllSpread(s []*int) { // ERROR "^leaking param: s$"
	keepAll(s...)
}

func variadicReturned(xs ...int) []int { // ERROR "^leaking param: xs to result ~r0 level=0$"
	return xs
}

func callVariadicReturned() []int {
	return variadicReturned(1, 2) // ERROR "^\.\.\. argument escapes to heap$"
}

func callVariadicReturnedLocal() int {
	s := variadicReturned(1, 2) // ERROR "^\.\.\. argument does not escape$"
	return len(s)
}
