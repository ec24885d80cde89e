package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// A fake clock so the program is deterministic.
type Clock interface {
	Now() int64
	Advance(d int64)
}

type manualClock struct{ t int64 }

func (c *manualClock) Now() int64      { return c.t }
func (c *manualClock) Advance(d int64) { c.t += d }

type entry struct {
	key        string
	value      interface{}
	expires    int64
	prev, next *entry
}

type EvictReason int

const (
	ReasonCapacity EvictReason = iota
	ReasonExpired
	ReasonDeleted
)

func (r EvictReason) String() string {
	switch r {
	case ReasonCapacity:
		return "capacity"
	case ReasonExpired:
		return "expired"
	case ReasonDeleted:
		return "deleted"
	}
	return fmt.Sprintf("EvictReason(%d)", int(r))
}

type EvictFunc func(key string, value interface{}, why EvictReason)

type config struct {
	capacity int
	ttl      int64
	clock    Clock
	onEvict  []EvictFunc
	name     string
	stats    *Stats
}

type Option func(*config) error

var ErrBadCapacity = errors.New("capacity must be positive")

func WithCapacity(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("WithCapacity(%d): %w", n, ErrBadCapacity)
		}
		c.capacity = n
		return nil
	}
}

func WithTTL(ttl int64) Option {
	return func(c *config) error {
		c.ttl = ttl
		return nil
	}
}

func WithClock(clk Clock) Option {
	return func(c *config) error { c.clock = clk; return nil }
}

func WithEvictHook(f EvictFunc) Option {
	return func(c *config) error {
		c.onEvict = append(c.onEvict, f)
		return nil
	}
}

func WithName(name string) Option {
	return func(c *config) error { c.name = strings.ToUpper(name); return nil }
}

type Stats struct {
	Hits, Misses, Evictions int
	byReason                map[EvictReason]int
}

func (s Stats) String() string {
	keys := make([]int, 0, len(s.byReason))
	for r := range s.byReason {
		keys = append(keys, int(r))
	}
	sort.Ints(keys)
	var b strings.Builder
	b.WriteString(fmt.Sprintf("hits=%d misses=%d evictions=%d", s.Hits, s.Misses, s.Evictions))
	for _, k := range keys {
		b.WriteString(fmt.Sprintf(" %v:%d", EvictReason(k), s.byReason[EvictReason(k)]))
	}
	return b.String()
}

type Cache struct {
	cfg        config
	items      map[string]*entry
	head, tail *entry // head = most recent
}

func New(opts ...Option) (*Cache, error) {
	cfg := config{capacity: 4, ttl: 0, name: "default"}
	for i, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, fmt.Errorf("option %d: %w", i, err)
		}
	}
	if cfg.clock == nil {
		cfg.clock = &manualClock{}
	}
	cfg.stats = &Stats{byReason: map[EvictReason]int{}}
	return &Cache{cfg: cfg, items: make(map[string]*entry)}, nil
}

func (c *Cache) unlink(e *entry) {
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

func (c *Cache) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *Cache) evict(e *entry, why EvictReason) {
	c.unlink(e)
	delete(c.items, e.key)
	c.cfg.stats.Evictions++
	c.cfg.stats.byReason[why]++
	for _, h := range c.cfg.onEvict {
		h(e.key, e.value, why)
	}
}

func (c *Cache) expired(e *entry) bool {
	return c.cfg.ttl > 0 && c.cfg.clock.Now() >= e.expires
}

func (c *Cache) Put(key string, v interface{}) {
	if e, ok := c.items[key]; ok {
		e.value = v
		e.expires = c.cfg.clock.Now() + c.cfg.ttl
		c.unlink(e)
		c.pushFront(e)
		return
	}
	e := &entry{key: key, value: v, expires: c.cfg.clock.Now() + c.cfg.ttl}
	c.items[key] = e
	c.pushFront(e)
	for len(c.items) > c.cfg.capacity {
		c.evict(c.tail, ReasonCapacity)
	}
}

func (c *Cache) Get(key string) (interface{}, bool) {
	e, ok := c.items[key]
	if !ok {
		c.cfg.stats.Misses++
		return nil, false
	}
	if c.expired(e) {
		c.evict(e, ReasonExpired)
		c.cfg.stats.Misses++
		return nil, false
	}
	c.cfg.stats.Hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *Cache) Delete(key string) bool {
	if e, ok := c.items[key]; ok {
		c.evict(e, ReasonDeleted)
		return true
	}
	return false
}

func (c *Cache) Keys() []string {
	var ks []string
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func (c *Cache) Sweep() int {
	n := 0
	for e := c.tail; e != nil; {
		prev := e.prev
		if c.expired(e) {
			c.evict(e, ReasonExpired)
			n++
		}
		e = prev
	}
	return n
}

func (c *Cache) String() string {
	parts := make([]string, 0, len(c.items))
	for e := c.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprintf("%s=%v", e.key, e.value))
	}
	return fmt.Sprintf("%s[%s]", c.cfg.name, strings.Join(parts, " "))
}

type point struct{ X, Y int }

func main() {
	if _, err := New(WithCapacity(0)); err != nil {
		fmt.Println("error:", err)
		fmt.Println("is bad capacity:", errors.Is(err, ErrBadCapacity))
	}

	clk := &manualClock{}
	var log []string
	counts := map[string]int{}
	hook := func(k string, v interface{}, why EvictReason) {
		log = append(log, fmt.Sprintf("%s(%v):%v", k, v, why))
	}
	c, err := New(
		WithName("sessions"),
		WithCapacity(3),
		WithTTL(10),
		WithClock(clk),
		WithEvictHook(hook),
		WithEvictHook(func(k string, _ interface{}, why EvictReason) { counts[why.String()]++ }),
	)
	if err != nil {
		panic(err)
	}
	c.Put("a", 1)
	c.Put("b", "two")
	c.Put("c", point{3, 4})
	fmt.Println(c)
	c.Get("a")
	c.Put("d", &point{5, 6})
	fmt.Println(c, c.Keys())
	clk.Advance(5)
	c.Put("e", []int{7, 8})
	clk.Advance(6)
	if v, ok := c.Get("a"); !ok {
		fmt.Println("a expired", v == nil)
	}
	fmt.Println("swept", c.Sweep())
	fmt.Println(c)
	c.Put("f", map[string]int{"z": 1, "y": 2})
	fmt.Println(c.Delete("f"), c.Delete("nope"))
	for i := 0; i < 6; i++ {
		c.Put(fmt.Sprint("k", i), i*i)
		if i%2 == 0 {
			clk.Advance(4)
		}
		c.Get("k0")
	}
	fmt.Println(c)
	fmt.Println(c.cfg.stats)
	fmt.Printf("%v\n", *c.cfg.stats)
	for _, l := range log {
		fmt.Println(" ", l)
	}
	fmt.Println(counts)
	fmt.Println(EvictReason(7))
}
