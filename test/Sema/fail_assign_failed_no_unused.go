// errorcheck

// When an assignment fails (an undefined or unassignable left side, a
// value of the wrong type), all its variables count as used, as in types2;
// a comma-ok form does not do that.

package p

func listUndefinedLhs() {
	var e int
	e, f = 1, 2 // ERROR "undefined: f"
}

func listWrongType() {
	var n int
	var s string
	n, s = 1, 2 // ERROR "cannot use 2 \(untyped int constant\) as string value in assignment"
}

func listInvalidRhs() {
	var c, d int
	c, d = 1, undef // ERROR "undefined: undef"
}

func single() {
	var k int // ERROR "k declared but not used"
	var s string
	k, s = 1, ""
	_ = s
	var j int
	j = "x" // ERROR "cannot use .x. \(untyped string constant\) as int value in assignment"
}

func commaOk(m map[string]int) {
	var v int // ERROR "v declared but not used"
	v, missing = m["a"] // ERROR "undefined: missing"
}
