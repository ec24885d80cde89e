// All for forms: three-clause, condition only, infinite with break,
// range with index only, value only, blank, over arrays, pointers to
// arrays, strings, maps (counted) and integers modified in the body.
package main

import "fmt"

func main() {
	s := 0
	for i := 0; i < 10; i++ {
		s += i
	}
	fmt.Println(s)
	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	fmt.Println(k)
	arr := [5]int{10, 20, 30, 40, 50}
	for i := range arr {
		arr[i]++
	}
	for _, v := range arr {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range &arr {
		arr[4] = 0
		if i == 4 {
			fmt.Println("via pointer sees update:", v)
		}
	}
	cnt := 0
	for range []int{1, 2, 3} {
		cnt++
	}
	fmt.Println(cnt)
	sl := []int{1, 2, 3}
	for i := range sl {
		sl = append(sl, i)
	}
	fmt.Println(sl)
	for i := 0; i < 10; i += 3 {
		i--
		fmt.Print(i, " ")
	}
	fmt.Println()
	var i, j int
	for i, j = 0, 10; i < j; i, j = i+1, j-2 {
	}
	fmt.Println(i, j)
	total := 0
	for _, c := range "abc" {
		total += int(c)
	}
	fmt.Println(total)
	for x := 3; x > 0; x-- {
		defer fmt.Print(x, " ")
	}
}
