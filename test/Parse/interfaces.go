// errorcheck

// Interfaces: methods, embedding, empty interfaces.

package p

import "fmt"

type R interface {
	Read(p []byte) (n int, err error)
}

type RW interface {
	R
	Write([]byte) (int, error)
	fmt.Stringer
}

var _ interface{} = 1
var _ interface {
	M()
	N(int) string
} = nil
