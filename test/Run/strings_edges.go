// strings functions on edge cases: empty separators, empty inputs,
// unicode, overlapping matches, Fields with assorted white space.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.Split("a--b--c", "--"))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n\nc  \v d\r"))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ","), strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Println(strings.Contains("", ""), strings.Contains("abc", ""), strings.Contains("", "a"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("abc", ""), strings.Index("héllo", "l"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasPrefix("go", "golang"), strings.HasPrefix("x", ""))
	fmt.Println(strings.ToUpper("hello, wörld! ß"), strings.ToUpper(""), strings.ToUpper("ABC123"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "", len(strings.Repeat("é", 4)))
	fmt.Println(strings.Index("aaaa", "aa"), strings.Contains("mississippi", "issip"))
	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteString(fmt.Sprintf("%d-", i))
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('→')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println(len(words), longest, strings.ToUpper(longest[:1])+longest[1:])
	csv := "name,age\nann,30\nbob,25\n"
	for i, line := range strings.Split(csv[:len(csv)-1], "\n") {
		fmt.Println(i, strings.Split(line, ","))
	}
}
