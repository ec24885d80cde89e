// []byte of a constant string is an array of exactly its length (cap ==
// len, so appends grow by Go's rule), in the frame or on the heap; []byte
// of a variable string keeps gc's 32-byte buffer when it does not escape.
package main

import "fmt"

var sink []byte

func main() {
	s := "hello"
	s += "!"
	a := []byte(s)
	a = append(a, 'x')
	b := []byte("hey")
	b = append(b, 'x')
	sink = []byte("escaping bytes")
	e := []byte("")
	fmt.Println(cap(a), cap(b), cap(sink), len(sink), string(sink), cap(e), e == nil)
	c := []byte("abc")
	c[0] = 'z'
	d := []byte("abc")
	fmt.Println(string(c), string(d))
}
