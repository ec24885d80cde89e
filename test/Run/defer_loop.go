// defer inside loops: all deferred calls run at function exit in reverse
// order; a helper function scopes defers per iteration.
package main

import "fmt"

type resource struct {
	name string
	log  *[]string
}

func open(name string, log *[]string) *resource {
	*log = append(*log, "open "+name)
	return &resource{name, log}
}

func (r *resource) Close() { *r.log = append(*r.log, "close "+r.name) }

func allAtEnd(names []string) []string {
	var log []string
	func() {
		for _, n := range names {
			r := open(n, &log)
			defer r.Close()
		}
		log = append(log, "work")
	}()
	return log
}

func perIteration(names []string) []string {
	var log []string
	for _, n := range names {
		func() {
			r := open(n, &log)
			defer r.Close()
			log = append(log, "use "+n)
		}()
	}
	return log
}

func sum(n int) (total int) {
	for i := 1; i <= n; i++ {
		defer func(k int) { total += k }(i)
	}
	return 0
}

func main() {
	fmt.Println(allAtEnd([]string{"a", "b", "c"}))
	fmt.Println(perIteration([]string{"x", "y"}))
	fmt.Println(sum(100))
	for i := 0; i < 2; i++ {
		defer func() { fmt.Println("loop closure sees", i) }()
		defer func(v int) { fmt.Println("loop arg", v) }(i)
	}
}
