// errorcheck -0 -m -m -l

// Which path -m -m explains when several lead to the same root: gc's walk
// (a stack, a location's edges in the order gc made them, a parent kept
// unless a strictly shorter path comes) takes the first flow made. Call
// results are no locations of gc's: their flows count where the result
// is used. An assignment's left-hand side (a map key) is visited before
// its right-hand side. A conversion from an empty interface has no note;
// a map literal's or map put's implicit conversion has one.

package p

type node struct {
	left, right *node
	key         int
}

func insert(t *node, k int) *node { // ERROR "^parameter t leaks to \{heap\} with derefs=0:$" "^  flow: ~r0 = t:$" "^    from return t \(return\) at LINE+9(:2)?$" "^  flow: \{heap\} = ~r0:$" "^    from t\.left = insert\(t\.left, k\) \(assign\) at LINE+5(:10)?$" "^parameter t leaks to ~r0 with derefs=0:$" "^leaking param: t$"
	if t == nil {
		return &node{key: k} // ERROR "^&node\{\.\.\.\} escapes to heap:$" "^  flow: ~r0 = &\{storage for &node\{\.\.\.\}\}:$" "^    from &node\{\.\.\.\} \(spill\) at LINE(:10)?$" "^    from return &node\{\.\.\.\} \(return\) at LINE(:3)?$" "^  flow: \{heap\} = ~r0:$" "^    from t\.left = insert\(t\.left, k\) \(assign\) at LINE+3(:10)?$" "^&node\{\.\.\.\} escapes to heap$"
	}
	if k < t.key {
		t.left = insert(t.left, k)
	} else {
		t.right = insert(t.right, k)
	}
	return t
}

type keyer interface{ key() string }

func register(m map[string]keyer, ks []keyer) { // ERROR "^parameter ks leaks to \{heap\} with derefs=1:$" "^  flow: \{temp\} = ks:$" "^  flow: k = \*\{temp\}:$" "^    from for loop \(range-deref\) at LINE+1(:14)?$" "^  flow: \{heap\} = k:$" "^    from k\.key\(\) \(call parameter\) at LINE+2(:10)?$" "^m does not escape$" "^leaking param content: ks$"
	for _, k := range ks {
		m[k.key()] = k
	}
}

type anyLike interface{}

var sink interface{}

func fromEmpty(e anyLike) { // ERROR "^parameter e leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = e:$" "^    from sink = e \(assign\) at LINE+1(:7)?$" "^leaking param: e$"
	sink = e
}

type named interface{ name() string }

func fromNonEmpty(n named) { // ERROR "^parameter n leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = n:$" "^    from n \(interface-converted\) at LINE+1(:2)?$" "^    from sink = n \(assign\) at LINE+1(:7)?$" "^leaking param: n$"
	sink = n
}

type cat struct{ lives int }

func (c *cat) name() string { return "cat" } // ERROR "^c does not escape$"

func mapValueConv(c *cat) map[string]named { // ERROR "^parameter c leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = c:$" "^    from c \(interface-converted\) at LINE+1(:29)?$" "^    from map\[string\]named\{\.\.\.\} \(map literal value\) at LINE+1(:25)?$" "^leaking param: c$"
	return map[string]named{"c": c} // ERROR "^map\[string\]named\{\.\.\.\} escapes to heap:$" "^  flow: ~r0 = &\{storage for map\[string\]named\{\.\.\.\}\}:$" "^    from map\[string\]named\{\.\.\.\} \(spill\) at LINE(:25)?$" "^    from return map\[string\]named\{\.\.\.\} \(return\) at LINE(:2)?$" "^map\[string\]named\{\.\.\.\} escapes to heap$"
}

func mapKeyConv(m map[interface{}]int, c *cat) { // ERROR "^parameter c leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = c:$" "^    from c \(interface-converted\) at LINE+1(:4)?$" "^    from m\[c\] \(key of map put\) at LINE+1(:3)?$" "^m does not escape$" "^leaking param: c$"
	m[c] = 1
}

func apply(f func(string) string, s string) string { return f(s) } // ERROR "^parameter s leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = s:$" "^    from f\(s\) \(call parameter\) at LINE(:62)?$" "^f does not escape$" "^leaking param: s$"

func use(xs ...interface{}) {} // ERROR "^xs does not escape$"

func closureArg() {
	use(apply(func(s string) string { return s + s }, "ab")) // ERROR "^s \+ s escapes to heap:$" "^  flow: ~r0 = &\{storage for s \+ s\}:$" "^    from s \+ s \(spill\) at LINE(:45)?$" "^    from return s \+ s \(return\) at LINE(:36)?$" "^s does not escape$" "^\.\.\. argument does not escape$" `^apply\(func literal, "ab"\) does not escape$` "^func literal does not escape$" "^s \+ s escapes to heap$"
}

