// errorcheck

// Defined types forwarding to each other with no structure in between.

package p

type A B // ERROR "invalid recursive type A"
type B A

type C D
type D E // ERROR "invalid recursive type D"
type E D
