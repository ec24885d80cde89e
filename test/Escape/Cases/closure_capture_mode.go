// errorcheck -0 -m -m -l

// gc's capture mode: a closure captures a variable by value when its
// address is not taken, it is at most 128 bytes, and it is not assigned
// after the first capture (any assignment counts when that capture is at
// another loop depth). An assignment whose right-hand side holds the
// closure counts as after it, so a recursive closure captures by
// reference; a capture by reference makes later captures see addr=true.

package p

func assignedBefore() int {
	x := 0 // ERROR "^assignedBefore capturing by value: x \(addr=false assign=false width=8\)$"
	x = 5
	return func() int { return x }() // ERROR "^func literal does not escape$"
}

func assignedAfter() {
	x := 0 // ERROR "^assignedAfter capturing by ref: x \(addr=false assign=true width=8\)$"
	func() { println(x) }() // ERROR "^func literal does not escape$"
	x = 5
}

func incBefore() int {
	x := 0 // ERROR "^incBefore capturing by value: x \(addr=false assign=false width=8\)$"
	x++
	return func() int { return x }() // ERROR "^func literal does not escape$"
}

func decAfter() {
	x := 0 // ERROR "^decAfter capturing by ref: x \(addr=false assign=true width=8\)$"
	func() { println(x) }() // ERROR "^func literal does not escape$"
	x--
}

func opAssignAfter() {
	x := 1 // ERROR "^opAssignAfter capturing by ref: x \(addr=false assign=true width=8\)$"
	func() { println(x) }() // ERROR "^func literal does not escape$"
	x += 2
}

func assignedInBody() int {
	x := 0 // ERROR "^assignedInBody capturing by ref: x \(addr=false assign=true width=8\)$"
	func() { x = 1 }() // ERROR "^func literal does not escape$"
	return x
}

func addressTaken() int {
	x := 1 // ERROR "^addressTaken capturing by ref: x \(addr=true assign=false width=8\)$"
	p := &x
	*p = 2
	return func() int { return x }() // ERROR "^func literal does not escape$"
}

func size128() int64 {
	var a [16]int64 // ERROR "^size128 capturing by value: a \(addr=false assign=false width=128\)$"
	return func() int64 { return a[0] }() // ERROR "^func literal does not escape$"
}

func size136() int64 {
	var a [17]int64 // ERROR "^size136 capturing by ref: a \(addr=false assign=false width=136\)$"
	return func() int64 { return a[0] }() // ERROR "^func literal does not escape$"
}

func recursive() {
	var f func(int) // ERROR "^recursive capturing by ref: f \(addr=false assign=true width=8\)$"
	f = func(n int) { // ERROR "^func literal does not escape$"
		if n > 0 {
			f(n - 1)
		}
	}
	f(3)
}

func inOwnAssignment() int {
	x := 1 // ERROR "^inOwnAssignment capturing by ref: x \(addr=false assign=true width=8\)$"
	x = func() int { return x + 1 }() // ERROR "^func literal does not escape$"
	return x
}

func betweenCaptures() {
	x := 0 // ERROR "^betweenCaptures capturing by ref: x \(addr=false assign=true width=8\)$" "^betweenCaptures capturing by ref: x \(addr=true assign=true width=8\)$"
	x = 1
	func() { println(x) }() // ERROR "^func literal does not escape$"
	x = 2
	func() { println(x) }() // ERROR "^func literal does not escape$"
}

func assignedInLoopBefore() int {
	x := 0 // ERROR "^assignedInLoopBefore capturing by value: x \(addr=false assign=false width=8\)$"
	for i := 0; i < 3; i++ {
		x = i
	}
	return func() int { return x }() // ERROR "^func literal does not escape$"
}

func capturedInLoop() {
	x := 0 // ERROR "^capturedInLoop capturing by ref: x \(addr=false assign=true width=8\)$"
	x = 3
	for i := 0; i < 3; i++ {
		func() { println(x) }() // ERROR "^func literal does not escape$"
	}
}

func swapAfter() {
	a, b := 1, 2 // ERROR "^swapAfter capturing by ref: a \(addr=false assign=true width=8\)$" "^swapAfter capturing by ref: b \(addr=false assign=true width=8\)$"
	func() { println(a, b) }() // ERROR "^func literal does not escape$"
	a, b = b, a
}

func rangeVar(xs []int) { // ERROR "^xs does not escape$"
	for _, v := range xs { // ERROR "^rangeVar capturing by ref: v \(addr=false assign=true width=8\)$"
		func() { println(v) }() // ERROR "^func literal does not escape$"
	}
}

func nested() {
	x := 0 // ERROR "^nested capturing by ref: x \(addr=false assign=true width=8\)$" "^nested capturing by ref: x \(addr=true assign=true width=8\)$"
	func() { // ERROR "^func literal does not escape$"
		func() { println(x) }() // ERROR "^func literal does not escape$"
	}()
	x = 1
}
