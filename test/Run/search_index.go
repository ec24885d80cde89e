package main

import (
	"fmt"
	"sort"
	"strings"
)

type Doc struct {
	ID    int
	Title string
	Body  []byte
	Links []*Doc
}

type Index struct {
	postings map[string][]int
	docs     map[int]*Doc
	stop     map[string]struct{}
}

func NewIndex(stop ...string) *Index {
	ix := &Index{postings: map[string][]int{}, docs: map[int]*Doc{}, stop: map[string]struct{}{}}
	for _, s := range stop {
		ix.stop[s] = struct{}{}
	}
	return ix
}

func tokenize(b []byte) []string {
	var toks []string
	start := -1
	for i := 0; i <= len(b); i++ {
		isWord := i < len(b) && (b[i] >= 'a' && b[i] <= 'z' || b[i] >= 'A' && b[i] <= 'Z')
		if isWord && start < 0 {
			start = i
		} else if !isWord && start >= 0 {
			toks = append(toks, strings.ToLower(string(b[start:i])))
			start = -1
		}
	}
	return toks
}

func (ix *Index) Add(d *Doc) {
	ix.docs[d.ID] = d
	seen := map[string]bool{}
	for _, t := range tokenize(d.Body) {
		if _, stop := ix.stop[t]; stop || seen[t] {
			continue
		}
		seen[t] = true
		ix.postings[t] = append(ix.postings[t], d.ID)
	}
}

func intersect(a, b []int) []int {
	var out []int
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return out
}

func (ix *Index) Query(q string) []*Doc {
	var ids []int
	for n, t := range strings.Fields(strings.ToLower(q)) {
		p := ix.postings[t]
		if n == 0 {
			ids = append(ids, p...)
		} else {
			ids = intersect(ids, p)
		}
	}
	res := make([]*Doc, 0, len(ids))
	for _, id := range ids {
		res = append(res, ix.docs[id])
	}
	return res
}

func (ix *Index) Top(n int) []string {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range ix.postings {
		kvs = append(kvs, kv{k, len(v)})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	var out []string
	for i := 0; i < n && i < len(kvs); i++ {
		out = append(out, fmt.Sprintf("%s(%d)", kvs[i].k, kvs[i].v))
	}
	return out
}

func render(docs []*Doc) string {
	s := ""
	for i, d := range docs {
		if i > 0 {
			s += "; "
		}
		s += fmt.Sprintf("#%d %s", d.ID, d.Title)
	}
	return "[" + s + "]"
}

func main() {
	ix := NewIndex("the", "a", "of", "and")
	texts := [][2]string{
		{"Go", "The Go programming language and the gopher"},
		{"C", "A language of pointers and undefined behaviour"},
		{"Rust", "The borrow checker of the Rust language"},
		{"Gophers", "Gopher holes: a field guide of the gopher"},
	}
	var all []*Doc
	for i, t := range texts {
		d := &Doc{ID: i + 1, Title: t[0], Body: []byte(t[1])}
		if i > 0 {
			d.Links = append(d.Links, all[i-1])
		}
		all = append(all, d)
		ix.Add(d)
	}
	for _, q := range []string{"language", "the gopher", "language of", "missing", "GOPHER Go"} {
		fmt.Printf("%-14q %s\n", q, render(ix.Query(q)))
	}
	fmt.Println(ix.Top(5))
	fmt.Println(len(all[3].Links), all[3].Links[0].Title, string(all[0].Body[:6]))
}