// A closure's captured variables are in the order its body first
// mentions them; a call of a call's result goes through a temporary
// declared with the function's variables.
func composed() int {
	compose := func(f, g func(int) int) func(int) int { // ERROR "^composed\.func1 capturing by value: g \(addr=false assign=false width=8\)$" "^composed\.func1 capturing by value: f \(addr=false assign=false width=8\)$" "^parameter f leaks to \{storage for func literal\} with derefs=0:$" "^  flow: \{storage for func literal\} = f:$" "^    from f \(captured by a closure\) at LINE+1(:37)?$" "^parameter g leaks to \{storage for func literal\} with derefs=0:$" "^  flow: \{storage for func literal\} = g:$" "^    from g \(captured by a closure\) at LINE+1(:35)?$" "^leaking param: f$" "^leaking param: g$" "^func literal does not escape$"
		return func(v int) int { return g(f(v)) } // ERROR "^func literal escapes to heap:$" "^  flow: ~r0 = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:10)?$" "^    from return func literal \(return\) at LINE(:3)?$" "^func literal escapes to heap$"
	}
	inc := func(v int) int { return v + 1 } // ERROR "^func literal escapes to heap:$" "^  flow: inc = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:9)?$" "^    from inc := func literal \(assign\) at LINE(:6)?$" "^  flow: f = inc:$" "^    from compose\(inc, dbl\) \(call parameter\) at LINE+2(:16)?$" "^  flow: \{storage for func literal\} = f:$" "^    from f \(captured by a closure\) at LINE-2(:37)?$" "^func literal escapes to heap$"
	dbl := func(v int) int { return v * 2 } // ERROR "^func literal escapes to heap:$" "^  flow: dbl = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:9)?$" "^    from dbl := func literal \(assign\) at LINE(:6)?$" "^  flow: f = dbl:$" "^    from compose\(dbl, inc\) \(call parameter\) at LINE+1(:39)?$" "^  flow: \{storage for func literal\} = f:$" "^    from f \(captured by a closure\) at LINE-3(:37)?$" "^func literal escapes to heap$"
	return compose(inc, dbl)(5) + compose(dbl, inc)(5)
}

// The body of a closure assigning a captured variable mentions the
// right-hand side first. A return into named results that a deferred
// closure may change is still a return.
func try(name string, f func()) (msg string) { // ERROR "^try capturing by value: name \(addr=false assign=false width=16\)$" "^try capturing by ref: msg \(addr=false assign=true width=16\)$" "^name does not escape$" "^f does not escape$"
	defer func() { // ERROR "^func literal does not escape$"
		if r := recover(); r != nil {
			msg = name + "!" // ERROR `^name \+ "!" escapes to heap:$` `^  flow: msg = &\{storage for name \+ "!"\}:$` `^    from name \+ "!" \(spill\) at LINE(:15)?$` `^    from msg = name \+ "!" \(assign\) at LINE(:8)?$` "^  flow: \{storage for func literal\} = &msg:$" "^    from msg \(captured by a closure\) at LINE(:4)?$" "^    from msg \(reference\) at LINE(:4)?$" `^name \+ "!" escapes to heap$`
		}
	}()
	f()
	return name + ": not reached" // ERROR `^name \+ ": not reached" escapes to heap:$` `^  flow: msg = &\{storage for name \+ ": not reached"\}:$` `^    from name \+ ": not reached" \(spill\) at LINE(:14)?$` `^    from return name \+ ": not reached" \(return\) at LINE(:2)?$` `^name \+ ": not reached" escapes to heap$`
}

// A call's callee or receiver that gc evaluates into a temporary first
// (a method called on a call's result) makes its flows first.
type handler func(string) string

func (h handler) chain(g handler) handler { // ERROR "^handler\.chain capturing by value: g \(addr=false assign=false width=8\)$" "^handler\.chain capturing by value: h \(addr=false assign=false width=8\)$" "^parameter h leaks to \{storage for func literal\} with derefs=0:$" "^  flow: \{storage for func literal\} = h:$" "^    from h \(captured by a closure\) at LINE+1(:42)?$" "^parameter g leaks to \{storage for func literal\} with derefs=0:$" "^  flow: \{storage for func literal\} = g:$" "^    from g \(captured by a closure\) at LINE+1(:40)?$" "^leaking param: h$" "^leaking param: g$" "^parameter g leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = g:$" "^    from handler\.chain\(\.this, g\) \(call parameter\) at <autogenerated>:1$"
	return func(s string) string { return g(h(s)) } // ERROR "^parameter s leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = s:$" "^    from h\(s\) \(call parameter\) at LINE(:43)?$" "^func literal escapes to heap:$" "^  flow: ~r0 = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:9)?$" "^    from return func literal \(return\) at LINE(:2)?$" "^leaking param: s$" "^func literal escapes to heap$"
}

