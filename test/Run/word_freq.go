// Word frequency: normalise words (lower-case by hand, strip
// punctuation), count with a map, rank by count then word, histogram.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`

func normalize(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			b = append(b, c)
		}
	}
	return string(b)
}

type entry struct {
	word  string
	count int
}

func main() {
	freq := map[string]int{}
	total := 0
	for _, w := range strings.Fields(text) {
		if n := normalize(w); n != "" {
			freq[n]++
			total++
		}
	}
	entries := make([]entry, 0, len(freq))
	for w, c := range freq {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println("words:", total, "distinct:", len(freq))
	for _, e := range entries[:8] {
		fmt.Printf("%-8s %2d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := []int{}
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, strings.Join(ws, ","))
	}
}
