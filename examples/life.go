// life runs Conway's Game of Life on a small toroidal grid: fixed-size 2-D
// arrays as values (a generation is copied by assignment), array equality to
// detect still lifes and cycles, a map from grid to generation number,
// methods on an array type, and strings.Builder for rendering.
package main

import (
	"fmt"
	"strings"
)

const (
	W = 10
	H = 8
)

type Grid [H][W]bool

func parse(rows ...string) Grid {
	var g Grid
	for y, row := range rows {
		for x, c := range row {
			g[y][x] = c == '#'
		}
	}
	return g
}

func (g *Grid) neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g[(y+dy+H)%H][(x+dx+W)%W] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			switch n := g.neighbours(x, y); {
			case n == 3, n == 2 && g[y][x]:
				next[y][x] = true
			}
		}
	}
	return next
}

func (g Grid) Alive() (n int) {
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func simulate(name string, g Grid, maxGen int) {
	seen := map[Grid]int{g: 0}
	start := g
	for gen := 1; gen <= maxGen; gen++ {
		g = g.Step()
		if first, ok := seen[g]; ok {
			fmt.Printf("%s: generation %d repeats generation %d (period %d), alive %d\n",
				name, gen, first, gen-first, g.Alive())
			fmt.Print(g)
			return
		}
		seen[g] = gen
	}
	fmt.Printf("%s: no repeat within %d generations, alive %d, changed=%t\n",
		name, maxGen, g.Alive(), g != start)
}

func main() {
	blinker := parse("", "", "...###")
	block := parse("", ".##", ".##")
	glider := parse(".#", "..#", "###")
	fmt.Print(glider, "\n")
	fmt.Print(glider.Step().Step(), "\n")
	simulate("blinker", blinker, 10)
	simulate("block", block, 10)
	simulate("glider", glider, 200)
	simulate("glider-short", glider, 5)

	copyOf := glider
	copyOf[0][0] = true
	fmt.Println(copyOf == glider, copyOf.Alive(), glider.Alive())
}
