// panic with a fmt.Errorf error and a custom error type.
package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func validate(age int) {
	if age < 0 {
		panic(fmt.Errorf("validate: %v", ValidationError{"age", age}))
	}
}

func main() {
	validate(3)
	fmt.Println("3 ok")
	validate(-1)
}
