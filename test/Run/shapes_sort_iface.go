package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
)

type Shape interface {
	Area() float64
	Perim() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Rect struct{ W, H float64 }
type Circ struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Perim() float64   { return 2 * (r.W + r.H) }
func (r Rect) String() string   { return "rect " + strconv.Itoa(int(r.W)) }
func (c *Circ) Area() float64   { return 3.14 * c.R * c.R }
func (c *Circ) Perim() float64  { return 6.28 * c.R }
func (c *Circ) String() string  { return fmt.Sprintf("circ %.1f", c.R) }

type byArea []Named

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

var errEmpty = errors.New("empty")

func largest(ss []Named) (Named, error) {
	if len(ss) == 0 {
		return nil, errEmpty
	}
	sort.Sort(byArea(ss))
	return ss[len(ss)-1], nil
}

func describe(s Shape) string {
	switch v := s.(type) {
	case fmt.Stringer:
		return v.String()
	case nil:
		return "nil"
	}
	return "?"
}

func perims(ss ...Shape) (out []float64) {
	for _, s := range ss {
		out = append(out, s.Perim())
	}
	return
}

type Grid struct {
	cells [4][4]byte
	ptrs  [2]*Grid
}

func (g *Grid) Fill(b byte) *Grid {
	for i := range g.cells {
		for j := range g.cells[i] {
			g.cells[i][j] = b
		}
	}
	return g
}

func newGrids() [2]*Grid {
	var gs [2]*Grid
	for i := range gs {
		gs[i] = new(Grid).Fill(byte('a' + i))
	}
	gs[0].ptrs[1] = gs[1]
	return gs
}

func main() {
	shapes := []Named{Rect{3, 4}, &Circ{1}, Rect{1, 1}, &Circ{2}}
	l, err := largest(shapes)
	fmt.Println(l, err)
	_, err = largest(nil)
	fmt.Println(err, err == errEmpty)
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	var sh Shape
	fmt.Println(describe(sh))
	fmt.Println(perims(Rect{1, 2}, &Circ{3}))
	gs := newGrids()
	fmt.Println(string(gs[0].cells[3][:]), string(gs[0].ptrs[1].cells[0][:2]))
	m := map[Shape]int{Rect{1, 1}: 1}
	m[Rect{1, 1}]++
	fmt.Println(m[Rect{1, 1}])
	var x interface{} = shapes[0]
	if n, ok := x.(Named); ok {
		fmt.Println("named", n)
	}
	if _, ok := x.(*Circ); !ok {
		fmt.Println("not circ")
	}
}
