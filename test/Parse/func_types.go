// errorcheck

// Function types as parameters, results, fields, elements and literals.

package p

type F func(int, string) (bool, error)

type S struct {
	f  func()
	g  func(x int) func(int) int
	fs []func() int
	m  map[string]func(...int)
}

func h(f func(int) int, g ...func()) func() func() {
	return func() func() { return func() {} }
}

func r(a, b int, c string) (x, y int) { return }

func v(int, string, ...float64) {}

var _ = func(a, b int) (int, int) { return b, a }
var _ = []func(){func() {}, nil}
var _ = map[string]func() int{"a": func() int { return 1 }}
var _ = h(func(x int) int { return x })()
