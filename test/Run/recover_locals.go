// Deferred closures that recover see the latest values of locals updated
// in a loop before a run-time panic.
package main

import "fmt"

func work(xs []int, n int) (processed int, err error) {
	count := 0
	last := -1
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("after %d items (last %d): %v", count, last, r)
			processed = count
		}
	}()
	for i := 0; i < n; i++ {
		last = xs[i] * 2
		count++
	}
	return count, nil
}

func divide(xs []int) (res []int) {
	i := 0
	defer func() {
		if recover() != nil {
			res = append(res, -i)
		}
	}()
	for i = 0; i < len(xs); i++ {
		res = append(res, 100/xs[i])
	}
	return
}

func main() {
	fmt.Println(work([]int{1, 2, 3}, 2))
	fmt.Println(work([]int{1, 2, 3}, 5))
	fmt.Println(divide([]int{5, 4, 0, 2}))
	fmt.Println(divide([]int{1}))
}
