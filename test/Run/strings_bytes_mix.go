// Strings with invalid UTF-8 through range and []rune, byte slice
// conversions and overlapping copy, a small lexer, the modelled strings
// and strconv functions' edge cases, sort of ties.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Token struct {
	Kind  string
	Text  string
	Start int
}

func lex(src string) []Token {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			toks = append(toks, Token{"num", src[i:j], i})
			i = j
		case c >= 0x80:
			r := []rune(src[i:])[0]
			n := len(string(r))
			if r == 0xFFFD {
				n = 1
			}
			toks = append(toks, Token{"uni", src[i : i+n], i})
			i += n
		default:
			toks = append(toks, Token{"op", string(c), i})
			i++
		}
	}
	return toks
}

func runeStats(s string) {
	count := 0
	for i, r := range s {
		fmt.Printf("%d:%q(%d) ", i, r, len(string(r)))
		count++
	}
	fmt.Println("| runes", count, "bytes", len(s), "[]rune", len([]rune(s)))
}

func main() {
	inputs := []string{"héllo", "a\xffb", "\xe2\x82", "日本\x80語", "", "\xed\xa0\x80", "\U0001F600x"}
	for _, s := range inputs {
		runeStats(s)
		rs := []rune(s)
		back := string(rs)
		fmt.Printf("%q -> %q %v %x\n", s, back, back == s, []byte(back))
	}
	bs := []byte("hello, world")
	s := string(bs)
	bs[0] = 'H'
	fmt.Println(s, string(bs), string(bs[7:]), string(bs[:0]))
	bs = append(bs, " and more"...)
	bs = append(bs, '!')
	fmt.Println(string(bs), len(bs))
	n := copy(bs, "JELLO")
	fmt.Println(n, string(bs[:6]))
	overlap := []int{1, 2, 3, 4, 5, 6}
	copy(overlap[2:], overlap)
	fmt.Println(overlap)
	overlap = []int{1, 2, 3, 4, 5, 6}
	copy(overlap, overlap[3:])
	fmt.Println(overlap)

	fmt.Println(string(rune(65)), string(rune(0x4E16)), string(rune(-5)) == "\uFFFD")
	var b byte = 200
	fmt.Println(string(rune(b)), strconv.Itoa(int(b)))
	fmt.Println("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z", strings.Repeat("=", 5))

	toks := lex("12+ 345 *\xff(é7)")
	for _, t := range toks {
		fmt.Printf("%+v ", t)
	}
	fmt.Println()

	fields := strings.Fields("  one two\t three\n\nfour  ")
	fmt.Println(len(fields), fields, strings.Join(fields, "|"))
	for _, tc := range [][2]string{{"a,b,c", ","}, {"a,b,c,", ","}, {",", ","}, {"", ","}, {"abc", ""}, {"a--b--c", "--"}, {"日本語", ""}, {"x", "xyz"}} {
		parts := strings.Split(tc[0], tc[1])
		fmt.Printf("Split(%q,%q) = %q len %d\n", tc[0], tc[1], parts, len(parts))
	}
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b", ",", 0))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("", ""), strings.Index("chicken", "ken"), strings.Index("x", ""), strings.Index("日本語", "語"))
	fmt.Println(strings.HasPrefix("prefix", "pre"), strings.HasPrefix("p", "pre"), strings.ToUpper("mixed Case ß é ǆ"), strings.ToUpper("a\xffb"))

	for _, in := range []string{"42", "-7", "+3", "007", "", "abc", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775809", " 1", "1_000", "0x10"} {
		v, err := strconv.Atoi(in)
		fmt.Printf("Atoi(%q) = %d, %v\n", in, v, err)
	}
	for _, v := range []int{0, -1, 1 << 62, -1 << 63} {
		fmt.Print(strconv.Itoa(v), " ")
	}
	fmt.Println()

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		if sb.Len() > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(strconv.Itoa(i * i))
		sb.WriteRune('→')
	}
	sb.Write([]byte{'!'})
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())

	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	fmt.Println(list)
	ints := []int{5, -1, 3, 3, 0, 100, -50}
	sort.Ints(ints)
	strs := []string{"b", "B", "a", "", "ab", "é"}
	sort.Strings(strs)
	fmt.Println(ints, strs)
	fmt.Printf("%q\n", strs)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty == nil)
}
