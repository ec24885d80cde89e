// errorcheck

// ... on a non-final parameter.

package p

func f(a ...int, b int) {} // ERROR "can only use \.\.\. with final parameter in list"
