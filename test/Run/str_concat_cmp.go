// String concatenation in loops and expressions, comparison operators
// (byte-wise lexicographic), equality of strings built differently.
package main

import "fmt"

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	a := "abc"
	b := "ab" + "c"
	c := a[:2] + string(a[2])
	fmt.Println(a == b, a == c, b == c)
	words := []string{"pear", "apple", "Banana", "apple pie", "", "äpfel", "app"}
	for i := 0; i < len(words); i++ {
		for j := 0; j < len(words); j++ {
			if words[i] < words[j] {
				fmt.Print("<")
			} else if words[i] > words[j] {
				fmt.Print(">")
			} else {
				fmt.Print("=")
			}
		}
		fmt.Println(" ", words[i])
	}
	fmt.Println(join(words, ","), len(join(words, "--")))
	x := ""
	for i := 0; i < 5; i++ {
		x = x + fmt.Sprint(i) + x
	}
	fmt.Println(len(x), x[:20])
	fmt.Println("a" < "b", "a" < "aa", "Z" < "a", "" < " ", "abc" <= "abc", "abd" >= "abc")
	s1, s2 := "x", "y"
	s3 := s1 + s2 + s1 + s2
	fmt.Println(s3, s3 == "xyxy", s3 != "xyxy")
}
