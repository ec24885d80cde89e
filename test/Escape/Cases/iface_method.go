// errorcheck -0 -m -l

// Interface method calls: unknown callees leak their receivers and
// arguments; calls on values of a known concrete type are devirtualized.

package p

type Shape interface {
	Area() int
	Scale(k *int)
}

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

func (r Rect) Scale(k *int) {} // ERROR "^k does not escape$"

type Circle struct{ r int }

func (c *Circle) Area() int { return c.r * c.r * 3 } // ERROR "^c does not escape$"

func (c *Circle) Scale(k *int) { c.r *= *k } // ERROR "^c does not escape$" "^k does not escape$"

var gs Shape

func callArea(s Shape) int { // ERROR "^leaking param: s$"
	return s.Area()
}

func callScale(s Shape, k *int) { // ERROR "^leaking param: s$" "^leaking param: k$"
	s.Scale(k)
}

func callScaleLocal(s Shape) { // ERROR "^leaking param: s$"
	k := 2 // ERROR "^moved to heap: k$"
	s.Scale(&k)
}

func devirtValue() int {
	var s Shape = Rect{1, 2} // ERROR "^Rect\{\.\.\.\} does not escape$"
	return s.Area() // ERROR "^devirtualizing s\.Area to Rect$"
}

func devirtPointer() int {
	var s Shape = &Circle{r: 1} // ERROR "^&Circle\{\.\.\.\} does not escape$"
	return s.Area() // ERROR "^devirtualizing s\.Area to \*Circle$"
}

func storeShape(r Rect) {
	gs = r // ERROR "^r escapes to heap$"
}

func storeShapePtr(c *Circle) { // ERROR "^leaking param: c$"
	gs = c
}

func returnShape(w, h int) Shape {
	return Rect{w, h} // ERROR "^Rect\{\.\.\.\} escapes to heap$"
}

func returnShapePtr(r int) Shape {
	return &Circle{r: r} // ERROR "^&Circle\{\.\.\.\} escapes to heap$"
}

func sliceOfShapes() int {
	shapes := []Shape{Rect{1, 1}, &Circle{2}} // ERROR "^\[\]Shape\{\.\.\.\} does not escape$" "^Rect\{\.\.\.\} escapes to heap$" "^&Circle\{\.\.\.\} escapes to heap$"
	total := 0
	for _, s := range shapes {
		total += s.Area()
	}
	return total
}

func errorMethod(e error) string { // ERROR "^leaking param: e$"
	return e.Error()
}

type stringer interface{ String() string }

type name string

func (n name) String() string { return string(n) } // ERROR "^leaking param: n to result ~r0 level=0$"

func callString(s stringer) string { // ERROR "^leaking param: s$"
	return s.String()
}

func devirtString() string {
	var s stringer = name("x") // ERROR `^name\("x"\) does not escape$`
	return s.String() // ERROR "^devirtualizing s\.String to name$"
}

func passConcrete(c *Circle) int { // ERROR "^leaking param: c$"
	return callArea(c)
}

// A devirtualized call of a promoted method calls the declared method with
// the receiver reached through the embedded fields: the fields of a
// pointer are read through it, so only what they point to reaches the
// method.
type logger struct{ lines []string }

func (l *logger) Log(s string) { l.lines = append(l.lines, s) } // ERROR "^leaking param content: l$" "^leaking param: s$"
func (l logger) Count() int    { return len(l.lines) } // ERROR "^l does not escape$"

type store struct {
	*logger
	data map[string]int
}

type cache struct {
	store
	hits int
}

type logCounter interface {
	Log(string)
	Count() int
}

func devirtualizedPromoted() int {
	c := &cache{store: store{logger: &logger{}, data: map[string]int{}}} // ERROR "^&cache\{\.\.\.\} does not escape$" "^&logger\{\} does not escape$" "^map\[string\]int\{\} does not escape$"
	var lc logCounter = c
	lc.Log("x") // ERROR "^devirtualizing lc\.Log to \*cache$"
	var cn logCounter = c.store // ERROR "^c\.store does not escape$"
	return lc.Count() + cn.Count() // ERROR "^devirtualizing lc\.Count to \*cache$" "^devirtualizing cn\.Count to store$"
}
