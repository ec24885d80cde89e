// errorcheck -0 -m -l

// More interfaces: method values of interfaces, embedded interfaces,
// promoted methods through embedded pointers, interfaces holding closures
// and maps, interface results of calls.

package p

type Reader interface{ Read(p []byte) int }
type Closer interface{ Close() }
type ReadCloser interface {
	Reader
	Closer
}

type file struct{ data []byte }

func (f *file) Read(p []byte) int { return copy(p, f.data) } // ERROR "^f does not escape$" "^p does not escape$"

func (f *file) Close() {} // ERROR "^f does not escape$"

type wrapped struct {
	*file
}

var gr Reader
var grc ReadCloser
var gfn func([]byte) int

func ifaceMethodValue(r Reader) { // ERROR "^leaking param: r$"
	gfn = r.Read // ERROR "^r\.Read escapes to heap$"
}

func ifaceMethodValueLocal(r Reader) int { // ERROR "^leaking param: r$"
	f := r.Read // ERROR "^r\.Read does not escape$"
	return f(nil)
}

func embeddedIfaceCall(rc ReadCloser, buf []byte) int { // ERROR "^leaking param: rc$" "^leaking param: buf$"
	n := rc.Read(buf)
	rc.Close()
	return n
}

func assignEmbedded(rc ReadCloser) { // ERROR "^leaking param: rc$"
	gr = rc
}

func wrapPromoted(f *file) { // ERROR "^leaking param: f$"
	grc = wrapped{f}
}

func wrapPromotedLocal(f *file) int { // ERROR "^f does not escape$"
	var r Reader = wrapped{f}
	return r.Read(nil) // ERROR "^devirtualizing r\.Read to wrapped$"
}

func concreteRead(f *file, buf []byte) int { // ERROR "^f does not escape$" "^buf does not escape$"
	return f.Read(buf)
}

func readIntoLocal(r Reader) int { // ERROR "^leaking param: r$"
	buf := make([]byte, 16) // ERROR "^make\(\[\]byte, 16\) escapes to heap$"
	return r.Read(buf)
}

func readIntoLocalConcrete(f *file) int { // ERROR "^f does not escape$"
	buf := make([]byte, 16) // ERROR "^make\(\[\]byte, 16\) does not escape$"
	return f.Read(buf)
}

func ifaceHoldsClosure(n int) interface{} {
	return func() int { return n } // ERROR "^func literal escapes to heap$"
}

func ifaceHoldsMap() interface{} {
	return map[string]int{} // ERROR "^map\[string\]int\{\} escapes to heap$"
}

func newFileReader() Reader {
	return &file{} // ERROR "^&file\{\} escapes to heap$"
}

func newFileReaderLocal() int {
	var r Reader = &file{data: []byte("abc")} // ERROR "^&file\{\.\.\.\} does not escape$" `^\(\[\]byte\)\("abc"\) does not escape$`
	return r.Read(nil) // ERROR "^devirtualizing r\.Read to \*file$"
}

func nilIface() Reader {
	return nil
}

func ifaceToIfaceAssert(r Reader) Closer { // ERROR "^leaking param: r to result ~r0 level=0$"
	c, _ := r.(Closer)
	return c
}
