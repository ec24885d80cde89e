// errorcheck -0 -m -m -l

// gc adds the wrapper it makes for a go or defer statement to the
// batch's closures once it walked the statement's call: the wrapper's
// captures are decided (and reported) after those of the literals inside
// the call and before those of the literals after the statement.

package p

func fanIn(chans ...<-chan int) <-chan int { // ERROR "^parameter chans leaks to \{storage for func literal\} with derefs=1:$" "^  flow: \{temp\} = chans:$" "^  flow: c = \*\{temp\}:$" "^    from for loop \(range-deref\) at LINE+3(:14)?$" "^  flow: \.autotmp_7 = c:$" "^    from \.autotmp_7 = c \(assign\) at LINE+9(:4)?$" "^  flow: \{storage for func literal\} = \.autotmp_7:$" "^    from \.autotmp_7 \(captured by a closure\) at LINE+9(:4)?$" "^leaking param content: chans$"
	out := make(chan int, len(chans)) // ERROR "^fanIn capturing by value: out \(addr=false assign=false width=8\)$"
	done := make(chan bool) // ERROR "^fanIn capturing by value: done \(addr=false assign=false width=8\)$"
	for _, c := range chans {
		go func(c <-chan int) { // ERROR "^func literal escapes to heap:$" "^  flow: \{heap\} = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:3)?$" "^fanIn capturing by value: \.autotmp_6 \(addr=false assign=false width=8\)$" "^  flow: \.autotmp_6 = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:6)?$" "^    from \.autotmp_6 = func literal \(assign\) at LINE(:6)?$" "^  flow: \{storage for func literal\} = \.autotmp_6:$" "^    from \.autotmp_6 \(captured by a closure\) at LINE+5(:4)?$" "^c does not escape$" "^func literal escapes to heap$"
			for v := range c {
				out <- v
			}
			done <- true
		}(c) // ERROR "^fanIn capturing by value: \.autotmp_7 \(addr=false assign=false width=8\)$"
	}
	n := len(chans) // ERROR "^fanIn capturing by ref: n \(addr=false assign=true width=8\)$" "^n escapes to heap:$" "^  flow: \{storage for func literal\} = &n:$" "^    from n \(captured by a closure\) at LINE+2(:9)?$" "^    from n \(reference\) at LINE+2(:9)?$" "^moved to heap: n$"
	go func() { // ERROR "^func literal escapes to heap:$" "^  flow: \{heap\} = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:5)?$" "^func literal escapes to heap$"
		for ; n > 0; n-- {
			<-done
		}
		close(out)
	}()
	return out
}

func closers(a, b chan int) { // ERROR "^closers capturing by value: a \(addr=false assign=false width=8\)$" "^closers capturing by value: b \(addr=false assign=false width=8\)$" "^parameter b leaks to \{storage for func literal\} with derefs=0:$" "^  flow: \{storage for func literal\} = b:$" "^    from b \(captured by a closure\) at LINE+6(:15)?$" "^parameter a leaks to \{storage for func literal\} with derefs=0:$" "^  flow: \{storage for func literal\} = a:$" "^    from a \(captured by a closure\) at LINE+2(:15)?$" "^leaking param: a$" "^leaking param: b$"
	go func() { // ERROR "^func literal escapes to heap:$" "^  flow: \{heap\} = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:5)?$" "^func literal escapes to heap$"
		defer close(a) // ERROR "^closers\.func1 capturing by value: \.autotmp_0 \(addr=false assign=false width=8\)$"
		a <- 1
	}()
	go func() { // ERROR "^func literal escapes to heap:$" "^  flow: \{heap\} = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:5)?$" "^func literal escapes to heap$"
		defer close(b) // ERROR "^closers\.func2 capturing by value: \.autotmp_0 \(addr=false assign=false width=8\)$"
		b <- 2
	}()
}

func deferAfterLiteral(c chan int, f func(int)) { // ERROR "^deferAfterLiteral capturing by value: f \(addr=false assign=false width=8\)$" "^deferAfterLiteral capturing by value: c \(addr=false assign=false width=8\)$" "^c does not escape$" "^f does not escape$"
	g := func(v int) { f(v + 1) } // ERROR "^deferAfterLiteral capturing by value: g \(addr=false assign=false width=8\)$" "^func literal does not escape$"
	defer close(c) // ERROR "^deferAfterLiteral capturing by value: \.autotmp_4 \(addr=false assign=false width=8\)$"
	h := func() { g(<-c) } // ERROR "^func literal does not escape$"
	h()
}
