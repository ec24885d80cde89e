// []rune of a constant string is gc's []rune literal: exactly its runes
// (cap == len), invalid UTF-8 bytes decoded to U+FFFD one by one; []rune
// of a variable string keeps gc's 32-rune buffer when it does not escape.
package main

import "fmt"

var sink []rune

func main() {
	r := []rune("hey")
	r = append(r, 'x')
	u := []rune("héllo, 世界 \xff\xe0\x80 \xed\xa0\x80 \xf4\x90\x80\x80 ok\xc3")
	sink = []rune("escapes")
	e := []rune("")
	fmt.Println(cap(r), len(u), cap(u), u, cap(sink), string(sink), cap(e), e == nil)
	v := "var"
	w := []rune(v)
	fmt.Println(len(w), cap(w))
}
