// errorcheck

// Composite literals: elided inner types, keys, &T{}, nesting, trailing commas.

package p

type P struct{ x, y int }

var (
	a = [...]int{1, 2, 3}
	b = []P{{1, 2}, {x: 3}}
	c = map[string]P{"a": {1, 2}}
	d = []*P{{1, 2}, &P{3, 4}}
	e = [][]int{{1}, {2, 3}, {}}
	f = map[P][]int{{1, 2}: {3}}
	g = &P{
		x: 1,
		y: 2,
	}
	h = struct{ a int }{a: 1}
	i = [2][2]int{[2]int{1, 2}, {3, 4}}
	j = []int{5: 1, 2}
)
