package main

import (
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Item struct {
	SKU   SKU
	Qty   int
	Price float64
	Tags  [3]string
}

type Inventory struct {
	items   map[SKU]*Item
	byTag   map[string]map[SKU]bool
	history []func() string
}

func NewInventory() *Inventory {
	return &Inventory{items: map[SKU]*Item{}, byTag: map[string]map[SKU]bool{}}
}

func (inv *Inventory) Add(it Item) {
	cp := it
	inv.items[it.SKU] = &cp
	for _, t := range it.Tags {
		if t == "" {
			continue
		}
		set, ok := inv.byTag[t]
		if !ok {
			set = map[SKU]bool{}
			inv.byTag[t] = set
		}
		set[it.SKU] = true
	}
	inv.history = append(inv.history, func() string { return "add " + string(cp.SKU) })
}

func (inv *Inventory) RemoveWhere(pred func(*Item) bool) int {
	n := 0
	for k, it := range inv.items {
		if pred(it) {
			delete(inv.items, k)
			for _, set := range inv.byTag {
				delete(set, k)
			}
			n++
		}
	}
	for t, set := range inv.byTag {
		if len(set) == 0 {
			delete(inv.byTag, t)
		}
	}
	return n
}

func (inv *Inventory) Sorted() []Item {
	out := make([]Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, *it)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Price != out[j].Price {
			return out[i].Price > out[j].Price
		}
		return out[i].SKU < out[j].SKU
	})
	return out
}

func main() {
	inv := NewInventory()
	for i, name := range strings.Fields("apple pear plum kiwi fig lime date") {
		inv.Add(Item{SKU: SKU(strings.ToUpper(name[:2]) + fmt.Sprint(i)), Qty: (i * 7) % 5, Price: float64(len(name)) * 1.25, Tags: [3]string{"fruit", name[:1], map[bool]string{true: "sale"}[i%3 == 0]}})
	}
	fmt.Println(len(inv.items), len(inv.byTag))
	for _, it := range inv.Sorted() {
		fmt.Printf("%-4s qty=%d $%5.2f %q\n", it.SKU, it.Qty, it.Price, it.Tags)
	}
	removed := inv.RemoveWhere(func(it *Item) bool { return it.Qty == 0 })
	fmt.Println("removed", removed, "left", len(inv.items))
	fmt.Println(inv.byTag)

	// growing a map while ranging over it: every original key is seen once.
	m := map[int]int{}
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	seen := 0
	for k := range m {
		if k < 8 {
			seen++
			m[k+100] = k
		}
	}
	fmt.Println(seen, len(m))

	nan := 0.0
	nan = nan / nan
	fm := map[float64]int{nan: 1, 1.5: 2}
	fm[nan] = 3
	fmt.Println(len(fm), fm[1.5])
	_, ok := fm[nan]
	fmt.Println(ok)

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	sl := arr[:]
	for i, v := range sl {
		sl[2] = 200
		if i == 2 {
			fmt.Println("range slice:", v)
		}
	}
	for _, h := range inv.history[:3] {
		fmt.Print(h(), "; ")
	}
	fmt.Println()
	type key struct {
		a string
		b [2]int
	}
	km := map[key][]string{}
	km[key{"x", [2]int{1, 2}}] = append(km[key{"x", [2]int{1, 2}}], "first")
	km[key{"x", [2]int{1, 2}}] = append(km[key{"x", [2]int{1, 2}}], "second")
	km[key{"y", [2]int{}}] = nil
	fmt.Println(km, len(km))
	var im = map[interface{}]int{1: 1, "a": 2, 2.5: 3, key{}: 4}
	fmt.Println(im[1], im["a"], im[2.5], im[key{}], im[int64(1)])
	counts := map[rune]int{}
	for _, r := range "mississippi ☃☃" {
		counts[r]++
	}
	fmt.Println(counts)
}
