// Input of reasons-chan.test: the reason gc 1.19 gives a channel send
// (goscape analyses channels; it does not compile them yet).
package main

func send(c chan *int, p *int) {
	c <- p
}

func main() {}
