// errorcheck -0 -m -l

// Recursion and mutual recursion: functions of one strongly connected
// component are analysed together.

package p

type Node struct {
	next *Node
	val  int
}

var gn *Node
var gi *int

func recLen(n *Node) int { // ERROR "^n does not escape$"
	if n == nil {
		return 0
	}
	return 1 + recLen(n.next)
}

func recLast(n *Node) *Node { // ERROR "^leaking param: n to result ~r0 level=0$"
	if n.next == nil {
		return n
	}
	return recLast(n.next)
}

func recLeak(n *Node) { // ERROR "^leaking param: n$"
	if n == nil {
		return
	}
	gn = n
	recLeak(n.next)
}

func recBuild(k int) *Node {
	if k == 0 {
		return nil
	}
	return &Node{next: recBuild(k - 1), val: k} // ERROR "^&Node\{\.\.\.\} escapes to heap$"
}

func recLocal(k int) int {
	n := &Node{val: k} // ERROR "^&Node\{\.\.\.\} does not escape$"
	if k > 0 {
		return recLocal(k-1) + n.val
	}
	return n.val
}

func mutualA(p *int, k int) *int { // ERROR "^leaking param: p$"
	if k == 0 {
		return p
	}
	return mutualB(p, k-1)
}

func mutualB(p *int, k int) *int { // ERROR "^leaking param: p$"
	return mutualA(p, k)
}

func mutualLeakA(p *int, k int) { // ERROR "^leaking param: p$"
	if k > 0 {
		mutualLeakB(p, k-1)
	}
}

func mutualLeakB(p *int, k int) { // ERROR "^leaking param: p$"
	gi = p
	mutualLeakA(p, k)
}

func evenOdd(n int, x *int) bool { // ERROR "^x does not escape$"
	if n == 0 {
		return *x == 0
	}
	return oddEven(n-1, x)
}

func oddEven(n int, x *int) bool { // ERROR "^x does not escape$"
	if n == 0 {
		return *x != 0
	}
	return evenOdd(n-1, x)
}

func recSwapArgs(a, b *int, k int) *int { // ERROR "^leaking param: a to result ~r0 level=0$" "^leaking param: b to result ~r0 level=0$"
	if k == 0 {
		return a
	}
	return recSwapArgs(b, a, k-1)
}

func recAddrOfLocal(k int) int {
	x := k
	if k > 0 {
		return recDeref(&x, k-1)
	}
	return x
}

func recDeref(p *int, k int) int { // ERROR "^p does not escape$"
	return recAddrOfLocal(*p + k)
}

func recClosure(k int) int {
	var f func(int) int
	f = func(n int) int { // ERROR "^func literal does not escape$"
		if n == 0 {
			return 0
		}
		return f(n - 1)
	}
	return f(k)
}

func recContent(pp **int, k int) *int { // ERROR "^leaking param: pp to result ~r0 level=1$"
	if k == 0 {
		return *pp
	}
	return recContent(pp, k-1)
}
