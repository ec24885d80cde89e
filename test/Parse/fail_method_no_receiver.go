// errorcheck

// An empty receiver list.

package p

func () m() {} // ERROR "method has no receiver"
