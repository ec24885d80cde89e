// errorcheck -0 -m -l

// Self-assignments between elements of one indexed object: gc compares
// the two sides' bases structurally, so an index that is arithmetic on
// the same variables, a constant (named, folded or spelled differently),
// or a conversion gc drops or keeps between simple types still denotes
// the same base. Dynamic programming tables do `t[i+1][j+1] = t[i+1][j]`.
// An index that converts between strings and slices, or an integer to a
// string, allocates: gc no longer ignores the assignment.

package p

const N = 2

type T struct{ a [][]*int }

type MyInt int

func bin(g [][]*int, i, j int) { // ERROR "^leaking param content: g$"
	g[i+1][j+1] = g[i+1][j] // ERROR "^bin ignoring self-assignment in g\[i \+ 1\]\[j \+ 1\] = g\[i \+ 1\]\[j\]$"
	g[i*2][0] = g[i*2][1] // ERROR "^bin ignoring self-assignment in g\[i \* 2\]\[0\] = g\[i \* 2\]\[1\]$"
	g[i-j][0] = g[j-i][1]
	g[i<<1|j][0] = g[i<<1|j][1] // ERROR "^bin ignoring self-assignment in g\[i << 1 \| j\]\[0\] = g\[i << 1 \| j\]\[1\]$"
}

func consts(g [][]*int) { // ERROR "^leaking param content: g$"
	g[N][0] = g[N][1] // ERROR "^consts ignoring self-assignment in g\[N\]\[0\] = g\[N\]\[1\]$"
	g[1+1][0] = g[2][1] // ERROR "^consts ignoring self-assignment in g\[1 \+ 1\]\[0\] = g\[2\]\[1\]$"
	g[0x2][0] = g[2][1] // ERROR "^consts ignoring self-assignment in g\[0x2\]\[0\] = g\[2\]\[1\]$"
	g[N][0] = g[N+1][1]
}

func unary(g [][]*int, i int) { // ERROR "^g does not escape$"
	g[-i][0] = g[-i][1] // ERROR "^unary ignoring self-assignment in g\[-i\]\[0\] = g\[-i\]\[1\]$"
	g[^i][0] = g[^i][1] // ERROR "^unary ignoring self-assignment in g\[\^i\]\[0\] = g\[\^i\]\[1\]$"
}

func field(t *T, i int) { // ERROR "^t does not escape$"
	t.a[i+1][0] = t.a[i+1][1] // ERROR "^field ignoring self-assignment in t\.a\[i \+ 1\]\[0\] = t\.a\[i \+ 1\]\[1\]$"
}

func convs(g [][]*int, k MyInt, i int, f float64, h []*int, s []string) { // ERROR "^leaking param content: g$" "^h does not escape$" "^s does not escape$"
	g[int(k)][0] = g[k][1] // ERROR "^convs ignoring self-assignment in g\[int\(k\)\]\[0\] = g\[k\]\[1\]$"
	g[int64(i)][0] = g[i][1] // ERROR "^convs ignoring self-assignment in g\[int64\(i\)\]\[0\] = g\[i\]\[1\]$"
	g[uint(i)][0] = g[uint(i)][1] // ERROR "^convs ignoring self-assignment in g\[uint\(i\)\]\[0\] = g\[uint\(i\)\]\[1\]$"
	g[int(f)][0] = g[int(f)][1] // ERROR "^convs ignoring self-assignment in g\[int\(f\)\]\[0\] = g\[int\(f\)\]\[1\]$"
	g[int(float64(f))][0] = g[int(f)][1]
	g[i][0] = g[int(i)][1] // ERROR "^convs ignoring self-assignment in g\[i\]\[0\] = g\[int\(i\)\]\[1\]$"
	g[int32(i)][0] = g[i][1]
	h[i] = h[int(int32(i))] // ERROR "^convs ignoring self-assignment in h\[i\] = h\[int\(int32\(i\)\)\]$"
	s[len(s[0])] = s[len(s[0])] // ERROR "^convs ignoring self-assignment in s\[len\(s\[0\]\)\] = s\[len\(s\[0\]\)\]$"
}

func allocatingIndex(g [][]*int, b []byte, r rune, k int64) { // ERROR "^leaking param content: g$" "^b does not escape$"
	g[0][len([]rune("xy"))] = g[0][1] // ERROR "^\[\]rune\{\.\.\.\} does not escape$"
	g[0][len(string(r))] = g[0][1] // ERROR "^string\(r\) does not escape$"
	g[0][len(string(b))] = g[0][1] // ERROR "^string\(b\) does not escape$"
	g[0][len([]byte("abc"))] = g[0][1] // ERROR `^\(\[\]byte\)\("abc"\) does not escape$`
	g[0][int(k)+len("abc")] = g[0][1] // ERROR `^allocatingIndex ignoring self-assignment in g\[0\]\[int\(k\) \+ len\("abc"\)\] = g\[0\]\[1\]$`
	g[0][int(float64(k))] = g[0][1] // ERROR "^allocatingIndex ignoring self-assignment in g\[0\]\[int\(float64\(k\)\)\] = g\[0\]\[1\]$"
}
