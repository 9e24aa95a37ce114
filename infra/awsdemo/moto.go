package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os/exec"
	"strconv"
	"sync"
	"time"
)

// errNoMoto says moto_server is not installed; the test skips on it
// outside CI.
var errNoMoto = errors.New("moto_server is not on PATH; install it with: pip install 'moto[server]' (or set AWS_ENDPOINT_URL to a running one)")

// motoServer is a moto_server the demo started and stops.
type motoServer struct {
	url  string
	cmd  *exec.Cmd
	done chan struct{} // closed when the process has exited
	out  *tail
}

// startMoto starts moto_server on a free loopback port. The port is found
// by binding and releasing it, so another process may take it first: a
// few tries.
func startMoto(ctx context.Context) (*motoServer, error) {
	bin, err := exec.LookPath("moto_server")
	if err != nil {
		return nil, errNoMoto
	}
	var last error
	for range 3 {
		s, err := launchMoto(ctx, bin)
		if err == nil {
			return s, nil
		}
		last = err
		if ctx.Err() != nil {
			break
		}
	}
	return nil, last
}

func launchMoto(ctx context.Context, bin string) (*motoServer, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("finding a free port: %w", err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "-H", "127.0.0.1", "-p", strconv.Itoa(port))
	s := &motoServer{url: "http://127.0.0.1:" + strconv.Itoa(port), cmd: cmd, done: make(chan struct{}), out: newTail(40)}
	cmd.Stdout, cmd.Stderr = s.out, s.out
	detach(cmd)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", bin, err)
	}
	go func() {
		cmd.Wait()
		close(s.done)
	}()
	if err := s.waitReady(ctx); err != nil {
		s.stop()
		return nil, fmt.Errorf("moto_server: %w; its output:\n%s", err, s.out)
	}
	return s, nil
}

func (s *motoServer) waitReady(ctx context.Context) error {
	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			return errors.New("it exited while starting")
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		resp, err := client.Get(s.url + "/moto-api/")
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("no answer on %s within 30s", s.url)
}

// stop ends the server's process group: politely, then not.
func (s *motoServer) stop() {
	select {
	case <-s.done:
		return
	default:
	}
	terminate(s.cmd)
	select {
	case <-s.done:
	case <-time.After(5 * time.Second):
		kill(s.cmd)
		<-s.done
	}
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
