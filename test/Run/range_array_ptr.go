// Ranging over a nil pointer to an array with the index only (no
// dereference) and with values (a nil dereference), []byte(s) ranges, and
// map keys built from byte slices.
package main

import "fmt"

func main() {
	var p *[3]int
	n := 0
	for i := range p {
		n += i
	}
	fmt.Println(n, len(p), cap(p))
	for range p {
		n++
	}
	fmt.Println(n)
	s := "héllo"
	for i, c := range []byte(s) {
		if c > 127 {
			fmt.Println("high byte at", i)
		}
	}
	m := map[string]int{}
	b := []byte("key")
	m[string(b)] = 1
	b[0] = 'K'
	fmt.Println(m["key"], m[string(b)], len(m))
	defer func() { fmt.Println("recovered:", recover()) }()
	for i, v := range p {
		fmt.Println(i, v)
	}
}
