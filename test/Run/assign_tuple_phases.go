// A tuple assignment evaluates the operands of its index expressions and
// pointer indirections first, then assigns left to right: an index out of
// range or a nil dereference on the left panics only after the targets
// before it were assigned, and the operands are the values from before
// the assignment.
package main

import "fmt"

type In struct{ v int }

type Out struct {
	*In
	arr [2]int
	in  In
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	m := map[string]int{}
	try("slice", func() {
		s := []int{}
		m["a"], s[1] = 1, 2
	})
	try("deref", func() {
		var p *int
		m["b"], *p = 2, 3
	})
	try("field", func() {
		var o *Out
		m["c"], o.arr[1] = 3, 4
	})
	try("embedded", func() {
		o := &Out{}
		m["d"], o.v = 4, 5
	})
	try("array", func() {
		var a [2]int
		i := 5
		m["e"], a[i%3] = 5, 6
		fmt.Println(a)
	})
	fmt.Println(m)

	o := &Out{In: &In{}}
	old := o
	o, o.v, o.arr[1], o.in.v = &Out{}, 7, 8, 9
	fmt.Println(old.v, old.arr, old.in.v, o.In == nil)

	s := []int{1, 2, 3}
	t := s
	i := 0
	s, s[i], i = []int{0}, 10, 2
	fmt.Println(s, t, i)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
}
