// Method values bound from interface values, method expressions on interface
// types, multi-type type switch cases, and struct copies holding arrays.
package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Big struct {
	A [10]int
	S string
	M map[string]int
}

func mk(n int) Big {
	var b Big
	for i := range b.A {
		b.A[i] = i * n
	}
	b.S = strings.Repeat("x", n)
	return b
}

func classify(vs ...interface{}) string {
	var out []string
	for _, v := range vs {
		switch x := v.(type) {
		case int, int64:
			out = append(out, fmt.Sprintf("int-ish %v", x))
		case string, []byte:
			out = append(out, fmt.Sprintf("text %T", x))
		case nil:
			out = append(out, "nil")
		case Shape:
			out = append(out, "shape "+x.Name())
		case error:
			out = append(out, "err "+x.Error())
		default:
			out = append(out, fmt.Sprintf("other %T", x))
		}
	}
	return strings.Join(out, "; ")
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	var areas []func() float64
	for _, s := range shapes {
		areas = append(areas, s.Area)
	}
	for _, f := range areas {
		fmt.Println(f())
	}
	nameOf := Shape.Name
	fmt.Println(nameOf(Rect{}), nameOf(&Circle{}))
	areaOf := (*Circle).Area
	fmt.Println(areaOf(&Circle{2}))
	b := mk(3)
	c := b
	c.A[0] = 99
	fmt.Println(b.A, c.A[0], len(b.S), b.M == nil)
	fmt.Println(classify(1, int64(2), int8(3), "s", []byte("b"), nil, Rect{}, &Circle{}, fmt.Errorf("e"), 2.5, Circle{}))
	var sh Shape = Rect{1, 1}
	r, ok := sh.(Rect)
	fmt.Println(r, ok)
	cp, ok := sh.(*Circle)
	fmt.Println(cp, ok)
	type Named interface{ Name() string }
	var n Named = sh
	fmt.Println(n.Name())
	if s2, ok := n.(Shape); ok {
		fmt.Println(s2.Area())
	}
	fmt.Println(sh == Rect{1, 1}, sh != Shape(Rect{2, 1}))
	x := []interface{}{1, "a", nil, 2.5, Rect{}, []int(nil)}
	for i, v := range x {
		fmt.Print(i, ":", v == nil, " ")
	}
	fmt.Println()
	fn := func(f func(float64) float64, v float64) float64 { return f(v) }
	sq := func(x float64) float64 { return x * x }
	fmt.Println(fn(sq, 3), fn(func(x float64) float64 { return -x }, 3))
}
