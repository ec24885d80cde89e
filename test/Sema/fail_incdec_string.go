// errorcheck

// ++ on a string.

package p

func f(s string) { s++ } // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
