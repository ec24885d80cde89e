// make with a constant capacity smaller than a variable length panics with
// the capacity message, also an unsigned one that would be negative as an
// int; a negative length with the length message. The slices do not
// escape, so their arrays can live in the frame.
package main

import "fmt"

func try(l int) {
	defer func() { fmt.Println(recover()) }()
	s := make([]int, l, 4)
	s[0] = l
	fmt.Println(len(s), cap(s), s[0])
}

func tryUnsigned(l uint64) {
	defer func() { fmt.Println(recover()) }()
	s := make([]int, l, 4)
	s[0] = 1
}

func main() {
	tryUnsigned(1 << 63)
	try(1)
	try(-1)
	try(5)
	n := 6
	s := make([]byte, n, 3)
	s[0] = 1
}
