// errorcheck

// Function types cannot have type parameters.

package p

var f func[T any]() // ERROR "syntax error: function type must have no type parameters"
