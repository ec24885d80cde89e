package p

type R struct {
	buf []byte
	n   int
}

var sink func()

func shift(r *R) { sink = func() { r.buf = r.buf[1:] } }

func bump(r *R) { sink = func() { r.n += r.n } }
