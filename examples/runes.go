// runes demonstrates strings and runes: ranging over UTF-8 strings (byte
// offsets and runes), len vs rune count, []rune and []byte conversions,
// string(rune), invalid UTF-8 bytes, %q/%x/%X/%c formatting, and the
// strings and strconv helpers (Builder, Repeat, Join, Split, Contains,
// HasPrefix, Index, ToUpper, Fields, Itoa, Atoi).
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var letters []rune
	for _, c := range strings.ToUpper(s) {
		if c != ' ' && c != ',' && c != '!' {
			letters = append(letters, c)
		}
	}
	for i := 0; i < len(letters)/2; i++ {
		if letters[i] != letters[len(letters)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, shift int) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + (c-'a'+byte(shift))%26
		case c >= 'A' && c <= 'Z':
			c = 'A' + (c-'A'+byte(shift))%26
		}
		b.WriteByte(c)
	}
	return b.String()
}

func main() {
	s := "héllo, 世界 ✓"
	fmt.Println(len(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Printf("%q\n%x\n% X\n", s, s, s[:6])
	fmt.Println(reverse(s))
	fmt.Println(string(rune(0x4e16)), string([]rune{72, 105, 0x1F600}))

	bs := []byte("abc")
	bs[0] = 'A'
	bs = append(bs, "déf"...)
	fmt.Println(string(bs), bs, len(bs))

	bad := "a\xffb\xc0"
	for i, r := range bad {
		fmt.Printf("[%d %q %d] ", i, r, r)
	}
	fmt.Printf("%q %+q\n", bad, "日本")

	for _, p := range []string{"A man, a plan, a canal, Panama!", "Was it a car", "été"} {
		fmt.Printf("%-35q palindrome=%t\n", p, isPalindrome(p))
	}

	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, 23))

	csv := "10,20,x,30,-5"
	total := 0
	var bad2 []string
	for _, f := range strings.Split(csv, ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			bad2 = append(bad2, fmt.Sprintf("%q", f))
			continue
		}
		total += n
	}
	fmt.Println("total:", total, "bad:", strings.Join(bad2, ";"))

	text := "  the quick  brown fox\tjumps over\nthe lazy dog  "
	words := strings.Fields(text)
	fmt.Println(len(words), strings.Join(words, "_"))
	fmt.Println(strings.Contains(text, "fox"), strings.HasPrefix(text, "the"),
		strings.Index(text, "brown"), strings.Index(text, "cat"))
	fmt.Println(strings.ToUpper("mixed Case ß ü"), strings.Repeat("ab", 4)+"!")

	var b strings.Builder
	for i := 1; i <= 5; i++ {
		if i > 1 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(i * i))
	}
	fmt.Printf("%s (len %d)\n", b.String(), b.Len())

	// Byte-level comparisons and conversions.
	fmt.Println("apple" < "banana", "Zebra" < "apple", "go" == string([]byte{'g', 'o'}))
	fmt.Printf("%c %d %x %X %05d %-4d|\n", 'G', 'G', 255, 255, 42, 7)
	num := strconv.Itoa(-12345)
	fmt.Println(num, len(num), num[1:3])
}
