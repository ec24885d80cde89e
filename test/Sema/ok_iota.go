// errorcheck

// iota and implicit repetition in const groups.

package p

const (
	a = iota * 10
	b
	c
	_
	e
)
const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)
type Weekday int
const (
	Sunday Weekday = iota
	Monday
)
var _ = [e]int{}
var _ int64 = GB
var _ Weekday = Monday
