// errorcheck -0 -m -l

// gc checks an operator assignment `x op= y` as the assignment of y to
// x: when both name the same field or constant-indexed array element of
// one base it is an ignored self-assignment (reported at -m), so a
// string field appended to itself does not leak its struct's content.

package p

type R struct {
	n int
	s string
	p *int
	a [3]int
	b []byte
}

func intField(r *R)              { r.n += r.n }              // ERROR "^intField ignoring self-assignment in r\.n \+= r\.n$" "^r does not escape$"
func stringField(r *R)           { r.s += r.s }              // ERROR "^stringField ignoring self-assignment in r\.s \+= r\.s$" "^r does not escape$"
func arrayElems(r *R)            { r.a[1] -= r.a[2] }        // ERROR "^arrayElems ignoring self-assignment in r\.a\[1\] -= r\.a\[2\]$" "^r does not escape$"
func incDec(r *R)                { r.n++ }                   // ERROR "^r does not escape$"
func otherBase(r *R, q *R)       { r.n *= q.n }              // ERROR "^r does not escape$" "^q does not escape$"
func valueRecv(r R) int          { r.n <<= r.n; return r.n } // ERROR "^valueRecv ignoring self-assignment in r\.n <<= r\.n$" "^r does not escape$"
func plainConcat(r *R)           { r.s = r.s + "x" }         // ERROR "^r does not escape$" `^r\.s \+ "x" escapes to heap$`
func stringOther(r *R, s string) { r.s += s }                // ERROR "^r does not escape$" "^leaking param: s$"
func shiftVar(r *R, k uint)      { r.n >>= k }               // ERROR "^r does not escape$"
