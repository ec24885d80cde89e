// errorcheck -0 -m -l

// Map elements assigned from a multi-value expression (a comma-ok type
// assertion, map read or a call with two results): the key flows with
// gc's `key of map put` note, like in a plain assignment.

package p

var sink interface{}

func f() (*int, bool) { return new(int), true } // ERROR "^new\(int\) escapes to heap$"

func commaOk(data map[string]interface{}, keys ...string) map[string]*int { // ERROR "^data does not escape$" "^leaking param content: keys$"
	ret := map[string]*int{} // ERROR "^map\[string\]\*int\{\} escapes to heap$"
	var ok bool
	for _, k := range keys { // ERROR "^moved to heap: k$"
		ret[k], ok = data[k].(*int)
		ret[k+"x"], ok = f()            // ERROR `^k \+ "x" escapes to heap$`
		var y int                       // ERROR "^moved to heap: y$"
		ret[k+"y"], ok = &y, true       // ERROR `^k \+ "y" escapes to heap$`
		m2 := map[*string]interface{}{} // ERROR "^map\[\*string\]interface \{\}\{\} escapes to heap$"
		m2[&k], ok = data[k]
		sink = m2
	}
	_ = ok
	return ret
}
