// errorcheck

// `<-<-chan` is not a type.

package p

var c <-chan <-chan int
var d = (<-<-chan int)(nil) // ERROR "syntax error: unexpected <-, expecting chan"
