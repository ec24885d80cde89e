// errorcheck

// A raw string at the end of the file.

package p

var x = `abc // ERROR "string not terminated"
