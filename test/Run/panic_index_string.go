// Indexing a string past its end panics like a slice index.
package main

import "fmt"

func main() {
	s := "héllo"
	n := len(s)
	fmt.Println(n, s[n-1])
	fmt.Println(s[n])
}
