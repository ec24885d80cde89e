// Multiple assignment: all right-hand sides and index operands are evaluated
// before any assignment; swaps through slices, maps, pointers and fields.
package main

import "fmt"

type pair struct{ a, b int }

func idx(name string, i int) int {
	fmt.Println("index", name, i)
	return i
}

func val(name string, v int) int {
	fmt.Println("value", name, v)
	return v
}

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	m := map[string]int{"x": 1, "y": 2}
	m["x"], m["y"] = m["y"], m["x"]
	fmt.Println(m)
	p := &pair{1, 2}
	p.a, p.b = p.b, p.a
	fmt.Println(*p)
	q := p
	p, p.a = &pair{7, 8}, 100
	fmt.Println(*p, *q)
	arr := [3]int{1, 2, 3}
	arr[idx("a", 0)], arr[idx("b", 2)] = val("x", arr[2]), val("y", arr[0])
	fmt.Println(arr)
	x, y := 1, 2
	x, y = y, x+y
	x, y = y, x+y
	fmt.Println(x, y)
	var xs []int
	xs, n := append(xs, 1, 2), len(xs)
	fmt.Println(xs, n)
	j := 1
	s2 := []int{0, 0, 0}
	j, s2[j] = 2, j
	fmt.Println(j, s2)
	k := 0
	k, k = 1, 2
	fmt.Println(k)
	_, t := val("ignored", 5), 6
	fmt.Println(t)
}
