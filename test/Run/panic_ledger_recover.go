package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	ID      string
	Balance int64
	Frozen  bool
	Tags    map[string]bool
}

type Key struct {
	From, To string
	Kind     [2]byte
}

type Ledger struct {
	accounts map[string]*Account
	seen     map[Key]int
	journal  []string
	limits   [3]int64
}

type InsufficientFunds struct {
	Account string
	Need    int64
	Have    int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("%s: need %d, have %d", e.Account, e.Need, e.Have)
}

type FrozenError string

func (e FrozenError) Error() string { return "account frozen: " + string(e) }

var ErrSame = errors.New("same account")

func (l *Ledger) get(id string) *Account {
	a, ok := l.accounts[id]
	if !ok {
		panic(fmt.Sprintf("no account %q", id))
	}
	return a
}

func (l *Ledger) Transfer(from, to string, amt int64, kind string) (err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
		case string:
			err = errors.New("transfer: " + v)
		case error:
			err = fmt.Errorf("transfer %s->%s: %w", from, to, v)
		default:
			panic(r)
		}
		status := "ok"
		if err != nil {
			status = "failed"
		}
		l.journal = append(l.journal, fmt.Sprintf("%s %s->%s %d %s", kind, from, to, amt, status))
	}()
	if from == to {
		return ErrSame
	}
	a, b := l.get(from), l.get(to)
	if a.Frozen {
		panic(FrozenError(a.ID))
	}
	if amt > l.limits[len(kind)%3] {
		panic(struct{ Limit int64 }{l.limits[len(kind)%3]})
	}
	if a.Balance < amt {
		return &InsufficientFunds{a.ID, amt, a.Balance}
	}
	var k Key
	k.From, k.To = from, to
	copy(k.Kind[:], kind)
	l.seen[k]++
	a.Balance -= amt
	b.Balance += amt
	return nil
}

func (l *Ledger) Safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	f()
	return "no panic"
}

func (l *Ledger) Report() string {
	ids := make([]string, 0, len(l.accounts))
	for id := range l.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var b strings.Builder
	for _, id := range ids {
		a := l.accounts[id]
		tags := []string{}
		for t, on := range a.Tags {
			if on {
				tags = append(tags, t)
			}
		}
		sort.Strings(tags)
		b.WriteString(fmt.Sprintf("%-4s %6d %v %v\n", id, a.Balance, a.Frozen, tags))
	}
	return b.String()
}

func main() {
	l := &Ledger{
		accounts: map[string]*Account{},
		seen:     map[Key]int{},
		limits:   [3]int64{1000, 5000, 500},
	}
	for i, id := range []string{"ann", "bob", "cy", "dee"} {
		l.accounts[id] = &Account{ID: id, Balance: int64(100 * (i + 1)), Tags: map[string]bool{"new": i%2 == 0, "vip": i == 3}}
	}
	l.accounts["cy"].Frozen = true

	try := func(from, to string, amt int64, kind string) {
		err := l.Transfer(from, to, amt, kind)
		var ins *InsufficientFunds
		var fe FrozenError
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.As(err, &ins):
			fmt.Println("insufficient:", ins.Need-ins.Have, "|", err)
		case errors.As(err, &fe):
			fmt.Println("frozen:", string(fe), "|", err)
		case errors.Is(err, ErrSame):
			fmt.Println("same:", err)
		default:
			fmt.Println("other:", err)
		}
	}
	try("ann", "bob", 50, "wire")
	try("ann", "bob", 60, "wire")
	try("cy", "ann", 10, "ach")
	try("bob", "bob", 1, "x")
	try("zed", "ann", 1, "wire")
	try("dee", "ann", 300, "ach")
	try("dee", "ann", 40, "ach")
	try("dee", "ann", 40, "ach")
	fmt.Print(l.Report())
	keys := make([]string, 0)
	for k, n := range l.seen {
		keys = append(keys, fmt.Sprintf("%s>%s:%s=%d", k.From, k.To, strings.TrimRight(string(k.Kind[:]), "\x00"), n))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Println(strings.Join(l.journal, "\n"))

	fmt.Println(l.Safe(func() { try("ann", "dee", 2000, "cards") }))
	fmt.Println(l.Safe(func() {
		var m map[Key]int
		m[Key{}]++
	}))
	fmt.Println(l.Safe(func() {
		var a *Account
		_ = a.Balance
	}))
	fmt.Println(l.Safe(func() {
		xs := []int{1, 2, 3}
		i := 5
		_ = xs[i%4]
	}))
	fmt.Println(l.Safe(func() {
		var x interface{} = []int{1}
		var y interface{} = []int{1}
		fmt.Println(x == y)
	}))
	fmt.Println(l.Safe(func() {
		panic(&InsufficientFunds{"q", 1, 0})
	}))
	fmt.Println(l.Safe(func() {}))
	defer fmt.Println("deferred before crash")
	func() {
		defer func() {
			r := recover()
			panic(fmt.Errorf("re-panic: %v", r))
		}()
		l.Transfer("ann", "bob", 1, string([]byte{'w', 0xff}))
		panic(FrozenError("final"))
	}()
}
