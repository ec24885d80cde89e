package main

// []rune of a constant string is a []rune literal of its runes: its
// capacity is its length, so appending grows it by Go's formula; invalid
// UTF-8 bytes each become U+FFFD. A non-constant string converts into a
// 32-rune buffer when the slice does not escape.

import "fmt"

type Runes []rune

const greeting = "héllo, 世界"

func main() {
	r := []rune("hey")
	fmt.Println(len(r), cap(r))
	r = append(r, 'x')
	fmt.Println(len(r), cap(r), string(r))
	g := []rune(greeting)
	fmt.Println(len(g), cap(g), g[1], string(g[7:]))
	bad := []rune("a\xffb\xe6\x97")
	fmt.Println(len(bad), cap(bad), bad)
	e := []rune("")
	fmt.Println(len(e), cap(e), e == nil)
	n := Runes("ok")
	n = append(n, '!', '!')
	fmt.Println(len(n), cap(n), string(n))
	s := "dyn"
	s += "amic"
	d := []rune(s)
	fmt.Println(len(d), cap(d))
	kept := [][]rune{}
	for i := 0; i < 3; i++ {
		kept = append(kept, []rune("ab"))
	}
	kept[0][0] = 'z'
	fmt.Println(string(kept[0]), string(kept[1]), cap(kept[2]))
}
