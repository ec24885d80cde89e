// control demonstrates control flow: labelled break and continue out of
// nested loops (including out of a switch and a range), goto for a retry
// loop and an error exit, expression switches with fallthrough, multiple
// case values, tagless switches, switch with init, and all for-loop forms.
package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v < 0:
				continue outer // skip rest of a row with a negative number
			case v == target:
				return i, j, true
			case v > 100:
				break outer
			}
		}
	}
	return -1, -1, false
}

func primesBelow(n int) []int {
	var ps []int
next:
	for c := 2; c < n; c++ {
		for _, p := range ps {
			if p*p > c {
				break
			}
			if c%p == 0 {
				continue next
			}
		}
		ps = append(ps, c)
	}
	return ps
}

func collatzSteps(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return steps
}

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	case 6:
		return "D"
	default:
		return "F"
	}
}

func features(level int) []string {
	var f []string
	switch level {
	case 3:
		f = append(f, "admin")
		fallthrough
	case 2:
		f = append(f, "write")
		fallthrough
	case 1:
		f = append(f, "read")
	case 0:
		f = append(f, "none")
	default:
		f = append(f, "unknown")
	}
	return f
}

func main() {
	grid := [][]int{
		{1, 2, -1, 7},
		{3, 4, 5, 6},
		{7, 8, 200, 9},
		{7, 7, 7, 7},
	}
	for _, t := range []int{7, 5, 9, 42} {
		i, j, ok := findPair(grid, t)
		fmt.Printf("find %2d -> (%d,%d) %t\n", t, i, j, ok)
	}

	fmt.Println("primes:", primesBelow(60))

	for _, n := range []int{1, 6, 7, 27} {
		fmt.Printf("collatz(%d) = %d\n", n, collatzSteps(n))
	}

	for _, s := range []int{100, 95, 83, 71, 65, 12} {
		fmt.Print(s, ":", grade(s), " ")
	}
	fmt.Println()
	for lvl := 4; lvl >= 0; lvl-- {
		fmt.Println("level", lvl, features(lvl))
	}

	// All for forms.
	i := 0
	for {
		i++
		if i > 3 {
			break
		}
	}
	for i < 10 {
		i += 4
	}
	sum := 0
	for k := range [5]struct{}{} {
		sum += k
	}
	arr := [...]string{"x", "y", "z"}
	for idx, v := range &arr {
		arr[2] = "changed" // ranging over a pointer sees the update
		fmt.Print(idx, v, " ")
	}
	for idx, v := range arr {
		arr[1] = "ignored" // ranging over an array copy does not
		fmt.Print(idx, v, " ")
	}
	fmt.Println()
	fmt.Println("i =", i, "sum =", sum)

	// A countdown with continue and a labelled block-level break.
	count := 0
search:
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b != c*c {
					continue
				}
				count++
				fmt.Printf("triple %d: %d %d %d\n", count, a, b, c)
				if count == 5 {
					break search
				}
				continue search
			}
		}
	}
}
