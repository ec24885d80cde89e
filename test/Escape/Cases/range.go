// errorcheck -0 -m -l

// range over slices, arrays, pointers to arrays and maps: which values
// flow where (channels are in chan_go.go).

package p

var gi *int
var gp **int

func rangeSliceValues(s []*int) { // ERROR "^leaking param content: s$"
	for _, p := range s {
		gi = p
	}
}

func rangeSliceValuesLocal(s []*int) int { // ERROR "^s does not escape$"
	n := 0
	for _, p := range s {
		n += *p
	}
	return n
}

func rangeSliceIndexAddr(s []int) { // ERROR "^leaking param: s$"
	for i := range s {
		gi = &s[i]
	}
}

func rangeValueAddr(s []int) { // ERROR "^leaking param content: s$"
	for _, v := range s { // ERROR "^moved to heap: v$"
		gi = &v
	}
}

func rangeValueAddrLocal(s []int) int { // ERROR "^s does not escape$"
	n := 0
	for _, v := range s {
		p := &v
		n += *p
	}
	return n
}

func rangeLiteral() int {
	n := 0
	for _, v := range []int{1, 2, 3} { // ERROR "^\[\]int\{\.\.\.\} does not escape$"
		n += v
	}
	return n
}

func rangeArrayPtr(a *[3]*int) { // ERROR "^leaking param content: a$"
	for _, p := range a {
		gi = p
	}
}

func rangeMapValues(m map[string]*int) { // ERROR "^leaking param content: m$"
	for _, v := range m {
		gi = v
	}
}

func rangeMapKeysLocal(m map[string]int) int { // ERROR "^m does not escape$"
	n := 0
	for k := range m {
		n += len(k)
	}
	return n
}

func rangeStructs(s []struct{ p *int }) *int { // ERROR "^leaking param: s to result ~r0 level=1$"
	for _, e := range s {
		return e.p
	}
	return nil
}

func rangeSliceOfSlices(ss [][]*int) { // ERROR "^leaking param content: ss$"
	for _, s := range ss {
		gi = s[0]
	}
}

func rangeMakeLocal(n int) int {
	t := 0
	for i := range make([]int, n) { // ERROR "^make\(\[\]int, n\) escapes to heap$"
		t += i
	}
	return t
}

func rangeKeyValueAddrs(s []int) { // ERROR "^s does not escape$"
	for i, v := range s {
		if i == 0 {
			x := v // ERROR "^moved to heap: x$"
			gi = &x
		}
	}
}
