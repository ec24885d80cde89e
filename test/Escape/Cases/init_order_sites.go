// errorcheck -0 -m -l

// The package initializer's allocations come in the order gc initializes
// the variables (a variable waits for those it depends on, declared
// later, and a function's variables count: gc 1.19 also waits for a
// variable without initializer), not in source order: the sites of one
// initializer are never moved before those of another.

package p

import "strconv"

type Env map[string]int

func (e Env) Get(k string) int { return e[k] } // ERROR "^e does not escape$" "^k does not escape$"

var (
	registry = map[string]int{"a": 1} // ERROR "^map\[string\]int\{\.\.\.\} escapes to heap$"
	order    = trace(1)
	version  = "v" + strconv.Itoa(order) // ERROR `^"v" \+ strconv\.Itoa\(order\) escapes to heap$`
	lookup   = defaultEnv.Get // ERROR "^defaultEnv\.Get escapes to heap$"
	pair     = [2]*int{new(int), &count} // ERROR "^new\(int\) escapes to heap$"
)

var defaultEnv = Env{"x": 3} // ERROR "^Env\{\.\.\.\} escapes to heap$"

var initLog []string

var count = len(initLog) + len(defaultEnv)

var boxed interface{} = &Env{"y": len(version)} // ERROR "^Env\{\.\.\.\} escapes to heap$"

func trace(v int) int {
	initLog = append(initLog, "x")
	return v
}
