// errorcheck

// A non-name on the left of :=.

package p

func f(s []int) { s[0] := 1 } // ERROR "non-name s\[0\] on left side of :="
