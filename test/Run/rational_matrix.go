package main

import (
	"errors"
	"fmt"
	"strings"
)

type Rat struct{ num, den int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func R(n, d int64) Rat {
	if d == 0 {
		panic(errors.New("zero denominator"))
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Rat{n / g, d / g}
}

func (r Rat) Add(o Rat) Rat { return R(r.num*o.den+o.num*r.den, r.den*o.den) }
func (r Rat) Sub(o Rat) Rat { return r.Add(Rat{-o.num, o.den}) }
func (r Rat) Mul(o Rat) Rat { return R(r.num*o.num, r.den*o.den) }
func (r Rat) Div(o Rat) Rat { return R(r.num*o.den, r.den*o.num) }
func (r Rat) IsZero() bool  { return r.num == 0 }
func (r Rat) Less(o Rat) bool {
	return r.num*o.den < o.num*r.den
}

func (r Rat) String() string {
	if r.den == 1 || r.num == 0 {
		return fmt.Sprint(r.num)
	}
	return fmt.Sprintf("%d/%d", r.num, r.den)
}

func (r Rat) Float() float64 { return float64(r.num) / float64(r.den) }

type Matrix struct {
	rows, cols int
	data       []Rat
}

var ErrShape = errors.New("shape mismatch")
var ErrSingular = errors.New("matrix is singular")

func NewMatrix(rows, cols int, vals ...int64) *Matrix {
	m := &Matrix{rows, cols, make([]Rat, rows*cols)}
	for i := range m.data {
		if i < len(vals) {
			m.data[i] = R(vals[i], 1)
		} else {
			m.data[i] = R(0, 1)
		}
	}
	return m
}

func Identity(n int) *Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, R(1, 1))
	}
	return m
}

func (m *Matrix) At(i, j int) Rat     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v Rat) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	res := NewMatrix(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			acc := R(0, 1)
			for k := 0; k < m.cols; k++ {
				acc = acc.Add(m.At(i, k).Mul(o.At(k, j)))
			}
			res.Set(i, j, acc)
		}
	}
	return res, nil
}

func (m *Matrix) Clone() *Matrix {
	c := *m
	c.data = append([]Rat(nil), m.data...)
	return &c
}

func (m *Matrix) Inverse() (inv *Matrix, err error) {
	if m.rows != m.cols {
		return nil, ErrShape
	}
	defer func() {
		if r := recover(); r != nil {
			inv, err = nil, fmt.Errorf("inverse: %v", r)
		}
	}()
	n := m.rows
	a := m.Clone()
	inv = Identity(n)
	for col := 0; col < n; col++ {
		pivot := -1
		for r := col; r < n; r++ {
			if !a.At(r, col).IsZero() {
				pivot = r
				break
			}
		}
		if pivot < 0 {
			return nil, ErrSingular
		}
		if pivot != col {
			for j := 0; j < n; j++ {
				x, y := a.At(col, j), a.At(pivot, j)
				a.Set(col, j, y)
				a.Set(pivot, j, x)
				x, y = inv.At(col, j), inv.At(pivot, j)
				inv.Set(col, j, y)
				inv.Set(pivot, j, x)
			}
		}
		p := a.At(col, col)
		for j := 0; j < n; j++ {
			a.Set(col, j, a.At(col, j).Div(p))
			inv.Set(col, j, inv.At(col, j).Div(p))
		}
		for r := 0; r < n; r++ {
			if r == col {
				continue
			}
			f := a.At(r, col)
			for j := 0; j < n; j++ {
				a.Set(r, j, a.At(r, j).Sub(f.Mul(a.At(col, j))))
				inv.Set(r, j, inv.At(r, j).Sub(f.Mul(inv.At(col, j))))
			}
		}
	}
	return inv, nil
}

func (m *Matrix) String() string {
	width := 0
	cells := make([]string, len(m.data))
	for i, v := range m.data {
		cells[i] = v.String()
		if len(cells[i]) > width {
			width = len(cells[i])
		}
	}
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			b.WriteString(fmt.Sprintf("%*s", width, cells[i*m.cols+j]))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func (m Matrix) Equal(o Matrix) bool {
	if m.rows != o.rows || m.cols != o.cols {
		return false
	}
	for i := range m.data {
		if m.data[i] != o.data[i] {
			return false
		}
	}
	return true
}

type Vec [3]Rat

func (v Vec) Dot(w Vec) (s Rat) {
	s = R(0, 1)
	for i := range v {
		s = s.Add(v[i].Mul(w[i]))
	}
	return
}

func main() {
	fmt.Println(R(6, -4), R(0, 5), R(10, 5), R(1, 3).Add(R(1, 6)), R(1, 2).Div(R(-3, 4)))
	fmt.Printf("%v %s %+v %.4f\n", R(7, 3), R(-1, 2), R(2, 8), R(2, 3).Float())
	rs := []Rat{R(1, 2), R(-3, 4), R(5, 6), R(1, 3), R(-1, 1)}
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Less(rs[j-1]); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	fmt.Println(rs)

	a := NewMatrix(3, 3, 2, 1, 1, 1, 3, 2, 1, 0, 0)
	fmt.Print(a)
	inv, err := a.Inverse()
	fmt.Println("err:", err)
	fmt.Print(inv)
	prod, _ := a.Mul(inv)
	fmt.Print(prod)
	fmt.Println("identity?", prod.Equal(*Identity(3)))

	sing := NewMatrix(2, 2, 1, 2, 2, 4)
	_, err = sing.Inverse()
	fmt.Println("singular:", err, err == ErrSingular)
	_, err = NewMatrix(2, 3).Mul(NewMatrix(2, 3))
	fmt.Println(err)
	var nilM *Matrix
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(nilM.rows)
	}()
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				fmt.Println("error value:", e.Error())
			}
		}()
		fmt.Println(R(1, 0))
	}()
	rect := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Printf("%v", rect)
	fmt.Println(rect.rows, rect.cols, len(rect.data), cap(rect.data))
	v := Vec{R(1, 2), R(1, 3), R(1, 4)}
	w := Vec{R(2, 1), R(3, 1), R(4, 1)}
	fmt.Println(v.Dot(w), v, w == Vec{R(2, 1), R(3, 1), R(4, 1)}, v != w)
	hilbert := NewMatrix(4, 4)
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			hilbert.Set(i, j, R(1, int64(i+j+1)))
		}
	}
	hinv, err := hilbert.Inverse()
	fmt.Print(hinv, err, "\n")
	back, _ := hinv.Inverse()
	fmt.Println(back.Equal(*hilbert))
	fmt.Printf("%v|%v\n", Rat{}, []*Rat{})
}
