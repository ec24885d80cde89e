// goto, labeled break and continue across nested loops, labeled switch
// inside a loop, and a goto-based retry loop.
package main

import "fmt"

func findPair(m [][]int, target int) (int, int) {
	ri, ci := -1, -1
outer:
	for i, row := range m {
		for j, v := range row {
			if v == target {
				ri, ci = i, j
				break outer
			}
		}
	}
	return ri, ci
}

func main() {
	m := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(m, 6))
	fmt.Println(findPair(m, 10))
	count := 0
rows:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			if i == 4 {
				break rows
			}
			count++
		}
	}
	fmt.Println("count", count)
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("attempt", attempts, "failed")
		goto retry
	}
	fmt.Println("succeeded after", attempts)
	n := 0
sw:
	for {
		switch {
		case n > 3:
			break sw
		case n%2 == 0:
			n += 3
			continue
		}
		n++
	}
	fmt.Println("n", n)
	for k := 0; k < 3; k++ {
		switch k {
		case 1:
			break
		default:
			fmt.Print("k=", k, " ")
		}
	}
	fmt.Println()
	goto end
end:
	fmt.Println("done")
}
