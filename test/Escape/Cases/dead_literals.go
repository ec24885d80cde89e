// errorcheck -0 -m -l

// A function literal that only dead code creates (a clause of a switch on
// a constant gc drops, an `if false` body) is removed by gc's deadcode
// pass: nothing is reported about it or inside it.

package p

func deadLiterals(n int) int {
	acc := 0
	switch 3 {
	case 1:
		g := func() int { return len(map[string]int{"a": n}) }
		acc += g()
	}
	if false {
		h := func(p *int) int {
			k := func() *int { return new(int) }
			return len(map[string]int{"b": *p + n}) + *k()
		}
		acc += h(&acc)
	}
	live := func() int { return len(map[string]int{"c": n}) } // ERROR "^func literal does not escape$" "^map\[string\]int\{\.\.\.\} does not escape$"
	return acc + live()
}
