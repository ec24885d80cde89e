// An uncaught panic with a custom error type (pointer receiver) prints the
// Error() text and exits with status 2; deferred calls run first.
package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", age}
	}
	return nil
}

func main() {
	defer fmt.Println("deferred before crash")
	for _, a := range []int{3, 40, -2} {
		if err := validate(a); err != nil {
			panic(err)
		}
		fmt.Println("ok", a)
	}
}
