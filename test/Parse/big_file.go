// A 5 MB file of ordinary declarations parses (and checks) without errors,
// and 2,000 nested parentheses are still fine.
// RUN: python3 -c 'print("package p"); [print("func f%d(a int) int { return a*2 + %d }" % (i, i)) for i in range(120000)]' > %t.big.go
// RUN: %goscape check %t.big.go
// RUN: python3 -c 'n=2000; print("package p"); print("var x = " + "(" * n + "1" + ")" * n)' > %t.nest.go
// RUN: %goscape check %t.nest.go

package p
