// errorcheck

// Labels are checked in each function body without syntax errors, even when
// another function of the file has some.

package p

func f() {
	var x int
	switch x {
	case 1:
		2: // ERROR "syntax error: unexpected : at end of statement"
	}
	goto undefinedHere // not reported: this body has a syntax error
}

func g() {
L: // ERROR "label L defined and not used"
	for {
	}
}

func h() {
	goto M // ERROR "label M not defined"
}
