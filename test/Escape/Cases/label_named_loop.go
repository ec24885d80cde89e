// errorcheck -0 -m -l

// A label named `loop` is not a loop: code after the labeled statement
// stays at the function's loop depth, so a deferred closure there does
// not escape and its captured variable stays on the stack.

package p

func labelNamedLoop() int {
	i := 0
loop:
	for {
		if i > 3 {
			break loop
		}
		i++
	}
	defer func() { // ERROR "^func literal does not escape$"
		i++
	}()
	return i
}

func labelNamedLoopGoto() *int {
	n := 0
loop:
	n++
	if n < 3 {
		goto loop
	}
	x := n // ERROR "^moved to heap: x$"
	return &x
}
