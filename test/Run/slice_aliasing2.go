// Slice aliasing after append with and without reallocation, copy with
// overlap, 3-index slices limiting capacity, and pointers into slices.
package main

import "fmt"

func main() {
	a := make([]int, 3, 4)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(a, b, c, &b[0] == &c[0])
	d := append(b, 3)
	d[0] = 99
	fmt.Println(a[0], b[0], d[0], len(d), cap(d))
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s, s[3:])
	fmt.Println(s)
	lim := s[1:3:4]
	lim = append(lim, 100)
	fmt.Println(s, lim, cap(lim))
	lim = append(lim, 200)
	lim[0] = -1
	fmt.Println(s, lim)
	p := &s[2]
	s = append(s, 8)
	*p = 555
	fmt.Println(s[2], *p)
	q := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			q = append(q, v)
		}
	}
	fmt.Println(q, s[:len(q)])
	var grow []int
	caps := []int{}
	for i := 0; i < 20; i++ {
		grow = append(grow, i)
		if len(caps) == 0 || caps[len(caps)-1] != cap(grow) {
			caps = append(caps, cap(grow))
		}
	}
	fmt.Println(caps)
	bs := []byte("hello")
	bs = append(bs, " world"...)
	fmt.Println(string(bs), len(bs), cap(bs))
	str := "immutable"
	sb := []byte(str)
	sb[0] = 'I'
	fmt.Println(str, string(sb))
	n := copy(sb, "XY")
	fmt.Println(n, string(sb))
	m := [][]int{make([]int, 2)}
	row := m[0]
	row[1] = 7
	m = append(m, row)
	m[1][0] = 3
	fmt.Println(m)
	e := s[len(s):]
	fmt.Println(len(e), cap(e) >= 0)
	strs := []string{"a", "b", "c", "d"}
	strs = append(strs[:1], strs[2:]...)
	fmt.Println(strs, len(strs))
	ins := []int{1, 2, 4}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
}
