// errorcheck

// The post statement cannot declare.

package p

func f() {
	for i := 0; i < 10; j := 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
	}
}
