// Methods of the modelled library's types called dynamically: a
// *strings.Builder behind fmt.Stringer and user interfaces (method tables,
// itabs, assertions, method values and expressions, promotion through
// embedding), and the errors of errors.New, fmt.Errorf and strconv.Atoi
// behind user interfaces with Error and Unwrap, printed by fmt.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stringer interface{ String() string }

type StringWriter interface {
	WriteString(s string) (int, error)
	Len() int
}

type ByteSink interface {
	Write(p []byte) (int, error)
	WriteByte(c byte) error
	WriteRune(r rune) (int, error)
	Grow(n int)
	Cap() int
	Reset()
}

type ErrorLike interface{ Error() string }

type Wrapper interface{ Unwrap() error }

// Log embeds a *strings.Builder: its methods are promoted.
type Log struct {
	*strings.Builder
	lines int
}

func (l *Log) Line(s string) {
	l.WriteString(s)
	l.WriteByte('\n')
	l.lines++
}

// OpError embeds an error interface value.
type OpError struct {
	error
	Op string
}

func fill(w StringWriter, words ...string) int {
	for _, s := range words {
		w.WriteString(s)
	}
	return w.Len()
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case Wrapper:
		return "wrapper of " + x.Unwrap().Error()
	case ErrorLike:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var b strings.Builder
	var s fmt.Stringer = &b
	fmt.Println(fill(&b, "hello", ", ", "world"), s.String())
	fmt.Printf("%v|%s|%q|%x|%10.5s|\n", s, s, s, s, s)
	fmt.Println(s, []fmt.Stringer{s, &b})

	var sink ByteSink = &b
	sink.Write([]byte("!"))
	sink.WriteByte(' ')
	n, err := sink.WriteRune('é')
	fmt.Println(n, err, b.String(), b.Len())
	sink.Reset()
	sink.Grow(64)
	fmt.Println(sink.Cap() >= 64, b.Len(), "["+b.String()+"]")

	var any interface{} = &b
	if st, ok := any.(Stringer); ok {
		fmt.Println("asserted Stringer:", st.String() == "")
	}
	if _, ok := any.(ErrorLike); !ok {
		fmt.Println("a builder is not an error")
	}
	b.WriteString("method values")
	str, size := b.String, (*strings.Builder).Len
	fmt.Println(str(), size(&b))
	write := (&b).WriteString
	write("!")
	fmt.Println(str())

	l := &Log{Builder: &strings.Builder{}}
	l.Line("first")
	l.Line("second")
	var ls Stringer = l
	var lw StringWriter = l
	lw.WriteString("third")
	fmt.Printf("%d lines, %d bytes:\n%s\n", l.lines, lw.Len(), ls)
	fmt.Println(describe(l), describe(&b))

	base := errors.New("disk full")
	_, convErr := strconv.Atoi("12a")
	_, rangeErr := strconv.Atoi("99999999999999999999")
	wrapped := fmt.Errorf("save %q: %w", "a.txt", base)
	plain := fmt.Errorf("code %d", 7)
	for _, e := range []error{base, convErr, rangeErr, wrapped, plain} {
		var el ErrorLike = e
		fmt.Printf("%v | %s | %q | %T\n", el, el.Error(), el, el)
		fmt.Println(describe(e))
		msg := e.Error
		fmt.Println(len(msg()))
	}
	if w, ok := interface{}(wrapped).(Wrapper); ok {
		fmt.Println("unwrapped to base:", w.Unwrap() == base)
	}
	op := OpError{base, "write"}
	var oe error = op
	fmt.Println(oe, op.Op, oe.Error())
	fmt.Printf("%v|%s|%+v\n", oe, oe, op)
	set := map[ErrorLike]string{base: "base", convErr: "conv"}
	fmt.Println(set[base], set[convErr], len(set), set[errors.New("disk full")] == "")
	fmt.Println(base == error(base), oe == error(OpError{base, "write"}))
}
