package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	r, c int
	data []float64
}

type Vec [3]float64

var ErrShape = errors.New("shape mismatch")

func NewMatrix(r, c int, vals ...float64) Matrix {
	m := Matrix{r: r, c: c, data: make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return &m
}

func (m Matrix) At(i, j int) float64 { return m.data[i*m.c+j] }

func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.c+j] = v }

func (m Matrix) Dims() (int, int) { return m.r, m.c }

// Scale has a value receiver: it modifies the shared backing array but
// not the header.
func (m Matrix) Scale(k float64) Matrix {
	for i := range m.data {
		m.data[i] *= k
	}
	m.r, m.c = m.r, m.c
	return m
}

func (m *Matrix) Transpose() {
	t := make([]float64, len(m.data))
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			t[j*m.r+i] = m.data[i*m.c+j]
		}
	}
	m.r, m.c = m.c, m.r
	m.data = t
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.c != o.r {
		return Matrix{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.r, m.c, o.r, o.c, ErrShape)
	}
	out := NewMatrix(m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s float64
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix) Add(o *Matrix) error {
	if m.r != o.r || m.c != o.c {
		return ErrShape
	}
	for i := range m.data {
		m.data[i] += o.data[i]
	}
	return nil
}

func (m Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.r; i++ {
		if i > 0 {
			b.WriteString("\n")
		}
		row := make([]string, m.c)
		for j := range row {
			row[j] = fmt.Sprintf("%6.2f", m.At(i, j))
		}
		b.WriteString("[" + strings.Join(row, " ") + "]")
	}
	return b.String()
}

func (v Vec) Dot(w Vec) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }

func (v *Vec) Normalize() {
	l := v.Dot(*v)
	if l == 0 {
		return
	}
	// crude integer-free sqrt by Newton iterations
	x := l
	for i := 0; i < 20; i++ {
		x = (x + l/x) / 2
	}
	for i := range v {
		v[i] /= x
	}
}

func (v Vec) Cross(w Vec) Vec {
	return Vec{v[1]*w[2] - v[2]*w[1], v[2]*w[0] - v[0]*w[2], v[0]*w[1] - v[1]*w[0]}
}

func (m Matrix) Apply(v Vec) (out Vec) {
	for i := 0; i < 3 && i < m.r; i++ {
		for j := 0; j < 3 && j < m.c; j++ {
			out[i] += m.At(i, j) * v[j]
		}
	}
	return
}

type Shaper interface {
	Dims() (int, int)
}

type Setter interface {
	Shaper
	Set(i, j int, v float64)
}

func fill(s Setter, f func(i, j int) float64) {
	r, c := s.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			s.Set(i, j, f(i, j))
		}
	}
}

func det3(m Matrix) float64 {
	rows := [3]Vec{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			rows[i][j] = m.At(i, j)
		}
	}
	return rows[0].Dot(rows[1].Cross(rows[2]))
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	p, err := a.Mul(b)
	fmt.Println(p, err)
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))

	s := a.Scale(2) // shares data with a
	fmt.Println(a.At(0, 0), s.At(1, 2))
	a.Transpose()
	fmt.Println(a.Dims())
	fmt.Println(a)
	fmt.Println(s.Dims())

	id := Identity(3)
	m3 := NewMatrix(3, 3)
	fill(&m3, func(i, j int) float64 { return float64((i+1)*(j+2)%5) + 0.5 })
	fmt.Println(m3)
	fmt.Printf("det=%.3f\n", det3(m3))
	if err := id.Add(&m3); err != nil {
		fmt.Println(err)
	}
	fmt.Println(id.String())
	fmt.Println(id.Add(&a))

	var sh Shaper = m3
	r, c := sh.Dims()
	sh = &m3
	fmt.Println(r, c, sh.(*Matrix) == &m3)
	if _, ok := sh.(Setter); ok {
		fmt.Println("pointer is a Setter")
	}
	if _, ok := Shaper(m3).(Setter); !ok {
		fmt.Println("value is not a Setter")
	}

	v := Vec{3, 4, 12}
	v.Normalize()
	fmt.Printf("%.4f %v\n", v.Dot(v), Vec{1, 0, 0}.Cross(Vec{0, 1, 0}))
	rot := NewMatrix(3, 3, 0, -1, 0, 1, 0, 0, 0, 0, 1)
	fmt.Println(rot.Apply(Vec{1, 2, 3}))
	at := rot.At
	set := rot.Set
	set(2, 2, 5)
	fmt.Println(at(2, 2), rot.At(2, 2))
	scale := Matrix.Scale
	tr := (*Matrix).Transpose
	tr(&rot)
	fmt.Println(scale(rot, 0.5))
	vs := []Vec{{1, 2, 3}, {4, 5, 6}}
	for i := range vs {
		vs[i].Normalize()
	}
	fmt.Printf("%.3f\n", vs)
}
