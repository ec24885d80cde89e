// wordfreq counts word frequencies in an embedded text: it demonstrates maps,
// sort.Slice with a multi-key comparator, closures, methods on a named map
// type, strings.Fields/ToUpper and formatted output with fmt.Printf widths.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair,
we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way.`

// Counter maps a normalised word to its number of occurrences.
type Counter map[string]int

// WordCount is one entry of the sorted report.
type WordCount struct {
	Word  string
	Count int
}

// normalize strips punctuation and lower-cases ASCII letters.
func normalize(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + ('a' - 'A'))
		case r >= 'a' && r <= 'z', r == '\'':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Add counts every word in s and returns how many words were seen.
func (c Counter) Add(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if w := normalize(f); w != "" {
			c[w]++
			n++
		}
	}
	return n
}

// Sorted returns the entries by descending count, then alphabetically.
func (c Counter) Sorted() []WordCount {
	out := make([]WordCount, 0, len(c))
	for w, n := range c {
		out = append(out, WordCount{w, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Word < out[j].Word
	})
	return out
}

// filter returns the entries accepted by keep.
func filter(ws []WordCount, keep func(WordCount) bool) []WordCount {
	var out []WordCount
	for _, w := range ws {
		if keep(w) {
			out = append(out, w)
		}
	}
	return out
}

func main() {
	counts := Counter{}
	total := 0
	for i, line := range strings.Split(text, "\n") {
		n := counts.Add(line)
		total += n
		fmt.Printf("line %d: %2d words\n", i+1, n)
	}
	fmt.Println("total words:", total, "distinct:", len(counts))

	sorted := counts.Sorted()
	fmt.Println("top 10:")
	for i, wc := range sorted[:10] {
		bar := strings.Repeat("#", wc.Count)
		fmt.Printf("%2d. %-8s %3d %s\n", i+1, wc.Word, wc.Count, bar)
	}

	minLen := 6
	long := filter(sorted, func(w WordCount) bool { return len(w.Word) >= minLen })
	names := make([]string, 0, len(long))
	for _, w := range long {
		names = append(names, strings.ToUpper(w.Word))
	}
	fmt.Printf("%d words with at least %d letters: %s\n", len(long), minLen, strings.Join(names, ", "))

	once := filter(sorted, func(w WordCount) bool { return w.Count == 1 })
	fmt.Printf("hapax legomena: %d, first: %+v\n", len(once), once[0])

	if n, ok := counts["times"]; ok {
		fmt.Printf("%q appears %d times\n", "times", n)
	}
	if _, ok := counts["dickens"]; !ok {
		fmt.Printf("%q does not appear\n", "dickens")
	}
}
