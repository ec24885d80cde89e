// Expression switches: fallthrough into the next case body (ignoring its
// condition), default in the middle, multiple values per case.
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

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	default:
		return "consonant"
	case ' ', '\t':
		return "space"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
}

func main() {
	for _, s := range []int{95, 85, 75, 65, 10} {
		fmt.Println(s, grade(s))
	}
	for _, c := range []byte("a b7z") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		default:
			fmt.Print("default ")
		case 3:
			fmt.Print("three ")
			fallthrough
		case 4:
			fmt.Print("four ")
		}
		fmt.Println()
	}
	x := 5
	switch y := x * 2; {
	case y > 8:
		fmt.Println("y big", y)
		fallthrough
	case y > 100:
		fmt.Println("fell into y>100 case")
	}
}
