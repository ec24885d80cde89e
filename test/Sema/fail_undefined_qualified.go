// errorcheck

// A name a modelled package does not declare.

package p

import "strings"
func f() { strings.NoSuchThing() } // ERROR "undefined: strings\.NoSuchThing"
