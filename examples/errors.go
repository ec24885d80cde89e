// errors demonstrates error handling: errors.New sentinels, fmt.Errorf with
// formatted context, custom error types with pointer and value receivers,
// checking errors by type assertion and by comparison, nil interface vs nil
// pointer pitfalls avoided, and strconv.Atoi errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrEmpty = errors.New("empty input")
var ErrNegative = errors.New("negative value")

type ParseError struct {
	Line  int
	Field string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: field %q: %v", e.Line, e.Field, e.Err)
}

type RangeError struct{ Value, Max int }

func (e RangeError) Error() string {
	return "value " + strconv.Itoa(e.Value) + " exceeds " + strconv.Itoa(e.Max)
}

func parseAge(line int, s string) (int, error) {
	if s == "" {
		return 0, &ParseError{line, "age", ErrEmpty}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ParseError{Line: line, Field: "age", Err: err}
	}
	if n < 0 {
		return 0, &ParseError{line, "age", ErrNegative}
	}
	if n > 150 {
		return 0, RangeError{n, 150}
	}
	return n, nil
}

type person struct {
	name string
	age  int
}

func parseRecords(input string) ([]person, []error) {
	var people []person
	var errs []error
	for i, line := range strings.Split(input, "\n") {
		parts := strings.Split(line, ",")
		if len(parts) != 2 {
			errs = append(errs, fmt.Errorf("line %d: want 2 fields, got %d", i+1, len(parts)))
			continue
		}
		age, err := parseAge(i+1, parts[1])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		people = append(people, person{parts[0], age})
	}
	return people, errs
}

func explain(err error) string {
	switch e := err.(type) {
	case *ParseError:
		if e.Err == ErrEmpty || e.Err == ErrNegative {
			return "sentinel: " + e.Err.Error()
		}
		return "parse failure at line " + strconv.Itoa(e.Line)
	case RangeError:
		return fmt.Sprintf("out of range by %d", e.Value-e.Max)
	default:
		return "generic: " + err.Error()
	}
}

func mustPositive(n int) (res int, err error) {
	if n <= 0 {
		err = fmt.Errorf("mustPositive(%d): %v", n, ErrNegative)
		return
	}
	res = n * 2
	return
}

func main() {
	input := "ann,34\nbob,\ncarl,abc\ndora,-3\nedgar,200\nfay\ngus,71"
	people, errs := parseRecords(input)
	for _, p := range people {
		fmt.Printf("ok: %s is %d\n", p.name, p.age)
	}
	for _, err := range errs {
		fmt.Println("error:", err)
		fmt.Println("  ->", explain(err))
	}

	var pe *ParseError
	for _, err := range errs {
		if p, ok := err.(*ParseError); ok && pe == nil {
			pe = p
		}
	}
	fmt.Printf("first parse error: line=%d field=%s err=%v\n", pe.Line, pe.Field, pe.Err)

	for _, n := range []int{5, 0, -1} {
		if v, err := mustPositive(n); err != nil {
			fmt.Println("failed:", err)
		} else {
			fmt.Println("doubled:", v)
		}
	}

	var err error
	fmt.Println("nil error:", err == nil, err)
	err = RangeError{7, 5}
	fmt.Printf("%v | %s | %+v | %T\n", err, err, err, err)
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println("distinct errors equal:", e1 == e2, e1.Error() == e2.Error(), e1 == e1)
}
