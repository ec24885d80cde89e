// Input of json-format.test: a package other than main, a flow without
// notes (through a range temporary), a heap allocation reason, a closure
// capture and a content leak.
package shapes

var sink interface{}
var gp *int

func rangeLeak(s []*int) {
	for _, p := range s {
		gp = p
	}
}

func big() []byte {
	return make([]byte, 1<<20)
}

func capture() func() int {
	n := 0
	return func() int { n++; return n }
}

func content(pp **int) {
	gp = *pp
}
