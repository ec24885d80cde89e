// errorcheck

// go and defer with calls, method calls and function literals.

package p

type T struct{}

func (T) m() {}

func f(t T, c chan int) {
	defer f(t, c)
	defer t.m()
	defer func() {
		recover()
	}()
	go func(x int) {
		c <- x
	}(1)
	go t.m()
	defer close(c)
	defer println()
}
