// A binary min-heap priority queue of tasks (with stable tie-breaking by
// insertion order), heap sort, and a running median with two heaps.
package main

import "fmt"

type task struct {
	prio int
	seq  int
	name string
}

type pq struct {
	items []task
	seq   int
}

func (q *pq) less(i, j int) bool {
	a, b := q.items[i], q.items[j]
	if a.prio != b.prio {
		return a.prio < b.prio
	}
	return a.seq < b.seq
}

func (q *pq) Push(prio int, name string) {
	q.items = append(q.items, task{prio, q.seq, name})
	q.seq++
	i := len(q.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(i, p) {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
}

func (q *pq) Pop() task {
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q.items) && q.less(l, m) {
			m = l
		}
		if r < len(q.items) && q.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top
}

func (q *pq) Len() int { return len(q.items) }

type intHeap struct {
	data []int
	max  bool
}

func (h *intHeap) before(a, b int) bool {
	if h.max {
		return a > b
	}
	return a < b
}

func (h *intHeap) push(v int) {
	h.data = append(h.data, v)
	for i := len(h.data) - 1; i > 0 && h.before(h.data[i], h.data[(i-1)/2]); i = (i - 1) / 2 {
		h.data[i], h.data[(i-1)/2] = h.data[(i-1)/2], h.data[i]
	}
}

func (h *intHeap) pop() int {
	v := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	for i := 0; ; {
		c := 2*i + 1
		if c >= n {
			break
		}
		if c+1 < n && h.before(h.data[c+1], h.data[c]) {
			c++
		}
		if !h.before(h.data[c], h.data[i]) {
			break
		}
		h.data[i], h.data[c] = h.data[c], h.data[i]
		i = c
	}
	return v
}

func main() {
	q := &pq{}
	for i, n := range []string{"write", "test", "deploy", "review", "lint", "merge", "plan"} {
		q.Push((i*5)%4, n)
	}
	for q.Len() > 0 {
		t := q.Pop()
		fmt.Printf("%d %s (#%d)\n", t.prio, t.name, t.seq)
	}
	lo, hi := &intHeap{max: true}, &intHeap{}
	for _, v := range []int{5, 15, 1, 3, 8, 7, 9, 10, 20, 2} {
		if len(lo.data) == 0 || v <= lo.data[0] {
			lo.push(v)
		} else {
			hi.push(v)
		}
		if len(lo.data) > len(hi.data)+1 {
			hi.push(lo.pop())
		} else if len(hi.data) > len(lo.data) {
			lo.push(hi.pop())
		}
		if len(lo.data) > len(hi.data) {
			fmt.Print(lo.data[0], " ")
		} else {
			fmt.Print(float64(lo.data[0]+hi.data[0])/2, " ")
		}
	}
	fmt.Println()
	h := &intHeap{}
	for _, v := range []int{9, -1, 4, 4, 0, 12, 7} {
		h.push(v)
	}
	var sorted []int
	for len(h.data) > 0 {
		sorted = append(sorted, h.pop())
	}
	fmt.Println(sorted)
}
