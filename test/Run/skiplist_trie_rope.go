package main

import (
	"fmt"
	"sort"
	"strings"
)

// ---- skip list with a deterministic level generator ----

const maxLevel = 6

type slNode struct {
	key   int
	val   string
	next  [maxLevel]*slNode
	level int
}

type SkipList struct {
	head  slNode
	level int
	rng   uint32
	size  int
}

func (s *SkipList) randLevel() int {
	lvl := 1
	for lvl < maxLevel {
		s.rng = s.rng*1103515245 + 12345
		if (s.rng>>16)&3 != 0 {
			break
		}
		lvl++
	}
	return lvl
}

func (s *SkipList) Insert(k int, v string) bool {
	var update [maxLevel]*slNode
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	if n := x.next[0]; n != nil && n.key == k {
		n.val = v
		return false
	}
	lvl := s.randLevel()
	for i := s.level; i < lvl; i++ {
		update[i] = &s.head
	}
	if lvl > s.level {
		s.level = lvl
	}
	n := &slNode{key: k, val: v, level: lvl}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.size++
	return true
}

func (s *SkipList) Find(k int) (string, bool) {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
	}
	if n := x.next[0]; n != nil && n.key == k {
		return n.val, true
	}
	return "", false
}

func (s *SkipList) Delete(k int) bool {
	x := &s.head
	var update [maxLevel]*slNode
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	n := x.next[0]
	if n == nil || n.key != k {
		return false
	}
	for i := 0; i < n.level; i++ {
		update[i].next[i] = n.next[i]
	}
	for s.level > 0 && s.head.next[s.level-1] == nil {
		s.level--
	}
	s.size--
	return true
}

func (s *SkipList) String() string {
	var b strings.Builder
	for i := s.level - 1; i >= 0; i-- {
		b.WriteString(fmt.Sprintf("L%d:", i))
		for n := s.head.next[i]; n != nil; n = n.next[i] {
			b.WriteString(fmt.Sprintf(" %d", n.key))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// ---- trie with child maps and a walk via closures ----

type Trie struct {
	children map[rune]*Trie
	terminal bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Add(word string) {
	n := t
	for _, r := range word {
		c, ok := n.children[r]
		if !ok {
			c = NewTrie()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.terminal = true
}

func (t *Trie) Walk(prefix []rune, fn func(string) bool) bool {
	if t.terminal && !fn(string(prefix)) {
		return false
	}
	keys := make([]rune, 0, len(t.children))
	for r := range t.children {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		if !t.children[r].Walk(append(prefix, r), fn) {
			return false
		}
	}
	return true
}

func (t *Trie) WithPrefix(p string, limit int) []string {
	n := t
	for _, r := range p {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	var out []string
	n.Walk([]rune(p), func(w string) bool {
		out = append(out, w)
		return len(out) < limit
	})
	return out
}

// ---- rope of string leaves ----

type Rope struct {
	left, right *Rope
	leaf        string
	weight      int
}

func Leaf(s string) *Rope { return &Rope{leaf: s, weight: len(s)} }

func Concat(a, b *Rope) *Rope {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	return &Rope{left: a, right: b, weight: a.Len()}
}

func (r *Rope) Len() int {
	if r == nil {
		return 0
	}
	if r.left == nil && r.right == nil {
		return len(r.leaf)
	}
	return r.weight + r.right.Len()
}

func (r *Rope) Index(i int) byte {
	if r.left == nil && r.right == nil {
		return r.leaf[i]
	}
	if i < r.weight {
		return r.left.Index(i)
	}
	return r.right.Index(i - r.weight)
}

func (r *Rope) Split(i int) (*Rope, *Rope) {
	if r == nil {
		return nil, nil
	}
	if r.left == nil && r.right == nil {
		if i <= 0 {
			return nil, r
		}
		if i >= len(r.leaf) {
			return r, nil
		}
		return Leaf(r.leaf[:i]), Leaf(r.leaf[i:])
	}
	if i < r.weight {
		a, b := r.left.Split(i)
		return a, Concat(b, r.right)
	}
	a, b := r.right.Split(i - r.weight)
	return Concat(r.left, a), b
}

func (r *Rope) String() string {
	if r == nil {
		return ""
	}
	if r.left == nil && r.right == nil {
		return r.leaf
	}
	return r.left.String() + r.right.String()
}

func (r *Rope) Insert(i int, s string) *Rope {
	a, b := r.Split(i)
	return Concat(Concat(a, Leaf(s)), b)
}

func main() {
	sl := &SkipList{rng: 7}
	for _, k := range []int{30, 10, 50, 20, 40, 60, 5, 35} {
		sl.Insert(k, fmt.Sprint("v", k))
	}
	sl.Insert(20, "twenty")
	fmt.Print(sl)
	for _, k := range []int{20, 25, 60} {
		v, ok := sl.Find(k)
		fmt.Printf("find %d: %q %v\n", k, v, ok)
	}
	fmt.Println(sl.Delete(30), sl.Delete(31), sl.size)
	fmt.Print(sl.String())

	t := NewTrie()
	for _, w := range strings.Fields("tea ten tent tender team to toast tó ñandú ñu") {
		t.Add(w)
	}
	fmt.Println(t.WithPrefix("te", 10))
	fmt.Println(t.WithPrefix("te", 2))
	fmt.Println(t.WithPrefix("ñ", 5), t.WithPrefix("x", 3) == nil)
	fmt.Println(t.children['t'].count, t.children['t'].children['e'].count)

	r := Concat(Leaf("Hello, "), Concat(Leaf("brave "), Leaf("world")))
	fmt.Println(r, r.Len(), string(r.Index(7)))
	r = r.Insert(13, "new ")
	fmt.Println(r.String(), r.Len())
	a, b := r.Split(5)
	fmt.Printf("[%v] [%v]\n", a, b)
	var empty *Rope
	fmt.Println(empty.Len(), empty.String() == "", Concat(nil, Leaf("x")))
}
