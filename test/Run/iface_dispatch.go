// Dynamic dispatch through interfaces: a slice of shapes with value and
// pointer receivers, interface values reassigned, sums over dispatch.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (r Rect) Name() string          { return "rect" }
func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) Name() string       { return "circle" }
func (s Square) Name() string        { return "square" }

func total(shapes []Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

type Animal interface{ Sound() string }
type Dog struct{ name string }
type Cat struct{ lives int }

func (d Dog) Sound() string  { return d.name + " says woof" }
func (c *Cat) Sound() string { c.lives--; return fmt.Sprint("meow (", c.lives, " lives left)") }

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square{Rect{2, 2}}, &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%-6s area=%5.1f perim=%5.1f\n", s.Name(), s.Area(), s.Perimeter())
	}
	a, p := total(shapes)
	fmt.Println(a, p)
	var an Animal = Dog{"rex"}
	fmt.Println(an.Sound())
	cat := &Cat{9}
	an = cat
	an.Sound()
	fmt.Println(an.Sound(), cat.lives)
	sounders := map[string]Animal{"d": Dog{"fido"}, "c": cat}
	fmt.Println(sounders["d"].Sound(), sounders["c"].Sound())
	f := Shape.Area
	fmt.Println(f(Rect{5, 5}))
}
