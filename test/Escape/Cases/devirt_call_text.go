// errorcheck -0 -m -l

// Devirtualized interface calls print as gc rewrites them: the concrete
// method called with the asserted receiver first (`T.M(x.(T))`,
// `(*T).M(x.(*T), a)`), promoted methods with their embedded fields
// spelled out, and a method promoted from an embedded interface as an
// interface call on that field. Explained while the graph is built, a
// call gc has not visited yet is still `x.(T).M(args)`; the receiver's
// notes are the assertion's and the embedded fields'.

package p

type Getter interface{ Get() int }

type Namer interface{ Name(n int) string }

type V struct{ n int }

func (v V) Get() int { return v.n }

type P struct{ n int }

func (p *P) Get() int { return p.n } // ERROR "^p does not escape$"

func (p *P) Name(n int) string { return "p" } // ERROR "^p does not escape$"

type Outer struct {
	V
	x int
}

type POuter struct {
	*P
}

type IOuter struct {
	Getter
}

type PRec struct {
	P
}

var sink interface{}

func valueRecv() {
	var g Getter = V{1} // ERROR "^V\{\.\.\.\} does not escape$"
	sink = g.Get() // ERROR "^devirtualizing g\.Get to V$" "^V\.Get\(g\.\(V\)\) escapes to heap$"
}

func ptrRecv() {
	var g Getter = &P{2} // ERROR "^&P\{\.\.\.\} does not escape$"
	sink = g.Get() // ERROR "^devirtualizing g\.Get to \*P$" "^\(\*P\)\.Get\(g\.\(\*P\)\) escapes to heap$"
}

func ptrRecvArgs() {
	var n Namer = &P{3} // ERROR "^&P\{\.\.\.\} does not escape$"
	sink = n.Name(4) // ERROR "^devirtualizing n\.Name to \*P$" "^\(\*P\)\.Name\(n\.\(\*P\), 4\) escapes to heap$"
}

func valueViaPtr() {
	var g Getter = &V{5} // ERROR "^&V\{\.\.\.\} does not escape$"
	sink = g.Get() // ERROR "^devirtualizing g\.Get to \*V$" "^V\.Get\(g\.\(\*V\)\) escapes to heap$"
}

func promotedValue() {
	var g Getter = Outer{V{6}, 7} // ERROR "^Outer\{\.\.\.\} does not escape$"
	sink = g.Get() // ERROR "^devirtualizing g\.Get to Outer$" "^V\.Get\(g\.\(Outer\)\.V\) escapes to heap$"
}

func promotedPtr() {
	var g Getter = POuter{&P{8}} // ERROR "^&P\{\.\.\.\} does not escape$"
	sink = g.Get() // ERROR "^devirtualizing g\.Get to POuter$" "^\(\*P\)\.Get\(g\.\(POuter\)\.P\) escapes to heap$"
}

func promotedIface() {
	var g Getter = IOuter{V{9}} // ERROR "^IOuter\{\.\.\.\} does not escape$" "^V\{\.\.\.\} escapes to heap$"
	sink = g.Get() // ERROR "^partially devirtualizing g\.Get to IOuter$" "^g\.\(IOuter\)\.Getter\.Get\(\) escapes to heap$"
}

func promotedAddr(x *int) { // ERROR "^x does not escape$"
	var g Getter = &PRec{P{10}} // ERROR "^&PRec\{\.\.\.\} does not escape$"
	sink = g.Get() // ERROR "^devirtualizing g\.Get to \*PRec$" "^\(\*P\)\.Get\(g\.\(\*PRec\)\.P\) escapes to heap$"
}

func converted(v V) {
	sink = Getter(v).Get() // ERROR "^devirtualizing Getter\(v\)\.Get to V$" "^V\.Get\(Getter\(v\)\.\(V\)\) escapes to heap$" "^Getter\(v\) does not escape$"
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) } // ERROR "^leaking param content: l$" "^s does not escape$" "^l\.prefix \+ s escapes to heap$"

type Store struct {
	*Logger
	data map[string]int
}

type Cache struct {
	Store
	name string
}

type LogI interface{ Log(s string) }

func embeddedPtrPath() {
	c := &Cache{Store: Store{Logger: &Logger{prefix: "> "}, data: map[string]int{}}} // ERROR "^&Cache\{\.\.\.\} does not escape$" "^&Logger\{\.\.\.\} does not escape$" "^map\[string\]int\{\} does not escape$"
	var l LogI = c
	l.Log("x") // ERROR "^devirtualizing l\.Log to \*Cache$"
}
