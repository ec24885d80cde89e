// errorcheck -0 -m -l

// The variables of a function are gc's declarations, reported in the
// order they are declared: one declared in a block nested in a loop's
// body comes before one declared after the loop, although the IR lays
// the loop's exit block out before the blocks of the body's statements.

package p

var sink interface{}

func g(p interface{}) { sink = p } // ERROR "^leaking param: p$"

func rangeIf(xs []int) { // ERROR "^xs does not escape$"
	for _, x := range xs {
		if x > 0 {
			var ve *int // ERROR "^moved to heap: ve$"
			g(&ve)
		}
	}
	var s int // ERROR "^moved to heap: s$"
	g(&s)
}

func forIf(b bool) {
	for i := 0; i < 2; i++ {
		if b {
			var ve *int // ERROR "^moved to heap: ve$"
			g(&ve)
		}
	}
	var s int // ERROR "^moved to heap: s$"
	g(&s)
}

func switchInLoop(xs []string) { // ERROR "^xs does not escape$"
	for _, x := range xs {
		switch x {
		case "a":
			var a int // ERROR "^moved to heap: a$"
			g(&a)
		default:
			var d int // ERROR "^moved to heap: d$"
			g(&d)
		}
	}
	var after int // ERROR "^moved to heap: after$"
	g(&after)
}
