// Greedy text wrapping to several widths, justification by spreading
// spaces, centering, and counting lines/words/characters.
package main

import (
	"fmt"
	"strings"
)

const para = "Escape analysis decides whether a value can live on the stack of the function that creates it or must move to the heap because a reference outlives the call. Good decisions save allocations and garbage collection work."

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case len(line)+1+len(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

func center(s string, width int) string {
	pad := width - len(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func main() {
	for _, w := range []int{30, 45} {
		fmt.Println(strings.Repeat("-", w))
		lines := wrap(para, w)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, w)
			}
			fmt.Printf("%s|\n", l+strings.Repeat(" ", w-len(l)))
		}
	}
	fmt.Printf("[%s]\n", center("title", 15))
	fmt.Printf("[%s]\n", center("a longer title", 15))
	chars := 0
	for range para {
		chars++
	}
	fmt.Println(len(wrap(para, 20)), len(strings.Fields(para)), chars)
}
