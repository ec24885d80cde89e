// errorcheck -0 -m -l

// A method value refers to its method as a call does: mutually recursive
// methods reached through method values are analysed together, so the
// receiver flows into the method's receiver parameter instead of the heap.

package p

type parser struct {
	toks []string
	pos  int
}

type node struct{ l, r *node }

func (p *parser) next() string { t := p.toks[p.pos]; p.pos++; return t } // ERROR "^leaking param: p to result ~r0 level=2$"

func (p *parser) binary(sub func() *node) *node { // ERROR "^p does not escape$" "^sub does not escape$"
	n := sub()
	for p.next() == "+" {
		n = &node{n, sub()} // ERROR "^&node\{\.\.\.\} escapes to heap$"
	}
	return n
}

func (p *parser) expr() *node { return p.binary(p.term) } // ERROR "^p does not escape$" "^p\.term does not escape$"
func (p *parser) term() *node { return p.binary(p.unary) } // ERROR "^p does not escape$" "^p\.unary does not escape$"

func (p *parser) unary() *node { // ERROR "^p does not escape$"
	if p.next() == "(" {
		return p.expr()
	}
	return &node{} // ERROR "^&node\{\} escapes to heap$"
}

func parse(toks []string) *node { // ERROR "^toks does not escape$"
	p := &parser{toks: toks} // ERROR "^&parser\{\.\.\.\} does not escape$"
	return p.expr()
}
