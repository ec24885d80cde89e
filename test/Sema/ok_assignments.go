// errorcheck

// Assignments, :=, comma-ok forms, blank identifiers.

package p

func two() (int, error) { return 0, nil }
func f(m map[string]int, i interface{}, c chan int) {
	a, err := two()
	b, err := two()
	_, _ = a, b
	_ = err
	v, ok := m["x"]
	s, ok := i.(string)
	r, ok := <-c
	_, _, _, _ = v, s, r, ok
	var x, y int
	x, y = y, x
	x += 2
	y <<= 1
	_ = x
	_, _ = two()
}
