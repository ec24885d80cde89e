// errorcheck

// Terminating statements need no return.

package p

func a(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}
func b() int {
	for {
	}
}
func c(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("no")
	}
}
func d() int {
	select {}
}
func e(x int) (r int) {
L:
	for {
		if x > 0 {
			break L
		}
	}
	return
}
