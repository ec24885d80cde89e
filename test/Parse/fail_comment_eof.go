// errorcheck

// A comment at the end of the file.

package p

var x = 1 /* abc // ERROR "comment not terminated"
