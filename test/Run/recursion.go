// Recursion: Fibonacci, Ackermann, towers of Hanoi, permutations, power
// set, binary search and mutual recursion over an expression.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func perms(s []rune, k int, out *[]string) {
	if k == len(s) {
		*out = append(*out, string(s))
		return
	}
	for i := k; i < len(s); i++ {
		s[k], s[i] = s[i], s[k]
		perms(s, k+1, out)
		s[k], s[i] = s[i], s[k]
	}
}

func subsets(xs []int) [][]int {
	if len(xs) == 0 {
		return [][]int{{}}
	}
	rest := subsets(xs[1:])
	out := rest
	for _, r := range rest {
		with := append([]int{xs[0]}, r...)
		out = append(out, with)
	}
	return out
}

func bsearch(xs []int, v, lo, hi int) int {
	if lo >= hi {
		return -1
	}
	mid := (lo + hi) / 2
	if xs[mid] == v {
		return mid
	} else if xs[mid] < v {
		return bsearch(xs, v, mid+1, hi)
	}
	return bsearch(xs, v, lo, mid)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func main() {
	fmt.Println(fib(25), ack(2, 3), ack(3, 3))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	var ps []string
	perms([]rune("abc"), 0, &ps)
	fmt.Println(ps)
	fmt.Println(subsets([]int{1, 2, 3}))
	xs := []int{1, 3, 5, 7, 9, 11, 13}
	for _, v := range []int{1, 7, 13, 4, 20} {
		fmt.Print(bsearch(xs, v, 0, len(xs)), " ")
	}
	fmt.Println()
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
}
