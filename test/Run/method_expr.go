// Method expressions and method values on value and pointer receivers,
// stored in maps and slices, and called through function-typed variables.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) String() string  { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Scale(k int)     { p.X *= k; p.Y *= k }

type Counter int

func (c *Counter) Inc() { *c++ }
func (c Counter) Get() int { return int(c) }

type Op func(Point, Point) Point

func apply(op Op, a, b Point) Point { return op(a, b) }

func main() {
	add := Point.Add
	fmt.Println(add(Point{1, 2}, Point{3, 4}))
	scale := (*Point).Scale
	p := Point{2, 3}
	scale(&p, 10)
	fmt.Println(p)
	str := Point.String
	fmt.Println(str(p))
	pstr := (*Point).String
	fmt.Println(pstr(&p))
	fmt.Println(apply(Point.Add, Point{1, 1}, Point{2, 2}))

	var c Counter
	inc := c.Inc
	for i := 0; i < 5; i++ {
		inc()
	}
	get := c.Get
	c.Inc()
	fmt.Println(c.Get(), get())

	ops := map[string]func(*Counter){"inc": (*Counter).Inc}
	ops["inc"](&c)
	fmt.Println(Counter.Get(c))

	pts := []Point{{1, 0}, {0, 1}, {2, 2}}
	var funcs []func() string
	for _, pt := range pts {
		funcs = append(funcs, pt.String)
	}
	pts[0].X = 99
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var pfuncs []func(int)
	for i := range pts {
		pfuncs = append(pfuncs, pts[i].Scale)
	}
	for i, f := range pfuncs {
		f(i + 2)
	}
	fmt.Println(pts)
	fmt.Printf("%T\n", Point.Add)
	fmt.Printf("%T\n", (*Point).Scale)
	fmt.Printf("%T\n", p.Add)
}
