// Composite literals: anonymous structs, elided types in nested slices and
// maps, &T elision, keyed array literals with gaps, [...] arrays, and
// struct values in maps that must be reassigned to change.
package main

import "fmt"

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Points []Point
	Meta   map[string]string
}

func main() {
	shapes := []Shape{
		{"tri", []Point{{0, 0}, {1, 0}, {0, 1}}, map[string]string{"color": "red"}},
		{Name: "dot", Points: []Point{{5, 5}}},
	}
	for _, s := range shapes {
		fmt.Printf("%s %v %d %v\n", s.Name, s.Points, len(s.Meta), s.Meta == nil)
	}
	ptrs := []*Point{{1, 2}, {3, 4}, nil}
	fmt.Println(*ptrs[0], *ptrs[1], ptrs[2] == nil)
	mp := map[string]*Point{"a": {7, 8}}
	mp["a"].X = 70
	fmt.Println(*mp["a"])
	mv := map[string]Point{"b": {1, 1}}
	p := mv["b"]
	p.Y = 100
	mv["b"] = p
	fmt.Println(mv)
	grid := [][]int{{1}, {2, 3}, {}, nil}
	fmt.Println(grid, len(grid[2]), grid[3] == nil)
	sparse := [...]string{2: "two", 5: "five", "six"}
	fmt.Printf("%q %d\n", sparse, len(sparse))
	idx := []int{5: 1, 2, 1: 9}
	fmt.Println(idx, len(idx))
	anon := struct {
		ID   int
		Tags []string
	}{42, []string{"x"}}
	fmt.Printf("%v %+v\n", anon, anon)
	people := []struct {
		Name string
		Age  int
	}{{"ann", 30}, {"bob", 25}}
	for _, pp := range people {
		fmt.Print(pp.Name, ":", pp.Age, " ")
	}
	fmt.Println()
	nested := map[string][]map[int]string{
		"x": {{1: "one"}, {2: "two", 3: "three"}},
	}
	fmt.Println(nested, len(nested["x"][1]))
	arr2 := [2][3]Point{{{1, 1}}, {2: {9, 9}}}
	fmt.Println(arr2)
	ap := &[3]int{1, 2, 3}
	for i := range ap {
		ap[i] *= 2
	}
	fmt.Println(*ap, len(ap))
	mk := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(mk)
	type Tree struct {
		V    int
		Kids []*Tree
	}
	t := &Tree{1, []*Tree{{2, nil}, {3, []*Tree{{4, nil}}}}}
	var walk func(*Tree) int
	walk = func(t *Tree) int {
		s := t.V
		for _, k := range t.Kids {
			s += walk(k)
		}
		return s
	}
	fmt.Println(walk(t))
}
