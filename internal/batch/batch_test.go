package batch

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestRunOrder finishes jobs in reverse order of their start and checks
// that results come out in job order, every one once, with the pool
// really running jobs side by side.
func TestRunOrder(t *testing.T) {
	const n = 40
	var running, most atomic.Int32
	var emitted []int
	var progress []int
	got := Pool[string]{
		Workers: 4,
		Do: func(ctx context.Context, i int) string {
			now := running.Add(1)
			for {
				m := most.Load()
				if now <= m || most.CompareAndSwap(m, now) {
					break
				}
			}
			time.Sleep(time.Duration(n-i) * 100 * time.Microsecond)
			running.Add(-1)
			return fmt.Sprint(i)
		},
		Emit: func(i int, r string) {
			if r != fmt.Sprint(i) {
				t.Errorf("Emit(%d, %q): result of another job", i, r)
			}
			emitted = append(emitted, i)
		},
		Progress: func(done int) { progress = append(progress, done) },
	}.Run(context.Background(), n)
	if got != n || len(emitted) != n {
		t.Fatalf("Run = %d, emitted %d; want %d", got, len(emitted), n)
	}
	for i, e := range emitted {
		if e != i {
			t.Fatalf("emitted %v, want 0..%d in order", emitted, n-1)
		}
	}
	if len(progress) != n || progress[n-1] != n {
		t.Errorf("progress %v, want 1..%d", progress, n)
	}
	if most.Load() < 2 {
		t.Errorf("at most %d jobs ran at once, want up to 4", most.Load())
	}
}

// TestRunKey gives jobs the same key: they must run one after another,
// in the order given, while jobs of other keys go on beside them.
func TestRunKey(t *testing.T) {
	var mu sync.Mutex
	var order []int
	inKey := map[string]*atomic.Int32{"a": {}, "b": {}}
	Pool[int]{
		Workers: 4,
		Key: func(i int) string {
			if i%3 == 0 {
				return ""
			}
			return map[bool]string{true: "a", false: "b"}[i%2 == 0]
		},
		Do: func(ctx context.Context, i int) int {
			k := map[bool]string{true: "a", false: "b"}[i%2 == 0]
			if i%3 != 0 {
				if inKey[k].Add(1) > 1 {
					t.Errorf("job %d ran beside another of key %s", i, k)
				}
				defer inKey[k].Add(-1)
				mu.Lock()
				order = append(order, i)
				mu.Unlock()
			}
			time.Sleep(time.Duration(20-i) * 50 * time.Microsecond)
			return i
		},
	}.Run(context.Background(), 20)
	last := map[int]int{0: -1, 1: -1}
	for _, i := range order {
		if i < last[i%2] {
			t.Errorf("keyed jobs ran in order %v, want the given order within a key", order)
			break
		}
		last[i%2] = i
	}
}

// TestRunCancel stops a run part way: what is emitted is a prefix, and
// Run returns.
func TestRunCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var emitted int
	n := Pool[int]{
		Workers: 2,
		Do: func(ctx context.Context, i int) int {
			if i == 5 {
				cancel()
			}
			return i
		},
		Emit: func(i, r int) {
			if i != emitted {
				t.Errorf("Emit(%d) after %d results", i, emitted)
			}
			emitted++
		},
	}.Run(ctx, 1000)
	if n != emitted || n >= 1000 {
		t.Errorf("Run = %d (emitted %d), want a prefix short of 1000", n, emitted)
	}
}
