package main

import (
	"fmt"
	"strings"
)

// hash folds s into h (FNV-1a).
func hash(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	// Every rune, one block of 4096 at a time: how many change and a hash
	// of the lowered text, so any table difference shows.
	changed := 0
	var total uint32 = 2166136261
	for lo := rune(0); lo <= 0x10FFFF; lo += 0x1000 {
		var b strings.Builder
		for r := lo; r < lo+0x1000 && r <= 0x10FFFF; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			s := string(r)
			l := strings.ToLower(s)
			if l != s {
				changed++
			}
			b.WriteString(l)
		}
		h := hash(2166136261, b.String())
		total = hash(total, fmt.Sprint(h))
		if lo < 0x3000 || lo >= 0x10000 && lo < 0x20000 {
			fmt.Printf("%05x %08x\n", lo, h)
		}
	}
	fmt.Println("changed:", changed, "total:", total)

	for _, s := range []string{
		"", "already lower", "MiXeD CaSe 123", "ÀÉÎÕÜ ÇÑ", "ΑΒΓ ΣΩ", "ДОБРЫЙ ДЕНЬ",
		"İSTANBUL", "ǅǄǆ", "ẞ", "Ⅻ", "ＡＢＣ", "𐐀𐐁", "bad\xffUTF\xc3", "\xe2\x82", "KELVIN K Å",
	} {
		l := strings.ToLower(s)
		fmt.Printf("%q -> %q (%d -> %d bytes) same=%t\n", s, l, len(s), len(l), l == s)
	}
	words := strings.Fields("The Quick BROWN fox")
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	fmt.Println(strings.Join(words, " "), strings.ToUpper(strings.ToLower("ĲssEL")))
}
