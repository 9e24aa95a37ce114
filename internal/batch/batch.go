// Package batch runs a list of jobs on a pool of workers and hands their
// results back in the order the jobs were given, as soon as each and all
// before it are done.
package batch

import (
	"context"
	"runtime"
)

// Pool describes one run. Do is the only field required.
type Pool[R any] struct {
	// Workers is how many jobs run at once; 0 or less is one per CPU.
	Workers int
	// Key, when set, is called for each job in order before it starts:
	// jobs with the same non-empty key run one after another, in the
	// order given, so that the first of them is the first to finish.
	Key func(i int) string
	// Do runs job i on a worker's goroutine.
	Do func(ctx context.Context, i int) R
	// Emit receives each result in job order, on Run's goroutine.
	Emit func(i int, r R)
	// Progress, when set, is told how many jobs have finished each time
	// one does, on Run's goroutine.
	Progress func(done int)
}

// Run runs jobs 0..n-1 and returns how many were emitted: all of them,
// unless ctx was cancelled first, when jobs not yet started are left
// undone and the results from the first missing one on are not emitted.
func (p Pool[R]) Run(ctx context.Context, n int) int {
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	workers = max(1, min(workers, n))
	type job struct {
		i     int
		after <-chan struct{}
		done  chan struct{}
	}
	type result struct {
		i int
		r R
	}
	jobs := make(chan job)
	results := make(chan result, workers)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	go func() {
		defer close(jobs)
		last := make(map[string]chan struct{})
		for i := range n {
			j := job{i: i, done: make(chan struct{})}
			if p.Key != nil {
				if k := p.Key(i); k != "" {
					j.after = last[k]
					last[k] = j.done
				}
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	finished := make(chan struct{})
	for range workers {
		go func() {
			defer func() { finished <- struct{}{} }()
			for j := range jobs {
				if j.after != nil {
					select {
					case <-j.after:
					case <-ctx.Done():
						close(j.done)
						continue
					}
				}
				if ctx.Err() != nil {
					close(j.done)
					continue
				}
				r := p.Do(ctx, j.i)
				close(j.done)
				results <- result{j.i, r}
			}
		}()
	}
	go func() {
		for range workers {
			<-finished
		}
		close(results)
	}()

	ready := make(map[int]R)
	next, done := 0, 0
	for res := range results {
		done++
		if p.Progress != nil {
			p.Progress(done)
		}
		ready[res.i] = res.r
		for {
			r, ok := ready[next]
			if !ok {
				break
			}
			delete(ready, next)
			if p.Emit != nil {
				p.Emit(next, r)
			}
			next++
		}
	}
	return next
}
