// errorcheck

// Struct fields: tags, embedded types (plain, pointer, qualified), lists.

package p

import "strings"

type E struct{}

type T struct {
	a, b int `json:"a"`
	c    string "plain"
	E
	*strings.Builder `embedded`
	d struct {
		e int `inner:"x"`
	}
	_ int
}

type U struct{}
type V struct{ E; x int }
