// %v and %+v of structs, nested structs, pointers to structs (&{...}),
// slices of structs, maps with struct values, embedded fields, and %v
// of nested slices and maps.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Inner
	P    *Inner
	L    []Inner
	M    map[string]int
	F    float64
	ok   bool
	Anon struct{ X, Y int }
}

func main() {
	in := Inner{1, "x"}
	fmt.Printf("%v\n%+v\n", in, in)
	fmt.Printf("%v %+v\n", &in, &in)
	o := Outer{Inner: in, L: []Inner{{2, "y"}, {3, ""}}, M: map[string]int{"b": 2, "a": 1}, F: 2.5, ok: true}
	o.Anon.X = 9
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Println([]*Inner{} == nil, []Inner{in, in})
	fmt.Println(map[string]Inner{"k": in})
	fmt.Println(map[Inner]bool{{2, "b"}: true, {1, "a"}: false})
	fmt.Println([][]int{{1}, {2, 3}, nil}, [2][2]bool{{true, false}, {false, true}})
	fmt.Println(map[string][]string{"x": {"1", "2"}, "a": nil})
	fmt.Printf("%d\n", Inner{5, "s"})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", Inner{5, "s"})
	fmt.Printf("%x\n", Inner{255, "hi"})
	var np *Inner
	fmt.Printf("%v %+v\n", np, np)
	fmt.Println(struct{}{}, [0]int{}, []struct{}{{}, {}})
	type pair struct {
		K string
		V interface{}
	}
	fmt.Printf("%v %+v\n", pair{"k", nil}, []pair{{"a", 1}, {"b", []int{2}}})
}
