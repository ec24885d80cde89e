// deferpanic demonstrates defer (LIFO order, arguments evaluated at the defer
// statement, defers in loops), named results modified by deferred closures,
// panic with custom values, recover turning panics into errors, runtime
// panics (index out of range, nil map write, division by zero, failed type
// assertion) recovered and printed, and re-panicking.
package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
	x = 30
	fmt.Println("order body done")
}

// triple has a named result that the deferred closure rewrites.
func triple(n int) (result int) {
	defer func() { result *= 3 }()
	result = n + 1
	return result
}

func countCalls() (n int, trace string) {
	defer func() { trace += "|defer1" }()
	defer func() { n++; trace += "|defer2" }()
	return 41, "ret"
}

// safeDiv converts a runtime panic into an error.
func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

type validationError struct{ field string }

func validate(field string, ok bool) {
	if !ok {
		panic(validationError{field})
	}
}

func try(name string, f func()) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			msg = name + ": ok"
		case error:
			msg = name + ": error: " + v.Error()
		case string:
			msg = name + ": string: " + v
		case validationError:
			msg = name + ": invalid field " + v.field
		default:
			msg = fmt.Sprintf("%s: other %T %v", name, v, v)
		}
	}()
	f()
	return name + ": not reached when panicking"
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer recovered: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of [", r, "]"))
		}()
		panic("inner")
	}()
	return "unreachable"
}

func main() {
	order()
	fmt.Println("triple(4) =", triple(4))
	n, tr := countCalls()
	fmt.Println("countCalls =", n, tr)

	for _, d := range []int{3, 0} {
		q, err := safeDiv(12, d)
		fmt.Println("safeDiv:", q, err)
	}

	idx := 5
	results := []string{
		try("clean", func() {}),
		try("index", func() {
			s := []int{1, 2, 3}
			fmt.Println(s[idx])
		}),
		try("nilmap", func() {
			var m map[string]int
			m["a"] = 1
		}),
		try("assert", func() {
			var v interface{} = "text"
			fmt.Println(v.(int))
		}),
		try("custom", func() { validate("email", false) }),
		try("errval", func() { panic(errors.New("disk full")) }),
		try("string", func() { panic("plain message") }),
		try("int", func() { panic(42) }),
		try("slice", func() {
			s := make([]byte, 2, 4)
			lo := 3
			_ = s[lo:2]
		}),
	}
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println(nested())
	fmt.Println("main done")
}
