// errorcheck

// Function literals capturing variables.

package p

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}
func f() int {
	c := counter()
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	return c() + fib(5)
}
