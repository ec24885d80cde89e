// errorcheck -0 -m -l

// A method value's receiver flows to a temporary: at -m -m gc explains
// that flow from the receiver expression (`from &counter{} (spill)`),
// also in a package variable's initializer.

package p

type counter struct{ n int }

func (c *counter) run() int { return c.n } // ERROR "^c does not escape$"

type outer struct{ *counter }

var f = (&counter{}).run // ERROR "^\(&counter\{\}\)\.run escapes to heap$" "^&counter\{\} escapes to heap$"

func literalRecv() func() int {
	return (&counter{n: 1}).run // ERROR "^\(&counter\{\.\.\.\}\)\.run escapes to heap$" "^&counter\{\.\.\.\} escapes to heap$"
}

func varRecv(c *counter) func() int { // ERROR "^leaking param: c$"
	return c.run // ERROR "^c\.run escapes to heap$"
}

func embeddedRecv() func() int {
	return outer{&counter{}}.run // ERROR "^outer\{\.\.\.\}\.counter\.run escapes to heap$" "^&counter\{\} escapes to heap$"
}

func newRecv() func() int {
	return new(counter).run // ERROR "^new\(counter\)\.run escapes to heap$" "^new\(counter\) escapes to heap$"
}
