// Comparing an interface with a value of a concrete type converts the
// concrete operand to the interface type, on either side, whether the
// concrete operand is a variable, a conversion or a typed nil.
package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

func first(args ...interface{}) interface{} { return args[0] }

func main() {
	var p *E
	var err error
	fmt.Println(p == err, err == p, p != err, err != p)
	fmt.Println((*E)(nil) == error(nil), error(nil) == (*E)(nil))
	err = p
	fmt.Println(p == err, err == p)
	b := true
	v := first(1 == 1)
	fmt.Println(b == v, v == b, b != v)
	n := 3
	fmt.Println(n == first(3), first(int64(3)) == n, first("x") == n)
	type K struct{ a, b int }
	k := K{1, 2}
	fmt.Println(first(K{1, 2}) == k, k == first(K{2, 1}))
}
