// Interface equality: same dynamic type and equal values; different
// dynamic types are unequal; comparison with concrete values.
package main

import "fmt"

type P struct{ a, b int }
type Q P

type E interface{}

func main() {
	var a, b E = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b, a == "x", a != "y")
	a, b = P{1, 2}, P{1, 2}
	fmt.Println(a == b)
	b = Q{1, 2}
	fmt.Println(a == b)
	x, y := 5, 5
	a, b = &x, &y
	fmt.Println(a == b, a == E(&x))
	a, b = nil, nil
	fmt.Println(a == b)
	a = [2]string{"p", "q"}
	b = [2]string{"p", "q"}
	fmt.Println(a == b)
	var err1, err2 error
	fmt.Println(err1 == err2)
	vals := []E{0, 0.0, "", false, P{}, nil, int8(0), uint(0)}
	for i := range vals {
		for j := range vals {
			if vals[i] == vals[j] {
				fmt.Print("1")
			} else {
				fmt.Print("0")
			}
		}
		fmt.Println()
	}
	z := 0.0
	var n1, n2 E = z / z, z / z
	fmt.Println(n1 == n2, n1 == n1)
}
