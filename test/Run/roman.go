// Roman numerals: conversion both ways with validation, for every value
// up to 3999 (round-trip count) and selected examples.
package main

import (
	"fmt"
	"strings"
)

var values = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var symbols = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	return b.String()
}

func fromRoman(s string) (int, bool) {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := val[s[i]]
		if !ok {
			return 0, false
		}
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, toRoman(total) == s
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		fmt.Println(n, toRoman(n))
	}
	ok := 0
	longest := ""
	for n := 1; n < 4000; n++ {
		r := toRoman(n)
		if m, valid := fromRoman(r); valid && m == n {
			ok++
		}
		if len(r) > len(longest) {
			longest = r
		}
	}
	fmt.Println("round trips:", ok, "longest:", longest, len(longest))
	for _, s := range []string{"MCMXCIV", "IIII", "IC", "XLII", "ABC", ""} {
		n, valid := fromRoman(s)
		fmt.Printf("%q -> %d valid=%t\n", s, n, valid)
	}
}
