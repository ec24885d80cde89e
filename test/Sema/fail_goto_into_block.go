// errorcheck

// goto into a block.

package p

func f() {
	goto L // ERROR "goto L jumps into block starting at .*:9:2"
	{
	L:
	}
}
