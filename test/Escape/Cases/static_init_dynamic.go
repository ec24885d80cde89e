// errorcheck -0 -m -l

// The dynamic parts of a statically initialized package variable: a map
// literal (or []byte of a non-constant string) inside a static literal,
// behind &, or in an interface box. gc assigns each at init into its
// place in the static data and explains it by that assignment, `(T)(pkg..
// stmp_N@offset) = X (assign)`, with its static temporaries numbered in
// initialization order (a slice literal's array, the target of &T{...},
// every boxed value, constants included). A table of test cases with maps
// in it is the usual form.

package p

type I interface{ m() }
type Int8 int8

func (Int8) m() {}

func f() int { return 3 }

func g() string { return "g" }

var (
	inMap                = []map[int]I{{1: Int8(1)}} // ERROR "map\[int\]I{...} escapes to heap$" "Int8\(1\) escapes to heap$"
	anyBytes interface{} = []byte(g())               // ERROR "\(\[\]byte\)\(g\(\)\) escapes to heap$"
	mapPtr               = &map[string]int{"a": f()} // ERROR "map\[string\]int{...} escapes to heap$"
)

var tests = []struct {
	name string
	args []int
	want map[string]int
}{
	{"small", []int{1, 2}, map[string]int{"+": 3}}, // ERROR "map\[string\]int{...} escapes to heap$"
	{"zero", []int{4, 0}, nil},
	{name: "keyed", want: map[string]int{"-": f()}}, // ERROR "map\[string\]int{...} escapes to heap$"
}

var boxes = [4]interface{}{1, "s", []int{f()}, map[int]int{}} // ERROR "map\[int\]int{} escapes to heap$"

var nested = &struct {
	p *[]map[string]bool
}{&[]map[string]bool{5: {"x": true}}} // ERROR "map\[string\]bool{...} escapes to heap$"
