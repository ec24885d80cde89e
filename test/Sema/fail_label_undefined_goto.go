// errorcheck

// goto an undefined label.

package p

func f() { goto L } // ERROR "label L not defined"
