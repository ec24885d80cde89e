// errorcheck

// All binary and unary operators, assignment operators, precedence.

package p

func f(a, b int, x, y bool, p *int) {
	_ = a + b - a*b/a%b
	_ = a<<1 | b>>1 ^ a&b &^ b
	_ = x && y || !x
	_ = a == b || a != b || a < b || a <= b || a > b || a >= b
	_ = -a + +b ^ ^a
	_ = *p
	_ = &a
	a += 1
	a -= 1
	a *= 2
	a /= 2
	a %= 2
	a &= 1
	a |= 1
	a ^= 1
	a <<= 1
	a >>= 1
	a &^= 1
	a++
	b--
	*p++
	a, b = b, a
}
