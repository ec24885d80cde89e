// errorcheck -0 -m -l

// The temporaries gc's type checker assigns a multi-value call's results
// to when they cannot be used as they are: `f(g())`, `return g()`, and an
// assignment `a, b = g()` that converts a result. They are declarations
// of the function, `.autotmp_N` numbered after the parameters, results,
// earlier variables and temporaries; a result converted to an interface
// is reported under its temporary's name, at the call's `(` (a return's
// at g's, an assignment's at its last assigned variable), and the go/defer
// temporaries of gc's escape analysis are numbered after all of them.

package p

import "fmt"

var sink interface{}

func two() (int, *int) { return 1, new(int) } // ERROR "^new\(int\) escapes to heap$"

func pair() (int, int) { return 1, 2 }

func takes(a int, p *int) {} // ERROR "^p does not escape$"

func takesI(a, b interface{}) { sink = b } // ERROR "^a does not escape$" "^leaking param: b$"

func passed() {
	takes(two())
	takesI(pair()) // ERROR "^\.autotmp_2 does not escape$" "^\.autotmp_3 escapes to heap$"
	fmt.Println(two()) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_4 escapes to heap$"
}

func returned() (interface{}, interface{}) {
	return pair() // ERROR "^\.autotmp_2 escapes to heap$" "^\.autotmp_3 escapes to heap$"
}

func returnedNamed(x int) (a interface{}, b interface{}) {
	y := x
	_ = y
	return pair() // ERROR "^\.autotmp_4 escapes to heap$" "^\.autotmp_5 escapes to heap$"
}

func assigned() {
	var i, j interface{}
	i, j = pair() // ERROR "^\.autotmp_2 escapes to heap$" "^\.autotmp_3 escapes to heap$"
	sink = i
	sink = j
	var k interface{}
	k, _ = pair() // ERROR "^\.autotmp_5 escapes to heap$"
	sink = k
	n, m := pair()
	_, _ = n, m
}

func deferred(x int) {
	defer takesI(pair()) // ERROR "^\.autotmp_1 does not escape$" "^\.autotmp_2 escapes to heap$"
	defer takesI(x, x) // ERROR "^x does not escape$" "^x escapes to heap$"
}

// A variable `:=` declares is declared after its initializer, so the
// temporaries inside come first; `var x = v` declares x first.
func declaredAfterInitializer() {
	a := fmt.Sprint(pair()) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_0 escapes to heap$" "^\.autotmp_1 escapes to heap$"
	var b = fmt.Sprint(pair()) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_4 escapes to heap$" "^\.autotmp_5 escapes to heap$"
	var c string
	c = fmt.Sprint(pair()) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_7 escapes to heap$" "^\.autotmp_8 escapes to heap$"
	fmt.Println(a, b, c) // ERROR "^\.\.\. argument does not escape$" "^a escapes to heap$" "^b escapes to heap$" "^c escapes to heap$"
}

// A call whose multi-value argument gc rewrote prints as written (gc
// keeps its original for messages).
type pt struct{ n int }

func (p pt) two() (int, int)  { return p.n, p.n }
func (p pt) sum(a, b int) int { return a + b }

func rewrittenCallsAsWritten() {
	p := pt{3}
	fmt.Println(fmt.Sprint(pair()), p.sum(pair()), p.sum(p.two())) // ERROR "^\.\.\. argument does not escape$" "^fmt\.Sprint\(pair\(\)\) escapes to heap$" "^\.autotmp_1 escapes to heap$" "^\.autotmp_2 escapes to heap$" "^p\.sum\(pair\(\)\) escapes to heap$" "^p\.sum\(pt\.two\(p\)\) escapes to heap$"
}

// A type switch declares its variable clause by clause: a temporary in a
// clause comes after that clause's variable and before the later ones'.
func typeSwitchClauses(v interface{}) string { // ERROR "^v does not escape$"
	switch x := v.(type) {
	case int:
		return fmt.Sprint(pair()) + fmt.Sprint(x) // ERROR "^fmt\.Sprint\(pair\(\)\) \+ fmt\.Sprint\(\.\.\. argument\.\.\.\) escapes to heap$" "^\.\.\. argument does not escape$" "^\.autotmp_3 escapes to heap$" "^\.autotmp_4 escapes to heap$" "^x escapes to heap$"
	case string:
		return fmt.Sprint(pair()) + x // ERROR "^fmt\.Sprint\(pair\(\)\) \+ x escapes to heap$" "^\.\.\. argument does not escape$" "^\.autotmp_6 escapes to heap$" "^\.autotmp_7 escapes to heap$"
	default:
		return fmt.Sprint(pair()) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_9 escapes to heap$" "^\.autotmp_10 escapes to heap$"
	}
}
