// strings' trimming, searching from the end, counting and replacing, with
// empty arguments, multi-byte and invalid UTF-8 in the text and in
// cutsets, and Replace's counts (negative, zero, more than occurrences).
package main

import (
	"fmt"
	"strings"
)

type rule struct {
	old, new string
	n        int
}

func show(label string, v interface{}) {
	fmt.Printf("%-22s %q\n", label, v)
}

func normalize(line string) string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "#")
	line = strings.TrimSuffix(line, ";")
	line = strings.ReplaceAll(line, "\t", " ")
	for strings.Contains(line, "  ") {
		line = strings.Replace(line, "  ", " ", -1)
	}
	return strings.Trim(line, " ")
}

func main() {
	texts := []string{"", " ", "  hello  ", "\t\n x \r\v\f", "\u00a0\u2003wide\u3000", "\u0085nel\u0085",
		"a\xffb", " \xff ", "\xe2\x82 ", " \xe2\x82", "日本語 ", "\u200bzero"}
	for _, t := range texts {
		show("TrimSpace", strings.TrimSpace(t))
	}
	cutsets := []string{"", " ", "ab", "日", "\xff", "\ufffd", "x\u00e9", "-=+"}
	for _, s := range []string{"abcba", "  spaced  ", "日本日", "\xffmid\xff", "ééxée", "=+-value-+=", "\ufffdq\ufffd"} {
		for _, c := range cutsets {
			fmt.Printf("%q/%q: %q %q %q\n", s, c, strings.Trim(s, c), strings.TrimLeft(s, c), strings.TrimRight(s, c))
		}
	}
	for _, p := range [][2]string{{"prefix-body", "prefix-"}, {"x", "xx"}, {"", ""}, {"body.go", ".go"}, {"a", ""}} {
		fmt.Println(strings.TrimPrefix(p[0], p[1]), strings.TrimSuffix(p[0], p[1]), strings.HasSuffix(p[0], p[1]), strings.HasPrefix(p[0], p[1]))
	}
	for _, s := range []string{"", "a", "aaaa", "abababa", "日本日本", "\xff\xfe"} {
		for _, sub := range []string{"", "a", "aa", "aba", "日", "\xff", "zz"} {
			fmt.Print(strings.Count(s, sub), ",", strings.LastIndex(s, sub), ",", strings.Index(s, sub), " ")
		}
		fmt.Println(strings.IndexByte(s, 'a'), strings.IndexByte(s, 0xff))
	}
	rules := []rule{{"a", "b", -1}, {"a", "b", 0}, {"a", "b", 1}, {"a", "b", 100}, {"", "-", -1}, {"", "-", 2},
		{"aa", "a", -1}, {"x", "y", -1}, {"a", "a", -1}, {"ana", "ANA", -1}, {"", "", -1}, {"\xff", "?", -1}, {"", "|", 3}}
	for _, s := range []string{"banana", "", "日本", "a\xffa"} {
		for _, r := range rules {
			fmt.Printf("Replace(%q,%q,%q,%d)=%q ", s, r.old, r.new, r.n, strings.Replace(s, r.old, r.new, r.n))
		}
		fmt.Println()
		fmt.Printf("%q %q\n", strings.ReplaceAll(s, "", "."), strings.ReplaceAll(s, "a", ""))
	}
	lines := []string{"  # first  value ;", "\tkey\t=\tvalue;", "#;", "   ", "plain"}
	for _, l := range lines {
		show("normalize", normalize(l))
	}
	path := "/usr/local/lib/go.mod"
	slash := strings.LastIndex(path, "/")
	dot := strings.LastIndex(path, ".")
	fmt.Println(path[:slash], path[slash+1:], path[dot:], strings.Count(path, "/"))
	csv := "name, age ,city,, "
	var fields []string
	for _, f := range strings.Split(csv, ",") {
		fields = append(fields, strings.TrimSpace(f))
	}
	fmt.Printf("%q %d\n", fields, len(fields))
	fmt.Println(strings.ToUpper(strings.TrimLeft("xxhello", "x")), strings.Repeat(strings.TrimRight("ab  ", " "), 3))
}
