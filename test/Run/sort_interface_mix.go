// sort.Sort, sort.Stable, sort.SliceStable and sort.Search on named types
// with custom Less (value and pointer receivers), ties kept or broken as
// Go's algorithms break them, reverse orders, and binary search over the
// sorted results.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type ByName struct {
	people []Person
	calls  int
}

func (b *ByName) Len() int { return len(b.people) }
func (b *ByName) Less(i, j int) bool {
	b.calls++
	return b.people[i].Name < b.people[j].Name
}
func (b *ByName) Swap(i, j int) { b.people[i], b.people[j] = b.people[j], b.people[i] }

type Reverse struct{ sort.Interface }

func (r Reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Ints []int

func (x Ints) Len() int           { return len(x) }
func (x Ints) Less(i, j int) bool { return x[i] < x[j] }
func (x Ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type Mod3 []int

func (x Mod3) Len() int           { return len(x) }
func (x Mod3) Less(i, j int) bool { return x[i]%3 < x[j]%3 }
func (x Mod3) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func people() []Person {
	return []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30},
		{"Grace", 25}, {"Heidi", 40}, {"Ivan", 30}, {"Judy", 25}, {"Ken", 35}, {"Liam", 30}, {"Mia", 20}}
}

func names(ps []Person) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p.Name + ":" + fmt.Sprint(p.Age))
	}
	return b.String()
}

func main() {
	ps := people()
	sort.Sort(ByAge(ps))
	fmt.Println("Sort   ", names(ps))
	ps = people()
	sort.Stable(ByAge(ps))
	fmt.Println("Stable ", names(ps))
	ps = people()
	sort.Sort(Reverse{ByAge(ps)})
	fmt.Println("Reverse", names(ps))
	ps = people()
	sort.Stable(Reverse{ByAge(ps)})
	fmt.Println("RevStab", names(ps))
	bn := &ByName{people: people()}
	sort.Sort(Reverse{bn})
	fmt.Println("ByName ", names(bn.people), bn.calls > 0)

	ps = people()
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Age > ps[j].Age })
	fmt.Println("SlStab ", names(ps))
	ps = people()
	sort.Slice(ps, func(i, j int) bool { return ps[i].Age > ps[j].Age })
	fmt.Println("Slice  ", names(ps))

	big := make(Ints, 0, 300)
	seed := uint32(7)
	for i := 0; i < 300; i++ {
		seed = seed*1103515245 + 12345
		big = append(big, int(seed>>16)%1000)
	}
	m3 := make(Mod3, len(big))
	copy(m3, big)
	sort.Sort(big)
	fmt.Println(big[:10], big[290:])
	sort.Stable(m3)
	fmt.Println(m3[:12], m3[100:106], m3[len(m3)-6:])
	m3b := make(Mod3, 100)
	for i := range m3b {
		m3b[i] = 99 - i
	}
	sort.Sort(m3b)
	fmt.Println(m3b[:20])

	idx := sort.Search(len(big), func(i int) bool { return big[i] >= 500 })
	fmt.Println(idx, big[idx-1] < 500, big[idx] >= 500)
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(10, func(int) bool { return false }), sort.Search(10, func(i int) bool { return i*i >= 50 }))
	words := strings.Fields("pear apple fig banana kiwi cherry date")
	sort.Strings(words)
	target := "fig"
	i := sort.Search(len(words), func(i int) bool { return words[i] >= target })
	fmt.Println(words, i, i < len(words) && words[i] == target)

	var empty ByAge
	sort.Sort(empty)
	sort.Stable(empty)
	one := ByAge{{"x", 1}}
	sort.Stable(one)
	fmt.Println(len(empty), one)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilIface sort.Interface
	sort.Sort(nilIface)
}
