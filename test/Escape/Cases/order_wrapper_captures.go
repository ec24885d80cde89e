// errorcheck -0 -m -l

// gc adds the wrapper it makes for a go or defer statement to the
// batch's closures once it walked the statement's call: the wrapper's
// captures are decided (and reported) after those of the literals inside
// the call and before those of the literals after the statement (the
// -m -m lines, which the multiset test compares in order).

package p

func fanIn(chans ...<-chan int) <-chan int { // ERROR "^leaking param content: chans$"
	out := make(chan int, len(chans))
	done := make(chan bool)
	for _, c := range chans {
		go func(c <-chan int) { // ERROR "^c does not escape$" "^func literal escapes to heap$"
			for v := range c {
				out <- v
			}
			done <- true
		}(c)
	}
	n := len(chans) // ERROR "^moved to heap: n$"
	go func() { // ERROR "^func literal escapes to heap$"
		for ; n > 0; n-- {
			<-done
		}
		close(out)
	}()
	return out
}

func closers(a, b chan int) { // ERROR "^leaking param: a$" "^leaking param: b$"
	go func() { // ERROR "^func literal escapes to heap$"
		defer close(a)
		a <- 1
	}()
	go func() { // ERROR "^func literal escapes to heap$"
		defer close(b)
		b <- 2
	}()
}

func deferAfterLiteral(c chan int, f func(int)) { // ERROR "^c does not escape$" "^f does not escape$"
	g := func(v int) { f(v + 1) } // ERROR "^func literal does not escape$"
	defer close(c)
	h := func() { g(<-c) } // ERROR "^func literal does not escape$"
	h()
}
