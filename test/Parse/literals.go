// errorcheck

// Every literal form except imaginary numbers.

package p

const (
	d  = 1_000_000
	o  = 0o17 + 0O17 + 017 + 0_17
	b  = 0b1010 + 0B1_0
	x  = 0xdead_BEEF + 0X1
	f1 = 1.5 + .5 + 1. + 1e3 + 1E-3 + 1_0.2_5e+1_0
	f2 = 0x1p-2 + 0x1.8p3 + 0X.8P0 + 0x_1p1
	r  = 'a' + '\n' + '\'' + '\x41' + '\101' + '\u00e9' + '\U0001F600' + 'é'
	s  = "a\tb\"c\\\a\b\f\v\r\x00\377\u00e9\U0010FFFF" + `raw \n
string` + "日本語"
)

var 日本 = 1
var _x9 = 日本
