// errorcheck -0 -m -l

// gc walks a function literal's body where the literal is, after it made
// the literal's own flows and the temporaries of the expression around
// it: a literal passed to a call that leaks it is explained before what
// escapes in its body, and an append's appendee temporary gets its edge
// to the heap before the flows of a literal among the appended values.

package p

import "fmt"

type Q struct {
	out []string
	fs  []func(*Q)
}

func (q *Q) Push(s string, f func(*Q)) { // ERROR "^leaking param content: q$" "^leaking param: s$" "^leaking param: f$"
	q.out = append(q.out, s)
	q.fs = append(q.fs, f)
}

func pushNested(q *Q, label func() string) { // ERROR "^leaking param content: q$" "^leaking param: label$"
	q.Push("restock", func(q *Q) { q.Push("urgent "+label(), nil) }) // ERROR "^leaking param content: q$" "^func literal escapes to heap$" `^"urgent " \+ label\(\) escapes to heap$`
}

type Log struct {
	audit []func() string
}

func (l *Log) Add(name string, qty int) { // ERROR "^leaking param content: l$" "^leaking param: name$"
	l.audit = append(l.audit, func() string { return fmt.Sprintf("add %s x%d", name, qty) }) // ERROR "^func literal escapes to heap$" "^\.\.\. argument does not escape$" "^name escapes to heap$" "^qty escapes to heap$"
}
