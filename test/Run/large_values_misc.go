// Large values in globals, type switches, variadic calls, by-value
// captures, conversions between named types, nested literals, recursion,
// and named results across a recovered panic.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Board [9][9]int8

type Mat [6][6]float64

type Named Mat

type Rec struct {
	ID    int
	Name  string
	Score [5]int
}

var global = Rec{ID: 1, Name: "g", Score: [5]int{1, 2, 3, 4, 5}}

var boards [3]Board

func total(rs ...Rec) int {
	n := 0
	for _, r := range rs {
		for _, s := range r.Score {
			n += s
		}
	}
	return n
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case Rec:
		return "Rec " + x.Name
	case Board:
		return fmt.Sprint("Board ", x[4][4])
	case Mat:
		return fmt.Sprint("Mat ", x[5][5])
	case *Rec:
		return "*Rec " + x.Name
	default:
		return "other"
	}
}

func depth(b Board, n int) int {
	if n == 0 {
		return int(b[0][0])
	}
	b[0][0]++
	return depth(b, n-1) + int(b[0][0])
}

func identity(m Mat) (r Mat) {
	for i := range m {
		r[i][i] = 1
	}
	return
}

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 6; i++ {
		for j := 0; j < 6; j++ {
			for k := 0; k < 6; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func named() (r Rec, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("recovered: %v", x)
		}
	}()
	r = global
	r.Name = "named"
	panic("boom")
}

func main() {
	local := global
	global.Score[0] = 100
	fmt.Println(local.Score[0], global.Score[0], total(local, global), total())
	boards[1][4][4] = 7
	b := boards[1]
	boards[1][4][4] = 8
	fmt.Println(b[4][4], boards[1][4][4])

	var m Mat
	m[5][5] = 2.5
	for _, v := range []interface{}{global, b, m, &local, 3} {
		fmt.Println(describe(v))
	}

	fmt.Println(depth(b, 50), b[0][0])

	id := identity(m)
	var x Mat
	for i := range x {
		for j := range x[i] {
			x[i][j] = float64(i*6 + j)
		}
	}
	p := mul(x, id)
	fmt.Println(p == x, mul(x, x)[2][3])
	n := Named(p)
	back := Mat(n)
	fmt.Println(back == p, n[1][2])

	// A by-value capture of a large variable that is not changed later.
	snapshot := x
	get := func(i, j int) float64 { return snapshot[i][j] }
	fmt.Println(get(3, 4))

	recs := []Rec{{3, "c", [5]int{9}}, {1, "a", [5]int{1}}, {2, "b", [5]int{4}}}
	sort.Slice(recs, func(i, j int) bool { return recs[i].Score[0] < recs[j].Score[0] })
	var names []string
	for _, r := range recs {
		names = append(names, r.Name)
	}
	fmt.Println(strings.Join(names, ","))
	cp := make([]Rec, 2)
	copy(cp, recs[1:])
	recs[2].Name = "changed"
	fmt.Println(cp[1].Name, recs[2].Name)

	nested := map[string][2]Rec{"k": {{ID: 5}, {Name: "second"}}}
	fmt.Println(nested["k"][0].ID, nested["k"][1].Name, len(nested["missing"][1].Name))

	r, err := named()
	fmt.Println(r.Name, r.Score[4], err)
	fmt.Printf("%v %+v\n", b[4], global)
}
