// errorcheck

// Every form of the for statement.

package p

func f(s []int, m map[string]int, c chan int, a *[3]int) {
	for {
		break
	}
	for s != nil {
		break
	}
	for i := 0; i < 3; i++ {
	}
	for i := 0; i < 3; {
		i++
	}
	for ; ; {
		break
	}
	for range s {
	}
	for i := range s {
		_ = i
	}
	for k, v := range m {
		_, _ = k, v
	}
	var k string
	for k = range m {
	}
	_ = k
	for x := range c {
		_ = x
	}
	for i, e := range a {
		_, _ = i, e
	}
	for _, r := range "héllo" {
		_ = r
	}
}
