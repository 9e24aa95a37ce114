package lazyre

import (
	"sync"
	"testing"
)

func TestCompiledOnFirstUseOnce(t *testing.T) {
	re := New(`b(c+)`)
	if re.re != nil {
		t.Fatal("New compiled the expression at once")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if m := re.FindStringSubmatch("abccd"); len(m) != 2 || m[1] != "cc" {
				t.Errorf("FindStringSubmatch = %q", m)
			}
		})
	}
	wg.Wait()
	if first := re.Get(); first != re.Get() {
		t.Error("Get compiled the expression twice")
	}
	if !re.MatchString("bc") || re.MatchString("b") || re.ReplaceAllString("abcc", "-$1-") != "a-cc-" {
		t.Error("methods do not answer as regexp's do")
	}
}

func TestBadExpressionPanicsOnUse(t *testing.T) {
	re := New(`(`)
	defer func() {
		if recover() == nil {
			t.Error("a bad expression did not panic on first use")
		}
	}()
	re.MatchString("x")
}
