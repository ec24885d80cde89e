// errorcheck

// Interfaces that refer to themselves through their methods' results are
// compared for identity without recursing forever (gc's bug398).

package p

type I1 interface {
	F() interface{ I1 }
}

type I2 interface {
	F() interface{ I2 }
}

var V1 I1
var V2 I2

func F() bool {
	return V1 == V2
}
