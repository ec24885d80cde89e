// An LRU cache: a doubly-linked list with sentinel plus a map from key to
// node; hits, misses, evictions and the order after each operation.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap          int
	items        map[string]*entry
	head         entry // sentinel: head.next is most recent
	hits, misses int
	evicted      []string
}

func NewLRU(n int) *LRU {
	c := &LRU{cap: n, items: map[string]*entry{}}
	c.head.next = &c.head
	c.head.prev = &c.head
	return c
}

func (c *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head.next
	e.prev = &c.head
	c.head.next.prev = e
	c.head.next = e
}

func (c *LRU) Get(k string) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		c.misses++
		return 0, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.head.prev
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
	}
	e := &entry{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU) String() string {
	var parts []string
	for e := c.head.next; e != &c.head; e = e.next {
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a", "put f 6"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			n, _ := strconv.Atoi(f[2])
			c.Put(f[1], n)
			fmt.Println(op, "->", c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Println(op, "->", v, ok, c)
		}
	}
	fmt.Println("hits", c.hits, "misses", c.misses, "evicted", c.evicted)
}
