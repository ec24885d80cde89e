// Huffman coding: build the tree with a hand-written min-heap (ties broken
// deterministically), derive codes, encode and decode a message.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	ch          rune
	freq        int
	order       int
	left, right *node
}

type heap []*node

func (h heap) less(i, j int) bool {
	if h[i].freq != h[j].freq {
		return h[i].freq < h[j].freq
	}
	return h[i].order < h[j].order
}

func (h *heap) push(n *node) {
	*h = append(*h, n)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h *heap) pop() *node {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(*h) && h.less(l, m) {
			m = l
		}
		if r < len(*h) && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func codes(n *node, prefix string, out map[rune]string) {
	if n.left == nil {
		if prefix == "" {
			prefix = "0"
		}
		out[n.ch] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func main() {
	msg := "this is an example of a huffman tree"
	freq := map[rune]int{}
	for _, r := range msg {
		freq[r]++
	}
	var chars []rune
	for r := range freq {
		chars = append(chars, r)
	}
	sort.Slice(chars, func(i, j int) bool { return chars[i] < chars[j] })
	h := &heap{}
	order := 0
	for _, r := range chars {
		h.push(&node{ch: r, freq: freq[r], order: order})
		order++
	}
	for len(*h) > 1 {
		a, b := h.pop(), h.pop()
		h.push(&node{freq: a.freq + b.freq, order: order, left: a, right: b})
		order++
	}
	root := h.pop()
	table := map[rune]string{}
	codes(root, "", table)
	for _, r := range chars {
		fmt.Printf("%q %d %s\n", r, freq[r], table[r])
	}
	var sb strings.Builder
	for _, r := range msg {
		sb.WriteString(table[r])
	}
	enc := sb.String()
	fmt.Println(len(enc), "bits vs", len(msg)*8)
	var dec []rune
	n := root
	for _, bit := range enc {
		if bit == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			dec = append(dec, n.ch)
			n = root
		}
	}
	fmt.Println(string(dec) == msg, string(dec[:7]))
}
