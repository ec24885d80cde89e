// errorcheck -0 -m -l

// A package variable initializer assigned to the blank identifier is
// dropped by gc when evaluating it has no side effect (no call, index,
// dereference, division by a non-constant, slice or sized map make):
// nothing is reported about it. Otherwise it is analysed in init.

package p

type S []T
type T struct{ x int }

func f() int { return 1 }

var _ = map[string]*S{
	"a": {
		{1},
	},
}

var _ = []interface{}{1, "a", &T{2}}
var _ = map[string]int{"a": f()} // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
var _ = []int{f()}
var _ = &T{len("abc") / 1}
var _ = make(map[int]int)
var _ = make(map[int]int, 10) // ERROR "^make\(map\[int\]int, 10\) does not escape$"
var _ = make([]int, 0)        // ERROR "^make\(\[\]int, 0\) does not escape$"
var _ = func() {}
var _ = new(T)
var _ = [][]int{{1}, {2}}
var _ interface{} = T{1}
var x = 3
var _ interface{} = x / x
