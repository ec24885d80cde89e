// errorcheck

// A package cannot be called _.

package _ // ERROR "invalid package name _"

var x int
