// errorcheck -0 -m -l

// gc puts the operand of every range statement in a temporary made
// before the loop, whatever the ranged type and whether the loop has a
// value variable: an address stored into the ranged array inside the
// loop reaches that temporary first (`flow: {temp} = ps`).

package p

type Arr [3]*int

type Holder struct {
	arr Arr
	ptr *[3]*int
}

func mkArr() [3]*int { return [3]*int{} }

func keyOnlyArray() *int {
	ps := [3]*int{}
	for i := range ps {
		v := i * 10 // ERROR "^moved to heap: v$"
		ps[i] = &v
	}
	return ps[0]
}

func keyOnlyArrayPtr(ps *[3]*int) { // ERROR "^ps does not escape$"
	for i := range ps {
		v := i // ERROR "^moved to heap: v$"
		ps[i] = &v
	}
}

func keyOnlyConverted(h Holder) *int { // ERROR "^leaking param: h to result ~r0 level=0$"
	for i := range Arr(h.arr) {
		v := i // ERROR "^moved to heap: v$"
		h.arr[i] = &v
	}
	return h.arr[1]
}

func keyOnlySlice(ps []*int) { // ERROR "^ps does not escape$"
	for i := range ps {
		v := i // ERROR "^moved to heap: v$"
		ps[i] = &v
	}
}

func keyOnlyMap(m map[int]*int) { // ERROR "^m does not escape$"
	for k := range m {
		v := k // ERROR "^moved to heap: v$"
		m[k] = &v
	}
}

func noVars(ps [2]*int) int { // ERROR "^ps does not escape$"
	n := 0
	for range ps {
		x := n // ERROR "^moved to heap: x$"
		ps[0] = &x
		n++
	}
	return n + *ps[0]
}

func keyOnlyCall() int {
	n := 0
	for i := range mkArr() {
		n += i
	}
	return n
}

func keyOnlyLiteral() int {
	n := 0
	for i := range [2]*int{new(int), &n} { // ERROR "^new\(int\) does not escape$"
		n += i
	}
	return n
}

func valueAfterKeyOnly(h *Holder) *int { // ERROR "^leaking param: h to result ~r0 level=1$"
	var last *int
	for i := range h.arr {
		v := i // ERROR "^moved to heap: v$"
		h.arr[i] = &v
	}
	for _, p := range h.arr {
		last = p
	}
	return last
}
