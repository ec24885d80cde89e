// errorcheck -0 -m -l

// A worker pool and pipeline in the style of library code: generators,
// workers selecting over jobs and a done channel, fan-in with one
// goroutine per input, deferred closes, a semaphore channel, hooks kept
// in a slice of func values (analysed, not compiled, by goscape).

package p

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Job struct {
	ID   int
	Data string
}

type Result struct {
	Job   *Job
	Words int
	Err   error
}

var ErrEmpty = errors.New("empty job")

func generate(items []string) <-chan *Job { // ERROR "^leaking param: items$"
	out := make(chan *Job)
	go func() { // ERROR "^func literal escapes to heap$"
		defer close(out)
		for i, s := range items {
			out <- &Job{ID: i, Data: s} // ERROR "^&Job\{\.\.\.\} escapes to heap$"
		}
	}()
	return out
}

func worker(id int, jobs <-chan *Job, results chan<- Result, done <-chan struct{}) { // ERROR "^jobs does not escape$" "^results does not escape$" "^done does not escape$"
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				return
			}
			r := Result{Job: j}
			if strings.TrimSpace(j.Data) == "" {
				r.Err = fmt.Errorf("worker %d job %d: %w", id, j.ID, ErrEmpty) // ERROR "^\.\.\. argument does not escape$" "^id escapes to heap$" "^j\.ID escapes to heap$"
			} else {
				r.Words = len(strings.Fields(j.Data))
			}
			select {
			case results <- r:
			case <-done:
				return
			}
		case <-done:
			return
		}
	}
}

func fanIn(chans ...<-chan Result) <-chan Result { // ERROR "^leaking param content: chans$"
	out := make(chan Result, len(chans))
	remaining := len(chans) // ERROR "^moved to heap: remaining$"
	finished := make(chan bool)
	for _, c := range chans {
		go func(c <-chan Result) { // ERROR "^c does not escape$" "^func literal escapes to heap$"
			for r := range c {
				out <- r
			}
			finished <- true
		}(c)
	}
	go func() { // ERROR "^func literal escapes to heap$"
		for remaining > 0 {
			<-finished
			remaining--
		}
		close(out)
	}()
	return out
}

type Pool struct {
	size    int
	jobs    chan *Job
	results chan Result
	done    chan struct{}
	hooks   []func(Result)
}

func NewPool(size int) *Pool {
	return &Pool{ // ERROR "^&Pool\{\.\.\.\} escapes to heap$"
		size:    size,
		jobs:    make(chan *Job, size),
		results: make(chan Result, size*2),
		done:    make(chan struct{}),
	}
}

func (p *Pool) Start() { // ERROR "^leaking param content: p$"
	for i := 0; i < p.size; i++ {
		go worker(i, p.jobs, p.results, p.done)
	}
}

func (p *Pool) Submit(j *Job) bool { // ERROR "^p does not escape$" "^leaking param: j$"
	select {
	case p.jobs <- j:
		return true
	default:
		return false
	}
}

func (p *Pool) Stop() { // ERROR "^p does not escape$"
	close(p.done)
	close(p.jobs)
}

func (p *Pool) OnResult(f func(Result)) { p.hooks = append(p.hooks, f) } // ERROR "^leaking param content: p$" "^leaking param: f$"

func (p *Pool) Drain(n int) []Result { // ERROR "^p does not escape$"
	var rs []Result
	for i := 0; i < n; i++ {
		r := <-p.results
		for _, h := range p.hooks {
			h(r)
		}
		rs = append(rs, r)
	}
	return rs
}

func stage(in <-chan *Job, f func(*Job) *Job) <-chan *Job { // ERROR "^leaking param: in$" "^leaking param: f$"
	out := make(chan *Job, 1)
	go func() { // ERROR "^func literal escapes to heap$"
		defer close(out)
		for j := range in {
			out <- f(j)
		}
	}()
	return out
}

func timeoutOrValue(c <-chan int, quit chan struct{}) (v int, err error) { // ERROR "^c does not escape$" "^quit does not escape$"
	defer func() { // ERROR "^func literal does not escape$"
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r) // ERROR "^\.\.\. argument does not escape$"
		}
	}()
	select {
	case v = <-c:
		return v, nil
	case <-quit:
		return 0, errors.New("quit")
	}
}

func main() {
	items := []string{"a b c", "", "hello world", "  ", "one"} // ERROR "^\[\]string\{\.\.\.\} escapes to heap$"
	upper := stage(generate(items), func(j *Job) *Job { // ERROR "^leaking param content: j$" "^leaking param: j to result ~r0 level=0$" "^func literal escapes to heap$"
		j.Data = strings.ToUpper(j.Data)
		return j
	})
	var all []*Job
	for j := range upper {
		all = append(all, j)
	}
	fmt.Println(len(all)) // ERROR "^\.\.\. argument does not escape$" "^len\(all\) escapes to heap$"

	p := NewPool(3)
	total := 0 // ERROR "^moved to heap: total$"
	var errs []error // ERROR "^moved to heap: errs$"
	p.OnResult(func(r Result) { // ERROR "^leaking param: r$" "^func literal escapes to heap$"
		total += r.Words
		if r.Err != nil {
			errs = append(errs, r.Err)
		}
	})
	p.Start()
	for _, j := range all {
		for !p.Submit(j) {
		}
	}
	rs := p.Drain(len(all))
	p.Stop()
	sort.Slice(rs, func(i, k int) bool { return rs[i].Job.ID < rs[k].Job.ID }) // ERROR "^rs escapes to heap$" "^func literal does not escape$"
	fmt.Println(total, len(errs), rs[0].Words) // ERROR "^\.\.\. argument does not escape$" "^total escapes to heap$" "^len\(errs\) escapes to heap$" "^rs\[0\]\.Words escapes to heap$"

	c1 := make(chan Result)
	c2 := make(chan Result)
	merged := fanIn(c1, c2) // ERROR "^\.\.\. argument does not escape$"
	go func() { // ERROR "^func literal escapes to heap$"
		defer close(c1)
		c1 <- Result{Words: 1}
	}()
	go func() { // ERROR "^func literal escapes to heap$"
		defer close(c2)
		c2 <- Result{Words: 2, Err: ErrEmpty}
	}()
	n := 0
	for r := range merged {
		n += r.Words
	}
	fmt.Println(n) // ERROR "^\.\.\. argument does not escape$" "^n escapes to heap$"

	vals := make(chan int, 1)
	vals <- 42
	v, err := timeoutOrValue(vals, nil)
	fmt.Println(v, err) // ERROR "^\.\.\. argument does not escape$" "^v escapes to heap$"
	var sem = make(chan struct{}, 2)
	results := make([]string, 4) // ERROR "^make\(\[\]string, 4\) escapes to heap$"
	doneAll := make(chan int)
	for i := range results {
		i := i
		go func() { // ERROR "^func literal escapes to heap$"
			sem <- struct{}{}
			defer func() { <-sem }() // ERROR "^func literal does not escape$"
			results[i] = fmt.Sprint("r", i) // ERROR "^\.\.\. argument does not escape$" `^"r" escapes to heap$` "^i escapes to heap$"
			doneAll <- i
		}()
	}
	for range results {
		<-doneAll
	}
	fmt.Println(strings.Join(results, ",")) // ERROR "^\.\.\. argument does not escape$" `^strings\.Join\(results, ","\) escapes to heap$`
}
