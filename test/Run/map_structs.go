// Maps with struct values and struct keys: values must be copied out,
// modified and stored back; pointers as values allow in-place updates.
package main

import "fmt"

type point struct{ x, y int }

type account struct {
	owner   string
	balance int
}

func main() {
	accounts := map[string]account{
		"a1": {"alice", 100},
		"b2": {"bob", 50},
	}
	acc := accounts["a1"]
	acc.balance += 25
	fmt.Println(accounts["a1"].balance, acc.balance)
	accounts["a1"] = acc
	fmt.Println(accounts["a1"].balance, accounts["zz"].owner == "")
	ptrs := map[string]*account{"c": {"carol", 10}}
	ptrs["c"].balance *= 3
	fmt.Println(*ptrs["c"])
	grid := map[point]string{}
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			if (x+y)%2 == 0 {
				grid[point{x, y}] = fmt.Sprint(x, ",", y)
			}
		}
	}
	fmt.Println(len(grid), grid[point{1, 1}], grid[point{0, 1}] == "")
	fmt.Println(grid)
	type key struct {
		name string
		n    int
	}
	seen := map[key]bool{}
	for _, w := range []string{"a", "b", "a", "c", "b", "a"} {
		k := key{w, len(w)}
		if seen[k] {
			fmt.Print("dup:", w, " ")
		}
		seen[k] = true
	}
	fmt.Println(len(seen))
	fmt.Printf("%v %+v\n", accounts, accounts)
}
