// errorcheck

// main must have no parameters or results.

package main

func main() int { return 0 } // ERROR "func main must have no arguments and no return values"
