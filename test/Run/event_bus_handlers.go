package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload interface{}
	Seq     int
}

type Handler func(e *Event) error

type subscription struct {
	id      int
	handler Handler
	once    bool
	active  bool
}

type Bus struct {
	subs    map[string][]*subscription
	nextID  int
	seq     int
	history []Event
	errs    []error
	filters []func(*Event) bool
}

func NewBus() *Bus {
	return &Bus{subs: make(map[string][]*subscription)}
}

// Subscribe returns an unsubscribe closure.
func (b *Bus) Subscribe(topic string, h Handler) func() {
	b.nextID++
	s := &subscription{id: b.nextID, handler: h, active: true}
	b.subs[topic] = append(b.subs[topic], s)
	return func() {
		s.active = false
		list := b.subs[topic]
		for i, x := range list {
			if x == s {
				b.subs[topic] = append(list[:i:i], list[i+1:]...)
				break
			}
		}
		if len(b.subs[topic]) == 0 {
			delete(b.subs, topic)
		}
	}
}

func (b *Bus) Once(topic string, h Handler) {
	b.nextID++
	b.subs[topic] = append(b.subs[topic], &subscription{id: b.nextID, handler: h, once: true, active: true})
}

func (b *Bus) AddFilter(f func(*Event) bool) { b.filters = append(b.filters, f) }

func (b *Bus) Publish(topic string, payload interface{}) int {
	b.seq++
	ev := Event{Topic: topic, Payload: payload, Seq: b.seq}
	for _, f := range b.filters {
		if !f(&ev) {
			return 0
		}
	}
	b.history = append(b.history, ev)
	delivered := 0
	// wildcard subscribers see everything
	for _, t := range []string{topic, "*"} {
		list := b.subs[t]
		kept := list[:0]
		for _, s := range list {
			if !s.active {
				continue
			}
			if err := s.handler(&ev); err != nil {
				b.errs = append(b.errs, fmt.Errorf("sub %d on %q: %w", s.id, t, err))
			}
			delivered++
			if s.once {
				s.active = false
				continue
			}
			kept = append(kept, s)
		}
		if len(kept) == 0 {
			delete(b.subs, t)
		} else {
			b.subs[t] = kept
		}
	}
	return delivered
}

func (b *Bus) Topics() []string {
	ts := make([]string, 0, len(b.subs))
	for t := range b.subs {
		ts = append(ts, fmt.Sprintf("%s:%d", t, len(b.subs[t])))
	}
	sort.Strings(ts)
	return ts
}

// A listener with state; its methods are used as method values.
type Audit struct {
	name  string
	lines []string
}

func (a *Audit) Record(e *Event) error {
	a.lines = append(a.lines, fmt.Sprintf("%s#%d %s=%v", a.name, e.Seq, e.Topic, e.Payload))
	return nil
}

func (a Audit) Count() int { return len(a.lines) }

type Counter map[string]int

func (c Counter) Inc(e *Event) error {
	c[e.Topic]++
	return nil
}

type thresholdErr struct {
	limit, got int
}

func (t *thresholdErr) Error() string {
	return fmt.Sprintf("value %d over limit %d", t.got, t.limit)
}

func limiter(limit int) Handler {
	total := 0
	return func(e *Event) error {
		n, ok := e.Payload.(int)
		if !ok {
			return nil
		}
		total += n
		if total > limit {
			return &thresholdErr{limit, total}
		}
		return nil
	}
}

type Middleware func(Handler) Handler

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tagger(tag string, out *[]string) Middleware {
	return func(next Handler) Handler {
		return func(e *Event) error {
			*out = append(*out, tag+">")
			err := next(e)
			*out = append(*out, "<"+tag)
			return err
		}
	}
}

func upper(next Handler) Handler {
	return func(e *Event) error {
		if s, ok := e.Payload.(string); ok {
			e2 := *e
			e2.Payload = strings.ToUpper(s)
			return next(&e2)
		}
		return next(e)
	}
}

func main() {
	bus := NewBus()
	audit := &Audit{name: "audit"}
	counter := Counter{}
	unAudit := bus.Subscribe("*", audit.Record)
	bus.Subscribe("*", counter.Inc)
	unLimit := bus.Subscribe("num", limiter(10))

	var trace []string
	wrapped := chain(func(e *Event) error {
		trace = append(trace, fmt.Sprint(e.Payload))
		return nil
	}, tagger("a", &trace), tagger("b", &trace), upper)
	bus.Subscribe("msg", wrapped)
	bus.Once("msg", func(e *Event) error {
		fmt.Println("once saw", e.Payload)
		return nil
	})
	bus.AddFilter(func(e *Event) bool { return e.Topic != "drop" })

	fmt.Println(bus.Topics())
	fmt.Println(bus.Publish("msg", "hello"))
	fmt.Println(bus.Publish("msg", "again"))
	for i := 1; i <= 5; i++ {
		bus.Publish("num", i*2)
	}
	fmt.Println(bus.Publish("drop", 1))
	unLimit()
	bus.Publish("num", 100)
	unAudit()
	bus.Publish("msg", []string{"x", "y"})
	fmt.Println(bus.Topics())

	fmt.Println("trace:", strings.Join(trace, " "))
	fmt.Println("audit count:", audit.Count())
	for _, l := range audit.lines {
		fmt.Println(" ", l)
	}
	fmt.Println("counter:", counter)
	for _, err := range bus.errs {
		var te *thresholdErr
		fmt.Println(err)
		if x, ok := err.(interface{ Unwrap() error }); ok {
			te, _ = x.Unwrap().(*thresholdErr)
		}
		if te != nil {
			fmt.Println("   over by", te.got-te.limit)
		}
	}
	fmt.Printf("%d events, last %+v\n", len(bus.history), bus.history[len(bus.history)-1])
	count := audit.Count
	audit.lines = append(audit.lines, "late")
	fmt.Println(count(), audit.Count())
}
