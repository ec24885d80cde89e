package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type rec struct {
	k   int
	tag string
}

func main() {
	var rs []rec
	for i := 0; i < 200; i++ {
		rs = append(rs, rec{(i * 7919) % 13, strconv.Itoa(i)})
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].k < rs[j].k })
	var b strings.Builder
	for _, r := range rs[:60] {
		b.WriteString(r.tag)
		b.WriteByte(',')
	}
	fmt.Println(b.String())
	ws := strings.Fields("the quick brown fox jumps over the lazy dog again and again the end")
	sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) < len(ws[j]) })
	fmt.Println(ws)
	ints := make([]int, 100)
	for i := range ints {
		ints[i] = (i*37 + 11) % 23
	}
	sort.Ints(ints)
	fmt.Println(ints[:20], ints[80:])
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split(",a,,b,", ","))
	fmt.Println(strings.Index("abc", ""), strings.Index("", "a"), strings.Contains("", ""), strings.HasPrefix("a", ""))
	fmt.Println(strings.Repeat("ab", 0) == "", strings.Join(nil, ","), strings.Join([]string{"x"}, ", "))
	fmt.Println(strings.ToUpper("ßtraße ǆ ﬁ"), strings.Fields(" \u00a0x\u2003y\n"))
	for _, s := range []string{"+5", "", " 5", "-0", "0x10", "1_000", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "+-1", "٣"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("%q -> %d %v\n", s, n, err)
	}
	fmt.Println(strconv.Itoa(-9223372036854775808), strconv.Itoa(0))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strings.Repeat("x", -1))
}
