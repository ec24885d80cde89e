// errorcheck -0 -m -l

package p

// FAKE: [[@LINE+2]]:8: leaking param: p
// FAKE-EXIT: 0
func f(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return p
}
