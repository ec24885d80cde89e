// errorcheck

// Arrays of amd64's MaxWidth (1 << 50 bytes) or more, reported once per
// defined type holding one, and once per declaration that writes one out.

package p

type P struct{ x, y int }

var grid [1 << 47]P // ERROR "type \[140737488355328\]P larger than address space"

var ok [1<<46 - 1]P

type U [1 << 40][1 << 30]int64 // ERROR "type \[1099511627776\]\[1073741824\]int64 larger than address space"

func f() int {
	var a, b [1 << 60]int16 // ERROR "type \[1152921504606846976\]int16 larger than address space"
	c := [1 << 50]struct{}{}
	return len(a) + len(b) + len(c)
}
