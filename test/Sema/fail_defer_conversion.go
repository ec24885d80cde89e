// errorcheck

// defer of a conversion.

package p

func f() { defer int(1) } // ERROR "defer requires function call, not conversion int\(1\) \(constant 1 of type int\)"
