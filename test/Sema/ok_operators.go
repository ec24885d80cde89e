// errorcheck

// Operators on the types that define them.

package p

type Celsius float64
func f(a, b int, s, t string, c Celsius, u uint8, p, q *int, i interface{}) {
	_ = a + b - a*b/b%a
	_ = a&b | a ^ b&^a
	_ = a<<u >> 2
	_ = s+t < s
	_ = c*2 + 1.5
	_ = -a + +b + ^a
	_ = !(a < b) && a != b || s >= t
	_ = p == q && p != nil
	_ = i == a
	_ = u + 255
}
