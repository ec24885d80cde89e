// Package init order: variables initialized by dependency (including
// through functions and methods), multiple init functions, and a map
// built at init time.
package main

import "fmt"

var log []string

func record(s string) { log = append(log, s) }

type registry struct{ names []string }

func (r *registry) add(n string) int {
	record("add " + n)
	r.names = append(r.names, n)
	return len(r.names)
}

var (
	total  = first + second + third
	first  = reg.add("first")
	second = reg.add("second")
	third  = compute()
	reg    = newRegistry()
)

func newRegistry() *registry {
	record("newRegistry")
	return &registry{}
}

func compute() int {
	record("compute")
	return first * 100
}

var lookup = map[string]int{
	"a": alpha,
	"b": beta,
}

var alpha, beta = pair()

func pair() (int, int) {
	record("pair")
	return 1, 2
}

func init() {
	record(fmt.Sprintf("init1 total=%d", total))
}

var late = func() string {
	record("late")
	return "L"
}()

func init() {
	record("init2 " + late)
	lookup["c"] = 3
}

func main() {
	for i, l := range log {
		fmt.Println(i, l)
	}
	fmt.Println(total, first, second, third, reg.names)
	fmt.Println(lookup)
}
