// errors.New and fmt.Errorf: messages, comparison of error values
// (identity, not text), custom error types, errors passed up the stack.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrEmpty = errors.New("empty input")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse(lines []string) (int, error) {
	if len(lines) == 0 {
		return 0, ErrEmpty
	}
	total := 0
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return 0, &ParseError{i + 1, fmt.Sprintf("bad number %q", l)}
		}
		total += n
	}
	return total, nil
}

func process(lines []string) error {
	n, err := parse(lines)
	if err != nil {
		return fmt.Errorf("process: %v", err)
	}
	fmt.Println("sum", n)
	return nil
}

func main() {
	fmt.Println(process([]string{"1", "2", "3"}))
	fmt.Println(process(nil))
	fmt.Println(process([]string{"4", "x"}))
	_, err := parse(nil)
	fmt.Println(err == ErrEmpty, err == errors.New("empty input"), err.Error() == "empty input")
	_, err = parse([]string{"q"})
	if pe, ok := err.(*ParseError); ok {
		fmt.Println("parse error at line", pe.Line, pe.Msg)
	}
	e1 := fmt.Errorf("code %d, %s, %v, %q", 42, "str", []int{1}, "q")
	fmt.Println(e1)
	fmt.Printf("%v|%s|%T\n", e1, e1, ErrEmpty)
	var errs []error
	for i := 0; i < 3; i++ {
		errs = append(errs, fmt.Errorf("e%d", i))
	}
	fmt.Println(errs)
}
