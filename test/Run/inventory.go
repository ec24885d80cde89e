// An inventory system: records in a map keyed by SKU, orders processed
// with error handling, restocking thresholds, reports grouped by category.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Category string
	Qty      int
	PriceC   int
}

type Inventory struct {
	items   map[string]*Item
	revenue int
}

var ErrUnknown = errors.New("unknown SKU")

type StockError struct {
	SKU        string
	Have, Want int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("not enough %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func (inv *Inventory) Add(it Item) {
	if old, ok := inv.items[it.SKU]; ok {
		old.Qty += it.Qty
		return
	}
	c := it
	inv.items[it.SKU] = &c
}

func (inv *Inventory) Order(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("order %s: %v", sku, ErrUnknown)
	}
	if it.Qty < n {
		return &StockError{sku, it.Qty, n}
	}
	it.Qty -= n
	inv.revenue += n * it.PriceC
	return nil
}

func (inv *Inventory) LowStock(th int) []string {
	var out []string
	for sku, it := range inv.items {
		if it.Qty < th {
			out = append(out, sku)
		}
	}
	sort.Strings(out)
	return out
}

func (inv *Inventory) Report() string {
	byCat := map[string][]*Item{}
	for _, it := range inv.items {
		byCat[it.Category] = append(byCat[it.Category], it)
	}
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	var b strings.Builder
	for _, c := range cats {
		items := byCat[c]
		sort.Slice(items, func(i, j int) bool { return items[i].SKU < items[j].SKU })
		value := 0
		for _, it := range items {
			value += it.Qty * it.PriceC
		}
		b.WriteString(fmt.Sprintf("%s (%d items, value %d.%02d)\n", strings.ToUpper(c), len(items), value/100, value%100))
		for _, it := range items {
			b.WriteString(fmt.Sprintf("  %-5s %-12s %4d @ %5d\n", it.SKU, it.Name, it.Qty, it.PriceC))
		}
	}
	return b.String()
}

func main() {
	inv := &Inventory{items: map[string]*Item{}}
	inv.Add(Item{"A1", "hammer", "tools", 10, 1299})
	inv.Add(Item{"A2", "wrench", "tools", 5, 899})
	inv.Add(Item{"B1", "apple", "food", 100, 45})
	inv.Add(Item{"B2", "bread", "food", 8, 250})
	inv.Add(Item{"A1", "hammer", "tools", 3, 1299})
	for _, o := range []struct {
		sku string
		n   int
	}{{"A1", 4}, {"B1", 95}, {"C9", 1}, {"A2", 6}, {"B2", 8}, {"A2", 5}} {
		if err := inv.Order(o.sku, o.n); err != nil {
			var se *StockError
			if s, ok := err.(*StockError); ok {
				se = s
			}
			fmt.Println("error:", err, "| stock error:", se != nil)
			continue
		}
		fmt.Println("ordered", o.n, o.sku)
	}
	fmt.Print(inv.Report())
	fmt.Println("low stock:", inv.LowStock(6))
	fmt.Printf("revenue: %d.%02d\n", inv.revenue/100, inv.revenue%100)
}
