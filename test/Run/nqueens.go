// N-queens by backtracking: solution counts for n = 1..9 and the first
// solution for n = 8 drawn as a board.
package main

import (
	"fmt"
	"strings"
)

type solver struct {
	n                  int
	cols, diag1, diag2 []bool
	pos                []int
	count              int
	first              []int
}

func (s *solver) place(row int) {
	if row == s.n {
		s.count++
		if s.first == nil {
			s.first = append([]int(nil), s.pos...)
		}
		return
	}
	for c := 0; c < s.n; c++ {
		d1, d2 := row+c, row-c+s.n-1
		if s.cols[c] || s.diag1[d1] || s.diag2[d2] {
			continue
		}
		s.cols[c], s.diag1[d1], s.diag2[d2] = true, true, true
		s.pos[row] = c
		s.place(row + 1)
		s.cols[c], s.diag1[d1], s.diag2[d2] = false, false, false
	}
}

func solve(n int) *solver {
	s := &solver{n: n, cols: make([]bool, n), diag1: make([]bool, 2*n), diag2: make([]bool, 2*n), pos: make([]int, n)}
	s.place(0)
	return s
}

func main() {
	for n := 1; n <= 9; n++ {
		fmt.Printf("n=%d solutions=%d\n", n, solve(n).count)
	}
	s := solve(8)
	for _, c := range s.first {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 7-c))
	}
	fmt.Println(s.first)
}
