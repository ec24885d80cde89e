package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Op int

const (
	Eq Op = iota
	Ne
	Lt
	Gt
	Like
	In
)

var opText = [...]string{Eq: "=", Ne: "<>", Lt: "<", Gt: ">", Like: "LIKE", In: "IN"}

func (o Op) String() string {
	if int(o) < len(opText) {
		return opText[o]
	}
	return "op" + strconv.Itoa(int(o))
}

type Cond struct {
	Col  string
	Op   Op
	Args []interface{}
}

type Order struct {
	Col  string
	Desc bool
}

type Builder struct {
	table   string
	cols    []string
	where   []Cond
	orWhere [][]Cond
	orders  []Order
	limit   int
	offset  int
	joins   []string
	errs    []error
	params  []interface{}
}

func From(table string) *Builder {
	return &Builder{table: table, limit: -1}
}

func (b *Builder) Select(cols ...string) *Builder {
	b.cols = append(b.cols, cols...)
	return b
}

func (b *Builder) Where(col string, op Op, args ...interface{}) *Builder {
	if op != In && len(args) != 1 {
		b.errs = append(b.errs, fmt.Errorf("where %s %v: want 1 argument, got %d", col, op, len(args)))
		return b
	}
	b.where = append(b.where, Cond{col, op, args})
	return b
}

func (b *Builder) Or(conds ...Cond) *Builder {
	b.orWhere = append(b.orWhere, conds)
	return b
}

func (b *Builder) OrderBy(col string, desc bool) *Builder {
	b.orders = append(b.orders, Order{Col: col, Desc: desc})
	return b
}

func (b *Builder) Limit(n int) *Builder {
	if n < 0 {
		b.errs = append(b.errs, errors.New("negative limit"))
	}
	b.limit = n
	return b
}

func (b *Builder) Offset(n int) *Builder { b.offset = n; return b }

func (b *Builder) Join(table, on string) *Builder {
	b.joins = append(b.joins, "JOIN "+table+" ON "+on)
	return b
}

func (b *Builder) Clone() *Builder {
	c := *b
	c.cols = append([]string(nil), b.cols...)
	c.where = append([]Cond(nil), b.where...)
	c.orders = append(c.orders[:0:0], b.orders...)
	c.params = nil
	return &c
}

func (b *Builder) placeholder(v interface{}) string {
	b.params = append(b.params, v)
	return "$" + strconv.Itoa(len(b.params))
}

func (b *Builder) cond(sb *strings.Builder, c Cond) {
	sb.WriteString(c.Col)
	sb.WriteByte(' ')
	sb.WriteString(c.Op.String())
	sb.WriteByte(' ')
	if c.Op == In {
		ph := make([]string, len(c.Args))
		for i, a := range c.Args {
			ph[i] = b.placeholder(a)
		}
		sb.WriteString("(" + strings.Join(ph, ", ") + ")")
		return
	}
	sb.WriteString(b.placeholder(c.Args[0]))
}

func (b *Builder) Build() (string, []interface{}, error) {
	if len(b.errs) > 0 {
		msgs := make([]string, len(b.errs))
		for i, e := range b.errs {
			msgs[i] = e.Error()
		}
		return "", nil, errors.New(strings.Join(msgs, "; "))
	}
	b.params = b.params[:0]
	var sb strings.Builder
	sb.WriteString("SELECT ")
	if len(b.cols) == 0 {
		sb.WriteString("*")
	} else {
		sb.WriteString(strings.Join(b.cols, ", "))
	}
	sb.WriteString(" FROM " + b.table)
	for _, j := range b.joins {
		sb.WriteString(" " + j)
	}
	if len(b.where) > 0 || len(b.orWhere) > 0 {
		sb.WriteString(" WHERE ")
		for i, c := range b.where {
			if i > 0 {
				sb.WriteString(" AND ")
			}
			b.cond(&sb, c)
		}
		for _, group := range b.orWhere {
			if sb.Len() > 0 && len(b.where) > 0 {
				sb.WriteString(" AND ")
			}
			sb.WriteString("(")
			for i, c := range group {
				if i > 0 {
					sb.WriteString(" OR ")
				}
				b.cond(&sb, c)
			}
			sb.WriteString(")")
		}
	}
	if len(b.orders) > 0 {
		parts := make([]string, 0, len(b.orders))
		for _, o := range b.orders {
			dir := "ASC"
			if o.Desc {
				dir = "DESC"
			}
			parts = append(parts, o.Col+" "+dir)
		}
		sb.WriteString(" ORDER BY " + strings.Join(parts, ", "))
	}
	if b.limit >= 0 {
		sb.WriteString(fmt.Sprintf(" LIMIT %d", b.limit))
	}
	if b.offset > 0 {
		sb.WriteString(" OFFSET " + strconv.Itoa(b.offset))
	}
	return sb.String(), b.params, nil
}

