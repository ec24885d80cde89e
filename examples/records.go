// records demonstrates arrays of structs and struct/array comparison: a
// fixed-size roster array, sorting with sort.Slice by several keys, sort.Ints
// and sort.Strings, == on structs and arrays (including nested arrays),
// arrays as map keys, value semantics when copying arrays and structs, and
// a simple leaderboard table printed with fmt widths.
package main

import (
	"fmt"
	"sort"
)

type Date struct{ Y, M, D int }

func (d Date) Before(o Date) bool {
	if d.Y != o.Y {
		return d.Y < o.Y
	}
	if d.M != o.M {
		return d.M < o.M
	}
	return d.D < o.D
}

type Player struct {
	Name   string
	Team   string
	Scores [4]int
	Joined Date
}

func (p Player) Total() int {
	t := 0
	for _, s := range p.Scores {
		t += s
	}
	return t
}

var roster = [6]Player{
	{"ada", "red", [4]int{10, 20, 30, 5}, Date{2020, 3, 1}},
	{"bo", "blue", [4]int{25, 25, 10, 5}, Date{2019, 12, 24}},
	{"cy", "red", [4]int{0, 40, 20, 5}, Date{2021, 1, 9}},
	{"di", "green", [4]int{15, 15, 15, 15}, Date{2020, 3, 1}},
	{"ed", "blue", [4]int{30, 0, 0, 35}, Date{2018, 7, 4}},
	{"flo", "green", [4]int{5, 5, 5, 5}, Date{2022, 2, 2}},
}

func main() {
	players := roster[:]
	sort.Slice(players, func(i, j int) bool {
		ti, tj := players[i].Total(), players[j].Total()
		if ti != tj {
			return ti > tj
		}
		return players[i].Joined.Before(players[j].Joined)
	})
	fmt.Printf("%-4s %-6s %-14s %5s  %s\n", "rank", "name", "scores", "total", "joined")
	for i, p := range players {
		fmt.Printf("%-4d %-6s %-14s %5d  %04d-%02d-%02d\n", i+1, p.Name, fmt.Sprint(p.Scores), p.Total(),
			p.Joined.Y, p.Joined.M, p.Joined.D)
	}
	// players aliases roster: the array itself was sorted.
	fmt.Println("roster[0] is now", roster[0].Name)

	// Team totals via a map, then sorted team names.
	teams := map[string]int{}
	for _, p := range roster {
		teams[p.Team] += p.Total()
	}
	var names []string
	for t := range teams {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		fmt.Printf("%-6s %d\n", t, teams[t])
	}

	var totals []int
	for _, p := range roster {
		totals = append(totals, p.Total())
	}
	sort.Ints(totals)
	fmt.Println("totals ascending:", totals)

	// Comparison of structs and arrays.
	d1, d2 := Date{2020, 3, 1}, Date{2020, 3, 1}
	fmt.Println(d1 == d2, d1 != Date{2020, 3, 2}, roster[0].Scores == [4]int{30, 0, 0, 35})
	sameDay := 0
	for i := range roster {
		for j := i + 1; j < len(roster); j++ {
			if roster[i].Joined == roster[j].Joined {
				sameDay++
			}
		}
	}
	fmt.Println("pairs joined same day:", sameDay)
	p1 := roster[3]
	p2 := p1
	p2.Scores[0] = 99
	fmt.Println(p1 == roster[3], p2 == p1, p1.Scores, p2.Scores)

	// Arrays as map keys: count distinct score shapes.
	type shape [2]bool
	shapes := map[shape][]string{}
	for _, p := range roster {
		k := shape{p.Scores[0] > p.Scores[1], p.Scores[2] > p.Scores[3]}
		shapes[k] = append(shapes[k], p.Name)
	}
	for _, k := range []shape{{false, false}, {false, true}, {true, false}, {true, true}} {
		fmt.Println(k, shapes[k])
	}

	grid := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	var t [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			t[j][i] = grid[i][j]
		}
	}
	var back [3][3]int
	for i, row := range t {
		for j, v := range row {
			back[j][i] = v
		}
	}
	fmt.Println(t, back == grid, t == grid)

	// sort.Slice on strings by length then lexicographically.
	words := []string{"pear", "fig", "banana", "kiwi", "apple", "date", "plum"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
}
