// sorting: sort.Ints, sort.Slice and a hand-written quicksort on structs.
//
// Measures: comparison sorting of one million integers with the standard
// library, then of records (an int key, a string name, a float weight) with
// a hand-written median-of-three quicksort plus insertion sort, and with
// sort.Slice and a closure comparator. Exercises slice indexing, struct
// copies and swaps, string comparison and closure calls. Checksum: a
// position-weighted digest of every sorted sequence.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

// Record is one element of the struct sort.
type Record struct {
	Key    int
	Name   string
	Weight float64
}

// rng is a 64-bit xorshift generator.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

func less(a, b *Record) bool {
	if a.Key != b.Key {
		return a.Key < b.Key
	}
	return a.Name < b.Name
}

func insertion(rs []Record) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && less(&rs[j], &rs[j-1]); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

func quicksort(rs []Record) {
	for len(rs) > 12 {
		m := len(rs) / 2
		h := len(rs) - 1
		if less(&rs[m], &rs[0]) {
			rs[m], rs[0] = rs[0], rs[m]
		}
		if less(&rs[h], &rs[0]) {
			rs[h], rs[0] = rs[0], rs[h]
		}
		if less(&rs[h], &rs[m]) {
			rs[h], rs[m] = rs[m], rs[h]
		}
		pivot := rs[m]
		i, j := 0, h
		for i <= j {
			for less(&rs[i], &pivot) {
				i++
			}
			for less(&pivot, &rs[j]) {
				j--
			}
			if i <= j {
				rs[i], rs[j] = rs[j], rs[i]
				i++
				j--
			}
		}
		// Recurse into the smaller part, loop on the larger.
		if j < len(rs)-1-i {
			quicksort(rs[:j+1])
			rs = rs[i:]
		} else {
			quicksort(rs[i:])
			rs = rs[:j+1]
		}
	}
	insertion(rs)
}

func digestInts(xs []int) uint64 {
	d := uint64(0)
	for i, x := range xs {
		d = d*1099511628211 + uint64(x) + uint64(i)
	}
	return d
}

func digestRecords(rs []Record) uint64 {
	d := uint64(0)
	for i, r := range rs {
		d = d*1099511628211 + uint64(r.Key)*3 + uint64(len(r.Name)) + uint64(i)
		if i%1000 == 0 {
			d += uint64(int(r.Weight * 1000))
		}
	}
	return d
}

func main() {
	r := &rng{s: 88172645463325252}
	const n = 2000000
	ints := make([]int, n)
	for i := range ints {
		ints[i] = int(r.next() % 1000000000)
	}
	sort.Ints(ints)
	d1 := digestInts(ints)

	const m = 600000
	recs := make([]Record, m)
	for i := range recs {
		k := int(r.next() % 50000)
		recs[i] = Record{Key: k, Name: "n" + strconv.Itoa(int(r.next()%1000)),
			Weight: float64(r.next()%10000) / 100}
	}
	recs2 := make([]Record, m)
	copy(recs2, recs)
	quicksort(recs)
	d2 := digestRecords(recs)
	sort.Slice(recs2, func(i, j int) bool {
		if recs2[i].Weight != recs2[j].Weight {
			return recs2[i].Weight < recs2[j].Weight
		}
		return less(&recs2[i], &recs2[j])
	})
	d3 := digestRecords(recs2)
	fmt.Printf("sorting: ints=%d records=%d first=%d last=%d digests %x %x %x\n",
		n, m, ints[0], ints[n-1], d1, d2, d3)
}
