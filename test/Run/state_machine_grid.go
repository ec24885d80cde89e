// A state machine keyed by struct values with iota enums and String(), a
// matrix type with value-receiver methods, goto-based loops and a goto out
// of nested ranges, BFS over a grid with struct keys, union-find with a
// recursive closure, and small-integer wrap-around.

package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
	numStates
)

var stateNames = map[State]string{Idle: "Idle", Running: "Running", Paused: "Paused", Stopped: "Stopped"}

func (s State) String() string {
	if n, ok := stateNames[s]; ok {
		return n
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event byte

const (
	Start Event = 'S'
	Pause Event = 'P'
	Resume Event = 'R'
	Stop Event = 'X'
)

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Idle, Start}:     Running,
	{Running, Pause}:  Paused,
	{Paused, Resume}:  Running,
	{Running, Stop}:   Stopped,
	{Paused, Stop}:    Stopped,
}

type Machine struct {
	state   State
	history []State
	counts  [numStates]int
}

func (m *Machine) Fire(e Event) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("fire %c: %v", e, r)
		}
	}()
	next, ok := table[transition{m.state, e}]
	if !ok {
		panic(fmt.Sprintf("no transition from %v on %q", m.state, rune(e)))
	}
	m.history = append(m.history, m.state)
	m.state = next
	m.counts[next]++
	return nil
}

type Matrix [3][3]float64

func (a Matrix) Mul(b Matrix) (c Matrix) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

func find(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				goto found
			}
			continue
		found:
			return i, j, true
		}
	}
	return -1, -1, false
}

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func main() {
	m := &Machine{}
	for _, e := range []Event{Start, Pause, Pause, Resume, Stop, Start} {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Printf("%-8v %v\n", m.state, m.history)
	}
	fmt.Println(m.counts, State(9), numStates)
	fmt.Printf("%v %d %s %x\n", m.state, m.state, Paused, Running)
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	a := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(a.Mul(id) == a, a.Mul(a))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 5))
	fmt.Println(collatz(27), collatz(1))
	keys := map[[2]string]int{{"a", "b"}: 1}
	keys[[2]string{"a", "b"}]++
	keys[[2]string{"b", "a"}] = 5
	fmt.Println(keys, len(keys))
	type P struct {
		x, y int
	}
	seen := map[P]bool{}
	q := []P{{0, 0}}
	dirs := [4]P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	grid := []string{
		"..#.",
		"..#.",
		"....",
		"#.#.",
	}
	dist := map[P]int{{0, 0}: 0}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if seen[cur] {
			continue
		}
		seen[cur] = true
		for _, d := range dirs {
			n := P{cur.x + d.x, cur.y + d.y}
			if n.x < 0 || n.y < 0 || n.x >= 4 || n.y >= 4 || grid[n.y][n.x] == '#' {
				continue
			}
			if _, ok := dist[n]; !ok {
				dist[n] = dist[cur] + 1
				q = append(q, n)
			}
		}
	}
	fmt.Println(dist[P{3, 0}], dist[P{3, 3}], len(dist))
	var uf [10]int
	for i := range uf {
		uf[i] = i
	}
	var findr func(int) int
	findr = func(x int) int {
		if uf[x] != x {
			uf[x] = findr(uf[x])
		}
		return uf[x]
	}
	union := func(a, b int) { uf[findr(a)] = findr(b) }
	union(1, 2)
	union(3, 4)
	union(2, 4)
	union(7, 8)
	groups := map[int][]int{}
	for i := range uf {
		r := findr(i)
		groups[r] = append(groups[r], i)
	}
	fmt.Println(groups)
	var x uint8 = 250
	var y int16 = 32767
	var z int32 = -2147483648
	x += 10
	y++
	z--
	fmt.Println(x, y, z, -z, z/-1, int8(x)*2)
	var u uint = 3
	fmt.Println(u-5 > 0, int(u-5), uint32(u-5), uint16(u+65532)*uint16(3))
	fmt.Println(^uint32(0), ^int64(0), -(-128), int8(-128)/int8(-1+0*int(x)))
}
