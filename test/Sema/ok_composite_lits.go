// errorcheck

// All composite literal kinds and elided types.

package p

type P struct{ X, Y int }
var a = [...]string{"a", "b", 5: "f"}
var s = []P{{1, 2}, {X: 3}}
var ps = []*P{{1, 2}, &P{}}
var m = map[string]P{"o": {}, "p": {1, 1}}
var mm = map[P][]int{{1, 2}: {3}}
var arr = [2][2]int{{1, 2}, {3, 4}}
var pp = &P{Y: 1}
var _ = len(a)
