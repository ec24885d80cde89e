// What a function's deferred calls and a recovered panic see of its state:
// named results set before a panic (captured by a deferred closure or
// not), values changed in loops, defers in for loops and goto cycles with
// their arguments, recursion with a defer per level, and a deferred call
// that re-panics; checked with the frame's locals kept in registers.
package main

import (
	"errors"
	"fmt"
)

func catch() {
	recover()
}

type pair struct {
	a, b int
}

// r and s are never captured: the recovered function returns them as the
// panic left them.
func uncaptured(n int) (r int, s string, p pair, xs []int) {
	defer catch()
	for i := 0; i < n; i++ {
		r += i
		xs = append(xs, i*i)
		if i == 4 {
			s = "at four"
			p = pair{i, r}
			var m map[string]int
			m["x"] = 1
		}
	}
	return -1, "end", pair{}, nil
}

func captured(n int) (total int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered after %d: %v", total, e)
		}
	}()
	vals := []int{5, 3, 0, 2}
	for i := 0; i < n; i++ {
		total += 100 / vals[i%len(vals)]
	}
	return total, nil
}

func loopDefers() (out []int) {
	for i := 0; i < 4; i++ {
		defer func(v int) { out = append(out, v*10) }(i)
	}
	return nil
}

func gotoDefers() (trace string) {
	i := 0
again:
	defer func(v int) { trace += fmt.Sprint(v) }(i)
	i++
	if i < 5 {
		goto again
	}
	return "go:"
}

func depth(n int) (s string) {
	defer func() { s += fmt.Sprint(n) }()
	if n == 0 {
		return "|"
	}
	return depth(n - 1)
}

func repanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer: ", recover())
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(errors.New(fmt.Sprint("wrapped ", r)))
		}
	}()
	panic("inner")
}

func counter() (n int) {
	defer func() {
		recover()
		n *= 2
	}()
	for {
		n++
		if n == 21 {
			var p *pair
			n += p.a
		}
	}
}

func main() {
	fmt.Println(uncaptured(10))
	fmt.Println(uncaptured(3))
	fmt.Println(captured(2))
	fmt.Println(captured(7))
	fmt.Println(loopDefers())
	fmt.Println(gotoDefers())
	fmt.Println(depth(6))
	fmt.Println(repanic())
	fmt.Println(counter())
}
