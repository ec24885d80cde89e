// errorcheck

// All statement forms of the subset.

package p

func f(xs []int, m map[string]int, c chan int, i interface{}, p *[3]int) (total int) {
	for k, v := range m {
		total += len(k) + v
	}
	for i := range p {
		total += i
	}
	for _, r := range "héllo" {
		total += int(r)
	}
	for v := range c {
		total += v
	}
	for range xs {
	}
	switch {
	case total > 10:
		fallthrough
	case total > 5:
		total--
	default:
	}
	switch v := i.(type) {
	case int, string:
		_ = v
	case nil:
	case error:
		_ = v.Error()
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	select {
	case v := <-c:
		total += v
	case c <- 1:
	default:
	}
	goto end
end:
	return
}
