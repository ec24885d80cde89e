// Named types and aliases: conversions between named types with the same
// underlying type, methods not carried over by conversion, aliases
// sharing methods, untyped constants assigned to named types.
package main

import "fmt"

type Meters float64
type Feet float64

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }
func (f Feet) String() string { return fmt.Sprintf("%.2fft", float64(f)) }

type IDs []int
type Names map[int]string

func (ids IDs) Max() int {
	m := ids[0]
	for _, v := range ids {
		if v > m {
			m = v
		}
	}
	return m
}

type Alias = IDs
type Byte = uint8

type Point struct{ X, Y int }
type Vec Point

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func main() {
	d := Meters(100)
	fmt.Println(d, d.ToFeet(), float64(d.ToFeet()))
	raw := []int{3, 9, 2}
	ids := IDs(raw)
	ids[0] = 10
	fmt.Println(raw, ids.Max())
	var al Alias = ids
	fmt.Println(al.Max(), len(al))
	fmt.Printf("%T %T\n", al, Byte(1))
	var b Byte = 255
	var u uint8 = b
	fmt.Println(u+1, b == u)
	n := Names{1: "one"}
	var plain map[int]string = n
	plain[2] = "two"
	fmt.Println(n, len(n))
	v := Vec{1, 2}
	p := Point(v).Add(Point{10, 20})
	fmt.Println(v, p, Vec(p))
	type Local int
	var l Local = 7
	fmt.Printf("%v %T\n", l*2, l)
	const c = 2.5
	var f Feet = c
	fmt.Println(f, Meters(c)*2)
}
