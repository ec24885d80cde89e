// goto used for error cleanup paths and loops, jumping forward over blocks
// and backward to retry, together with defer and labeled continue.
package main

import "fmt"

type resource struct {
	name   string
	closed bool
}

var opened []*resource

func open(name string, fail bool) (*resource, error) {
	if fail {
		return nil, fmt.Errorf("cannot open %s", name)
	}
	r := &resource{name: name}
	opened = append(opened, r)
	return r, nil
}

func process(failAt int) (result string) {
	var r1, r2, r3 *resource
	var err error
	r1, err = open("a", failAt == 1)
	if err != nil {
		result = err.Error()
		goto out
	}
	r2, err = open("b", failAt == 2)
	if err != nil {
		result = err.Error()
		goto close1
	}
	r3, err = open("c", failAt == 3)
	if err != nil {
		result = err.Error()
		goto close2
	}
	result = "ok " + r1.name + r2.name + r3.name
	r3.closed = true
close2:
	r2.closed = true
close1:
	r1.closed = true
out:
	return
}

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto again
}

func main() {
	for f := 0; f <= 3; f++ {
		opened = nil
		res := process(f)
		closed := 0
		for _, r := range opened {
			if r.closed {
				closed++
			}
		}
		fmt.Println(f, res, len(opened), closed)
	}
	for _, n := range []int{1, 6, 7, 27} {
		fmt.Print(collatz(n), " ")
	}
	fmt.Println()
	i := 0
	total := 0
top:
	if i < 10 {
		i++
		if i%3 == 0 {
			goto top
		}
		total += i
		goto top
	}
	fmt.Println(total)
}
