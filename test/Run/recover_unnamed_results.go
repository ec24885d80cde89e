// A function with unnamed results that recovers returns the values its
// return statement set before the deferred calls panicked.
package main

import "fmt"

type S struct {
	A, B int
	C    string
}

type L [20]int

type T struct{ n int }

func one() int {
	defer func() { recover() }()
	defer func() { panic(1) }()
	return 7
}

func many() (int, string, error) {
	defer func() { recover() }()
	defer func() { panic("x") }()
	return 3, "three", fmt.Errorf("e%d", 3)
}

func aggregate() (S, L) {
	defer func() { recover() }()
	defer func() { panic(2) }()
	var l L
	l[19] = 19
	return S{1, 2, "s"}, l
}

func early() (int, string) {
	defer func() { recover() }()
	panic("before return")
}

func (t *T) method() (int, string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	defer func() { t.n++; panic(t.n) }()
	return t.n * 10, "m"
}

func twoReturns(k int) float64 {
	defer func() { recover() }()
	defer func() {
		if k > 0 {
			panic(k)
		}
	}()
	if k > 1 {
		return 2.5
	}
	return 1.5
}

func main() {
	fmt.Println(one())
	fmt.Println(many())
	s, l := aggregate()
	fmt.Println(s, l[19])
	fmt.Println(early())
	t := &T{n: 4}
	fmt.Println(t.method())
	fmt.Println(twoReturns(0), twoReturns(1), twoReturns(2))
	f := func() (string, int) {
		defer func() { recover() }()
		defer func() { panic(0) }()
		return "closure", 5
	}
	fmt.Println(f())
}
