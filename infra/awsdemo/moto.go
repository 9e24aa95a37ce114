package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"sync"

	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

// errNoMoto says moto_server is not installed; the test skips on it
// outside CI.
var errNoMoto = errors.New("moto_server is not on PATH; install it with: pip install 'moto[server]' (or set AWS_ENDPOINT_URL to a running one)")

// startMoto starts moto_server on a free loopback port, keeping the end
// of its output for the error should it not start.
func startMoto(ctx context.Context) (*moto.Process, error) {
	out := newTail(40)
	s, err := moto.Launch(ctx, out)
	switch {
	case errors.Is(err, moto.ErrNotInstalled):
		return nil, errNoMoto
	case err != nil:
		return nil, fmt.Errorf("%w; its output:\n%s", err, out)
	}
	return s, nil
}

// checkLoopback refuses any endpoint but a loopback one: the demo creates
// resources, uploads documents and reads moto's internal state, and must
// never do so in a real account or on another machine.
func checkLoopback(endpoint string) error {
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return fmt.Errorf("AWS_ENDPOINT_URL %q is not an http:// URL", endpoint)
	}
	h := u.Hostname()
	if h == "localhost" {
		return nil
	}
	if a, err := netip.ParseAddr(h); err == nil && a.IsLoopback() {
		return nil
	}
	return fmt.Errorf("AWS_ENDPOINT_URL %q is not on this machine's loopback; the demo only runs against a local moto_server", endpoint)
}

// tail keeps the last lines written to it, for error messages, and copies
// every line to an optional writer.
type tail struct {
	mu    sync.Mutex
	max   int
	lines []string
	part  []byte
	copy  func(line string)
}

func newTail(max int) *tail { return &tail{max: max} }

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.part = append(t.part, p...)
	for {
		i := bytes.IndexByte(t.part, '\n')
		if i < 0 {
			break
		}
		line := string(t.part[:i])
		t.part = t.part[i+1:]
		if t.copy != nil {
			t.copy(line)
		}
		t.lines = append(t.lines, line)
		if len(t.lines) > t.max {
			t.lines = t.lines[len(t.lines)-t.max:]
		}
	}
	if len(t.part) > 64<<10 {
		t.part = t.part[:0] // a runaway line; keep memory bounded
	}
	return len(p), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var b bytes.Buffer
	for _, l := range t.lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}
