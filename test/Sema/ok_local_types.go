// errorcheck

// Local types, constants and shadowing.

package p

func f() int {
	type pair struct{ a, b int }
	const k = 2
	x := pair{1, k}
	{
		x := x.a
		_ = x
	}
	if x := 3; x > 2 {
		return x
	}
	return x.b
}
