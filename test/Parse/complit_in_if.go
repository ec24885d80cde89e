// errorcheck

// Composite literals in statement headers need parentheses; inside
// parentheses, brackets and calls they do not.

package p

type T struct{ a int }

func f(x T, m map[T]int) {
	if x == (T{}) {
	}
	if x == (T{a: 1}) {
	}
	for _, v := range []T{{1}, {2}} {
		_ = v
	}
	switch (T{}) {
	case x:
	}
	if m[T{}] > 0 {
	}
	if f := func() T { return T{} }; f() == x {
	}
	if len([]int{1}) > 0 {
	}
}
