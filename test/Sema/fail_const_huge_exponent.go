// errorcheck

// Untyped float constants beyond the range of an exact rational are kept
// as 512-bit binary floats with a 32-bit exponent, as go/constant does:
// they print with their decimal exponent, convert to float64 only when
// in range, and overflow to an invalid constant past 2^2147483647.

package p

const a = 1e+500000000
const b = a / 1e+499999990
const c = 1.5e-5000 * 3e5000

var _ int64 = b
var _ = 1e-1000000 * 1e1000000
var _ float32 = 1e-1000000
var _ int = a * 0
var _ float64 = c
var _ float32 = 1e39 * 1e-5000
var _ = 1e-10000 * 7

var _ = -1e646456992 - 1          // ERROR "cannot use -1e646456992 - 1 \(untyped float constant -1e\+646456992\) as float64 value in variable declaration \(overflows\)"
var _ float64 = 0x1p1000000000    // ERROR "cannot use 0x1p1000000000 \(untyped float constant 4\.61298e\+301029995\) as float64 value in variable declaration \(overflows\)"
var _ float64 = 0x1p3000000000    // ERROR "malformed constant: 0x1p3000000000"
var _ int8 = c                    // ERROR "cannot use c \(untyped float constant 4\.5\) as int8 value in variable declaration \(truncated\)"
var _ int8 = 1e5000/1e4997 + 0.5  // ERROR "cannot use 1e5000 / 1e4997 \+ 0\.5 \(untyped float constant 1000\.5\) as int8 value in variable declaration \(truncated\)"
var _ string = 1e5000 / 1e4997    // ERROR "cannot use 1e5000 / 1e4997 \(untyped float constant 1000\) as string value in variable declaration"
var _ int = 1e-5000 < 2e-5000     // ERROR "cannot use 1e-5000 < 2e-5000 \(untyped bool constant true\) as int value in variable declaration"
var _ int = 1e100000000 > 1e99999999 // ERROR "cannot use 1e100000000 > 1e99999999 \(untyped bool constant true\) as int value in variable declaration"
var _ = 1e100000000 / 3           // ERROR "cannot use 1e100000000 / 3 \(untyped float constant 3\.33333e\+99999999\) as float64 value in variable declaration \(overflows\)"
const _ = a * a                   // ERROR "constant result is not representable"
var _ int64 = 1.23456789e-100000  // ERROR "cannot use 1\.23456789e-100000 \(untyped float constant 1\.23457e-100000\) as int64 value in variable declaration \(truncated\)"
