package main

import (
	"fmt"
	"sort"
	"strings"
)

const (
	W = 7
	H = 5
)

type Cell uint8

const (
	Empty Cell = iota
	Wall
	Start
	Goal
	Visited = 1 << (iota + 3)
)

type Pos struct{ X, Y int }

type Grid [H][W]Cell

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, c := range row {
			switch {
			case c&Visited != 0:
				b.WriteByte('.')
			case c == Wall:
				b.WriteByte('#')
			case c == Start:
				b.WriteByte('S')
			case c == Goal:
				b.WriteByte('G')
			default:
				b.WriteByte(' ')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// mark has a pointer receiver on an array type: it changes the grid.
func (g *Grid) mark(p Pos) { g[p.Y][p.X] |= Visited }

func (g Grid) find(c Cell) (Pos, bool) {
	for y := range g {
		for x := range g[y] {
			if g[y][x] == c {
				return Pos{x, y}, true
			}
		}
	}
	return Pos{}, false
}

var dirs = [4]Pos{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}

func parse(rows ...string) (g Grid) {
	for y, r := range rows {
		for x, ch := range r {
			switch ch {
			case '#':
				g[y][x] = Wall
			case 'S':
				g[y][x] = Start
			case 'G':
				g[y][x] = Goal
			}
		}
	}
	return
}

func bfs(g *Grid) (path []Pos, ok bool) {
	start, _ := g.find(Start)
	goal, found := g.find(Goal)
	if !found {
		return nil, false
	}
	prev := map[Pos]Pos{}
	queue := []Pos{start}
	seen := map[Pos]bool{start: true}
search:
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, d := range dirs {
			n := Pos{cur.X + d.X, cur.Y + d.Y}
			switch {
			case n.X < 0 || n.Y < 0 || n.X >= W || n.Y >= H:
				continue
			case g[n.Y][n.X] == Wall, seen[n]:
				continue
			}
			seen[n] = true
			prev[n] = cur
			if n == goal {
				break search
			}
			queue = append(queue, n)
		}
	}
	if !seen[goal] {
		return nil, false
	}
	for p := goal; p != start; p = prev[p] {
		path = append(path, p)
	}
	path = append(path, start)
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	for _, p := range path[1 : len(path)-1] {
		g.mark(p)
	}
	return path, true
}

type Segment [2]Pos

func segments(path []Pos) map[Segment]int {
	out := map[Segment]int{}
	for i := 1; i < len(path); i++ {
		s := Segment{path[i-1], path[i]}
		if s[0].X > s[1].X || (s[0].X == s[1].X && s[0].Y > s[1].Y) {
			s[0], s[1] = s[1], s[0]
		}
		out[s]++
	}
	return out
}

func walk(n int) (trace []string) {
	i := 0
	var fs [3]func() string
top:
	if i < n {
		k := i
		fs[i%3] = func() string { return fmt.Sprint("f", k, "/", i) }
		i++
		goto top
	}
	for _, f := range fs {
		if f != nil {
			trace = append(trace, f())
		}
	}
	return
}

func main() {
	g := parse(
		"S  #   ",
		" # # # ",
		" #   # ",
		" ### #G",
		"     # ",
	)
	orig := g
	path, ok := bfs(&g)
	fmt.Println(ok, len(path), path)
	fmt.Print(g)
	fmt.Println(orig == g, orig[0] == g[0], orig[4] == g[4])
	segs := segments(path)
	fmt.Println(len(segs), segs[Segment{{0, 0}, {0, 1}}])
	keys := make([]string, 0, len(segs))
	for s := range segs {
		keys = append(keys, fmt.Sprint(s))
	}
	sort.Strings(keys)
	fmt.Println(keys[:3])
	blocked := g
	blocked[3][5] = Empty
	blocked[2][5] = Wall
	blocked[4][5] = Wall
	blocked[0][3], blocked[1][3] = Wall, Wall
	_, ok = bfs(&blocked)
	fmt.Println("blocked:", ok)
	fmt.Println(Visited, Cell(Visited|Goal)&^Visited == Goal)
	fmt.Println(walk(5), walk(0) == nil)

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	m := map[[2]Pos]string{{{1, 2}, {3, 4}}: "a", {{0, 0}, {0, 0}}: "z"}
	fmt.Println(m)
	var b [3]byte
	copy(b[:], "xyz!")
	fmt.Println(string(b[:]), b, [2]bool{true} == [2]bool{true, false})
	bb := []byte("héllo")
	r := []rune(string(bb))
	fmt.Println(len(bb), len(r), string(r[1]), string(bb[1:3]), byte(300%256))
}
