// Input of json-gc.test: every escape analysis log code of gc's -json
// output (leak, escapes, escape), flows through locals and results, and
// strings that JSON must escape (<, >, &, non-ASCII).
package main

var sink interface{}

type Ω struct{ p *int }

func id(p *int) *int { return p }

func leak(p *int) { sink = p }

func local(n int) *int {
	x := n
	return &x
}

func flows(s string, n int) {
	sink = "<a&b>" + s
	sink = &Ω{}
	y := new(int)
	z := id(y)
	sink = z
	sink = []int{n}
}

func main() {
	leak(local(1))
	flows("x", 2)
}
