// errorcheck

// Channel types and their associativity.

package p

var (
	a chan int
	b chan<- int
	c <-chan int
	d chan<- chan int
	e chan<- <-chan int
	f <-chan <-chan int
	g chan (<-chan int)
	h chan<- func() int
)

func k(ch chan int, out chan<- chan int) {
	ch <- <-ch
	x, ok := <-ch
	_, _ = x, ok
	out <- make(chan int)
	var r <-chan int = ch
	_ = r
	_ = (<-chan int)(ch)
	_ = <-(<-chan int)(ch)
}
