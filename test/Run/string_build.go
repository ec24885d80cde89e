// Building strings many ways and checking they agree: +=, byte slices,
// rune slices, strings.Builder, fmt.Sprint, strings.Join; reversing UTF-8
// strings by runes; a Caesar cipher and palindrome checks.
package main

import (
	"fmt"
	"strings"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func caesar(s string, k int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + byte((int(c-'a')+k+26)%26)
		case c >= 'A' && c <= 'Z':
			c = 'A' + byte((int(c-'A')+k+26)%26)
		}
		out[i] = c
	}
	return string(out)
}

func isPalindrome(s string) bool {
	var letters []rune
	for _, r := range strings.ToUpper(s) {
		if r >= 'A' && r <= 'Z' {
			letters = append(letters, r)
		}
	}
	for i, j := 0, len(letters)-1; i < j; i, j = i+1, j-1 {
		if letters[i] != letters[j] {
			return false
		}
	}
	return true
}

func main() {
	parts := []string{"α", "b", "γ", "d"}
	s1 := ""
	for _, p := range parts {
		s1 += p
	}
	var bs []byte
	for _, p := range parts {
		bs = append(bs, p...)
	}
	var rs []rune
	for _, p := range parts {
		rs = append(rs, []rune(p)...)
	}
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p)
	}
	s5 := fmt.Sprint(parts[0], parts[1], parts[2], parts[3])
	s6 := strings.Join(parts, "")
	fmt.Println(s1, s1 == string(bs), s1 == string(rs), s1 == sb.String(), s1 == s5, s1 == s6)
	fmt.Println(reverseRunes("héllo, 世界"), reverseRunes(""), reverseRunes("a"))
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	for _, p := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""} {
		fmt.Printf("%q %t\n", p, isPalindrome(p))
	}
	fmt.Println(strings.Repeat("=-", 10) + "=")
}
