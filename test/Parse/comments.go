// errorcheck

// Comments in odd places.

package /* here */ p

/* block */ var /* x */ x /* y */ = /* z */ 1 // line

func f(/* no params */) /* result */ int /* body */ {
	return /* value */ x // ok
}

/*
multi-line
*/
