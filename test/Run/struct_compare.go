// Struct equality compares field by field (including nested arrays and
// strings); structs as map keys; zero values; anonymous struct types.
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Tagged struct {
	Vals [3]int8
	On   bool
	F    float64
}

func main() {
	p1, p2, p3 := Point{1, 2}, Point{1, 2}, Point{2, 1}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	l1 := Line{p1, p3, "l"}
	l2 := Line{Point{1, 2}, Point{2, 1}, "l"}
	fmt.Println(l1 == l2)
	l2.Label += "x"
	fmt.Println(l1 == l2)
	var z Line
	fmt.Println(z == Line{}, z.A == Point{})
	t1 := Tagged{[3]int8{1, 2, 3}, true, 0.0}
	t2 := t1
	t2.F = -t2.F
	fmt.Println(t1 == t2)
	t2.Vals[2] = 4
	fmt.Println(t1 == t2)
	nan := 0.0
	nan = nan / nan
	t3 := Tagged{F: nan}
	fmt.Println(t3 == t3)
	a := struct {
		N int
		S string
	}{1, "a"}
	b := struct {
		N int
		S string
	}{1, "a"}
	fmt.Println(a == b)
	visits := map[Line]int{}
	visits[l1]++
	visits[Line{Point{1, 2}, Point{2, 1}, "l"}]++
	fmt.Println(len(visits), visits[l1])
	var i1, i2 interface{} = p1, Point{1, 2}
	fmt.Println(i1 == i2, i1 == interface{}(p3))
}
