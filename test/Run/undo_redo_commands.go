package main

import (
	"errors"
	"fmt"
	"strings"
)

type Doc struct {
	lines []string
	name  string
	dirty bool
}

type Command interface {
	Do(d *Doc) error
	Undo(d *Doc)
	fmt.Stringer
}

type insertLine struct {
	at   int
	text string
}

func (c insertLine) Do(d *Doc) error {
	if c.at < 0 || c.at > len(d.lines) {
		return fmt.Errorf("insert at %d: out of range [0,%d]", c.at, len(d.lines))
	}
	d.lines = append(d.lines, "")
	copy(d.lines[c.at+1:], d.lines[c.at:])
	d.lines[c.at] = c.text
	return nil
}

func (c insertLine) Undo(d *Doc) {
	d.lines = append(d.lines[:c.at], d.lines[c.at+1:]...)
}

func (c insertLine) String() string { return fmt.Sprintf("insert(%d,%q)", c.at, c.text) }

type deleteLine struct {
	at  int
	old string // filled by Do
}

func (c *deleteLine) Do(d *Doc) error {
	if c.at < 0 || c.at >= len(d.lines) {
		return errors.New("delete: no such line")
	}
	c.old = d.lines[c.at]
	d.lines = append(d.lines[:c.at], d.lines[c.at+1:]...)
	return nil
}

func (c *deleteLine) Undo(d *Doc) {
	insertLine{c.at, c.old}.Do(d)
}

func (c *deleteLine) String() string { return fmt.Sprintf("delete(%d)", c.at) }

type replaceAll struct {
	from, to string
	before   []string
}

func (c *replaceAll) Do(d *Doc) error {
	c.before = append(c.before[:0], d.lines...)
	n := 0
	for i, l := range d.lines {
		if strings.Contains(l, c.from) {
			d.lines[i] = strings.ReplaceAll(l, c.from, c.to)
			n++
		}
	}
	if n == 0 {
		return fmt.Errorf("replace %q: %w", c.from, ErrNoMatch)
	}
	return nil
}

func (c *replaceAll) Undo(d *Doc) { d.lines = append(d.lines[:0], c.before...) }

func (c *replaceAll) String() string { return "replace(" + c.from + "->" + c.to + ")" }

var ErrNoMatch = errors.New("no match")

// macro groups commands; undo runs in reverse.
type macro []Command

func (m macro) Do(d *Doc) (err error) {
	done := 0
	defer func() {
		if err != nil {
			for i := done - 1; i >= 0; i-- {
				m[i].Undo(d)
			}
		}
	}()
	for _, c := range m {
		if err = c.Do(d); err != nil {
			return fmt.Errorf("macro step %d (%v): %w", done, c, err)
		}
		done++
	}
	return nil
}

func (m macro) Undo(d *Doc) {
	for i := len(m) - 1; i >= 0; i-- {
		m[i].Undo(d)
	}
}

func (m macro) String() string {
	s := make([]string, len(m))
	for i, c := range m {
		s[i] = c.String()
	}
	return "macro[" + strings.Join(s, "; ") + "]"
}

type History struct {
	undo, redo []Command
	listeners  []func(kind string, c Command)
}

func (h *History) notify(kind string, c Command) {
	for _, l := range h.listeners {
		l(kind, c)
	}
}

func (h *History) Exec(d *Doc, c Command) error {
	if err := c.Do(d); err != nil {
		h.notify("fail", c)
		return err
	}
	h.undo = append(h.undo, c)
	h.redo = h.redo[:0]
	d.dirty = true
	h.notify("do", c)
	return nil
}

func (h *History) Undo(d *Doc) bool {
	if len(h.undo) == 0 {
		return false
	}
	c := h.undo[len(h.undo)-1]
	h.undo = h.undo[:len(h.undo)-1]
	c.Undo(d)
	h.redo = append(h.redo, c)
	h.notify("undo", c)
	return true
}

func (h *History) Redo(d *Doc) bool {
	n := len(h.redo)
	if n == 0 {
		return false
	}
	c := h.redo[n-1]
	h.redo = h.redo[:n-1]
	if c.Do(d) != nil {
		return false
	}
	h.undo = append(h.undo, c)
	h.notify("redo", c)
	return true
}

func (d *Doc) String() string {
	var b strings.Builder
	for i, l := range d.lines {
		b.WriteString(fmt.Sprintf("%2d| %s\n", i+1, l))
	}
	return strings.TrimRight(b.String(), "\n")
}

func main() {
	d := &Doc{name: "notes"}
	h := &History{}
	var events []string
	h.listeners = append(h.listeners, func(kind string, c Command) {
		events = append(events, kind+":"+c.String())
	})
	stats := map[string]int{}
	h.listeners = append(h.listeners, func(kind string, _ Command) { stats[kind]++ })

	must := func(err error) {
		if err != nil {
			fmt.Println("error:", err)
		}
	}
	must(h.Exec(d, insertLine{0, "first line"}))
	must(h.Exec(d, insertLine{1, "second line"}))
	must(h.Exec(d, insertLine{1, "between"}))
	must(h.Exec(d, insertLine{9, "nowhere"}))
	must(h.Exec(d, &replaceAll{from: "line", to: "LINE"}))
	must(h.Exec(d, &replaceAll{from: "zzz", to: "y"}))
	fmt.Println(d)
	must(h.Exec(d, macro{&deleteLine{at: 0}, insertLine{0, "head"}, &deleteLine{at: 7}}))
	fmt.Println(d)
	must(h.Exec(d, macro{&deleteLine{at: 0}, insertLine{0, "head"}}))
	fmt.Println(d)
	for h.Undo(d) {
	}
	fmt.Printf("after undo all: %d lines, dirty=%v\n", len(d.lines), d.dirty)
	h.Redo(d)
	h.Redo(d)
	fmt.Println(d)
	must(h.Exec(d, &deleteLine{at: 1}))
	fmt.Println("redo possible:", h.Redo(d))
	fmt.Println(d)
	for _, e := range events {
		fmt.Println(" ", e)
	}
	fmt.Println(stats)
	var c Command = macro{}
	fmt.Printf("%v %s %T\n", c, c, c)
	err := macro{&replaceAll{from: "q"}}.Do(d)
	fmt.Println(errors.Is(err, ErrNoMatch), err)
}
