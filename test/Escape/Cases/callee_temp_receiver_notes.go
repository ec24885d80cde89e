// errorcheck -0 -m -l

// A method chain whose inner call's result is the receiver of the outer
// call (`v.UP().SP()`) goes through gc's callee temporary; the receiver's
// implicit `*p` (a value method on a pointer result) is a note of the
// temporary's assignment at -m -m, which the multiset test compares.

package p

type U struct{ sp *string }

func (u U) SP() *string { return u.sp } // ERROR "^leaking param: u to result ~r0 level=0$"

func (u *U) PSP() *string { return u.sp } // ERROR "^leaking param: u to result ~r0 level=1$"

type V struct{ up *U }

func (v V) UP() *U { return v.up } // ERROR "^leaking param: v to result ~r0 level=0$"

func chainValue(v V) *string { // ERROR "^leaking param: v to result ~r0 level=1$"
	return v.UP().SP()
}

func chainPointer(v V) *string { // ERROR "^leaking param: v to result ~r0 level=1$"
	return v.UP().PSP()
}
