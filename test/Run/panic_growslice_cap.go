// Appending to a slice whose length overflows int panics in growslice
// (zero-sized elements make such lengths possible without memory).
package main

import "fmt"

func main() {
	s := make([]struct{}, 1<<61)
	s = append(s, s...)
	fmt.Println(len(s), cap(s) >= len(s))
	s = append(s, s...)
	fmt.Println(len(s))
}
