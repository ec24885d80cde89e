// wordcount: string maps over generated text.
//
// Measures: a word-frequency count, the typical map[string]int workload.
// A pseudo-random text of words built from syllables is generated with
// strings.Builder, split with strings.Fields, counted in a map, then the
// distinct words are sorted with sort.Strings and ranked with sort.Slice.
// Exercises string hashing and comparison, map growth, substring and
// small-string allocation. Checksum: counts and a digest of the ranking.
package main

import (
	"fmt"
	"sort"
	"strings"
)

var syllables = []string{"ka", "lo", "mi", "ren", "to", "sha", "vu", "qe",
	"dor", "in", "pa", "zy", "mon", "el", "fi", "gra"}

// rng is a 64-bit linear congruential generator.
type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return r.state >> 33
}

func word(r *rng, b *strings.Builder) {
	// Skewed length and syllable choice so that frequencies vary widely.
	n := 1 + int(r.next()%4)
	for i := 0; i < n; i++ {
		x := r.next() % 256
		b.WriteString(syllables[(x*x/4096)%uint64(len(syllables))])
	}
}

func main() {
	r := &rng{state: 42}
	counts := map[string]int{}
	totalWords := 0
	for chunk := 0; chunk < 24; chunk++ {
		var b strings.Builder
		for i := 0; i < 150000; i++ {
			word(r, &b)
			if r.next()%13 == 0 {
				b.WriteString("\n")
			} else {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		for _, w := range strings.Fields(text) {
			if strings.HasPrefix(w, "qe") {
				w = strings.ToUpper(w)
			}
			counts[w]++
			totalWords++
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	digest := uint32(0)
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			digest = digest*31 + uint32(w[i])
		}
		digest = digest*31 + uint32(counts[w])
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Println("top:", strings.Join(words[:5], " "))
	fmt.Printf("wordcount: words=%d distinct=%d top=%s:%d digest=%08x\n",
		totalWords, len(words), words[0], counts[words[0]], digest)
}
