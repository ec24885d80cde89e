// errorcheck

// Index and slice expressions of every kind.

package p

func f(a [4]int, p *[4]int, s []int, str string, m map[string][]int) {
	_ = a[1] + p[2] + s[3]
	_ = a[:] 
	_ = p[1:3]
	_ = s[1:2:3]
	_ = str[1:] + str[:2]
	b := str[0]
	var c byte = b
	_ = c
	v, ok := m["k"]
	_, _ = v, ok
	m["k"] = append(m["k"], 1)
	_ = "abc"[1]
}
