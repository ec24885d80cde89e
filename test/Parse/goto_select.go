// errorcheck

// goto and select statements with every kind of communication clause.

package p

func f(a, b chan int, n int) int {
	i := 0
loop:
	if i < n {
		i++
		goto loop
	}
	select {
	case x := <-a:
		return x
	case x, ok := <-b:
		_ = ok
		return x
	case a <- 1:
	case <-b:
	case i = <-a:
	default:
	}
	select {}
}
