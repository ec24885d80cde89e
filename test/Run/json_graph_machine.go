// A JSON-ish value printer, a graph search over a map-based graph, an
// event queue driving a state machine, and small matrix code.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

type Obj struct {
	keys []string
	vals map[string]Value
}

func NewObj() *Obj { return &Obj{vals: map[string]Value{}} }

func (o *Obj) Set(k string, v Value) *Obj {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
	return o
}

type printer struct {
	sb     strings.Builder
	indent int
	sorted bool
}

func (p *printer) nl() {
	p.sb.WriteByte('\n')
	p.sb.WriteString(strings.Repeat("  ", p.indent))
}

func (p *printer) print(v Value) {
	switch x := v.(type) {
	case nil:
		p.sb.WriteString("null")
	case bool:
		p.sb.WriteString(fmt.Sprint(x))
	case int:
		p.sb.WriteString(strconv.Itoa(x))
	case string:
		p.sb.WriteString(fmt.Sprintf("%q", x))
	case []Value:
		p.sb.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				p.sb.WriteString(", ")
			}
			p.print(e)
		}
		p.sb.WriteByte(']')
	case *Obj:
		keys := x.keys
		if p.sorted {
			keys = append([]string(nil), x.keys...)
			sort.Strings(keys)
		}
		p.sb.WriteByte('{')
		p.indent++
		for i, k := range keys {
			if i > 0 {
				p.sb.WriteByte(',')
			}
			p.nl()
			p.sb.WriteString(fmt.Sprintf("%q: ", k))
			p.print(x.vals[k])
		}
		p.indent--
		p.nl()
		p.sb.WriteByte('}')
	default:
		p.sb.WriteString(fmt.Sprintf("%v", x))
	}
}

func render(v Value, sorted bool) string {
	p := &printer{sorted: sorted}
	p.print(v)
	return p.sb.String()
}

type Graph struct {
	adj map[string][]string
}

func (g *Graph) AddEdge(a, b string) {
	if g.adj == nil {
		g.adj = make(map[string][]string)
	}
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) BFS(start, goal string) []string {
	prev := map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []string
			for n := goal; n != ""; n = prev[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		nbrs := g.adj[cur]
		sort.Strings(nbrs)
		for _, n := range nbrs {
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil
}

type State int

const (
	Idle State = iota
	Running
	Paused
	Done
)

var stateNames = [...]string{"idle", "running", "paused", "done"}

func (s State) String() string { return stateNames[s] }

type Event struct {
	At   int
	Name string
}

type Machine struct {
	state   State
	log     []string
	handler map[string]func(*Machine) error
}

func (m *Machine) to(s State) {
	m.log = append(m.log, fmt.Sprintf("%v->%v", m.state, s))
	m.state = s
}

func (m *Machine) start() error {
	if m.state != Idle && m.state != Paused {
		return fmt.Errorf("cannot start from %v", m.state)
	}
	m.to(Running)
	return nil
}

func (m *Machine) pause() error {
	if m.state != Running {
		return fmt.Errorf("cannot pause from %v", m.state)
	}
	m.to(Paused)
	return nil
}

func (m *Machine) stop() error {
	m.to(Done)
	return nil
}

func NewMachine() *Machine {
	m := &Machine{handler: map[string]func(*Machine) error{}}
	m.handler["start"] = (*Machine).start
	m.handler["pause"] = (*Machine).pause
	m.handler["stop"] = (*Machine).stop
	return m
}

func (m *Machine) Run(events []Event) (errs []error) {
	sort.Slice(events, func(i, j int) bool { return events[i].At < events[j].At })
	for _, ev := range events {
		h, ok := m.handler[ev.Name]
		if !ok {
			errs = append(errs, fmt.Errorf("t=%d: unknown event %q", ev.At, ev.Name))
			continue
		}
		if err := h(m); err != nil {
			errs = append(errs, err)
		}
		if m.state == Done {
			break
		}
	}
	return errs
}

type Matrix [][]float64

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (a Matrix) String() string {
	rows := make([]string, 0, len(a))
	for _, r := range a {
		cells := make([]string, len(r))
		for j, v := range r {
			cells[j] = fmt.Sprintf("%5.1f", v)
		}
		rows = append(rows, strings.Join(cells, " "))
	}
	return strings.Join(rows, "\n")
}

func main() {
	doc := NewObj().
		Set("name", "goscape").
		Set("version", 3).
		Set("tags", []Value{"go", "escape", true, nil}).
		Set("nested", NewObj().Set("b", 2).Set("a", 1))
	fmt.Println(render(doc, false))
	fmt.Println(render(doc, true))

	var g Graph
	for _, e := range [][2]string{{"a", "b"}, {"b", "c"}, {"a", "d"}, {"d", "e"}, {"e", "c"}, {"c", "f"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(strings.Join(g.BFS("a", "f"), " -> "), g.BFS("a", "zz") == nil)

	m := NewMachine()
	errs := m.Run([]Event{{5, "pause"}, {1, "start"}, {3, "bogus"}, {7, "pause"}, {9, "start"}, {12, "stop"}, {15, "start"}})
	fmt.Println(strings.Join(m.log, ", "), m.state)
	for _, err := range errs {
		fmt.Println("error:", err)
	}

	a := Matrix{{1, 2}, {3, 4}}
	b := a.Mul(Identity(2)).Mul(a)
	fmt.Println(b)
	show := b.String
	fmt.Printf("%d chars\n", len(show()))
	if len(errs) != 2 {
		os.Exit(1)
	}
}
