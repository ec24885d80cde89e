// errorcheck

// goto over a variable declaration.

package p

func f() {
	goto L // ERROR "goto L jumps over declaration of x at .*:9:4"
	x := 1
	_ = x
L:
}
