// os.Exit ends the program immediately with the given status: deferred
// calls do not run, but output already printed is flushed.
package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 3 {
		fmt.Println("too big:", n)
		os.Exit(3)
	}
	fmt.Println("ok", n)
}

func main() {
	defer fmt.Println("never printed")
	for i := 1; i < 10; i++ {
		check(i)
	}
	fmt.Println("not reached")
}
