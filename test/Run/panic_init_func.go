// A panic in an init function runs its deferred calls, then exits with
// status 2 before main.
package main

import (
	"errors"
	"fmt"
)

func init() {
	defer fmt.Println("init defer")
	if len(fmt.Sprint(1)) == 1 {
		panic(errors.New("init failed"))
	}
}

func main() { fmt.Println("main never") }
