// errorcheck

// A switch on a func value (funcs compare to nil).

package p

func f(g func()) {
	switch g {
	}
}
