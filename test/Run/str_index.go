// String indexing yields bytes, slicing yields substrings sharing bytes;
// len counts bytes; multi-byte characters split by byte slicing.
package main

import "fmt"

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), s[0], s[7], s[len(s)-1])
	fmt.Println(s[:5], s[7:10], s[7:], s[:0] == "", s[3:3])
	fmt.Printf("%q %q %x\n", s[7:8], s[7:9], s[7:13])
	fmt.Println(reverseBytes("abcdef"), reverseBytes(""), count("mississippi", 's'))
	for i := 0; i < len(s); i += 3 {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	t := s
	t = t[1:]
	fmt.Println(s, t, len(t))
	var digits string
	for i := 0; i < 10; i++ {
		digits += string(rune('0' + i))
	}
	fmt.Println(digits, digits[3:7], digits[9], digits[2]-'0')
	fmt.Println(s[len(s)-1:], "x"[0], "héllo"[1], "héllo"[1:3])
}
