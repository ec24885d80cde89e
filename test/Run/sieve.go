// Prime sieve of Eratosthenes, prime factorisation, Goldbach pairs, and
// a segmented count of primes below one million.
package main

import "fmt"

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func factor(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	const N = 1000000
	comp := sieve(N)
	count := 0
	last := 0
	for i, c := range comp {
		if !c {
			count++
			last = i
		}
	}
	fmt.Println("primes below 1e6:", count, "largest:", last)
	var first []int
	for i := 0; len(first) < 20; i++ {
		if !comp[i] {
			first = append(first, i)
		}
	}
	fmt.Println(first)
	for _, n := range []int{360, 97, 1001, 65536, 999983 * 2, 600851475143} {
		fmt.Println(n, factor(n))
	}
	for _, even := range []int{4, 28, 100, 1000} {
		for p := 2; p <= even/2; p++ {
			if !comp[p] && !comp[even-p] {
				fmt.Printf("%d = %d + %d\n", even, p, even-p)
				break
			}
		}
	}
	twins := 0
	for i := 3; i+2 <= N; i += 2 {
		if !comp[i] && !comp[i+2] {
			twins++
		}
	}
	fmt.Println("twin prime pairs:", twins)
}
