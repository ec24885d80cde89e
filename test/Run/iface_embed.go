// Interface embedding: a ReadWriter made of Reader and Writer, a type
// satisfying it, assigning to the smaller interfaces, interface in struct.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() (string, bool) }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() (string, bool) {
	if len(b.data) == 0 {
		return "", false
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s, true
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Close() error {
	if b.closed {
		return fmt.Errorf("already closed")
	}
	b.closed = true
	return nil
}

type Pipeline struct {
	In  Reader
	Out Writer
}

func (p Pipeline) Run() int {
	n := 0
	for {
		s, ok := p.In.Read()
		if !ok {
			return n
		}
		n += p.Out.Write(strings.ToUpper(s))
	}
}

func main() {
	src := &Buffer{}
	var w Writer = src
	w.Write("hello")
	w.Write("world")
	dst := &Buffer{}
	n := Pipeline{In: src, Out: dst}.Run()
	fmt.Println(n, dst.data, len(src.data))
	var rwc ReadWriteCloser = dst
	var rw ReadWriter = rwc
	var r Reader = rw
	s, ok := r.Read()
	fmt.Println(s, ok)
	fmt.Println(rwc.Close(), rwc.Close())
	_, isCloser := r.(Closer)
	fmt.Println(isCloser)
}
