// errorcheck

// A lower-case name of an imported package.

package p

import "strings"
func f() { strings.indexFunc("a", nil, false) } // ERROR "undefined: strings\.indexFunc"