// A tiny in-memory "table" to execute simple queries against.
type Row map[string]interface{}

func match(r Row, c Cond) bool {
	v := r[c.Col]
	switch c.Op {
	case Eq:
		return v == c.Args[0]
	case Ne:
		return v != c.Args[0]
	case Lt, Gt:
		a, ok1 := v.(int)
		b, ok2 := c.Args[0].(int)
		if !ok1 || !ok2 {
			return false
		}
		if c.Op == Lt {
			return a < b
		}
		return a > b
	case Like:
		s, _ := v.(string)
		p, _ := c.Args[0].(string)
		return strings.Contains(s, strings.Trim(p, "%"))
	case In:
		for _, a := range c.Args {
			if a == v {
				return true
			}
		}
	}
	return false
}

func (b *Builder) Exec(rows []Row) []Row {
	var out []Row
next:
	for _, r := range rows {
		for _, c := range b.where {
			if !match(r, c) {
				continue next
			}
		}
		for _, g := range b.orWhere {
			ok := false
			for _, c := range g {
				ok = ok || match(r, c)
			}
			if !ok {
				continue next
			}
		}
		out = append(out, r)
	}
	for i := len(b.orders) - 1; i >= 0; i-- {
		o := b.orders[i]
		sort.SliceStable(out, func(x, y int) bool {
			less := fmt.Sprint(out[x][o.Col]) < fmt.Sprint(out[y][o.Col])
			if a, ok := out[x][o.Col].(int); ok {
				less = a < out[y][o.Col].(int)
			}
			if o.Desc {
				return !less && fmt.Sprint(out[x][o.Col]) != fmt.Sprint(out[y][o.Col])
			}
			return less
		})
	}
	if b.offset > 0 && b.offset < len(out) {
		out = out[b.offset:]
	}
	if b.limit >= 0 && b.limit < len(out) {
		out = out[:b.limit]
	}
	return out
}

func main() {
	q := From("users").Select("id", "name").Where("age", Gt, 30).Where("name", Like, "%an%").OrderBy("age", true).Limit(10)
	sql, args, err := q.Build()
	fmt.Println(sql)
	fmt.Println(args, err)

	q2 := q.Clone().Or(Cond{"city", Eq, []interface{}{"Oslo"}}, Cond{"id", In, []interface{}{1, 2, 3}}).Offset(2)
	q2.Join("orders o", "o.user_id = users.id")
	sql, args, _ = q2.Build()
	fmt.Println(sql)
	fmt.Printf("%d params: %v\n", len(args), args)
	sql, _, _ = q.Build()
	fmt.Println("original still:", sql)

	_, _, err = From("t").Where("a", Eq).Where("b", Lt, 1, 2).Limit(-3).Build()
	fmt.Println("error:", err)

	rows := []Row{
		{"id": 1, "name": "Ann", "age": 31, "city": "Oslo"},
		{"id": 2, "name": "Dan", "age": 45, "city": "Rome"},
		{"id": 3, "name": "Eve", "age": 29, "city": "Oslo"},
		{"id": 4, "name": "Ivan", "age": 52, "city": "Kyiv"},
		{"id": 5, "name": "Hannah", "age": 38, "city": "Oslo"},
		{"id": 6, "name": "Stan", "age": 38, "city": "Lima"},
	}
	for _, r := range q.Exec(rows) {
		fmt.Println(r["id"], r["name"], r["age"])
	}
	fmt.Println("--")
	byCity := From("users").OrderBy("city", false).OrderBy("name", true)
	for _, r := range byCity.Exec(rows) {
		fmt.Printf("%-5v %v\n", r["city"], r["name"])
	}
	fmt.Println(Op(9), In, []Op{Eq, Like})
	fmt.Println(len(From("x").Where("a", In, 1, 2, 3).Where("b", In).Exec(rows)))
}
