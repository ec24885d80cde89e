// errorcheck

// A variable initialized from itself.

package p

var x int = x // ERROR "initialization loop for x"
