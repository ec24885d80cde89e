// switch with fallthrough chains, default in the middle, no-condition
// switches, init statements and switch on types of constants.
package main

import "fmt"

func grade(score int) string {
	s := ""
	switch {
	case score >= 90:
		s += "A"
		fallthrough
	case score >= 80:
		s += "B"
		fallthrough
	case score >= 70:
		s += "C"
	case score >= 60:
		s += "D"
	default:
		s += "F"
	}
	return s
}

func mid(x int) string {
	switch x {
	case 1:
		return "one"
	default:
		return "other"
	case 2, 3, 4:
		return "few"
	}
}

func fall(x int) []string {
	var out []string
	switch y := x * 2; y {
	case 2:
		out = append(out, "two")
		fallthrough
	default:
		out = append(out, "default")
		fallthrough
	case 100:
		out = append(out, "hundred")
	case 4:
		out = append(out, "four")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 75, 65, 5} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		fmt.Print(mid(i), " ")
	}
	fmt.Println()
	for _, x := range []int{1, 2, 3, 50} {
		fmt.Println(x, fall(x))
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
	}
	switch {
	}
	var s string
	switch s {
	case "":
		fmt.Println("empty")
	}
	b := byte('k')
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	case 'k':
		fmt.Println("kay")
		fallthrough
	case 'z':
		fmt.Println("after k")
	}
}
