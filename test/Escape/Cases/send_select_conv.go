// errorcheck -0 -m -l

// Interface conversions of sent and received values. gc converts a sent
// value where building the send left its current position (the last
// non-constant operand of the channel and the value: `c <- T(0)` at c),
// and notes the conversion of a pointer it sends. A value a select case
// receives into an interface is converted only after escape analysis:
// nothing is reported about it.

package p

type I interface{ m() }
type T int

func (T) m() {}

var sink interface{}

func sendConverted() {
	c := make(chan I, 10)
	c <- T(0)     // ERROR "T\(0\) escapes to heap$"
	var x int = 5 // ERROR "moved to heap: x$"
	d := make(chan interface{}, 1)
	d <- x // ERROR "x escapes to heap$"
	d <- &x
	select {
	case d <- x + 1: // ERROR "x \+ 1 escapes to heap$"
	default:
	}
}

func selectReceive(c chan int) { // ERROR "c does not escape$"
	var i interface{}
	select {
	case i = <-c:
	}
	var ok bool
	select {
	case sink, ok = <-c:
	default:
	}
	select {
	case v := <-c:
		sink = v // ERROR "v escapes to heap$"
	default:
	}
	var j interface{}
	j, ok = <-c
	_, _, _ = i, ok, j
}

// The ok flag of a comma-ok form assigned to an interface is converted
// after escape analysis too.
func commaOkFlags(m map[int]int, x interface{}, c chan int) { // ERROR "m does not escape$" "x does not escape$" "c does not escape$"
	var ok any
	_, ok = m[0]
	_, ok = x.(int)
	_, ok = <-c
	_ = ok
}
