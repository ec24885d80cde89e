// Two-dimensional slices: jagged Pascal triangle, transpose, and a flat
// backing array cut into rows.
package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func transpose(m [][]int) [][]int {
	t := make([][]int, len(m[0]))
	for j := range t {
		t[j] = make([]int, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func main() {
	for _, row := range pascal(8) {
		fmt.Println(row)
	}
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(transpose(m))
	flat := make([]int, 12)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = flat[i*4 : (i+1)*4]
	}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(flat)
	fmt.Println(len(grid), cap(grid[0]), cap(grid[2]))
	var total int
	for _, r := range grid {
		for _, v := range r {
			total += v
		}
	}
	fmt.Println("total", total)
	words := [][]string{{"a"}, {}, {"b", "c"}}
	fmt.Println(words, len(words[1]))
}
