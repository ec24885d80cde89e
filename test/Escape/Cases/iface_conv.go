// errorcheck -0 -m -l

// Conversions to interfaces: a value is spilled ("x escapes to heap")
// unless its type is pointer-shaped (pointers, maps, funcs, structs of one
// pointer); constants and zero-sized values are reported the same way.

package p

type small struct{ a, b int }
type ptrShaped struct{ p *int }
type empty struct{}

var gx interface{}
var gxs []interface{}

func convIntLocal(n int) bool {
	var x interface{} = n // ERROR "^n does not escape$"
	return x == nil
}

func convIntGlobal(n int) {
	gx = n // ERROR "^n escapes to heap$"
}

func convStringGlobal(s string) { // ERROR "^leaking param: s$"
	gx = s // ERROR "^s escapes to heap$"
}

func convStructGlobal(v small) {
	gx = v // ERROR "^v escapes to heap$"
}

func convPointerGlobal(p *int) { // ERROR "^leaking param: p$"
	gx = p
}

func convPtrShapedStruct(v ptrShaped) { // ERROR "^leaking param: v$"
	gx = v
}

func convEmptyStruct() {
	gx = empty{} // ERROR "^empty\{\} escapes to heap$"
}

func convConstant() {
	gx = 42 // ERROR "^42 escapes to heap$"
}

func convStringConstant() {
	gx = "hello" // ERROR `^"hello" escapes to heap$`
}

func convBool(b bool) {
	gx = b // ERROR "^b escapes to heap$"
}

func convByte(c byte) {
	gx = c // ERROR "^c escapes to heap$"
}

func convSliceGlobal(s []int) { // ERROR "^leaking param: s$"
	gx = s // ERROR "^s escapes to heap$"
}

func convMapGlobal(m map[int]int) { // ERROR "^leaking param: m$"
	gx = m
}

func convFuncGlobal(f func()) { // ERROR "^leaking param: f$"
	gx = f
}

func convAddrOfLocal() {
	x := 1 // ERROR "^moved to heap: x$"
	gx = &x
}

func convReturned(n int) interface{} {
	return n // ERROR "^n escapes to heap$"
}

func convReturnedPtr(p *int) interface{} { // ERROR "^leaking param: p to result ~r0 level=0$"
	return p
}

func convToError(e myErr) error { // ERROR "^leaking param: e$"
	return e // ERROR "^e escapes to heap$"
}

type myErr struct{ msg string }

func (e myErr) Error() string { return e.msg } // ERROR "^leaking param: e to result ~r0 level=0$"

func convPtrToError(e *myErr) error { // ERROR "^leaking param: e to result ~r0 level=0$"
	return e
}

func convIfaceToIface(e error) interface{} { // ERROR "^leaking param: e to result ~r0 level=0$"
	return e
}

func convArgument(n int) {
	takeIface(n) // ERROR "^n does not escape$"
}

func takeIface(x interface{}) {} // ERROR "^x does not escape$"

func convArgumentLeak(n int) {
	leakIface(n) // ERROR "^n escapes to heap$"
}

func leakIface(x interface{}) { // ERROR "^leaking param: x$"
	gx = x
}

func convFloat(f float64) {
	gx = f // ERROR "^f escapes to heap$"
}

func convArray(a [2]int) {
	gx = a // ERROR "^a escapes to heap$"
}

func convNamedInt(d dur) {
	gx = d // ERROR "^d escapes to heap$"
}

type dur int
