package main

// gc keeps 8 bits of column in a position: from column 255 on it prints
// none, in the diagnostics and in the positions of their explanations.

var sink interface{}

func use(m map[string]int) int { return len(m) }

func wide() int {
	return use(map[string]int{"a": 1}) + use(map[string]int{"b": 2}) + use(map[string]int{"c": 3}) + use(map[string]int{"d": 4}) + use(map[string]int{"e": 5}) + use(map[string]int{"f": 6}) + use(map[string]int{"g": 7}) + use(map[string]int{"h": 8}) + use(map[string]int{"i": 9})
}

func wideEscape() {
	q := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70}; r := []int{1}; sink = q; sink = r
}

func main() {
	wide()
	wideEscape()
}
