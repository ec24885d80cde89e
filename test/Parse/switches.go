// errorcheck

// Expression and type switches with init statements.

package p

func f(x interface{}, n int) int {
	switch {
	}
	switch n {
	case 1, 2:
		return 1
	case 3:
		fallthrough
	default:
	}
	switch y := n * 2; y {
	case 4:
	}
	switch v := x.(type) {
	case nil:
	case int, string:
		_ = v
	case func() int:
	case []interface{}:
	case *int:
	}
	switch x.(type) {
	}
	switch n := 1; x := x.(type) {
	case int:
		_, _ = n, x
	}
	return 0
}
