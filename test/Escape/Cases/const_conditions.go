// errorcheck -0 -m -l

// Constants in conditions: gc's deadcode folds an if statement's
// condition where a constant is the left operand of && or || (or the whole
// condition), dropping what it decides; a constant on the right (`x &&
// debug`), in a for condition or in a value (`v := false && f()`, a switch
// tag) is kept, and what it guards is analysed, unless the function body
// is only such ifs with nothing left and constant-false for loops: gc
// empties that body.

package p

var sink interface{}

func f(s string, as []string) bool { // ERROR "^s does not escape$" "^as does not escape$"
	if false && (s+"a"+as[0] == "") {
		return true
	}
	x := true || (s+"b" == "")              // ERROR `^s \+ "b" does not escape$`
	switch false && (s+"c"+as[0]+s == "") { // ERROR `^s \+ "c" \+ as\[0\] \+ s does not escape$`
	}
	return x
}

const debug = false

func g(s string, x bool) { // ERROR "^s does not escape$"
	if debug && s+"d" == "" {
		sink = s + "e"
	}
	if x && debug {
		sink = s + "f" // ERROR `^s \+ "f" escapes to heap$`
	}
	if debug || x {
		sink = s + "g" // ERROR `^s \+ "g" escapes to heap$`
	}
	if !debug {
		sink = s + "h" // ERROR `^s \+ "h" escapes to heap$`
	} else {
		sink = s + "i"
	}
	for false && s+"j" == "" { // ERROR `^s \+ "j" does not escape$`
	}
	y := debug || s+"k" == "" // ERROR `^s \+ "k" does not escape$`
	_ = y
}
func runsNothingA() {
	for false {
		defer func() { _ = recover() }()
	}
}

func forFalseB() {
	x := 1 // ERROR "^moved to heap: x$"
	for false {
		sink = &x
	}
}

func forFalseC() {
	y := 2 // ERROR "^moved to heap: y$"
	if true {
	}
	for false {
		sink = &y
	}
}

func runsNothingD() {
	if false {
		sink = func() {}
	}
	for false {
		sink = func() {}
	}
}
