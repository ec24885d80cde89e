// errorcheck

// Index, slice (2- and 3-index), type assertions, selectors on calls.

package p

type T struct{ s []int }

func (t T) get() T { return t }

func f(s []int, str string, m map[string][]int, i interface{}, t T) {
	_ = s[1]
	_ = s[:]
	_ = s[1:]
	_ = s[:2]
	_ = s[1:2]
	_ = s[1:2:3]
	_ = s[:2:3]
	_ = str[1:]
	_ = m["a"][0]
	_ = i.(int)
	v, ok := i.(string)
	_, _ = v, ok
	_ = t.get().get().s[0]
	_ = i.(interface{ M() })
	_ = (*[3]int)(nil)[1:2]
}
