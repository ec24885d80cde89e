// errorcheck -0 -m -l

// gc passes recover() its caller's frame pointer: a deferred recover()'s
// wrapper copies that operand into a temporary of its own (a word, at
// the call's parenthesis), numbered with the other operands' ones.

package p

func f(p *int) {} // ERROR "^p does not escape$"

func deferRecover() {
	defer recover()
	x := 0
	defer f(&x)
}

func nested() {
	defer func() { // ERROR "^func literal does not escape$"
		defer recover()
	}()
}

func inLoop(n int) {
	for i := 0; i < n; i++ {
		defer recover()
	}
}
