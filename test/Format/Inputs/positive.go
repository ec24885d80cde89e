// errorcheck

// No annotations: the file must compile cleanly.

package p

var x = 1
