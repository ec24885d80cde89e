// errorcheck -0 -m -l

// A function a dot import brings in is named with its package in the
// diagnostics, as gc prints it.

package p

import . "strings"

var sink interface{}

func dotImported() {
	sink = ToUpper("dot")   // ERROR "^strings.ToUpper\(.dot.\) escapes to heap$"
	sink = Repeat("-", 3)   // ERROR "^strings.Repeat\(.-., 3\) escapes to heap$"
}
