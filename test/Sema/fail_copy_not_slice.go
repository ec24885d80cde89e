// errorcheck

// copy into a non-slice.

package p

func f(a [3]int, b []int) { copy(a, b) } // ERROR "invalid argument: copy expects slice arguments; found a \(variable of type \[3\]int\) and b \(variable of type \[\]int\)"
