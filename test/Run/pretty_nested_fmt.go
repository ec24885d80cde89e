package main

import (
	"errors"
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Point struct {
	X, Y int
}

func (p *Point) String() string {
	if p == nil {
		return "nilpoint"
	}
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

type Tag struct {
	Name  string
	Color Color
}

type Item struct {
	ID     int
	Tags   []Tag
	Attrs  map[string]interface{}
	Parent *Item
	Loc    *Point
	Val    Point
	note   string
	Temps  [2]Temp
	Err    error
}

type ValidationError struct {
	Field string
	Cause error
}

func (e ValidationError) Error() string {
	return "invalid " + e.Field + ": " + e.Cause.Error()
}

func (e ValidationError) Unwrap() error { return e.Cause }

type Celsius struct{ Deg float64 }

func (c Celsius) GoString() string { return fmt.Sprintf("Celsius(%g)", c.Deg) }

type Wrapper struct {
	Inner fmt.Stringer
	Any   interface{}
}

type List []*Point

func (l List) String() string {
	parts := make([]string, len(l))
	for i, p := range l {
		parts[i] = p.String()
	}
	return "List{" + strings.Join(parts, ",") + "}"
}

type Bytes []byte

type Matrix [2][2]int

func indent(depth int) string { return strings.Repeat("  ", depth) }

// dump prints a value tree by type switch, without reflection.
func dump(b *strings.Builder, depth int, v interface{}) {
	switch x := v.(type) {
	case nil:
		b.WriteString("nil")
	case fmt.Stringer:
		b.WriteString("S:" + x.String())
	case error:
		b.WriteString("E:" + x.Error())
	case []interface{}:
		b.WriteString("[\n")
		for _, e := range x {
			b.WriteString(indent(depth + 1))
			dump(b, depth+1, e)
			b.WriteString(",\n")
		}
		b.WriteString(indent(depth) + "]")
	case map[string]interface{}:
		b.WriteString(fmt.Sprintf("map(%d)", len(x)))
	case *Item:
		b.WriteString(fmt.Sprintf("Item#%d{", x.ID))
		dump(b, depth, x.Loc)
		b.WriteString(" parent=")
		if x.Parent != nil {
			dump(b, depth, x.Parent)
		} else {
			dump(b, depth, nil)
		}
		b.WriteString("}")
	case int, int64, uint8:
		b.WriteString(fmt.Sprintf("%T(%v)", x, x))
	case string:
		b.WriteString(fmt.Sprintf("%q", x))
	default:
		b.WriteString(fmt.Sprintf("?%T", x))
	}
}

func main() {
	root := &Item{ID: 1, Loc: &Point{1, 2}, note: "root"}
	child := &Item{
		ID:     2,
		Tags:   []Tag{{"hot", Red}, {"new", Color(9)}},
		Attrs:  map[string]interface{}{"w": 3, "name": "box", "c": Blue, "p": &Point{5, 6}, "nil": nil},
		Parent: root,
		Val:    Point{7, 8},
		Temps:  [2]Temp{21.5, -3},
		Err:    ValidationError{"size", errors.New("too big")},
	}
	fmt.Println(child.Tags, child.Temps)
	fmt.Printf("%v\n", child.Tags[0])
	fmt.Printf("%+v\n", child.Tags)
	fmt.Printf("%#v\n", child.Tags[1])
	fmt.Printf("%v|%s|%d\n", Green, Blue, Red)
	fmt.Printf("%v %+v\n", child.Attrs, child.Attrs)
	fmt.Printf("%v\n", child.Val)
	fmt.Printf("%v\n", &child.Val)
	fmt.Printf("%+v\n", *root)
	fmt.Printf("%v\n", child.Err)
	fmt.Printf("%q\n", child.Err)
	fmt.Printf("[%10v] [%-8v] [%08.3f]\n", Red, Temp(3), 3.14159)
	var np *Point
	fmt.Println(np, List{&Point{1, 1}, nil})
	fmt.Printf("%v %s\n", np, np)
	w := Wrapper{Inner: Blue, Any: []int{1, 2}}
	fmt.Printf("%v %+v\n", w, w)
	w2 := Wrapper{Any: map[Color][]Temp{Red: {1, 2}, Blue: nil}}
	fmt.Println(w2)
	fmt.Printf("%#v\n", Celsius{36.6})
	fmt.Printf("%v %#v\n", []Celsius{{1}}, map[string]Celsius{"a": {2}})
	fmt.Printf("%x %X %s %q\n", Bytes("hi"), Bytes{1, 171}, Bytes("ok"), Bytes("q\""))
	fmt.Printf("%v %d\n", Matrix{{1, 2}, {3, 4}}, Matrix{{5, 6}, {7, 8}})
	fmt.Printf("%v\n", [][]*Point{{{1, 2}}, {nil}})
	fmt.Printf("%5t|%-5t|%v\n", true, false, []bool{true})
	fmt.Printf("%6.2v|%.3s|%-6q|\n", 3.14159, "abcdef", "z")
	fmt.Printf("%+d %+d % d %x %o %b %#x %#o\n", 5, -5, 7, -255, 8, 5, 255, 8)
	fmt.Printf("%c%c%c %U\n", 'G', 'o', 0x2318, 0x2318)
	fmt.Printf("%e %g %G %.2e\n", 123456.789, 1e21, 1e-7, 0.000123)
	fmt.Printf("%v %v\n", struct {
		A *int
		B []string
	}{nil, nil}, struct{}{})
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, Red))
	fmt.Println(fmt.Sprintln("x", 1) + "|")

	var b strings.Builder
	dump(&b, 0, []interface{}{1, "two", Red, root, child, nil, errors.New("boom"), []interface{}{uint8(3), int64(4)}, child.Attrs, 2.5, np})
	fmt.Println(b.String())

	var ve ValidationError
	err := fmt.Errorf("outer: %w", child.Err)
	if errors.As(err, &ve) {
		fmt.Println("as:", ve.Field, "|", errors.Unwrap(err), "|", errors.Unwrap(errors.Unwrap(err)))
	}
	fmt.Printf("%v %T\n", err, err)
}
