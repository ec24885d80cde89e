package main

import (
	"fmt"
	"sort"
	"strings"
)

type Matrix [3][3]int

type Cell struct {
	r, c int
	val  *int
}

type Board struct {
	m      Matrix
	cells  []*Cell
	groups map[string][]*Cell
	undo   []func()
}

func (b *Board) At(r, c int) *int { return &b.m[r][c] }

func (b *Board) Set(r, c, v int) {
	p := b.At(r, c)
	old := *p
	*p = v
	b.undo = append(b.undo, func() { *p = old })
	cell := &Cell{r, c, p}
	b.cells = append(b.cells, cell)
	key := fmt.Sprintf("row%d", r)
	b.groups[key] = append(b.groups[key], cell)
}

func (b *Board) Undo(n int) {
	for ; n > 0 && len(b.undo) > 0; n-- {
		last := b.undo[len(b.undo)-1]
		b.undo = b.undo[:len(b.undo)-1]
		last()
	}
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func forward(prefix int, xs ...int) int { return prefix + sum(xs...) }

func counterPair(start int) (inc func() int, get func() int) {
	n := start
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func runes(s string) []rune {
	var out []rune
	for _, r := range s {
		if r != ' ' {
			out = append(out, r)
		}
	}
	return out
}

type Any = interface{}

func describe(vals ...Any) string {
	var parts []string
	for _, v := range vals {
		switch x := v.(type) {
		case *Cell:
			parts = append(parts, fmt.Sprintf("cell(%d,%d)=%d", x.r, x.c, *x.val))
		case []int:
			parts = append(parts, fmt.Sprint("ints", len(x)))
		case map[string]int:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			parts = append(parts, "map"+strings.Join(keys, ""))
		case fmt.Stringer:
			parts = append(parts, "str:"+x.String())
		case nil:
			parts = append(parts, "nil")
		default:
			parts = append(parts, fmt.Sprintf("%T", x))
		}
	}
	return strings.Join(parts, " ")
}

type name string

func (n name) String() string { return strings.ToUpper(string(n)) }

func main() {
	b := &Board{groups: map[string][]*Cell{}}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if (i+j)%2 == 0 {
				b.Set(i, j, i*3+j+1)
			}
		}
	}
	fmt.Println(b.m, len(b.cells), len(b.groups["row1"]))
	b.Undo(2)
	fmt.Println(b.m, *b.cells[4].val)
	fmt.Println(forward(10, 1, 2, 3), forward(1), sum([]int{4, 5}...))
	inc, get := counterPair(5)
	inc()
	inc()
	fmt.Println(get())
	fmt.Println(string(runes("a b  c d")), len(runes("héllo wörld")))
	fmt.Println(describe(b.cells[0], []int{1}, map[string]int{"b": 1, "a": 2}, name("go"), nil, 3.5, b))
	rows := make([]map[string]int, 2)
	for i := range rows {
		rows[i] = map[string]int{"i": i}
	}
	rows[1]["x"]++
	fmt.Println(rows)
	grid := [][]*int{}
	for i := 0; i < 2; i++ {
		row := []*int{}
		for j := 0; j < 2; j++ {
			v := i*10 + j
			row = append(row, &v)
		}
		grid = append(grid, row)
	}
	fmt.Println(*grid[1][1], *grid[0][1])
}
