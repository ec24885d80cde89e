// errorcheck

// Selecting on a pointer to an interface.

package p

type I interface{ M() }
func f(p *I) { p.M() } // ERROR "p\.M undefined \(type \*I is pointer to interface, not interface\)"
