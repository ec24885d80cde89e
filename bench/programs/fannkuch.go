// fannkuch: integer permutations in small fixed-size arrays.
//
// Measures: the fannkuch-redux benchmark (count pancake flips for every
// permutation of 1..n, generated in the benchmark's counting order), i.e.
// short loops over int slices with data-dependent branches and bounds
// checks; allocation happens only at start-up of each of four rounds. Checksum: the alternating
// checksum of flip counts and the maximum number of flips.
package main

import "fmt"

func fannkuch(n int) (int, int) {
	perm1 := make([]int, n)
	perm := make([]int, n)
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	maxFlips, checksum, permCount := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// Next permutation in the benchmark's order: rotate prefixes.
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func main() {
	const n = 10
	const rounds = 4
	total, maxFlips := 0, 0
	for i := 0; i < rounds; i++ {
		checksum, flips := fannkuch(n)
		total += checksum
		if flips > maxFlips {
			maxFlips = flips
		}
	}
	fmt.Printf("fannkuch: n=%d rounds=%d checksum=%d maxflips=%d\n", n, rounds, total, maxFlips)
}
