package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Handler func(string) error

type Level int8

type Record struct {
	Name   string
	Scores []int
	Meta   map[string]string
	Level  Level
	Fn     Handler
	next   *Record
}

func parseKV(line string) (map[string]string, error) {
	out := map[string]string{}
	for _, part := range strings.Split(strings.ReplaceAll(line, ";", ","), ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		kv := strings.SplitN(part, "=", 2)
		if len(kv) != 2 {
			return out, fmt.Errorf("bad pair %q", part)
		}
		out[strings.TrimSpace(kv[0])] = strings.TrimSpace(kv[1])
	}
	return out, nil
}

func main() {
	text := "  alpha=1, beta = two ;gamma=3.5,\tdelta= \u00a0x y\u2003 "
	m, err := parseKV(text)
	fmt.Println(len(m), m, err)
	_, err = parseKV("a=1;broken")
	fmt.Println(err)

	fmt.Println(strings.Fields(" a\u2003b\u00a0c\td\n"), len(strings.Fields("\u0085x\u200by")))
	fmt.Println(strings.SplitAfterN("a,b,c,d", ",", 3), strings.Split("abc", ""), strings.Split("", ","))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.Replace("abc", "", "-", -1), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'), strings.Index("chicken", "dmr"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"), strings.Trim("¡¡hola!!", "!¡"))
	fmt.Println(strings.ToUpper("ǆemal straße"), strings.ToLower("ÀÉÎ ΣΑΣ"), strings.Repeat("ab", 3), strings.HasSuffix("x.go", ".go"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyzc"), strings.ContainsRune("a\xff", '\uFFFD'), strings.ContainsAny("", ""))

	for _, s := range []string{"42", "-0x1F", "0b101", "0o17", "1_000", "9223372036854775808", "", "12a"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%q -> %d %v\n", s, v, err)
	}
	v8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(v8, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.Itoa(-7), strconv.FormatBool(true), strconv.Quote("tab\there"))
	_, err = strconv.Atoi("x")
	var ne interface{ Unwrap() error }
	fmt.Println(errors.As(err, &ne), ne.Unwrap())

	recs := []*Record{
		{Name: "b", Scores: []int{3, 1}, Level: 2},
		{Name: "a", Scores: nil, Level: -1, Meta: map[string]string{"k": "v"}},
		{Name: "c", Scores: []int{}, Level: 2},
		{Name: "a", Scores: []int{9}, Level: 0},
	}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Level > recs[j].Level })
	for _, r := range recs {
		fmt.Printf("%-3s|%3d|%-8v|%v|%t|%t\n", r.Name, r.Level, r.Scores, r.Meta, r.Scores == nil, r.Fn == nil)
	}
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx, sort.Search(4, func(i int) bool { return []int{1, 3, 5, 7}[i] >= 4 }))
	names := []string{"b", "A", "a", "B", "ä", "_"}
	sort.Strings(names)
	fmt.Println(names, strings.SplitN(strings.Join(names, "/"), "/", 3))

	fmt.Printf("%T %T %T %T %T\n", recs[0].Fn, recs[0].Level, m, recs, struct{ A int }{})
	fmt.Printf("%q %q %+q %#q %x % x %X\n", 'x', 0x1F600, "héllo", "back`tick", "hi", "hi", []byte{1, 255})
	fmt.Printf("%08b|%-10s|%10.3s|%*d|%-*d|\n", 5, "left", "truncate", 6, 42, 4, 7)
	fmt.Printf("%#U %#x %#o %#b %+.2e %v\n", '⌘', -255, 64, 5, -1234.5678, float32(0.1))
	fmt.Printf("%v %v %v %v\n", []interface{}{nil, 1, "a"}, map[Level]bool{2: true, -1: false}, [0]int{}, []string{""})
	fmt.Printf("%5.1f%% |%-6.2g| %06d |%x|\n", 99.5, 1234567.0, -42, "")
	fmt.Println(fmt.Sprintf("%[2]d %[1]d %d", 1, 2), fmt.Sprintf("%[3]v", 1), fmt.Sprintf("%.*f", 2, 3.14159))
	var sb strings.Builder
	sb.Grow(10)
	fmt.Println(sb.Cap() >= 10, sb.Len())
	for i := 0; i < 3; i++ {
		sb.WriteString(strconv.Itoa(i))
		sb.WriteByte(',')
		sb.WriteRune('→')
	}
	fmt.Println(sb.String(), sb.Len(), len(os.Args) > 0)
	fmt.Println(strings.Join(strings.SplitN("banana split", "a", -1), "_"))
}
