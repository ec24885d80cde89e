// errorcheck

// Use of an undeclared name.

package p

func f() int { return y } // ERROR "undefined: y"
