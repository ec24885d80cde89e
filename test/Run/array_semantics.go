// Arrays are values: copies on assignment, on passing, in range, in struct
// fields; range over a pointer to array sees updates; slices alias arrays.
package main

import "fmt"

type Board struct {
	Cells [3][3]byte
	Moves int
}

func mark(b Board, r, c int) Board {
	b.Cells[r][c] = 'X'
	b.Moves++
	return b
}

func markPtr(b *Board, r, c int) {
	b.Cells[r][c] = 'O'
	b.Moves++
}

func (b Board) String() string {
	s := ""
	for _, row := range b.Cells {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "/"
	}
	return fmt.Sprintf("%s%d", s, b.Moves)
}

func sum(a [4]int) int {
	a[0] = 1000
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func main() {
	var b Board
	b2 := mark(b, 1, 1)
	markPtr(&b, 0, 0)
	fmt.Println(b, b2)
	arr := [4]int{1, 2, 3, 4}
	fmt.Println(sum(arr), arr)
	cp := arr
	cp[0] = 9
	fmt.Println(arr, cp, arr == cp)
	for i, v := range arr {
		arr[3] = 100
		if i == 3 {
			fmt.Println("range copy sees", v)
		}
	}
	arr[3] = 4
	for i, v := range &arr {
		arr[3] = 200
		if i == 3 {
			fmt.Println("range ptr sees", v)
		}
	}
	sl := arr[1:3]
	sl[0] = -1
	fmt.Println(arr, sl, len(sl), cap(sl))
	sl = append(sl, 77)
	fmt.Println(arr)
	sl = append(sl, 88, 99)
	sl[0] = 555
	fmt.Println(arr, sl)
	grid := [2][2]Board{}
	grid[1][0].Moves = 5
	g2 := grid
	g2[1][0].Moves = 6
	fmt.Println(grid[1][0].Moves, g2[1][0].Moves)
	ps := [3]*int{}
	for i := range ps {
		v := i * 10
		ps[i] = &v
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	type pair [2]string
	pairs := map[pair]int{{"a", "b"}: 1}
	pairs[pair{"a", "b"}]++
	fmt.Println(pairs)
	var zero [0]int
	fmt.Println(len(zero), zero)
	l := len([5]int{})
	fmt.Println(l)
}
