// strings functions on invalid UTF-8 and Unicode white space; Builder with
// invalid runes; strings.Repeat with a negative count panics.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.ToUpper("a\xffb\xc3"))
	fmt.Printf("%q\n", strings.ToUpper("ǆ ǳ ﬀ ı i ÿ µ ς"))
	fmt.Printf("%q\n", strings.Fields("a\u00a0b\u2003c\u0085d\u1680e\u3000f\u200bg"))
	fmt.Printf("%q\n", strings.Fields("x\xffy z"))
	fmt.Printf("%q\n", strings.Split("ab", "abc"))
	fmt.Printf("%q\n", strings.Split("a\xffb", ""))
	fmt.Println(strings.Index("a\xffb", "\xff"), strings.Index("日本語", "語"), strings.Contains("日本語", "\xe6"))
	fmt.Println(strings.Join([]string{"", "", ""}, "-"))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 0))
	var b strings.Builder
	b.WriteRune(-1)
	b.WriteRune(0x10FFFF + 1)
	b.WriteByte(0xff)
	fmt.Printf("%q %d\n", b.String(), b.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strings.Repeat("ab", -1))
}
