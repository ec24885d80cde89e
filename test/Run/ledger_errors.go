package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrFrozen = errors.New("account frozen")
var ErrUnknown = errors.New("unknown account")

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int64(c)/100, int64(c)%100)
}

type LimitError struct {
	Account string
	Limit   Cents
	Asked   Cents
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("account %q: limit %v exceeded by request %v", e.Account, e.Limit, e.Asked)
}

type OpError struct {
	Op  string
	Seq int
	Err error
}

func (e OpError) Error() string { return fmt.Sprintf("op #%d %s: %v", e.Seq, e.Op, e.Err) }
func (e OpError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	Owner   string
	Balance Cents
	Limit   Cents
	Frozen  bool
	History []Entry
}

type Entry struct {
	Seq    int
	Kind   byte
	Amount Cents
}

type Ledger struct {
	accounts map[string]*Account
	seq      int
	log      []string
}

func NewLedger() *Ledger {
	return &Ledger{accounts: make(map[string]*Account)}
}

func (l *Ledger) Open(id, owner string, limit Cents) *Account {
	a := &Account{ID: id, Owner: owner, Limit: limit}
	l.accounts[id] = a
	return a
}

func (l *Ledger) get(id string) (*Account, error) {
	a, ok := l.accounts[id]
	if !ok {
		return nil, fmt.Errorf("lookup %s: %w", id, ErrUnknown)
	}
	return a, nil
}

func (l *Ledger) record(a *Account, kind byte, amt Cents) {
	l.seq++
	a.History = append(a.History, Entry{l.seq, kind, amt})
	l.log = append(l.log, fmt.Sprintf("%04d %c %-6s %10v", l.seq, kind, a.ID, amt))
}

func (l *Ledger) Deposit(id string, amt Cents) error {
	a, err := l.get(id)
	if err != nil {
		return OpError{"deposit", l.seq + 1, err}
	}
	if a.Frozen {
		return OpError{"deposit", l.seq + 1, ErrFrozen}
	}
	a.Balance += amt
	l.record(a, 'D', amt)
	return nil
}

func (l *Ledger) Withdraw(id string, amt Cents) (err error) {
	defer func() {
		if err != nil {
			err = OpError{Op: "withdraw", Seq: l.seq + 1, Err: err}
		}
	}()
	a, err := l.get(id)
	if err != nil {
		return err
	}
	switch {
	case a.Frozen:
		return ErrFrozen
	case amt > a.Limit && a.Limit > 0:
		return &LimitError{a.ID, a.Limit, amt}
	case a.Balance < amt:
		return fmt.Errorf("need %v more: %w", amt-a.Balance, ErrInsufficient)
	}
	a.Balance -= amt
	l.record(a, 'W', amt)
	return nil
}

func (l *Ledger) Transfer(from, to string, amt Cents) error {
	if err := l.Withdraw(from, amt); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	if err := l.Deposit(to, amt); err != nil {
		// roll back
		a, _ := l.get(from)
		a.Balance += amt
		l.record(a, 'R', amt)
		return fmt.Errorf("transfer %s->%s (rolled back): %w", from, to, err)
	}
	return nil
}

func unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func is(err, target error) bool {
	for ; err != nil; err = unwrap(err) {
		if err == target {
			return true
		}
	}
	return false
}

func asLimit(err error, target **LimitError) bool {
	for ; err != nil; err = unwrap(err) {
		if le, ok := err.(*LimitError); ok {
			*target = le
			return true
		}
	}
	return false
}

func asOp(err error, target *OpError) bool {
	for ; err != nil; err = unwrap(err) {
		switch e := err.(type) {
		case OpError:
			*target = e
			return true
		case *OpError:
			*target = *e
			return true
		}
	}
	return false
}

