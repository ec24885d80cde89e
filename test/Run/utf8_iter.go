// Ranging over strings holding invalid UTF-8, surrogates, truncated
// sequences; conversions to []rune and back; string(rune) of invalid runes.
package main

import "fmt"

func main() {
	samples := []string{
		"héllo",
		"a\xffb",
		"\xe2\x82",
		"\xed\xa0\x80",
		"€\xc0\xaf",
		"\xf0\x9f\x98\x80!",
		"\xf4\x90\x80\x80",
		"",
	}
	for _, s := range samples {
		fmt.Printf("%q len=%d:", s, len(s))
		for i, r := range s {
			fmt.Printf(" %d:%U", i, r)
		}
		rs := []rune(s)
		fmt.Printf(" | runes=%d back=%q\n", len(rs), string(rs))
	}
	for _, r := range []rune{65, 0x10FFFF, 0x110000, -1, 0xD800, 0x7F} {
		s := string(r)
		fmt.Printf("%d -> %q (%d bytes)\n", r, s, len(s))
	}
	b := []byte("añb")
	fmt.Println(b, len(b), string(b[1:3]), string(b[1:2]))
	s := "日本語"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	count := 0
	for range "a\x80\x80b" {
		count++
	}
	fmt.Println(count)
	var rr []rune
	for _, r := range "x\xffy" {
		rr = append(rr, r)
	}
	fmt.Println(rr, string(rr))
	fmt.Println(string(rune(0x263A)), string([]byte{0xe2, 0x98, 0xba}))
	fmt.Printf("%q %+q %x\n", "\xff", "ö", "ö")
}
