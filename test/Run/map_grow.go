// A map grows through many insertions and shrinks by deletions; lookups
// stay correct throughout (checked by sums), including reinsertion.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 20000; i++ {
		m[i*7919%100003] = i
	}
	fmt.Println(len(m))
	bad := 0
	for i := 0; i < 20000; i++ {
		if v, ok := m[i*7919%100003]; !ok || v != i {
			bad++
		}
	}
	fmt.Println("bad lookups:", bad)
	for i := 0; i < 20000; i += 2 {
		delete(m, i*7919%100003)
	}
	fmt.Println(len(m))
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println("sum of odd i:", sum)
	for i := 0; i < 20000; i += 4 {
		m[i*7919%100003] = -i
	}
	fmt.Println(len(m))
	neg := 0
	for _, v := range m {
		if v < 0 {
			neg++
		}
	}
	fmt.Println("negatives:", neg)
	sm := map[string]int{}
	for i := 0; i < 3000; i++ {
		sm[fmt.Sprint("key", i%1500)] += i
	}
	fmt.Println(len(sm), sm["key0"], sm["key1499"], sm["key1500"])
	missing := 0
	for i := 20000; i < 21000; i++ {
		if _, ok := m[i*7919%100003+100003]; ok {
			missing++
		}
	}
	fmt.Println("unexpected hits:", missing)
}
