package main

import (
	"fmt"
	"sort"
	"strings"
)

type Acc struct {
	vals []int
	sum  *int
	lbl  string
}

func (a *Acc) Add(v int) *Acc { a.vals = append(a.vals, v); *a.sum += v; return a }
func (a Acc) Label() string   { return a.lbl }

type Labeler interface{ Label() string }

func process(items map[string][]int) (out []string) {
	keys := make([]string, 0)
	for k := range items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var fns []func() string
	for _, k := range keys {
		vs := items[k]
		total := 0
		acc := &Acc{sum: &total, lbl: k}
		for _, v := range vs {
			acc.Add(v)
		}
		fns = append(fns, func() string { return fmt.Sprintf("%s=%d", acc.lbl, *acc.sum) })
	}
	for _, f := range fns {
		out = append(out, f())
	}
	return out
}

func labels(ls ...Labeler) string {
	parts := make([]string, len(ls))
	for i, l := range ls {
		parts[i] = l.Label()
	}
	return strings.Join(parts, "/")
}

func retry(n int, f func(int) error) (err error) {
	i := 0
again:
	if err = f(i); err != nil && i < n {
		i++
		goto again
	}
	return
}

type tmpErr struct{ attempt int }

func (t *tmpErr) Error() string { return fmt.Sprint("attempt ", t.attempt) }

func matrix(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = float64(i*n + j)
		}
	}
	return m
}

func transpose(m [][]float64) {
	for i := range m {
		for j := i + 1; j < len(m); j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
}

func keyed() map[[2]string]*Acc {
	res := map[[2]string]*Acc{}
	for _, p := range [][2]string{{"a", "b"}, {"c", "d"}} {
		s := 0
		res[p] = &Acc{sum: &s, lbl: p[0] + p[1]}
	}
	return res
}

func main() {
	fmt.Println(process(map[string][]int{"x": {1, 2}, "y": {3}, "z": nil}))
	one, two := 1, 2
	fmt.Println(labels(Acc{lbl: "p"}, &Acc{lbl: "q", sum: &one}, Labeler(Acc{lbl: "r", sum: &two})))
	err := retry(3, func(i int) error {
		if i < 2 {
			return &tmpErr{i}
		}
		return nil
	})
	fmt.Println(err)
	err = retry(1, func(i int) error { return &tmpErr{i} })
	fmt.Println(err)
	m := matrix(3)
	transpose(m)
	fmt.Println(m)
	k := keyed()
	fmt.Println(len(k), k[[2]string{"c", "d"}].lbl)
	var deferred []string
	func() {
		for i, s := range []string{"a", "b", "c"} {
			defer func() { deferred = append(deferred, fmt.Sprint(i, s)) }()
		}
	}()
	fmt.Println(deferred)
}
