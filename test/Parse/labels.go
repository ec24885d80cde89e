// errorcheck

// Labels on statements, empty labeled statements, and every branch form.

package p

func f(n int) {
outer:
	for i := 0; i < n; i++ {
	inner:
		for j := 0; j < n; j++ {
			if j == 1 {
				continue inner
			}
			if j == 2 {
				continue outer
			}
			if j == 3 {
				break outer
			}
		}
	}
	goto end
end:
}

func g() {
	{
		goto L
	L:
	}
sw:
	switch {
	default:
		break sw
	}
}
