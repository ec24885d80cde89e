// errorcheck

// The package clause needs a name.

package 1 // ERROR "syntax error: unexpected literal 1, expecting name"
