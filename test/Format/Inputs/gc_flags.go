// errorcheck -0 -live

package p

func f() {}
