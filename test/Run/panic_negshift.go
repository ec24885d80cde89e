// Shifting by a negative signed amount panics.
package main

import "fmt"

func main() {
	x := 1
	for s := 2; ; s-- {
		fmt.Println(x << s)
	}
}
