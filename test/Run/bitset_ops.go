// A bit set over []uint64 with union, intersection, difference, popcount
// and iteration; used to run a sieve and compare set algebra.
package main

import (
	"fmt"
	"strings"
)

type BitSet struct{ words []uint64 }

func (b *BitSet) grow(n int) {
	for len(b.words) <= n/64 {
		b.words = append(b.words, 0)
	}
}

func (b *BitSet) Set(i int)        { b.grow(i); b.words[i/64] |= 1 << (uint(i) % 64) }
func (b *BitSet) Clear(i int)      { b.grow(i); b.words[i/64] &^= 1 << (uint(i) % 64) }
func (b *BitSet) Has(i int) bool   { return i/64 < len(b.words) && b.words[i/64]&(1<<(uint(i)%64)) != 0 }

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func (b *BitSet) Len() int {
	n := 0
	for _, w := range b.words {
		n += popcount(w)
	}
	return n
}

func (b *BitSet) op(o *BitSet, f func(x, y uint64) uint64) *BitSet {
	n := len(b.words)
	if len(o.words) > n {
		n = len(o.words)
	}
	r := &BitSet{words: make([]uint64, n)}
	for i := range r.words {
		var x, y uint64
		if i < len(b.words) {
			x = b.words[i]
		}
		if i < len(o.words) {
			y = o.words[i]
		}
		r.words[i] = f(x, y)
	}
	return r
}

func (b *BitSet) String() string {
	var parts []string
	for i, w := range b.words {
		for w != 0 {
			t := 0
			for w&(1<<uint(t)) == 0 {
				t++
			}
			parts = append(parts, fmt.Sprint(i*64+t))
			w &^= 1 << uint(t)
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	primes := &BitSet{}
	const n = 200
	for i := 2; i < n; i++ {
		primes.Set(i)
	}
	for i := 2; i*i < n; i++ {
		if primes.Has(i) {
			for j := i * i; j < n; j += i {
				primes.Clear(j)
			}
		}
	}
	fmt.Println(primes.Len(), primes)
	odd := &BitSet{}
	for i := 1; i < 130; i += 2 {
		odd.Set(i)
	}
	and := primes.op(odd, func(x, y uint64) uint64 { return x & y })
	or := primes.op(odd, func(x, y uint64) uint64 { return x | y })
	diff := primes.op(odd, func(x, y uint64) uint64 { return x &^ y })
	xor := primes.op(odd, func(x, y uint64) uint64 { return x ^ y })
	fmt.Println(and.Len(), or.Len(), diff, xor.Len())
	fmt.Printf("%x %b\n", primes.words[0], odd.words[2])
	fmt.Println(popcount(^uint64(0)), popcount(0x8000000000000001))
}
