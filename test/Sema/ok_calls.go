// errorcheck

// Calls, variadic calls, multi-value forwarding.

package p

func two() (int, string) { return 1, "a" }
func take(int, string) {}
func vari(p string, xs ...int) int { return len(xs) }
func f() {
	take(two())
	_ = vari("a")
	_ = vari("a", 1, 2)
	_ = vari("a", []int{1}...)
	fn := func(x int) int { return x }
	_ = fn(3)
	defer take(1, "b")
	go take(2, "c")
}
