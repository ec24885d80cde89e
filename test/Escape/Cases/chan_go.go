// errorcheck -0 -m -l

// Channels and goroutines (analysed, not yet compiled by goscape): sent
// values leak, go statements make their closures and arguments escape.

package p

var gi *int

func sendPtr(c chan *int, p *int) { // ERROR "^c does not escape$" "^leaking param: p$"
	c <- p
}

func sendAddrOfLocal(c chan *int) { // ERROR "^c does not escape$"
	x := 1 // ERROR "^moved to heap: x$"
	c <- &x
}

func sendValue(c chan int, n int) { // ERROR "^c does not escape$"
	c <- n
}

func recvPtr(c chan *int) *int { // ERROR "^c does not escape$"
	return <-c
}

func recvToGlobal(c chan *int) { // ERROR "^c does not escape$"
	gi = <-c
}

func makeChanLocal() int {
	c := make(chan int, 1)
	c <- 1
	return <-c
}

func makeChanReturned() chan int {
	return make(chan int)
}

func makeChanOfPtrs(p *int) { // ERROR "^leaking param: p$"
	c := make(chan *int, 1)
	c <- p
}

func closeChan(c chan int) { // ERROR "^c does not escape$"
	close(c)
}

func goCall(p *int) { // ERROR "^leaking param: p$"
	go goTarget(p)
}

func goTarget(p *int) {} // ERROR "^p does not escape$"

func goClosure() {
	x := 1
	go func() { _ = x }() // ERROR "^func literal escapes to heap$"
}

func goClosureModify() {
	x := 1 // ERROR "^moved to heap: x$"
	go func() { x++ }() // ERROR "^func literal escapes to heap$"
}

func selectRecv(a, b chan *int) *int { // ERROR "^a does not escape$" "^b does not escape$"
	select {
	case p := <-a:
		return p
	case p := <-b:
		return p
	}
}

func selectSend(c chan *int, p *int) bool { // ERROR "^c does not escape$" "^leaking param: p$"
	select {
	case c <- p:
		return true
	default:
		return false
	}
}

func chanOfChans(c chan chan int) { // ERROR "^c does not escape$"
	d := make(chan int)
	c <- d
}

func lenCapChan(c chan int) int { // ERROR "^c does not escape$"
	return len(c) + cap(c)
}

func commaOkRecv(c chan *int) (*int, bool) { // ERROR "^c does not escape$"
	p, ok := <-c
	return p, ok
}

func sendInterface(c chan interface{}, n int) { // ERROR "^c does not escape$"
	c <- n // ERROR "^n escapes to heap$"
}

func rangeChan(c chan *int) { // ERROR "^c does not escape$"
	for p := range c {
		gi = p
	}
}

type goT struct{ p *int }

func (t *goT) run(q *int) { t.p = q } // ERROR "^t does not escape$" "^leaking param: q$"

func goMethod(t *goT, q *int) { // ERROR "^leaking param: t$" "^leaking param: q$"
	go t.run(q)
}

func goTwoArgs(p *int, s []int) { // ERROR "^leaking param: p$" "^s does not escape$"
	go goTwo(p, s[0])
}

func goTwo(p *int, n int) {} // ERROR "^p does not escape$"
