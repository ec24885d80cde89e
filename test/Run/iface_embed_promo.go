// Embedded interfaces inside interfaces and structs: methods promoted through
// embedded interface fields, overriding, and assertions between them.
package main

import (
	"errors"
	"fmt"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) int { b.data = append(b.data, s); return len(s) }

// logged embeds an interface; its Write overrides the promoted one.
type logged struct {
	ReadWriter
	n int
}

func (l *logged) Write(s string) int {
	l.n++
	return l.ReadWriter.Write("[" + s + "]")
}

type named struct {
	error
	name string
}

func main() {
	b := &buf{}
	var rw ReadWriter = b
	rw.Write("a")
	rw.Write("bc")
	var r Reader = rw
	fmt.Println(r.Read())
	l := &logged{ReadWriter: b}
	l.Write("x")
	l.Write("yz")
	fmt.Println(l.n, l.Read(), l.Read(), l.Read(), l.Read())
	var w Writer = l
	fmt.Println(w.Write("hello"))
	if rw2, ok := w.(ReadWriter); ok {
		fmt.Println("is ReadWriter:", rw2.Read())
	}
	if _, ok := w.(interface{ Close() }); !ok {
		fmt.Println("no Close")
	}
	e := named{errors.New("boom"), "op"}
	fmt.Println(e.Error(), e.name)
	var err error = e
	fmt.Println(err)
	fmt.Printf("%v|%s\n", err, err)
	var nilEmb logged
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilEmb.Read()
	}()
}
