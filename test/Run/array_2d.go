// Multi-dimensional arrays: a tic-tac-toe board with winner detection,
// range over an array pointer, array of arrays copied whole.
package main

import "fmt"

type board [3][3]rune

func (b *board) winner() rune {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != ' ' && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return ' '
}

func (b board) String() string {
	s := ""
	for _, row := range b {
		s += string(row[:]) + "\n"
	}
	return s
}

func main() {
	var b board
	for i := range &b {
		for j := range b[i] {
			b[i][j] = ' '
		}
	}
	moves := [][2]int{{1, 1}, {0, 0}, {2, 2}, {0, 2}, {0, 1}, {2, 1}, {1, 0}, {1, 2}, {2, 0}}
	player := 'X'
	for n, m := range moves {
		b[m[0]][m[1]] = player
		if w := b.winner(); w != ' ' {
			fmt.Printf("move %d: %c wins\n", n+1, w)
			break
		}
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Print(b)
	saved := b
	b[0][0] = '#'
	fmt.Println(string(saved[0][0]), string(b[0][0]))
	var id [4][4]float64
	for i := 0; i < 4; i++ {
		id[i][i] = 1
	}
	fmt.Println(id)
	p := &id
	sum := 0.0
	for _, row := range p {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println(sum, len(p), len(p[0]))
}
