// errorcheck

// A keyed struct literal cannot name an unexported field of another
// package's struct: the key names no field.

package p

import "strings"

var b = strings.Builder{addr: nil} // ERROR `unknown field 'addr' in struct literal of type strings.Builder`
