// lists demonstrates pointer-based linked structures: a singly linked list
// (push, reverse in place, remove via pointer-to-pointer, value-receiver
// String method) and a doubly linked LRU cache backed by a map of node
// pointers, with nil checks throughout.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) { l.head = &Node{v, l.head}; l.size++ }

func (l *List) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return fmt.Sprintf("[%s] (size %d)", strings.Join(parts, " -> "), l.size)
}

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head = most recent
}

func NewLRU(n int) *LRU { return &LRU{cap: n, items: make(map[string]*entry)} }

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(k string) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		return 0, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.value = v
		c.unlink(e)
		c.pushFront(e)
		return ""
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		evicted = old.key
	}
	e := &entry{key: k, value: v}
	c.items[k] = e
	c.pushFront(e)
	return evicted
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.Push(i * i)
	}
	fmt.Println(l)
	l.Reverse()
	fmt.Println(l)
	r1 := l.Remove(9)
	r2 := l.Remove(100)
	r3 := l.Remove(1)
	fmt.Println(r1, r2, r3, l)

	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if ev := c.Put(k, i); ev != "" {
			fmt.Printf("put %s evicted %s\n", k, ev)
		}
	}
	v, ok := c.Get("d")
	_, okA := c.Get("a")
	fmt.Println(c.Keys(), v, ok, okA)

}
