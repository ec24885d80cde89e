package main

import (
	"fmt"
	"strings"
)

type Cmd struct {
	Name string
	Run  func(args []string) string
	Subs []*Cmd
	Meta map[string]string
}

var root = &Cmd{
	Name: "root",
	Run:  func(args []string) string { return strings.Join(args, "+") },
	Subs: []*Cmd{
		{Name: "a", Run: upper},
		{Name: "b", Run: (&counter{}).run},
		{Name: "c", Meta: map[string]string{"k": "v"}},
	},
}

var table = map[string]func(int) int{
	"sq":  func(x int) int { return x * x },
	"neg": neg,
}

var names = []string{"x", "y", strings.Repeat("z", 2)}
var lookup = map[string]*Cmd{}
var defaultCounter counter
var bump = defaultCounter.inc
var grid = [2][2]*int{{new(int), nil}, {nil, &seed}}
var seed = 42
var pair = struct {
	a *int
	b []string
}{&seed, names}

type counter struct{ n int }

func (c *counter) run(args []string) string { c.n += len(args); return fmt.Sprint(c.n) }
func (c *counter) inc() int                 { c.n++; return c.n }

func upper(args []string) string { return strings.ToUpper(strings.Join(args, "")) }
func neg(x int) int              { return -x }

func init() {
	var visit func(c *Cmd)
	visit = func(c *Cmd) {
		lookup[c.Name] = c
		for _, s := range c.Subs {
			visit(s)
		}
	}
	visit(root)
}

func main() {
	for _, n := range []string{"root", "a", "b", "c", "d"} {
		c, ok := lookup[n]
		if !ok || c.Run == nil {
			fmt.Println(n, "no runner", ok)
			continue
		}
		fmt.Println(n, c.Run([]string{"p", "q"}), c.Run(names))
	}
	fmt.Println(table["sq"](5), table["neg"](5), len(table))
	fmt.Println(bump(), bump(), defaultCounter.n)
	fmt.Println(*grid[1][1], *grid[0][0], *pair.a, pair.b)
	fmt.Println(root.Subs[2].Meta)
}
