// Slices share backing arrays: writes through one slice are visible
// through another until append reallocates; passing slices to functions.
package main

import "fmt"

func double(s []int) {
	for i := range s {
		s[i] *= 2
	}
}

func grow(s []int) []int {
	return append(s, 99)
}

func main() {
	s := make([]int, 5, 6)
	for i := range s {
		s[i] = i + 1
	}
	t := s[1:3]
	t[0] = 20
	fmt.Println(s, t)
	double(t)
	fmt.Println(s, t)
	u := grow(s)
	u[0] = -1
	fmt.Println(s, u, len(s), len(u))
	v := grow(u)
	v[0] = -2
	fmt.Println(u, v)
	w := s
	w = append(w[:2], 7, 8)
	fmt.Println(s, w)
	rows := make([][]int, 3)
	shared := []int{0, 0, 0}
	for i := range rows {
		rows[i] = shared
	}
	rows[1][1] = 5
	fmt.Println(rows)
	var saved [][]int
	buf := []int{}
	for i := 0; i < 4; i++ {
		buf = append(buf, i)
		saved = append(saved, buf)
	}
	fmt.Println(saved)
}
