// A sudoku solver using backtracking with bit masks for rows, columns
// and boxes; prints the solved grid and the number of guesses.
package main

import "fmt"

type Sudoku struct {
	cell              [81]int
	rows, cols, boxes [9]uint16
	guesses           int
}

func box(r, c int) int { return r/3*3 + c/3 }

func (s *Sudoku) set(i, v int) {
	r, c := i/9, i%9
	bit := uint16(1) << uint(v)
	s.cell[i] = v
	s.rows[r] |= bit
	s.cols[c] |= bit
	s.boxes[box(r, c)] |= bit
}

func (s *Sudoku) unset(i int) {
	r, c := i/9, i%9
	bit := ^(uint16(1) << uint(s.cell[i]))
	s.cell[i] = 0
	s.rows[r] &= bit
	s.cols[c] &= bit
	s.boxes[box(r, c)] &= bit
}

func (s *Sudoku) solve() bool {
	best, bestCount := -1, 10
	var bestFree uint16
	for i := 0; i < 81; i++ {
		if s.cell[i] != 0 {
			continue
		}
		r, c := i/9, i%9
		free := ^(s.rows[r] | s.cols[c] | s.boxes[box(r, c)]) & 0x3fe
		n := 0
		for f := free; f != 0; f &= f - 1 {
			n++
		}
		if n < bestCount {
			best, bestCount, bestFree = i, n, free
		}
	}
	if best < 0 {
		return true
	}
	for v := 1; v <= 9; v++ {
		if bestFree&(1<<uint(v)) != 0 {
			s.guesses++
			s.set(best, v)
			if s.solve() {
				return true
			}
			s.unset(best)
		}
	}
	return false
}

func main() {
	puzzle := "530070000600195000098000060800060003400803001700020006060000280000419005000080079"
	var s Sudoku
	for i, ch := range puzzle {
		if ch != '0' {
			s.set(i, int(ch-'0'))
		}
	}
	fmt.Println("solved:", s.solve(), "guesses:", s.guesses)
	for r := 0; r < 9; r++ {
		if r%3 == 0 && r > 0 {
			fmt.Println("------+-------+------")
		}
		for c := 0; c < 9; c++ {
			if c%3 == 0 && c > 0 {
				fmt.Print("| ")
			}
			fmt.Print(s.cell[r*9+c], " ")
		}
		fmt.Println()
	}
	sum := 0
	for _, v := range s.cell {
		sum += v
	}
	fmt.Println("sum", sum)
}
