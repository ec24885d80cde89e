// RUN: %goscape build -o %t %s
// RUN: not %t > %t.out 2> %t.err
// RUN: FileCheck --check-prefix=OUT %s < %t.out
// RUN: FileCheck --check-prefix=ERR %s < %t.err
// RUN: not %goscape run -O0 %s -- x y > %t.run 2>&1
// RUN: FileCheck --check-prefix=OUT %s < %t.run
// A program built and run end to end: methods, closures, maps, fmt, and a
// runtime panic's message and exit status 2.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Stack struct{ items []string }

func (s *Stack) Push(x string) { s.items = append(s.items, x) }

func main() {
	var s Stack
	for _, w := range strings.Fields("a b c") {
		s.Push(strings.ToUpper(w))
	}
	counts := map[string]int{}
	for _, it := range s.items {
		counts[it]++
	}
	fmt.Println(s.items, len(counts), len(os.Args) > 0)
	// OUT: [A B C] 3 true
	var xs []int
	i := 5
	fmt.Println(xs[i])
	// ERR: panic: runtime error: index out of range [5] with length 0
	// ERR: goroutine 1 [running]:
}
