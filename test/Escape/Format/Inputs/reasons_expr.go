// Input of reasons-expr.test: one function per reason gc 1.19's escape
// analysis gives an expression it walks through.
package main

var sink interface{}
var gp *int

type T struct{ p *int }

type A [2]*int

func addressOf() {
	x := 0
	gp = &x
}

func indirection(pp **int) {
	gp = *pp
}

func dot(t T) {
	gp = t.p
}

func dotOfPointer(t *T) {
	gp = t.p
}

func fixedArrayIndex(a A) {
	gp = a[1]
}

func slice(s []*int) {
	sink = s[1:]
}

func interfaceConverted(p *int) {
	sink = p
}

func arrayLiteral() {
	x := 0
	sink = A{&x, nil}
}

func sliceLiteral() {
	x := 0
	sink = []*int{&x}
}

func structLiteral() {
	x := 0
	sink = T{p: &x}
}

func mapLiteral() {
	k, v := 0, 0
	sink = map[*int]*int{&k: &v}
}

func spill() {
	sink = new(int)
}

func dotType(i interface{}) {
	gp = i.(*int)
}

func main() {}
