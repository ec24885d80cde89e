// nqueens: recursive backtracking over boolean slices, plus a Sudoku solver.
//
// Measures: deep recursion with small loops and bounds-checked slice
// updates: counting all placements of n queens (one column per row, three
// occupancy slices), then solving a batch of Sudoku puzzles by depth-first
// search over a 9x9 array with candidate tests. Checksum: the number of
// n-queens solutions and a digest of the solved grids.
package main

import "fmt"

// Queens holds the occupancy of columns and of both diagonal directions.
type Queens struct {
	n          int
	cols, d1, d2 []bool
}

func (q *Queens) place(row int) int {
	if row == q.n {
		return 1
	}
	count := 0
	for c := 0; c < q.n; c++ {
		if q.cols[c] || q.d1[row+c] || q.d2[row-c+q.n-1] {
			continue
		}
		q.cols[c], q.d1[row+c], q.d2[row-c+q.n-1] = true, true, true
		count += q.place(row + 1)
		q.cols[c], q.d1[row+c], q.d2[row-c+q.n-1] = false, false, false
	}
	return count
}

// Grid is a Sudoku grid, 0 for an empty cell.
type Grid [9][9]int8

func (g *Grid) ok(r, c int, v int8) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

// solve fills g in row-major order and counts the search steps taken.
func (g *Grid) solve(pos int, steps *int) bool {
	for pos < 81 && g[pos/9][pos%9] != 0 {
		pos++
	}
	if pos == 81 {
		return true
	}
	r, c := pos/9, pos%9
	for v := int8(1); v <= 9; v++ {
		*steps++
		if g.ok(r, c, v) {
			g[r][c] = v
			if g.solve(pos+1, steps) {
				return true
			}
		}
	}
	g[r][c] = 0
	return false
}

func parse(s string) Grid {
	var g Grid
	for i := 0; i < 81; i++ {
		if s[i] >= '1' && s[i] <= '9' {
			g[i/9][i%9] = int8(s[i] - '0')
		}
	}
	return g
}

func main() {
	const n = 13
	q := &Queens{n: n, cols: make([]bool, n), d1: make([]bool, 2*n-1), d2: make([]bool, 2*n-1)}
	solutions := q.place(0)
	fmt.Printf("queens %d: %d solutions\n", n, solutions)

	puzzles := []string{
		"53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
		"..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
		"1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..",
		"8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
	}
	digest, steps := 0, 0
	for round := 0; round < 20; round++ {
		for _, p := range puzzles {
			g := parse(p)
			if !g.solve(0, &steps) {
				fmt.Println("unsolvable:", p)
				continue
			}
			for r := 0; r < 9; r++ {
				for c := 0; c < 9; c++ {
					digest = (digest*31 + int(g[r][c])) % 1000000007
				}
			}
		}
	}
	fmt.Printf("nqueens: queens=%d sudoku steps=%d digest=%d\n", solutions, steps, digest)
}
