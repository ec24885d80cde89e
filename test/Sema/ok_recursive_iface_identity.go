// errorcheck

// Interfaces that refer to themselves through the signatures of their
// methods: an interface literal in a parameter is identical to another
// with the same method set even before the statement that writes it has
// been checked to its end (types2 computes method sets on demand).

package p

type T interface {
	M(interface{ T })
}

type U interface {
	N(func(interface{ U }) []interface{ U })
}

func f(v interface{ T }, u interface{ U }) {
	var w interface{ M(interface{ T }) } = v
	var x interface {
		N(func(interface{ U }) []interface{ U })
	} = u
	v = w
	u = x
	_, _ = v, u
}
