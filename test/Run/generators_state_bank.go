package main

import (
	"fmt"
	"strings"
)

// ---- generators: closures returning closures ----

type Gen func() (int, bool)

func Range(lo, hi, step int) Gen {
	i := lo
	return func() (int, bool) {
		if i >= hi {
			return 0, false
		}
		v := i
		i += step
		return v, true
	}
}

func Map(g Gen, f func(int) int) Gen {
	return func() (int, bool) {
		v, ok := g()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func Filter(g Gen, pred func(int) bool) Gen {
	return func() (int, bool) {
		for {
			v, ok := g()
			if !ok || pred(v) {
				return v, ok
			}
		}
	}
}

func Take(g Gen, n int) Gen {
	return func() (int, bool) {
		if n <= 0 {
			return 0, false
		}
		n--
		return g()
	}
}

func Zip(a, b Gen, f func(x, y int) int) Gen {
	return func() (v int, ok bool) {
		x, ok1 := a()
		y, ok2 := b()
		if ok = ok1 && ok2; ok {
			v = f(x, y)
		}
		return
	}
}

func Collect(g Gen) []int {
	var out []int
	for v, ok := g(); ok; v, ok = g() {
		out = append(out, v)
	}
	return out
}

func Fib() Gen {
	a, b := 0, 1
	return func() (int, bool) {
		r := a
		a, b = b, a+b
		return r, true
	}
}

func Memo(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			misses++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return misses
		}
}

// ---- a bank of state machines stored in an array of structs ----

type State uint8

const (
	Idle State = iota
	Running
	Paused
	Done
	Failed
)

var stateNames = map[State]string{Idle: "idle", Running: "running", Paused: "paused", Done: "done", Failed: "failed"}

func (s State) String() string { return stateNames[s] }

type Event byte

type transition struct {
	from State
	ev   Event
	to   State
	act  func(m *Machine)
}

type Machine struct {
	id      int
	state   State
	ticks   int
	history [4]State
	hlen    int
	onEnter func(id int, s State)
}

func (m *Machine) record(s State) {
	m.history[m.hlen%len(m.history)] = s
	m.hlen++
}

var table []transition

func init() {
	tick := func(m *Machine) { m.ticks++ }
	table = []transition{
		{Idle, 's', Running, nil},
		{Running, 't', Running, tick},
		{Running, 'p', Paused, nil},
		{Paused, 's', Running, nil},
		{Running, 'f', Done, func(m *Machine) {
			if m.ticks < 2 {
				m.state = Failed
			}
		}},
		{Paused, 'x', Failed, nil},
	}
}

func (m *Machine) Fire(ev Event) bool {
	for _, t := range table {
		if t.from != m.state || t.ev != ev {
			continue
		}
		m.record(m.state)
		m.state = t.to
		if t.act != nil {
			t.act(m)
		}
		if m.onEnter != nil {
			m.onEnter(m.id, m.state)
		}
		return true
	}
	return false
}

func (m Machine) Summary() string {
	n := m.hlen
	if n > len(m.history) {
		n = len(m.history)
	}
	hs := make([]string, 0, n)
	for i := 0; i < n; i++ {
		hs = append(hs, m.history[i].String())
	}
	return fmt.Sprintf("m%d %v ticks=%d hist=[%s]", m.id, m.state, m.ticks, strings.Join(hs, ","))
}

type Bank struct {
	ms     [5]Machine
	log    []string
	counts [Failed + 1]int
}

func NewBank() *Bank {
	b := &Bank{}
	for i := range b.ms {
		b.ms[i].id = i
		b.ms[i].onEnter = func(id int, s State) {
			b.log = append(b.log, fmt.Sprintf("%d>%v", id, s))
			b.counts[s]++
		}
	}
	return b
}

func main() {
	fmt.Println(Collect(Range(0, 10, 3)))
	sq := Map(Range(1, 20, 1), func(x int) int { return x * x })
	odd := Filter(sq, func(x int) bool { return x%2 == 1 })
	fmt.Println(Collect(Take(odd, 4)))
	fmt.Println(Collect(odd))
	fmt.Println(Collect(Take(Fib(), 12)))
	z := Zip(Fib(), Range(100, 105, 1), func(x, y int) int { return x + y })
	fmt.Println(Collect(z))

	var fib func(int) int
	memo, misses := Memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fib = memo
	fmt.Println(fib(40), misses())
	fmt.Println(fib(41), misses())

	gens := make([]Gen, 3)
	for i := range gens {
		gens[i] = Take(Range(i*10, 100, i+1), 3)
	}
	for _, g := range gens {
		fmt.Print(Collect(g), " ")
	}
	fmt.Println()

	b := NewBank()
	scripts := [...]string{"stttf", "sf", "sppsxtf", "spx", "stpstf"}
	for i, s := range scripts {
		for _, ev := range []byte(s) {
			if !b.ms[i].Fire(Event(ev)) {
				b.log = append(b.log, fmt.Sprintf("%d!%c", i, ev))
			}
		}
	}
	for _, m := range b.ms {
		fmt.Println(m.Summary())
	}
	fmt.Println(strings.Join(b.log, " "))
	fmt.Println(b.counts)
	copyM := b.ms[0]
	copyM.Fire('s')
	fire := b.ms[1].Fire
	fire('s')
	fmt.Println(copyM.state, b.ms[0].state, b.ms[1].state)
	summaries := []func() string{b.ms[2].Summary, b.ms[3].Summary}
	b.ms[2].ticks = 99
	for _, f := range summaries {
		fmt.Println(f())
	}
}
