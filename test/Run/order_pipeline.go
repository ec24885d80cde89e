// An order-processing pipeline: validation errors as custom types, stages
// as an interface slice, bare returns with deferred error wrapping, recover
// of stage panics, totals per customer sorted for output.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Order struct {
	ID       int
	Customer string
	Items    map[string]int
	Coupon   string
}

type Priced struct {
	Order
	Total int
	Notes []string
}

type Stage interface {
	Name() string
	Apply(p *Priced) error
}

type StageFunc struct {
	name string
	fn   func(*Priced) error
}

func (s StageFunc) Name() string           { return s.name }
func (s StageFunc) Apply(p *Priced) error { return s.fn(p) }

type ValidationError struct {
	Field  string
	Reason string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Reason }

var ErrEmpty = errors.New("empty order")

var lastKind string

var prices = map[string]int{"apple": 30, "pear": 45, "melon": 250, "fig": 12}

func validate(p *Priced) error {
	if len(p.Items) == 0 {
		return ErrEmpty
	}
	for item, qty := range p.Items {
		if _, ok := prices[item]; !ok {
			return ValidationError{"item", "unknown " + item}
		}
		if qty <= 0 {
			return ValidationError{"qty", fmt.Sprintf("%s has %d", item, qty)}
		}
	}
	return nil
}

func price(p *Priced) error {
	names := make([]string, 0, len(p.Items))
	for n := range p.Items {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p.Total += prices[n] * p.Items[n]
		p.Notes = append(p.Notes, fmt.Sprintf("%dx%s", p.Items[n], n))
	}
	return nil
}

func discount(p *Priced) error {
	switch {
	case p.Coupon == "":
	case strings.HasPrefix(p.Coupon, "PCT"):
		pct := 0
		for _, c := range p.Coupon[3:] {
			pct = pct*10 + int(c-'0')
		}
		if pct > 50 {
			panic(fmt.Sprintf("coupon %s too generous", p.Coupon))
		}
		p.Total -= p.Total * pct / 100
	default:
		return ValidationError{"coupon", "bad code " + p.Coupon}
	}
	return nil
}

func process(o Order, stages []Stage) (res Priced, err error) {
	res.Order = o
	stage := "start"
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic in %s: %v", stage, r)
		}
		if err != nil {
			lastKind = "other"
			if ve, ok := err.(ValidationError); ok {
				lastKind = "validation(" + ve.Field + ")"
			} else if err == ErrEmpty {
				lastKind = "empty"
			}
			err = fmt.Errorf("order %d: %w", o.ID, err)
		}
	}()
	for _, s := range stages {
		stage = s.Name()
		if err = s.Apply(&res); err != nil {
			return
		}
	}
	return
}

func main() {
	stages := []Stage{
		StageFunc{"validate", validate},
		StageFunc{"price", price},
		StageFunc{"discount", discount},
	}
	orders := []Order{
		{1, "ann", map[string]int{"apple": 3, "pear": 1}, ""},
		{2, "bob", map[string]int{"melon": 1}, "PCT10"},
		{3, "ann", map[string]int{}, ""},
		{4, "cid", map[string]int{"kiwi": 2}, ""},
		{5, "bob", map[string]int{"fig": 10, "apple": 1}, "PCT75"},
		{6, "cid", map[string]int{"fig": 0}, ""},
		{7, "ann", map[string]int{"melon": 2, "fig": 5}, "XMAS"},
		{8, "dee", map[string]int{"pear": 4}, "PCT5"},
	}
	totals := map[string]int{}
	var failures []string
	for _, o := range orders {
		p, err := process(o, stages)
		if err != nil {
			failures = append(failures, fmt.Sprintf("%s [%s]", err, lastKind))
			continue
		}
		totals[p.Customer] += p.Total
		fmt.Printf("#%d %-4s %6d  %s\n", p.ID, p.Customer, p.Total, strings.Join(p.Notes, ","))
	}
	var custs []string
	for c := range totals {
		custs = append(custs, c)
	}
	sort.Slice(custs, func(i, j int) bool { return totals[custs[i]] > totals[custs[j]] })
	for _, c := range custs {
		fmt.Printf("%-4s %d\n", c, totals[c])
	}
	for _, f := range failures {
		fmt.Println("FAIL", f)
	}
}
