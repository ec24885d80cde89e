// errorcheck

// A directive before an import.

package p

//go:noinline // ERROR "misplaced compiler directive"
import "fmt"

var _ = fmt.Println
