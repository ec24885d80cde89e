// range over a string decodes UTF-8: byte offsets, runes, and U+FFFD for
// each invalid byte (one at a time), truncated sequences and surrogates.
package main

import "fmt"

func show(s string) {
	fmt.Printf("%q:", s)
	for i, r := range s {
		fmt.Printf(" %d:%U", i, r)
	}
	fmt.Println()
}

func main() {
	show("abc")
	show("héllo")
	show("日本語")
	show("\xff")
	show("a\xffb\xfe")
	show("\xe6\x97")         // truncated 3-byte sequence
	show("\xe6\x97x")        // truncated then ASCII
	show("\xed\xa0\x80")     // surrogate half encoded
	show("\xc0\xaf")         // overlong
	show("\xf4\x90\x80\x80") // beyond U+10FFFF
	show("🙂!")
	n := 0
	for range "héllo, wörld" {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len("héllo, wörld"))
	var last rune
	for _, r := range "xyz\x80" {
		last = r
	}
	fmt.Println("last:", last, last == '\uFFFD')
	idx := 0
	for idx = range "abc" {
	}
	fmt.Println("final index:", idx)
}
