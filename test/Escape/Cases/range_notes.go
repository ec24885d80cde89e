// errorcheck -0 -m -l

// The explanation of a range's temporary descends the ranged expression:
// `dot of pointer` of a field through a pointer, the spill of a literal.

package p

import "strings"

type Item struct{ Name *string }

type Inv struct {
	items  map[string]*Item
	list   []*Item
	arr    [2]*Item
	nested struct{ more []*Item }
}

var sink interface{}
var gs []string

func rangeMapField(inv *Inv) { // ERROR "^leaking param content: inv$"
	for _, it := range inv.items {
		sink = it
	}
}

func rangeSliceField(inv *Inv) { // ERROR "^leaking param content: inv$"
	for _, it := range inv.list {
		sink = it
	}
}

func rangeArrayField(inv *Inv) { // ERROR "^leaking param content: inv$"
	for _, it := range inv.arr {
		sink = it
	}
}

func rangeNested(inv *Inv) { // ERROR "^leaking param content: inv$"
	for _, it := range inv.nested.more {
		sink = it
	}
}

func rangeIndexed(invs []*Inv, k int) { // ERROR "^leaking param content: invs$"
	for _, it := range invs[k].list {
		sink = it
	}
}

func rangeSliceLit(a string) { // ERROR "^leaking param: a$"
	for _, s := range []string{a, strings.Repeat(a, 2) + "y"} { // ERROR "^\[\]string\{\.\.\.\} does not escape$" `^strings\.Repeat\(a, 2\) \+ "y" escapes to heap$`
		gs = append(gs, s)
	}
}

func rangeMapLit(a *Item) { // ERROR "^leaking param: a$"
	for _, it := range map[int]*Item{1: a} { // ERROR "^map\[int\]\*Item\{\.\.\.\} does not escape$"
		sink = it
	}
}

func rangeValue(inv Inv) { // ERROR "^leaking param content: inv$"
	for _, it := range inv.list {
		sink = it
	}
}
