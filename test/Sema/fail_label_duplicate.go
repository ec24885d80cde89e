// errorcheck

// A label defined twice.

package p

func f() {
L:
	goto L
L: // ERROR "label L already defined at .*:8:1"
	goto L
}