func chained(up handler) string { // ERROR "^parameter up leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = up:$" "^    from handler\.chain\(up, ex\) \(call parameter\) at LINE+2(:17)?$" "^leaking param: up$"
	ex := handler(func(s string) string { return s + "!" }) // ERROR "^func literal escapes to heap:$" "^  flow: ex = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:16)?$" "^    from ex := handler\(func literal\) \(assign\) at LINE(:5)?$" "^  flow: \{heap\} = ex:$" "^    from handler\.chain\(up, ex\) \(call parameter\) at LINE+1(:17)?$" `^s \+ "!" escapes to heap:$` `^  flow: ~r0 = &\{storage for s \+ "!"\}:$` `^    from s \+ "!" \(spill\) at LINE(:49)?$` `^    from return s \+ "!" \(return\) at LINE(:40)?$` "^s does not escape$" "^func literal escapes to heap$" `^s \+ "!" escapes to heap$`
	return up.chain(ex).chain(ex)("hi")
}

// A call's arguments make their flows in order, a call inside an
// argument before the arguments to its right; the implicit `...` slice
// after the receiver.
type metric struct{ label string }

var metrics []*metric

func newMetric(label string) *metric { // ERROR "^parameter label leaks to \{storage for &metric\{\.\.\.\}\} with derefs=0:$" "^  flow: \{storage for &metric\{\.\.\.\}\} = label:$" "^    from metric\{\.\.\.\} \(struct literal element\) at LINE+1(:14)?$" "^leaking param: label$"
	m := &metric{label: label} // ERROR "^&metric\{\.\.\.\} escapes to heap:$" "^  flow: m = &\{storage for &metric\{\.\.\.\}\}:$" "^    from &metric\{\.\.\.\} \(spill\) at LINE(:7)?$" "^    from m := &metric\{\.\.\.\} \(assign\) at LINE(:4)?$" "^  flow: \{heap\} = m:$" "^    from append\(metrics, m\) \(call parameter\) at LINE+1(:18)?$" "^&metric\{\.\.\.\} escapes to heap$"
	metrics = append(metrics, m)
	return m
}

func index(flag bool, m *metric, text string) bool { // ERROR "^parameter text leaks to \{storage for text\} with derefs=0:$" "^  flow: \{storage for text\} = text:$" "^    from text \(interface-converted\) at LINE+1(:2)?$" "^m does not escape$" "^leaking param: text$"
	sink = text // ERROR "^text escapes to heap:$" "^  flow: \{heap\} = &\{storage for text\}:$" "^    from text \(spill\) at LINE(:2)?$" "^    from sink = text \(assign\) at LINE(:7)?$" "^text escapes to heap$"
	return flag
}

func indexAll(text string) bool { // ERROR "^parameter text leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = text:$" "^    from newMetric\(text\) \(call parameter\) at LINE+1(:31)?$" "^leaking param: text$"
	return index(false, newMetric(text), text)
}

type tracer struct{ out *[]interface{} }

func (t *tracer) logf(format string, args ...interface{}) { // ERROR "^parameter args leaks to \{heap\} with derefs=1:$" "^  flow: \{heap\} = \*args:$" "^    from append\(\*t\.out, args\.\.\.\) \(call parameter\) at LINE+1(:17)?$" "^    from append\(\*t\.out, args\.\.\.\) \(appended slice\.\.\.\) at LINE+1(:17)?$" "^parameter t leaks to \{heap\} with derefs=2:$" "^  flow: \{temp\} = \*\*t:$" "^    from t\.out \(dot of pointer\) at LINE+1(:20)?$" "^    from \*t\.out \(indirection\) at LINE+1(:18)?$" "^  flow: \{heap\} = \{temp\}:$" "^    from \*t\.out = append\(\*t\.out, args\.\.\.\) \(assign\) at LINE+1(:9)?$" "^leaking param content: t$" "^format does not escape$" "^leaking param content: args$" "^    from \(\*tracer\)\.logf\(\.this\.tracer, format, args\.\.\.\) \(call parameter\) at <autogenerated>:1$"
	*t.out = append(*t.out, args...)
}

type traced struct{ *tracer }

