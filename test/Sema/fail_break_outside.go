// errorcheck

// break outside a loop.

package p

func f() { break } // ERROR "break is not in a loop, switch, or select"
