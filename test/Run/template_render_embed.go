package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Writer interface {
	WriteString(s string) (int, error)
}

type Renderer interface {
	Render(w Writer, data map[string]interface{}) error
}

type Named interface {
	Name() string
}

type node interface {
	Renderer
	Named
}

type textNode struct{ text string }

func (t textNode) Render(w Writer, _ map[string]interface{}) error {
	_, err := w.WriteString(t.text)
	return err
}
func (textNode) Name() string { return "text" }

type varNode struct {
	key     string
	filters []func(string) string
}

func (v *varNode) Render(w Writer, data map[string]interface{}) error {
	val, ok := data[v.key]
	if !ok {
		return fmt.Errorf("missing variable %q", v.key)
	}
	s := fmt.Sprint(val)
	for _, f := range v.filters {
		s = f(s)
	}
	w.WriteString(s)
	return nil
}
func (v *varNode) Name() string { return "var:" + v.key }

type loopNode struct {
	key  string
	body []node
}

func (l *loopNode) Render(w Writer, data map[string]interface{}) error {
	items, ok := data[l.key].([]string)
	if !ok {
		return errors.New("loop over non-list " + l.key)
	}
	for i, it := range items {
		scope := map[string]interface{}{}
		for k, v := range data {
			scope[k] = v
		}
		scope["it"], scope["i"] = it, i
		for _, n := range l.body {
			if err := n.Render(w, scope); err != nil {
				return fmt.Errorf("loop %s[%d]: %w", l.key, i, err)
			}
		}
	}
	return nil
}
func (l *loopNode) Name() string { return "loop:" + l.key }

// countingWriter embeds an interface and overrides one method.
type countingWriter struct {
	Writer
	n     int
	calls int
}

func (c *countingWriter) WriteString(s string) (int, error) {
	c.calls++
	n, err := c.Writer.WriteString(s)
	c.n += n
	return n, err
}

// limitWriter embeds a pointer to a concrete type.
type limitWriter struct {
	*strings.Builder
	max int
}

var errFull = errors.New("writer full")

func (l limitWriter) WriteString(s string) (int, error) {
	if l.Len()+len(s) > l.max {
		return 0, errFull
	}
	return l.Builder.WriteString(s)
}

var filters = map[string]func(string) string{
	"upper": strings.ToUpper,
	"lower": strings.ToLower,
	"trim":  strings.TrimSpace,
	"quote": strconv.Quote,
	"len":   func(s string) string { return strconv.Itoa(len(s)) },
}

func parse(src string) ([]node, error) {
	var out []node
	stack := [][]node{}
	keys := []string{}
	for len(src) > 0 {
		i := strings.Index(src, "{{")
		if i < 0 {
			out = append(out, textNode{src})
			break
		}
		if i > 0 {
			out = append(out, textNode{src[:i]})
		}
		j := strings.Index(src[i:], "}}")
		if j < 0 {
			return nil, errors.New("unclosed tag")
		}
		tag := strings.TrimSpace(src[i+2 : i+j])
		src = src[i+j+2:]
		switch {
		case strings.HasPrefix(tag, "range "):
			stack = append(stack, out)
			keys = append(keys, strings.TrimPrefix(tag, "range "))
			out = nil
		case tag == "end":
			if len(stack) == 0 {
				return nil, errors.New("unexpected end")
			}
			ln := &loopNode{key: keys[len(keys)-1], body: out}
			out = append(stack[len(stack)-1], ln)
			stack, keys = stack[:len(stack)-1], keys[:len(keys)-1]
		default:
			parts := strings.Split(tag, "|")
			v := &varNode{key: strings.TrimSpace(parts[0])}
			for _, p := range parts[1:] {
				f, ok := filters[strings.TrimSpace(p)]
				if !ok {
					return nil, fmt.Errorf("unknown filter %q", strings.TrimSpace(p))
				}
				v.filters = append(v.filters, f)
			}
			out = append(out, v)
		}
	}
	if len(stack) > 0 {
		return nil, errors.New("missing end")
	}
	return out, nil
}

func render(src string, data map[string]interface{}, w Writer) error {
	nodes, err := parse(src)
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	for _, n := range nodes {
		if err := n.Render(w, data); err != nil {
			return fmt.Errorf("%s: %w", n.Name(), err)
		}
	}
	return nil
}

func main() {
	data := map[string]interface{}{
		"name":  "  Gopher ",
		"items": []string{"alpha", "Beta", "gamma"},
		"n":     3,
	}
	tmpls := []string{
		"Hello, {{ name | trim | upper }}!",
		"{{range items}}[{{i}}:{{ it | lower | quote }}]{{end}} total={{n}}",
		"{{ name | len }} {{ missing }}",
		"{{ name | nope }}",
		"{{range items}}{{range items}}{{it}}{{end}};{{end}}",
		"{{range n}}x{{end}}",
		"{{ end }}",
		"{{range items}}unclosed",
		"text only",
		"{{ name",
	}
	for _, t := range tmpls {
		var sb strings.Builder
		cw := &countingWriter{Writer: &sb}
		err := render(t, data, cw)
		fmt.Printf("%q -> %q (%d bytes, %d writes)", t, sb.String(), cw.n, cw.calls)
		if err != nil {
			fmt.Print(" err=", err)
		}
		fmt.Println()
	}
	lw := limitWriter{&strings.Builder{}, 12}
	err := render("{{range items}}{{it}},{{end}}", data, lw)
	fmt.Println(lw.String(), errors.Is(err, errFull), err)
	var r Renderer = textNode{"x"}
	if n, ok := r.(Named); ok {
		fmt.Println("named", n.Name())
	}
	nodes, _ := parse("a{{b}}{{range c}}d{{end}}")
	names := make([]string, len(nodes))
	for i, n := range nodes {
		names[i] = n.Name()
	}
	fmt.Println(strings.Join(names, ","))
	write := lw.WriteString
	_, err = write("0123456789")
	fmt.Println(err, lw.Len())
}