func classify(err error) string {
	var le *LimitError
	var oe OpError
	parts := []string{}
	if is(err, ErrInsufficient) {
		parts = append(parts, "insufficient")
	}
	if is(err, ErrFrozen) {
		parts = append(parts, "frozen")
	}
	if is(err, ErrUnknown) {
		parts = append(parts, "unknown")
	}
	if asLimit(err, &le) {
		parts = append(parts, fmt.Sprintf("limit(%v<%v)", le.Limit, le.Asked))
	}
	if asOp(err, &oe) {
		parts = append(parts, "op="+oe.Op)
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ",")
}

type byBalance []*Account

func (b byBalance) Len() int           { return len(b) }
func (b byBalance) Less(i, j int) bool { return b[i].Balance > b[j].Balance || (b[i].Balance == b[j].Balance && b[i].ID < b[j].ID) }
func (b byBalance) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func (l *Ledger) Report() {
	accts := make([]*Account, 0, len(l.accounts))
	for _, a := range l.accounts {
		accts = append(accts, a)
	}
	sort.Sort(byBalance(accts))
	fmt.Printf("%-6s|%-10s|%12s|%6s|%s\n", "id", "owner", "balance", "ops", "flags")
	fmt.Println(strings.Repeat("-", 44))
	for _, a := range accts {
		flags := ""
		if a.Frozen {
			flags += "F"
		}
		if a.Limit > 0 {
			flags += "L"
		}
		fmt.Printf("%-6s|%-10.10s|%12v|%6d|%q\n", a.ID, a.Owner, a.Balance, len(a.History), flags)
	}
}

func mustPositive(c Cents) Cents {
	if c <= 0 {
		panic(fmt.Sprintf("non-positive amount %v", c))
	}
	return c
}

func safeAmount(c Cents) (r Cents, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("recovered: %v", x)
		}
	}()
	return mustPositive(c), nil
}

func main() {
	l := NewLedger()
	l.Open("A1", "alice", 0)
	l.Open("B2", "bob the builder", 50000)
	l.Open("C3", "carol", 0).Frozen = true

	steps := []struct {
		op       string
		from, to string
		amt      Cents
	}{
		{"dep", "A1", "", 120000},
		{"dep", "B2", "", 30050},
		{"wd", "A1", "", 2599},
		{"wd", "B2", "", 60000},
		{"wd", "B2", "", 40000},
		{"tr", "A1", "B2", 10001},
		{"tr", "A1", "C3", 500},
		{"tr", "Z9", "A1", 1},
		{"dep", "C3", "", 1},
		{"tr", "B2", "A1", 99999},
	}
	for i, s := range steps {
		var err error
		switch s.op {
		case "dep":
			err = l.Deposit(s.from, s.amt)
		case "wd":
			err = l.Withdraw(s.from, s.amt)
		case "tr":
			err = l.Transfer(s.from, s.to, s.amt)
		default:
			panic("bad op")
		}
		if err != nil {
			fmt.Printf("step %d: %v\n   -> %s\n", i, err, classify(err))
			if target, ok := err.(interface{ Unwrap() error }); ok {
				fmt.Printf("   unwraps to %T\n", target.Unwrap())
			}
		} else {
			fmt.Printf("step %d: ok\n", i)
		}
	}
	for _, line := range l.log {
		fmt.Println(line)
	}
	l.Report()

	for _, c := range []Cents{5, 0, -7} {
		v, err := safeAmount(c)
		fmt.Println(v, err)
	}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", &LimitError{"X", 1, 2}))
	fmt.Println(unwrap(wrapped))
	fmt.Println(unwrap(unwrap(wrapped)) != nil, unwrap(ErrFrozen) == nil)
	fmt.Printf("%v|%s|%d|%T\n", Cents(-1234), Cents(5), Cents(77), Cents(0))
	fmt.Printf("%+v\n", Entry{3, 'W', 250})
	fmt.Printf("%#v\n", Entry{3, 'W', 250})

	defer fmt.Println("never printed")
	if len(l.accounts) == 3 {
		os.Exit(3)
	}
}
