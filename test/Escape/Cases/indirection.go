// errorcheck -0 -m -l

// Indirection: pointers to pointers, dereference levels, stores through
// several levels.

package p

var gi *int
var gpi **int
var gppi ***int

func derefStore(pp **int, x *int) { // ERROR "^pp does not escape$" "^leaking param: x$"
	*pp = x
}

func derefStoreLocal() int {
	x := 1
	p := &x
	pp := &p
	**pp = 2
	return x
}

func derefLoadTwo(ppp ***int) { // ERROR "^leaking param content: ppp$"
	gi = **ppp
}

func derefLoadThree(pppp ****int) { // ERROR "^leaking param content: pppp$"
	gi = ***pppp
}

func derefLeakMiddle(ppp ***int) { // ERROR "^leaking param content: ppp$"
	gpi = *ppp
}

func addrOfAddr() {
	x := 1 // ERROR "^moved to heap: x$"
	p := &x // ERROR "^moved to heap: p$"
	gpi = &p
}

func addrOfAddrOfAddr() {
	x := 1 // ERROR "^moved to heap: x$"
	p := &x // ERROR "^moved to heap: p$"
	pp := &p // ERROR "^moved to heap: pp$"
	gppi = &pp
}

func addrOfAddrLocal() int {
	x := 1
	p := &x
	pp := &p
	ppp := &pp
	return ***ppp
}

func derefThenAddr(p *int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	return &*p
}

func derefCopyToGlobal(pp **int) { // ERROR "^leaking param content: pp$"
	p := *pp
	gi = p
}

func storeIntoDeref(ppp ***int, x *int) { // ERROR "^ppp does not escape$" "^leaking param: x$"
	**ppp = x
}

func loadDerefAndStore(pp **int, qq **int) { // ERROR "^pp does not escape$" "^leaking param content: qq$"
	*pp = *qq
}

func newOfNew() ***int {
	p := new(**int) // ERROR "^new\(\*\*int\) escapes to heap$"
	*p = new(*int) // ERROR "^new\(\*int\) escapes to heap$"
	**p = new(int) // ERROR "^new\(int\) escapes to heap$"
	return p
}

func derefOfLocalPtr(x *int) int { // ERROR "^x does not escape$"
	p := &x
	return **p
}

func swapThroughPointers(a, b **int) { // ERROR "^leaking param content: a$" "^leaking param content: b$"
	*a, *b = *b, *a
}
