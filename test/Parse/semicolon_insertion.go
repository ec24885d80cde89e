// errorcheck

// Automatic semicolons: after names, literals, closing brackets, ++/--,
// return/break/continue/fallthrough, and at a multi-line comment.

package p

func f(x int) int {
	x++
	x--
	for {
		break
	}
	for {
		continue
	}
	switch x {
	case 1:
		fallthrough
	default:
	}
	y := []int{1, 2,
	}[0] /* a comment
	spanning lines */
	_ = y
	return x /* same line */ +
		1
}

func g() (int, string) { return 1, "a" }
