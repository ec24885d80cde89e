// os.Exit inside a deferred function: remaining defers do not run and the
// status is the one given; output written before is kept.
package main

import (
	"fmt"
	"os"
)

func cleanup(code int) {
	fmt.Println("cleanup, exiting with", code)
	os.Exit(code)
}

func work() (err error) {
	defer func() {
		if err != nil {
			fmt.Println("work failed:", err)
		}
	}()
	return fmt.Errorf("disk full")
}

func main() {
	defer fmt.Println("never printed")
	defer cleanup(3)
	defer fmt.Println("printed first")
	if err := work(); err != nil {
		fmt.Println("main saw", err)
	}
}
