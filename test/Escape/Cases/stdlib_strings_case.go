// errorcheck -0 -m -l

// strings.ToLower has gc's tag for its parameter (leaks to the result,
// as ToUpper).

package p

import "strings"

var sink string

func lower(s string) string { return strings.ToLower(s) } // ERROR "^leaking param: s to result ~r0 level=0$"

func lowerBytes(b []byte) { sink = strings.ToLower(string(b)) } // ERROR "^b does not escape$" "^string\(b\) escapes to heap$"

func lowerLen(b []byte) int { return len(strings.ToLower(string(b))) } // ERROR "^b does not escape$" "^string\(b\) does not escape$"

func both(s string) string { return strings.ToUpper(strings.ToLower(s)) } // ERROR "^leaking param: s to result ~r0 level=0$"
