// errorcheck -0 -m -l

// gc walks statements in source order. The IR makes a statement's join
// block (a loop's exit, the end of an if or switch) before the blocks of
// the statements nested in it, so the analysis walks the blocks in the
// order they were filled: allocations in an if inside a loop come before
// those after the loop (a defer there included), and a switch clause's
// before the next statement's.

package p

import "fmt"

type T struct{ a int }

var sink interface{}

func rangeIfContinue(xs []error) []int { // ERROR "^leaking param content: xs$"
	codes := []int{} // ERROR "^\[\]int\{\} escapes to heap$"
	for _, err := range xs {
		if err != nil {
			fmt.Println("error:", err) // ERROR "^\.\.\. argument does not escape$" `^"error:" escapes to heap$`
			codes = append(codes, -1)
			continue
		}
		codes = append(codes, 0)
	}
	fmt.Println(codes) // ERROR "^\.\.\. argument does not escape$" "^codes escapes to heap$"
	return codes
}

func switchThenReturn(n int, text string) string { // ERROR "^leaking param: text$"
	switch n {
	case 1:
		sink = &T{n} // ERROR "^&T\{\.\.\.\} escapes to heap$"
	case 2:
		if len(text) > 2 {
			sink = []int{n} // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
		} else {
			sink = fmt.Sprint(n) // ERROR "^fmt\.Sprint\(\.\.\. argument\.\.\.\) escapes to heap$" "^\.\.\. argument does not escape$" "^n escapes to heap$"
		}
	default:
		sink = new(int) // ERROR "^new\(int\) escapes to heap$"
	}
	return fmt.Sprintf("%s=%d", text, n) // ERROR "^\.\.\. argument does not escape$" "^text escapes to heap$" "^n escapes to heap$"
}

func ifElseNested(a, b bool) {
	if a {
		if b {
			sink = &T{1} // ERROR "^&T\{\.\.\.\} escapes to heap$"
		}
		sink = &T{2} // ERROR "^&T\{\.\.\.\} escapes to heap$"
	} else {
		sink = &T{3} // ERROR "^&T\{\.\.\.\} escapes to heap$"
	}
	sink = &T{4} // ERROR "^&T\{\.\.\.\} escapes to heap$"
}

type UsageError struct{ s string }

func (u *UsageError) Error() string { return u.s } // ERROR "^leaking param: u to result ~r0 level=1$"

func parse(t []string) (int, error) { return len(t), nil } // ERROR "^t does not escape$"

// The defer's wrapper and temporaries after the loop stopped the
// allocations of the loop's body from moving before them.
func loopThenDefer(tests [][]string) { // ERROR "^tests does not escape$"
	codes := []int{} // ERROR "^\[\]int\{\} escapes to heap$"
	for _, t := range tests {
		o, err := parse(t)
		if err != nil {
			var ue *UsageError
			if e, ok := err.(*UsageError); ok {
				ue = e
			}
			fmt.Printf("error: %v (usage=%t)\n", err, ue != nil) // ERROR "^\.\.\. argument does not escape$" "^ue != nil escapes to heap$"
			codes = append(codes, -1)
			continue
		}
		codes = append(codes, o)
	}
	fmt.Println(codes) // ERROR "^\.\.\. argument does not escape$" "^codes escapes to heap$"
	defer fmt.Println("deferred") // ERROR `^"deferred" escapes to heap$` "^\.\.\. argument does not escape$"
	defer func() { // ERROR "^func literal does not escape$"
		fmt.Println("exiting with", codes[0]) // ERROR "^\.\.\. argument does not escape$" `^"exiting with" escapes to heap$` "^codes\[0\] escapes to heap$"
	}()
}
