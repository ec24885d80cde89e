// strings.Builder: WriteString, WriteByte, WriteRune, Len, String, Reset,
// building tables and numbers; a Builder passed by pointer.
package main

import (
	"fmt"
	"strings"
)

func writeRow(b *strings.Builder, cells []string, width int) {
	b.WriteByte('|')
	for _, c := range cells {
		b.WriteString(" ")
		b.WriteString(c)
		for i := len(c); i < width; i++ {
			b.WriteByte(' ')
		}
		b.WriteString(" |")
	}
	b.WriteByte('\n')
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune('界')
	fmt.Println(b.Len(), b.String())
	b.Reset()
	writeRow(&b, []string{"name", "qty"}, 6)
	writeRow(&b, []string{"apple", "3"}, 6)
	writeRow(&b, []string{"kiwi", "12"}, 6)
	fmt.Print(b.String())
	var nb strings.Builder
	for i := 0; i < 100; i++ {
		if i > 0 {
			nb.WriteByte(',')
		}
		nb.WriteString(fmt.Sprint(i * i))
	}
	s := nb.String()
	fmt.Println(len(s), s[:30], s[len(s)-20:])
	var rb strings.Builder
	for _, r := range "abc€" {
		rb.WriteRune(r - 'a' + 'A')
	}
	fmt.Printf("%q %d\n", rb.String(), rb.Len())
}
