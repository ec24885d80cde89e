// The modelled strings functions: Repeat, Join, Split, Contains,
// HasPrefix, Index, ToUpper, Fields, on ordinary and edge-case inputs.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "", strings.Repeat("é", 2))
	parts := strings.Split("a,b,,c,", ",")
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("a--b--c", "--"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("", ""), strings.Contains("abc", ""))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasPrefix("golang", "lang"), strings.HasPrefix("go", "golang"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("abc", ""), strings.Index("日本語", "語"))
	fmt.Println(strings.ToUpper("Hello, World! ß é ǆ 123"))
	f := strings.Fields("  foo bar\tbaz\n  qux  ")
	fmt.Println(len(f), f)
	fmt.Printf("%q\n", strings.Fields("   "))
	text := "the quick brown fox jumps over the lazy dog the end"
	n := 0
	rest := text
	for {
		i := strings.Index(rest, "the")
		if i < 0 {
			break
		}
		n++
		rest = rest[i+3:]
	}
	fmt.Println("occurrences of 'the':", n)
	csv := "name=alice;age=30;city=paris"
	for _, kv := range strings.Split(csv, ";") {
		p := strings.Split(kv, "=")
		fmt.Println(strings.ToUpper(p[0]), "->", p[1])
	}
}
