// errorcheck -0 -m -l

// A function literal assigned to the blank identifier still gets a
// location in gc's escape analysis (it does not escape), whether it
// captures something or not; a package variable's blank literal is laid
// out statically and reports nothing.

package p

type node struct {
	next *node
}

var _ = func() {}

func blankAssign(n int) {
	_ = func() {} // ERROR "^func literal does not escape$"
	_ = func() int { return n } // ERROR "^func literal does not escape$"
	_, _ = func() {}, n // ERROR "^func literal does not escape$"
	_ = func() { // ERROR "^func literal does not escape$"
		_ = node{next: nil}
		_ = make([]int, 3) // ERROR "^make\(\[\]int, 3\) does not escape$"
	}
}

func blankDecl() {
	var _ = func() {} // ERROR "^func literal does not escape$"
	var _ func() = func() {} // ERROR "^func literal does not escape$"
	var _, _ = func() {}, func() {} // ERROR "^func literal does not escape$"
	var a, _ = 1, func() {} // ERROR "^func literal does not escape$"
	_ = a
	var _ interface{} = func() {} // ERROR "^func literal does not escape$"
}

func blankInLoop(n int) {
	for i := 0; i < n; i++ {
		_ = func() {} // ERROR "^func literal does not escape$"
	}
}
