// errorcheck -0 -m -l

// Struct fields: storing pointers into fields of locals, params, globals;
// embedded fields; address of fields.

package p

type Inner struct {
	p *int
	v int
}

type Outer struct {
	Inner
	in  Inner
	ptr *Inner
	arr [2]*int
}

var go1 Outer
var gip *int
var gin *Inner

func fieldStoreLocal(x *int) int { // ERROR "^x does not escape$"
	var o Outer
	o.in.p = x
	return *o.in.p
}

func fieldStoreGlobal(x *int) { // ERROR "^leaking param: x$"
	go1.in.p = x
}

func fieldStoreParam(o *Outer, x *int) { // ERROR "^o does not escape$" "^leaking param: x$"
	o.in.p = x
}

func fieldStoreParamPtr(o *Outer, x *int) { // ERROR "^o does not escape$" "^leaking param: x$"
	o.ptr.p = x
}

func fieldEmbeddedPromoted(o *Outer) *int { // ERROR "^leaking param: o to result ~r0 level=1$"
	return o.p
}

func fieldEmbeddedStore(o *Outer, x *int) { // ERROR "^o does not escape$" "^leaking param: x$"
	o.p = x
}

func fieldAddrLocal() int {
	var o Outer
	q := &o.v
	return *q
}

func fieldAddrEscapes() {
	var o Outer // ERROR "^moved to heap: o$"
	gip = &o.v
}

func fieldAddrOfParamField(o *Outer) *int { // ERROR "^leaking param: o to result ~r0 level=0$"
	return &o.in.v
}

func fieldAddrEmbedded() {
	var o Outer // ERROR "^moved to heap: o$"
	gin = &o.Inner
}

func fieldLitNested(x *int) Outer { // ERROR "^leaking param: x to result ~r0 level=0$"
	return Outer{in: Inner{p: x}}
}

func fieldLitNestedPtr(x *int) *Outer { // ERROR "^leaking param: x$"
	return &Outer{ptr: &Inner{p: x}} // ERROR "^&Outer\{\.\.\.\} escapes to heap$" "^&Inner\{\.\.\.\} escapes to heap$"
}

func fieldLitNestedPtrLocal(x *int) int { // ERROR "^x does not escape$"
	o := &Outer{ptr: &Inner{p: x}} // ERROR "^&Outer\{\.\.\.\} does not escape$" "^&Inner\{\.\.\.\} does not escape$"
	return *o.ptr.p
}

func fieldArrayOfPtrs(x *int) { // ERROR "^leaking param: x$"
	var o Outer
	o.arr[1] = x
	go1 = o
}

func fieldValueCopyOut(o Outer) *int { // ERROR "^leaking param: o to result ~r0 level=0$"
	return o.in.p
}

func fieldReadOnly(o *Outer) int { // ERROR "^o does not escape$"
	return o.v + o.in.v
}

func fieldPtrChain(o *Outer) *int { // ERROR "^leaking param: o to result ~r0 level=2$"
	return o.ptr.p
}

func fieldSwap(a, b *Inner) { // ERROR "^leaking param content: a$" "^leaking param content: b$"
	a.p, b.p = b.p, a.p
}
