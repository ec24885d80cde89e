package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name  string
	Price int
	Tags  []string
}

type Cart struct {
	Items    []Item
	Discount func(total int) int
	Notes    map[string]*strings.Builder
}

func (c *Cart) Add(it Item) { c.Items = append(c.Items, it) }

func (c Cart) Total() (t int) {
	for _, it := range c.Items {
		t += it.Price
	}
	if c.Discount != nil {
		t = c.Discount(t)
	}
	return
}

func (c *Cart) Note(k, v string) {
	if c.Notes == nil {
		c.Notes = map[string]*strings.Builder{}
	}
	b, ok := c.Notes[k]
	if !ok {
		b = new(strings.Builder)
		c.Notes[k] = b
	}
	b.WriteString(v)
}

func percentOff(p int) func(int) int {
	return func(t int) int { return t * (100 - p) / 100 }
}

func byTag(items []Item) map[string][]Item {
	out := map[string][]Item{}
	for _, it := range items {
		for _, t := range it.Tags {
			out[t] = append(out[t], it)
		}
	}
	return out
}

func cheapest(items ...Item) (best *Item) {
	for i := range items {
		if best == nil || items[i].Price < best.Price {
			best = &items[i]
		}
	}
	return
}

func apply(items []Item, fs ...func(*Item)) {
	for i := range items {
		for _, f := range fs {
			f(&items[i])
		}
	}
}

func main() {
	c := &Cart{}
	c.Add(Item{"pen", 150, []string{"office"}})
	c.Add(Item{"book", 1200, []string{"office", "gift"}})
	c.Add(Item{Name: "mug", Price: 800, Tags: []string{"gift", "kitchen"}})
	fmt.Println(c.Total())
	c.Discount = percentOff(10)
	fmt.Println(c.Total(), Cart{}.Total())
	c.Note("a", "x")
	c.Note("a", "y")
	c.Note("b", "z")
	fmt.Println(c.Notes["a"].String(), c.Notes["b"].Len(), len(c.Notes))
	bt := byTag(c.Items)
	fmt.Println(len(bt["gift"]), bt["kitchen"][0].Name, len(bt["none"]))
	b := cheapest(c.Items...)
	b.Price = 1
	fmt.Println(b.Name, c.Items[0].Price)
	fmt.Println(cheapest() == nil)
	raise := 0
	apply(c.Items, func(it *Item) { it.Price += 5; raise++ }, func(it *Item) { it.Name = strings.ToUpper(it.Name) })
	fmt.Println(c.Items[1], raise)
	snapshot := *c
	snapshot.Items = append([]Item(nil), c.Items...)
	snapshot.Items[0].Name = "changed"
	fmt.Println(c.Items[0].Name, snapshot.Items[0].Name, snapshot.Total())
	fmt.Printf("%+v\n", c.Items[2])
}
