// errorcheck -0 -m -l

// Package variable initializers that gc's staticinit lays out as static
// data before escape analysis runs: composite literals (not maps), &T{} of
// them, values converted to interfaces (the box becomes a static
// temporary, which a dynamic value is assigned to at init), []byte and
// []rune of constant strings, through the elements and fields of
// enclosing literals. Nothing is reported about them; what stays dynamic
// (map literals, conversions of non-constant strings, the elements of a
// map literal) is analysed in the package's init function (see also
// static_init_dynamic.go).

package p

type I interface{ m() }
type Int8 int8

func (Int8) m() {}

type P struct {
	a int
	x interface{}
}

func f() int { return 3 }

func g() string { return "g" }

const s = "abc"

var (
	ifaces               = []I{Int8(1), Int8(2)}
	dynamic              = []I{Int8(f())}
	single   I           = Int8(1)
	eface    interface{} = 5
	runes                = []rune(s)
	bytes                = []byte(s)
	folded               = []byte("x" + s)
	ptr                  = &P{1, 2}
	fields               = P{x: f()}
	unkeyed              = []P{{1, "a"}, {2, 2.5}}
	explicit             = interface{}(P{1, f()})
	arr                  = [3]interface{}{1, 2, 3}
	nested               = [][]rune{[]rune(s)}
	fromI    interface{} = single
	m                    = map[string]interface{}{"a": 1} // ERROR "map\[string\]interface {}{...} escapes to heap$" "1 escapes to heap$"
	dynBytes             = []byte(g())                    // ERROR "\(\[\]byte\)\(g\(\)\) escapes to heap$"
)
