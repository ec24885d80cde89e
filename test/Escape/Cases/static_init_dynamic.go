// errorcheck -0 -m -l

// The dynamic parts of a statically initialized package variable: a map
// literal (or []byte of a non-constant string) inside a static literal,
// behind &, or in an interface box. gc reports them at -m as goscape
// does; at -m -m it explains each by an assignment to its numbered static
// temporary, `(T)(pkg..stmp_N@off) = X (assign)`, which goscape does not
// reproduce yet (so this file is in known-failing-multiset.txt).

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
