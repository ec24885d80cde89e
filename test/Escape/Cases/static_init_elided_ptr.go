// errorcheck -0 -m -l

// gc's static initialization of a package variable: an element `{...}`
// of a literal whose `&T` is elided is a &T{...} with a static temporary
// of its own, so the dynamic parts inside it (a method value, a map)
// are assigned at that temporary's offsets (`(T)(p..stmp_3@16) = ...`
// at -m -m, compared by the gc-multiset test).

package p

type Cmd struct {
	Name string
	Run  func() int
	Subs []*Cmd
	Meta map[string]string
}

type counter struct{ n int }

func (c *counter) run() int { return c.n } // ERROR "^c does not escape$"

var root = &Cmd{
	Name: "root",
	Subs: []*Cmd{
		{Name: "a"},
		{Name: "b", Run: (&counter{}).run},             // ERROR "^\(&counter\{\}\)\.run escapes to heap$" "^&counter\{\} escapes to heap$"
		{Name: "c", Meta: map[string]string{"k": "v"}}, // ERROR "^map\[string\]string\{\.\.\.\} escapes to heap$"
	},
}

var table = [2]*Cmd{{Name: "x"}, {Meta: map[string]string{}}} // ERROR "^map\[string\]string\{\} escapes to heap$"

var nested = []*[]*Cmd{{{Name: "y", Meta: map[string]string{}}}} // ERROR "^map\[string\]string\{\} escapes to heap$"
