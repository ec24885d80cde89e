// errorcheck -0 -m -l

// Switches on constants: gc drops the clauses its dead code pass proves
// unreachable before escape analysis, so their allocations are not
// reported; switches it cannot fold keep every clause.

package p

func use(m map[string]int) int { return len(m) } // ERROR "^m does not escape$"

const mode = 77 + 52%5

func noMatchNoDefault() int {
	acc := 0
	switch mode {
	case 0:
		acc += use(map[string]int{"a": 1})
	case 1, 2:
		acc += use(map[string]int{"b": 1})
	}
	return acc
}

func matchKeepsOne() int {
	acc := 0
	switch mode {
	case 0:
		acc += use(map[string]int{"a": 1})
	case 79:
		acc += use(map[string]int{"b": 1}) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	default:
		acc += use(map[string]int{"d": 1})
	}
	return acc
}

func defaultKept() int {
	acc := 0
	switch "x" {
	case "a", "b":
		acc += use(map[string]int{"a": 1})
	default:
		acc += use(map[string]int{"d": 1}) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	}
	return acc
}

func nonConstCase(x int) int {
	acc := 0
	switch 5 {
	case 1:
		acc += use(map[string]int{"a": 1}) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	case x:
		acc += use(map[string]int{"b": 1}) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	}
	return acc
}

func fallthroughKept() int {
	acc := 0
	switch 2 {
	case 1:
		acc += use(map[string]int{"a": 1}) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	case 2:
		acc += use(map[string]int{"b": 1}) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
		fallthrough
	case 3:
		acc += use(map[string]int{"c": 1}) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	}
	return acc
}

func tagless() int {
	acc := 0
	switch {
	case false:
		acc += use(map[string]int{"a": 1})
	case 1 < 2:
		acc += use(map[string]int{"b": 1}) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	case true:
		acc += use(map[string]int{"c": 1})
	}
	return acc
}

func taglessNonConst(x int) int {
	acc := 0
	switch {
	case x > 1:
		acc += use(map[string]int{"a": 1}) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	case false:
		acc += use(map[string]int{"b": 1}) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	}
	return acc
}

func nested(x int) int {
	acc := 0
	for i := 0; i < x; i++ {
		switch mode % 2 {
		case 1:
			switch x {
			case 3:
				acc += use(map[string]int{"a": 1}) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
			}
		case 0:
			acc += use(map[string]int{"b": 1})
		}
	}
	return acc
}
