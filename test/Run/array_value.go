// Arrays are values: assignment, passing to functions and range copy the
// array; arrays compare with ==; pointers to arrays share.
package main

import "fmt"

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) {
	a[0] = 100
	for i := range a {
		a[i]++
	}
}

type grid [3][3]byte

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[1] = 20
	c := modify(a)
	fmt.Println(a, b, c)
	modifyPtr(&a)
	fmt.Println(a)
	for i, v := range a {
		a[3] = 0
		if i == 3 {
			fmt.Println("range copy saw", v)
		}
	}
	fmt.Println(a == [4]int{101, 3, 4, 0}, a != b, [0]int{} == [0]int{})
	var g grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	h := g
	h[1][1] = 'X'
	fmt.Println(string(g[1][:]), string(h[1][:]), g == h)
	type pt struct{ x, y int }
	ps := [...]pt{{1, 2}, {3, 4}, 5: {9, 9}}
	fmt.Println(len(ps), ps)
	qs := ps
	qs[0].x = -1
	fmt.Println(ps[0], qs[0])
	arrs := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	fmt.Println(arrs[[2]int{2, 1}], len(arrs))
	sl := a[:]
	sl[0] = 7
	fmt.Println(a[0], len(sl), cap(sl))
	idx := [...]string{2: "two", 0: "zero", 4: "four"}
	fmt.Printf("%q %d\n", idx, len(idx))
}
