// Labeled break and continue out of nested range loops and switches,
// select-free state machines with goto, and break inside switch inside for.
package main

import "fmt"

func classify(words []string) map[string]int {
	res := map[string]int{}
words:
	for _, w := range words {
		for _, r := range w {
			switch {
			case r >= '0' && r <= '9':
				res["digit"]++
				continue words
			case r == '!':
				res["bang"]++
				break words
			}
		}
		res["plain"]++
	}
	return res
}

func search(grid [][]int, want int) (int, int, bool) {
	for i := range grid {
		for j := range grid[i] {
			switch grid[i][j] {
			case want:
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	fmt.Println(classify([]string{"abc", "a1", "xyz", "q!", "never"}))
	fmt.Println(search([][]int{{1, 2}, {3, 4}}, 4))
	fmt.Println(search([][]int{{1, 2}, {3, 4}}, 5))

	n := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 9:
			break loop
		default:
			n += i
			if n > 100 {
				break
			}
		}
	}
	fmt.Println("n", n)

	state := 0
	steps := []string{}
start:
	switch state {
	case 0:
		steps = append(steps, "init")
		state = 2
		goto start
	case 1:
		steps = append(steps, "one")
		state = 3
		goto start
	case 2:
		steps = append(steps, "two")
		state = 1
		goto start
	}
	fmt.Println(steps, state)

	matrix := [3][4]int{}
	for i := range matrix {
	inner:
		for j := range matrix[i] {
			if j > i {
				break inner
			}
			matrix[i][j] = i*10 + j
		}
	}
	fmt.Println(matrix)

	total := 0
outer:
	for _, row := range matrix {
		for _, v := range row {
			if v == 0 {
				continue outer
			}
			total += v
		}
	}
	fmt.Println("total", total)
}
