// Embedding by value and by pointer: promoted fields and methods at several
// depths, method sets through interfaces, shadowing of promoted names.
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Count() int     { return len(l.lines) }

type Store struct {
	*Logger
	data map[string]int
}

func (s *Store) Set(k string, v int) {
	s.Log(fmt.Sprintf("set %s=%d", k, v))
	s.data[k] = v
}

type Cache struct {
	Store
	hits int
	name string
}

func (c *Cache) Get(k string) (int, bool) {
	v, ok := c.data[k]
	if ok {
		c.hits++
	}
	c.Log("get " + k)
	return v, ok
}

type Counter interface{ Count() int }
type LogCounter interface {
	Counter
	Log(string)
}

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " makes a sound" }

type Dog struct {
	Animal
	Name string
}

func (d Dog) Speak() string { return d.Name + " barks; " + d.Animal.Speak() }

func main() {
	c := &Cache{Store: Store{Logger: &Logger{prefix: "> "}, data: map[string]int{}}, name: "c1"}
	c.Set("a", 1)
	c.Set("b", 2)
	fmt.Println(c.Get("a"))
	fmt.Println(c.Get("z"))
	fmt.Println(c.hits, c.Count(), c.Store.Logger.Count(), c.prefix)
	for _, l := range c.lines {
		fmt.Println(l)
	}
	var lc LogCounter = c
	lc.Log("via iface")
	fmt.Println(lc.Count())
	var cn Counter = c.Store
	fmt.Println(cn.Count())
	var cv Counter = *c.Logger
	c.Log("after copy")
	fmt.Println(cv.Count(), c.Count())
	d := Dog{Animal{"generic"}, "rex"}
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Name, d.Name)
	type Speaker interface{ Speak() string }
	for _, s := range []Speaker{d, d.Animal, &d} {
		fmt.Println(s.Speak())
	}
	logf := c.Log
	logf("method value")
	fmt.Println(c.Count())
	fmt.Printf("%+v\n", d)
}
