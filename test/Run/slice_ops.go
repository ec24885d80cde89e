// Common slice idioms: filter in place, reverse, remove duplicates from a
// sorted slice, insert, rotate, stack and queue.
package main

import "fmt"

func filterEven(s []int) []int {
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	return out
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func dedup(s []int) []int {
	if len(s) == 0 {
		return s
	}
	j := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[j-1] {
			s[j] = s[i]
			j++
		}
	}
	return s[:j]
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func rotate(s []int, k int) []int {
	k %= len(s)
	return append(s[k:], s[:k]...)
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	ev := filterEven(s)
	fmt.Println(ev, s)
	reverse(ev)
	fmt.Println(ev)
	fmt.Println(dedup([]int{1, 1, 2, 3, 3, 3, 4, 5, 5}))
	fmt.Println(insert([]int{1, 2, 4}, 2, 3), insert([]int{}, 0, 7))
	fmt.Println(rotate([]int{1, 2, 3, 4, 5}, 2), rotate([]int{1, 2, 3}, 7))
	var stack []string
	for _, w := range []string{"a", "b", "c"} {
		stack = append(stack, w)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	queue := []int{1}
	seen := 0
	for len(queue) > 0 && seen < 15 {
		v := queue[0]
		queue = queue[1:]
		seen++
		fmt.Print(v, " ")
		queue = append(queue, v*2, v*2+1)
	}
	fmt.Println()
}