func (t *traced) step(n int) { // ERROR "^parameter t leaks to \{heap\} with derefs=3:$" "^  flow: \{heap\} = \*\*\*t:$" "^    from t\.tracer \(dot of pointer\) at LINE+1(:3)?$" `^    from \(\*tracer\)\.logf\(t\.tracer, "step %d", \.\.\. argument\.\.\.\) \(call parameter\) at LINE+1(:8)?$` "^leaking param content: t$"
	t.logf("step %d", n) // ERROR "^n escapes to heap:$" "^  flow: \{storage for \.\.\. argument\} = &\{storage for n\}:$" "^    from n \(spill\) at LINE(:9)?$" "^    from \.\.\. argument \(slice-literal-element\) at LINE(:8)?$" "^  flow: \{heap\} = \{storage for \.\.\. argument\}:$" "^    from \.\.\. argument \(spill\) at LINE(:8)?$" `^    from \(\*tracer\)\.logf\(t\.tracer, "step %d", \.\.\. argument\.\.\.\) \(call parameter\) at LINE(:8)?$` "^\.\.\. argument does not escape$" "^n escapes to heap$"
}

// A type switch's clause variables (or the temporary gc puts before
// them) take the switched expression with its notes: the spill and the
// conversion to the interface.
type shape interface{ area() int }

type box struct{ p *int }

func (b *box) area() int { return 1 } // ERROR "^b does not escape$"

func switchTee() int {
	switch x := shape(&box{}).(type) { // ERROR "^&box\{\} escapes to heap:$" "^  flow: \{temp\} = &\{storage for &box\{\}\}:$" "^    from &box\{\} \(spill\) at LINE(:20)?$" "^    from shape\(&box\{\}\) \(interface-converted\) at LINE(:19)?$" "^  flow: x = \{temp\}:$" "^    from case \*box: sink = x \(switch case\) at LINE+1(:2)?$" "^  flow: \{heap\} = x:$" "^    from x \(interface-converted\) at LINE+2(:3)?$" "^    from sink = x \(assign\) at LINE+2(:8)?$" "^&box\{\} escapes to heap$"
	case *box:
		sink = x
	case nil:
		return 1
	}
	return 0
}

func switchOne() {
	switch x := shape(&box{}).(type) { // ERROR "^&box\{\} escapes to heap:$" "^  flow: x = &\{storage for &box\{\}\}:$" "^    from &box\{\} \(spill\) at LINE(:20)?$" "^    from shape\(&box\{\}\) \(interface-converted\) at LINE(:19)?$" "^    from case \*box: sink = x \(switch case\) at LINE+1(:2)?$" "^  flow: \{heap\} = x:$" "^    from x \(interface-converted\) at LINE+2(:3)?$" "^    from sink = x \(assign\) at LINE+2(:8)?$" "^&box\{\} escapes to heap$"
	case *box:
		sink = x
	}
}

// An argument of a function analysed before, whose parameter leaks both
// to the heap and to a result the caller uses, goes through gc's
// temporary (teeHole) first.
type record struct {
	label *string
	next  *record
}

var lastLabel *string

func leakBoth(r *record) *record { // ERROR "^parameter r leaks to \{heap\} with derefs=1:$" "^  flow: \{heap\} = \*r:$" "^    from r\.label \(dot of pointer\) at LINE+1(:15)?$" "^    from lastLabel = r\.label \(assign\) at LINE+1(:12)?$" "^parameter r leaks to ~r0 with derefs=0:$" "^  flow: ~r0 = r:$" "^    from return r \(return\) at LINE+2(:2)?$" "^leaking param content: r$" "^leaking param: r to result ~r0 level=0$"
	lastLabel = r.label
	return r
}

func useBoth(r *record) *record { // ERROR "^parameter r leaks to \{heap\} with derefs=1:$" "^  flow: \{temp\} = r:$" "^    from leakBoth\(r\) \(call parameter\) at LINE+1(:17)?$" "^  flow: \{heap\} = \*\{temp\}:$" "^parameter r leaks to ~r0 with derefs=0:$" "^  flow: ~r0 = \{temp\}:$" "^    from return leakBoth\(r\) \(return\) at LINE+1(:2)?$" "^leaking param content: r$" "^leaking param: r to result ~r0 level=0$"
	return leakBoth(r)
}

func dropResult(r *record) { // ERROR "^parameter r leaks to \{heap\} with derefs=1:$" "^  flow: \{heap\} = \*r:$" "^    from leakBoth\(r\) \(call parameter\) at LINE+1(:10)?$" "^leaking param content: r$"
	leakBoth(r)
}
