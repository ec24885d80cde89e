// errorcheck

// A function declaration needs a name.

package p

func () {} // ERROR "method has no receiver" "syntax error: unexpected \{, expecting name or \("
