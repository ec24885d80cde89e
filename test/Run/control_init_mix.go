// Package initialization order across dependent variables and init
// functions, type switches with multi-type cases, switch fallthrough,
// labelled break/continue/goto, closures over loop variables, shadowing.
package main

import (
	"fmt"
	"strings"
)

var (
	total   = sum(weights...) + bonus
	weights = []int{a, b, c}
	a, b    = pair()
	c       = a * b
	bonus   = len(names) * 100
	names   = strings.Fields(" alpha  beta\tgamma\n")
	trace   []string
	counter = next("counter")
	lookup  = map[string]int{"x": next("mapval"), "y": c}
	first   = next("first")
)

var registry = func() map[string]func(int) int {
	m := map[string]func(int) int{}
	for i, n := range names {
		k := i + 1
		m[n] = func(x int) int { return x * k }
	}
	return m
}()

func init() {
	trace = append(trace, "init1")
}

func pair() (int, int) {
	trace = append(trace, "pair")
	return 3, 4
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	trace = append(trace, fmt.Sprint("sum", xs))
	return s
}

var seq int

func next(tag string) int {
	seq++
	trace = append(trace, fmt.Sprintf("%s=%d", tag, seq))
	return seq
}

func init() {
	trace = append(trace, "init2")
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		if x == "" {
			return "empty string"
		}
		return "string " + x
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("ints ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func grade(n int) (g string) {
	switch {
	case n < 0:
		g = "neg"
		fallthrough
	case n == 0:
		g += "zero-ish"
	case n > 100:
		g = "big"
		break
	case n%2 == 0:
		g = "even"
		fallthrough
	default:
		g += "+default"
	}
	return
}

func labels() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := 0
outer:
	for i, row := range grid {
		for j := range row {
			switch {
			case row[j] < 0:
				fmt.Println("negative at", i, j)
				continue outer
			case row[j] == 8:
				fmt.Println("eight at", i, j)
				break outer
			}
			found += row[j]
		}
	}
	fmt.Println("found", found)

	i := 0
loop:
	if i < 5 {
		i += 2
		goto loop
	}
	fmt.Println("goto loop ended at", i)

	n := 0
	for {
		n++
		if n%3 == 0 {
			continue
		}
		if n > 10 {
			break
		}
	}
	fmt.Println("n", n)

sw:
	switch n {
	case 11:
		for k := 0; k < 3; k++ {
			if k == 1 {
				break sw
			}
			fmt.Println("k", k)
		}
		fmt.Println("not reached")
	}
}

func closures() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, s := range []string{"a", "bb", "ccc"} {
		fs = append(fs, func() int { return len(s) })
	}
	j := 0
	for j < 3 {
		k := j
		fs = append(fs, func() int { k += 10; return k })
		j++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(fs[6](), fs[6]())
	acc := func() func(int) int {
		t := 0
		return func(d int) int { t += d; return t }
	}()
	acc(5)
	fmt.Println(acc(10))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
}

type S string

func (s S) String() string { return strings.ToUpper(string(s)) }

func main() {
	fmt.Println(total, weights, a, b, c, bonus, counter, first, lookup)
	fmt.Println(strings.Join(trace, ","))
	for _, n := range names {
		fmt.Print(registry[n](10), " ")
	}
	fmt.Println()
	for _, v := range []interface{}{nil, 1, int64(2), "", "s", fmt.Errorf("e%d", 1), S("up"), []int{1}, func() int { return 7 }, 3.5, int8(1)} {
		fmt.Println(classify(v))
	}
	for _, n := range []int{-1, 0, 1, 2, 200} {
		fmt.Printf("%d:%s ", n, grade(n))
	}
	fmt.Println()
	labels()
	closures()
	var x = 1
	{
		x := x + 1
		x++
		fmt.Println("inner x", x)
	}
	if x := "shadow"; len(x) > 0 {
		fmt.Println(x)
	} else if y := x + "!"; true {
		fmt.Println(y)
	}
	fmt.Println("outer x", x)
}
