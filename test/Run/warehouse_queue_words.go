// An inventory with embedded types and promoted methods, a word counter
// over runes, a priority event queue, and handlers stored as method values.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Named struct{ Name string }

func (n Named) Label() string   { return "<" + n.Name + ">" }
func (n *Named) Rename(s string) { n.Name = s }

type Stock struct {
	Named
	Qty   int
	Price float64
	Tags  []string
}

type Warehouse struct {
	*Named
	items map[string]*Stock
	order []string
	audit []func() string
}

var ErrNoStock = errors.New("no stock")
var ErrUnknown = errors.New("unknown item")

func NewWarehouse(name string) *Warehouse {
	return &Warehouse{Named: &Named{name}, items: map[string]*Stock{}}
}

func (w *Warehouse) Add(name string, qty int, price float64, tags ...string) {
	s, ok := w.items[name]
	if !ok {
		s = &Stock{Named: Named{name}, Price: price}
		w.items[name] = s
		w.order = append(w.order, name)
	}
	s.Qty += qty
	s.Tags = append(s.Tags, tags...)
	w.audit = append(w.audit, func() string { return fmt.Sprintf("add %s x%d", name, qty) })
}

func (w *Warehouse) Take(name string, qty int) (int, error) {
	s, ok := w.items[name]
	if !ok {
		return 0, fmt.Errorf("take %q: %v", name, ErrUnknown)
	}
	if s.Qty < qty {
		return s.Qty, ErrNoStock
	}
	s.Qty -= qty
	return s.Qty, nil
}

func (w *Warehouse) Value() (total float64) {
	for _, name := range w.order {
		s := w.items[name]
		total += float64(s.Qty) * s.Price
	}
	return
}

func (w *Warehouse) Report() []string {
	lines := make([]string, 0, len(w.order))
	for i, name := range w.order {
		s := w.items[name]
		lines = append(lines, fmt.Sprintf("%2d %-8s %3d %7.2f %v", i, s.Label(), s.Qty, s.Price, s.Tags))
	}
	sort.Strings(lines[1:])
	return lines
}

type Item struct {
	prio int
	seq  int
	what string
	run  func(*Queue)
}

type Queue struct {
	items []Item
	seq   int
	out   []string
}

func (q *Queue) Push(prio int, what string, run func(*Queue)) {
	q.seq++
	q.items = append(q.items, Item{prio, q.seq, what, run})
	for i := len(q.items) - 1; i > 0; i-- {
		a, b := &q.items[i-1], &q.items[i]
		if a.prio < b.prio || (a.prio == b.prio && a.seq < b.seq) {
			break
		}
		*a, *b = *b, *a
	}
}

func (q *Queue) Pop() (Item, bool) {
	if len(q.items) == 0 {
		return Item{}, false
	}
	it := q.items[0]
	q.items = q.items[1:]
	return it, true
}

func (q *Queue) Drain(limit int) int {
	n := 0
loop:
	for {
		it, ok := q.Pop()
		switch {
		case !ok:
			break loop
		case n >= limit:
			q.out = append(q.out, "limit reached at "+it.what)
			break loop
		}
		q.out = append(q.out, fmt.Sprint(it.prio, ":", it.what))
		if it.run != nil {
			it.run(q)
		}
		n++
	}
	return n
}

func wordFreq(text string) map[string]int {
	freq := make(map[string]int)
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			freq[strings.ToUpper(string(cur))]++
			cur = cur[:0]
		}
	}
	for _, r := range text {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == 'é':
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return freq
}

func topWords(freq map[string]int, n int) []string {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	var out []string
	for i := 0; i < n && i < len(kvs); i++ {
		out = append(out, fmt.Sprintf("%s=%d", kvs[i].k, kvs[i].v))
	}
	return out
}

func classify(n int) string {
	var parts []string
	switch {
	case n < 0:
		parts = append(parts, "negative")
		fallthrough
	case n%2 == 0:
		parts = append(parts, "even-or-neg")
	default:
		parts = append(parts, "odd")
	}
	i := 0
retry:
	if i < 2 && n > 10 {
		i++
		parts = append(parts, "big")
		goto retry
	}
	return strings.Join(parts, "+")
}

func main() {
	w := NewWarehouse("main")
	w.Add("apple", 10, 0.5, "fruit")
	w.Add("pear", 3, 0.75, "fruit", "green")
	w.Add("nail", 500, 0.01)
	w.Add("apple", 5, 0.5)
	w.Rename("central")
	fmt.Println(w.Label(), w.Value())
	for _, l := range w.Report() {
		fmt.Println(l)
	}
	if _, err := w.Take("plum", 1); err != nil && strings.Contains(err.Error(), ErrUnknown.Error()) {
		fmt.Println("error:", err)
	}
	if left, err := w.Take("pear", 5); err == ErrNoStock {
		fmt.Println("only", left, "pears")
	}
	for _, a := range w.audit {
		fmt.Print(a(), "; ")
	}
	fmt.Println()

	q := &Queue{}
	label := w.Label
	q.Push(2, "restock", func(q *Queue) { q.Push(1, "urgent "+label(), nil) })
	q.Push(5, "report", nil)
	q.Push(1, "open", nil)
	q.Push(2, "count", func(q *Queue) { q.Push(9, "late", nil) })
	fmt.Println(q.Drain(5), strings.Join(q.out, " | "))

	freq := wordFreq("The quick brown fox jumps over the lazy dog; the dog sleeps. Café café!")
	fmt.Println(topWords(freq, 4))
	for _, n := range []int{-3, 4, 7, 12, 13} {
		fmt.Printf("%d:%s ", n, classify(n))
	}
	fmt.Println()
	nums := []int{5, 2, 8, 1}
	sort.Ints(nums)
	fmt.Println(nums, len(freq))
}
