// errorcheck

// Interface satisfaction, embedding and assertions.

package p

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type RW interface {
	Reader
	Writer
}
type File struct{ data string }
func (f *File) Read() string { return f.data }
func (f *File) Write(s string) { f.data += s }
func use(rw RW) {
	var r Reader = rw
	if w, ok := r.(Writer); ok {
		w.Write("x")
	}
	_ = r.(*File)
	var e error
	_ = e
	var a any = 3
	_ = a
}
func f() { use(&File{}) }
