// errorcheck

// A constant converted to an integer type it does not fit is reported with
// its integer value in full (types2 keeps the value rounded to an integer),
// while an assignment reports the float constant as written.

package p

const c = 1e100

var (
	a = int(1e100)    // ERROR "cannot convert 1e100 \(untyped float constant 1(0){100}\) to type int"
	b = int64(9.3e18) // ERROR "cannot convert 9.3e18 \(untyped float constant 9300000000000000000\) to type int64"
	d = uint8(c)      // ERROR "cannot convert c \(untyped float constant 1(0){100}\) to type uint8"
	e = int(2.5)      // ERROR "cannot convert 2.5 \(untyped float constant\) to type int"
	f = uint(-1e3)    // ERROR "cannot convert -1e3 \(untyped float constant -1000\) to type uint"
)

var g int = 1e100 // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as int value in variable declaration \(truncated\)"
