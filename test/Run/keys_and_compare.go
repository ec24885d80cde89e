package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Seg struct {
	A, B Point
	Tag  string
}

type Grid [2][3]int8

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Sq float64

func (r Rect) Area() float64   { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (s Sq) Area() float64      { return float64(s * s) }

type Key struct {
	Name string
	Pt   Point
	Arr  [2]bool
	I    interface{}
}

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	// struct and array comparison
	p1, p2 := Point{1, 2}, Point{1, 2}
	s1 := Seg{p1, Point{3, 4}, "a"}
	s2 := Seg{p2, Point{3, 4}, "a"}
	fmt.Println(p1 == p2, s1 == s2, s1 != Seg{}, Seg{} == Seg{})
	g1 := Grid{{1, 2, 3}, {4, 5, 6}}
	g2 := g1
	g2[1][2] = -6
	fmt.Println(g1 == g2, g1[0] == g2[0], g1, g2)

	// map with struct/array keys
	visits := map[Point]int{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 1}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(len(visits), visits[Point{0, 1}], visits[Point{9, 9}], visits)
	gm := map[Grid]string{g1: "one", g2: "two"}
	g3 := Grid{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(gm[g3], len(gm))
	am := map[[3]string]int{{"a", "b", "c"}: 1}
	am[[3]string{"a", "b"}] = 2
	fmt.Println(am[[3]string{"a", "b", ""}], am)

	// float keys: NaN, +0/-0
	fm := map[float64]int{}
	zf := 0.0
	nan := zf / zf
	inf := 1 / zf
	fm[nan] = 1
	fm[nan] = 2
	fm[0.0] = 3
	negz := -zf
	fm[negz] = 4
	fm[inf] = 5
	_, found := fm[nan]
	fmt.Println(len(fm), fm[0], found, fm[inf])
	cnt := 0
	sum := 0
	for k, v := range fm {
		if k != k {
			cnt++
		}
		sum += v
	}
	fmt.Println("nan keys:", cnt, "sum:", sum)
	delete(fm, nan)
	fmt.Println("after delete nan:", len(fm))
	fmt.Println(nan == nan, nan != nan, nan < 1, negz == 0, 1/negz, 1/negz < 0)
	f32m := map[float32]bool{float32(nan): true, 1.5: false}
	fmt.Println(len(f32m), f32m[1.5])

	// interface keys of mixed dynamic types
	im := map[interface{}]string{}
	im[1] = "int"
	im[int8(1)] = "int8"
	im[1.0] = "float"
	im["1"] = "string"
	im[p1] = "point"
	im[[2]int{1, 2}] = "array"
	im[true] = "bool"
	im[nil] = "nil"
	var sp Shape = Rect{1, 2}
	im[sp] = "rect"
	im[Sq(2)] = "sq"
	c := &Circle{1}
	im[c] = "circle ptr"
	fmt.Println(len(im), im[1], im[int8(1)], im[Point{1, 2}], im[nil], im[Rect{1, 2}], im[c], im[&Circle{1}] == "")
	var ki interface{} = Key{"k", p1, [2]bool{true, false}, 3}
	km := map[Key]int{ki.(Key): 7}
	fmt.Println(km[Key{"k", Point{1, 2}, [2]bool{true}, 3}], km[Key{"k", Point{1, 2}, [2]bool{true}, int64(3)}])

	// interface comparisons
	var a, b Shape = Rect{2, 3}, Rect{2, 3}
	fmt.Println(a == b, a != Shape(Sq(2)), Shape(c) == Shape(c), Shape(&Circle{1}) == Shape(c))
	var e1, e2 interface{} = 3, 3.0
	fmt.Println(e1 == e2, e1 == 3, e2 == 3.0, e1 != nil)
	var shapes []Shape = []Shape{Rect{1, 1}, Sq(3), c, Rect{2, 2}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for i, s := range shapes {
		switch v := s.(type) {
		case Rect, Sq:
			fmt.Printf("%d %T %v %.1f\n", i, v, v, s.Area())
		case *Circle:
			fmt.Printf("%d circle r=%v %.1f\n", i, v.R, v.Area())
		}
	}

	// arrays as values
	arr := [5]int{1, 2, 3, 4, 5}
	cp := arr
	for i, v := range arr {
		arr[len(arr)-1-i] = v * 10
	}
	fmt.Println(arr, cp)
	for i, v := range &cp {
		if i < 4 {
			cp[i+1] = v
		}
	}
	fmt.Println(cp)
	words := map[string]int{"pear": 3, "apple": 1, "fig": 2}
	for _, k := range sortedKeys(words) {
		fmt.Print(k, "=", words[k], " ")
	}
	fmt.Println()
	type pairKey struct {
		a, b interface{}
	}
	pk := map[pairKey]int{{1, "x"}: 1, {"x", 1}: 2, {nil, nil}: 3}
	fmt.Println(pk[pairKey{1, "x"}], pk[pairKey{"x", 1}], pk[pairKey{}], len(pk))
	defer func() { fmt.Println("recovered:", recover()) }()
	pk[pairKey{[]int{}, 1}] = 4
}
