// errorcheck -0 -m -m -l

// The position of a closure's captured variable is where gc's front end
// first mentions it in the body, building an assignment's right-hand side
// before its left-hand side.

package p

var sink interface{}

func fib() func() int {
	a, b := 0, 1 // ERROR "^fib capturing by ref: b \(addr=false assign=true width=8\)$" "^fib capturing by ref: a \(addr=false assign=true width=8\)$" "^a escapes to heap:$" "^  flow: \{storage for func literal\} = &a:$" "^    from a \(captured by a closure\) at LINE+2(:13)?$" "^    from a \(reference\) at LINE+2(:13)?$" "^b escapes to heap:$" "^  flow: \{storage for func literal\} = &b:$" "^    from b \(captured by a closure\) at LINE+2(:10)?$" "^    from b \(reference\) at LINE+2(:10)?$" "^moved to heap: a$" "^moved to heap: b$"
	return func() int { // ERROR "^func literal escapes to heap:$" "^  flow: ~r0 = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:9)?$" "^    from return func literal \(return\) at LINE(:2)?$" "^func literal escapes to heap$"
		a, b = b, a+b
		return a
	}
}

func counters() func() int {
	c, d, e := 2, 3, 4 // ERROR "^counters capturing by ref: c \(addr=false assign=true width=8\)$" "^counters capturing by value: e \(addr=false assign=false width=8\)$" "^counters capturing by ref: d \(addr=false assign=true width=8\)$" "^d escapes to heap:$" "^  flow: \{storage for func literal\} = &d:$" "^    from d \(captured by a closure\) at LINE+3(:3)?$" "^    from d \(reference\) at LINE+3(:3)?$" "^c escapes to heap:$" "^  flow: \{storage for func literal\} = &c:$" "^    from c \(captured by a closure\) at LINE+2(:7)?$" "^    from c \(reference\) at LINE+2(:7)?$" "^moved to heap: c$" "^moved to heap: d$"
	return func() int { // ERROR "^func literal escapes to heap:$" "^  flow: ~r0 = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:9)?$" "^    from return func literal \(return\) at LINE(:2)?$" "^func literal escapes to heap$"
		c = c + 1
		d += e
		return c + d
	}
}

func collect() (out []int) { // ERROR "^collect capturing by ref: out \(addr=false assign=true width=24\)$"
	add := func(v int) { out = append(out, v*10) } // ERROR "^func literal does not escape$"
	for i := 0; i < 4; i++ {
		add(i)
	}
	return out
}
