// shapes demonstrates methods with value and pointer receivers, interfaces
// with dynamic dispatch, interface embedding, the Stringer convention used by
// fmt, type assertions (comma-ok) and type switches over an []interface{}.
package main

import (
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }
func (r *Rect) Scale(k float64)   { r.W *= k; r.H *= k }

func (c Circle) Area() float64      { return 3.14159 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (c Circle) Name() string       { return "circle" }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func NewSquare(s float64) *Square { return &Square{Rect{s, s}} }
func (s *Square) Name() string    { return "square" }

// Triangle only implements Shape, not Named.
type Triangle struct{ A, B, C float64 }

func (t *Triangle) Area() float64      { return 0.5 * t.A * t.B }
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func describe(s Shape) string {
	name := "anonymous"
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	return fmt.Sprintf("%-9s area=%7.2f perim=%6.2f", name, s.Area(), s.Perimeter())
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return fmt.Sprintf("string %q of length %d", x, len(x))
	case bool, float64:
		return fmt.Sprintf("bool-or-float %v", x)
	case *Square:
		return fmt.Sprintf("square pointer with side %g", x.W)
	case NamedShape:
		return "named shape " + x.Name()
	case Shape:
		return fmt.Sprintf("plain shape %T", x)
	case error:
		return "error " + x.Error()
	case []int:
		return fmt.Sprintf("slice of %d ints", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{1.5},
		NewSquare(2),
		&Triangle{3, 4, 5},
		&Rect{1, 10},
	}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}

	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%.3f ", s.Area())
	}
	fmt.Printf("\ntotal %.3f\n", total)

	// Pointer receivers mutate; value receivers see copies.
	r := Rect{2, 3}
	r.Scale(2)
	rp := &r
	rp.Scale(0.5)
	fmt.Println(r, rp.Area(), r.Area())
	sq := NewSquare(3)
	sq.Scale(2)
	fmt.Println(sq.Name(), sq.Rect.Name(), sq.Area())

	// fmt uses the String method when present.
	c := Circle{2}
	fmt.Println(c, &c)
	fmt.Printf("%v|%s|%+v|%T\n", c, c, Rect{1, 2}, r)

	var ns NamedShape = Circle{0.5}
	var sh Shape = ns
	if cc, ok := sh.(Circle); ok {
		fmt.Println("it is a circle of radius", cc.R)
	}
	_, isRect := sh.(Rect)
	fmt.Println("is rect:", isRect)

	things := []interface{}{nil, 42, "héllo", true, 2.5, sq, Rect{1, 1},
		&Triangle{1, 1, 1}, fmt.Errorf("boom %d", 7), []int{1, 2}, 'x', c}
	for i, t := range things {
		fmt.Printf("%2d: %s\n", i, classify(t))
	}
}
