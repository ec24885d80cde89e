// errorcheck -0 -m -l

// Self-assignments through embedded fields: gc spells a promoted field
// out (`r.Values` is `r.Rec.Values`), so the slice pattern `p.f =
// p.f[:0]` no longer applies to it, while `x.f = x.g` with the same
// embedded path does.

package p

type Rec struct {
	Values []int
	Tags   []string
	Next   *Rec
}

type Vec struct {
	Rec
	Count int
}

type PVec struct {
	*Rec
	Count int
}

func (r *Vec) ResetPromoted() { // ERROR "^leaking param content: r$"
	r.Values = r.Values[:0]
}

func (r *Vec) ResetSpelled() { // ERROR "^leaking param content: r$"
	r.Rec.Values = r.Rec.Values[:0]
}

func (r *Rec) ResetDirect() { // ERROR "^r does not escape$"
	r.Values = r.Values[:0] // ERROR "^\(\*Rec\)\.ResetDirect ignoring self-assignment in r\.Values = r\.Values\[:0\]$"
}

func (r *PVec) ResetPtrEmbedded() { // ERROR "^leaking param content: r$"
	r.Values = r.Values[:0]
}

func (r *Vec) SwapPromoted() { // ERROR "^leaking param content: r$"
	r.Next = r.Next.Next
}

func (r *Vec) MixedSpelling() { // ERROR "^r does not escape$"
	r.Tags = r.Rec.Tags // ERROR "^\(\*Vec\)\.MixedSpelling ignoring self-assignment in r\.Rec\.Tags = r\.Rec\.Tags$"
}

func (r *Vec) CrossPaths(o *Vec) { // ERROR "^r does not escape$" "^leaking param content: o$"
	r.Tags = o.Tags
}

func (r *PVec) PtrEmbeddedFields() { // ERROR "^r does not escape$"
	r.Next = r.Rec.Next // ERROR "^\(\*PVec\)\.PtrEmbeddedFields ignoring self-assignment in r\.Rec\.Next = r\.Rec\.Next$"
}
