// errorcheck

// cap of a map.

package p

func f(m map[int]int) int { return cap(m) } // ERROR "invalid argument: m \(variable of type map\[int\]int\) for cap"
