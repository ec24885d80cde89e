// errorcheck -0 -m -l

// The modelled strings, strconv, errors, sort and os packages.

package p

import (
	"errors"
	"os"
	"sort"
	"strconv"
	"strings"
)

var ge error

func builderLocal() string {
	var b strings.Builder
	b.WriteString("x")
	return b.String()
}

func builderPtr() string {
	b := &strings.Builder{} // ERROR "^&strings\.Builder\{\} does not escape$"
	b.WriteByte('a')
	return b.String()
}

func builderParam(b *strings.Builder, s string) { // ERROR "^leaking param content: b$" "^s does not escape$"
	b.WriteString(s)
}

func itoa(n int) string {
	return strconv.Itoa(n)
}

func quote(s string) string { // ERROR "^s does not escape$"
	return strconv.Quote(s)
}

func quoteValue(ss []string) []string { // ERROR "^ss does not escape$"
	f := strconv.Quote
	out := make([]string, 0, len(ss)) // ERROR "^make\(\[\]string, 0, len\(ss\)\) escapes to heap$"
	for _, s := range ss {
		out = append(out, f(s))
	}
	return out
}

func splitN(s string) []string { // ERROR "^leaking param: s$"
	return strings.SplitN(s, ",", 2)
}

func containsRuneAny(s, chars string) bool { // ERROR "^s does not escape$" "^chars does not escape$"
	return strings.ContainsRune(s, 'x') || strings.ContainsAny(s, chars)
}

func atoi(s string) int { // ERROR "^leaking param: s$"
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

func errorsNew() error {
	return errors.New("boom")
}

func errorsNewGlobal() {
	ge = errors.New("global")
}

func errorsNewLocal() bool {
	e := errors.New("local")
	return e != nil
}

func sortInts(s []int) { // ERROR "^leaking param: s$"
	sort.Ints(s)
}

func sortStrings(s []string) { // ERROR "^leaking param: s$"
	sort.Strings(s)
}

func sortSliceClosure(s []int) { // ERROR "^leaking param: s$"
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) // ERROR "^s escapes to heap$" "^func literal does not escape$"
}

func sortSliceLocal() int {
	s := []int{3, 1, 2} // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) // ERROR "^s escapes to heap$" "^func literal does not escape$"
	return s[0]
}

func stringsRepeat(s string) string { // ERROR "^s does not escape$"
	return strings.Repeat(s, 2)
}

func stringsJoin(parts []string) string { // ERROR "^leaking param: parts to result ~r0 level=1$"
	return strings.Join(parts, ",")
}

func stringsSplit(s string) []string { // ERROR "^leaking param: s$"
	return strings.Split(s, ",")
}

func stringsContains(s, sub string) bool { // ERROR "^s does not escape$" "^sub does not escape$"
	return strings.Contains(s, sub)
}

func stringsHasPrefix(s string) bool { // ERROR "^s does not escape$"
	return strings.HasPrefix(s, "go")
}

func stringsIndex(s string) int { // ERROR "^s does not escape$"
	return strings.Index(s, "x")
}

func stringsToUpper(s string) string { // ERROR "^leaking param: s to result ~r0 level=0$"
	return strings.ToUpper(s)
}

func stringsFields(s string) int { // ERROR "^leaking param: s$"
	return len(strings.Fields(s))
}

func osArgs() int {
	return len(os.Args)
}

func osExit(code int) {
	os.Exit(code)
}

// A call through an interface holding a *strings.Builder is devirtualized
// to the library's method, whose tags apply: neither the builder nor the
// written bytes escape.
type byteSink interface {
	Write(p []byte) (int, error)
	WriteByte(c byte) error
	Len() int
}

func devirtualizedBuilder() int {
	var b strings.Builder
	var sink byteSink = &b
	sink.Write([]byte("!")) // ERROR "^devirtualizing sink\.Write to \*strings\.Builder$" `^\(\[\]byte\)\("!"\) does not escape$`
	sink.WriteByte(' ') // ERROR "^devirtualizing sink\.WriteByte to \*strings\.Builder$"
	return sink.Len() // ERROR "^devirtualizing sink\.Len to \*strings\.Builder$"
}
