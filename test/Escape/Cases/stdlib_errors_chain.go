// errorcheck -0 -m -l

// errors.Is, errors.As and errors.Unwrap have gc's parameter tags: every
// argument leaks to the heap (As's target through its conversion to
// interface{}).

package p

import "errors"

type E struct{ s string }

func (e *E) Error() string { return e.s } // ERROR "^leaking param: e to result ~r0 level=1$"

var sink error
var sinkb bool

func is(err, t error) bool { return errors.Is(err, t) } // ERROR "^leaking param: err$" "^leaking param: t$"
func as(err error) *E { // ERROR "^leaking param: err$"
	var e *E // ERROR "^moved to heap: e$"
	if errors.As(err, &e) {
		return e
	}
	return nil
}
func as2(err error, p **E) bool { return errors.As(err, p) }  // ERROR "^leaking param: err$" "^leaking param: p$"
func unwrap(err error) error    { return errors.Unwrap(err) } // ERROR "^leaking param: err$"
